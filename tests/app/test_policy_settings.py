"""Supervisors override a rule figure in the settings; agents cannot; reset brings it back."""

from __future__ import annotations

import pendulum
import pytest
from sqlalchemy import select, update

from app import services
from app.errors import InvalidInput, PermissionDenied
from app.models import AuditEntry, Order, OrderStatus, Role, TicketKind
from app.platform_env import policy_overrides_path
from app.queries.rule_figures import figures
from app.queries.tickets import load_ticket
from app.services.policy_settings import override_rule, reset_rule
from tests.app.builders import add_agent, snapshot, world


@pytest.fixture(autouse=True)
def no_overrides():
    policy_overrides_path().unlink(missing_ok=True)
    yield
    policy_overrides_path().unlink(missing_ok=True)


def _refund_window(store, w):
    with store.sessions.begin() as s:
        s.execute(update(Order).where(Order.id == w.order_id).values(status=OrderStatus.STOCKING))
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.REFUND_ONLY, order_no=w.order_no
    ).created
    return {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}["merchant_response_due"]


def test_a_supervisors_figure_replaces_the_shipped_one_and_reset_restores_it(store, frozen_clock):
    w = world(store)
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    assert _refund_window(store, w).ends_at == frozen_clock.at.add(hours=48)
    override_rule(
        store.sessions,
        actor=boss,
        platform="douyin",
        rule_id="merchant_response_due",
        when=["unshipped"],
        duration=24,
    )
    assert _refund_window(store, w).ends_at == frozen_clock.at.add(hours=24)
    shown = {(f.rule_id, f.when): f for f in figures("douyin", frozen_clock.at.date())}
    assert shown[("merchant_response_due", ("unshipped",))].overridden
    with store.sessions() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "policy.override"))
    assert (
        entry.details["before"] == 48
        and entry.details["after"] == 24
        and entry.agent_id == boss.agent_id
    )
    reset_rule(
        store.sessions,
        actor=boss,
        platform="douyin",
        rule_id="merchant_response_due",
        when=["unshipped"],
    )
    assert _refund_window(store, w).ends_at == frozen_clock.at.add(hours=48)


def test_an_agent_cannot_change_a_figure_and_nothing_is_written(store, frozen_clock):
    w = world(store)
    before = snapshot(store)
    with pytest.raises(PermissionDenied):
        override_rule(
            store.sessions,
            actor=w.actor,
            platform="taobao",
            rule_id="no_reason_return",
            when=["no_reason_eligible"],
            duration=30,
        )
    assert not policy_overrides_path().exists()
    assert snapshot(store) == before


@pytest.mark.parametrize("duration", [0, -3])
def test_a_figure_must_be_a_positive_whole_number(store, frozen_clock, duration):
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    with pytest.raises(InvalidInput):
        override_rule(
            store.sessions,
            actor=boss,
            platform="taobao",
            rule_id="return_ship_due",
            duration=duration,
        )
    assert not policy_overrides_path().exists()


def test_the_figures_in_force_list_every_rule_of_the_platform(frozen_clock):
    rows = figures("taobao", pendulum.date(2026, 3, 1))
    ids = {r.rule_id for r in rows}
    assert {"no_reason_return", "merchant_response_due", "refund_overdue", "return_ship_due"} <= ids
    response = [
        r for r in rows if r.rule_id == "merchant_response_due" and r.when == ("unshipped",)
    ]
    assert [r.duration for r in response] == [24]  # the 2024 version, not the older 48 h
