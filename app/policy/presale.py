"""Pre-sale rule tables (``resources/policies/presale/*.toml``): the red lines a reply to a
buyer must not cross, and which parts of an unpaid order (goods price, shipping fee) the shop
may change, per platform. Pure: no database, no Qt.

Tables inherit like the rule tables (``tmall`` -> ``taobao`` -> ``law``); a child's red line
of the same id, or its price-change row of the same part, replaces the inherited one. Every
refusal of a malformed file is a :class:`PolicyTableError` naming file, row and field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from app.policy import vocab
from app.policy.errors import PolicyInputError, PolicyTableError
from app.policy.rows import _Row
from app.policy.tablefile import read_toml
from app.policy.tables import _cached
from app.resources import resource

PRESALE_DIRECTORY = resource("policies", "presale")
PARTS = ("goods", "shipping")
_RED_REQUIRED = (
    "id",
    "title",
    "title_zh",
    "patterns",
    "message",
    "message_zh",
    "effective_from",
    "source",
)
_PRICE_REQUIRED = ("part", "allowed", "states", "effective_from", "source")
_OPTIONAL = ("confidence", "note")


@dataclass(frozen=True)
class RedLine:
    id: str
    title: str
    title_zh: str
    patterns: tuple[re.Pattern[str], ...]
    message: str
    message_zh: str
    effective_from: dt.date
    source: str
    confidence: str | None = None
    note: str = ""
    origin: str = ""

    def find(self, text: str) -> str | None:
        """The first fragment of ``text`` that crosses this line, or ``None``."""
        for pattern in self.patterns:
            found = pattern.search(text)
            if found:
                return found.group(0)
        return None


@dataclass(frozen=True)
class PriceChangeRule:
    part: str  # goods | shipping
    allowed: bool
    states: tuple[str, ...]
    effective_from: dt.date
    source: str
    confidence: str | None = None
    note: str = ""
    origin: str = ""


@dataclass(frozen=True)
class PresaleTable:
    platform: str
    red_lines: tuple[RedLine, ...]
    price_rules: tuple[PriceChangeRule, ...]

    def price_rule(self, part: str) -> PriceChangeRule:
        return next(r for r in self.price_rules if r.part == part)


@dataclass(frozen=True)
class RedLineHit:
    """A red line a text crosses, with the words that cross it."""

    rule: RedLine
    fragment: str

    def say(self, lang: str = "zh") -> str:
        if lang.startswith("zh"):
            return f"{self.rule.title_zh}:{self.rule.message_zh}"
        return f"{self.rule.title}: {self.rule.message}"


@dataclass(frozen=True)
class _File:
    name: str
    inherits: str | None
    red_lines: tuple[RedLine, ...]
    price_rules: tuple[PriceChangeRule, ...]


def _patterns(r: _Row) -> tuple[re.Pattern[str], ...]:
    raw = r.raw["patterns"]
    if not isinstance(raw, list) or not raw or not all(isinstance(p, str) and p for p in raw):
        raise r.error("patterns", "expected a non-empty list of regular expressions")
    try:
        return tuple(re.compile(p, re.IGNORECASE) for p in raw)
    except re.error as exc:
        raise r.error("patterns", f"not a valid regular expression: {exc}") from None


def _optional(r: _Row) -> dict[str, object]:
    return {
        "confidence": r.choice("confidence", (*vocab.CONFIDENCES, None), None),
        "note": r.text("note"),
    }


def _red_line(raw: object, path: Path, row: int, origin: str) -> RedLine:
    r = _Row(raw, file=str(path), row=row, section="red_line")
    r.check_keys(_RED_REQUIRED, _OPTIONAL)
    return RedLine(
        id=r.ident("id"),
        title=r.text("title", required=True),
        title_zh=r.text("title_zh", required=True),
        patterns=_patterns(r),
        message=r.text("message", required=True),
        message_zh=r.text("message_zh", required=True),
        effective_from=r.date("effective_from"),
        source=r.text("source", required=True),
        origin=origin,
        **_optional(r),
    )


def _price_rule(raw: object, path: Path, row: int, origin: str) -> PriceChangeRule:
    r = _Row(raw, file=str(path), row=row, section="price_change")
    r.check_keys(_PRICE_REQUIRED, _OPTIONAL)
    allowed = r.raw["allowed"]
    if not isinstance(allowed, bool):
        raise r.error("allowed", f"expected true or false, got {allowed!r}")
    states = r.raw["states"]
    if not isinstance(states, list) or any(s not in vocab.ORDER_STATES for s in states):
        raise r.error("states", f"expected a list of order states, got {states!r}")
    return PriceChangeRule(
        part=r.choice("part", PARTS),
        allowed=allowed,
        states=tuple(states),
        effective_from=r.date("effective_from"),
        source=r.text("source", required=True),
        origin=origin,
        **_optional(r),
    )


def read_presale_file(path: Path) -> _File:
    doc = read_toml(path)
    for key in doc:
        if key not in ("table", "red_line", "price_change"):
            raise PolicyTableError(path, None, key, "unknown top-level key", reason="unknown_field")
    head = doc.get("table", {})
    name = head.get("name", path.stem)
    if name != path.stem:
        raise PolicyTableError(path, None, "table.name", f"'{name}' differs from the file name")
    inherits = head.get("inherits")
    if inherits is not None and inherits not in vocab.TABLE_NAMES:
        raise PolicyTableError(path, None, "table.inherits", f"unknown table '{inherits}'")
    reds = tuple(
        _red_line(raw, path, i, name) for i, raw in enumerate(doc.get("red_line", []), start=1)
    )
    prices = tuple(
        _price_rule(raw, path, i, name)
        for i, raw in enumerate(doc.get("price_change", []), start=1)
    )
    _unique([r.id for r in reds], path, "red_line", "id")
    _unique([p.part for p in prices], path, "price_change", "part")
    return _File(name, inherits, reds, prices)


def _unique(keys: list[str], path: Path, section: str, field: str) -> None:
    for index, key in enumerate(keys, start=1):
        if key in keys[: index - 1]:
            raise PolicyTableError(
                path, index, field, f"'{key}' is listed twice", reason="duplicate", section=section
            )


def load_presale(platform: str, *, directory: Path | str = PRESALE_DIRECTORY) -> PresaleTable:
    """The resolved pre-sale table of ``platform`` (douyin, taobao, tmall, jd, other)."""
    if platform not in vocab.PLATFORMS and platform not in vocab.TABLE_NAMES:
        raise PolicyInputError("platform", f"unknown platform '{platform}'")
    folder = Path(directory)
    name: str | None = platform if platform in vocab.TABLE_NAMES else "law"
    files: list[_File] = []
    while name is not None:
        if any(f.name == name for f in files):
            raise PolicyTableError(folder / f"{name}.toml", None, "table.inherits", "loops")
        files.append(_cached("presale", folder / f"{name}.toml", read_presale_file))
        name = files[-1].inherits
    reds: dict[str, RedLine] = {}
    prices: dict[str, PriceChangeRule] = {}
    for f in reversed(files):
        reds.update({r.id: r for r in f.red_lines})
        prices.update({p.part: p for p in f.price_rules})
    missing = [part for part in PARTS if part not in prices]
    if missing:
        raise PolicyTableError(
            folder / f"{files[0].name}.toml",
            None,
            "price_change",
            f"no price_change row for {', '.join(missing)} in the chain",
            reason="missing_field",
            section="price_change",
        )
    return PresaleTable(platform, tuple(reds.values()), tuple(prices[p] for p in PARTS))


def red_line_hits(table: PresaleTable, text: str, on: dt.date | None = None) -> list[RedLineHit]:
    """The red lines ``text`` crosses (rules in force on ``on``, default: all)."""
    hits = []
    for rule in table.red_lines:
        if on is not None and rule.effective_from > on:
            continue
        fragment = rule.find(text)
        if fragment is not None:
            hits.append(RedLineHit(rule, fragment))
    return hits


def may_change(table: PresaleTable, part: str, order_state: str) -> tuple[bool, str, str]:
    """May ``part`` (goods or shipping) of an order in ``order_state`` be changed? Returns
    (allowed, reason in English, reason in Chinese)."""
    if part not in PARTS:
        raise PolicyInputError("part", f"'{part}' is not one of {', '.join(PARTS)}")
    rule = table.price_rule(part)
    what, what_zh = ("the price", "商品价格") if part == "goods" else ("the shipping fee", "运费")
    if not rule.allowed:
        return (
            False,
            f"{table.platform} does not allow changing {what}",
            f"该平台不允许修改{what_zh}",
        )
    if order_state not in rule.states:
        return (
            False,
            f"{what} can only be changed before payment",
            f"只有买家付款前才能修改{what_zh}",
        )
    return True, f"{what} may be changed", f"可以修改{what_zh}"
