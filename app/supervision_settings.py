"""The supervisor console's own figures (resources/supervision.toml), read once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.errors import InvalidInput
from app.models import TicketKind
from app.resources import resource

ATTRIBUTION_DAYS = (1, 3, 7)  # the windows the pre-sale rollup keeps


@dataclass(frozen=True)
class SupervisionSettings:
    lookback_days: int
    unpaid_after_hours: int
    exception_kinds: tuple[TicketKind, ...]
    list_limit: int
    dsr_warn_below_milli: int  # 4.8 -> 4800
    qc_factor: float
    qc_min_units: int
    qc_top: int
    attribution_days: int


@cache
def settings(path: Path | None = None) -> SupervisionSettings:
    path = path or resource("supervision.toml")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    try:
        review, dsr = data["review"], data["dsr"]
        rate, conversion = data["refund_rate"], data["conversion"]
        result = SupervisionSettings(
            lookback_days=_positive(path, "review.lookback_days", review["lookback_days"]),
            unpaid_after_hours=_positive(
                path, "review.unpaid_after_hours", review["unpaid_after_hours"]
            ),
            exception_kinds=tuple(TicketKind(k) for k in review["exception_kinds"]),
            list_limit=_positive(path, "review.list_limit", review["list_limit"]),
            dsr_warn_below_milli=round(float(dsr["warn_below"]) * 1000),
            qc_factor=float(rate["qc_factor"]),
            qc_min_units=_positive(path, "refund_rate.qc_min_units", rate["qc_min_units"]),
            qc_top=_positive(path, "refund_rate.qc_top", rate["qc_top"]),
            attribution_days=_positive(
                path, "conversion.attribution_days", conversion["attribution_days"]
            ),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise InvalidInput(f"{path.name}: missing or bad entry {exc}") from exc
    if result.attribution_days not in ATTRIBUTION_DAYS:
        raise InvalidInput(
            f"{path.name}: conversion.attribution_days must be one of "
            f"{', '.join(map(str, ATTRIBUTION_DAYS))}, not {result.attribution_days}"
        )
    return result


def _positive(path: Path, name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise InvalidInput(f"{path.name}: {name} must be a whole number above zero, not {value!r}")
    return value
