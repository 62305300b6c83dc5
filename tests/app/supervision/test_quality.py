"""Quality review: the checklist's score, scoring a conversation, the agent's own reviews."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.kpis.period import Period
from app.models import QualityReview
from app.quality_checklist import checklist
from app.queries import quality
from app.services import add_reply
from app.services.quality import mark_review_seen, score_conversation
from tests.app.builders import snapshot

ALL_YES = {
    "empathy_first": 2,
    "real_need": 2,
    "correct_rule": 2,
    "promise_kept": 2,
    "kept_informed": 2,
}


def test_the_checklist_has_empathy_first_and_weights_to_100():
    sheet = checklist()
    assert [i.id for i in sheet.items][0] == "empathy_first"
    assert {"correct_rule", "promise_kept"} <= {i.id for i in sheet.items}
    assert sum(i.weight for i in sheet.items) == 100 and sheet.points == 2


@pytest.mark.parametrize(
    ("marks", "score"),
    [
        (ALL_YES, 100),
        ({k: 0 for k in ALL_YES}, 0),
        ({k: 1 for k in ALL_YES}, 50),
        # 30*2 + 20*1 + 25*2 + 15*0 + 10*1 = 140 of 200 -> 70
        (
            {
                "empathy_first": 2,
                "real_need": 1,
                "correct_rule": 2,
                "promise_kept": 0,
                "kept_informed": 1,
            },
            70,
        ),
        # 30*1 + 20*0 + 25*1 + 15*1 + 10*0 = 70 of 200 -> 35
        (
            {
                "empathy_first": 1,
                "real_need": 0,
                "correct_rule": 1,
                "promise_kept": 1,
                "kept_informed": 0,
            },
            35,
        ),
        # 30*0 + 20*1 + 25*0 + 15*1 + 10*0 = 35 of 200 -> 17.5 -> 18 (half up)
        (
            {
                "empathy_first": 0,
                "real_need": 1,
                "correct_rule": 0,
                "promise_kept": 1,
                "kept_informed": 0,
            },
            18,
        ),
    ],
)
def test_scores_by_hand(marks, score):
    assert checklist().score(marks) == score


@pytest.mark.parametrize(
    ("marks", "words"),
    [
        ({**ALL_YES, "smile": 2}, "not on the checklist: smile"),
        ({k: v for k, v in ALL_YES.items() if k != "real_need"}, "no mark for: real_need"),
        ({**ALL_YES, "promise_kept": 3}, "promise_kept must be a whole number from 0 to 2"),
    ],
)
def test_bad_marks_are_named(marks, words):
    with pytest.raises(InvalidInput, match=words):
        checklist().score(marks)


def scored(desk, marks=None, feedback="先共情做得好，规则讲清楚了"):
    tid = desk.scene.ticket("return")[0]
    add_reply(desk.store.sessions, actor=desk.agent, ticket_id=tid, body="亲，非常抱歉给您带来不便")
    rid = score_conversation(
        desk.store.sessions, actor=desk.boss, agent_id=desk.agent.agent_id, ticket_id=tid,
        scores=marks or ALL_YES, feedback=feedback,
    ).created  # fmt: skip
    return tid, rid


def test_a_supervisor_scores_and_the_agent_reads_it(desk, frozen_clock):
    tid, rid = scored(desk)
    mine = quality.my_reviews(desk.store.sessions, actor=desk.agent)
    assert [(r.id, r.ticket_id, r.score, r.feedback, r.reviewer) for r in mine] == [
        (rid, tid, 100, "先共情做得好，规则讲清楚了", "主管老李")
    ]
    assert quality.unseen_count(desk.store.sessions, actor=desk.agent) == 1
    assert quality.my_reviews(desk.store.sessions, actor=desk.boss) == []
    with pytest.raises(PermissionDenied):
        mark_review_seen(desk.store.sessions, actor=desk.boss, review_id=rid)
    mark_review_seen(desk.store.sessions, actor=desk.agent, review_id=rid)
    assert quality.unseen_count(desk.store.sessions, actor=desk.agent) == 0


def test_scoring_again_replaces_the_review(desk, frozen_clock):
    tid, rid = scored(desk)
    mark_review_seen(desk.store.sessions, actor=desk.agent, review_id=rid)
    frozen_clock.advance(hours=1)
    marks = {**ALL_YES, "promise_kept": 0}
    again = score_conversation(
        desk.store.sessions, actor=desk.boss, agent_id=desk.agent.agent_id, ticket_id=tid,
        scores=marks, feedback="补寄承诺没兑现",
    ).created  # fmt: skip
    assert again == rid
    with desk.store.sessions() as s:
        rows = s.query(QualityReview).all()
        assert [(r.score, r.feedback, r.version, r.seen_at) for r in rows] == [
            (85, "补寄承诺没兑现", 3, None)  # read, then changed: unread again
        ]


def test_the_agents_conversations_in_a_period_with_scores(desk, frozen_clock):
    tid, _ = scored(desk)
    other = desk.scene.ticket("inquiry")[0]  # held by nobody: not the agent's
    today = frozen_clock().in_timezone("Asia/Shanghai").date()
    rows = quality.conversations(
        desk.store.sessions, actor=desk.boss, agent_id=desk.agent.agent_id,
        period=Period.days(today, today),
    )  # fmt: skip
    assert other not in [r.ticket_id for r in rows]
    assert all(r.ticket_id != tid or r.score == 100 for r in rows)
    summary = quality.summarize(
        quality.reviews_of(desk.store.sessions, actor=desk.boss, agent_id=desk.agent.agent_id)
    )
    assert (summary.reviews, summary.average, summary.by_item["promise_kept"]) == (1, 100, 2)


def test_only_a_conversation_the_agent_worked_on(desk):
    tid = desk.scene.ticket("return")[0]
    before = snapshot(desk.store)
    with pytest.raises(InvalidInput, match="neither holds nor wrote"):
        score_conversation(
            desk.store.sessions, actor=desk.boss, agent_id=desk.presale.agent_id, ticket_id=tid,
            scores=ALL_YES,
        )  # fmt: skip
    assert snapshot(desk.store) == before


@pytest.mark.parametrize("who", ["agent", "presale"])
def test_agents_cannot_score_or_read_others(desk, who):
    actor = desk.agent if who == "agent" else desk.presale
    tid = desk.scene.ticket("return")[0]
    before = snapshot(desk.store)
    with pytest.raises(PermissionDenied):
        score_conversation(
            desk.store.sessions, actor=actor, agent_id=desk.agent.agent_id, ticket_id=tid,
            scores=ALL_YES,
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        quality.reviews_of(desk.store.sessions, actor=actor, agent_id=desk.agent.agent_id)
    with pytest.raises(PermissionDenied):
        quality.reviewable_agents(desk.store.sessions, actor=actor)
    assert snapshot(desk.store) == before
