"""The workstation's side of the sync API: plain HTTP calls with clear errors.

Every failure becomes a :class:`SyncError` with a stable code: ``offline`` (no answer: the
server is away or the network dropped), ``unauthorized`` (log in again), ``reset_required``,
``unsupported_protocol``, ``bad_url``, ``bad_response`` (something answered that is not a
Kefu Desk server), or the server's own code.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from app.errors import KefuError
from app.sync.protocol import PROTOCOL, PROTOCOL_HEADER


class SyncError(KefuError):
    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.code = code


def check_url(url: str) -> str:
    """The server URL without a trailing slash, or SyncError naming what is wrong."""
    url = (url or "").strip().rstrip("/")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise SyncError("bad_url", f"not a server address: {url!r} ({exc})", url=url) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise SyncError("bad_url", f"not a server address: {url!r} (use http://HOST:PORT)", url=url)
    return url


class ServerClient:
    def __init__(self, url: str, *, timeout: float = 30.0) -> None:
        self.url = check_url(url)
        self.token: str | None = None
        self._http = httpx.Client(
            base_url=self.url, timeout=timeout, headers={PROTOCOL_HEADER: str(PROTOCOL)}
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- calls ---------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/v1/health")

    def login(
        self, username: str, password: str, client_id: uuid.UUID, device_name: str = ""
    ) -> dict[str, Any]:
        body = {"username": username, "password": password, "client_id": str(client_id),
                "device_name": device_name}  # fmt: skip
        answer = self._call("POST", "/v1/login", body)
        self.token = answer["token"]
        return answer

    def push(self, client_id: uuid.UUID, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/v1/push", {"client_id": str(client_id), "mutations": mutations})

    def pull(self, client_id: uuid.UUID, cursors: dict[str, int], limit: int) -> dict[str, Any]:
        body = {"client_id": str(client_id), "cursors": cursors, "limit": limit}
        return self._call("POST", "/v1/pull", body)

    def heads(self) -> dict[str, Any]:
        return self._call("GET", "/v1/heads")

    def snapshot(self, table: str, after: dict[str, Any] | None, limit: int) -> dict[str, Any]:
        return self._call("POST", "/v1/snapshot", {"table": table, "after": after, "limit": limit})

    # -- plumbing ------------------------------------------------------------------------

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = self._http.request(method, path, json=body, headers=headers)
        except httpx.TimeoutException as exc:
            raise SyncError("offline", f"the server at {self.url} did not answer in time") from exc
        except httpx.TransportError as exc:
            raise SyncError("offline", f"cannot reach the server at {self.url}: {exc}") from exc
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code >= 500:
            raise SyncError(
                "offline",
                f"the server at {self.url} failed ({response.status_code}); retrying later",
            )
        if not isinstance(data, dict):
            raise SyncError(
                "bad_response",
                f"{self.url} answered {path} with something that is not Kefu Desk's sync "
                f"({response.status_code}); check the address",
            )
        if response.status_code >= 400:
            code = str(data.get("code") or "refused")
            raise SyncError(code, str(data.get("message") or f"HTTP {response.status_code}"))
        return data
