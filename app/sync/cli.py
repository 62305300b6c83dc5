"""kefu sync: one sync of a workstation store with the team server, without the window.

    kefu sync --server URL [--db FILE] [--user NAME] [--password-stdin] [--json]

The first time (or when the kept login has expired) it logs in as ``--user`` with the
password from the terminal or standard input. Exit code 0: synced; 1: synced, with conflicts
waiting in the workstation's sync-conflicts list; 2: could not sync (the message says why).
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
from typing import Any

EXIT_CONFLICTS = 1
EXIT_FAILED = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("sync", help="sync a workstation store with the team server",
                                   description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--server", required=True, metavar="URL", help="http://HOST:PORT")
    parser.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS,
                        help="the workstation store (default: the one for this server and user)")  # fmt: skip
    parser.add_argument("--user", metavar="NAME", help="log in as NAME if needed")
    parser.add_argument("--password-stdin", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def run(args: argparse.Namespace) -> int:
    from app.db.store import open_store
    from app.errors import KefuError
    from app.server.registry import load_all
    from app.sync import engine, replica
    from app.sync.client import ServerClient, SyncError
    from app.sync.places import replica_path

    load_all()
    try:
        with ServerClient(args.server) as client:
            db = getattr(args, "db", None) or str(replica_path(client.url, args.user or ""))
            store = open_store(db)
            replica.mark_replica(store)
            try:
                if not engine.resume(store, client):
                    _login(store, client, args)
                try:
                    report = engine.sync_once(store, client, _progress(args))
                except SyncError as exc:
                    if exc.code != "unauthorized" or not args.user:
                        raise
                    _login(store, client, args)
                    report = engine.sync_once(store, client, _progress(args))
            finally:
                store.close()
    except KefuError as exc:
        print(f"kefu sync: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        out = dataclasses.asdict(report)
        out["tickets"] = sorted(out["tickets"])
        print(json.dumps(out, ensure_ascii=False))
    else:
        files = ", ".join(f"{n} {what}" for what, n in (("uploaded", report.uploaded),
                          ("downloaded", report.downloaded), ("waiting", report.waiting)) if n)  # fmt: skip
        print(f"pushed {report.pushed} ({report.applied} applied, {report.rejected} rejected), "
              f"pulled {report.pulled}; pending {report.pending}, conflicts {report.conflicts}"
              + (" (downloaded afresh)" if report.reset else "")
              + (f"; evidence files {files}" if files else ""))  # fmt: skip
    return EXIT_CONFLICTS if report.conflicts else 0


def _login(store, client, args: argparse.Namespace) -> None:  # noqa: ANN001
    from app.sync import engine
    from app.sync.client import SyncError

    if not args.user:
        raise SyncError("unauthorized", "not logged in: give --user NAME")
    password = (sys.stdin.readline().rstrip("\r\n") if args.password_stdin
                else getpass.getpass(f"password for {args.user}: "))  # fmt: skip
    engine.login(store, client, args.user, password, device_name="kefu sync")


def _progress(args: argparse.Namespace):  # noqa: ANN202
    def show(phase: str, done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{phase}: {done}" + (f"/{total}" if total else ""), end="", file=sys.stderr)

    return show
