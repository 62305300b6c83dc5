"""The pre-sale desk's settings (``resources/presale.toml``): the reminder interval, the
attribution window for inquiry conversion, the words that bring up the carrier table."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from app.errors import InvalidInput
from app.resources import resource


@dataclass(frozen=True)
class PresaleConfig:
    reminder_interval_hours: int
    reminder_phrase_group: str
    attribution_hours: int
    carrier_words: tuple[str, ...]


def _hours(doc: dict, section: str, key: str) -> int:
    value = doc.get(section, {}).get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise InvalidInput(f"presale.toml: [{section}] {key} must be a whole number above zero")
    return value


@cache
def config() -> PresaleConfig:
    doc = tomllib.loads(resource("presale.toml").read_text(encoding="utf-8"))
    return PresaleConfig(
        reminder_interval_hours=_hours(doc, "payment_reminders", "interval_hours"),
        reminder_phrase_group=str(doc.get("payment_reminders", {}).get("phrase_group", "")),
        attribution_hours=_hours(doc, "conversion", "attribution_hours"),
        carrier_words=tuple(doc.get("carriers", {}).get("words", ())),
    )
