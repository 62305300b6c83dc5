"""The platforms' words for columns and order states (``resources/connectors/orders.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from app.connectors.values import fold
from app.resources import resource

LEVELS = ("order", "item")
KINDS = ("id", "text", "money", "int", "time", "state", "payment", "flag")


@dataclass(frozen=True)
class Field:
    name: str
    level: str
    kind: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Format:
    name: str
    platforms: tuple[str, ...]
    signature: tuple[str, ...]
    required: tuple[str, ...]
    fields: tuple[str, ...]  # the fields read from this format's files (all when empty)


@dataclass(frozen=True)
class Vocabulary:
    fields: dict[str, Field]
    formats: dict[str, Format]
    states: dict[str, dict[str, str]]  # platform family -> folded word -> OrderStatus value
    payments: dict[str, str]
    flags: dict[str, str]

    def header_index(self, wanted: tuple[str, ...] = ()) -> dict[str, str]:
        """Folded header name -> field name, for the fields wanted (all when empty)."""
        out: dict[str, str] = {}
        for field in self.fields.values():
            if wanted and field.name not in wanted:
                continue
            for name in field.names:
                out.setdefault(header_key(name), field.name)
        return out


def header_key(text: str) -> str:
    """A header compared loosely: guards, quotes, brackets and spaces removed."""
    text = text.replace("\ufeff", "").strip().lstrip("=").strip('"').strip("'")
    return fold(text).replace("(", "").replace(")", "")


@cache
def vocabulary() -> Vocabulary:
    with resource("connectors", "orders.toml").open("rb") as fh:
        data = tomllib.load(fh)
    fields = {
        name: Field(name, spec["level"], spec["kind"], tuple(spec["names"]))
        for name, spec in data["fields"].items()
    }
    for f in fields.values():
        if f.level not in LEVELS or f.kind not in KINDS:
            raise ValueError(f"orders.toml: field {f.name}: bad level or kind")
    formats = {
        name: Format(
            name,
            tuple(spec["platforms"]),
            tuple(spec["signature"]),
            tuple(spec["required"]),
            tuple(spec.get("fields", ())),
        )
        for name, spec in data["formats"].items()
    }
    states = {
        family: {fold(word): state for word, state in words.items()}
        for family, words in data["states"].items()
    }
    return Vocabulary(
        fields,
        formats,
        states,
        {fold(k): v for k, v in data["payments"].items()},
        {fold(k): v for k, v in data["flags"].items()},
    )


def state_family(platform: str) -> str:
    """Taobao and Tmall word their states alike; other platforms use their own or the union."""
    return "taobao" if platform in ("taobao", "tmall") else platform
