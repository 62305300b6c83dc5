"""Hand-picked cases every demo of more than a few dozen tickets ends with, so that whatever
the seed the demo agent's queue shows each kind, ticket status and order status, due times
overdue, within the hour, later today and tomorrow, and the chat lines the search demo looks
for ("衣服洗了有点掉色")."""

from __future__ import annotations

from dataclasses import dataclass

from app.demo.stamps import DAY, HOUR, MINUTE
from app.models import TicketKind as K
from app.models import TicketStatus as S


@dataclass(frozen=True)
class Showcase:
    shop: str
    kind: K
    stage: str
    status: S
    age: int  # how long before the anchor the ticket opened, ms
    outcome: str = ""
    touch: int | None = None  # how long before the anchor the last message was, ms
    says: str | None = None  # the buyer's first message
    item: tuple[str, str] | None = None  # (product code, variant code) of the one item


# Due times follow from the SLA targets (resources/sla.toml): e.g. the exchange was last
# answered 3 h 40 min ago and "open" means look again within 4 h, so it is due within the hour.
SHOWCASE = (
    Showcase(
        "clothes",
        K.RETURN,
        "signed",
        S.NEW,
        50 * MINUTE,
        says="衣服洗了有点掉色，我要退货",
        item=("WY01", "NAVY-120cm"),
    ),
    Showcase("clothes", K.URGE_SHIPMENT, "awaiting", S.NEW, 3 * HOUR),
    Showcase(
        "clothes",
        K.WRONG_ITEM,
        "signed",
        S.WAITING_CUSTOMER,
        9 * HOUR,
        touch=8 * HOUR,
        says="收到的颜色不对，我买的是{color}",
        item=("WY01", "NAVY-130cm"),
    ),
    Showcase("tea", K.PAYMENT_REMINDER, "placed", S.OPEN, 2 * HOUR, touch=90 * MINUTE),
    Showcase("clothes", K.CANCEL, "awaiting", S.OPEN, 40 * MINUTE, touch=20 * MINUTE),
    Showcase(
        "tea",
        K.LOGISTICS_EXCEPTION,
        "shipped",
        S.WAITING_WAREHOUSE,
        20 * HOUR,
        touch=9 * HOUR,
        says="物流三天没更新了",
    ),
    Showcase("furniture", K.QUALITY_CLAIM, "confirmed", S.ESCALATED, 26 * HOUR, touch=3 * HOUR),
    Showcase("furniture", K.DISPUTE, "completed", S.WAITING_PLATFORM, 3 * DAY, touch=5 * HOUR),
    Showcase("clothes", K.MISSING_ITEM, "signed", S.WAITING_WAREHOUSE, 5 * HOUR, touch=HOUR),
    Showcase("tea", K.INQUIRY, "none", S.NEW, 6 * MINUTE),
    Showcase("clothes", K.EXCHANGE, "signed", S.OPEN, 7 * HOUR, touch=220 * MINUTE),
    Showcase("furniture", K.COMPENSATION, "signed", S.WAITING_CUSTOMER, 30 * HOUR, touch=2 * HOUR),
    Showcase("tea", K.LOST_PARCEL, "shipped", S.OPEN, 11 * HOUR, touch=5 * HOUR),
    Showcase("clothes", K.REFUND_ONLY, "stocking", S.RESOLVED, 8 * HOUR, "refunded"),
    Showcase("clothes", K.CANCEL, "cod_stocking", S.RESOLVED, 6 * HOUR, "cancelled"),
    Showcase("tea", K.BAD_REVIEW, "completed", S.CLOSED, 5 * DAY, "revised"),
    Showcase("furniture", K.RETURN, "signed", S.CLOSED, 12 * DAY, "refunded"),
    Showcase("clothes", K.RETURN, "signed", S.RESOLVED, 30 * HOUR, "withdrawn"),
    Showcase(
        "clothes",
        K.URGE_SHIPMENT,
        "stocking",
        S.OPEN,
        70 * HOUR,
        touch=30 * MINUTE,
        says="怎么还没发货啊，都三天了",
    ),
)
