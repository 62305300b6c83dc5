"""Fixtures shared by the app-layer tests."""

from __future__ import annotations

import pytest

from tests.app.builders import World, world


@pytest.fixture
def w(store, frozen_clock) -> World:
    """One shop, one buyer with an order of two items, and the acting agent."""
    return world(store)
