"""The sync benchmark: ``uv run python -m tests.perf.sync [--pg URL] [--json FILE]``.

Over loopback against a real ``kefu serve`` process:

- push: one workstation sends 10,000 mutations (notes, made offline through the services);
- pull: a workstation pulls and applies 100,000 changes (rows the team wrote meanwhile);
- concurrency: 20 workstations, each with 100 offline notes, sync at once against one
  server on PostgreSQL; every desk then holds all 2,000 notes.

Targets: 10,000 pushed in under 10 s, 100,000 pulled and applied in under 20 s, no error
with 20 concurrent clients. Each is run on SQLite and (with a reachable ``--pg``) PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

PUSH_N, PULL_N, CLIENTS, PER_CLIENT = 10_000, 100_000, 20, 100
PUSH_TARGET_S, PULL_TARGET_S = 10.0, 20.0
PG_DEFAULT = os.environ.get("KEFU_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def fresh_pg(url: str) -> str | None:
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"kefu_bench_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
    except sa.exc.OperationalError as exc:
        print(f"no PostgreSQL at {url}: {exc.orig}", file=sys.stderr)
        return None
    finally:
        admin.dispose()
    return sa.make_url(url).set(database=name).render_as_string(hide_password=False)


def drop_pg(admin_url: str, url: str) -> None:
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {sa.make_url(url).database} WITH (FORCE)")
    admin.dispose()


class Bench:
    def __init__(self, server_db: str, folder: Path) -> None:
        from app.db.store import open_store
        from tests.sync.conftest import seed

        self.folder = folder
        self.template = folder / "template.db"
        open_store(str(self.template)).close()
        store = open_store(server_db)
        self.world = seed(store)
        store.close()
        from tests.sync.harness import ServerProcess

        self.server = ServerProcess(server_db, folder / "server.log").start()
        self.server_db = server_db

    def desk(self, name: str):  # noqa: ANN201
        from tests.sync.harness import workstation

        return workstation(self.template, self.folder, self.server.url, name)

    def close(self) -> None:
        self.server.stop()


def offline_notes(ws, ticket_id: uuid.UUID, n: int) -> None:  # noqa: ANN001
    from app.services.messages import add_note

    for i in range(n):
        add_note(ws.store.sessions, actor=ws.actor, ticket_id=ticket_id, body=f"{ws.name} 备注 {i}")


def new_ticket(ws, world) -> uuid.UUID:  # noqa: ANN001
    from app.models import TicketKind
    from app.services.tickets import create_ticket

    tid = create_ticket(ws.store.sessions, actor=ws.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=world.order_no).created  # fmt: skip
    ws.sync()
    return tid


def bench_push(b: Bench) -> dict:
    from app.sync import engine, replica

    ws = b.desk("小王")
    tid = new_ticket(ws, b.world)
    t0 = time.perf_counter()
    offline_notes(ws, tid, PUSH_N)
    made = time.perf_counter() - t0
    report = engine.Report()
    t0 = time.perf_counter()
    engine.push_all(ws.store, ws.client, replica.client_id(ws.store), report)
    pushed = time.perf_counter() - t0
    assert report.applied == PUSH_N, report
    ws.close()
    return {"mutations": PUSH_N, "seconds": round(pushed, 2),
            "per_second": round(PUSH_N / pushed), "made_offline_s": round(made, 1),
            "target_s": PUSH_TARGET_S, "ok": pushed < PUSH_TARGET_S}  # fmt: skip


def seed_changes(b: Bench, ticket_id: uuid.UUID, n: int) -> None:
    """``n`` notes written on the server with their change-log entries, in bulk (the pull
    benchmark measures pulling them, not writing them)."""
    from app.db.store import open_store
    from app.models import Agent, Message, MessageKind, new_id
    from app.server import changes
    from app.sync import rows

    store = open_store(b.server_db)
    with store.sessions.begin() as s:
        agent = s.scalar(sa.select(Agent.id).where(Agent.username == "bob"))
        now = __import__("pendulum").now("UTC")
        for start in range(0, n, 5000):
            batch = [
                {"id": new_id(), "ticket_id": ticket_id, "kind": MessageKind.NOTE,
                 "body": f"服务器上的备注 {i}", "author_id": agent, "at": now}
                for i in range(start, min(n, start + 5000))
            ]  # fmt: skip
            s.execute(sa.insert(Message), batch)
            found = s.execute(
                sa.select(Message.__table__).where(Message.id.in_([r["id"] for r in batch]))
            ).mappings()
            first = changes.next_seqs(s, {b.world.shop_id: len(batch)})[b.world.shop_id]
            s.execute(
                sa.insert(changes.Change),
                [
                    {"stream": b.world.shop_id, "seq": first + k, "table_name": "messages",
                     "pk": {"id": str(r["id"])}, "op": "upsert", "row": rows.encode_row(dict(r))}
                    for k, r in enumerate(found)
                ],
            )  # fmt: skip
    store.close()


def bench_pull(b: Bench) -> dict:
    ws = b.desk("bob")
    tid = new_ticket(ws, b.world)
    seed_changes(b, tid, PULL_N)
    t0 = time.perf_counter()
    report = ws.sync()
    took = time.perf_counter() - t0
    assert report.pulled >= PULL_N, report
    ws.close()
    return {"changes": report.pulled, "seconds": round(took, 2),
            "per_second": round(report.pulled / took), "target_s": PULL_TARGET_S,
            "ok": took < PULL_TARGET_S}  # fmt: skip


def bench_concurrent(b: Bench) -> dict:
    from app.db.store import open_store
    from app.models import Agent, Message, Role
    from app.server import accounts

    store = open_store(b.server_db)
    names = [f"agent{i:02d}" for i in range(CLIENTS)]
    for name in names:
        accounts.add_user(store.sessions, name, Role.AFTERSALE, "correct horse 1")
    store.close()
    first = b.desk(names[0])
    tid = new_ticket(first, b.world)
    desks = [first] + [b.desk(n) for n in names[1:]]
    for ws in desks:
        offline_notes(ws, tid, PER_CLIENT)
    errors: list[BaseException] = []

    def run(ws) -> None:  # noqa: ANN001
        try:
            ws.sync()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=run, args=(ws,)) for ws in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    pushed = time.perf_counter() - t0
    for ws in desks:  # a second round brings everyone everyone else's notes
        ws.sync()
    converged = time.perf_counter() - t0
    want = CLIENTS * PER_CLIENT
    counts = []
    for ws in desks:
        with ws.store.sessions() as s:
            counts.append(s.scalar(sa.select(sa.func.count()).select_from(Message)
                                   .where(Message.ticket_id == tid, Message.author_id.in_(
                                       sa.select(Agent.id).where(Agent.username.in_(names))))))  # fmt: skip
        ws.close()
    return {"clients": CLIENTS, "mutations": want, "push_round_s": round(pushed, 2),
            "per_second": round(want / pushed), "converged_s": round(converged, 2),
            "errors": [repr(e) for e in errors], "all_converged": all(c == want for c in counts),
            "ok": not errors and all(c == want for c in counts)}  # fmt: skip


def run_on(kind: str, server_db: str, folder: Path, only: set[str]) -> dict:
    b = Bench(server_db, folder)
    out = {}
    try:
        for name, fn in (("push", bench_push), ("pull", bench_pull),
                         ("concurrent", bench_concurrent)):  # fmt: skip
            if name in only:
                print(f"[{kind}] {name}…", file=sys.stderr, flush=True)
                out[name] = fn(b)
                print(f"[{kind}] {name}: {out[name]}", file=sys.stderr, flush=True)
    finally:
        b.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.sync",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--pg", default=PG_DEFAULT, help="PostgreSQL server for the runs on it")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--only", default="push,pull,concurrent")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="smaller runs for a try-out")
    args = parser.parse_args(argv)
    global PUSH_N, PULL_N, PER_CLIENT
    PUSH_N, PULL_N = int(PUSH_N * args.scale), int(PULL_N * args.scale)
    PER_CLIENT = max(1, int(PER_CLIENT * args.scale))
    os.environ.setdefault("KEFU_DATA", tempfile.mkdtemp(prefix="kefu-bench-data-"))
    only = set(args.only.split(","))
    results: dict = {}
    folder = Path(tempfile.mkdtemp(prefix="kefu-sync-bench-"))
    try:
        if not args.no_sqlite:
            (folder / "sqlite").mkdir()
            results["sqlite"] = run_on("sqlite", str(folder / "sqlite" / "server.db"),
                                       folder / "sqlite", only - {"concurrent"})  # fmt: skip
        pg = fresh_pg(args.pg)
        if pg is not None:
            (folder / "pg").mkdir()
            try:
                results["postgresql"] = run_on("postgresql", pg, folder / "pg", only)
            finally:
                drop_pg(args.pg, pg)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
