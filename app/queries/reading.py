"""A read-only unit of work: a plain connection, without an ORM session.

The hot read paths (queue pages, ticket open, search) run Core statements; a connection
straight from the engine costs about half of what a Session around it does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker


def engine_of(sessions: sessionmaker[Session]) -> Engine:
    return sessions.kw["bind"]


@contextmanager
def reading(sessions: sessionmaker[Session]) -> Iterator[Connection]:
    with engine_of(sessions).connect() as conn:
        yield conn
