"""A workstation process that sends its outbox and is killed before it reads the answer.

    python -m tests.sync.child_push STORE_FILE SERVER_URL

Prints "sent" once the whole request is on the wire, then waits (for SIGKILL).
"""

from __future__ import annotations

import json
import socket
import sys
import time

import httpx
from sqlalchemy import select

from app.db.store import open_store
from app.models import MutationState, OutboxMutation
from app.sync import replica
from app.sync.protocol import PROTOCOL, PROTOCOL_HEADER


def main(path: str, url: str) -> None:
    store = open_store(path)
    facts = replica.facts(store)
    base = int(facts.get(replica.BASE, "0"))
    with store.sessions() as s:
        found = s.scalars(
            select(OutboxMutation).where(OutboxMutation.state == MutationState.PENDING)
            .order_by(OutboxMutation.seq)
        ).all()  # fmt: skip
        mutations = [
            {"mutation_id": e.seq - base, "id": str(e.id), "name": e.name, "args": e.args,
             "hlc": e.hlc, "agent_id": str(e.agent_id)}
            for e in found
        ]  # fmt: skip
    body = json.dumps({"client_id": facts[replica.CLIENT], "mutations": mutations}).encode()
    target = httpx.URL(url)
    head = (
        f"POST /v1/push HTTP/1.1\r\nHost: {target.host}:{target.port}\r\n"
        f"{PROTOCOL_HEADER}: {PROTOCOL}\r\nAuthorization: Bearer {facts[replica.TOKEN]}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    sock = socket.create_connection((target.host, target.port))
    sock.sendall(head + body)
    print("sent", flush=True)
    while True:  # never reads the answer
        time.sleep(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
