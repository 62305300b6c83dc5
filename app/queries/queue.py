"""The ticket queue: saved views, filters and keyset-paged rows ordered by due time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum

from pendulum import DateTime
from sqlalchemy import Select, exists, false, func, select, tuple_
from sqlalchemy.orm import Session, aliased, sessionmaker

from app import clock
from app.models import (
    Agent,
    Customer,
    CustomerTag,
    FlagColor,
    Order,
    Platform,
    Priority,
    Shop,
    Tag,
    Ticket,
    TicketKind,
    TicketStatus,
)
from app.queries.search import matching_ticket_ids
from app.services.due import sla


class View(StrEnum):
    MINE = "mine"
    UNASSIGNED = "unassigned"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    WAITING_ON_ME = "waiting_on_me"
    ALL = "all"


ON_ME = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.ESCALATED)


@dataclass(frozen=True)
class QueueFilter:
    view: View = View.MINE
    me: uuid.UUID | None = None
    kinds: frozenset[TicketKind] = frozenset()
    statuses: frozenset[TicketStatus] = frozenset()
    platforms: frozenset[Platform] = frozenset()
    assignee_id: uuid.UUID | None = None
    tag_id: uuid.UUID | None = None
    flag: FlagColor | None = None
    text: str = ""
    descending: bool = False

    def with_(self, **changes: object) -> QueueFilter:
        return replace(self, **changes)


@dataclass(frozen=True)
class TagChip:
    name: str
    color: str
    kind: str


@dataclass(frozen=True)
class QueueRow:
    id: uuid.UUID
    kind: TicketKind
    status: TicketStatus
    priority: Priority
    subject: str
    due_at: DateTime
    due_rule: str
    customer_id: uuid.UUID
    nickname: str
    order_no: str
    flag: FlagColor
    platform: Platform
    shop_name: str
    assignee: str
    last_message_at: DateTime | None
    version: int
    tags: tuple[TagChip, ...] = field(default=())

    @property
    def cursor(self) -> tuple[DateTime, uuid.UUID]:
        return (self.due_at, self.id)


Cursor = tuple[DateTime, uuid.UUID]


def _base(flt: QueueFilter, now: DateTime) -> Select:
    assignee = aliased(Agent)
    stmt = (
        select(
            Ticket.id,
            Ticket.kind,
            Ticket.status,
            Ticket.priority,
            Ticket.subject,
            Ticket.due_at,
            Ticket.due_rule,
            Ticket.customer_id,
            Customer.nickname,
            Order.order_no,
            Order.flag,
            Shop.platform,
            Shop.name,
            assignee.display_name,
            Ticket.last_message_at,
            Ticket.version,
        )
        .join(Customer, Customer.id == Ticket.customer_id)
        .join(Shop, Shop.id == Ticket.shop_id)
        .outerjoin(Order, Order.id == Ticket.order_id)
        .outerjoin(assignee, assignee.id == Ticket.assignee_id)
    )
    return stmt.where(*_conditions(flt, now))


def _conditions(flt: QueueFilter, now: DateTime) -> list:
    conds: list = [Ticket.deleted_at.is_(None)]  # shared by the rows and their count
    view = flt.view
    if view != View.ALL and not flt.statuses:
        conds.append(Ticket.active.is_(True))  # explicit statuses may ask for closed ones
    if view in (View.MINE, View.WAITING_ON_ME):
        # With nobody logged in, "mine" is empty (``== None`` would mean unassigned).
        conds.append(Ticket.assignee_id == flt.me if flt.me is not None else false())
    if view == View.WAITING_ON_ME:
        conds.append(Ticket.status.in_(ON_ME))
    if view == View.UNASSIGNED:
        conds.append(Ticket.assignee_id.is_(None))
    if view == View.DUE_SOON:
        conds.append(Ticket.due_at.between(now, now.add(minutes=sla().due_soon)))
    if view == View.OVERDUE:
        conds.append(Ticket.due_at < now)
    if flt.kinds:
        conds.append(Ticket.kind.in_(sorted(flt.kinds)))
    if flt.statuses:
        conds.append(Ticket.status.in_(sorted(flt.statuses)))
    if flt.platforms:
        shops = select(Shop.id).where(Shop.platform.in_(sorted(flt.platforms)))
        conds.append(Ticket.shop_id.in_(shops.scalar_subquery()))
    if flt.assignee_id is not None:
        conds.append(Ticket.assignee_id == flt.assignee_id)
    if flt.tag_id is not None:
        conds.append(
            exists().where(
                CustomerTag.customer_id == Ticket.customer_id,
                CustomerTag.tag_id == flt.tag_id,
                CustomerTag.deleted_at.is_(None),
            )
        )
    if flt.flag is not None:
        conds.append(Order.flag == flt.flag)
    return conds


def _page(stmt: Select, after: Cursor | None, limit: int, descending: bool) -> Select:
    key = tuple_(Ticket.due_at, Ticket.id)
    if after is not None:
        # Compared with a plain tuple, the values take the columns' types (UTC text, uuid hex).
        stmt = stmt.where(key < tuple(after) if descending else key > tuple(after))
    order = (Ticket.due_at.desc(), Ticket.id.desc()) if descending else (Ticket.due_at, Ticket.id)
    return stmt.order_by(*order).limit(limit)


def fetch_page(
    sessions: sessionmaker[Session],
    flt: QueueFilter,
    *,
    after: Cursor | None = None,
    limit: int = 100,
    now: DateTime | None = None,
) -> list[QueueRow]:
    """One page of the queue after ``after`` (exclusive), in due-time order."""
    now = now or clock.now()
    with sessions() as s:
        stmt = _base(flt, now)
        if flt.text.strip():
            ids = matching_ticket_ids(s, flt.text)
            if not ids:
                return []
            stmt = stmt.where(Ticket.id.in_(ids))
        rows = s.execute(_page(stmt, after, limit, flt.descending)).all()
        chips = _tags_for(s, {r.customer_id for r in rows})
    return [_row(r, chips) for r in rows]


def _row(r, chips: dict[uuid.UUID, tuple[TagChip, ...]]) -> QueueRow:  # noqa: ANN001
    return QueueRow(
        id=r[0],
        kind=r[1],
        status=r[2],
        priority=r[3],
        subject=r[4],
        due_at=r[5],
        due_rule=r[6],
        customer_id=r[7],
        nickname=r[8],
        order_no=r[9] or "",
        flag=r[10] or FlagColor.NONE,
        platform=r[11],
        shop_name=r[12],
        assignee=r[13] or "",
        last_message_at=r[14],
        version=r[15],
        tags=chips.get(r[7], ()),
    )


def count(
    sessions: sessionmaker[Session],
    flt: QueueFilter,
    *,
    now: DateTime | None = None,
    cap: int = 10_000,
) -> int:
    """How many tickets the filter selects, counted up to ``cap``."""
    now = now or clock.now()
    with sessions() as s:
        stmt = select(Ticket.id).join(Customer, Customer.id == Ticket.customer_id)
        stmt = stmt.outerjoin(Order, Order.id == Ticket.order_id).where(*_conditions(flt, now))
        if flt.text.strip():
            stmt = stmt.where(Ticket.id.in_(matching_ticket_ids(s, flt.text)))
        return s.scalar(select(func.count()).select_from(stmt.limit(cap).subquery())) or 0


def _tags_for(s: Session, customer_ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[TagChip, ...]]:
    if not customer_ids:
        return {}
    stmt = (
        select(CustomerTag.customer_id, Tag.name, Tag.color, Tag.kind)
        .join(Tag, Tag.id == CustomerTag.tag_id)
        .where(CustomerTag.customer_id.in_(customer_ids), CustomerTag.deleted_at.is_(None))
        .order_by(Tag.kind, Tag.name)
    )
    out: dict[uuid.UUID, list[TagChip]] = {}
    for cid, name, color, kind in s.execute(stmt):
        out.setdefault(cid, []).append(TagChip(name, color, kind.value))
    return {k: tuple(v) for k, v in out.items()}


def view_counts(
    sessions: sessionmaker[Session], me: uuid.UUID | None, *, now: DateTime | None = None
) -> dict[View, int]:
    """Counts for the saved views' badges (capped, cheap)."""
    base = QueueFilter(me=me)
    return {v: count(sessions, base.with_(view=v), now=now, cap=999) for v in View}
