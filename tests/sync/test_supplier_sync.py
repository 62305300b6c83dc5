"""Supplier after-sales travel between desks: the supervisor's supplier directory reaches the
agents; a request opened offline by a new ticket, and the supplier's answer recorded on
another desk, end the same everywhere."""

from __future__ import annotations

from app.models import SupplierRequest, SupplierRequestStatus, TicketKind
from app.queries.suppliers import supplier_attention, supplier_directory
from app.services.supplier_requests import record_supplier_answer
from app.services.suppliers import save_supplier, set_supplied_skus
from app.services.tickets import create_ticket
from tests.sync.harness import differences, state_of

VALUES = {"name": "义乌袜业", "contact_name": "刘经理", "phone": "0579-85551234"}


def test_a_supplier_request_opened_offline_and_answered_elsewhere_converges(team, desks, make_desk):
    store, w = team
    boss = make_desk("boss")
    a, b = desks["小王"], desks["bob"]
    sid = save_supplier(boss.store.sessions, actor=boss.actor, shop_id=w.shop_id,
                        values=VALUES).created  # fmt: skip
    set_supplied_skus(boss.store.sessions, actor=boss.actor, supplier_id=sid, skus=["SOCK-3"])
    assert boss.sync().applied == 2
    a.sync()
    assert [i.skus for i in supplier_directory(a.store.sessions)] == [("SOCK-3",)]
    # 小王, offline: a return on the socks opens the supplier request by itself
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.RETURN,
                        order_no=w.order_no, item_ids=[w.item_ids[1]]).created  # fmt: skip
    with a.store.sessions() as s:
        [req] = s.query(SupplierRequest).filter_by(ticket_id=tid).all()
    assert a.sync().applied == 1
    b.sync()
    record_supplier_answer(b.store.sessions, actor=b.actor, request_id=req.id, accepted=False,
                           refusal="袜子已洗过")  # fmt: skip
    b.sync()
    for ws in (a, boss):
        ws.sync()
    with store.sessions() as s:
        on_server = s.get(SupplierRequest, req.id)
        assert (on_server.status, on_server.refusal) == (
            SupplierRequestStatus.REFUSED,
            "袜子已洗过",
        )
    [seen] = supplier_attention(boss.store.sessions)
    assert seen.request.id == req.id
    want = state_of(store)
    for ws in (a, b, boss):
        assert differences(want, state_of(ws.store)) == [], ws.name
