"""Reading the values an agent enters for a step's fields into JSON-safe answers.

Money is integer fen (text is read as yuan: ``"12.5"`` is 1250 fen); times are aware ISO 8601;
files are stored files (:func:`app.services.attachments.store_file`); an item is the id of an
item of the ticket's order. Every problem raises :class:`AnswerInvalid` naming the field.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pendulum import DateTime

from app.errors import InvalidInput
from app.models import OrderItem
from app.services.attachments import StoredFile, checked_file
from app.services.remedies.common import tracking_no
from app.services.unit import coerce, encode
from app.workflows import values
from app.workflows.context import Context
from app.workflows.errors import AnswerInvalid
from app.workflows.model import Field, FieldType

LIMITS = {FieldType.TEXT: 200, FieldType.CARRIER: 40, FieldType.LONG_TEXT: 2000}
_YUAN = re.compile(r"^\s*[¥￥]?\s*(\d+(\.\d{1,2})?)\s*(元)?\s*$")


def _bad(field: Field, message: str) -> AnswerInvalid:
    return AnswerInvalid(f"{field.label}: {message}", field=field.name)


def fen(value: Any) -> int:
    """Integer fen from an int (fen) or a text in yuan; raises ValueError."""
    if isinstance(value, bool):
        raise ValueError("not an amount")
    if isinstance(value, int):
        return value
    match = _YUAN.match(str(value))
    if not match:
        raise ValueError("not an amount")
    try:
        return int(Decimal(match.group(1)) * 100)
    except InvalidOperation as exc:
        raise ValueError("not an amount") from exc


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError("not a whole number")
    return int(value)


def read_one(field: Field, value: Any, ctx: Context) -> Any:
    """One value, checked and made JSON-safe."""
    kind = field.type
    try:
        if kind in LIMITS:
            text = str(value).strip()
            if len(text) > LIMITS[kind]:
                raise _bad(field, f"longer than {LIMITS[kind]} characters")
            return text
        if kind == FieldType.LINES:
            lines = value.splitlines() if isinstance(value, str) else list(value)
            return [str(v).strip() for v in lines if str(v).strip()]
        if kind == FieldType.MONEY:
            amount = fen(value)
            if amount <= 0:
                raise _bad(field, "must be above zero")
            return amount
        if kind in (FieldType.WEIGHT, FieldType.NUMBER):
            number = _whole(value)
            if number < 0 or (kind == FieldType.WEIGHT and number == 0):
                raise _bad(field, "must be above zero")
            return number
        if kind == FieldType.TRACKING:
            return tracking_no(str(value), field.name)
        if kind == FieldType.CHOICE:
            if value not in {o.id for o in field.options}:
                raise _bad(field, f"{value!r} is not one of the options")
            return value
        if kind == FieldType.DATETIME:
            return encode(coerce(value, DateTime, field.name))
        if kind == FieldType.BOOL:
            if not isinstance(value, bool):
                raise _bad(field, "expected yes or no")
            return value
        if kind == FieldType.FILES:
            files = [f.as_dict() if isinstance(f, StoredFile) else f for f in value]
            return [checked_file(f).as_dict() for f in files]
        if kind == FieldType.ITEM:
            return str(_item(field, value, ctx))
    except InvalidInput as exc:
        if isinstance(exc, AnswerInvalid):
            raise
        raise _bad(field, str(exc)) from exc
    except (TypeError, ValueError) as exc:
        raise _bad(field, f"{value!r} is not a valid {kind.value}") from exc
    raise _bad(field, f"unsupported field type {kind}")  # pragma: no cover


def _item(field: Field, value: Any, ctx: Context) -> uuid.UUID:
    item = ctx.s.get(OrderItem, uuid.UUID(str(value)))
    if item is None or ctx.order is None or item.order_id != ctx.order.id:
        raise _bad(field, "not an item of this order")
    return item.id


def empty(value: Any) -> bool:
    return (
        value is None
        or value == ""
        or value == []
        or (isinstance(value, str) and not value.strip())
    )


def read(fields: tuple[Field, ...], given: Mapping[str, Any] | None, ctx: Context) -> dict:
    """Every field's value: required ones must be there; unknown names are refused."""
    given = dict(given or {})
    unknown = set(given) - {f.name for f in fields}
    if unknown:
        raise AnswerInvalid(
            f"unknown fields: {', '.join(sorted(unknown))}", field=sorted(unknown)[0]
        )
    out: dict[str, Any] = {}
    for field in fields:
        value = given.get(field.name)
        if empty(value):
            if field.required:
                raise _bad(field, "required")
            continue
        out[field.name] = read_one(field, value, ctx)
    return out


def default(field: Field, ctx: Context) -> Any:
    """The value a field starts with in the panel: the run's earlier answer, else its
    ``default`` (a literal or ``@name``)."""
    if field.name in ctx.answers:
        return ctx.answers[field.name]
    raw = field.default
    if isinstance(raw, str) and raw.startswith("@"):
        raw = values.get(ctx, raw[1:])
    if isinstance(raw, datetime):
        return encode(raw)
    if isinstance(raw, uuid.UUID):
        return str(raw)
    return raw
