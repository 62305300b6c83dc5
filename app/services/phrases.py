"""Quick phrases (快捷语): a shop-wide library and each agent's own, in groups.

Saving a phrase stores its pinyin initials with it, so the picker filters in memory. Using a
phrase counts it, so frequent phrases rise. Only a supervisor edits the shop-wide library; an
agent edits their own phrases.
"""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import QuickPhrase, Shop
from app.services.phrase_text import PLACEHOLDERS, index_text, unknown_placeholders
from app.services.unit import Actor, Changes, audit, mutation

MAX_TITLE, MAX_GROUP, MAX_BODY = 100, 40, 2000


def _clean(value: str, name: str, limit: int, *, required: bool = True) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"the phrase's {name} is empty", field=name)
    if len(text) > limit:
        raise InvalidInput(f"the phrase's {name} is longer than {limit} characters", field=name)
    return text


def _check_body(body: str) -> str:
    body = _clean(body, "words", MAX_BODY)
    unknown = unknown_placeholders(body)
    if unknown:
        known = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
        raise InvalidInput(
            f"unknown placeholder {{{unknown[0]}}}: use one of {known}", field="words"
        )
    return body


def _may_edit(actor: Actor, owner_id: uuid.UUID | None) -> None:
    if owner_id is None and not actor.is_supervisor:
        raise PermissionDenied("only a supervisor edits the shop-wide phrases")
    if owner_id is not None and owner_id != actor.agent_id and not actor.is_supervisor:
        raise PermissionDenied("an agent edits only their own phrases")


def _phrase(s: Session, phrase_id: uuid.UUID) -> QuickPhrase:
    row = s.get(QuickPhrase, phrase_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no quick phrase {phrase_id}")
    return row


@mutation("phrase.save", creates=("id",), stamps=("at",))
def save_phrase(
    s: Session,
    actor: Actor,
    *,
    title: str,
    body: str,
    id: uuid.UUID,
    at: DateTime,
    group: str = "",
    personal: bool = True,
    shop_id: uuid.UUID | None = None,
) -> Changes:
    """Create or update a phrase (``id`` of an existing one updates it). ``personal`` makes it
    the acting agent's own; otherwise it is shop-wide (``shop_id`` narrows it to one shop)."""
    title = _clean(title, "title", MAX_TITLE)
    group = _clean(group, "group", MAX_GROUP, required=False)
    body = _check_body(body)
    if shop_id is not None and s.get(Shop, shop_id) is None:
        raise NotFound(f"no shop {shop_id}")
    owner = actor.agent_id if personal else None
    row = s.get(QuickPhrase, id)
    if row is None:
        _may_edit(actor, owner)
        row = QuickPhrase(id=id, created_at=at, use_count=0, version=0)
        s.add(row)
    else:
        _may_edit(actor, row.owner_id)
        _may_edit(actor, owner)
    row.shop_id, row.owner_id, row.group, row.title, row.body = shop_id, owner, group, title, body
    row.initials = index_text(title, body, group)
    row.deleted_at, row.updated_at = None, at
    row.version += 1
    audit(s, actor, "phrase.save", "quick_phrase", id, at=at, title=title, personal=personal)
    return Changes(created=id)


@mutation("phrase.delete", stamps=("at",))
def delete_phrase(s: Session, actor: Actor, *, phrase_id: uuid.UUID, at: DateTime) -> Changes:
    row = _phrase(s, phrase_id)
    _may_edit(actor, row.owner_id)
    row.deleted_at, row.updated_at = at, at
    row.version += 1
    audit(s, actor, "phrase.delete", "quick_phrase", phrase_id, at=at, title=row.title)
    return Changes()


@mutation("phrase.use", stamps=("at",))
def use_phrase(s: Session, actor: Actor, *, phrase_id: uuid.UUID, at: DateTime) -> Changes:
    """Count one use of a phrase (it rises in the picker)."""
    row = _phrase(s, phrase_id)
    row.use_count += 1
    row.last_used_at = at
    row.updated_at = at
    row.version += 1
    return Changes()
