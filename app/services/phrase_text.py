"""Quick-phrase text, without a database: pinyin initials (made when a phrase is saved), the
picker's filter (a plain in-memory match over what was saved), and placeholders filled from
the open ticket.

Placeholders are ``{name}`` with a name from :data:`PLACEHOLDERS`. A value the ticket does
not have prints as ``〔name〕`` and is listed in ``missing``, so the agent fills it in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Generic, Protocol, TypeVar

TOKEN = re.compile(r"\{([^{}]*)\}")

#: Placeholder -> (English label, Chinese label). ``amount`` and ``coupon`` come from the
#: agent or the shop's settings, the others from the ticket's buyer and order.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "buyer": ("buyer", "买家"),
    "product": ("product", "商品"),
    "order_no": ("order number", "订单号"),
    "ship_by": ("ship-by time", "发货时间"),
    "carrier": ("carrier", "快递"),
    "tracking": ("tracking number", "运单号"),
    "coupon": ("coupon", "优惠券"),
    "amount": ("amount", "金额"),
}


@cache
def _pinyin():  # noqa: ANN202 - the module is imported on first use (it loads a dictionary)
    import pypinyin

    return pypinyin


def initials(text: str) -> str:
    """Lower-case pinyin initials of the Chinese characters, other characters kept as they
    are (lower-cased): "已发货 SF" -> "yfh sf"."""
    if not text:
        return ""
    py = _pinyin()
    letters = py.lazy_pinyin(text, style=py.Style.FIRST_LETTER, errors=lambda s: list(s))
    return "".join(letters).lower()


def index_text(title: str, body: str, group: str = "") -> str:
    """What the picker matches initials against: title, body and group, one line each."""
    return "\n".join((initials(title), initials(body), initials(group)))


def placeholders_in(text: str) -> list[str]:
    return TOKEN.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders_in(text) if name not in PLACEHOLDERS]


@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...] = ()


def fill(text: str, values: Mapping[str, str], *, lang: str = "zh") -> Filled:
    """``text`` with each ``{name}`` replaced by ``values[name]`` when it is known and not
    empty; otherwise ``〔label〕`` (``[label]`` in English), listed in ``missing``."""
    missing: list[str] = []

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if value:
            return value
        missing.append(name)
        en, zh = PLACEHOLDERS.get(name, (name, name))
        return f"〔{zh}〕" if lang == "zh" else f"[{en}]"

    return Filled(TOKEN.sub(one, text), tuple(dict.fromkeys(missing)))


class Matchable(Protocol):
    title: str
    body: str
    group: str
    initials: str
    use_count: int


@dataclass(frozen=True)
class Needle:
    """A prepared query: the text lower-cased; ``letters`` when it can be pinyin initials."""

    text: str
    letters: bool

    @classmethod
    def of(cls, query: str) -> Needle:
        text = "".join(query.split()).lower()
        return cls(text, text.isascii() and text.isalnum())


def rank_key(phrase: Matchable) -> tuple[int, str]:
    """Frequent phrases first, then by title."""
    return (-phrase.use_count, phrase.title)


P = TypeVar("P", bound=Matchable)


class PhraseIndex(Generic[P]):
    """The phrases in rank order, each with its text lower-cased once, so a keystroke's filter
    is one pass of substring tests that stops after ``limit`` hits."""

    def __init__(self, phrases: Iterable[P]) -> None:
        ordered = sorted(phrases, key=rank_key)
        self.phrases = ordered
        self._text = [f"{p.title}\n{p.body}\n{p.group}".lower() for p in ordered]
        self._initials = [p.initials for p in ordered]

    def __len__(self) -> int:
        return len(self.phrases)

    def filter(self, query: str, limit: int = 50) -> list[P]:
        needle = Needle.of(query)
        if not needle.text:
            return self.phrases[:limit]
        t, found = needle.text, []
        for phrase, text, letters in zip(self.phrases, self._text, self._initials, strict=True):
            if t in text or (needle.letters and t in letters):
                found.append(phrase)
                if len(found) >= limit:
                    break
        return found


def filter_phrases(phrases: Iterable[P], query: str, limit: int = 50) -> list[P]:
    """The phrases matching ``query`` (text in title, body or group, or pinyin initials),
    the most used first, at most ``limit``. Build a :class:`PhraseIndex` once to filter the
    same phrases per keystroke."""
    return PhraseIndex(phrases).filter(query, limit)
