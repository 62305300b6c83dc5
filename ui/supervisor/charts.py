"""A key figure drawn with QtCharts: bars, stacked bars, lines or a pie, from its table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.kpis.figure import Figure
from ui.supervisor.cells import cell_text, chart_value
from ui.supervisor.names import column_title

MAX_CATEGORIES = 15  # more bars than this do not read; the table has them all
MAX_POINTS = 62  # a line reads with more
# Series whose meaning has a colour: good green, bad red, pending amber, finished grey.
COLORS = {
    "kept": "#30a46c",
    "missed": "#e5484d",
    "open": "#f5a524",
    "waiting": "#f5a524",
    "escalated": "#e5484d",
    "done": "#9ca3af",
    "defect_feedback": "#e5484d",
    "quality_claims": "#8e4ec6",
}
LABEL_CHARS = 10


def _short(text: str, room: int = LABEL_CHARS) -> str:
    return text if len(text) <= room else text[: room - 1] + "…"


class FigureChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.show_figure(None)

    def show_figure(self, figure: Figure | None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if figure is not None and figure.rows and figure.chart.kind != "none":
            self._draw(chart, figure)
        self.setChart(chart)

    @staticmethod
    def rows(figure: Figure) -> tuple:
        return figure.rows[: MAX_POINTS if figure.chart.kind == "line" else MAX_CATEGORIES]

    def categories(self, figure: Figure) -> list[str]:
        column = figure.columns[figure.column(figure.chart.category)]
        index = figure.column(column.key)
        rows = self.rows(figure)
        room = LABEL_CHARS if len(rows) > 6 else 3 * LABEL_CHARS
        return [_short(cell_text(column, row[index]), room) for row in rows]

    def _draw(self, chart: QChart, figure: Figure) -> None:
        kind = figure.chart.kind
        if kind == "pie":
            self._pie(chart, figure)
            return
        if kind == "line" and figure.columns[figure.column(figure.chart.category)].kind == "date":
            self._timeline(chart, figure)
            return
        names = self.categories(figure)
        rows = self.rows(figure)
        self._top = 0.0
        if kind == "line":
            series_list = []
            for key in figure.chart.series:
                column = figure.columns[figure.column(key)]
                line = QLineSeries()
                line.setName(column_title(key))
                for x, row in enumerate(rows):
                    line.append(x, chart_value(column, row[figure.column(key)]))
                line.setPointsVisible(True)
                series_list.append(line)
                chart.addSeries(line)
        else:
            series = QStackedBarSeries() if kind == "stacked" else QBarSeries()
            stacked_totals = [0.0] * len(rows)
            for key in figure.chart.series:
                column = figure.columns[figure.column(key)]
                bars = QBarSet(column_title(key))
                if key in COLORS:
                    bars.setColor(QColor(COLORS[key]))
                values = [chart_value(column, row[figure.column(key)]) for row in rows]
                bars.append(values)
                series.append(bars)
                stacked_totals = [a + b for a, b in zip(stacked_totals, values, strict=True)]
                self._top = max(self._top, *(values or [0]))
            if kind == "stacked":
                self._top = max(self._top, *(stacked_totals or [0]))
            chart.addSeries(series)
            series_list = [series]
        axis_x = QBarCategoryAxis()
        axis_x.append(names)
        axis_x.setLabelsAngle(-35 if len(names) > 6 else 0)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.4g")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in series_list:
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        if kind == "line":
            self._top = max([p.y() for s in series_list for p in s.points()], default=0.0)
        axis_y.setRange(0.0, self._top * 1.15 or 1.0)
        axis_y.applyNiceNumbers()
        self._unit_title(axis_y, figure)
        chart.legend().setVisible(len(figure.chart.series) > 1)

    def _timeline(self, chart: QChart, figure: Figure) -> None:
        """A line over dates: a date axis with a readable number of ticks."""
        at = figure.column(figure.chart.category)
        rows = self.rows(figure)
        axis_x = QDateTimeAxis()
        axis_x.setFormat("MM-dd")
        axis_x.setTickCount(min(8, max(2, len(rows))))
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.4g")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        values = []
        for key in figure.chart.series:
            column = figure.columns[figure.column(key)]
            line = QLineSeries()
            line.setName(column_title(key))
            line.setPointsVisible(len(rows) <= 40)
            for row in rows:
                day = dt.date.fromisoformat(str(row[at]))
                when = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
                value = chart_value(column, row[figure.column(key)])
                line.append(when.toMSecsSinceEpoch(), value)
                values.append(value)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        axis_y.setRange(min(0.0, min(values, default=0)), (max(values, default=1) * 1.15) or 1)
        axis_y.applyNiceNumbers()
        self._unit_title(axis_y, figure)
        chart.legend().setVisible(len(figure.chart.series) > 1)

    @staticmethod
    def _unit_title(axis: QValueAxis, figure: Figure) -> None:
        if len(figure.chart.series) == 1:
            column = figure.columns[figure.column(figure.chart.series[0])]
            unit = {"ratio": " (%)", "fen": " (¥)", "hours": " (h)"}.get(column.kind, "")
            axis.setTitleText(column_title(column.key) + unit)

    def _pie(self, chart: QChart, figure: Figure) -> None:
        pie = QPieSeries()
        key = figure.chart.series[0]
        column = figure.columns[figure.column(key)]
        for label_text, row in zip(
            self.categories(figure), figure.rows[:MAX_CATEGORIES], strict=False
        ):
            pie.append(label_text, chart_value(column, row[figure.column(key)]))
        total = sum(sl.value() for sl in pie.slices()) or 1
        for sl in pie.slices():
            sl.setLabelVisible(sl.value() / total >= 0.03)  # small slices: in the legend
        chart.addSeries(pie)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
