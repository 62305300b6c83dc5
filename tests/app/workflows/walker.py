"""Drive the controller along a path, on a real store, arranging the world so each check
goes the way the path needs, and report whether the path could be walked.

``Scene`` holds one shop, buyer and agent; every walk gets a fresh order and ticket, so the
walks of one script share a store without touching each other's items.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pendulum import DateTime
from sqlalchemy import select

from app import clock
from app.db.store import Store
from app.models import (
    Agent,
    ItemAfterSale,
    Order,
    OrderItem,
    OrderStatus,
    PaymentMethod,
    Role,
    Shop,
    TicketKind,
    WorkflowRun,
)
from app.services import create_ticket
from app.services.attachments import StoredFile, store_file
from app.services.remedies import approve_compensation, refuse_compensation
from app.services.unit import Actor
from app.workflows import Controller, StepView, library
from app.workflows.model import StepKind
from tests.app.builders import add_agent, add_customer, add_order, add_shop

Move = tuple[str, str, str]
LIMIT_FEN = 5000  # the walking agent's compensation limit (builders.add_agent)
_serial = itertools.count(1)


class Infeasible(Exception):
    """The world sent the run another way than the path: try the next alternative."""


@dataclass
class Scene:
    store: Store
    actor: Actor
    supervisor: Actor
    shop_id: uuid.UUID
    customer_id: uuid.UUID
    files: list[StoredFile] = field(default_factory=list)

    @classmethod
    def build(cls, store: Store, tmp: Path) -> Scene:
        actor = add_agent(store, name="售后小王")
        supervisor = add_agent(store, name="主管老李", role=Role.SUPERVISOR)
        shop = add_shop(store)
        with store.sessions.begin() as s:
            s.get(Shop, shop).settings = {"return_address": "浙江省杭州市余杭区仓前街道 退货组 收"}
        customer = add_customer(store, shop, buyer_id="dy-walker")
        photo = tmp / "面单.jpg"
        photo.write_bytes(b"\xff\xd8 label photo")
        files = [store_file(store.files_dir, photo)]
        return cls(store, actor, supervisor, shop, customer, files)

    def ticket(self, kind: str) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID]]:
        now = clock.now()
        order_no = f"69310277{next(_serial):08d}"
        order_id, items = add_order(
            self.store,
            self.shop_id,
            self.customer_id,
            order_no=order_no,
            placed_at=now.subtract(days=6),
        )
        with self.store.sessions.begin() as s:
            order = s.get(Order, order_id)
            order.shipped_at, order.signed_at = now.subtract(days=4), now.subtract(days=2)
            order.carrier, order.tracking_no = "中通快递", f"ZT{next(_serial):010d}"
        tid = create_ticket(
            self.store.sessions, actor=self.actor, kind=TicketKind(kind), order_no=order_no,
            item_ids=[items[0]],
        ).created  # fmt: skip
        return tid, order_id, items


# ---- arranging the world for a check -------------------------------------------------


def _order_setup(check: str, passed: bool, now: DateTime) -> dict[str, Any]:
    days = lambda n: now.subtract(days=n)  # noqa: E731
    unshipped = {"shipped_at": None, "signed_at": None, "confirmed_at": None, "carrier": None,
                 "tracking_no": None, "status": OrderStatus.STOCKING}  # fmt: skip
    shipped = {"shipped_at": days(2), "signed_at": None, "confirmed_at": None,
               "status": OrderStatus.SHIPPED, "carrier": "中通快递"}  # fmt: skip
    signed = {"shipped_at": days(4), "signed_at": days(2), "status": OrderStatus.SIGNED}
    table: dict[str, tuple[dict, dict]] = {
        "order_paid": (
            {"paid_at": days(5)},
            {**unshipped, "paid_at": None, "status": OrderStatus.PLACED},
        ),
        "order_shipped": (shipped, unshipped),
        "order_signed": (signed, shipped),
        "in_no_reason_window": (
            {"shipped_at": days(4), "signed_at": days(2)},
            {"shipped_at": days(14), "signed_at": days(12)},
        ),
        "in_quality_window": (
            {**signed, "confirmed_at": days(1), "status": OrderStatus.CONFIRMED},
            {
                "shipped_at": days(45),
                "signed_at": days(43),
                "confirmed_at": days(40),
                "status": OrderStatus.CONFIRMED,
            },
        ),  # fmt: skip
        "can_exchange": (signed, {"status": OrderStatus.COMPLETED}),  # completed: too late
        "can_merchant_cancel": (
            {**unshipped, "payment_method": PaymentMethod.COD},
            {**unshipped, "payment_method": PaymentMethod.ONLINE},
        ),
        "is_cod": (
            {**shipped, "payment_method": PaymentMethod.COD},
            {"payment_method": PaymentMethod.ONLINE},
        ),
        "past_ship_by": (
            {**unshipped, "ship_by": now.subtract(hours=3)},
            {**unshipped, "ship_by": now.add(hours=20)},
        ),
        "tracking_stale": ({**shipped, "shipped_at": days(6)}, {**shipped, "shipped_at": days(6)}),
        "has_tracking": ({"tracking_no": "ZT0000000001"}, {"tracking_no": None}),
    }
    yes, no = table.get(check, ({}, {}))
    return yes if passed else no


def arrange(scene: Scene, path: list[Move], order_id: uuid.UUID, items: list[uuid.UUID]) -> None:
    lib = library()
    now = clock.now()
    changes: dict[str, Any] = {}
    adjust: bool | None = None
    blocked = False
    for script_id, step_id, branch in path:
        step = lib.get(script_id).step(step_id)
        if step.kind != StepKind.CHECK:
            continue
        changes.update(_order_setup(step.test, branch == "yes", now))
        if step.test == "can_adjust_refund":
            adjust = branch == "yes"
        if step.test == "can_start_aftersale" and branch == "no":
            blocked = True
    with scene.store.sessions.begin() as s:
        order = s.get(Order, order_id)
        for key, value in changes.items():
            setattr(order, key, value)
        if adjust is not None:
            s.get(Agent, scene.actor.agent_id).can_adjust_refund = adjust
        if blocked:  # another case runs on the item
            s.get(OrderItem, items[0]).aftersale = ItemAfterSale.IN_PROGRESS


# ---- values for the fields ------------------------------------------------------------


def _ahead(path: list[Move], pos: int) -> dict[str, str]:
    """The checks and approval branches coming after ``pos``, by check name."""
    lib = library()
    found: dict[str, str] = {}
    for script_id, step_id, branch in path[pos:]:
        step = lib.get(script_id).step(step_id)
        if step.kind == StepKind.CHECK:
            found.setdefault(step.test, branch)
        elif step.kind == StepKind.ACTION and step.do == "compensation.register":
            found.setdefault("register", branch)
    return found


def values_for(scene: Scene, view: StepView, path: list[Move], pos: int) -> dict[str, Any]:
    now = clock.now()
    ahead = _ahead(path, pos)
    small = ahead.get("within_authority") == "yes" or ahead.get("register") == "next"
    out: dict[str, Any] = {}
    for f in view.fields:
        value = f.value
        if f.type == "money" and f.name == "amount" and "register" in ahead:
            value = 3000 if small else 20000
        elif value is None or value == []:
            value = _synthetic(scene, f.type, f.options, now)
        out[f.name] = value
    if "passed" in out:
        out["passed"] = ahead.get("inspection_passed", "yes") == "yes"
        out["finding"] = "" if out["passed"] else "吊牌缺失且有明显穿着痕迹"
    if "warehouse_g" in out:
        short = ahead.get("warehouse_short_shipped") == "yes"
        out.update(
            expected_g=1000,
            warehouse_g=800 if short else 1000,
            carrier_g=1000 if not short else 800,
        )
    if "last_scan_at" in out:
        stale = ahead.get("tracking_stale") == "yes"
        out["last_scan_at"] = now.subtract(days=5 if stale else 1).isoformat()
    return out


def _synthetic(scene: Scene, kind: str, options: tuple, now: DateTime) -> Any:
    n = next(_serial)
    return {
        "text": "买家说明情况",
        "long_text": "买家反馈洗后掉色,已核对批次,申请按规则处理。",
        "lines": ["买家:衣服洗了一次就掉色了", "客服:麻烦您拍一下掉色的位置"],
        "money": 3000,
        "weight": 1000,
        "number": 1,
        "tracking": f"SF{n:010d}",
        "carrier": "顺丰速运",
        "choice": options[0].id if options else "",
        "datetime": now.add(days=1).isoformat(),
        "files": list(scene.files),
        "bool": True,
    }.get(kind, "x")


# ---- walking ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Walked:
    ticket_id: uuid.UUID
    order_id: uuid.UUID
    items: list[uuid.UUID]
    view: StepView
    calls: int  # workflow mutations made (for the outbox count)
    path: list[Move]
    order_status: OrderStatus  # when the run started


def walk(scene: Scene, path: list[Move], around: Callable[[], Any] = nullcontext) -> Walked:
    """Walk ``path`` from its first script's start; raises Infeasible when the world sends
    the run elsewhere. ``around`` wraps every step the controller takes (and the
    supervisor's decisions): a context manager factory."""
    script = library().get(path[0][0])
    tid, order_id, items = scene.ticket(script.kinds[0])
    arrange(scene, path, order_id, items)
    with scene.store.sessions() as s:
        status = s.get(Order, order_id).status
    ctl = Controller(scene.store.sessions, scene.actor)
    with around():
        view = ctl.start(tid, script.id).view
    calls, seen, pos = 1, 0, 0
    while True:
        pos, seen = _follow(view, path, pos, seen)
        if view.state == "ended":
            if pos != len(path):
                raise Infeasible(f"ended early at {view.step_id}")
            return Walked(tid, order_id, items, view, calls, path, status)
        script_id, step_id, branch = path[pos]
        if (view.script_id, view.step_id) != (script_id, step_id):
            raise Infeasible(f"at {view.script_id}.{view.step_id}, expected {script_id}.{step_id}")
        with around():
            view = _answer(ctl, scene, view, branch, path, pos)
        calls += 1
        pos += 1
        if view.state == "waiting_approval":
            if branch not in ("approved", "refused"):
                raise Infeasible("waits for a supervisor")
            with around():
                _decide(scene, view, branch)
                view = ctl.view(view.run_id)
        elif branch in ("approved", "refused"):
            raise Infeasible("did not wait for a supervisor")


def _follow(view: StepView, path: list[Move], pos: int, seen: int) -> tuple[int, int]:
    """Match the automatic steps the run took (checks, handoffs, end) against the path."""
    for past in view.history[seen:]:
        if past.kind in ("check", "handoff", "end"):
            want = path[pos] if pos < len(path) else None
            branch = {"check": "yes" if past.passed else "no", "handoff": "handoff", "end": "end"}[
                past.kind
            ]
            if want != (past.script_id, past.step_id, branch):
                raise Infeasible(
                    f"{past.script_id}.{past.step_id} went {branch}, path wants {want}"
                )
            pos += 1
    return pos, len(view.history)


def _answer(
    ctl: Controller, scene: Scene, view: StepView, branch: str, path: list[Move], pos: int
) -> StepView:
    if view.kind == "ask":
        return ctl.answer(view.run_id, view.step_id, choice=branch).view
    if view.kind == "say":
        return ctl.answer(view.run_id, view.step_id).view
    values = values_for(scene, view, path, pos)
    return ctl.answer(view.run_id, view.step_id, values=values).view


def _decide(scene: Scene, view: StepView, branch: str) -> None:
    sessions, boss = scene.store.sessions, scene.supervisor
    if branch == "approved":
        approve_compensation(sessions, actor=boss, compensation_id=view.waiting_for)
    else:
        refuse_compensation(
            sessions, actor=boss, compensation_id=view.waiting_for, reason="金额偏高"
        )


def run_row(store: Store, run_id: uuid.UUID) -> WorkflowRun:
    with store.sessions() as s:
        return s.scalar(select(WorkflowRun).where(WorkflowRun.id == run_id))
