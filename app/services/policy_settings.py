"""Supervisors adjust a platform rule's figure without editing the shipped tables.

The change is a row in the overrides file in the data folder (see ``docs/policy.md``); the
shipped row stays as it is, and removing the override brings it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.platform_env import policy_overrides_path
from app.policy import Rule, load_table, remove_override, write_override
from app.services.unit import Actor, Changes, audit, mutation

PLATFORMS = ("law", "douyin", "taobao", "tmall")


def rule_in_force(platform: str, rule_id: str, when: tuple[str, ...], day: dt.date) -> Rule:
    """The version of a rule variant that applies to events on ``day``."""
    if platform not in PLATFORMS:
        raise InvalidInput(f"unknown rule table {platform!r}", field="platform")
    table = load_table(platform, overrides=policy_overrides_path())
    versions = [
        r
        for r in table.rules
        if r.id == rule_id and tuple(sorted(r.when)) == tuple(sorted(when)) and r.in_force_on(day)
    ]
    if not versions:
        raise NotFound(f"no rule {rule_id} {list(when)} in force in the {platform} table")
    return max(versions, key=lambda r: r.effective_from)


def _supervisor(actor: Actor) -> None:
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor can change a platform rule's figure")


@mutation("policy.override", stamps=("at",))
def override_rule(
    s: Session,
    actor: Actor,
    *,
    platform: str,
    rule_id: str,
    duration: int,
    at: DateTime,
    when: list[str] | None = None,
) -> Changes:
    """Give a rule a new figure from the version in force today on (same unit and clock)."""
    _supervisor(actor)
    if not isinstance(duration, int) or isinstance(duration, bool) or duration <= 0:
        raise InvalidInput("the figure must be a whole number above zero", field="duration")
    current = rule_in_force(
        platform, rule_id, tuple(when or ()), at.in_timezone("Asia/Shanghai").date()
    )
    new = dataclasses.replace(
        current,
        duration=duration,
        origin="override",
        note=f"changed by {actor.name or actor.agent_id} on {at.to_date_string()}",
    )
    audit(
        s,
        actor,
        "policy.override",
        "rule",
        None,
        at=at,
        platform=platform,
        rule=rule_id,
        when=list(when or ()),
        before=current.duration,
        after=duration,
        unit=current.unit,
    )
    s.flush()  # the audit entry is in; the file is written last, so a refusal leaves both
    write_override(policy_overrides_path(), new, platform=platform)
    return Changes(queue=True)


@mutation("policy.reset", stamps=("at",))
def reset_rule(
    s: Session,
    actor: Actor,
    *,
    platform: str,
    rule_id: str,
    at: DateTime,
    when: list[str] | None = None,
) -> Changes:
    """Remove a supervisor's override: the shipped figure applies again."""
    _supervisor(actor)
    removed = remove_override(
        policy_overrides_path(), platform=platform, rule_id=rule_id, when=tuple(when or ())
    )
    if removed:
        audit(
            s,
            actor,
            "policy.reset",
            "rule",
            None,
            at=at,
            platform=platform,
            rule=rule_id,
            when=list(when or ()),
        )
    return Changes(queue=removed)
