"""Tags and customer groups: the shop's tags (name, kind, colour) and groups built from them
(the buyers carrying any or all of some tags), with their members."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import TagKind
from app.queries import lookups
from app.queries.customers import GroupRow, Member, group_members, groups
from app.services import Changes, create_tag
from app.services.customer_groups import save_group
from ui.context import AppContext
from ui.labels import label
from ui.ops import run_op
from ui.presale.common import presale_message
from ui.ticket.banner import Banner

COLOURS = ("#E53935", "#FB8C00", "#FDD835", "#43A047", "#1E88E5", "#8E24AA", "#6D4C41", "#546E7A")


class TagsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsDialog")
        self.ctx = ctx
        self.resize(760, 520)
        self.tabs = QTabWidget(self)
        # tags
        self.tag_list = QListWidget(self)
        self.tag_list.setObjectName("tagList")
        self.tag_name = QLineEdit(self)
        self.tag_name.setObjectName("newTagName")
        self.tag_kind = QComboBox(self)
        self.tag_kind.setObjectName("newTagKind")
        self.tag_colour = QComboBox(self)
        self.tag_colour.setObjectName("newTagColour")
        for colour in COLOURS:
            self.tag_colour.addItem("■ " + colour, colour)
            self.tag_colour.setItemData(
                self.tag_colour.count() - 1, QBrush(QColor(colour)), Qt.ItemDataRole.ForegroundRole
            )
        self.add_tag = QPushButton(self)
        self.add_tag.setObjectName("addTag")
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.addWidget(self.tag_list, 1)
        row = QHBoxLayout()
        for w in (self.tag_name, self.tag_kind, self.tag_colour, self.add_tag):
            row.addWidget(w)
        col.addLayout(row)
        self.tabs.addTab(page, "")
        # groups
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("groupList")
        self.members = QListWidget(self)
        self.members.setObjectName("groupMembers")
        self.group_tags = QListWidget(self)
        self.group_tags.setObjectName("groupTags")
        self.group_name = QLineEdit(self)
        self.group_name.setObjectName("newGroupName")
        self.group_match = QComboBox(self)
        self.group_match.setObjectName("newGroupMatch")
        self.add_group = QPushButton(self)
        self.add_group.setObjectName("addGroup")
        page = QWidget(self)
        grid = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(self.group_list, 1)
        left.addWidget(self.members, 2)
        right = QVBoxLayout()
        right.addWidget(self.group_tags, 1)
        right.addWidget(self.group_name)
        right.addWidget(self.group_match)
        right.addWidget(self.add_group)
        grid.addLayout(left, 3)
        grid.addLayout(right, 2)
        self.tabs.addTab(page, "")
        self.banner = Banner("tagsBanner", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        self.tags: list[lookups.TagInfo] = []
        self.groups: list[GroupRow] = []
        self.member_rows: list[Member] = []
        self.retranslate()
        self.add_tag.clicked.connect(self._on_add_tag_clicked)
        self.add_group.clicked.connect(self._on_add_group_clicked)
        self.group_list.currentRowChanged.connect(self._on_group_row_changed)
        self.reload()

    def reload(self) -> None:
        sessions = self.ctx.sessions
        run_op(self, lambda: (lookups.tags(sessions), groups(sessions))).on_success(
            self._on_loaded
        ).start()

    def _on_loaded(self, result: tuple) -> None:
        self.tags, self.groups = result
        self.tag_list.clear()
        self.group_tags.clear()
        for t in self.tags:
            for target in (self.tag_list, self.group_tags):
                item = QListWidgetItem(f"■ {t.name} · {label(t.kind)}")
                item.setForeground(QBrush(QColor(t.color)))
                if target is self.group_tags:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                target.addItem(item)
        self.group_list.clear()
        names = {t.id: t.name for t in self.tags}
        for g in self.groups:
            joined = (" + " if g.match == "all" else " / ").join(
                names.get(t, "?") for t in g.tag_ids
            )
            self.group_list.addItem(f"{g.name}  ({g.members}) · {joined}")

    def check_tags(self, tag_ids: set[uuid.UUID]) -> None:
        for i, t in enumerate(self.tags):
            state = Qt.CheckState.Checked if t.id in tag_ids else Qt.CheckState.Unchecked
            self.group_tags.item(i).setCheckState(state)

    @Slot(int)
    def _on_group_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            return
        sessions, gid = self.ctx.sessions, self.groups[row].id

        def shown(members: list[Member]) -> None:
            self.member_rows = members
            self.members.clear()
            for m in members:
                self.members.addItem(
                    f"{m.nickname} · {m.shop} · " + " ".join(t.name for t in m.tags)
                )

        run_op(self, lambda: group_members(sessions, gid)).on_success(shown).start()

    @Slot()
    def _on_add_tag_clicked(self) -> None:
        ctx = self.ctx
        name, kind, colour = (
            self.tag_name.text(),
            self.tag_kind.currentData(),
            self.tag_colour.currentData(),
        )
        self._write(
            lambda: create_tag(ctx.sessions, actor=ctx.actor, name=name, kind=kind, color=colour),
            self.tag_name,
        )

    @Slot()
    def _on_add_group_clicked(self) -> None:
        ctx = self.ctx
        chosen = [
            t.id
            for i, t in enumerate(self.tags)
            if self.group_tags.item(i).checkState() == Qt.CheckState.Checked
        ]
        name, match = self.group_name.text(), self.group_match.currentData()
        self._write(
            lambda: save_group(
                ctx.sessions, actor=ctx.actor, name=name, tag_ids=chosen, match=match
            ),
            self.group_name,
        )

    def _write(self, fn, editor: QLineEdit) -> None:  # noqa: ANN001
        def ok(changes: Changes) -> None:
            self.ctx.publish(changes, self)
            editor.clear()
            self.banner.info(self.tr("Saved."))
            self.reload()

        run_op(self, fn).on_success(ok).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tags and customer groups"))
        self.tabs.setTabText(0, self.tr("Tags"))
        self.tabs.setTabText(1, self.tr("Groups"))
        self.tag_name.setPlaceholderText(self.tr("New tag, e.g. 直播间"))
        current = self.tag_kind.currentData()
        self.tag_kind.clear()
        for kind in TagKind:
            self.tag_kind.addItem(label(kind), kind)
        self.tag_kind.setCurrentIndex(max(self.tag_kind.findData(current), 0))
        self.add_tag.setText(self.tr("Add tag"))
        self.group_name.setPlaceholderText(self.tr("New group from the ticked tags"))
        self.group_match.clear()
        self.group_match.addItem(self.tr("Buyers with any of the tags"), "any")
        self.group_match.addItem(self.tr("Buyers with all of the tags"), "all")
        self.add_group.setText(self.tr("Add group"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
