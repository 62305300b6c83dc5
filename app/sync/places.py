"""Where a workstation keeps its copy of a team server's data: one store per server and user,
so two agents sharing a desktop never mix their unsent work."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from app.platform_env import data_dir


def replica_path(server_url: str, username: str) -> Path:
    url = httpx.URL(server_url)
    place = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{url.host}_{url.port or ''}")
    who = re.sub(r"[^A-Za-z0-9_.-]+", "_", username) or "default"
    folder = data_dir() / "servers" / place
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{who}.db"
