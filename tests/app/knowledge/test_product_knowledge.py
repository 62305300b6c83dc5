"""Product knowledge: saving with initials and permissions, the search order (the ticket's
own products first), hits that carry the words to insert, and importing a sheet."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from app.errors import InvalidInput, PermissionDenied
from app.models import ProductKnowledge, Role, TicketKind
from app.queries.product_knowledge import entries, ticket_products
from app.services import create_ticket
from app.services.knowledge_import import import_sheet
from app.services.knowledge_text import KnowledgeIndex
from app.services.product_knowledge import delete_entry, save_entry
from tests.app.builders import add_agent
from tests.app.service_support import rows

HOODIE = {
    "product_id": "P-HOODIE",
    "title": "儿童纯棉卫衣",
    "selling_points": "A类纯棉,不起球",
    "size_chart": "110cm:身高100-110",
    "material_care": "100%棉,冷水手洗,不可漂白",
    "faq": "会掉色吗｜首次洗涤可能轻微浮色,之后不掉色\n会缩水吗｜预缩处理,缩水率小于3%",
    "pairs_with": "牛仔裤",
}


@pytest.fixture
def boss(store, w):
    return add_agent(store, name="主管", role=Role.SUPERVISOR)


def test_a_supervisor_saves_an_entry_with_its_initials(store, w, boss):
    eid = save_entry(store.sessions, actor=boss, shop_id=w.shop_id, values=HOODIE).created
    (row,) = entries(store.sessions, w.shop_id)
    assert row.id == eid and row.title == "儿童纯棉卫衣"
    assert "etcmwy" in row.initials  # 儿童纯棉卫衣
    assert "hdsm" in row.initials  # 会掉色吗 in the questions


def test_saving_the_same_product_and_sku_updates_the_entry(store, w, boss):
    first = save_entry(store.sessions, actor=boss, shop_id=w.shop_id, values=HOODIE).created
    again = save_entry(
        store.sessions, actor=boss, shop_id=w.shop_id, values={**HOODIE, "audience": "3-8岁"}
    ).created
    assert first == again
    (row,) = entries(store.sessions, w.shop_id)
    assert row.audience == "3-8岁"


def test_an_agent_may_not_edit_knowledge(store, w):
    with pytest.raises(PermissionDenied):
        save_entry(store.sessions, actor=w.actor, shop_id=w.shop_id, values=HOODIE)
    assert rows(store, ProductKnowledge) == []


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"product_id": ""}, "product id is empty"),
        ({"title": " "}, "title is empty"),
        ({"faq": "会掉色吗"}, "会掉色吗.*no answer"),
        ({f: "" for f in HOODIE if f not in ("product_id", "title")}, "at least one section"),
    ],
)
def test_a_bad_entry_is_refused_naming_what_is_wrong(store, w, boss, change, words):
    with pytest.raises(InvalidInput, match=words):
        save_entry(store.sessions, actor=boss, shop_id=w.shop_id, values={**HOODIE, **change})
    assert rows(store, ProductKnowledge) == []


def test_a_deleted_entry_leaves_the_search(store, w, boss):
    eid = save_entry(store.sessions, actor=boss, shop_id=w.shop_id, values=HOODIE).created
    delete_entry(store.sessions, actor=boss, entry_id=eid)
    assert entries(store.sessions, w.shop_id) == []


def _three(store, w, boss):
    save_entry(store.sessions, actor=boss, shop_id=w.shop_id, values=HOODIE)
    save_entry(
        store.sessions,
        actor=boss,
        shop_id=w.shop_id,
        values={"product_id": "P-TEE", "title": "纯棉圆领T恤", "faq": "会掉色吗｜不会"},
    )
    save_entry(
        store.sessions,
        actor=boss,
        shop_id=w.shop_id,
        values={
            "product_id": "P-TEE",
            "sku": "TS-WHITE-L",
            "title": "纯棉圆领T恤 白色 L",
            "size_chart": "L:胸围104",
        },
    )


def test_the_tickets_own_sku_then_product_come_first(store, w, boss):
    _three(store, w, boss)
    with store.sessions.begin() as s:
        from app.models import OrderItem

        for item in s.query(OrderItem).all():
            item.product_id = "P-TEE"
    tid = create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.INQUIRY, order_no=w.order_no
    ).created
    mine = ticket_products(store.sessions, tid)
    assert mine.skus == {"TS-WHITE-L", "SOCK-3"} and mine.product_ids == {"P-TEE"}
    index = KnowledgeIndex(entries(store.sessions), skus=mine.skus, products=mine.product_ids)
    hits = index.filter("")
    assert [h.entry.sku for h in hits] == ["TS-WHITE-L", "", ""]
    assert [h.mine for h in hits] == [True, True, False]
    assert [h.entry.product_id for h in index.filter("掉色")] == ["P-TEE", "P-HOODIE"]


def test_a_hit_carries_the_matching_answer_or_section(store, w, boss):
    _three(store, w, boss)
    index = KnowledgeIndex(entries(store.sessions))
    (hit,) = index.filter("缩水")
    assert hit.section == "faq" and hit.text == "预缩处理,缩水率小于3%"
    (hit,) = index.filter("手洗")
    assert hit.section == "material_care" and hit.text.startswith("100%棉")
    (hit,) = index.filter("sslxy")  # 缩水率小于: initials of the second answer
    assert hit.text.startswith("预缩处理")
    assert [h.entry.title for h in index.filter("etcm")] == ["儿童纯棉卫衣"]
    assert index.filter("没有这个词") == []


def _write_csv(path, lines):
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(lines)


def test_a_sheet_imports_good_rows_and_reports_bad_ones_by_number(store, w, boss, tmp_path):
    sheet = tmp_path / "knowledge.csv"
    _write_csv(
        sheet,
        [
            ["商品ID", "SKU", "商品名称", "卖点", "常见问题"],
            ["P1", "", "儿童卫衣", "纯棉", "会缩水吗｜不会"],
            ["", "", "没有商品ID", "纯棉", ""],
            ["P1", "P1-RED-110", "儿童卫衣 红色 110", "", "红色会掉色吗"],
            ["P1", "", "重复", "纯棉", ""],
            ["P2", "", "牛仔裤", "弹力", ""],
        ],
    )
    report = import_sheet(store.sessions, actor=boss, shop_id=w.shop_id, path=sheet)
    assert report.imported == 2
    assert [(b.row, b.problem) for b in report.bad] == [
        (3, "the product id is empty"),
        (4, "the question “红色会掉色吗” has no answer (write it as question｜answer)"),
        (5, "the same product and SKU as row 2"),
    ]
    assert sorted(e.title for e in entries(store.sessions, w.shop_id)) == ["儿童卫衣", "牛仔裤"]
    again = import_sheet(store.sessions, actor=boss, shop_id=w.shop_id, path=sheet)
    assert again.imported == 2 and len(entries(store.sessions, w.shop_id)) == 2


def test_an_xlsx_sheet_with_numeric_ids_imports(store, w, boss, tmp_path):
    book = Workbook()
    ws = book.active
    ws.append(["product_id", "sku", "title", "selling points", "warehouse"])
    ws.append([3628190457712345, None, "Kids hoodie", "soft cotton", "杭州仓"])
    path = tmp_path / "k.xlsx"
    book.save(path)
    report = import_sheet(store.sessions, actor=boss, shop_id=w.shop_id, path=path)
    assert report.imported == 1 and report.bad == []
    (row,) = entries(store.sessions, w.shop_id)
    assert row.product_id == "3628190457712345" and row.warehouse == "杭州仓"


def test_a_sheet_without_a_title_column_is_refused_and_writes_nothing(store, w, boss, tmp_path):
    sheet = tmp_path / "bad.csv"
    _write_csv(sheet, [["商品ID", "卖点"], ["P1", "纯棉"]])
    with pytest.raises(InvalidInput, match="bad.csv: no column for title"):
        import_sheet(store.sessions, actor=boss, shop_id=w.shop_id, path=sheet)
    assert rows(store, ProductKnowledge) == []
