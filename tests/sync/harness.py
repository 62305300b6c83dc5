"""A real team server in its own process, and workstations that sync with it."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy import select as sa_select

from app.db.store import Store, open_store
from app.models import Agent, Role
from app.server import accounts
from app.services import Actor
from app.sync import engine, replica
from app.sync.client import ServerClient

PASSWORD = "correct horse 1"
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    """``kefu serve`` on 127.0.0.1 in a child process; can be killed and started again."""

    def __init__(self, db: str, log: Path, env: dict[str, str] | None = None) -> None:
        self.db = db
        self.port = free_port()
        self.log = log
        self.env = env or {}
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> ServerProcess:
        env = os.environ | self.env
        cmd = [sys.executable, "-m", "app", "serve", "--db", self.db, "--port", str(self.port)]
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=out)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not start in time")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def add_login(store: Store, username: str, role: Role = Role.AFTERSALE) -> None:
    """Give an agent of the server's database a password (or make the agent)."""
    accounts.add_user(store.sessions, username, role, PASSWORD)


@dataclass
class Workstation:
    """One agent's desktop: a store of its own that syncs with the server."""

    name: str
    store: Store
    client: ServerClient

    def sync(self) -> engine.Report:
        return engine.sync_once(self.store, self.client)

    @property
    def actor(self) -> Actor:
        with self.store.sessions() as s:
            agent = s.scalar(select(Agent).where(Agent.username == self.name))
            return Actor(agent.id, agent.role, agent.username)

    def close(self) -> None:
        self.client.close()
        self.store.close()


def workstation(template: Path, folder: Path, url: str, username: str) -> Workstation:
    path = folder / f"{username}-{uuid.uuid4().hex[:6]}.db"
    shutil.copyfile(template, path)
    store = open_store(str(path))
    replica.mark_replica(store)
    client = ServerClient(url, timeout=20)
    engine.login(store, client, username, PASSWORD, device_name=username)
    ws = Workstation(username, store, client)
    ws.sync()
    return ws


class ThreadServer:
    """The same HTTP app served by uvicorn in a thread of the test process (quick to start
    and stop; for the tests that kill processes, see :class:`ServerProcess`)."""

    def __init__(self, store: Store, port: int | None = None) -> None:
        self.store = store
        self.port = port or free_port()
        self.server = None
        self.thread = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ThreadServer:
        import threading

        import uvicorn

        from app.server.api import create_app

        config = uvicorn.Config(
            create_app(self.store), host="127.0.0.1", port=self.port, log_level="warning",
            lifespan="off",
        )  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server thread did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.should_exit = True
            self.thread.join(10)
            self.server = None


def state_of(store: Store) -> dict[str, list[str]]:
    """Every synced table's rows, as sorted JSON text: equal states mean equal data."""
    import json

    from app.sync import rows

    out = {}
    with store.engine.connect() as conn:
        for name, t in rows.replicated().items():
            found = conn.execute(sa_select(t)).mappings()
            out[name] = sorted(
                json.dumps(rows.encode_row(dict(r)), sort_keys=True, ensure_ascii=False)
                for r in found
            )
    return out


def differences(a: dict[str, list[str]], b: dict[str, list[str]]) -> list[str]:
    return [name for name in a if a[name] != b.get(name)]
