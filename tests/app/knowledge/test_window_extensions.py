"""Return-window extensions: the buyer's request with evidence, the decision, and the new
deadline that the ticket's no-reason return window then shows; bad requests are refused."""

from __future__ import annotations

import pendulum
import pytest

from app.errors import InvalidInput
from app.models import ExtensionStatus, Order, TicketKind, WindowExtension
from app.queries.tickets import load_ticket
from app.services.window_extensions import decide_extension, request_extension
from tests.app.service_support import get, ticket

SHANGHAI = "Asia/Shanghai"
SIGNED = pendulum.datetime(2026, 2, 27, 15, 20, tz=SHANGHAI)
TABLE_END = pendulum.datetime(2026, 3, 7, 0, 0, tz=SHANGHAI)  # 7 x 24 h from the next day


@pytest.fixture
def case(store, w, frozen_clock):
    with store.sessions.begin() as s:
        order = s.get(Order, w.order_id)
        order.shipped_at, order.signed_at = SIGNED.subtract(days=2), SIGNED
    return ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[0]])


def _window(store, tid):  # noqa: ANN001, ANN202
    return {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}["no_reason_return"]


def test_a_granted_extension_moves_the_window_for_the_rules_engine(store, w, case):
    assert _window(store, case).ends_at == TABLE_END
    until = pendulum.datetime(2026, 3, 14, 0, 0, tz=SHANGHAI)
    ext = request_extension(
        store.sessions,
        actor=w.actor,
        ticket_id=case,
        order_item_id=w.item_ids[0],
        requested_until=until,
        reason="出差在外，下周才能寄回",
        evidence="买家发来的出差行程单截图",
    ).created
    assert _window(store, case).ends_at == TABLE_END  # asking is not getting
    decide_extension(store.sessions, actor=w.actor, extension_id=ext, grant=True)
    row = get(store, WindowExtension, ext)
    assert row.status == ExtensionStatus.GRANTED and row.new_deadline == until
    assert row.decided_by == w.actor.agent_id
    window = _window(store, case)
    assert window.ends_at == until and window.source == "extension"
    assert window.local_ends_at == TABLE_END
    assert "延长至 03-14 00:00" in window.explanation_zh
    with pytest.raises(InvalidInput, match="already decided"):
        decide_extension(store.sessions, actor=w.actor, extension_id=ext, grant=False, note="x")


def test_a_refusal_needs_a_reason_and_leaves_the_window(store, w, case):
    ext = request_extension(
        store.sessions,
        actor=w.actor,
        ticket_id=case,
        order_item_id=w.item_ids[0],
        requested_until=TABLE_END.add(days=3),
        evidence="买家说忘记了",
    ).created
    with pytest.raises(InvalidInput, match="refusal needs a reason"):
        decide_extension(store.sessions, actor=w.actor, extension_id=ext, grant=False)
    decide_extension(
        store.sessions, actor=w.actor, extension_id=ext, grant=False, note="已超出可延长范围"
    )
    assert get(store, WindowExtension, ext).status == ExtensionStatus.REFUSED
    assert _window(store, case).ends_at == TABLE_END


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"evidence": "  "}, "no evidence"),
        ({"requested_until": TABLE_END.subtract(hours=1)}, "not after the window's end"),
        ({"rule_id": "ship_by"}, "no ship_by window"),
        ({"order_item_id": None}, "not in the ticket's order"),
    ],
)
def test_bad_requests_are_refused_and_nothing_is_written(store, w, case, change, message):
    args = {
        "ticket_id": case,
        "order_item_id": w.item_ids[0],
        "requested_until": TABLE_END.add(days=3),
        "evidence": "照片",
    } | change
    if "order_item_id" in change:
        args["order_item_id"] = w.order_id  # an id that is no item of the order
    with pytest.raises(InvalidInput, match=message):
        request_extension(store.sessions, actor=w.actor, **args)
    with store.sessions() as s:
        assert s.query(WindowExtension).count() == 0


def test_one_waiting_request_per_item(store, w, case):
    args = {
        "ticket_id": case,
        "order_item_id": w.item_ids[0],
        "requested_until": TABLE_END.add(days=3),
        "evidence": "照片",
    }
    request_extension(store.sessions, actor=w.actor, **args)
    with pytest.raises(InvalidInput, match="already has a request waiting"):
        request_extension(store.sessions, actor=w.actor, **args)
