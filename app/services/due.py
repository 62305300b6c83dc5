"""Service targets (resources/sla.toml) and the due time they give a ticket."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from pendulum import DateTime

from app.errors import InvalidInput
from app.models import TicketKind, TicketStatus
from app.resources import resource


@dataclass(frozen=True)
class Sla:
    first_response: dict[TicketKind, int]
    next_touch: dict[TicketStatus, int]
    due_soon: int
    critical: int
    windows: dict[TicketKind, tuple[str, ...]]
    remedy_windows: tuple[str, ...] = ()  # windows opened by remedy records, on every kind
    reship_promise: int | None = None  # minutes, where the platform has no reship rule


@cache
def sla() -> Sla:
    path = resource("sla.toml")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    try:
        first = {
            TicketKind(k): _minutes(path, "first_response", k, v)
            for k, v in data["first_response"].items()
        }
        touch = {
            TicketStatus(k): _minutes(path, "next_touch", k, v)
            for k, v in data["next_touch"].items()
        }
        urgency = data["urgency"]
        windows = {TicketKind(k): tuple(v) for k, v in data.get("windows", {}).items()}
        remedies = data.get("remedies", {})
        promise = remedies.get("reship_promise")
        return Sla(
            first,
            touch,
            int(urgency["due_soon"]),
            int(urgency["critical"]),
            windows,
            tuple(remedies.get("windows", ())),
            _minutes(path, "remedies", "reship_promise", promise) if promise is not None else None,
        )
    except (KeyError, ValueError) as exc:
        raise InvalidInput(f"{path.name}: missing or unknown entry {exc}") from exc


def _minutes(path: object, table: str, key: str, value: object) -> int:
    if not isinstance(value, int) or value <= 0:
        raise InvalidInput(f"{path}: [{table}] {key} must be a positive number of minutes")
    return value


def first_response_due(kind: TicketKind, created_at: DateTime) -> tuple[DateTime, str]:
    minutes = sla().first_response.get(kind, 240)
    return created_at.add(minutes=minutes), "first_response"


def next_touch_due(status: TicketStatus, at: DateTime) -> tuple[DateTime, str] | None:
    minutes = sla().next_touch.get(status)
    return (at.add(minutes=minutes), f"next_touch:{status.value}") if minutes else None
