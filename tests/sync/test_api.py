"""The server's answers to bad input and bad tokens, and its OpenAPI description."""

from __future__ import annotations

import uuid

import httpx
import pendulum
import pytest
from sqlalchemy import update

from app.models import Device, Token
from app.sync.protocol import MAX_BODY, PROTOCOL, PROTOCOL_HEADER
from tests.sync.harness import PASSWORD

H = {PROTOCOL_HEADER: str(PROTOCOL)}


def _login(url: str, name: str = "小王", client_id: uuid.UUID | None = None) -> tuple[str, str]:
    cid = str(client_id or uuid.uuid4())
    r = httpx.post(f"{url}/v1/login", headers=H, json={"username": name, "password": PASSWORD,
                                                        "client_id": cid})  # fmt: skip
    assert r.status_code == 200, r.text
    return r.json()["token"], cid


def _auth(token: str) -> dict[str, str]:
    return H | {"Authorization": f"Bearer {token}"}


def test_openapi_is_served(server):
    spec = httpx.get(f"{server.url}/openapi.json").json()
    assert {"/v1/login", "/v1/push", "/v1/pull", "/v1/snapshot", "/v1/heads"} <= set(spec["paths"])


def test_wrong_password_and_unknown_user_get_401(server):
    for name, password in (("小王", "wrong password"), ("nobody", PASSWORD)):
        r = httpx.post(f"{server.url}/v1/login", headers=H,
                       json={"username": name, "password": password, "client_id": str(uuid.uuid4())})  # fmt: skip
        assert r.status_code == 401
        assert r.json()["code"] == "unauthorized"


def test_missing_wrong_expired_and_revoked_tokens_get_401(server, team):
    store, _ = team
    token, cid = _login(server.url)
    body = {"client_id": cid, "cursors": {}}
    assert httpx.post(f"{server.url}/v1/pull", headers=_auth(token), json=body).status_code == 200
    assert httpx.post(f"{server.url}/v1/pull", headers=H, json=body).status_code == 401
    assert (
        httpx.post(f"{server.url}/v1/pull", headers=_auth("forged"), json=body).status_code == 401
    )
    with store.sessions.begin() as s:
        s.execute(update(Token).values(expires_at=pendulum.now("UTC").subtract(minutes=1)))
    r = httpx.post(f"{server.url}/v1/pull", headers=_auth(token), json=body)
    assert (r.status_code, r.json()["code"]) == (401, "unauthorized")
    assert "expired" in r.json()["message"]
    token2, cid2 = _login(server.url, client_id=uuid.UUID(cid))
    from app.server import accounts

    accounts.revoke(store.sessions, "小王")
    r = httpx.post(f"{server.url}/v1/pull", headers=_auth(token2), json=body)
    assert r.status_code == 401 and "revoked" in r.json()["message"]


def test_a_device_stays_bound_to_its_user(server, team):
    _token, cid = _login(server.url, "小王")
    r = httpx.post(f"{server.url}/v1/login", headers=H,
                   json={"username": "bob", "password": PASSWORD, "client_id": cid})  # fmt: skip
    assert r.status_code == 403
    bob_token, _ = _login(server.url, "bob")
    r = httpx.post(f"{server.url}/v1/push", headers=_auth(bob_token),
                   json={"client_id": cid, "mutations": []})  # fmt: skip
    assert r.status_code == 403  # bob's token cannot push for 小王's device


def test_an_old_protocol_is_refused_clearly(server):
    r = httpx.get(f"{server.url}/v1/heads", headers={PROTOCOL_HEADER: "0"})
    assert r.status_code == 400
    assert r.json()["code"] == "unsupported_protocol"
    assert "update the workstation" in r.json()["message"]


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b'{"client_id": "not-a-uuid", "mutations": []}',
        b'{"client_id": "00000000-0000-0000-0000-000000000001", "mutations": [{"mutation_id": 0}]}',
        b'{"client_id": "00000000-0000-0000-0000-000000000001", "mutations": [], "extra": 1}',
    ],
)
def test_malformed_pushes_get_4xx_and_change_nothing(server, team, body):
    store, _ = team
    token, _cid = _login(server.url)
    before = _devices(store)
    r = httpx.post(f"{server.url}/v1/push", headers=_auth(token) | {"content-type": "application/json"},
                   content=body)  # fmt: skip
    assert 400 <= r.status_code < 500
    assert r.json()["message"]
    assert _devices(store) == before


def test_an_oversized_request_gets_413(server):
    token, cid = _login(server.url)
    big = (
        b'{"client_id": "'
        + cid.encode()
        + b'", "mutations": [], "pad": "'
        + b"x" * (MAX_BODY + 10)
        + b'"}'
    )
    r = httpx.post(f"{server.url}/v1/push", headers=_auth(token) | {"content-type": "application/json"},
                   content=big)  # fmt: skip
    assert r.status_code == 413
    assert r.json()["code"] == "too_large"


def test_snapshot_of_an_unknown_table_or_bad_key_is_4xx(server):
    token, _ = _login(server.url)
    r = httpx.post(f"{server.url}/v1/snapshot", headers=_auth(token), json={"table": "outbox"})
    assert r.status_code == 404
    r = httpx.post(f"{server.url}/v1/snapshot", headers=_auth(token),
                   json={"table": "tickets", "after": {"id": "zzz"}})  # fmt: skip
    assert r.status_code == 400


def _devices(store) -> list[tuple]:  # noqa: ANN001
    with store.sessions() as s:
        return [(d.id, d.last_mutation_id) for d in s.query(Device)]
