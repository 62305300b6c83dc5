"""Service targets come from resources/sla.toml, checked when loaded."""

from __future__ import annotations

import tomllib

import pytest

from app.errors import InvalidInput
from app.models import TicketKind, TicketStatus
from app.resources import resource
from app.services import due


@pytest.fixture
def sla_file(tmp_path, monkeypatch):
    path = tmp_path / "sla.toml"
    monkeypatch.setattr(due, "resource", lambda *_: path)
    due.sla.cache_clear()
    yield path
    due.sla.cache_clear()


def test_every_ticket_kind_has_a_first_response_target():
    data = tomllib.loads(resource("sla.toml").read_text(encoding="utf-8"))
    assert set(data["first_response"]) == {k.value for k in TicketKind}
    active = {s.value for s in TicketStatus} - {"resolved", "closed"}
    assert set(data["next_touch"]) == active
    loaded = due.sla()
    assert loaded.first_response == {TicketKind(k): v for k, v in data["first_response"].items()}
    assert loaded.due_soon == data["urgency"]["due_soon"] > loaded.critical > 0


def _write(path, first="inquiry = 10", touch="open = 240", urgency="due_soon = 120\ncritical = 30"):
    path.write_text(f"[first_response]\n{first}\n[next_touch]\n{touch}\n[urgency]\n{urgency}\n")


def test_a_table_with_its_own_figures_is_used(sla_file, frozen_clock):
    _write(sla_file, first="inquiry = 3")
    assert due.first_response_due(TicketKind.INQUIRY, frozen_clock.at) == (
        frozen_clock.at.add(minutes=3),
        "first_response",
    )
    assert due.next_touch_due(TicketStatus.OPEN, frozen_clock.at)[0] == frozen_clock.at.add(
        minutes=240
    )
    assert due.next_touch_due(TicketStatus.RESOLVED, frozen_clock.at) is None


@pytest.mark.parametrize(
    "broken",
    [
        {"first": "inquiry = -5"},
        {"first": "inquiry = 0"},
        {"first": "inquiry = 'ten'"},
        {"first": "not_a_kind = 10"},
        {"touch": "sleeping = 10"},
        {"urgency": "critical = 30"},
    ],
)
def test_a_broken_table_is_refused_with_its_name(sla_file, broken):
    _write(sla_file, **broken)
    with pytest.raises(InvalidInput) as info:
        due.sla()
    assert "sla.toml" in str(info.value)
