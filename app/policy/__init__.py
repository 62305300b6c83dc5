"""Platform rules engine: rule tables (TOML) plus pure functions. No Qt, no database.

See ``docs/policy.md`` for the table format, the clock kinds and every public signature.
"""

from __future__ import annotations

from app.policy.accounting import JournalEntry, JournalLine, refund_entries, split_vat
from app.policy.deadlines import (
    deadlines,
    deadlines_by_rule,
    local_window,
    select_rule,
    window_for,
)
from app.policy.eligibility import (
    Reason,
    Verdict,
    can_exchange,
    can_merchant_cancel,
    can_start_aftersale,
    is_order_closable,
)
from app.policy.errors import (
    MoneyError,
    PolicyError,
    PolicyInputError,
    PolicyTableError,
    UnknownEventError,
    UnknownRateError,
)
from app.policy.facts import ItemFacts, OrderFacts, PlatformDeadline
from app.policy.money import (
    RefundSources,
    allocate_discount,
    refund_sources,
    refundable_by_item,
    refundable_fen,
)
from app.policy.overrides import remove_override, write_override
from app.policy.periods import bounds
from app.policy.rules import Rate, Rule, RuleTable
from app.policy.tables import DEFAULT_DIRECTORY, clear_cache, load_table
from app.policy.windows import Window, overdue, tightest

OVERRIDES_FILENAME = "policy_overrides.toml"

__all__ = [
    "DEFAULT_DIRECTORY",
    "OVERRIDES_FILENAME",
    "ItemFacts",
    "JournalEntry",
    "JournalLine",
    "MoneyError",
    "OrderFacts",
    "PlatformDeadline",
    "PolicyError",
    "PolicyInputError",
    "PolicyTableError",
    "Rate",
    "Reason",
    "RefundSources",
    "Rule",
    "RuleTable",
    "UnknownEventError",
    "UnknownRateError",
    "Verdict",
    "Window",
    "allocate_discount",
    "bounds",
    "can_exchange",
    "can_merchant_cancel",
    "can_start_aftersale",
    "clear_cache",
    "deadlines",
    "deadlines_by_rule",
    "is_order_closable",
    "load_table",
    "local_window",
    "overdue",
    "refund_entries",
    "refund_sources",
    "refundable_by_item",
    "refundable_fen",
    "remove_override",
    "select_rule",
    "split_vat",
    "tightest",
    "window_for",
    "write_override",
]
