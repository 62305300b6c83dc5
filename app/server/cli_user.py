"""kefu user: accounts on the team server's database.

    kefu user add NAME --role presale|aftersale|supervisor|admin [--display-name TEXT]
    kefu user passwd NAME        (a new password; every login of NAME is revoked)
    kefu user revoke NAME        (log NAME out everywhere)

The password is asked twice on the terminal, or read from the first line of standard input
with ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from app.errors import KefuError
from app.models import Role

EXIT_USAGE = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("user", help="add users and reset passwords on the server",
                                   description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="the server's database (default: server.db in the data folder)")  # fmt: skip
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a user (or give an existing agent a password)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--display-name", default="")
    add.add_argument("--password-stdin", action="store_true")
    passwd = actions.add_parser("passwd", help="set a new password")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true")
    revoke = actions.add_parser("revoke", help="revoke every login of a user")
    revoke.add_argument("name")
    return parser


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise KefuError("the two passwords differ")
    return first


def run(args: argparse.Namespace) -> int:
    from app.db.store import open_store
    from app.server import accounts
    from app.server.cli import server_db

    try:
        store = open_store(server_db(args))
        try:
            if args.action == "add":
                accounts.add_user(store.sessions, args.name, Role(args.role), _password(args),
                                  display_name=args.display_name)  # fmt: skip
                print(f"user {args.name} added ({args.role})")
            elif args.action == "passwd":
                accounts.reset_password(store.sessions, args.name, _password(args))
                print(f"password of {args.name} changed; their logins were revoked")
            else:
                n = accounts.revoke(store.sessions, args.name)
                print(f"{n} login(s) of {args.name} revoked")
        finally:
            store.close()
    except KefuError as exc:
        print(f"kefu user: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return 0
