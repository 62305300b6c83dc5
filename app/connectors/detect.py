"""Which export each file is, by its header names, and the sources the files make together."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.connectors.files import ExportFiles, Part
from app.connectors.mappings import REQUIRED
from app.connectors.tables import FileProblem, Sheet
from app.connectors.vocab import Format, header_key, vocabulary

MIN_SIGNATURE = 2  # header names a file must share with a format to count as that format
PLATFORMS = ("douyin", "taobao", "tmall", "other")
MAPPED = Format("mapped", ("other",), (), REQUIRED, ())


@dataclass
class Plan:
    sources: list[ExportFiles] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    platform: str | None = None  # douyin | taobao (Taobao or Tmall) | other, as detected


def detect_format(path: Path, platform: str | None = None) -> Format:
    """The export format a file is, from its headers; FileProblem when none fits."""
    vocab = vocabulary()
    formats = [f for f in vocab.formats.values() if platform is None or platform in f.platforms]
    known = {header_key(name) for f in formats for name in f.signature}
    known |= set(vocab.header_index())
    with Sheet(path, known) as sheet:
        have = {header_key(h) for h in sheet.header}
    scored = sorted(
        ((sum(header_key(s) in have for s in f.signature), f.name) for f in formats), reverse=True
    )
    if not scored or scored[0][0] < MIN_SIGNATURE:
        raise FileProblem(
            path,
            "not an order export this import recognises (the Douyin order report, the "
            "Taobao/Tmall orders or order-details export); import it as another file with a "
            "column mapping",
        )
    return vocab.formats[scored[0][1]]


def plan_import(
    paths: list[Path],
    *,
    tz: str,
    platform: str | None = None,
    mapping: dict[str, str] | None = None,
) -> Plan:
    plan = Plan()
    if mapping is not None or platform == "other":
        if mapping is None:
            plan.problems.append(FileProblem(paths[0], "another file needs a column mapping"))
            return plan
        parts = [Part(Path(p), "rows", MAPPED, mapping) for p in paths]
        plan.platform = "other"
        plan.sources.append(ExportFiles(parts, platform=platform or "other", tz=tz))
        return plan
    found: dict[str, list[Part]] = {}
    for path in map(Path, paths):
        try:
            fmt = detect_format(path, platform)
        except FileProblem as problem:
            plan.problems.append(problem)
            continue
        role = {"taobao_orders": "orders", "taobao_details": "details"}.get(fmt.name, "rows")
        family = "douyin" if fmt.name == "douyin" else "taobao"
        found.setdefault(family, []).append(Part(path, role, fmt))
    if len(found) > 1:
        plan.problems.append(
            FileProblem(
                paths[0],
                "the files come from different platforms (Douyin and Taobao/Tmall); import each "
                "platform's files into its own shop",
            )
        )
        return plan
    for family, parts in found.items():
        plan.platform = family
        if family == "taobao" and not any(p.role == "orders" for p in parts):
            for p in parts:
                plan.problems.append(
                    FileProblem(
                        p.path, "an order-details file needs the orders file exported with it"
                    )
                )
            continue
        parts.sort(key=lambda p: p.role != "orders")  # the orders file before its details
        plan.sources.append(ExportFiles(parts, platform=platform or family, tz=tz))
    return plan


def read_header(path: Path) -> list[str]:
    """The header row of any table (its first non-empty row), for the mapping editor."""
    with Sheet(Path(path)) as sheet:
        return [h for h in sheet.header]
