"""kefu server: maintenance of the team server's database.

    kefu server prune [--db URL] [--keep-days 90] [--dry-run] [--json]

``prune`` forgets the change-log entries older than the kept days and removes the evidence
files that no live attachment names any more and that were stored before then. A workstation
that has not synced since before that point downloads afresh at its next sync. It can run
while the server serves. Exit code 0: done; 1: the database cannot be used; 2: bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.errors import KefuError

EXIT_FAILED = 1
KEEP_DAYS = 90


def _days(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {raw!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of days cannot be negative")
    return value


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("server", help="maintenance of the team server's database",
                                   description=__doc__.split("\n\n")[0])  # fmt: skip
    db_help = "the server's database URL or SQLite file (default: server.db in the data folder)"
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    summary = "forget old change-log entries and evidence files no ticket uses"
    prune = actions.add_parser("prune", help=summary, description=summary)
    prune.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    prune.add_argument("--keep-days", type=_days, default=KEEP_DAYS, metavar="N",
                       help=f"keep what is newer than N days (default: {KEEP_DAYS})")  # fmt: skip
    prune.add_argument("--dry-run", action="store_true", help="say what would go; change nothing")
    prune.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def run(args: argparse.Namespace) -> int:
    import pendulum
    from sqlalchemy.exc import SQLAlchemyError

    from app.db.engine import resolve_url, sqlite_file
    from app.db.store import open_store
    from app.server import maintenance
    from app.server.cli import server_db

    db = server_db(args)
    cutoff = pendulum.now("UTC").subtract(days=args.keep_days)
    try:
        path = sqlite_file(resolve_url(db))
        if path is not None and not path.is_file():
            raise KefuError(f"there is no server database at {path}")
        store = open_store(db)
        try:
            if args.dry_run:
                report = maintenance.plan(store.sessions, cutoff)
            else:
                report = maintenance.prune(store.sessions, cutoff)
        finally:
            store.close()
    except KefuError as exc:
        print(f"kefu server prune: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except SQLAlchemyError as exc:  # the database's trouble, said plainly
        print(f"kefu server prune: the database failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps(_as_json(report, args.keep_days)))
    else:
        print(_as_text(report, args.keep_days))
    return 0


def _as_json(report: Any, keep_days: int) -> dict[str, Any]:
    return {
        "dry_run": report.dry_run,
        "keep_days": keep_days,
        "cutoff": report.cutoff.to_iso8601_string(),
        "changes": {
            "pruned": report.entries,
            "kept": report.kept,
            "streams": {p.stream: {"upto": p.upto, "entries": p.entries} for p in report.streams},
        },
        "blobs": {"removed": report.blobs, "bytes": report.blob_bytes},
    }


def _as_text(report: Any, keep_days: int) -> str:
    would = "would " if report.dry_run else ""
    entries = (f"{would}{'prune' if would else 'pruned'} {report.entries} change-log "
               f"entr{'y' if report.entries == 1 else 'ies'} older than {keep_days} days "
               f"in {len(report.streams)} stream(s); {report.kept} kept")  # fmt: skip
    files = (f"{would}{'remove' if would else 'removed'} {report.blobs} evidence "
             f"file{'' if report.blobs == 1 else 's'} no ticket uses any more "
             f"({_size(report.blob_bytes)})")  # fmt: skip
    lines = [entries, files]
    if report.dry_run:
        lines.append("nothing was changed (--dry-run)")
    elif report.entries:
        lines.append("workstations that have not synced since then download afresh next time")
    return "\n".join(lines)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
