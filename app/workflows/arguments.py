"""An action step's arguments for its service: from the step's ``params`` or the action's
default sources (``"$field"`` answers, ``"@name"`` built-in values, words with placeholders,
literals), coerced to the service's declared types, with the ticket, the case's item, the
record acted on, the new record's id and the instant filled in."""

from __future__ import annotations

import typing
from functools import cache
from typing import Any

from app.services.unit import coerce
from app.workflows import fields, values
from app.workflows.actions import ACTIONS, Action
from app.workflows.context import Context
from app.workflows.errors import AnswerInvalid
from app.workflows.model import Script, Step
from app.workflows.placeholders import render


@cache
def _hints(action_name: str) -> dict[str, Any]:
    return typing.get_type_hints(ACTIONS[action_name].service.apply)


def resolve(ctx: Context, script: Script, source: Any) -> Any:
    """``"$field"`` -> the run's answer; ``"@name"`` -> a built-in value; words with
    ``{placeholders}`` -> rendered in Chinese; anything else as it is."""
    if isinstance(source, str) and source.startswith("$"):
        return ctx.answers.get(source[1:])
    if isinstance(source, str) and source.startswith("@"):
        return values.get(ctx, source[1:])
    if isinstance(source, str) and "{" in source:
        return render(source, ctx, script, "zh").text
    return source


def _given(ctx: Context, script: Script, step: Step, action: Action) -> dict[str, Any]:
    hints = _hints(action.name)
    kwargs: dict[str, Any] = {}
    for name, arg in action.args.items():
        value = resolve(ctx, script, step.params.get(name, arg.source))
        if fields.empty(value):
            if arg.required:
                raise AnswerInvalid(f"{action.name} needs {name}", field=name)
            continue
        kwargs[name] = coerce(value, hints.get(name), name)
    return kwargs


def _target(ctx: Context, action: Action) -> dict[str, Any]:
    """The record acted on (its id argument), or the ticket for a new record."""
    if not action.acts_on:
        return {"ticket_id": ctx.ticket.id}
    entity, statuses = action.acts_on
    row = ctx.latest(entity, statuses)
    if row is None:
        wanted = " or ".join(statuses)
        raise AnswerInvalid(f"no {entity.replace('_', ' ')} that is {wanted}", field=entity)
    return {action.record_arg: row.id}


def _item(ctx: Context, step: Step, action: Action) -> dict[str, Any]:
    if action.item == "none" or step.params.get("whole_order"):
        return {}
    item = ctx.item()
    if item is None and action.item == "required":
        raise AnswerInvalid("choose the item this is about", field="item")
    return {"item_id": item.id} if item is not None else {}


def arguments(
    ctx: Context, script: Script, step: Step, action: Action, record_id: Any
) -> dict[str, Any]:
    kwargs = {**_given(ctx, script, step, action), **_target(ctx, action)}
    kwargs.update(_item(ctx, step, action))
    if action.creates:
        kwargs["id"] = record_id
    kwargs["at"] = ctx.at
    return action.prepare(ctx, kwargs, step.params) if action.prepare else kwargs
