"""The workflow desk (a scene with a shop, a buyer and two controllers) for the return
script's address."""

from tests.app.workflows.conftest import desk  # noqa: F401
