"""Orders and after-sales from the platforms: export files now, platform API clients later.

Every source implements :class:`~app.connectors.base.OrderSource`; the import runner
(:mod:`app.connectors.runner`) hands whole orders to the ``order.import`` service. See
``docs/connectors.md``.
"""

from app.connectors.base import OrderRecord, OrderSource, RowError
from app.connectors.tables import FileProblem

__all__ = ["FileProblem", "OrderRecord", "OrderSource", "RowError"]
