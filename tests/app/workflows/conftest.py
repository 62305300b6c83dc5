"""A desk to work at: one shop, buyer, agent and supervisor in a real store; tickets on demand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.models import OutboxMutation
from app.workflows import Controller
from tests.app.workflows.walker import Scene


@dataclass
class Desk:
    scene: Scene
    ctl: Controller
    boss: Controller

    def ticket(self, kind: str) -> uuid.UUID:
        return self.scene.ticket(kind)[0]

    def outbox(self) -> int:
        with self.scene.store.sessions() as s:
            return s.scalar(select(func.count()).select_from(OutboxMutation))


@pytest.fixture
def desk(store, frozen_clock, tmp_path) -> Desk:
    scene = Scene.build(store, tmp_path)
    return Desk(
        scene, Controller(store.sessions, scene.actor), Controller(store.sessions, scene.supervisor)
    )
