"""Customer groups built from tags (分组), and the note kept on a buyer. A group is a saved
rule (buyers carrying any or all of some tags), so a buyer tagged later joins it at once."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import Customer, CustomerGroup, Tag
from app.services.unit import Actor, Changes, audit, mutation

MATCHES = ("any", "all")
MAX_NOTE = 500


@mutation("customer_group.save", creates=("id",), stamps=("at",))
def save_group(
    s: Session,
    actor: Actor,
    *,
    name: str,
    tag_ids: list[uuid.UUID],
    id: uuid.UUID,
    at: DateTime,
    match: str = "any",
    note: str = "",
) -> Changes:
    """Create or update a group: the buyers carrying ``any`` or ``all`` of ``tag_ids``."""
    name = (name or "").strip()
    if not name or len(name) > 40:
        raise InvalidInput("a group name needs 1 to 40 characters", field="name")
    if match not in MATCHES:
        raise InvalidInput(f"match must be one of {', '.join(MATCHES)}", field="match")
    tags = list(dict.fromkeys(tag_ids))
    if not tags:
        raise InvalidInput("a group needs at least one tag", field="tag_ids")
    found = set(s.scalars(select(Tag.id).where(Tag.id.in_(tags), Tag.deleted_at.is_(None))))
    missing = [str(t) for t in tags if t not in found]
    if missing:
        raise NotFound(f"no tag {', '.join(missing)}")
    clash = s.scalar(select(CustomerGroup).where(CustomerGroup.name == name))
    if clash is not None and clash.id != id:
        if clash.deleted_at is None:
            raise InvalidInput(f"a group named {name} exists already", field="name")
        clash.name = f"{name}#{clash.id.hex[:6]}"  # a removed group gives its name back
    row = s.get(CustomerGroup, id)
    if row is None:
        row = CustomerGroup(id=id, created_at=at, version=0)
        s.add(row)
    row.name, row.tag_ids, row.match = name, [str(t) for t in tags], match
    row.note = (note or "").strip()[:200]
    row.deleted_at, row.updated_at = None, at
    row.version += 1
    audit(s, actor, "customer_group.save", "customer_group", id, at=at, name=name, match=match)
    return Changes(created=id)


@mutation("customer_group.delete", stamps=("at",))
def delete_group(s: Session, actor: Actor, *, group_id: uuid.UUID, at: DateTime) -> Changes:
    row = s.get(CustomerGroup, group_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no customer group {group_id}")
    row.deleted_at, row.updated_at = at, at
    row.version += 1
    audit(s, actor, "customer_group.delete", "customer_group", group_id, at=at, name=row.name)
    return Changes()


@mutation("customer.note", stamps=("at",))
def set_customer_note(
    s: Session, actor: Actor, *, customer_id: uuid.UUID, note: str, at: DateTime
) -> Changes:
    """The note every agent sees on the buyer (preferences, what to watch out for)."""
    customer = s.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"no buyer {customer_id}")
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"the note is longer than {MAX_NOTE} characters", field="note")
    before = customer.note
    customer.note, customer.updated_at = text, at
    customer.version += 1
    audit(s, actor, "customer.note", "customer", customer_id, at=at, before=before, after=text)
    return Changes(customers={customer_id})
