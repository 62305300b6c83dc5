"""Buyer tags: visible to every agent who serves the buyer next."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import Customer, CustomerTag, Tag, TagKind, derived_id
from app.services.unit import Actor, Changes, audit, mutation

COLOR_LEN = 7


def _customer(s: Session, customer_id: uuid.UUID) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"no buyer {customer_id}")
    return customer


def _tag(s: Session, tag_id: uuid.UUID) -> Tag:
    tag = s.get(Tag, tag_id)
    if tag is None or tag.deleted_at is not None:
        raise NotFound(f"no tag {tag_id}")
    return tag


@mutation("tag.create", creates=("id",), stamps=("at",))
def create_tag(
    s: Session,
    actor: Actor,
    *,
    name: str,
    id: uuid.UUID,
    at: DateTime,
    kind: TagKind = TagKind.OTHER,
    color: str = "#888888",
) -> Changes:
    name = name.strip()
    if not name or len(name) > 40:
        raise InvalidInput("a tag name needs 1 to 40 characters", field="name")
    if not (len(color) == COLOR_LEN and color.startswith("#")):
        raise InvalidInput(f"bad colour {color!r}: use #RRGGBB", field="color")
    if s.scalar(select(Tag.id).where(Tag.name == name)) is not None:
        raise InvalidInput(f"a tag named {name} exists already", field="name")
    s.add(Tag(id=id, name=name, kind=kind, color=color, created_at=at, updated_at=at))
    audit(s, actor, "tag.create", "tag", id, at=at, name=name, kind=kind)
    return Changes(created=id)


@mutation("customer.tag", stamps=("at",))
def tag_customer(
    s: Session, actor: Actor, *, customer_id: uuid.UUID, tag_id: uuid.UUID, at: DateTime
) -> Changes:
    _customer(s, customer_id)
    tag = _tag(s, tag_id)
    link = s.scalar(
        select(CustomerTag).where(
            CustomerTag.customer_id == customer_id, CustomerTag.tag_id == tag_id
        )
    )
    if link is not None and link.deleted_at is None:
        return Changes(customers={customer_id})
    if link is None:
        link = CustomerTag(
            id=derived_id(customer_id, "customer_tag", tag_id),
            customer_id=customer_id,
            tag_id=tag_id,
            created_at=at,
        )
        s.add(link)
    else:
        link.deleted_at = None
        link.version += 1
    link.tagged_by, link.tagged_at, link.updated_at = actor.agent_id, at, at
    audit(s, actor, "customer.tag", "customer", customer_id, at=at, tag=tag.name)
    return Changes(customers={customer_id}, queue=True)


@mutation("customer.untag", stamps=("at",))
def untag_customer(
    s: Session, actor: Actor, *, customer_id: uuid.UUID, tag_id: uuid.UUID, at: DateTime
) -> Changes:
    link = s.scalar(
        select(CustomerTag).where(
            CustomerTag.customer_id == customer_id,
            CustomerTag.tag_id == tag_id,
            CustomerTag.deleted_at.is_(None),
        )
    )
    if link is None:
        return Changes(customers={customer_id})
    link.deleted_at, link.updated_at = at, at  # a tombstone, so the untag syncs
    link.version += 1
    audit(s, actor, "customer.untag", "customer", customer_id, at=at, tag=_tag(s, tag_id).name)
    return Changes(customers={customer_id}, queue=True)
