"""The supervisor console: a window of its own with the approvals inbox, the review queues,
quality review, the audit log, the dashboard and the accounting export.

Reachable only from a supervisor's or an administrator's login (the main window adds the
menu for them alone); every service behind it refuses anyone else as well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from app.errors import PermissionDenied
from ui.context import AppContext
from ui.supervisor.accounting import AccountingTab
from ui.supervisor.approvals import ApprovalsTab
from ui.supervisor.audit import AuditTab
from ui.supervisor.dashboard import DashboardTab
from ui.supervisor.quality import QualityTab
from ui.supervisor.reviews import ReviewsTab
from ui.supervisor.supplier_refusals import SupplierRefusalsTab


class SupervisorConsole(QMainWindow):
    sig_open_ticket = Signal(object)
    """Show this ticket (its id) in the main window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        if not ctx.actor.is_supervisor:
            raise PermissionDenied("the supervisor console is for supervisors")
        super().__init__(parent)
        self.setObjectName("supervisorConsole")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("supervisorTabs")
        self._pages: list[tuple[QWidget, str]] = []
        self._counts: dict[QWidget, int] = {}
        self._loaded: set[QWidget] = set()
        self.approvals = self._add(ApprovalsTab(ctx, self), "approvals")
        self.reviews = self._add(ReviewsTab(ctx, self), "reviews")
        self.suppliers = self._add(SupplierRefusalsTab(ctx, self), "suppliers")
        self.quality = self._add(QualityTab(ctx, self), "quality")
        self.audit = self._add(AuditTab(ctx, self), "audit")
        self.dashboard = self._add(DashboardTab(ctx, self), "dashboard")
        self.accounting = self._add(AccountingTab(ctx, self), "accounting")
        self.setCentralWidget(self.tabs)
        self.retranslate()
        self._connect_signals()
        self.resize(1280, 800)

    def _add(self, page: QWidget, key: str):  # noqa: ANN202 - the page, as given
        self._pages.append((page, key))
        self.tabs.addTab(page, "")
        return page

    def _connect_signals(self) -> None:
        for page in (self.approvals, self.reviews, self.suppliers):
            page.sig_open_ticket.connect(self.sig_open_ticket)
            page.sig_count.connect(lambda n, p=page: self._on_page_count(p, n))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.ctx.bus.sig_changed.connect(self._on_changed)

    def start(self) -> None:
        """Load the first tab (the others load when first shown)."""
        self._on_tab_changed(self.tabs.currentIndex())

    def refresh(self) -> None:
        """Load the tab in front again (the console was shown again)."""
        page = self.tabs.currentWidget()
        if page in self._loaded:
            page.load()
        else:
            self._on_tab_changed(self.tabs.currentIndex())

    @Slot(object)
    def _on_changed(self, changes) -> None:  # noqa: ANN001
        """A write elsewhere (a compensation registered, a decision): the inbox follows."""
        if changes.initiator is not self.approvals and self.approvals in self._loaded:
            self.approvals.load()

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None and page not in self._loaded and hasattr(page, "load"):
            self._loaded.add(page)
            page.load()

    def _on_page_count(self, page: QWidget, count: int) -> None:
        self._counts[page] = count
        self.retranslate()

    def titles(self) -> dict[str, str]:
        return {
            "approvals": self.tr("Approvals"),
            "reviews": self.tr("Review queues"),
            "suppliers": self.tr("Suppliers"),
            "quality": self.tr("Quality review"),
            "audit": self.tr("Audit log"),
            "dashboard": self.tr("Dashboard"),
            "accounting": self.tr("Accounting export"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Supervisor console · %1").replace("%1", self.ctx.agent.display_name)
        )
        titles = self.titles()
        for i, (page, key) in enumerate(self._pages):
            count = self._counts.get(page)
            title = titles[key]
            self.tabs.setTabText(i, f"{title} ({count})" if count else title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
