"""After-sale exports become tickets of the right kind on the right items, with the
platform's deadline for the shop's current step."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.cli import main
from app.connectors.aftersale_runner import import_aftersale_files
from app.connectors.runner import import_files
from app.models import ItemAfterSale, Order, Role, Ticket, TicketItem, TicketKind, TicketStatus
from app.queries.tickets import load_ticket
from tests.app.builders import add_agent
from tests.app.connectors.exports import douyin_csv, douyin_row, write_csv

SHOP = "抖音旗舰店"
A, B = "6920000000000000001", "6920000000000000002"
HEADER = ("售后单号", "订单号", "商品单号", "售后类型", "售后状态", "申请时间", "当前节点截止时间",
          "退款金额", "售后原因", "商品名称")  # fmt: skip


@pytest.fixture
def actor(store, frozen_clock, tmp_path):
    who = add_agent(store, name="主管", role=Role.SUPERVISOR)
    orders = douyin_csv(
        tmp_path / "orders.csv",
        [
            douyin_row(A, A + "1", state="已签收"),
            douyin_row(A, A + "2", title="男士中筒袜", sku="SOCK-3", price="19.90", state="已签收"),
            douyin_row(B, B + "1", state="待发货", shipped=""),
        ],
    )
    assert import_files(store, who, [orders], shop=SHOP).created == 2
    return who


def case(
    no, order, sub, kind, state, applied="2026-02-28 09:00:00", deadline="2026-03-02 09:00:00"
):
    return [no, order, sub, kind, state, applied, deadline, "19.90", "尺码不合适", ""]


def tickets(store) -> dict[str, Ticket]:
    with store.sessions() as s:
        found = {t.subject.split("售后单 ")[-1]: t for t in s.scalars(select(Ticket))}
        s.expunge_all()
    return found


def covered(store, ticket_id) -> set:
    with store.sessions() as s:
        return set(
            s.scalars(select(TicketItem.order_item_id).where(TicketItem.ticket_id == ticket_id))
        )


def test_cases_become_tickets_on_their_items_with_the_platform_deadline(store, actor, tmp_path):
    path = write_csv(
        tmp_path / "aftersales.csv",
        HEADER,
        [
            case("7001", A, A + "2", "退货退款", "待商家处理"),
            case("7002", B, B + "1", "未发货仅退款", "待商家处理"),
            case("7003", A, A + "1", "仅退款", "待买家退货"),
        ],
        guard=(0, 1, 2),
    )
    summary = import_aftersale_files(store, actor, [path], shop=SHOP)
    assert (summary.created, summary.rejected) == (3, 0), summary.errors
    found = tickets(store)
    ret, cancel, waiting = found["7001"], found["7002"], found["7003"]
    assert ret.kind == TicketKind.RETURN and cancel.kind == TicketKind.CANCEL
    assert ret.created_at.isoformat() == "2026-02-28T01:00:00+00:00"  # the buyer's request
    assert ret.platform_deadline.isoformat() == "2026-03-02T01:00:00+00:00"
    assert waiting.status == TicketStatus.WAITING_CUSTOMER
    assert waiting.platform_deadline is None  # the buyer's step, not the shop's
    with store.sessions() as s:
        order = s.scalar(select(Order).where(Order.order_no == A))
        states = {i.title: i.aftersale for i in order.items}
        socks = next(i.id for i in order.items if i.sku == "SOCK-3")
    assert covered(store, ret.id) == {socks}
    assert states == {
        "男士中筒袜 白色 L": ItemAfterSale.REQUESTED,
        "纯棉圆领T恤 白色 L": ItemAfterSale.IN_PROGRESS,
    }
    detail = load_ticket(store.sessions, ret.id)
    response = next(w for w in detail.windows if w.rule_id == "merchant_response_due")
    assert response.source == "platform"
    assert response.ends_at.in_timezone("UTC").isoformat() == "2026-03-02T01:00:00+00:00"


def test_a_newer_export_moves_the_case_on_and_the_same_one_changes_nothing(store, actor, tmp_path):
    first = write_csv(
        tmp_path / "a.csv", HEADER, [case("7001", A, A + "2", "退货退款", "待商家处理")]
    )
    import_aftersale_files(store, actor, [first], shop=SHOP)
    again = import_aftersale_files(store, actor, [first], shop=SHOP)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    newer = write_csv(
        tmp_path / "b.csv", HEADER, [case("7001", A, A + "2", "退货退款", "退款成功")]
    )
    summary = import_aftersale_files(store, actor, [newer], shop=SHOP)
    assert (summary.created, summary.updated) == (0, 1)
    ticket = tickets(store)["7001"]
    assert ticket.status == TicketStatus.RESOLVED and not ticket.active
    with store.sessions() as s:
        item = s.scalar(select(TicketItem).where(TicketItem.ticket_id == ticket.id))
        from app.models import OrderItem

        assert s.get(OrderItem, item.order_item_id).aftersale == ItemAfterSale.FINISHED


def test_bad_rows_and_unknown_orders_are_rejected_with_reasons(store, actor, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        HEADER,
        [
            case("7001", A, A + "2", "退货退款", "待商家处理"),
            case("7002", "6999999999999999999", "1", "退货退款", "待商家处理"),
            case("7003", A, A + "1", "以旧换新", "待商家处理"),
            case("7004", A, A + "1", "退货退款", "外星人处理中"),
            case("7005", A, A + "1", "退货退款", "待商家处理", deadline="下周"),
        ],
    )
    summary = import_aftersale_files(store, actor, [path], shop=SHOP)
    assert summary.created == 1 and summary.rejected == 4
    reasons = {e.row: (e.column, e.reason) for e in summary.errors}
    assert "import the orders first" in reasons[3][1]
    assert reasons[4][0] == "售后类型" and "unknown after-sale type" in reasons[4][1]
    assert reasons[5][0] == "售后状态" and "unknown after-sale state" in reasons[5][1]
    assert reasons[6][0] == "当前节点截止时间" and "not a date and time" in reasons[6][1]


def test_cli_aftersales_json(store, actor, tmp_path, capsys):
    path = write_csv(tmp_path / "a.csv", HEADER, [case("7001", A, A + "2", "换货", "待商家处理")])
    code = main(
        ["import", "aftersales", str(path), "--db", str(store.path), "--shop", SHOP, "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["created"] == 1 and out["errors"] == []
