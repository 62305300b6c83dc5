"""Supplier after-sales: the supervisor's directory of suppliers and supplied SKUs; an
after-sale on a supplied item opens a supplier request with the supplier's deadline; the
supplier accepts or refuses; the queue's "waiting on suppliers"; the supervisor sees refusals
and late answers."""

from __future__ import annotations

import pytest

from app import clock
from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import (
    AuditEntry,
    Role,
    SupplierRequest,
    SupplierRequestStatus,
    SupplierSku,
    Ticket,
    TicketEvent,
    TicketKind,
    TicketStatus,
)
from app.queries.queue import QueueFilter, View, count, fetch_page
from app.queries.suppliers import supplier_attention, supplier_directory, ticket_suppliers
from app.services import change_status
from app.services.supplier_requests import (
    finish_supplier_request,
    record_supplier_answer,
    send_to_supplier,
)
from app.services.suppliers import remove_supplier, save_supplier, set_supplied_skus
from tests.app.builders import add_agent
from tests.app.service_support import get, rows, ticket

S = SupplierRequestStatus
FACTORY = {
    "name": "义乌袜业",
    "contact_name": "刘经理",
    "phone": "0579-85551234",
    "im": "wx: yiwu_socks",
    "answer_hours": 24,
}


@pytest.fixture
def boss(store, w):
    return add_agent(store, name="主管", role=Role.SUPERVISOR)


@pytest.fixture
def socks(store, w, boss):
    """The shop's sock supplier, supplying the order's SOCK-3."""
    sid = save_supplier(store.sessions, actor=boss, shop_id=w.shop_id, values=FACTORY).created
    set_supplied_skus(store.sessions, actor=boss, supplier_id=sid, skus=["SOCK-3", "SOCK-5"])
    return sid


def open_requests(store):  # noqa: ANN001, ANN201
    return rows(store, SupplierRequest, SupplierRequest.status.in_((S.SENT, S.ACCEPTED)))


def test_the_directory_is_the_supervisors_and_checks_what_is_typed(store, w, boss, socks):
    [info] = supplier_directory(store.sessions)
    assert (info.name, info.contact_name, info.answer_hours) == ("义乌袜业", "刘经理", 24)
    assert info.skus == ("SOCK-3", "SOCK-5") and info.open_requests == 0
    with pytest.raises(PermissionDenied):
        save_supplier(store.sessions, actor=w.actor, shop_id=w.shop_id, values=FACTORY)
    with pytest.raises(PermissionDenied):
        set_supplied_skus(store.sessions, actor=w.actor, supplier_id=socks, skus=[])
    for bad, field in (
        ({"name": " "}, "name"),
        ({"phone": "", "im": ""}, "phone"),
        ({"phone": "call me"}, "phone"),
        ({"answer_hours": 0}, "answer_hours"),
        ({"name": "义乌袜业", "answer_hours": 24}, "name"),  # a second supplier of that name
    ):
        with pytest.raises(InvalidInput) as err:
            save_supplier(store.sessions, actor=boss, shop_id=w.shop_id, values=FACTORY | bad)
        assert err.value.params["field"] == field
    assert len(supplier_directory(store.sessions)) == 1
    # editing keeps the id; its name may stay
    save_supplier(
        store.sessions, actor=boss, shop_id=w.shop_id, id=socks, values=FACTORY | {"phone": ""}
    )
    assert supplier_directory(store.sessions)[0].phone == ""


def test_skus_move_between_suppliers_and_drop_out(store, w, boss, socks):
    tees = save_supplier(
        store.sessions, actor=boss, shop_id=w.shop_id, values=FACTORY | {"name": "广州服装厂"}
    ).created
    set_supplied_skus(store.sessions, actor=boss, supplier_id=tees, skus=["TS-WHITE-L", "SOCK-5"])
    by_name = {i.name: i.skus for i in supplier_directory(store.sessions)}
    assert by_name == {"义乌袜业": ("SOCK-3",), "广州服装厂": ("SOCK-5", "TS-WHITE-L")}
    set_supplied_skus(store.sessions, actor=boss, supplier_id=tees, skus=["TS-WHITE-L"])
    set_supplied_skus(store.sessions, actor=boss, supplier_id=socks, skus=["SOCK-3", "SOCK-5"])
    by_name = {i.name: i.skus for i in supplier_directory(store.sessions)}
    assert by_name == {"义乌袜业": ("SOCK-3", "SOCK-5"), "广州服装厂": ("TS-WHITE-L",)}
    # one row per SKU and shop, moved or revived rather than duplicated
    assert len(rows(store, SupplierSku)) == 3


def test_an_aftersale_on_a_supplied_item_goes_to_its_supplier(store, w, socks):
    sock_item = w.item_ids[1]
    tid = ticket(store, w, kind=TicketKind.RETURN, item_ids=list(w.item_ids), subject="袜子破洞")
    [req] = open_requests(store)
    assert (req.ticket_id, req.order_item_id, req.status) == (tid, sock_item, S.SENT)
    assert req.reason == "袜子破洞"
    assert req.due_at == clock.now().add(hours=24)  # the supplier's own time to answer
    view = ticket_suppliers(store.sessions, tid)
    assert [(i.sku, i.supplier_name, i.named, i.open_request) for i in view.items] == [
        ("SOCK-3", "义乌袜业", True, True)
    ]
    [row] = view.rows
    assert row.contact == "刘经理 0579-85551234 wx: yiwu_socks"
    events = [e.kind for e in rows(store, TicketEvent, TicketEvent.ticket_id == tid)]
    assert events[:2] == ["created", "supplier_sent"]
    # a pre-sale ticket or the shop's own stock opens nothing
    ticket(store, w, kind=TicketKind.INQUIRY)
    ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[0]])
    assert len(open_requests(store)) == 1


def test_accepted_then_done_and_the_wrong_steps_are_refused(store, w, socks):
    tid = ticket(store, w, kind=TicketKind.QUALITY_CLAIM, item_ids=[w.item_ids[1]])
    [req] = open_requests(store)
    with pytest.raises(InvalidInput, match="sent cannot become done"):
        finish_supplier_request(store.sessions, actor=w.actor, request_id=req.id)
    record_supplier_answer(store.sessions, actor=w.actor, request_id=req.id, accepted=True)
    with pytest.raises(InvalidInput, match="accepted cannot become refused"):
        record_supplier_answer(
            store.sessions, actor=w.actor, request_id=req.id, accepted=False, refusal="不认"
        )
    finish_supplier_request(store.sessions, actor=w.actor, request_id=req.id)
    done = get(store, SupplierRequest, req.id)
    assert done.status == S.DONE and done.done_at == clock.now()
    assert ticket_suppliers(store.sessions, tid).items[0].open_request is False
    actions = [a.action for a in rows(store, AuditEntry, AuditEntry.entity == "supplier_request")]
    assert actions == [
        "supplier_request.send",
        "supplier_request.accepted",
        "supplier_request.done",
    ]
    with pytest.raises(NotFound):
        finish_supplier_request(store.sessions, actor=w.actor, request_id=w.order_id)


def test_a_refusal_needs_its_reason_and_goes_to_the_supervisor(store, w, boss, socks):
    tid = ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[1]])
    [req] = open_requests(store)
    with pytest.raises(InvalidInput, match="supplier's reason"):
        record_supplier_answer(store.sessions, actor=w.actor, request_id=req.id, accepted=False)
    assert get(store, SupplierRequest, req.id).status == S.SENT
    record_supplier_answer(
        store.sessions, actor=w.actor, request_id=req.id, accepted=False, refusal="已超过质保期"
    )
    [seen] = supplier_attention(store.sessions)
    assert (seen.request.id, seen.request.refusal, seen.order_no) == (
        req.id,
        "已超过质保期",
        w.order_no,
    )
    # an agent cannot write the refusal off; a supervisor does, with a note
    with pytest.raises(PermissionDenied):
        finish_supplier_request(store.sessions, actor=w.actor, request_id=req.id, note="算了")
    with pytest.raises(InvalidInput, match="needs a note"):
        finish_supplier_request(store.sessions, actor=boss, request_id=req.id)
    # or sends it again: a new request, with a new deadline
    again = send_to_supplier(
        store.sessions, actor=boss, ticket_id=tid, order_item_id=w.item_ids[1], reason="有质检报告"
    ).created
    assert get(store, SupplierRequest, again).status == S.SENT
    with pytest.raises(InvalidInput, match="already has an open supplier request"):
        send_to_supplier(
            store.sessions, actor=boss, ticket_id=tid, order_item_id=w.item_ids[1], reason="再催"
        )
    finish_supplier_request(store.sessions, actor=boss, request_id=req.id, note="店铺承担")
    assert supplier_attention(store.sessions) == []


def test_only_supplied_items_of_the_tickets_order_are_sent(store, w, socks):
    tid = ticket(store, w, kind=TicketKind.RETURN)  # names no item: nothing opens by itself
    assert open_requests(store) == []
    for item, reason, match in (
        (w.item_ids[0], "换货", "not a supplied item"),
        (w.customer_id, "换货", "not in the ticket's order"),
        (w.item_ids[1], "  ", "asks the supplier for"),
    ):
        with pytest.raises(InvalidInput, match=match):
            send_to_supplier(
                store.sessions, actor=w.actor, ticket_id=tid, order_item_id=item, reason=reason
            )
    inquiry = ticket(store, w, kind=TicketKind.INQUIRY)
    with pytest.raises(InvalidInput, match="pre-sale"):
        send_to_supplier(
            store.sessions, actor=w.actor, ticket_id=inquiry, order_item_id=w.item_ids[1],
            reason="换货",
        )  # fmt: skip
    send_to_supplier(
        store.sessions, actor=w.actor, ticket_id=tid, order_item_id=w.item_ids[1], reason="换货"
    )
    assert len(open_requests(store)) == 1


def test_waiting_on_suppliers_lists_tickets_until_the_supplier_is_done(store, w, boss, socks):
    tid = ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[1]])
    ticket(store, w, kind=TicketKind.RETURN)  # not waiting on anyone
    flt = QueueFilter(view=View.WAITING_ON_SUPPLIERS)
    assert [r.id for r in fetch_page(store.sessions, flt)] == [tid]
    # the buyer's side settled, the supplier still owes its part: still listed
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status=TicketStatus.RESOLVED)
    assert count(store.sessions, flt) == 1
    [req] = open_requests(store)
    record_supplier_answer(store.sessions, actor=w.actor, request_id=req.id, accepted=True)
    assert count(store.sessions, flt) == 1
    finish_supplier_request(store.sessions, actor=w.actor, request_id=req.id)
    assert count(store.sessions, flt) == 0


def test_an_answer_not_given_in_time_shows_to_the_supervisor(store, w, boss, socks, frozen_clock):
    ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[1]])
    assert supplier_attention(store.sessions) == []
    frozen_clock.advance(hours=25)
    [late] = supplier_attention(store.sessions)
    assert late.request.overdue(clock.now()) and late.request.status == S.SENT
    # a late answer is recorded as late
    record_supplier_answer(store.sessions, actor=w.actor, request_id=late.request.id, accepted=True)
    [answered] = rows(store, TicketEvent, TicketEvent.kind == "supplier_answered")
    assert answered.data["late"] is True
    assert supplier_attention(store.sessions) == []


def test_a_supplier_with_open_requests_is_not_removed(store, w, boss, socks):
    ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[1]])
    with pytest.raises(InvalidInput, match="1 open after-sale"):
        remove_supplier(store.sessions, actor=boss, supplier_id=socks)
    [req] = open_requests(store)
    record_supplier_answer(store.sessions, actor=w.actor, request_id=req.id, accepted=True)
    finish_supplier_request(store.sessions, actor=w.actor, request_id=req.id)
    remove_supplier(store.sessions, actor=boss, supplier_id=socks)
    assert supplier_directory(store.sessions) == []
    # its SKUs are the shop's own again: a new after-sale opens nothing
    ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[1]])
    assert open_requests(store) == []


def test_a_refusal_sent_again_leaves_the_supervisors_list(store, w, boss, socks):
    tid = ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[1]])
    [req] = open_requests(store)
    record_supplier_answer(
        store.sessions, actor=w.actor, request_id=req.id, accepted=False, refusal="不认"
    )
    assert [r.request.id for r in supplier_attention(store.sessions)] == [req.id]
    again = send_to_supplier(
        store.sessions, actor=boss, ticket_id=tid, order_item_id=w.item_ids[1], reason="再申请"
    ).created
    assert supplier_attention(store.sessions) == []
    # the second one refused too: only it is listed, the first stays settled
    record_supplier_answer(
        store.sessions, actor=w.actor, request_id=again, accepted=False, refusal="还是不认"
    )
    assert [r.request.id for r in supplier_attention(store.sessions)] == [again]


def test_the_ticket_comes_due_when_the_suppliers_answer_is_due(store, w, boss):
    quick = save_supplier(store.sessions, actor=boss, shop_id=w.shop_id,
                          values=FACTORY | {"answer_hours": 1}).created  # fmt: skip
    set_supplied_skus(store.sessions, actor=boss, supplier_id=quick, skus=["SOCK-3"])
    tid = ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[1]])
    made = get(store, Ticket, tid)
    assert (made.due_at, made.due_rule) == (clock.now().add(hours=1), "supplier_answer")
    [req] = open_requests(store)
    record_supplier_answer(store.sessions, actor=w.actor, request_id=req.id, accepted=True)
    answered = get(store, Ticket, tid)
    assert answered.due_rule == "next_touch:new"  # answered: the ticket's own next look
    # a slow supplier (24 h) does not pull the ticket's first answer (12 h) later or earlier
    other = ticket(store, w, kind=TicketKind.RETURN, item_ids=[w.item_ids[0]])
    assert get(store, Ticket, other).due_rule != "supplier_answer"
