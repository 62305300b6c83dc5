"""A period picker: presets (last 7 days, this month, ...) or two dates, in shop time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app import clock
from app.kpis.period import SHOP_TZ, Period

PRESETS = ("7d", "30d", "this_month", "last_month", "90d", "365d", "this_year", "custom")


def preset_days(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a preset, ending today."""
    if key == "this_month":
        return today.replace(day=1), today
    if key == "last_month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if key == "this_year":
        return today.replace(month=1, day=1), today
    days = {"7d": 7, "30d": 30, "90d": 90, "365d": 365}.get(key, 30)
    return today - dt.timedelta(days=days - 1), today


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class PeriodPicker(QWidget):
    sig_changed = Signal()
    """The period changed (a preset picked or a date edited)."""

    def __init__(self, parent: QWidget | None = None, *, preset: str = "30d") -> None:
        super().__init__(parent)
        self.setObjectName("periodPicker")
        self.preset = QComboBox(self)
        self.preset.setObjectName("periodPreset")
        names = {
            "7d": self.tr("Last 7 days"),
            "30d": self.tr("Last 30 days"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "90d": self.tr("Last 90 days"),
            "365d": self.tr("Last 365 days"),
            "this_year": self.tr("This year"),
            "custom": self.tr("Custom"),
        }
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.first = QDateEdit(self)
        self.first.setObjectName("periodFirst")
        self.last = QDateEdit(self)
        self.last.setObjectName("periodLast")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.first)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.last)
        self._quiet = False
        self.preset.setCurrentIndex(PRESETS.index(preset))
        self._apply_preset()
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.first.dateChanged.connect(self._on_date_changed)
        self.last.dateChanged.connect(self._on_date_changed)

    def today(self) -> dt.date:
        return clock.now().in_timezone(SHOP_TZ).date()

    def period(self) -> Period:
        first, last = _day(self.first.date()), _day(self.last.date())
        return Period.days(min(first, last), max(first, last))

    def set_days(self, first: dt.date, last: dt.date) -> None:
        self._quiet = True
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self._quiet = False
        self.sig_changed.emit()

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        first, last = preset_days(key, self.today())
        self._quiet = True
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self._quiet = False

    @Slot(int)
    def _on_preset_changed(self, _index: int) -> None:
        if self._quiet:
            return
        self._apply_preset()
        self.sig_changed.emit()

    @Slot(QDate)
    def _on_date_changed(self, _date: QDate) -> None:
        if self._quiet:
            return
        self._quiet = True
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self._quiet = False
        self.sig_changed.emit()
