"""Granted return-window extensions as the rules engine's windows see them: a granted
extension moves the end of the ticket's window of that rule to the new deadline (never
earlier than the table's own end), and says so in the window's explanation."""

from __future__ import annotations

import dataclasses
import uuid

from pendulum import DateTime
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.models import ExtensionStatus, WindowExtension
from app.policy import Window
from app.policy.explain import plain_title, stamps

SOURCE = "extension"


def granted(conn: Session | Connection, ticket_id: uuid.UUID) -> dict[str, DateTime]:
    """rule id -> the latest new deadline granted on the ticket for that rule."""
    stmt = (
        select(WindowExtension.rule_id, func.max(WindowExtension.new_deadline))
        .where(
            WindowExtension.ticket_id == ticket_id,
            WindowExtension.status == ExtensionStatus.GRANTED,
            WindowExtension.deleted_at.is_(None),
        )
        .group_by(WindowExtension.rule_id)
    )
    return {rule: at for rule, at in conn.execute(stmt).all() if at is not None}


def extend(windows: list[Window], extensions: dict[str, DateTime]) -> list[Window]:
    """``windows`` with each extended rule's end moved to its granted deadline, earliest end
    first again."""
    if not extensions:
        return windows
    out = []
    for w in windows:
        new = extensions.get(w.rule_id)
        if new is not None and new > w.ends_at:
            end = new.in_timezone(w.ends_at.timezone_name or "Asia/Shanghai")
            name = plain_title(w.rule_id, w.rule)
            was, now = stamps(w.ends_at, end)
            w = dataclasses.replace(
                w,
                ends_at=end,
                local_ends_at=w.ends_at,
                source=SOURCE,
                disagrees_with_local=False,
                explanation=f"{name.en} extended to {now} at the buyer's request (was {was})",
                explanation_zh=f"{name.zh}应买家申请延长至 {now}(原截止 {was})",
            )
        out.append(w)
    return sorted(out, key=lambda w: (w.ends_at, w.rule_id))
