"""A ticket's conversation and timeline: messages in a plausible order, and the events the
services would have written for them (created, assigned, each message, status changes)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo import chat_aftersale, chat_delivery, chat_presale
from app.demo.draw import between, pick
from app.demo.rows import event, message
from app.demo.script import THANKS_AGENT, THANKS_BUYER, WAIT_NOTES, WAITS, Script, lines_for
from app.demo.stamps import SECOND, uuid7
from app.models import MessageKind, TicketKind, TicketStatus

SCRIPTS: dict[TicketKind, Script] = {
    **chat_presale.SCRIPTS,
    **chat_delivery.SCRIPTS,
    **chat_aftersale.SCRIPTS,
}
B, R, N, SYS = MessageKind.BUYER, MessageKind.REPLY, MessageKind.NOTE, MessageKind.SYSTEM
S = TicketStatus
DONE = (S.RESOLVED, S.CLOSED)
Rows = dict[str, list[tuple]]
Lines = list[tuple[MessageKind, str]]
# While these are open, the solution ("shipped today, tracking number ...") has not happened.
_NOTHING_TO_SAY_YET = frozenset(
    {TicketKind.URGE_SHIPMENT, TicketKind.LOGISTICS_EXCEPTION, TicketKind.LOST_PARCEL}
)


@dataclass(frozen=True)
class Talk:
    """Who speaks and when, for one ticket."""

    ticket_id: int
    kind: TicketKind
    shop: str
    status: TicketStatus
    t0: int  # the first message, when the ticket opened
    last: int  # the last message
    resolved: int | None
    closed: int | None
    agent: int | None  # who answers and writes the internal notes
    created_by: int | None
    assignee: int | None
    assigner: int | None
    order_no: str | None
    opener: str | None = None  # the buyer's first message, if set (showcase)
    archived: bool = False  # closed long ago: a condensed record (see ARCHIVE_AFTER)


@dataclass(frozen=True)
class Said:
    last_message: int
    updated: int
    version: int


def _s(value: int | None) -> str | None:
    """An id as the services encode it (the canonical UUID text)."""
    if value is None:
        return None
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _condensed(rng: random.Random, sc: Script, shop: str) -> list[tuple[MessageKind, str]]:
    """An archived case keeps its gist: what the buyer asked and what was done about it."""
    if sc.outreach and rng.random() < 0.5:
        return [(R, pick(rng, sc.outreach)), (B, pick(rng, sc.close_buyer or THANKS_BUYER))]
    seq = [(B, pick(rng, lines_for(sc.openers, shop))), (R, pick(rng, sc.agent_more))]
    if rng.random() < 0.2:
        seq.append((B, pick(rng, sc.close_buyer or THANKS_BUYER)))
    return seq


def _plan(rng: random.Random, sc: Script, talk: Talk) -> list[tuple[MessageKind, str]]:
    """The conversation as (kind, template) pairs, in order, for the ticket's status."""
    status, shop = talk.status, talk.shop
    seq: list[tuple[MessageKind, str]] = []
    if sc.system and rng.random() < 0.6:
        seq.append((SYS, pick(rng, sc.system)))
    openers = lines_for(sc.openers, shop)
    if sc.outreach and status != S.NEW and talk.opener is None and rng.random() < 0.7:
        seq += [(R, pick(rng, sc.outreach)), (B, pick(rng, sc.buyer_more))]
    else:
        seq.append((B, talk.opener or pick(rng, openers)))
        if status == S.NEW:
            return [*seq, (B, pick(rng, sc.nudges))]
        seq.append((R, pick(rng, lines_for(sc.replies, shop))))
        seq.append((B, pick(rng, sc.buyer_more)))
    if status in DONE:
        seq.append((R, pick(rng, sc.agent_more)))
        seq.append((B, pick(rng, sc.close_buyer or THANKS_BUYER)))
        if rng.random() < 0.7:
            seq.append((R, pick(rng, sc.close_agent or THANKS_AGENT)))
    elif status != S.OPEN:
        waits = sc.waits.get(status.value) or WAITS[status.value]
        if status.value in WAIT_NOTES:
            seq.append((N, pick(rng, WAIT_NOTES[status.value])))
        seq.append((R, pick(rng, waits)))
    elif rng.random() < 0.45 and talk.kind not in _NOTHING_TO_SAY_YET:
        seq.append((R, pick(rng, sc.agent_more)))
    if sc.notes and rng.random() < 0.35:
        seq.insert(len(seq) - 1, (N, pick(rng, sc.notes)))
    return seq


def _times(rng: random.Random, t0: int, last: int, count: int) -> list[int]:
    last = max(last, t0 + count * SECOND)
    steps = [rng.random() + 0.2 for _ in range(count - 1)]
    total, span, out, acc = sum(steps), last - t0, [t0], 0.0
    for step in steps:
        acc += step
        out.append(t0 + int(span * acc / total) // SECOND * SECOND)
    out[-1] = last
    for i in range(1, count):  # strictly increasing, a second apart at least
        out[i] = max(out[i], out[i - 1] + SECOND)
    return out


def converse(
    rng: random.Random, out: dict[str, list[tuple]], talk: Talk, ctx: dict[str, str]
) -> Said:
    """Append the messages and timeline events of one ticket to ``out``."""
    sc = SCRIPTS[talk.kind]
    seq = _condensed(rng, sc, talk.shop) if talk.archived else _plan(rng, sc, talk)
    times = _times(rng, talk.t0, talk.last, len(seq))
    data = {"kind": talk.kind.value, "order_no": talk.order_no}
    at = talk.t0
    out["ticket_events"].append(
        event(uuid7(rng, at), talk.ticket_id, at, talk.created_by, "created", data)
    )
    if talk.archived:
        state, changes = S.OPEN, _archived(rng, out, talk, seq, times, ctx)
    else:
        state, changes = _full(rng, out, talk, seq, times, ctx)
    tid = talk.ticket_id
    target = talk.status if talk.status not in DONE else None
    if target is not None and target not in (state, S.NEW):
        _status(rng, out, tid, times[-1], talk.agent, state, target, "")
        changes += 1
    if talk.resolved is not None and not (talk.archived and talk.closed is not None):
        _status(rng, out, tid, talk.resolved, talk.agent, state, S.RESOLVED, "")
        changes += 1
    if talk.closed is not None:
        before = state if talk.archived else S.RESOLVED
        _status(rng, out, tid, talk.closed, talk.agent, before, S.CLOSED, "")
        changes += 1
    updated = max(times[-1], talk.resolved or 0, talk.closed or 0)
    return Said(last_message=_last_chat(seq, times), updated=updated, version=1 + changes)


def _archived(
    rng: random.Random, out: Rows, talk: Talk, seq: Lines, times: list[int], ctx: dict[str, str]
) -> int:
    """Messages only: of its timeline an archived case keeps when it was created and how it
    ended (closed, or resolved if it never was)."""
    for (kind, template), at in zip(seq, times, strict=True):
        author = talk.agent if kind == R else None
        body = template.format_map(ctx)
        out["messages"].append(message(uuid7(rng, at), talk.ticket_id, kind, author, body, at))
    return len(seq) + 1


def _full(
    rng: random.Random, out: Rows, talk: Talk, seq: Lines, times: list[int], ctx: dict[str, str]
) -> tuple[TicketStatus, int]:
    """Messages with an event each, the assignment and the first reply's status change."""
    tid, events, changes = talk.ticket_id, out["ticket_events"], 0
    if talk.assignee is not None:
        at = talk.t0 + between(rng, 10, 50) * SECOND
        data = {"before": None, "after": _s(talk.assignee)}
        events.append(event(uuid7(rng, at), tid, at, talk.assigner, "assigned", data))
        changes += 1
    state = S.NEW
    for (kind, template), at in zip(seq, times, strict=True):
        author = talk.agent if kind in (R, N) else None
        body = template.format_map(ctx)
        mid = uuid7(rng, at)
        out["messages"].append(message(mid, tid, kind, author, body, at))
        data = {"message_id": _s(mid), "excerpt": body[:80]}
        events.append(event(uuid7(rng, at), tid, at, author, kind.value, data))
        changes += 1
        if kind == R and state == S.NEW:
            state = _status(rng, out, tid, at, author, S.NEW, S.OPEN, "first_reply")
            changes += 1
    return state, changes


def _last_chat(seq: Lines, times: list[int]) -> int:
    """When the buyer or the agent last wrote (notes do not count, as in the services)."""
    for i in range(len(seq) - 1, -1, -1):
        if seq[i][0] in (B, R):
            return times[i]
    return times[-1]


def _status(
    rng: random.Random,
    out: dict[str, list[tuple]],
    tid: int,
    at: int,
    actor: int | None,
    before: TicketStatus,
    after: TicketStatus,
    reason: str,
) -> TicketStatus:
    data = {"before": before.value, "after": after.value, "reason": reason}
    out["ticket_events"].append(event(uuid7(rng, at), tid, at, actor, "status", data))
    return after
