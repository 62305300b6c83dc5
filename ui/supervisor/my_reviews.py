""" "My quality reviews": the logged-in agent's reviews with the marks and the feedback; an
unread review is marked read when the agent opens it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from app.quality_checklist import checklist
from app.queries.quality import ReviewInfo, my_reviews
from app.services.quality import mark_review_seen
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import label, local
from ui.ops import run_op
from ui.supervisor.common import fill_table, make_table, row_data
from ui.supervisor.quality import item_title
from ui.ticket.banner import Banner


class MyReviewsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myReviewsDialog")
        self.ctx = ctx
        self.rows: list[ReviewInfo] = []
        self.table = make_table(
            self,
            "myReviewsTable",
            [
                self.tr("Reviewed"),
                self.tr("Score"),
                self.tr("Kind"),
                self.tr("Buyer"),
                self.tr("By"),
                "",
            ],
            stretch=3,
        )
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("myReviewDetail")
        self.empty = QLabel(self.tr("No quality reviews yet."), self)
        self.empty.setObjectName("myReviewsEmpty")
        self.banner = Banner("myReviewsBanner", self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.setWindowTitle(self.tr("My quality reviews"))
        self.resize(760, 600)
        self.table.itemSelectionChanged.connect(self._on_selected)

    def load(self) -> None:
        ctx = self.ctx
        run_op(self, lambda: my_reviews(ctx.sessions, actor=ctx.actor)).on_success(
            self._show
        ).on_failure(lambda exc: self.banner.error(message_for(exc))).start()

    def _show(self, rows: list[ReviewInfo]) -> None:
        self.rows = rows
        new = self.tr("new")
        cells = [
            [
                local(r.reviewed_at),
                str(r.score),
                label(r.kind),
                r.buyer,
                r.reviewer,
                "" if r.seen_at else new,
            ]
            for r in rows
        ]
        fill_table(
            self.table, cells, data=list(range(len(rows))), warn=[r.seen_at is None for r in rows]
        )
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)

    def current(self) -> ReviewInfo | None:
        index = row_data(self.table)
        return self.rows[index] if isinstance(index, int) and index < len(self.rows) else None

    @Slot()
    def _on_selected(self) -> None:
        review = self.current()
        if review is None:
            self.detail.clear()
            return
        self.detail.setHtml(self._html(review))
        if review.seen_at is None:
            ctx = self.ctx
            run_op(
                self, lambda: mark_review_seen(ctx.sessions, actor=ctx.actor, review_id=review.id)
            ).on_failure(lambda exc: self.banner.error(message_for(exc))).start()

    def _html(self, review: ReviewInfo) -> str:
        sheet = checklist()
        names = {0: self.tr("No"), 1: self.tr("Partly"), 2: self.tr("Yes")}
        lines = "".join(
            f"<tr><td>{html.escape(item_title(item))}</td>"
            f"<td><b>{html.escape(names.get(int(review.scores.get(item.id, -1)), '–'))}</b></td></tr>"
            for item in sheet.items
        )
        feedback = html.escape(review.feedback or self.tr("(no feedback)")).replace("\n", "<br>")
        title = (
            self.tr("Score %1 / 100 · reviewed by %2")
            .replace("%1", str(review.score))
            .replace("%2", html.escape(review.reviewer))
        )
        return (
            f"<h3>{title}</h3><p>{html.escape(review.subject)}</p>"
            f"<table cellpadding='4'>{lines}</table><p>{feedback}</p>"
        )
