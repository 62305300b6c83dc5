"""The rollup triggers are in every migrated store: a later migration that copies one of
their tables (a batch "recreate") drops the triggers on it and must make them again."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import text

MIGRATION = (
    Path(__file__).resolve().parents[3]
    / "app"
    / "db"
    / "migrations"
    / "versions"
    / "0005_supervisor.py"
)


def triggers() -> dict:
    spec = importlib.util.spec_from_file_location("migration_0005", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRIGGERS


def test_every_rollup_trigger_is_in_a_migrated_store(store):
    with store.engine.connect() as conn:
        found = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    assert set(triggers()) <= found
    tables = {when.split(" ON ")[-1] for when, _body in triggers().values()}
    assert tables == {
        "orders", "order_items", "refunds", "tickets", "ticket_items", "reships", "follow_ups",
        "appeals", "compensations",
    }  # fmt: skip
