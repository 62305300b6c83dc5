"""The supervisor's review queues (DOMAIN.md item 33): tagged buyers (risk tags first), flagged
orders, exception orders (shipping late, a logistics case open), orders left unpaid and
disputes. Supervisors only.

An item is open until a supervisor reviews it, and opens again when it changes afterwards:
its ``since`` (the newest tag on the buyer, the order's last change, the case's newest
platform step) is compared with the newest review of it in that queue. Each queue looks back
``review.lookback_days`` (resources/supervision.toml), except disputes (every active one),
and lists at most ``list_limit`` items, with the count of all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import (
    Select,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from app import clock
from app.models import (
    ACTIVE_STATUSES,
    Agent,
    Appeal,
    Customer,
    CustomerTag,
    Order,
    OrderStatus,
    Review,
    ReviewDecision,
    ReviewQueue,
    Shop,
    Tag,
    TagKind,
    Ticket,
    TicketKind,
    UTCDateTime,
)
from app.queries.reading import reading
from app.services.approvals import require_supervisor
from app.services.unit import Actor
from app.supervision_settings import settings

OPEN_APPEALS = ("negotiating", "filed")
UNSHIPPED = (OrderStatus.STOCKING, OrderStatus.AWAITING_CONFIRMATION)
# Literal, so SQLite can use the partial indexes ix_orders_flagged, _unpaid and _unshipped.
FLAGGED = literal_column("orders.flag") != literal_column("'none'")
UNPAID = literal_column("orders.status") == literal_column("'placed'")
NOT_SHIPPED = text("orders.shipped_at IS NULL AND orders.ship_by IS NOT NULL")


@dataclass(frozen=True)
class QueueItem:
    queue: ReviewQueue
    subject_id: uuid.UUID
    customer_id: uuid.UUID | None
    order_id: uuid.UUID | None
    ticket_id: uuid.UUID | None
    title: str  # the buyer's nickname
    order_no: str
    shop: str
    detail: str  # the tags, the flag's remark, why the order is an exception, the case
    flag: str  # the order's flag colour ("none" when not flagged)
    risk: bool  # a risk tag on the buyer
    amount_fen: int | None
    since: DateTime  # when it entered the queue, or last changed
    reviewed_at: DateTime | None  # the newest review, if it is older than ``since``


@dataclass(frozen=True)
class ReviewRow:
    id: uuid.UUID
    queue: ReviewQueue
    subject_id: uuid.UUID
    title: str
    order_no: str
    decision: ReviewDecision
    note: str
    reviewer: str
    reviewed_at: DateTime


@dataclass(frozen=True)
class QueuePage:
    items: list[QueueItem]
    total: int  # open items in the queue (more than ``items`` when the list is capped)


def _reviewed(queue: ReviewQueue, subject, since):  # noqa: ANN001, ANN202
    """The newest review of the subject in the queue, and whether it covers ``since``."""
    newest = (
        select(func.max(Review.reviewed_at))
        .where(Review.subject_id == subject, Review.queue == queue, Review.deleted_at.is_(None))
        .scalar_subquery()
    )
    covered = exists().where(
        Review.subject_id == subject,
        Review.queue == queue,
        Review.reviewed_at >= since,
        Review.deleted_at.is_(None),
    )
    return newest, covered


def _tagged(start: DateTime) -> Select:
    recent = (
        select(CustomerTag.customer_id)
        .where(CustomerTag.tagged_at >= start, CustomerTag.deleted_at.is_(None))
        .with_hint(CustomerTag, "INDEXED BY ix_customer_tags_at", "sqlite")
    )
    since = func.max(CustomerTag.tagged_at)
    risk = func.max(case((Tag.kind == TagKind.RISK, 1), else_=0))
    names = func.aggregate_strings(Tag.name, " · ")
    inner = (
        select(
            Customer.id.label("subject"),
            Customer.id.label("customer_id"),
            literal(None, Order.id.type).label("order_id"),
            literal(None, Ticket.id.type).label("ticket_id"),
            Customer.nickname.label("title"),
            literal("").label("order_no"),
            Shop.name.label("shop"),
            names.label("detail"),
            literal("none").label("flag"),
            risk.label("risk"),
            literal(None).label("amount"),
            since.label("since"),
        )
        .join(CustomerTag, CustomerTag.customer_id == Customer.id)
        .join(Tag, Tag.id == CustomerTag.tag_id)
        .join(Shop, Shop.id == Customer.shop_id)
        .where(
            Customer.id.in_(recent),
            CustomerTag.deleted_at.is_(None),
            Tag.deleted_at.is_(None),
        )
        .group_by(Customer.id, Customer.nickname, Shop.name)
    )
    return inner


# What the buyer paid, or would pay for an unpaid order.
_AMOUNT = case(
    (Order.paid_fen > 0, Order.paid_fen),
    else_=Order.goods_fen - Order.discount_fen + Order.shipping_fen,
)


def _order_columns(detail, since, risk=literal(0)):  # noqa: ANN001, ANN202, B008
    return (
        Order.id.label("subject"),
        Order.customer_id.label("customer_id"),
        Order.id.label("order_id"),
        literal(None, Ticket.id.type).label("ticket_id"),
        Customer.nickname.label("title"),
        Order.order_no.label("order_no"),
        Shop.name.label("shop"),
        detail.label("detail"),
        Order.flag.label("flag"),
        risk.label("risk"),
        _AMOUNT.label("amount"),
        since.label("since"),
    )


def _orders(stmt: Select) -> Select:
    return stmt.join(Customer, Customer.id == Order.customer_id).join(
        Shop, Shop.id == Order.shop_id
    )


def _flagged(start: DateTime) -> Select:
    stmt = select(*_order_columns(Order.flag_remark, Order.updated_at)).where(
        FLAGGED, Order.updated_at >= start
    )
    return _orders(stmt).with_hint(Order, "INDEXED BY ix_orders_flagged", "sqlite")


def _exceptions(start: DateTime, now: DateTime) -> Select:
    kinds = settings().exception_kinds
    late = select(
        *_order_columns(literal("late_shipment"), func.coalesce(Order.ship_by, Order.paid_at))
    ).where(
        NOT_SHIPPED,
        Order.paid_at >= start,
        Order.ship_by < now,
        Order.status.in_(UNSHIPPED),
    )
    cases = (
        select(*_order_columns(Ticket.kind, Ticket.created_at))
        .select_from(Ticket)
        .join(Order, Order.id == Ticket.order_id)
        .where(
            Ticket.created_at >= start,
            Ticket.kind.in_(kinds),
            Ticket.status.in_(ACTIVE_STATUSES),
            Ticket.deleted_at.is_(None),
        )
    )
    late = _orders(late).with_hint(Order, "INDEXED BY ix_orders_unshipped", "sqlite")
    return union_all(late, _orders(cases))


def _unpaid(start: DateTime, now: DateTime) -> Select:
    after = now.subtract(hours=settings().unpaid_after_hours)
    stmt = select(*_order_columns(literal("unpaid"), Order.placed_at)).where(
        UNPAID, Order.placed_at >= start, Order.placed_at < after
    )
    return _orders(stmt).with_hint(Order, "INDEXED BY ix_orders_unpaid", "sqlite")


def _disputes() -> Select:
    moved = (
        select(func.max(Appeal.updated_at))
        .where(Appeal.ticket_id == Ticket.id, Appeal.deleted_at.is_(None))
        .scalar_subquery()
    )
    since = case((moved > Ticket.created_at, moved), else_=Ticket.created_at)
    appealed = exists().where(
        Appeal.ticket_id == Ticket.id,
        Appeal.status.in_(OPEN_APPEALS),
        Appeal.deleted_at.is_(None),
    )
    stmt = (
        select(
            Ticket.id.label("subject"),
            Ticket.customer_id.label("customer_id"),
            Ticket.order_id.label("order_id"),
            Ticket.id.label("ticket_id"),
            Customer.nickname.label("title"),
            func.coalesce(Order.order_no, "").label("order_no"),
            Shop.name.label("shop"),
            Ticket.subject.label("detail"),
            func.coalesce(Order.flag, "none").label("flag"),
            literal(0).label("risk"),
            Order.paid_fen.label("amount"),
            since.label("since"),
        )
        .join(Customer, Customer.id == Ticket.customer_id)
        .join(Shop, Shop.id == Ticket.shop_id)
        .outerjoin(Order, Order.id == Ticket.order_id)
        .where(
            Ticket.active.is_(True),
            Ticket.deleted_at.is_(None),
            or_(Ticket.kind == TicketKind.DISPUTE, appealed),
        )
    )
    return stmt


def _source(queue: ReviewQueue, start: DateTime, now: DateTime) -> Select:
    match queue:
        case ReviewQueue.TAGGED_CUSTOMER:
            return _tagged(start)
        case ReviewQueue.FLAGGED_ORDER:
            return _flagged(start)
        case ReviewQueue.EXCEPTION_ORDER:
            return _exceptions(start, now)
        case ReviewQueue.UNPAID_ORDER:
            return _unpaid(start, now)
        case ReviewQueue.DISPUTE:
            return _disputes()
    raise ValueError(queue)


def _open(queue: ReviewQueue, start: DateTime, now: DateTime):  # noqa: ANN202
    src = _source(queue, start, now).subquery("src")
    c = src.c
    newest, covered = _reviewed(queue, c.subject, c.since)
    if queue != ReviewQueue.EXCEPTION_ORDER:  # one row per subject already
        columns = (c.subject, c.customer_id, c.order_id, c.ticket_id, c.title, c.order_no,
                   c.shop, c.detail, c.flag, c.risk, c.amount, c.since, newest)  # fmt: skip
        return select(*columns).where(~covered).subquery("open")
    # An order late *and* with a logistics case open is one item with both reasons.
    stmt = (
        select(
            c.subject,
            func.max(c.customer_id),
            func.max(c.order_id),
            func.max(c.ticket_id),
            func.max(c.title),
            func.max(c.order_no),
            func.max(c.shop),
            func.aggregate_strings(c.detail, " · "),
            func.max(c.flag),
            func.max(c.risk),
            func.max(c.amount),
            func.max(c.since).label("since"),
            func.max(newest),
        )
        .where(~covered)
        .group_by(c.subject)
    )
    return stmt.subquery("open")


def open_items(
    sessions: sessionmaker[Session],
    *,
    actor: Actor,
    queue: ReviewQueue,
    limit: int | None = None,
) -> QueuePage:
    """The queue's open items: risk first, then the most recent change first."""
    require_supervisor(actor, "the review queues")
    now = clock.now()
    start = now.subtract(days=settings().lookback_days)
    limit = limit or settings().list_limit
    rows_q = _open(queue, start, now)
    c = rows_q.c
    total = func.count().over()  # every open item, counted in the same pass
    stmt = select(rows_q, total).order_by(c[9].desc(), c.since.desc(), c.subject).limit(limit)
    with reading(sessions) as conn:
        rows = conn.execute(stmt).all()
    return QueuePage([_item(queue, r) for r in rows], rows[0][-1] if rows else 0)


def counts(sessions: sessionmaker[Session], *, actor: Actor) -> dict[ReviewQueue, int]:
    """How many items are open in each queue."""
    require_supervisor(actor, "the review queues")
    now = clock.now()
    start = now.subtract(days=settings().lookback_days)
    with reading(sessions) as conn:
        return {
            q: conn.execute(select(func.count()).select_from(_open(q, start, now))).scalar_one()
            for q in ReviewQueue
        }


_TIME = UTCDateTime()


def _time(value: object) -> DateTime | None:
    return _TIME.process_result_value(value, None) if value is not None else None


def _uuid(value: object) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


def _item(queue: ReviewQueue, r) -> QueueItem:  # noqa: ANN001
    return QueueItem(
        queue=queue,
        subject_id=_uuid(r[0]),
        customer_id=_uuid(r[1]),
        order_id=_uuid(r[2]),
        ticket_id=_uuid(r[3]),
        title=r[4] or "",
        order_no=r[5] or "",
        shop=r[6] or "",
        detail=r[7] or "",
        flag=r[8] or "none",
        risk=bool(r[9]),
        amount_fen=r[10],
        since=_time(r[11]),
        reviewed_at=_time(r[12]),
    )


_BY = aliased(Agent)


def recent_reviews(
    sessions: sessionmaker[Session],
    *,
    actor: Actor,
    queue: ReviewQueue | None = None,
    subject_id: uuid.UUID | None = None,
    limit: int = 200,
) -> list[ReviewRow]:
    """Reviews already made, newest first (of one queue, or of one subject)."""
    require_supervisor(actor, "the review queues")
    stmt = (
        select(
            Review.id,
            Review.queue,
            Review.subject_id,
            func.coalesce(Customer.nickname, ""),
            func.coalesce(Order.order_no, ""),
            Review.decision,
            Review.note,
            _BY.display_name,
            Review.reviewed_at,
        )
        .outerjoin(Customer, Customer.id == Review.customer_id)
        .outerjoin(Order, Order.id == Review.order_id)
        .join(_BY, _BY.id == Review.reviewed_by)
        .where(Review.deleted_at.is_(None))
        .order_by(Review.reviewed_at.desc(), Review.id.desc())
        .limit(limit)
    )
    if queue is not None:
        stmt = stmt.where(Review.queue == queue)
    if subject_id is not None:
        stmt = stmt.where(Review.subject_id == subject_id)
    with reading(sessions) as conn:
        return [ReviewRow(*r) for r in conn.execute(stmt)]
