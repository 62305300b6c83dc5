"""Cell values as the platforms' exports write them, read strictly.

Each parser takes the cell as read (text from a CSV, or a number/datetime from an XLSX) and
returns a normalized value, or raises :class:`BadValue` with the reason a clerk can act on.
Nothing is guessed: an order number that Excel turned into ``3.45678E+18`` is refused as
damaged, an amount that is not money is refused, a time that does not parse is refused.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from zoneinfo import ZoneInfo


class BadValue(ValueError):
    """A cell that cannot be read as what its column holds."""


_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_FLOAT_ID = re.compile(r"^\d+\.\d+$")
_PLAIN_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
_MONEY = re.compile(r"^-?\d+(\.\d{1,2})?$")
_TIME = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_GUARDS = frozenset("=' \t\r\n\u3000")
_TRAILING = frozenset('" \t\r\n\u3000')
EXCEL_SAFE_DIGITS = 15  # Excel keeps 15 significant digits of a number


def clean(value: object) -> str:
    """A text cell without the guards exports put around numbers: ``="123"``, a leading
    apostrophe or tab, surrounding spaces."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if text and text[0] not in _GUARDS and text[-1] not in _TRAILING:
        return text  # the common case, without copying
    text = text.strip().strip("\t")
    if text.startswith('="') and text.endswith('"') and len(text) >= 3:
        text = text[2:-1]
    elif text.startswith("="):
        text = text[1:].strip('"')
    if text.startswith("'"):
        text = text[1:]
    return text.strip()


def fold(text: str) -> str:
    """Text compared loosely: full-width forms folded, spaces removed, lower case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def number_id(value: object) -> str:
    """An order, sub-order or tracking number, exactly as the platform wrote it."""
    if isinstance(value, bool):
        raise BadValue(f"not a number: {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 10**EXCEL_SAFE_DIGITS:
            return str(int(value))
        raise BadValue(
            f"damaged by Excel: stored as the number {value!r}, its last digits are lost; "
            "export the file again and open it without letting Excel convert the column"
        )
    text = clean(value)
    if _SCIENTIFIC.match(text):
        raise BadValue(
            f"damaged by Excel: {text!r} is in scientific notation and its last digits are "
            "lost; export the file again and open it without letting Excel convert the column"
        )
    if _FLOAT_ID.match(text):
        raise BadValue(f"damaged: {text!r} has a decimal point; an order number has none")
    if len(text) > 40:
        raise BadValue(f"too long for a number ({len(text)} characters)")
    return text


def money_fen(value: object) -> int:
    """Yuan (``¥1,234.50``, ``12.3元``, ``12``) as integer fen; empty or ``-`` is zero."""
    if type(value) is str:
        return _money_text(value)
    return _money(value)


@lru_cache(maxsize=1 << 16)
def _money_text(value: str) -> int:  # prices repeat: a cache saves the parsing
    return _money(value)


def _money(value: object) -> int:
    if isinstance(value, bool):
        raise BadValue(f"not an amount of money: {value!r}")
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        value = repr(value)
    text = clean(value)
    for mark in ("¥", "￥", "元", "RMB", "CNY", ",", "，"):
        text = text.replace(mark, "")
    text = text.strip()
    if text in ("", "-", "--"):
        return 0
    if not _MONEY.match(text):
        raise BadValue(f"not an amount of money: {clean(value)!r}")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already refused it
        raise BadValue(f"not an amount of money: {text!r}") from exc
    if amount < 0:
        raise BadValue(f"a negative amount: {text!r}")
    return int(amount * 100)


def whole(value: object) -> int:
    """A count (quantity): a whole number, at least 1."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = clean(value)
        if not text.isdigit():
            raise BadValue(f"not a whole number: {text!r}")
        number = int(text)
    if number < 1:
        raise BadValue(f"a quantity must be at least 1, not {number}")
    return number


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def instant(value: object, tz: str) -> str | None:
    """A time as ISO 8601 in UTC (``2026-03-01T07:20:00+00:00``); a time without an offset is
    the shop's local time. Empty means "not yet" (None)."""
    if type(value) is str:
        return _instant_text(value, tz)
    return _instant(value, tz)


@lru_cache(maxsize=1 << 16)
def _instant_text(value: str, tz: str) -> str | None:  # an order's times repeat on its rows
    return _instant(value, tz)


def _instant(value: object, tz: str) -> str | None:
    if isinstance(value, datetime):
        local = value if value.tzinfo else value.replace(tzinfo=_zone(tz))
        return local.astimezone(UTC).replace(microsecond=0).isoformat()
    text = clean(value)
    if text in ("", "-", "--", "0000-00-00 00:00:00", "1970-01-01 08:00:00"):
        return None
    if len(text) == 19 and _PLAIN_TIME.match(text):  # the usual "2026-03-01 15:20:00"
        try:
            naive = datetime(
                int(text[:4]),
                int(text[5:7]),
                int(text[8:10]),
                int(text[11:13]),
                int(text[14:16]),
                int(text[17:19]),
            )
        except ValueError as exc:
            raise BadValue(f"not a date and time: {text!r} ({exc})") from exc
        return naive.replace(tzinfo=_zone(tz)).astimezone(UTC).isoformat()
    found = _TIME.match(text)
    if found is None:
        raise BadValue(f"not a date and time: {text!r}")
    y, mo, d, h, mi, s, _frac, offset = found.groups()
    try:
        naive = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    except ValueError as exc:
        raise BadValue(f"not a date and time: {text!r} ({exc})") from exc
    if offset:
        zone = UTC if offset == "Z" else _offset(offset)
        local = naive.replace(tzinfo=zone)
    else:
        local = naive.replace(tzinfo=_zone(tz))
    return local.astimezone(UTC).isoformat()


def _offset(text: str) -> timezone:
    digits = text.replace(":", "")
    sign = -1 if digits[0] == "-" else 1
    minutes = int(digits[1:3]) * 60 + int(digits[3:5])
    return timezone(sign * timedelta(minutes=minutes))


def masked_phone(value: object) -> str | None:
    """A phone number as the workstation keeps it: masked (``138****5678``)."""
    text = clean(value)
    if not text:
        return None
    if "*" in text:
        return text[:20]
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 7:
        return None
    return f"{digits[:3]}****{digits[-4:]}"
