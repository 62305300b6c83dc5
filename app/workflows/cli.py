"""``kefu sop check [FILES]``: validate SOP scripts (all shipped ones when no file is named).

Every problem prints as ``file: step 'x': field 'y': message``. Exit codes: 0 all good,
1 problems found, 2 a file cannot be read (or a usage error).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.workflows.catalog import check_files, script_files

PROG = "kefu sop"


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    commands = parser.add_subparsers(dest="sop_command", metavar="COMMAND")
    check = commands.add_parser("check", help="validate SOP scripts")
    check.add_argument("files", nargs="*", type=Path, help="script files (default: shipped)")
    return parser


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "sop", help="check the SOP scripts", description="Work with the SOP scripts."
    )
    return configure(parser)


def _shown(path: Path, named: bool) -> str:
    """A named file as the user typed it; a shipped one relative to here when inside it."""
    if named:
        return str(path)
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _unreadable(files: list[Path]) -> list[str]:
    bad = []
    for path in files:
        try:
            with path.open("rb"):
                pass
        except OSError as exc:
            bad.append(f"{PROG}: cannot read {path}: {exc.strerror or exc}")
    return bad


def run(args: argparse.Namespace) -> int:
    if getattr(args, "sop_command", None) != "check":
        print(f"usage: {PROG} check [FILES]", file=sys.stderr)
        return 2
    named = bool(args.files)
    files = [Path(f) for f in args.files] or script_files()
    unreadable = _unreadable(files)
    if unreadable:
        print("\n".join(unreadable), file=sys.stderr)
        return 2
    shown = {str(f.resolve()): _shown(f, named) for f in files}
    errors = check_files([f.resolve() for f in files])
    for error in errors:
        print(str(error).replace(error.file, shown.get(error.file, error.file), 1))
    bad = len({e.file for e in errors})
    if errors:
        print(f"{len(errors)} problem(s) in {bad} of {len(files)} script(s)", file=sys.stderr)
        return 1
    print(f"{len(files)} script(s) checked: all good", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = configure(argparse.ArgumentParser(prog=PROG, description="Work with SOP scripts."))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
