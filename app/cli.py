"""The ``kefu`` command: the workstation by default, and the headless subcommands.

The desktop GUI is found through the ``kefu.gui`` entry point (``ui.launch:run``), so this
package never imports Qt; a server install without ``ui`` still has every subcommand.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib import import_module
from importlib.metadata import entry_points

from app import __version__

EXIT_USAGE = 2


# Subcommands by name: (module with add_parser/run, one-line help). A module is imported
# only when its command is used, so opening the workstation loads none of them.
SUBCOMMANDS = {
    "demo": ("app.demo.cli", "build a demo shop into a new database"),
    "policy": ("app.cli_policy", "print the platform windows that order events open"),
    "sop": ("app.workflows.cli", "check the SOP scripts"),
    "serve": ("app.server.cli", "run the team sync server"),
    "user": ("app.server.cli_user", "add users and reset passwords on the team server"),
    "server": ("app.server.cli_server", "maintenance of the team server's database (prune)"),
    "sync": ("app.sync.cli", "sync a workstation store with the team server"),
    "import": ("app.connectors.cli", "import platform order or after-sale exports"),
}


def _chosen(argv: Sequence[str]) -> str | None:
    return next((a for a in argv if a in SUBCOMMANDS), None)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kefu",
        description="Kefu Desk (客服工作台): the customer-service workstation.",
    )
    parser.add_argument("--version", action="version", version=f"kefu {__version__}")
    parser.add_argument(
        "--db", help="database URL or SQLite file (default: KEFU_DB, else the data folder)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo shop (created on first use)"
    )
    parser.add_argument("--user", help="work as this agent (username) without the login dialog")
    parser.add_argument(
        "--server", metavar="URL", help="work with the team server at URL (http://HOST:PORT)"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="open the workstation, save a picture of it once the queue shows, and quit",
    )
    # For the start-up benchmark: quit as soon as the first queue page is painted.
    parser.add_argument("--probe-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, summary) in SUBCOMMANDS.items():
        if name != command:
            subparsers.add_parser(name, help=summary)
            continue
        module = import_module(module_name)
        module.add_parser(subparsers).set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_chosen(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command:
        return int(args.run(args) or 0)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    found = entry_points(group="kefu.gui")
    if not found:
        print("kefu: the desktop interface is not installed", file=sys.stderr)
        return EXIT_USAGE
    launch = next(iter(found)).load()
    return int(launch(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
