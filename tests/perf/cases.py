"""The measured cases: queue page, ticket open, search, add note, start-up, memory."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import select

from app import services
from app.db.store import Store
from app.models import Agent, Tag, Ticket, TicketKind
from app.queries import queue as q
from app.queries.search import search
from app.queries.tickets import conversation, load_ticket
from app.services import Actor
from tests.perf import raw
from tests.perf.timing import Result, summarize, times_ms

RUNS = 30


def demo_actor(store: Store) -> Actor:
    with store.sessions() as s:
        agent = s.scalar(select(Agent).where(Agent.username == "demo"))
        return Actor(agent.id, agent.role, agent.display_name)


def _read_case(store: Store, con, name: str, target: float, calls: list) -> Result:  # noqa: ANN001
    """Time ``calls`` (one per run, cycling) and the same SQL replayed through raw sqlite3."""
    ms = times_ms(lambda i: calls[i % len(calls)](), RUNS)
    raw_ms: list[float] = []
    for i in range(RUNS):
        with raw.captured(store.engine) as statements:
            calls[i % len(calls)]()
        run = raw.replay(con, statements)
        raw_ms += times_ms(run, 1, warmup=1)
    return summarize(name, ms, raw_ms, target)


def queue_pages(store: Store, con, actor: Actor) -> list[Result]:  # noqa: ANN001
    with store.sessions() as s:
        tag_id = s.scalar(select(Tag.id).order_by(Tag.name).limit(1))
    me = actor.agent_id
    filters = {
        "queue: my tickets": q.QueueFilter(view=q.View.MINE, me=me),
        "queue: all, kind = return": q.QueueFilter(
            view=q.View.ALL, kinds=frozenset({TicketKind.RETURN})
        ),
        "queue: due soon": q.QueueFilter(view=q.View.DUE_SOON, me=me),
        "queue: overdue, by tag": q.QueueFilter(view=q.View.OVERDUE, tag_id=tag_id),
        "queue: unassigned, newest due first": q.QueueFilter(
            view=q.View.UNASSIGNED, descending=True
        ),
    }
    out = []
    for name, flt in filters.items():
        out.append(
            _read_case(
                store, con, name, 30, [lambda f=flt: q.fetch_page(store.sessions, f, limit=100)]
            )
        )
    return out


def ticket_open(store: Store, con, sample: list[uuid.UUID]) -> list[Result]:  # noqa: ANN001
    """As the panes do it (with the platform windows worked out), and its reads alone."""
    full = [
        lambda t=t: (load_ticket(store.sessions, t), conversation(store.sessions, t))
        for t in sample
    ]
    reads = [
        lambda t=t: (
            load_ticket(store.sessions, t, with_windows=False),
            conversation(store.sessions, t),
        )
        for t in sample
    ]
    return [
        _read_case(store, con, "ticket open + transcript + windows", 30, full),
        _read_case(store, con, "ticket open + transcript (reads)", 30, reads),
    ]


def full_text(store: Store, con) -> list[Result]:  # noqa: ANN001
    out = []
    for term in ("掉色", "没发货", "顺丰", "T恤"):
        out.append(
            _read_case(
                store, con, f"search: {term}", 100, [lambda t=term: search(store.sessions, t)]
            )
        )
    return out


def add_note(store: Store, con, actor: Actor, sample: list[uuid.UUID]) -> Result:  # noqa: ANN001
    ms = times_ms(
        lambda i: services.add_note(
            store.sessions,
            actor=actor,
            ticket_id=sample[i % len(sample)],
            body="查一下批次，和仓库确认发货重量",
        ),
        RUNS,
    )
    raw_ms = times_ms(raw.add_note_raw(con, [t.hex for t in sample], actor.agent_id.hex), RUNS)
    return summarize("add a note", ms, raw_ms, 20)


def sample_tickets(store: Store, n: int = 50, seed: int = 1) -> list[uuid.UUID]:
    with store.sessions() as s:
        total = s.query(Ticket).count()
        rng = random.Random(seed)
        offsets = sorted(rng.randrange(total) for _ in range(n))
        return [s.scalar(select(Ticket.id).order_by(Ticket.id).offset(o).limit(1)) for o in offsets]


def startup(db: Path, runs: int = 3) -> tuple[Result, float]:
    """Seconds from launching ``kefu`` to its first painted queue page; the GUI's peak memory."""
    # As on an agent's desktop: Python keeps compiled bytecode, and the first (unmeasured)
    # start writes it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    ms, peak_mb = [], 0.0
    for run in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "--db", str(db), "--user", "demo", "--probe-startup"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        for line in proc.stdout:
            if "first queue page painted" in line:
                if run:
                    ms.append((time.perf_counter() - start) * 1000)
                break
        else:
            raise RuntimeError(
                f"the workstation did not start: {proc.stderr.read().strip()[-2000:]}"
            )
        _pid, _status, usage = os.wait4(proc.pid, 0)
        peak_mb = max(peak_mb, usage.ru_maxrss / 1024)
    return summarize("start-up to first painted page", ms, None, 2000), peak_mb


def workflow_steps(store: Store, actor: Actor, runs: int = 30) -> Result:
    """Advancing a procedure one step (rules checks, records and the view it answers with):
    say and ask steps of the urge-shipment script on tickets that have no run yet."""
    from app.models import RunState, TicketStatus, WorkflowRun
    from app.workflows import Controller
    from app.workflows.model import StepKind

    ctl = Controller(store.sessions, actor)
    with store.sessions() as s:
        busy = select(WorkflowRun.ticket_id)
        candidates = s.scalars(
            select(Ticket.id)
            .where(
                Ticket.kind == TicketKind.URGE_SHIPMENT,
                Ticket.status.in_([TicketStatus.NEW, TicketStatus.OPEN]),
                Ticket.id.not_in(busy),
            )
            .limit(runs)
        ).all()
    ms: list[float] = []
    for ticket_id in candidates:
        view = ctl.start(ticket_id, "urge_shipment").view
        while view.state == RunState.RUNNING and view.kind in (StepKind.SAY, StepKind.ASK):
            choice = view.choices[0].id if view.kind == StepKind.ASK else None
            start = time.perf_counter()
            view = ctl.answer(view.run_id, view.step_id, choice=choice).view
            ms.append((time.perf_counter() - start) * 1000)
    return summarize("workflow: advance one step", ms, None, 15)
