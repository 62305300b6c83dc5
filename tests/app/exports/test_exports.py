"""Transcripts, the queue's view as a file, and the dispute evidence pack as one zip."""

from __future__ import annotations

import csv
import zipfile
from html.parser import HTMLParser

import pytest

from app.errors import InvalidInput
from app.exports.evidence import load_pack, write_pack
from app.exports.table import export_queue
from app.exports.transcript import load_transcript, transcript_html, transcript_text
from app.queries.queue import QueueFilter, View
from app.services import add_buyer_message, add_note, add_reply
from app.services.attachments import attach_files, store_file
from app.services.remedies.appeals import file_appeal, open_appeal
from tests.app.remedy_support import ticket_on


@pytest.fixture
def case(store, w, tmp_path):
    tid = ticket_on(store, w, "dispute")
    say = {"ticket_id": tid}
    add_buyer_message(store.sessions, actor=w.actor, body="衣服洗一次就掉色，要求退货退款", **say)
    add_reply(
        store.sessions, actor=w.actor, body="亲，非常抱歉给您带来不便。\n请问吊牌还在吗？", **say
    )
    add_note(store.sessions, actor=w.actor, body="内部：买家已剪吊牌", **say)
    add_buyer_message(store.sessions, actor=w.actor, body="吊牌剪了 <b>但是</b> 掉色", **say)
    return tid


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.hrefs += [v for k, v in attrs if tag == "a" and k == "href"]

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def test_transcript_as_text_and_printable_html_without_internal_notes(store, case):
    t = load_transcript(store.sessions, case)
    text = transcript_text(t)
    assert "衣服洗一次就掉色" in text and "    请问吊牌还在吗？" in text
    assert "[2026-03-01 15:20:00] 买家 小鹿乱撞" in text  # shop time
    assert "内部" not in text
    page = transcript_html(t)
    assert "&lt;b&gt;但是&lt;/b&gt;" in page  # the buyer's words are text, never markup
    assert "@media print" in page
    parsed = Links()
    parsed.feed(page)
    assert "吊牌剪了 <b>但是</b> 掉色" in "".join(parsed.text)
    assert "内部：买家已剪吊牌" in transcript_text(
        load_transcript(store.sessions, case, notes=True)
    )


def test_the_queue_view_as_csv_and_xlsx(store, w, case):
    ticket_on(store, w, "return")
    header = [
        "到期",
        "类型",
        "状态",
        "优先级",
        "买家",
        "订单",
        "平台",
        "店铺",
        "处理人",
        "主题",
        "标签",
    ]
    flt = QueueFilter(view=View.ALL, me=w.actor.agent_id)
    path = store.path.parent / "queue.csv"
    assert export_queue(store.sessions, flt, path, header=header, label=lambda e: e.value) == 2
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == header and {r[1] for r in rows[1:]} == {"dispute", "return"}
    assert all(r[5] == w.order_no for r in rows[1:])
    xlsx = store.path.parent / "queue.xlsx"
    export_queue(store.sessions, flt, xlsx, header=header, label=lambda e: e.value)
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx, read_only=True).worksheets[0]
    assert [r[0] for r in sheet.iter_rows(values_only=True)][0] == "到期"
    assert sum(1 for _ in sheet.iter_rows()) == 3
    only_returns = flt.with_(kinds=frozenset({"return"}))
    assert (
        export_queue(store.sessions, only_returns, path, header=header, label=lambda e: e.value)
        == 1
    )


def test_the_evidence_pack_is_one_zip_a_reviewer_can_follow(store, w, case, tmp_path):
    with pytest.raises(InvalidInput, match="no filed appeal"):
        load_pack(store.sessions, case)
    files = {}
    for name, data in (
        ("发票.jpg", b"receipt-bytes"),
        ("品牌授权书.pdf", b"auth-bytes"),
        ("吊牌照片.png", b"photo"),
    ):
        (tmp_path / name).write_bytes(data)
        files[name] = store_file(store.files_dir, tmp_path / name)
    for name, purpose in (
        ("发票.jpg", "receipt"),
        ("品牌授权书.pdf", "brand_authorization"),
        ("吊牌照片.png", "evidence"),
    ):
        attach_files(
            store.sessions,
            actor=w.actor,
            ticket_id=case,
            files=[files[name].as_dict()],
            purpose=purpose,
        )
    appeal = open_appeal(store.sessions, actor=w.actor, ticket_id=case).created
    file_appeal(
        store.sessions,
        actor=w.actor,
        appeal_id=appeal,
        reason="买家已剪吊牌，影响二次销售，不符合七天无理由退货条件。",
        receipts=["发票.jpg"],
        authorizations=["品牌授权书.pdf"],
        chat_lines=["买家：吊牌剪了 但是 掉色"],
    )
    target = write_pack(load_pack(store.sessions, case), store.files_dir, tmp_path / "pack.zip")
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        page = zf.read("index.html").decode()
        assert zf.read("1-购买凭证 receipts/01-发票.jpg") == b"receipt-bytes"
        assert zf.read("2-品牌授权 brand authorization/01-品牌授权书.pdf") == b"auth-bytes"
        assert zf.read("3-照片 photos/01-吊牌照片.png") == b"photo"
    parsed = Links()
    parsed.feed(page)
    assert parsed.hrefs and set(parsed.hrefs) <= names  # every link opens a file in the pack
    text = "".join(parsed.text)
    for expected in (w.order_no, "不符合七天无理由退货条件", "吊牌剪了 但是 掉色", "纯棉圆领T恤"):
        assert expected in text
    assert "建单 opened" in text  # the timeline
