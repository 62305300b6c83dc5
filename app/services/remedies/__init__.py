"""Remedy records (what a case ends in) as services: each creates or advances one record
along its flow (:mod:`.flows`), with audit, timeline, the items' after-sale state and the
ticket's due time kept up to date (:mod:`.common`)."""

from app.services.remedies.appeals import file_appeal, open_appeal, record_appeal_outcome
from app.services.remedies.claims import (
    file_carrier_claim,
    record_weight_check,
    settle_carrier_claim,
)
from app.services.remedies.compensations import (
    approve_compensation,
    pay_compensation,
    refuse_compensation,
    register_compensation,
)
from app.services.remedies.exchanges import agree_exchange, complete_exchange, send_exchange
from app.services.remedies.flows import FLOWS, START
from app.services.remedies.follow_ups import (
    close_follow_up,
    open_follow_up,
    reschedule_follow_up,
)
from app.services.remedies.refunds import (
    approve_refund,
    confirm_refund,
    mark_refunded,
    refuse_refund,
    request_refund,
)
from app.services.remedies.reships import agree_reship, ship_reship
from app.services.remedies.returns import (
    REFUSALS,
    approve_return,
    inspect_return,
    record_return_received,
    record_return_shipped,
    refuse_return,
)

__all__ = [
    "FLOWS",
    "REFUSALS",
    "START",
    "agree_exchange",
    "agree_reship",
    "approve_compensation",
    "approve_refund",
    "approve_return",
    "close_follow_up",
    "complete_exchange",
    "confirm_refund",
    "file_appeal",
    "file_carrier_claim",
    "inspect_return",
    "mark_refunded",
    "open_appeal",
    "open_follow_up",
    "pay_compensation",
    "record_appeal_outcome",
    "record_return_received",
    "record_return_shipped",
    "record_weight_check",
    "refuse_compensation",
    "refuse_refund",
    "refuse_return",
    "register_compensation",
    "request_refund",
    "reschedule_follow_up",
    "send_exchange",
    "settle_carrier_claim",
    "ship_reship",
]
