"""The status flow of each remedy record: which status may follow which.

Written out once, so services, the workflow scripts and the tests agree. A record is created
in one of ``START[entity]``; every later move must be listed in ``FLOWS[entity]``.
"""

from __future__ import annotations

from app.errors import RemedyTransition

FLOWS: dict[str, dict[str, frozenset[str]]] = {
    # requested -> approved -> refunded -> finance_confirmed (or refused before the money moves)
    "refund": {
        "requested": frozenset({"approved", "refused"}),
        "approved": frozenset({"refunded", "refused"}),
        "refunded": frozenset({"finance_confirmed"}),
        "refused": frozenset(),
        "finance_confirmed": frozenset(),
    },
    # approved -> shipped_back -> received -> inspected (refused: at once, or on inspection)
    "return_shipment": {
        "approved": frozenset({"shipped_back", "cancelled"}),
        "shipped_back": frozenset({"received"}),
        "received": frozenset({"inspected", "refused"}),
        "inspected": frozenset(),
        "refused": frozenset(),
        "cancelled": frozenset(),
    },
    "exchange": {
        "agreed": frozenset({"sent", "cancelled"}),
        "sent": frozenset({"done"}),
        "done": frozenset(),
        "cancelled": frozenset(),
    },
    "reship": {
        "agreed": frozenset({"shipped", "cancelled"}),
        "shipped": frozenset(),
        "cancelled": frozenset(),
    },
    # registered (waiting for a supervisor when above the agent's limit) -> approved -> paid
    "compensation": {
        "registered": frozenset({"approved", "refused"}),
        "approved": frozenset({"paid"}),
        "paid": frozenset(),
        "refused": frozenset(),
    },
    "follow_up": {"open": frozenset({"done"}), "done": frozenset()},
    "carrier_claim": {
        "filed": frozenset({"paid", "rejected"}),
        "paid": frozenset(),
        "rejected": frozenset(),
    },
    "weight_check": {"recorded": frozenset()},
    # platform intervention: negotiate first, then the appeal, then the platform's ruling
    "appeal": {
        "negotiating": frozenset({"filed", "withdrawn"}),
        "filed": frozenset({"won", "lost", "withdrawn"}),
        "won": frozenset(),
        "lost": frozenset(),
        "withdrawn": frozenset(),
    },
}

START: dict[str, frozenset[str]] = {
    "refund": frozenset({"requested"}),
    "return_shipment": frozenset({"approved", "refused"}),
    "exchange": frozenset({"agreed"}),
    "reship": frozenset({"agreed"}),
    "compensation": frozenset({"registered"}),
    "follow_up": frozenset({"open"}),
    "carrier_claim": frozenset({"filed"}),
    "weight_check": frozenset({"recorded"}),
    "appeal": frozenset({"negotiating"}),
}


def check_move(entity: str, current: str, target: str) -> None:
    """Raise :class:`RemedyTransition` unless ``entity`` may go from ``current`` to ``target``."""
    allowed = FLOWS[entity].get(current, frozenset())
    if target not in allowed:
        raise RemedyTransition(entity, current, target, sorted(allowed))
