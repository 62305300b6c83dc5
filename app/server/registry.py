"""Loading every service module, so the server knows every mutation a workstation can push."""

from __future__ import annotations

import functools
import importlib
import pkgutil

import app.services


@functools.cache
def load_all() -> int:
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        importlib.import_module(info.name)
    importlib.import_module("app.workflows.service")
    from app.services.unit import REGISTRY

    return len(REGISTRY)
