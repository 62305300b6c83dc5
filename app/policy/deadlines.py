"""Deadlines: pure functions of (rule table, order facts) -> windows in the shop's time zone.

Which row of a rule applies: among the rows whose start event has happened, whose ``when``
conditions all hold and which are in force on the start event's date (shop time), the most
specific (most conditions) wins, then the latest ``effective_from``. A platform-reported
deadline for the rule replaces the local end (see :func:`deadlines`).
"""

from __future__ import annotations

from pendulum import DateTime

from app.policy import explain
from app.policy.conditions import holds
from app.policy.errors import PolicyInputError
from app.policy.facts import OrderFacts, PlatformDeadline
from app.policy.instants import local
from app.policy.periods import bounds
from app.policy.rules import Rule, RuleTable
from app.policy.windows import Window


def select_rule(table: RuleTable, rule_id: str, facts: OrderFacts) -> Rule | None:
    """The row of ``rule_id`` that governs ``facts``, or ``None`` when none applies."""
    candidates = [rule for rule in table.versions(rule_id) if _applies(rule, facts)]
    return max(candidates, key=lambda r: (len(r.when), r.effective_from), default=None)


def _applies(rule: Rule, facts: OrderFacts) -> bool:
    started = facts.event(rule.start_event)
    if started is None or not holds(rule.when, facts):
        return False
    return rule.in_force_on(local(started, facts.shop_tz).date())


def _met_at(rule: Rule | None, facts: OrderFacts) -> DateTime | None:
    if rule is None or rule.ends_with is None:
        return None
    met = facts.event(rule.ends_with)
    return None if met is None else local(met, facts.shop_tz)


def local_window(rule: Rule, facts: OrderFacts) -> Window:
    """The window ``rule`` opens for ``facts`` by the table alone."""
    event_at = local(facts.events[rule.start_event], facts.shop_tz)
    starts_at, ends_at = bounds(rule, event_at, facts.shop_tz)
    met_at = _met_at(rule, facts)
    texts = explain.local_texts(rule, event_at, ends_at, met_at)
    return Window(
        rule_id=rule.id,
        starts_at=starts_at,
        ends_at=ends_at,
        explanation=texts.en,
        explanation_zh=texts.zh,
        local_ends_at=ends_at,
        party=rule.party,
        start_event=rule.start_event,
        event_at=event_at,
        met_at=met_at,
        rule=rule,
    )


def _disagrees(table: RuleTable, platform: DateTime, computed: DateTime | None) -> bool:
    if computed is None:
        return False
    return abs((platform - computed).total_seconds()) > table.tolerance_seconds


def platform_window(
    table: RuleTable, facts: OrderFacts, deadline: PlatformDeadline, computed: Window | None
) -> Window:
    """The window whose end the platform reported, cross-checked with ``computed``."""
    rule = computed.rule if computed else next(iter(table.versions(deadline.rule_id)), None)
    ends_at = local(deadline.ends_at, facts.shop_tz)
    local_end = computed.ends_at if computed else None
    disagrees = _disagrees(table, ends_at, local_end)
    met_at = _met_at(rule, facts)
    name = (
        explain.title(computed.rule)
        if computed and computed.rule
        else explain.plain_title(deadline.rule_id, rule)
    )
    texts = explain.platform_texts(name, deadline.field, ends_at, local_end, disagrees, met_at)
    return Window(
        rule_id=deadline.rule_id,
        starts_at=min(computed.starts_at, ends_at) if computed and computed.starts_at else None,
        ends_at=ends_at,
        explanation=texts.en,
        explanation_zh=texts.zh,
        source="platform",
        local_ends_at=local_end,
        platform_field=deadline.field,
        disagrees_with_local=disagrees,
        party=rule.party if rule else "merchant",
        start_event=computed.start_event if computed else None,
        event_at=computed.event_at if computed else None,
        met_at=met_at,
        rule=rule,
    )


def _check_platform(table: RuleTable, facts: OrderFacts) -> None:
    if table.platform not in ("law", facts.platform):
        message = f"table of '{table.platform}' used for an order of '{facts.platform}'"
        raise PolicyInputError("platform", message, reason="table_mismatch")


def window_for(table: RuleTable, rule_id: str, facts: OrderFacts) -> Window | None:
    """The window of one rule: the platform's deadline when reported, else the local one."""
    rule = select_rule(table, rule_id, facts)
    computed = local_window(rule, facts) if rule else None
    reported = facts.platform_deadline(rule_id)
    if reported is None:
        return computed
    return platform_window(table, facts, reported, computed)


def deadlines(table: RuleTable, facts: OrderFacts) -> list[Window]:
    """Every window the events in ``facts`` open, earliest end first (one per rule id).

    Rules whose start event has not happened, whose conditions do not hold or that were not
    in force yet give no window. A platform-reported deadline (``facts.platform_deadlines``)
    wins over the table: the window then has ``source="platform"``, keeps the local end in
    ``local_ends_at`` and sets ``disagrees_with_local`` when the two differ by more than the
    table's ``platform_deadline_tolerance_seconds``; a reported deadline for a rule the table
    does not compute still gives a window (``starts_at`` is then ``None``).
    """
    _check_platform(table, facts)
    ids = list(table.rule_ids())
    ids += [d.rule_id for d in facts.platform_deadlines if d.rule_id not in ids]
    found = [w for w in (window_for(table, rule_id, facts) for rule_id in ids) if w is not None]
    return sorted(found, key=lambda w: (w.ends_at, w.rule_id))


def deadlines_by_rule(table: RuleTable, facts: OrderFacts) -> dict[str, Window]:
    """:func:`deadlines` keyed by rule id."""
    return {window.rule_id: window for window in deadlines(table, facts)}
