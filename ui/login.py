"""The start-up login: pick the agent profile to work as."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.queries.lookups import AgentInfo
from ui.labels import label


class LoginDialog(QDialog):
    def __init__(
        self, agents: list[AgentInfo], last: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Kefu Desk · log in"))
        self.agents = agents
        self.combo = QComboBox(self)
        self.combo.setObjectName("loginAgent")
        for agent in agents:
            self.combo.addItem(f"{agent.display_name} · {label(agent.role)}", agent.id.hex)
        if last is not None:
            self.combo.setCurrentIndex(max(self.combo.findData(last.hex), 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Work as:")), self.combo)
        form.addRow(buttons)

    def chosen(self) -> AgentInfo | None:
        raw = self.combo.currentData()
        return next((a for a in self.agents if a.id.hex == raw), None)


def pick_agent(
    agents: list[AgentInfo], *, username: str | None, last: uuid.UUID | None
) -> AgentInfo | None:
    """The profile to use without asking, if one is named or there is only one."""
    if username:
        return next((a for a in agents if a.username == username), None)
    if len(agents) == 1:
        return agents[0]
    return None
