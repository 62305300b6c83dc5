"""Helpers for the pre-sale GUI tests."""

from __future__ import annotations

import uuid

from app.queries import queue as q
from tests.ui.conftest import settle


def open_ticket(qtbot, window, ticket_id: uuid.UUID) -> None:  # noqa: ANN001
    """Show every ticket and select ``ticket_id``; wait until both panes have it."""
    window.queue.show_view(q.View.ALL)
    settle(qtbot)
    qtbot.waitUntil(lambda: window.queue.select_ticket(ticket_id), timeout=5000)
    qtbot.waitUntil(
        lambda: window.ticket.detail is not None and window.ticket.detail.id == ticket_id,
        timeout=5000,
    )
    settle(qtbot)


def trigger(qtbot, window, action_id) -> None:  # noqa: ANN001
    window.ctx.actions[action_id].trigger()
    settle(qtbot)
