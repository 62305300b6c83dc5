"""Builders for the app-layer tests: base rows the services expect to find, and snapshots.

Shops, buyers and orders come from the platforms (an import), not from a service, so the
tests insert them directly. Every builder takes optional ids so the same base rows can be
laid into a second store (the replay test).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pendulum import DateTime
from sqlalchemy import select, text

from app import clock
from app.db import store as db_store
from app.db.store import Store, head_revision
from app.models import (
    Agent,
    Base,
    Customer,
    Order,
    OrderItem,
    OrderStatus,
    Platform,
    Role,
    Shop,
    Ticket,
    new_id,
)
from app.services import Actor

# (sku, title, quantity, unit price in fen)
Item = tuple[str, str, int, int]
DEFAULT_ITEMS: tuple[Item, ...] = (
    ("TS-WHITE-L", "纯棉圆领T恤 白色 L", 2, 5900),
    ("SOCK-3", "男士中筒袜 三双装", 1, 1990),
)


def add_agent(
    store: Store,
    *,
    name: str = "agent",
    role: Role = Role.AFTERSALE,
    id: uuid.UUID | None = None,
    active: bool = True,
) -> Actor:
    with store.sessions.begin() as s:
        agent = Agent(
            id=id or new_id(),
            username=name,
            display_name=name,
            role=role,
            compensation_limit_fen=5000,
            active=active,
        )
        s.add(agent)
    return Actor(agent.id, role, name)


def add_shop(
    store: Store,
    *,
    name: str = "抖音旗舰店",
    platform: Platform = Platform.DOUYIN,
    id: uuid.UUID | None = None,
) -> uuid.UUID:
    with store.sessions.begin() as s:
        shop = Shop(id=id or new_id(), name=name, platform=platform)
        s.add(shop)
    return shop.id


def add_customer(
    store: Store,
    shop_id: uuid.UUID,
    *,
    nickname: str = "小鹿乱撞",
    buyer_id: str | None = None,
    id: uuid.UUID | None = None,
) -> uuid.UUID:
    cid = id or new_id()
    with store.sessions.begin() as s:
        s.add(
            Customer(
                id=cid,
                shop_id=shop_id,
                platform_buyer_id=buyer_id or f"buyer-{cid.hex[-8:]}",
                nickname=nickname,
            )
        )
    return cid


def add_order(
    store: Store,
    shop_id: uuid.UUID,
    customer_id: uuid.UUID,
    *,
    order_no: str,
    items: Sequence[Item] = DEFAULT_ITEMS,
    status: OrderStatus = OrderStatus.SIGNED,
    id: uuid.UUID | None = None,
    item_ids: Sequence[uuid.UUID] | None = None,
    placed_at: DateTime | None = None,
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    oid = id or new_id()
    ids = list(item_ids) if item_ids is not None else [new_id() for _ in items]
    placed = placed_at or clock.now().subtract(days=5)
    goods = sum(qty * price for _sku, _title, qty, price in items)
    with store.sessions.begin() as s:
        s.add(
            Order(
                id=oid,
                shop_id=shop_id,
                customer_id=customer_id,
                order_no=order_no,
                status=status,
                goods_fen=goods,
                paid_fen=goods,
                placed_at=placed,
                paid_at=placed.add(minutes=3),
            )
        )
        s.flush()
        for line, (item_id, (sku, title, qty, price)) in enumerate(zip(ids, items, strict=True)):
            s.add(
                OrderItem(
                    id=item_id,
                    order_id=oid,
                    line_no=line + 1,
                    sku=sku,
                    title=title,
                    quantity=qty,
                    unit_price_fen=price,
                )
            )
    return oid, ids


@dataclass(frozen=True)
class World:
    """One shop, one buyer with one order of two items, and the acting agent."""

    actor: Actor
    shop_id: uuid.UUID
    customer_id: uuid.UUID
    order_id: uuid.UUID
    order_no: str
    item_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class WorldIds:
    """Pre-made ids, so :func:`world` can lay identical base rows into two stores."""

    agent: uuid.UUID = field(default_factory=new_id)
    shop: uuid.UUID = field(default_factory=new_id)
    customer: uuid.UUID = field(default_factory=new_id)
    order: uuid.UUID = field(default_factory=new_id)
    items: tuple[uuid.UUID, ...] = field(default_factory=lambda: (new_id(), new_id()))


def world(
    store: Store, ids: WorldIds | None = None, *, order_no: str = "6931027745120381"
) -> World:
    ids = ids or WorldIds()
    actor = add_agent(store, name="小王", id=ids.agent)
    shop = add_shop(store, id=ids.shop)
    customer = add_customer(store, shop, id=ids.customer, buyer_id="dy-buyer-001")
    order, items = add_order(
        store, shop, customer, order_no=order_no, id=ids.order, item_ids=ids.items
    )
    return World(actor, shop, customer, order, order_no, tuple(items))


def set_ticket(store: Store, ticket_id: uuid.UUID, **values: object) -> None:
    """Test set-up only: force columns of a ticket (due time, tombstone) directly."""
    with store.sessions.begin() as s:
        ticket = s.get(Ticket, ticket_id)
        for key, value in values.items():
            setattr(ticket, key, value)


def table_names() -> list[str]:
    return sorted(Base.metadata.tables)


def snapshot(store: Store, tables: Iterable[str] | None = None) -> dict[str, list[tuple]]:
    """Every row of every model table (or of ``tables``), in a stable order."""
    out: dict[str, list[tuple]] = {}
    with store.engine.connect() as conn:
        for name in tables or table_names():
            rows = conn.execute(text(f"SELECT * FROM {name}")).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def row_count(store: Store, model: type[Base]) -> int:
    with store.sessions() as s:
        return len(s.scalars(select(model)).all())


NEXT_MIGRATION = '''
"""Test-only: the next revision, so a database at the real head is older than head."""
import sqlalchemy as sa
from alembic import op

revision = "%(revision)s"
down_revision = "%(down)s"
branch_labels = None
depends_on = None


def upgrade() -> None:
%(body)s
'''
ADD_COLUMN = """\
    with op.batch_alter_table("shops") as batch_op:
        batch_op.add_column(sa.Column("test_only_motto", sa.String(40), nullable=True))
"""


def next_revision(head: str) -> str:
    """The revision id after ``head`` in the project's numbering (0001, 0002, ...)."""
    if not head.isdigit():
        raise AssertionError(f"migration ids are numbered; found head {head!r}")
    return f"{int(head) + 1:0{len(head)}d}"


def with_test_revision(mp: pytest.MonkeyPatch, tmp_path: Path, body: str = ADD_COLUMN) -> str:
    """Use the real migrations plus a test-only next revision (its ``upgrade`` is ``body``)."""
    head = head_revision()
    revision = next_revision(head)
    folder = tmp_path / f"migrations-with-{revision}"
    shutil.copytree(db_store.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    source = NEXT_MIGRATION % {"revision": revision, "down": head, "body": body.rstrip()}
    (folder / "versions" / f"{revision}_test_only.py").write_text(source)
    mp.setattr(db_store, "MIGRATIONS", folder)
    assert head_revision() == revision
    return revision
