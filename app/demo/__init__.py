"""The demo shop: deterministic, realistic Chinese shop data for trying out the workstation.

``build_demo(store, tickets=600, seed=7)`` fills an empty store; ``kefu demo`` does it from
the command line (see :mod:`app.demo.cli` and ``docs/demo.md``).
"""

from app.demo.generate import DemoRefused, DemoSummary, build_demo

__all__ = ["DemoRefused", "DemoSummary", "build_demo"]
