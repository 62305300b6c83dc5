"""kefu serve: run the team server.

    kefu serve [--db URL] [--host 127.0.0.1] [--port 8765] [--workers N]

Without ``--db`` the server keeps its data in ``server.db`` in the data folder (SQLite); for a
team, give a PostgreSQL URL (``postgresql+psycopg://user@host/db``). The database is created or
migrated before the server listens. With ``--workers`` several processes serve one database
(PostgreSQL): they share nothing but the database.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.errors import StoreError
from app.platform_env import data_dir

EXIT_USAGE = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "serve", help="run the team sync server", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL or SQLite file (default: server.db in the data folder)")  # fmt: skip
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    parser.add_argument("--workers", type=int, default=1, help="processes (default: 1)")
    return parser


def server_db(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or str(data_dir() / "server.db")


def run(args: argparse.Namespace) -> int:
    from app.db.store import open_store

    db = server_db(args)
    try:
        store = open_store(db)
    except StoreError as exc:
        print(f"kefu serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    import uvicorn

    from app.server.api import create_app

    print(f"kefu serve: {store.url.render_as_string(hide_password=True)} on "
          f"http://{args.host}:{args.port}", flush=True)  # fmt: skip
    if args.workers > 1:
        store.close()
        os.environ["KEFU_DB"] = db
        uvicorn.run("app.server.api:app_from_env", factory=True, host=args.host,
                    port=args.port, workers=args.workers, log_level="warning")  # fmt: skip
        return 0
    uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning")
    return 0
