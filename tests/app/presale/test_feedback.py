"""Feedback to operations: recorded from a ticket, listed, filtered and exported to CSV."""

from __future__ import annotations

import csv

from app import clock
from app.models import FeedbackKind
from app.queries.feedback import CSV_COLUMNS, feedback_rows, write_csv
from app.services import create_ticket
from app.services.feedback import send_feedback


def test_feedback_listed_newest_first_and_filtered(store, w, frozen_clock):
    tid = create_ticket(
        store.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no, item_ids=[w.item_ids[0]]
    ).created
    send_feedback(
        store.sessions, actor=w.actor, ticket_id=tid, kind=FeedbackKind.CAMPAIGN, text="满减力度小"
    )
    frozen_clock.advance(minutes=5)
    send_feedback(
        store.sessions,
        actor=w.actor,
        ticket_id=tid,
        kind=FeedbackKind.PRODUCT,
        text="希望出大码",
        product="纯棉圆领T恤",
    )
    got = feedback_rows(store.sessions)
    assert [r.text for r in got] == ["希望出大码", "满减力度小"]
    assert got[1].product == "纯棉圆领T恤 白色 L"  # the ticket's order item by default
    assert got[0].agent == "小王" and got[0].ticket_id == tid
    assert [r.text for r in feedback_rows(store.sessions, kind=FeedbackKind.CAMPAIGN)] == [
        "满减力度小"
    ]
    assert [r.text for r in feedback_rows(store.sessions, text="大码")] == ["希望出大码"]
    assert feedback_rows(store.sessions, since=clock.now().add(minutes=1)) == []


def test_csv_export_is_excel_readable(store, w, tmp_path):
    tid = create_ticket(
        store.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no, item_ids=[w.item_ids[0]]
    ).created
    send_feedback(
        store.sessions,
        actor=w.actor,
        ticket_id=tid,
        kind=FeedbackKind.DEFECT,
        text="洗后掉色, 有色差",
    )
    out = tmp_path / "export"
    out.mkdir()
    path = out / "feedback.csv"
    assert write_csv(feedback_rows(store.sessions), path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert tuple(header) == CSV_COLUMNS
    assert row[2:4] == ["defect", "纯棉圆领T恤 白色 L"] and row[5] == "洗后掉色, 有色差"
    assert [p.name for p in out.iterdir()] == ["feedback.csv"]  # no temporary file left
