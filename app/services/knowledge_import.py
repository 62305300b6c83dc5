"""Reading a product-knowledge sheet (CSV or XLSX, one row per product or SKU) with the
connectors' table reader. Every row is checked; the good ones are saved together by the
``knowledge.import`` mutation, the bad ones come back by their row number (as a spreadsheet
shows it) with what is wrong, so the sheet can be fixed and imported again (saving the same
product and SKU again updates the entry)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.connectors.tables import FileProblem, Sheet
from app.connectors.vocab import header_key
from app.errors import InvalidInput
from app.services.product_knowledge import check_entry, import_entries
from app.services.unit import Actor

#: Column -> the headers a sheet may use for it (Chinese or English).
HEADERS: dict[str, tuple[str, ...]] = {
    "product_id": ("商品ID", "商品id", "商品编号", "product_id", "product id"),
    "sku": ("SKU", "sku", "SKU编码", "规格编码", "sku_code"),
    "title": ("商品名称", "商品标题", "名称", "title", "product"),
    "selling_points": ("卖点", "商品卖点", "selling_points", "selling points"),
    "size_chart": ("尺码表", "尺码", "size_chart", "size chart"),
    "material_care": ("材质与洗护", "材质洗护", "材质", "material_care", "material and care"),
    "faq": ("常见问题", "问答", "faq"),
    "pairs_with": ("搭配推荐", "搭配", "pairs_with", "goes well with"),
    "brand_story": ("品牌故事", "品牌", "brand_story", "brand story"),
    "audience": ("适合人群", "人群", "audience", "who it is for"),
    "warehouse": ("发货仓", "仓库", "warehouse"),
}
_KEYS = {header_key(h): col for col, names in HEADERS.items() for h in names}


@dataclass(frozen=True)
class BadRow:
    row: int
    problem: str


@dataclass
class ImportReport:
    file: str
    imported: int = 0
    bad: list[BadRow] = field(default_factory=list)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if not value.is_integer():
            return str(value)
        value = int(value)
    return str(value).strip()


def read_sheet(path: Path | str) -> tuple[list[dict[str, str]], list[BadRow]]:
    """The sheet's good rows (checked) and its bad ones. Raises InvalidInput naming the file
    when it cannot be read, or when it lacks the product id or title column."""
    path = Path(path)
    try:
        with Sheet(path, known=set(_KEYS)) as sheet:
            columns = {i: _KEYS.get(header_key(h)) for i, h in enumerate(sheet.header)}
            have = set(columns.values())
            lacking = [c for c in ("product_id", "title") if c not in have]
            if lacking:
                raise InvalidInput(
                    f"{path.name}: no column for {', '.join(lacking)} "
                    f"(expected e.g. {HEADERS[lacking[0]][0]})"
                )
            good, bad, seen = [], [], {}
            for number, cells in sheet.rows:
                values = {col: _cell(v) for i, v in enumerate(cells) if (col := columns.get(i))}
                try:
                    clean = check_entry(values)
                except InvalidInput as exc:
                    bad.append(BadRow(number, str(exc)))
                    continue
                key = (clean["product_id"], clean["sku"])
                if key in seen:
                    bad.append(BadRow(number, f"the same product and SKU as row {seen[key]}"))
                    continue
                seen[key] = number
                good.append(clean)
    except FileProblem as exc:
        raise InvalidInput(str(exc)) from exc
    return good, bad


def import_sheet(
    sessions: sessionmaker[Session], *, actor: Actor, shop_id: uuid.UUID, path: Path | str
) -> ImportReport:
    """Read ``path`` and save its good rows in one transaction; the report lists the bad."""
    good, bad = read_sheet(path)
    report = ImportReport(Path(path).name, bad=bad)
    if good:
        import_entries(sessions, actor=actor, shop_id=shop_id, rows=good, source=report.file)
        report.imported = len(good)
    return report
