"""The workstation's side of the sync API: plain HTTP calls with clear errors.

Every failure becomes a :class:`SyncError` with a stable code: ``offline`` (no answer: the
server is away or the network dropped), ``unauthorized`` (log in again), ``reset_required``,
``unsupported_protocol``, ``bad_url``, ``bad_response`` (something answered that is not a
Kefu Desk server), or the server's own code.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from app.errors import KefuError
from app.sync.protocol import PROTOCOL, PROTOCOL_HEADER

BLOCK = 1024 * 1024  # bytes handed on at a time while a file downloads


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

    # -- evidence files ------------------------------------------------------------------

    def missing_blobs(self, hashes: list[str]) -> list[str]:
        """Which of ``hashes`` (at most MAX_HASHES) the server has no bytes for."""
        return list(self._call("POST", "/v1/blobs/missing", {"hashes": hashes})["missing"])

    def upload_blob(self, sha256: str, path: Path) -> dict[str, Any]:
        """Send a file's bytes, read from disk as they go (never whole in memory)."""
        headers = {"Content-Type": "application/octet-stream",
                   "Content-Length": str(path.stat().st_size)}  # fmt: skip
        with path.open("rb") as fh:
            return self._call("PUT", f"/v1/blobs/{sha256}", content=fh, headers=headers)

    def download_blob(self, sha256: str, write: Callable[[bytes], object]) -> int:
        """Hand a file's bytes to ``write`` as they arrive; returns how many came."""
        path = f"/v1/blobs/{sha256}"
        with (
            self._transport_errors(),
            self._http.stream("GET", path, headers=self._auth()) as response,
        ):
            if response.status_code != 200:
                response.read()
                self._answer(response, path)
                raise SyncError("bad_response", f"{path} answered {response.status_code}")
            got = 0
            for chunk in response.iter_bytes(BLOCK):
                write(chunk)
                got += len(chunk)
            return got

    # -- plumbing ------------------------------------------------------------------------

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    @contextmanager
    def _transport_errors(self) -> Iterator[None]:
        try:
            yield
        except httpx.TimeoutException as exc:
            raise SyncError("offline", f"the server at {self.url} did not answer in time") from exc
        except httpx.TransportError as exc:
            raise SyncError("offline", f"cannot reach the server at {self.url}: {exc}") from exc

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None, *,
              content: Any = None, headers: dict[str, str] | None = None) -> dict[str, Any]:  # fmt: skip
        with self._transport_errors():
            response = self._http.request(
                method, path, json=body, content=content, headers=self._auth() | (headers or {})
            )
        return self._answer(response, path)

    def _answer(self, response: httpx.Response, path: str) -> dict[str, Any]:
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
