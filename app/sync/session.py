"""Opening a workstation's store for a team server: log in, download on first use, or carry
on offline with the store a previous login left."""

from __future__ import annotations

import platform
from dataclasses import dataclass

from app.db.store import Store, open_store
from app.sync import engine, replica
from app.sync.client import ServerClient, SyncError
from app.sync.places import replica_path


@dataclass
class Connected:
    store: Store
    client: ServerClient
    username: str
    offline: bool  # the server was away: working on the store of the last login


def connect(
    url: str, username: str, password: str, progress: engine.Progress | None = None
) -> Connected:
    client = ServerClient(url)
    store = open_store(str(replica_path(client.url, username)))
    replica.mark_replica(store)
    try:
        engine.login(store, client, username, password, device_name=platform.node())
        if replica.facts(store).get(replica.READY) != "1":
            engine.download(store, client, progress or (lambda *_: None))
    except SyncError as exc:
        known = replica.facts(store)
        if (
            exc.code == "offline"
            and known.get(replica.READY) == "1"
            and known.get(replica.AGENT) == username
        ):
            engine.resume(store, client)
            return Connected(store, client, username, offline=True)
        store.close()
        client.close()
        raise
    except BaseException:
        store.close()
        client.close()
        raise
    return Connected(store, client, username, offline=False)


def relogin(connected: Connected, password: str) -> None:
    engine.login(connected.store, connected.client, connected.username, password,
                 device_name=platform.node())  # fmt: skip
