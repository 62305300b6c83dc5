"""The team server's HTTP API (FastAPI). Each request opens its own database work; the
process keeps nothing between requests but the connection pool, so several processes can
serve one PostgreSQL database behind a load balancer (docs/deployment.md)."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import uuid
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse

from app import __version__
from app.db.store import Store, open_store
from app.errors import InvalidInput, KefuError, NotFound, PermissionDenied
from app.server import accounts, blobs, pull, push, registry
from app.server.limits import BodyLimit
from app.server.schemas import (
    SHA256,
    BlobOut,
    ErrorOut,
    HeadsOut,
    HealthOut,
    LoginIn,
    LoginOut,
    MissingIn,
    MissingOut,
    PullIn,
    PullOut,
    PushIn,
    PushOut,
    SnapshotIn,
    SnapshotOut,
)
from app.services import attachments
from app.sync import rows
from app.sync.protocol import MAX_BODY, PROTOCOL, PROTOCOL_HEADER

log = logging.getLogger(__name__)

STATUS = {
    "unauthorized": 401,
    "permission_denied": 403,
    "not_found": 404,
    "reset_required": 409,
    "unsupported_protocol": 400,
    "invalid_input": 400,
    "hash_mismatch": 400,
    "not_referenced": 404,
    "too_large": 413,
}
ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorOut} for s in (400, 401, 403, 404, 409, 413, 422)
}
RAW_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}
BYTES_OUT = {200: {"content": {"application/octet-stream": {}}, "description": "the file's bytes"}}
SPOOL = 1024 * 1024  # an upload is kept in memory up to this size, then in a temporary file
Sha = Annotated[str, PathParam(pattern=SHA256, description="the file's SHA-256 (lowercase hex)")]


class ProtocolError(KefuError):
    code = "unsupported_protocol"


class ResetRequired(KefuError):
    code = "reset_required"


def create_app(store: Store) -> FastAPI:
    registry.load_all()
    sessions = store.sessions
    app = FastAPI(
        title="Kefu Desk team server",
        version=__version__,
        description=(
            "Sync for Kefu Desk workstations: log in, push the outbox, pull changes, "
            "exchange evidence files."
        ),
    )
    app.state.sessions = sessions
    app.add_middleware(
        BodyLimit, limit=MAX_BODY, larger=(("PUT", "/v1/blobs/", attachments.MAX_BYTES),)
    )

    @app.exception_handler(KefuError)
    async def _kefu_error(_request: Request, exc: KefuError) -> JSONResponse:
        return JSONResponse(
            {"code": exc.code, "message": str(exc)}, status_code=STATUS.get(exc.code, 400)
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return JSONResponse(
            {"code": "invalid_request", "message": f"{where}: {first.get('msg', 'invalid')}"},
            status_code=422,
        )

    checked = [Depends(_protocol)]

    @app.get("/v1/health", response_model=HealthOut)
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": PROTOCOL}

    @app.post("/v1/login", response_model=LoginOut, responses=ERRORS, dependencies=checked)
    def login(body: LoginIn) -> dict[str, Any]:
        token, expires, agent = accounts.login(
            sessions, body.username, body.password, body.client_id, body.device_name
        )
        return {
            "token": token,
            "expires_at": expires.isoformat(),
            "agent": {
                "id": agent.id,
                "username": agent.username,
                "display_name": agent.display_name,
                "role": agent.role.value,
            },
        }

    @app.post("/v1/logout", status_code=204, responses=ERRORS, dependencies=checked)
    def logout(who: Auth, authorization: Annotated[str | None, Header()] = None) -> None:
        accounts.logout(sessions, _token(authorization) or "")

    @app.post("/v1/push", response_model=PushOut, responses=ERRORS, dependencies=checked)
    def push_(body: PushIn, who: Auth) -> dict[str, Any]:
        _same_device(who, body.client_id)
        batch = [
            push.Pushed(m.mutation_id, m.id, m.name, m.args, m.hlc, m.agent_id)
            for m in body.mutations
        ]
        outcomes, last = push.push(sessions, who.agent_id, who.device_id, batch)
        return {"results": [o.as_json() for o in outcomes], "last_mutation_id": last}

    @app.post("/v1/pull", response_model=PullOut, responses=ERRORS, dependencies=checked)
    def pull_(body: PullIn, who: Auth) -> JSONResponse:
        _same_device(who, body.client_id)
        cursors = {str(k): v for k, v in body.cursors.items()}
        try:
            changes, after, more = pull.pull(sessions, cursors, body.limit)
        except pull.ResetRequired as exc:
            raise ResetRequired(
                f"the server no longer keeps the changes after this workstation's cursor "
                f"(stream {exc}); send the outbox, then download afresh"
            ) from exc
        # Returned as is (the shape is the documented PullOut): validating thousands of rows
        # through the response model would cost more than reading them.
        return JSONResponse({"changes": changes, "cursors": after, "more": more})

    @app.get("/v1/heads", response_model=HeadsOut, responses=ERRORS, dependencies=checked)
    def heads(who: Auth) -> dict[str, Any]:
        return {"cursors": pull.heads(sessions), "tables": list(rows.replicated())}

    @app.post("/v1/snapshot", response_model=SnapshotOut, responses=ERRORS, dependencies=checked)
    def snapshot(body: SnapshotIn, who: Auth) -> JSONResponse:
        if body.table not in rows.replicated():
            raise NotFound(f"no synced table {body.table!r}")
        try:
            found, nxt = pull.snapshot(sessions, body.table, body.after, body.limit)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise InvalidInput(f"bad 'after' key for {body.table}: {exc}") from exc
        return JSONResponse({"rows": found, "next": nxt})

    @app.post("/v1/blobs/missing", response_model=MissingOut, responses=ERRORS,
              dependencies=checked)  # fmt: skip
    def blobs_missing(body: MissingIn, who: Auth) -> dict[str, Any]:
        return {"missing": blobs.missing(sessions, body.hashes)}

    @app.put("/v1/blobs/{sha256}", response_model=BlobOut, responses=ERRORS,
             dependencies=checked, openapi_extra=RAW_BODY)  # fmt: skip
    async def blob_put(sha256: Sha, request: Request, who: Auth) -> dict[str, Any]:
        named = await run_in_threadpool(blobs.referenced, sessions, sha256)
        limit = attachments.MAX_BYTES
        digest, size = hashlib.sha256(), 0
        with tempfile.SpooledTemporaryFile(max_size=SPOOL) as spool:
            # The body is read to its end even when it will be refused: the workstation then
            # gets the answer, not a connection closed under its upload.
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise blobs.TooLarge(f"files up to {limit} bytes are kept; nothing was stored")
                if named:
                    digest.update(chunk)
                    spool.write(chunk)
            if not named:
                raise blobs.NotReferenced(
                    f"no attachment on the server names the file {sha256}; push the change "
                    "that attaches it first"
                )
            if digest.hexdigest() != sha256:
                raise blobs.HashMismatch(
                    f"the {size} bytes received have SHA-256 {digest.hexdigest()}, not "
                    f"{sha256}; nothing was stored"
                )
            created = await run_in_threadpool(blobs.put, sessions, sha256, size, spool)
        if created:
            log.info("stored file %s (%d bytes) from %s", sha256, size, who.device_id)
        return {"sha256": sha256, "size": size, "created": created}

    @app.get("/v1/blobs/{sha256}", response_class=StreamingResponse,
             responses=ERRORS | BYTES_OUT, dependencies=checked)  # fmt: skip
    def blob_get(sha256: Sha, who: Auth) -> StreamingResponse:
        size = blobs.size_of(sessions, sha256)
        return StreamingResponse(
            blobs.chunks(sessions, sha256, size),
            media_type="application/octet-stream",
            headers={"Content-Length": str(size)},
        )

    return app


def _protocol(
    x_kefu_protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
) -> None:
    if x_kefu_protocol != str(PROTOCOL):
        raise ProtocolError(
            f"this server speaks sync protocol {PROTOCOL}, the client sent "
            f"{x_kefu_protocol or 'none'}: update the workstation"
        )


def _token(authorization: str | None) -> str | None:
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return None


def _login_of(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> accounts.Login:
    return accounts.authenticate(request.app.state.sessions, _token(authorization))


Auth = Annotated[accounts.Login, Depends(_login_of)]


def _same_device(who: accounts.Login, client_id: uuid.UUID) -> None:
    if client_id != who.device_id:
        raise PermissionDenied("this token belongs to another workstation")


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` with several worker processes: the database from KEFU_DB."""
    return create_app(open_store(os.environ.get("KEFU_DB")))
