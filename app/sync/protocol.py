"""The sync protocol's fixed points, shared by the team server and the workstation."""

from __future__ import annotations

PROTOCOL = 1  # raise when a change would break older clients or servers
PROTOCOL_HEADER = "X-Kefu-Protocol"
MAX_BODY = 8 * 1024 * 1024  # bytes in one request
MAX_PUSH = 500  # mutations in one push
MAX_PULL = 5000  # changes or rows in one page
MAX_HASHES = 1000  # file hashes in one /v1/blobs/missing question
