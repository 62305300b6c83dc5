"""Words with placeholders: ``{buyer}``, ``{ship_by}``, ``{window.no_reason_return}``, or any
field the script asks for (``{amount}``). Rendered in Chinese or English, in the shop's time
zone, money in yuan. A value not known yet prints as its name in brackets and is listed in
``missing`` so the panel can point at it."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

import pendulum
from pendulum import DateTime

from app.models import OrderItem
from app.workflows import values
from app.workflows.context import Context
from app.workflows.model import Field, FieldType, Script

TOKEN = re.compile(r"\{([^{}]*)\}")
NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")


@dataclass(frozen=True)
class Rendered:
    text: str
    missing: tuple[str, ...] = ()


def names(text: str) -> list[str]:
    """The placeholder names in ``text`` (malformed ones too, for validation)."""
    return TOKEN.findall(text)


def stray_braces(text: str) -> bool:
    """True when a brace is left over once every ``{...}`` is taken out."""
    rest = TOKEN.sub("", text)
    return "{" in rest or "}" in rest


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def when(value: DateTime, tz: str, lang: str) -> str:
    local = value.in_timezone(tz)
    return local.format("M[月]D[日] HH:mm" if lang == "zh" else "MMM D, HH:mm")


def show(value: Any, kind: str, ctx: Context, lang: str, field: Field | None = None) -> str:
    """One value as words: ``kind`` is a value kind or a field type."""
    zh = lang == "zh"
    if kind in ("time", FieldType.DATETIME):
        return when(_instant(value), ctx.shop.timezone, lang)
    if kind in ("money", FieldType.MONEY):
        return yuan(int(value))
    if kind in ("weight", FieldType.WEIGHT):
        return f"{int(value)}克" if zh else f"{int(value):,} g"
    if kind == FieldType.BOOL:
        return ("是" if value else "否") if zh else ("yes" if value else "no")
    if kind == FieldType.CHOICE and field is not None:
        option = next((o for o in field.options if o.id == value), None)
        return (option.label_zh if zh else option.label) if option else str(value)
    if kind == FieldType.ITEM:
        item = ctx.s.get(OrderItem, uuid.UUID(str(value)))
        return item.title if item else str(value)
    if kind == FieldType.FILES:
        return (
            "、".join(f["filename"] for f in value)
            if zh
            else ", ".join(f["filename"] for f in value)
        )
    if kind == FieldType.LINES:
        return "\n".join(value)
    return str(value)


def _instant(value: Any) -> DateTime:
    return value if isinstance(value, DateTime) else pendulum.parse(str(value))


def render(text: str, ctx: Context, script: Script, lang: str) -> Rendered:
    """``text`` with every placeholder filled from the run's answers or the built-in values."""
    fields = script.fields()
    missing: list[str] = []

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        field = fields.get(name)
        answered = ctx.answers.get(name)
        if field is not None and answered not in (None, "", []):
            return show(answered, field.type, ctx, lang, field)
        value = values.describe(name)
        raw = value.get(ctx) if value is not None else None
        if raw not in (None, ""):
            return show(raw, value.kind, ctx, lang)
        missing.append(name)
        label = (field.label_zh if lang == "zh" else field.label) if field else None
        if label is None and value is not None:
            label = value.label_zh if lang == "zh" else value.label
        return f"〔{label or name}〕" if lang == "zh" else f"[{label or name}]"

    return Rendered(TOKEN.sub(fill, text), tuple(dict.fromkeys(missing)))
