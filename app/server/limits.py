"""Refusing oversized requests before they are read (HTTP 413), declared or streamed."""

from __future__ import annotations

import json
from typing import Any


class BodyLimit:
    """ASGI middleware: a body longer than ``limit`` bytes gets 413 and reaches no handler.

    ``larger`` names the requests that may carry more: ``(method, path prefix, limit)``
    (a file upload).
    """

    def __init__(self, app: Any, limit: int, larger: tuple[tuple[str, str, int], ...] = ()) -> None:
        self.app = app
        self.limit = limit
        self.larger = larger

    def _limit_of(self, scope: dict[str, Any]) -> int:
        method, path = scope.get("method", ""), scope.get("path", "")
        for m, prefix, limit in self.larger:
            if method == m and path.startswith(prefix):
                return limit
        return self.limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit_of(scope)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _too_large(send, limit)
            return
        seen = 0
        refused = False

        async def counted() -> dict[str, Any]:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    refused = True
                    raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            if refused:
                await _too_large(send, limit)


class _TooLarge(Exception):
    pass


async def _too_large(send: Any, limit: int) -> None:
    body = json.dumps(
        {"code": "too_large", "message": f"the request is larger than {limit} bytes"}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],  # fmt: skip
        }
    )
    await send({"type": "http.response.body", "body": body})
