"""What every pane needs: the store, who is logged in, the change bus and the actions."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QAction

from app.db.store import Store
from app.drafts import Drafts
from app.queries.lookups import AgentInfo
from app.services import Actor, Changes
from ui.actions import ActionId
from ui.bus import ChangeBus


@dataclass
class AppContext:
    store: Store
    agent: AgentInfo
    bus: ChangeBus
    drafts: Drafts
    actions: dict[ActionId, QAction] = field(default_factory=dict)

    @property
    def actor(self) -> Actor:
        return Actor(self.agent.id, self.agent.role, self.agent.display_name)

    @property
    def sessions(self):  # noqa: ANN201
        return self.store.sessions

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        self.bus.publish(changes, initiator)
