"""Opening the local store: checks, backup, migrations.

``open_store`` refuses, with a :class:`StoreError` naming the file, anything that is not a
Kefu Desk database it can use: a file that is not SQLite, a damaged one, another program's
database, or one written by a newer major schema. Before it migrates an existing file it
copies it aside (``<name>.bak-<revision>-<time>``), keeping the newest three copies.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.engine import make_engine, resolve_url, session_factory, sqlite_file, sqlite_url
from app.errors import StoreError
from app.platform_env import data_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SCHEMA_MAJOR = 1  # raise when a migration makes the store unreadable to older releases
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
KEEP_BACKUPS = 3


@dataclass
class Store:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, if there is one

    @property
    def files_dir(self) -> Path:
        """Where attachments and other files that belong to this database live."""
        base = self.path.parent / f"{self.path.stem}-files" if self.path else data_dir() / "files"
        base.mkdir(parents=True, exist_ok=True)
        return base

    def close(self) -> None:
        self.engine.dispose()


def alembic_config(url: URL | None = None) -> Config:
    from alembic.config import Config  # Alembic loads only when a migration may run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def open_store(
    db: str | None = None, *, default: Path | None = None, migrate: bool = True
) -> Store:
    url = resolve_url(db, default=default)
    path = sqlite_file(url)
    if path is not None:
        _check_file(path)
        _inspect_read_only(path)
    engine = _engine(url)
    try:
        if migrate:
            _check_and_migrate(engine, url, path)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise _store_error(exc, url, path) from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(url=url, engine=engine, sessions=session_factory(engine), path=path)


def _engine(url: URL) -> Engine:
    """The engine, or a StoreError when the URL names a driver that is unknown or missing."""
    shown = url.render_as_string(hide_password=True)
    try:
        return make_engine(url)
    except NoSuchModuleError as exc:
        raise StoreError(
            "bad_url", f"unknown database driver in {shown}: {exc}", url=shown
        ) from exc
    except ImportError as exc:
        raise StoreError(
            "cannot_open",
            f"the driver for {shown} is not installed ({exc.name or exc})",
            url=shown,
        ) from exc


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(
            "not_a_database", f"{path} is a folder, not a database file", path=str(path)
        )
    if not path.exists():
        # A new database goes into an existing folder (a mistyped path must not grow folders
        # all over the disk); only the app's own data folder is made on demand.
        if not path.parent.is_dir() and not _inside(path, data_dir()):
            raise StoreError(
                "cannot_open",
                f"cannot create {path}: the folder {path.parent} does not exist",
                path=str(path),
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                "cannot_open", f"cannot create the folder for {path}: {exc}", path=str(path)
            ) from exc
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError("cannot_open", f"cannot read {path}: {exc}", path=str(path)) from exc
    if head and head != SQLITE_MAGIC:
        raise StoreError(
            "not_a_database", f"{path} is not a Kefu Desk database (not SQLite)", path=str(path)
        )


def _check_and_migrate(engine: Engine, url: URL, path: Path | None) -> None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = _current_revision(conn) if "alembic_version" in tables else None
        major = _stored_major(conn) if "kefu_meta" in tables else None
    where = str(path or url.render_as_string(hide_password=True))
    _refuse_unusable(where, tables, current, major)
    if current is not None and current == quick_head():
        return  # the usual start: nothing to migrate, and Alembic is not even imported
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current is not None and _unknown(script, current):
        log.warning("database at %s is at a newer minor revision %s; not migrating", where, current)
        return
    if current == head:
        return
    if current is not None and path is not None:
        backup(path, label=current)
    with engine.connect() as conn:
        _upgrade(conn, url, where)


def _upgrade(conn: Connection, url: URL, where: str) -> None:
    """Migrate to head in one transaction.

    On SQLite, foreign keys are off meanwhile (batch migrations copy a table, drop the old
    one and rename the copy, which the checks would refuse or cascade on) and are checked
    as a whole before the commit. The pragma only takes effect outside a transaction, so it
    is set on the driver connection before SQLAlchemy begins one. Renaming the copy must not
    re-check the triggers of other tables that name it (the dashboard's rollup triggers,
    migration 0005): ``legacy_alter_table`` meanwhile.
    """
    raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("PRAGMA legacy_alter_table=ON")
    try:
        with conn.begin():
            from alembic import command

            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all() if raw else []
            if broken:
                raise StoreError(
                    "migration_failed",
                    f"migrating {where} would break {len(broken)} references "
                    f"(first in table {broken[0][0]}); nothing was changed",
                    path=where,
                )
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute("PRAGMA legacy_alter_table=OFF")


def _inspect_read_only(path: Path) -> None:
    """Refuse a damaged, foreign or newer file before the engine touches it.

    The engine's connect hook switches a file to WAL, which rewrites its header: another
    program's database must be turned away before that, so this look is read-only.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    where = str(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            current = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                current = row[0] if row else None
            major = None
            if "kefu_meta" in tables:
                row = conn.execute(
                    "SELECT value FROM kefu_meta WHERE key = 'schema_major'"
                ).fetchone()
                major = int(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _store_error(exc, sqlite_url(path), path) from exc
    _refuse_unusable(where, tables, current, major)


def _refuse_unusable(where: str, tables: set[str], current: str | None, major: int | None) -> None:
    own = {t for t in tables if t != "alembic_version" and not t.startswith("sqlite_")}
    if current is None and own:
        raise StoreError(
            "foreign_database",
            f"{where} holds another program's tables, not a Kefu Desk database",
            path=where,
        )
    if major is not None and major > SCHEMA_MAJOR:
        raise StoreError(
            "newer_schema",
            f"{where} was written by a newer Kefu Desk (schema {major}); "
            f"this version reads schema {SCHEMA_MAJOR}. Update Kefu Desk to open it.",
            path=where,
            found=major,
            supported=SCHEMA_MAJOR,
        )


_REVISION = re.compile(r"""^(down_revision|revision)\s*=\s*['"]?([\w-]+)['"]?""", re.M)


def quick_head() -> str | None:
    """The newest migration, read from the files without importing Alembic (which costs
    about half a second at start): the one revision no other revision builds on."""
    revisions, parents = set(), set()
    for file in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(m.groups() for m in _REVISION.finditer(file.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current_revision(conn: Connection) -> str | None:
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _stored_major(conn) -> int | None:  # noqa: ANN001
    row = conn.execute(text("SELECT value FROM kefu_meta WHERE key = 'schema_major'")).first()
    return int(row[0]) if row else None


def _unknown(script, revision: str) -> bool:  # noqa: ANN001
    try:
        return script.get_revision(revision) is None
    except Exception:  # alembic raises several kinds for an unknown id
        return True


def backup(path: Path, *, label: str) -> Path:
    """Copy a SQLite file aside with SQLite's online backup (safe with WAL) and prune old ones."""
    stamp = clock.now().format("YYYYMMDD-HHmmss")
    target = path.with_name(f"{path.name}.bak-{label}-{stamp}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    olds = sorted(path.parent.glob(f"{path.name}.bak-*"), key=lambda p: p.stat().st_mtime)
    for old in olds[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s before migrating", path, target)
    return target


def _store_error(exc: Exception, url: URL, path: Path | None) -> StoreError:
    where = str(path or url.render_as_string(hide_password=True))
    msg = str(getattr(exc, "orig", exc))
    if "not a database" in msg or "malformed" in msg:
        return StoreError("damaged", f"{where} is damaged or not a database: {msg}", path=where)
    if "unable to open" in msg:
        return StoreError("cannot_open", f"cannot open {where}: {msg}", path=where)
    return StoreError("cannot_open", f"cannot use the database {where}: {msg}", path=where)
