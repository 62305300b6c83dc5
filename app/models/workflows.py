"""Workflow runs: an SOP script being walked on a ticket, stored so it resumes after a crash.

A run keeps the script it follows (id and version), the step it stands at, the answers given
so far, the history of steps taken (for going back and for the panel) and the records its
actions made. A run waiting for a supervisor names the record in ``waiting_for``.
"""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.enums import RunState


class WorkflowRun(IdMixin, SyncMixin, Base):
    __tablename__ = "workflow_runs"
    __table_args__ = (
        Index("ix_workflow_runs_ticket", "ticket_id", "state"),
        Index("ix_workflow_runs_waiting", "waiting_for"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    script_id: Mapped[str] = mapped_column(String(60))
    script_version: Mapped[int]
    step: Mapped[str] = mapped_column(String(60))
    state: Mapped[RunState] = mapped_column(str_enum(RunState), default=RunState.RUNNING)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)  # field name -> value
    history: Mapped[list[Any]] = mapped_column(default=list)  # frames, oldest first
    records: Mapped[list[Any]] = mapped_column(default=list)  # {"entity", "id", "step"}
    waiting_for: Mapped[uuid.UUID | None] = mapped_column(default=None)
    # After the supervisor's decision: {"approved": step id, "refused": step id}.
    branches: Mapped[dict[str, Any]] = mapped_column(default=dict)
    outcome: Mapped[str] = mapped_column(String(60), default="")
    started_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    ended_at: Mapped[DateTime | None] = mapped_column(default=None)
