"""The ticket pane's supplier after-sale box: a request opened by an after-sale on a supplied
item shows with its deadline; the agent records the supplier's answer; a refusal needs the
supplier's reason; only a supervisor closes a refusal; a late answer shows overdue; tickets
without supplied items do not show the box; the timeline tells each step."""

from __future__ import annotations

import uuid

import pendulum
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication

from app.drafts import Drafts
from app.errors import InvalidInput
from app.models import Order, Role, SupplierRequestStatus, TicketKind
from app.queries import lookups
from app.queries.suppliers import ticket_suppliers
from app.queries.tickets import EventRow, load_ticket
from app.services import create_ticket
from app.services.supplier_requests import record_supplier_answer
from app.services.suppliers import save_supplier, set_supplied_skus
from tests.app.builders import add_agent, world
from tests.ui.conftest import settle
from tests.ui.presale.support import open_ticket
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.errors import message_for
from ui.ticket.pane import TicketPane
from ui.ticket.timeline import describe

S = SupplierRequestStatus
FACTORY = {"name": "义乌袜业", "contact_name": "刘经理", "phone": "0579-85551234",
           "answer_hours": 24}  # fmt: skip


def tr(text: str) -> str:
    return QCoreApplication.translate("SupplierBox", text)


def supply(store, shop_id: uuid.UUID, skus: list[str]) -> None:  # noqa: ANN001
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    sid = save_supplier(store.sessions, actor=boss, shop_id=shop_id, values=FACTORY).created
    set_supplied_skus(store.sessions, actor=boss, supplier_id=sid, skus=skus)


def after_sale(store, actor, order_no: str, item_id: uuid.UUID) -> uuid.UUID:  # noqa: ANN001
    return create_ticket(store.sessions, actor=actor, kind=TicketKind.RETURN, order_no=order_no,
                         item_ids=[item_id], subject="袜子破洞，要退货").created  # fmt: skip


def lines(box) -> list[str]:  # noqa: ANN001
    return [box.list.item(i).text() for i in range(box.list.count())]


# -- in the main window ----------------------------------------------------------------------


def test_the_agent_sees_the_request_and_records_the_acceptance(qtbot, store, seeded, window):
    first = load_ticket(store.sessions, seeded.tickets[0])
    item = first.order.items[0]
    with store.sessions() as s:
        shop_id = s.get(Order, first.order.id).shop_id
    supply(store, shop_id, [item.sku])
    tid = after_sale(store, seeded.agent, first.order.order_no, item.id)
    open_ticket(qtbot, window, tid)
    box = window.ticket.suppliers
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)
    assert box.isVisible()
    (line,) = lines(box)
    assert "义乌袜业" in line and item.sku in line and tr("sent") in line
    (row,) = ticket_suppliers(store.sessions, tid).rows
    due = row.due_at.in_timezone(first.shop_tz).format("MM-DD HH:mm")
    assert tr("answer due %1").replace("%1", due) in line
    assert "0579-85551234" in box.list.item(0).toolTip()
    assert box.accept_button.isEnabled() and box.refuse_button.isEnabled()
    assert not box.done_button.isEnabled() and not box.close_button.isVisible()
    assert not box.send_button.isEnabled()  # its only supplied item is already with the supplier
    box.accept_button.click()
    qtbot.waitUntil(lambda: tr("accepted") in lines(box)[0], timeout=5000)
    settle(qtbot)
    assert box.done_button.isEnabled() and not box.accept_button.isEnabled()
    timeline = [
        window.ticket.timeline.item(i).text() for i in range(window.ticket.timeline.count())
    ]
    accepted = QCoreApplication.translate("Timeline", "the supplier accepted the after-sale")
    assert any(accepted in t for t in timeline)
    box.done_button.click()
    qtbot.waitUntil(lambda: tr("done") in lines(box)[0], timeout=5000)
    settle(qtbot)
    assert not any(b.isEnabled() for b in (box.accept_button, box.refuse_button, box.done_button))
    assert box.send_button.isEnabled()  # the item may go to the supplier again


def test_a_ticket_without_supplied_items_hides_the_box(qtbot, seeded, window):
    open_ticket(qtbot, window, seeded.tickets[0])
    assert window.ticket.suppliers.found is not None
    assert not window.ticket.suppliers.isVisible()


# -- the pane on its own, for an agent or a supervisor ----------------------------------------


@pytest.fixture
def case(store, frozen_clock):
    """A shop whose SOCK-3 comes from a supplier; a return on it opened its request."""
    w = world(store)
    supply(store, w.shop_id, ["SOCK-3"])
    tid = after_sale(store, w.actor, w.order_no, w.item_ids[1])
    return w, tid


@pytest.fixture
def panes(qtbot):
    """Panes made by the test, kept alive while it runs and deleted once their work is done
    (before the language is set again at teardown, which would reload them)."""
    made: list[TicketPane] = []
    yield made
    settle(qtbot)
    for pane in made:
        shiboken6.delete(pane)


def pane_for(qtbot, store, tmp_path, panes, role: Role) -> TicketPane:  # noqa: ANN001
    name = f"{role.value}-{len(panes)}"
    add_agent(store, name=name, role=role)
    agent = next(a for a in lookups.agents(store.sessions) if a.username == name)
    ctx = AppContext(store=store, agent=agent, bus=ChangeBus(), drafts=Drafts(tmp_path / name))
    pane = TicketPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    panes.append(pane)
    return pane


def show(qtbot, pane: TicketPane, tid: uuid.UUID):  # noqa: ANN201
    pane.show_ticket(tid)
    qtbot.waitUntil(lambda: pane.suppliers.list.count() > 0, timeout=5000)
    settle(qtbot)
    return pane.suppliers


def test_a_refusal_needs_the_suppliers_reason(qtbot, store, tmp_path, panes, case):
    w, tid = case
    box = show(qtbot, pane_for(qtbot, store, tmp_path, panes, Role.AFTERSALE), tid)
    box.refuse_button.click()
    assert box.editor.isVisible() and box.text.text() == ""
    box.ok_button.click()
    qtbot.waitUntil(lambda: box.message.isVisible(), timeout=5000)
    settle(qtbot)
    request_id = ticket_suppliers(store.sessions, tid).rows[0].id
    with pytest.raises(InvalidInput) as refused:
        record_supplier_answer(store.sessions, actor=w.actor, request_id=request_id,
                               accepted=False, refusal=" ")  # fmt: skip
    assert box.message.text() == message_for(refused.value)
    assert ticket_suppliers(store.sessions, tid).rows[0].status == S.SENT
    assert tr("sent") in lines(box)[0] and box.editor.isVisible()
    box.text.setText("买家已穿过，不予受理")
    box.ok_button.click()
    qtbot.waitUntil(lambda: tr("refused") in lines(box)[0], timeout=5000)
    settle(qtbot)
    assert "买家已穿过，不予受理" in lines(box)[0]
    assert not box.editor.isVisible() and not box.message.isVisible()
    assert not box.close_button.isVisible() and not box.done_button.isEnabled()
    events = [e.kind for e in load_ticket(store.sessions, tid).timeline]
    assert events.count("supplier_answered") == 1


def test_only_a_supervisor_closes_a_refusal_with_a_note(qtbot, store, tmp_path, panes, case):
    w, tid = case
    request_id = ticket_suppliers(store.sessions, tid).rows[0].id
    record_supplier_answer(store.sessions, actor=w.actor, request_id=request_id, accepted=False,
                           refusal="超过供货商售后期")  # fmt: skip
    agent_box = show(qtbot, pane_for(qtbot, store, tmp_path, panes, Role.AFTERSALE), tid)
    assert not agent_box.close_button.isVisible()
    box = show(qtbot, pane_for(qtbot, store, tmp_path, panes, Role.SUPERVISOR), tid)
    assert box.close_button.isVisible() and box.close_button.isEnabled()
    assert not box.accept_button.isEnabled() and not box.done_button.isEnabled()
    box.close_button.click()
    box.ok_button.click()  # no note yet
    qtbot.waitUntil(lambda: box.message.isVisible(), timeout=5000)
    settle(qtbot)
    assert ticket_suppliers(store.sessions, tid).rows[0].status == S.REFUSED
    box.text.setText("金额小，店铺承担")
    box.ok_button.click()
    qtbot.waitUntil(lambda: tr("done") in lines(box)[0], timeout=5000)
    settle(qtbot)
    assert not box.close_button.isEnabled()
    # the refused item may now go to the supplier again, prefilled with the ticket's subject
    assert box.send_button.isEnabled()
    box.send_button.click()
    assert box.text.text() == "袜子破洞，要退货" and not box.item_choice.isVisible()
    box.ok_button.click()
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=5000)
    settle(qtbot)
    assert tr("sent") in lines(box)[1] and not box.send_button.isEnabled()


def test_the_agent_picks_which_supplied_item_to_pass_on(qtbot, store, tmp_path, panes,
                                                       frozen_clock):  # fmt: skip
    w = world(store)
    supply(store, w.shop_id, ["TS-WHITE-L", "SOCK-3"])
    tid = create_ticket(store.sessions, actor=w.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no, subject="袜子起球").created  # fmt: skip
    pane = pane_for(qtbot, store, tmp_path, panes, Role.AFTERSALE)
    pane.show_ticket(tid)
    box = pane.suppliers
    qtbot.waitUntil(lambda: box.found is not None, timeout=5000)
    settle(qtbot)
    assert box.isVisible() and box.list.count() == 0  # supplied items, nothing sent yet
    assert not box.accept_button.isEnabled() and box.send_button.isEnabled()
    box.send_button.click()
    assert box.item_choice.isVisible() and box.item_choice.count() == 2
    assert box.text.text() == "袜子起球"
    box.item_choice.setCurrentIndex(1)
    assert "SOCK-3" in box.item_choice.currentText()
    box.text.clear()
    box.ok_button.click()  # the shop must say what it asks for
    qtbot.waitUntil(lambda: box.message.isVisible(), timeout=5000)
    settle(qtbot)
    assert ticket_suppliers(store.sessions, tid).rows == ()
    box.text.setText("袜子起球，请供应商退款")
    box.ok_button.click()
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)
    settle(qtbot)
    assert "SOCK-3" in lines(box)[0] and tr("sent") in lines(box)[0]
    (row,) = ticket_suppliers(store.sessions, tid).rows
    assert row.reason == "袜子起球，请供应商退款"
    box.send_button.click()  # only the T-shirt is left: no choice to make
    assert not box.item_choice.isVisible() and "TS-WHITE-L" in box.item_choice.currentText()


def test_an_answer_past_its_deadline_shows_overdue(
    qtbot, store, tmp_path, panes, case, frozen_clock
):
    _w, tid = case
    box = show(qtbot, pane_for(qtbot, store, tmp_path, panes, Role.AFTERSALE), tid)
    due = ticket_suppliers(store.sessions, tid).rows[0].due_at
    assert due == frozen_clock.at.add(hours=24)  # the supplier's hours to answer
    shown = due.in_timezone("Asia/Shanghai").format("MM-DD HH:mm")
    assert tr("answer due %1").replace("%1", shown) in lines(box)[0]
    normal = box.list.item(0).foreground().color().name()
    frozen_clock.advance(hours=25)
    box.refresh()  # what the box's timer does every half minute
    assert tr("overdue: the answer was due %1").replace("%1", shown) in lines(box)[0]
    assert box.list.item(0).foreground().color().name() == "#b42318" != normal


def test_the_timeline_tells_the_supplier_steps(qapp):
    at = pendulum.datetime(2026, 3, 1, 7, 20, tz="UTC")

    def line(kind: str, **data: object) -> str:
        return describe(EventRow(at, kind, "小王", data), "Asia/Shanghai")

    def t(text: str) -> str:
        return QCoreApplication.translate("Timeline", text)

    sent = line("supplier_sent", sku="SOCK-3", supplier="义乌袜业",
                due_at=at.add(hours=24).isoformat())  # fmt: skip
    assert sent == (
        t("passed %1 to the supplier %2, answer due %3")
        .replace("%1", "SOCK-3")
        .replace("%2", "义乌袜业")
        .replace("%3", "03-02 15:20")
    )
    assert line("supplier_answered", status="accepted", late=False, refusal="") == t(
        "the supplier accepted the after-sale"
    )
    refused = line("supplier_answered", status="refused", late=True, refusal="已穿过")
    assert "已穿过" in refused and t("(answered late)") in refused
    assert line("supplier_done", status="done", note="") == t("supplier after-sale done")
    assert line("supplier_done", status="done", note="店铺承担").endswith("店铺承担")
    closed = line("supplier_done", status="done", note="店铺承担", shop_pays=True)
    assert closed == t("supplier refusal closed, the shop pays") + ": 店铺承担"
