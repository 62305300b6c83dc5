"""Offline work synced later: the outbox written by every service call, and its clock."""
