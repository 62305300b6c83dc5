"""Red lines with the Taobao and Tmall tables: what each platform forbids in a reply."""

from __future__ import annotations

import pytest

from app.models import Platform
from app.policy.errors import PolicyTableError
from app.policy.presale import load_presale, may_change, red_line_hits
from app.queries.redlines import reply_warnings
from app.services import create_ticket
from tests.app.builders import add_customer, add_order, add_shop

NO_INVOICE = ("亲，我们店不开发票的哦", "发票暂时开不了呢", "这个价格是不含发票的")
INVOICE_OK = ("亲，可以开具电子发票，付款后在订单里申请就可以～", "不用担心，发票可以开")


def ids(platform: str, text: str) -> list[str]:
    return [hit.rule.id for hit in red_line_hits(load_presale(platform), text)]


@pytest.mark.parametrize("text", NO_INVOICE)
def test_tmall_forbids_refusing_an_invoice(text):
    assert ids("tmall", text) == ["invoice_refusal"]


@pytest.mark.parametrize("text", NO_INVOICE)
def test_taobao_has_no_invoice_line(text):
    assert ids("taobao", text) == []


@pytest.mark.parametrize("text", INVOICE_OK)
def test_offering_an_invoice_is_fine(text):
    assert ids("tmall", text) == []


@pytest.mark.parametrize("platform", ["taobao", "tmall"])
def test_off_platform_trade_is_a_red_line_on_both(platform):
    assert ids(platform, "亲，加我微信，微信转账更便宜") == ["off_platform_trade"]


def test_the_hit_names_the_rule_and_the_words():
    (hit,) = red_line_hits(load_presale("tmall"), "亲，我们不开发票")
    assert hit.fragment == "不开发票"
    assert "拒开发票" in hit.say("zh") and "invoice" in hit.say("en")


def test_price_rules_of_taobao_and_tmall():
    taobao, tmall = load_presale("taobao"), load_presale("tmall")
    assert may_change(taobao, "goods", "placed")[0]
    assert may_change(taobao, "shipping", "placed")[0]
    assert not may_change(tmall, "goods", "placed")[0]
    assert may_change(tmall, "shipping", "placed")[0]
    assert not may_change(taobao, "goods", "stocking")[0]  # only before payment
    assert tmall.price_rule("goods").source.startswith("种子002")


def test_a_malformed_table_names_file_row_and_field(tmp_path):
    (tmp_path / "law.toml").write_text(
        '[[red_line]]\nid = "x"\ntitle = "t"\ntitle_zh = "t"\npatterns = ["(unclosed"]\n'
        'message = "m"\nmessage_zh = "m"\neffective_from = 2020-01-01\nsource = "s"\n',
        encoding="utf-8",
    )
    with pytest.raises(PolicyTableError) as err:
        load_presale("jd", directory=tmp_path)
    assert err.value.row == 1 and err.value.field == "patterns"
    assert "law.toml" in str(err.value)


def test_reply_warnings_follow_the_ticket_shop(store, w):
    tmall = add_shop(store, name="简居家具官方旗舰店", platform=Platform.TMALL)
    buyer = add_customer(store, tmall, nickname="tb_小王")
    add_order(store, tmall, buyer, order_no="TM-1001")
    tid = create_ticket(store.sessions, actor=w.actor, kind="inquiry", order_no="TM-1001").created
    douyin_tid = create_ticket(
        store.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no
    ).created
    assert [h.rule.id for h in reply_warnings(store.sessions, tid, "不开发票")] == [
        "invoice_refusal"
    ]
    assert reply_warnings(store.sessions, douyin_tid, "不开发票") == []
