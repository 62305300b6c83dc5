"""``kefu policy``: print the deadline windows that some order events open.

    kefu policy --platform douyin --event signed_at=2026-03-01T15:20:00+08:00 [--json]

Wire into the main CLI with :func:`add_parser` (sets ``func=run`` on the subparser); run alone
with ``python -m app.cli_policy ...``. Exit codes: 0 done, 2 bad input or malformed table
(one line on stderr naming the event, or the file, row and field).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pendulum import DateTime

from app import clock
from app.policy import (
    OrderFacts,
    PlatformDeadline,
    PolicyError,
    Window,
    deadlines,
    load_table,
)
from app.policy.errors import PolicyInputError, UnknownEventError
from app.policy.instants import parse_instant
from app.policy.tables import DEFAULT_DIRECTORY
from app.policy.vocab import EVENTS, PLATFORMS, RETURN_CARRIERS

PROG = "kefu policy"
_BOOL_FACTS = ("no_reason_eligible", "three_guarantees_goods", "durable_goods")
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


class UsageError(Exception):
    """A bad command-line value: one line for stderr."""


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``policy`` options to ``parser``."""
    parser.add_argument("--platform", required=True, choices=PLATFORMS)
    parser.add_argument(
        "--event",
        action="append",
        default=[],
        metavar="NAME=ISO8601",
        help=f"an order or after-sale event; names: {', '.join(EVENTS)}",
    )
    parser.add_argument(
        "--platform-deadline",
        action="append",
        default=[],
        metavar="RULE=ISO8601",
        help="a deadline the platform reported for a rule (it wins)",
    )
    parser.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=f"{', '.join(_BOOL_FACTS)} (true/false); return_carrier (express/post)",
    )
    parser.add_argument("--tz", default="Asia/Shanghai", help="the shop's time zone")
    parser.add_argument("--now", help="evaluate window status at this instant (default: now)")
    parser.add_argument("--json", action="store_true", help="print one JSON object by rule id")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="table language")
    parser.add_argument("--overrides", help="the supervisor's policy_overrides.toml")
    parser.add_argument("--tables-dir", default=str(DEFAULT_DIRECTORY), help=argparse.SUPPRESS)
    return parser


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``policy`` on an argparse subparsers object; ``args.func`` is :func:`run`."""
    parser = subparsers.add_parser(
        "policy",
        help="show the deadline windows that order events open",
        description="Show the deadline windows that order and after-sale events open.",
    )
    configure(parser)
    parser.set_defaults(func=run)
    return parser


def _pair(text: str, option: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name or not value:
        raise UsageError(f"bad {option} '{text}' (want NAME=VALUE)")
    return name.strip(), value.strip()


def _events(args: argparse.Namespace) -> dict[str, DateTime]:
    events = {}
    for text in args.event:
        name, value = _pair(text, "--event")
        if name not in EVENTS:
            raise UsageError(f"unknown event '{name}' (known: {', '.join(EVENTS)})")
        events[name] = parse_instant(value, default_tz=args.tz, field=name)
    return events


def _platform_deadlines(args: argparse.Namespace) -> list[PlatformDeadline]:
    found = []
    for text in args.platform_deadline:
        rule_id, value = _pair(text, "--platform-deadline")
        at = parse_instant(value, default_tz=args.tz, field=rule_id)
        found.append(PlatformDeadline(rule_id, at, field="command line"))
    return found


def _facts_flags(args: argparse.Namespace) -> dict[str, Any]:
    flags: dict[str, Any] = {}
    for text in args.fact:
        name, value = _pair(text, "--fact")
        if name == "return_carrier" and value in RETURN_CARRIERS:
            flags[name] = value
        elif name in _BOOL_FACTS and value.lower() in _TRUE + _FALSE:
            flags[name] = value.lower() in _TRUE
        else:
            raise UsageError(f"bad --fact '{text}'")
    return flags


def build_facts(args: argparse.Namespace) -> OrderFacts:
    """The :class:`OrderFacts` the command-line options describe."""
    return OrderFacts(
        platform=args.platform,
        events=_events(args),
        shop_tz=args.tz,
        platform_deadlines=tuple(_platform_deadlines(args)),
        **_facts_flags(args),
    )


def _iso(instant: DateTime | None) -> str | None:
    return None if instant is None else instant.isoformat()


def window_json(window: Window, now: DateTime) -> dict[str, Any]:
    """One window as the JSON value printed under its rule id."""
    rule = window.rule
    return {
        "starts_at": _iso(window.starts_at),
        "ends_at": _iso(window.ends_at),
        "explanation": window.explanation,
        "explanation_zh": window.explanation_zh,
        "status": window.status(now),
        "source": window.source,
        "local_ends_at": _iso(window.local_ends_at),
        "disagrees_with_local": window.disagrees_with_local,
        "platform_field": window.platform_field,
        "party": window.party,
        "start_event": window.start_event,
        "event_at": _iso(window.event_at),
        "met_at": _iso(window.met_at),
        "clock": rule.clock if rule else None,
        "duration": rule.duration if rule else None,
        "unit": rule.unit if rule else None,
        "effective_from": rule.effective_from.isoformat() if rule else None,
        "origin": rule.origin if rule else None,
        "citation": rule.source if rule else None,
    }


def _text_table(windows: list[Window], now: DateTime, lang: str) -> str:
    if not windows:
        return "（没有打开的时限窗口）" if lang == "zh" else "(no window opens for these events)"
    width = max(len(w.rule_id) for w in windows)
    stamp = "YYYY-MM-DD HH:mm"
    lines = []
    for w in windows:
        start = w.starts_at.format(stamp) if w.starts_at else "-" * len(stamp)
        flag = "!" if w.disagrees_with_local else " "
        lines.append(
            f"{w.rule_id:<{width}}  {start}  {w.ends_at.format(stamp)}  "
            f"{w.status(now):<6}  {w.source:<8}{flag} {w.explain(lang)}"
        )
    return "\n".join(lines)


def _now(args: argparse.Namespace) -> DateTime:
    if args.now:
        return parse_instant(args.now, default_tz=args.tz, field="--now")
    return clock.now()


def run(args: argparse.Namespace) -> int:
    """Run ``kefu policy`` with parsed ``args``; returns the exit code."""
    try:
        facts = build_facts(args)
        table = load_table(args.platform, overrides=args.overrides, directory=args.tables_dir)
        windows = deadlines(table, facts)
        now = _now(args)
    except (UsageError, UnknownEventError) as exc:
        return _fail(str(exc))
    except PolicyInputError as exc:
        return _fail(f"{exc.field}: {exc.message}")
    except PolicyError as exc:
        return _fail(str(exc))
    if args.json:
        print(
            json.dumps(
                {w.rule_id: window_json(w, now) for w in windows}, ensure_ascii=False, indent=2
            )
        )
    else:
        print(_text_table(windows, now, args.lang))
    return 0


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``python -m app.cli_policy``."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    parser = configure(argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0]))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
