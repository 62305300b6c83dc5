"""Request and response bodies of the sync API (they make the served OpenAPI description)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.sync.protocol import MAX_HASHES, MAX_PULL, MAX_PUSH


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginIn(Strict):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=200)
    client_id: uuid.UUID
    device_name: str = Field(default="", max_length=100)


class AgentOut(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    role: str


class LoginOut(BaseModel):
    token: str
    expires_at: str
    agent: AgentOut


class MutationIn(Strict):
    mutation_id: int = Field(ge=1, le=2**62)
    id: uuid.UUID
    name: str = Field(min_length=1, max_length=60, pattern=r"^[a-z0-9_.]+/\d+$")
    args: dict[str, Any]
    hlc: str = Field(min_length=1, max_length=40, pattern=r"^\d{13}-\d{4}-[0-9a-f]+$")
    agent_id: uuid.UUID | None = None


class PushIn(Strict):
    client_id: uuid.UUID
    mutations: list[MutationIn] = Field(max_length=MAX_PUSH)


class ResultOut(BaseModel):
    mutation_id: int
    state: Literal["applied", "rejected", "gap", "retry"]
    code: str
    reason: str
    marks: dict[str, Any]


class PushOut(BaseModel):
    results: list[ResultOut]
    last_mutation_id: int


class PullIn(Strict):
    client_id: uuid.UUID
    cursors: dict[uuid.UUID, int] = Field(default_factory=dict)
    limit: int = Field(default=1000, ge=1, le=MAX_PULL)


class ChangeOut(BaseModel):
    stream: str
    seq: int
    table: str
    pk: dict[str, Any]
    op: Literal["upsert", "delete"]
    row: dict[str, Any] | None
    device_id: str | None
    mutation_id: int | None


class PullOut(BaseModel):
    changes: list[ChangeOut]
    cursors: dict[str, int]
    more: bool


class HeadsOut(BaseModel):
    cursors: dict[str, int]
    tables: list[str]


class SnapshotIn(Strict):
    table: str = Field(min_length=1, max_length=60)
    after: dict[str, Any] | None = None
    limit: int = Field(default=1000, ge=1, le=MAX_PULL)


class SnapshotOut(BaseModel):
    rows: list[dict[str, Any]]
    next: dict[str, Any] | None


SHA256 = r"^[0-9a-f]{64}$"


class MissingIn(Strict):
    hashes: list[Annotated[str, Field(pattern=SHA256)]] = Field(max_length=MAX_HASHES)


class MissingOut(BaseModel):
    missing: list[str]


class BlobOut(BaseModel):
    sha256: str
    size: int
    created: bool  # false: the server had these bytes already


class ErrorOut(BaseModel):
    code: str
    message: str


class HealthOut(BaseModel):
    status: str
    protocol: int
