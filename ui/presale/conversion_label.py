"""The pre-sale agent's own inquiry conversion (询单转化率) today and this week, in the
status bar; refreshed after the agent's replies and every few minutes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from app.queries.conversion import Conversion, MyRates, my_rates
from app.services import Changes
from ui.context import AppContext
from ui.ops import run_op

REFRESH_MS = 300_000


def share(c: Conversion) -> str:
    pct = "—" if c.rate is None else f"{c.rate:.0%}"
    return f"{c.converted}/{c.inquiries} {pct}"


class ConversionLabel(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversionLabel")
        self.ctx = ctx
        self.rates: MyRates | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.sig_changed.connect(self._on_bus_changed)
        self._timer.start()
        self.retranslate()

    @Slot()
    def refresh(self) -> None:
        sessions, me = self.ctx.sessions, self.ctx.agent.id
        run_op(self, lambda: my_rates(sessions, me)).on_success(self._on_rates).start()

    def _on_rates(self, rates: MyRates) -> None:
        self.rates = rates
        self.retranslate()

    @Slot(object)
    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.conversation or changes.orders:
            self.refresh()

    def retranslate(self) -> None:
        self.setToolTip(
            self.tr(
                "Inquiry conversion: buyers whose inquiry you answered first who ordered within "
                "the attribution window, of all such buyers"
            )
        )
        if self.rates is None:
            self.setText("")
            return
        self.setText(
            self.tr("My conversion: today %1 · this week %2  ")
            .replace("%1", share(self.rates.today))
            .replace("%2", share(self.rates.week))
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
