"""How a figure's values read in a table, a chart and an export."""

from __future__ import annotations

from app.kpis.figure import Column, Figure
from ui.labels import yuan
from ui.supervisor.names import code_text, column_title

CODED = ("kind", "status", "rule")
FLAGS = ("flag_qc", "qc_asked")


def cell_text(column: Column, value: object) -> str:
    """A value as the table shows it."""
    if value is None:
        return "–"
    if column.key in CODED:
        return code_text(column.key, value)
    if column.key in FLAGS:
        return "✔" if value else ""
    match column.kind:
        case "fen":
            return yuan(int(value))
        case "ratio":
            return f"{float(value) * 100:.1f}%"
        case "hours":
            return f"{float(value):.1f}"
        case "score":
            return f"{float(value):.3f}"
        case "int":
            return f"{int(value):,}"
    return str(value)


def chart_value(column: Column, value: object) -> float:
    """A value as the chart draws it: percentages, yuan, hours."""
    if value is None:
        return 0.0
    if column.kind == "ratio":
        return round(float(value) * 100, 2)
    if column.kind == "fen":
        return int(value) / 100
    return float(value)


def export_rows(figure: Figure) -> tuple[list[str], list, list[list[object]]]:
    """(headers, kinds, rows) for the CSV/XLSX export: coded values in words."""
    headers = [column_title(c.key) for c in figure.columns]
    kinds = [c.kind for c in figure.columns]
    rows = [
        [
            code_text(c.key, v) if c.key in CODED else v
            for c, v in zip(figure.columns, row, strict=True)
        ]
        for row in figure.rows
    ]
    return headers, kinds, rows
