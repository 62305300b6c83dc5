"""Read-side functions: each opens its own session and returns frozen dataclasses, never ORM
objects, so nothing from the database layer reaches ``ui/``."""
