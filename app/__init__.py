"""Kefu Desk: the domain, services and storage (no Qt here)."""

__version__ = "0.1.0"
