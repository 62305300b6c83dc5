"""``kefu import``: platform exports into the local database.

    kefu import orders FILE... [--platform P] [--shop NAME] [--mapping NAME] [--db URL]
                               [--user NAME] [--json] [--report FILE]
    kefu import aftersales FILE... [same options]

Exit codes: 0 every row imported, 1 some rows were rejected (listed, and copied to the
``--report`` file to fix and import again), 2 a file could not be read at all, or the shop,
agent or database could not be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.connectors import mappings
from app.connectors.report import write_report
from app.db.store import Store, open_store
from app.errors import KefuError
from app.models import Role
from app.queries import lookups
from app.services.unit import Actor

PROG = "kefu import"
PLATFORMS = ("douyin", "taobao", "tmall", "other")
EXIT_UNREADABLE = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import",
        help="import platform order or after-sale exports",
        description="Import the platforms' order and after-sale exports (CSV or XLSX).",
    )
    return configure(parser)


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    commands = parser.add_subparsers(dest="import_command", metavar="WHAT")
    for name, summary in (
        ("orders", "order exports: Douyin order report, Taobao/Tmall orders + order details"),
        ("aftersales", "after-sale / refund exports: they become tickets on the orders' items"),
    ):
        sub = commands.add_parser(name, help=summary, description=summary)
        sub.add_argument("files", nargs="+", type=Path, metavar="FILE")
        sub.add_argument("--platform", choices=PLATFORMS, help="the files' platform")
        sub.add_argument("--shop", metavar="NAME", help="the shop (made on first use)")
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database")
        sub.add_argument("--user", metavar="NAME", help="the agent importing (username)")
        sub.add_argument("--json", action="store_true", help="print the summary as JSON")
        sub.add_argument("--report", type=Path, metavar="FILE", help="write rejected rows here")
        if name == "orders":
            sub.add_argument(
                "--mapping", metavar="NAME", help="a saved column mapping (other files)"
            )
    return parser


def run(args: argparse.Namespace) -> int:
    if getattr(args, "import_command", None) not in ("orders", "aftersales"):
        print(f"usage: {PROG} orders|aftersales FILE...", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        store = open_store(getattr(args, "db", None))
    except KefuError as exc:
        return _fail(str(exc))
    try:
        return _run(store, args)
    except KefuError as exc:
        return _fail(str(exc))
    finally:
        store.close()


def _run(store: Store, args: argparse.Namespace) -> int:
    actor = choose_actor(store, args.user)
    files = [Path(f) for f in args.files]
    if args.import_command == "orders":
        from app.connectors.runner import import_files

        mapping = mappings.load(args.mapping) if getattr(args, "mapping", None) else None
        summary = import_files(
            store, actor, files, platform=args.platform, shop=args.shop, mapping=mapping
        )
    else:
        from app.connectors.aftersale_runner import import_aftersale_files

        mapping = None
        summary = import_aftersale_files(
            store, actor, files, platform=args.platform, shop=args.shop
        )
    reports = (
        write_report(args.report, summary.files, summary.errors, mapping) if args.report else []
    )
    if args.json:
        out = summary.as_json()
        out["reports"] = [str(p) for p in reports]
        print(json.dumps(out, ensure_ascii=False))
    else:
        _print_summary(summary, reports)
    return summary.exit_code


def _print_summary(summary: Any, reports: list[Path]) -> None:
    for problem in summary.problems:
        print(f"{PROG}: {problem}", file=sys.stderr)
    for e in summary.errors:
        where = f"{e.file}:{e.row}" + (f": {e.column}" if e.column else "")
        print(f"{where}: {e.reason}", file=sys.stderr)
    what = getattr(summary, "noun", "orders")
    line = (
        f"{summary.created} {what} created, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {summary.rejected} row(s) rejected"
    )
    if summary.shop:
        line += f" (shop {summary.shop})"
    if summary.cancelled:
        line += "; cancelled"
    print(line)
    for path in reports:
        print(f"rejected rows written to {path}")


def choose_actor(store: Store, username: str | None) -> Actor:
    """The agent named, else the only supervisor or administrator, else the only agent."""
    agents = lookups.agents(store.sessions)
    if username:
        found = [a for a in agents if a.username == username]
        if not found:
            known = ", ".join(a.username for a in agents) or "none"
            raise KefuError(f"no active agent named {username!r} (agents: {known})")
        agent = found[0]
    else:
        leads = [a for a in agents if a.role in (Role.SUPERVISOR, Role.ADMIN)]
        pick = leads if len(leads) == 1 else agents if len(agents) == 1 else []
        if not pick:
            raise KefuError("name the agent who imports (--user NAME)")
        agent = pick[0]
    return Actor(agent.id, agent.role, agent.display_name)


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_UNREADABLE


def main(argv: list[str] | None = None) -> int:
    parser = configure(argparse.ArgumentParser(prog=PROG))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
