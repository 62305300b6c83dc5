"""schemathesis against the served OpenAPI description: whatever it sends, never a 5xx."""

from __future__ import annotations

import uuid

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings

from app.sync.protocol import PROTOCOL, PROTOCOL_HEADER
from tests.sync.harness import PASSWORD


def test_no_request_makes_the_server_fail(server):
    r = httpx.post(f"{server.url}/v1/login", headers={PROTOCOL_HEADER: str(PROTOCOL)},
                   json={"username": "小王", "password": PASSWORD, "client_id": str(uuid.uuid4())})  # fmt: skip
    auth = {PROTOCOL_HEADER: str(PROTOCOL), "Authorization": f"Bearer {r.json()['token']}"}
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/login", "/v1/push", "/v1/pull", "/v1/snapshot"}
    seen: dict[str, set[int]] = {}

    def fuzz(op) -> None:  # noqa: ANN001
        @given(case=op.as_strategy())
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)  # fmt: skip
        def run(case) -> None:  # noqa: ANN001
            for headers in (auth, None):  # as a logged-in workstation, and as a stranger
                response = case.call(headers=headers)
                seen.setdefault(op.path, set()).add(response.status_code)
                assert response.status_code < 500, (case.method, case.path, response.text[:300])

        run()

    for op in operations:
        fuzz(op)
    # it did reach past the door: some requests were taken, many were refused with 4xx
    assert any(code == 200 for codes in seen.values() for code in codes)
    assert any(400 <= code < 500 for codes in seen.values() for code in codes)
