"""kefu demo: fill an empty database with the demo shop.

    kefu demo [--db URL] [--tickets N] [--seed S] [--anchor ISO8601]

Without ``--db`` it writes ``demo.db`` in the data folder. It refuses (exit code 2) a database
that already holds shops, and a URL or file it cannot use. Also runnable on its own:
``python -m app.demo.cli --db /tmp/demo.db``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

from pendulum import DateTime
from sqlalchemy.exc import DBAPIError

from app.db.store import open_store
from app.demo.generate import DemoRefused, DemoSummary, build_demo
from app.demo.stamps import SHOP_TZ, parse_anchor
from app.errors import StoreError
from app.platform_env import demo_db_path

DESCRIPTION = (
    "Fill an empty database with a demo shop: three shops on Douyin, Taobao and Tmall, their "
    "agents, buyers, orders and tickets with chats. The same seed and anchor give the same data."
)
PROGRESS_FROM = 20_000  # tickets; smaller demos finish before progress would help
PROGRESS_STEPS = 20


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``demo`` subcommand to the main CLI's subparsers."""
    parser = subparsers.add_parser(
        "demo",
        help="fill an empty database with a demo shop",
        description=DESCRIPTION,
    )
    configure(parser)
    return parser


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(  # SUPPRESS: a --db given before the subcommand stays in force
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"database URL or SQLite file (default: {demo_db_path()})",
    )
    parser.add_argument(
        "--tickets", type=_positive, default=600, metavar="N", help="tickets (default: 600)"
    )
    parser.add_argument("--seed", type=int, default=7, metavar="S", help="seed (default: 7)")
    parser.add_argument(
        "--anchor",
        type=_anchor,
        metavar="ISO8601",
        help="the 'now' the data sits around, e.g. 2026-03-01T15:00+08:00; without an offset "
        f"it is {SHOP_TZ} time (default: now, rounded down to the hour)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the demo as ``args`` say; 0 on success, 2 when refused, 1 when writing failed."""
    target = getattr(args, "db", None) or str(demo_db_path())
    try:
        store = open_store(target)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        summary = build_demo(
            store,
            tickets=args.tickets,
            seed=args.seed,
            anchor=args.anchor,
            progress=_Progress(sys.stderr) if args.tickets >= PROGRESS_FROM else None,
        )
    except DemoRefused as exc:
        shops = exc.params.get("shops", "some")
        return _fail(
            f"{target} already holds {shops} shop(s); the demo only fills an empty database "
            "(choose another --db, or delete the file)"
        )
    except StoreError as exc:
        return _fail(str(exc))
    except DBAPIError as exc:
        return _fail(f"writing the demo to {target} failed: {exc.orig}", code=1)
    finally:
        store.close()
    print("\n".join(summary_lines(summary, target)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kefu demo", description=DESCRIPTION)
    configure(parser)
    return run(parser.parse_args(argv))


def summary_lines(summary: DemoSummary, target: str) -> list[str]:
    c = summary.counts
    local = summary.anchor.in_timezone(SHOP_TZ).format("YYYY-MM-DD HH:mm")
    return [
        f"Demo shop written to {target} in {summary.seconds:.1f} s "
        f"(seed {summary.seed}, around {local} {SHOP_TZ}):",
        f"  {c.get('shops', 0)} shops, {c.get('agents', 0)} agents, "
        f"{c.get('customers', 0):,} buyers ({c.get('customer_tags', 0):,} tags on them)",
        f"  {c.get('orders', 0):,} orders with {c.get('order_items', 0):,} items",
        f"  {c.get('tickets', 0):,} tickets, {c.get('messages', 0):,} messages, "
        f"{c.get('ticket_events', 0):,} timeline events",
        f"  {summary.remedies:,} remedy records, {c.get('quick_phrases', 0)} quick phrases, "
        f"{c.get('feedback', 0):,} feedback notes",
        "Log in as 'demo' (售后-小周).",
    ]


class _Progress:
    """Progress lines on stderr: one per twentieth of the tickets."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.started, self.shown = stream, time.monotonic(), -1

    def __call__(self, done: int, total: int) -> None:
        step = done * PROGRESS_STEPS // total
        if step == self.shown:
            return
        self.shown = step
        elapsed = time.monotonic() - self.started
        print(
            f"kefu demo: {done:,}/{total:,} tickets ({done * 100 // total}%), {elapsed:.0f} s",
            file=self.stream,
            flush=True,
        )


def _fail(message: str, code: int = 2) -> int:
    print(f"kefu demo: {message}", file=sys.stderr)
    return code


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("needs at least 1 ticket")
    return value


def _anchor(text: str) -> DateTime:
    try:
        return parse_anchor(text)
    except (ValueError, TypeError) as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {text!r}") from exc


if __name__ == "__main__":
    sys.exit(main())
