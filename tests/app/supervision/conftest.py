"""A desk with an agent, a supervisor and an administrator in a real store."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.models import Role
from app.services import Actor
from app.workflows import Controller
from tests.app.builders import add_agent
from tests.app.workflows.walker import Scene


@dataclass
class Desk:
    scene: Scene
    ctl: Controller
    admin: Actor
    presale: Actor

    @property
    def store(self):  # noqa: ANN201
        return self.scene.store

    @property
    def agent(self) -> Actor:
        return self.scene.actor

    @property
    def boss(self) -> Actor:
        return self.scene.supervisor


@pytest.fixture
def desk(store, frozen_clock, tmp_path) -> Desk:
    scene = Scene.build(store, tmp_path)
    admin = add_agent(store, name="管理员", role=Role.ADMIN)
    presale = add_agent(store, name="售前小美", role=Role.PRESALE)
    return Desk(scene, Controller(store.sessions, scene.actor), admin, presale)
