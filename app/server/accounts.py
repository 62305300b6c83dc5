"""Accounts on the team server: passwords (argon2), devices bound to an agent, and tokens that
expire and can be revoked. Only the SHA-256 of a token is stored."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pendulum import DateTime, Duration
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.errors import InvalidInput, KefuError, NotFound, PermissionDenied
from app.models import Agent, Credential, Device, Role, Token, new_id

TOKEN_LIFETIME = Duration(hours=12)
MIN_PASSWORD = 8
_hasher = PasswordHasher()


class AuthError(KefuError):
    """Wrong credentials, or a token that is unknown, expired or revoked (HTTP 401)."""

    code = "unauthorized"


@dataclass(frozen=True)
class Login:
    agent_id: uuid.UUID
    device_id: uuid.UUID
    role: Role
    username: str


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD} characters")


def add_user(
    sessions: sessionmaker[Session],
    username: str,
    role: Role,
    password: str,
    *,
    display_name: str = "",
) -> uuid.UUID:
    """Make an agent with a password; an agent without one (made by an import or the demo)
    gets the password. An agent who has one already is refused: reset it instead."""
    username = username.strip()
    if not username or len(username) > 64:
        raise InvalidInput("a username has 1 to 64 characters")
    _check_password(password)
    with sessions.begin() as s:
        agent = s.scalar(select(Agent).where(Agent.username == username))
        if agent is None:
            agent = Agent(
                id=new_id(), username=username, display_name=display_name or username, role=role
            )
            s.add(agent)
            s.flush()
        elif s.get(Credential, agent.id) is not None:
            raise InvalidInput(f"user {username!r} exists; use 'kefu user passwd' to reset it")
        else:
            agent.role = role
        s.add(Credential(agent_id=agent.id, password_hash=_hasher.hash(password)))
        return agent.id


def reset_password(sessions: sessionmaker[Session], username: str, password: str) -> None:
    """Set a new password and revoke every token the user holds."""
    _check_password(password)
    with sessions.begin() as s:
        agent = s.scalar(select(Agent).where(Agent.username == username))
        if agent is None:
            raise NotFound(f"no user {username!r}")
        cred = s.get(Credential, agent.id)
        if cred is None:
            s.add(Credential(agent_id=agent.id, password_hash=_hasher.hash(password)))
        else:
            cred.password_hash = _hasher.hash(password)
            cred.changed_at = clock.now()
        _revoke_all(s, agent.id)


def revoke(sessions: sessionmaker[Session], username: str) -> int:
    with sessions.begin() as s:
        agent = s.scalar(select(Agent).where(Agent.username == username))
        if agent is None:
            raise NotFound(f"no user {username!r}")
        return _revoke_all(s, agent.id)


def _revoke_all(s: Session, agent_id: uuid.UUID) -> int:
    result = s.execute(
        update(Token)
        .where(Token.agent_id == agent_id, Token.revoked_at.is_(None))
        .values(revoked_at=clock.now())
    )
    return result.rowcount or 0


def login(
    sessions: sessionmaker[Session],
    username: str,
    password: str,
    device_id: uuid.UUID,
    device_name: str = "",
    lifetime: Duration = TOKEN_LIFETIME,
) -> tuple[str, DateTime, Agent]:
    """Check the password, register the device to the user, and issue a token."""
    with sessions.begin() as s:
        agent = s.scalar(select(Agent).where(Agent.username == username))
        cred = s.get(Credential, agent.id) if agent is not None else None
        if agent is None or cred is None or not _verify(cred.password_hash, password):
            raise AuthError("wrong username or password")
        if not agent.active:
            raise AuthError("this account is disabled")
        device = s.get(Device, device_id)
        if device is None:
            s.add(Device(id=device_id, agent_id=agent.id, name=device_name[:100]))
            s.flush()
        elif device.agent_id != agent.id:
            raise PermissionDenied(
                "this workstation's store belongs to another user; log in with a new store"
            )
        token = secrets.token_urlsafe(32)
        expires = clock.now() + lifetime
        s.add(
            Token(
                token_hash=_digest(token),
                agent_id=agent.id,
                device_id=device_id,
                expires_at=expires,
            )  # fmt: skip
        )
        s.expunge(agent)
        return token, expires, agent


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(sessions: sessionmaker[Session], token: str | None) -> Login:
    """The agent and device behind a bearer token, or AuthError."""
    if not token:
        raise AuthError("no token: log in first")
    with sessions() as s:
        found = s.get(Token, _digest(token))
        if found is None or found.revoked_at is not None:
            raise AuthError("unknown or revoked token: log in again")
        if found.expires_at <= clock.now():
            raise AuthError("the token has expired: log in again")
        agent = s.get(Agent, found.agent_id)
        if agent is None or not agent.active:
            raise AuthError("this account is disabled")
        return Login(agent.id, found.device_id, agent.role, agent.username)


def logout(sessions: sessionmaker[Session], token: str) -> None:
    with sessions.begin() as s:
        found = s.get(Token, _digest(token))
        if found is not None and found.revoked_at is None:
            found.revoked_at = clock.now()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
