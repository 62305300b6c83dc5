"""One-line explanations of a window, in English and Simplified Chinese.

Times print as ``MM-DD HH:mm`` in the shop's time zone, with the year when the instants in one
line fall in different years.
"""

from __future__ import annotations

from dataclasses import dataclass

from pendulum import DateTime

from app.policy import vocab
from app.policy.rules import Rule


@dataclass(frozen=True)
class Texts:
    """The same sentence in both languages."""

    en: str
    zh: str


def stamps(*instants: DateTime | None) -> list[str]:
    """Format ``instants`` alike: with the year only when they span more than one year."""
    present = [i for i in instants if i is not None]
    with_year = len({i.year for i in present}) > 1
    pattern = "YYYY-MM-DD HH:mm" if with_year else "MM-DD HH:mm"
    return [i.format(pattern) if i is not None else "" for i in instants]


def plain_title(rule_id: str, rule: Rule | None) -> Texts:
    """The rule's name without its figure ("no-reason return", "无理由退货")."""
    fallback = rule_id.replace("_", " ")
    if rule is None:
        return Texts(fallback, fallback)
    return Texts(rule.title or fallback, rule.title_zh or rule.title or fallback)


def title(rule: Rule) -> Texts:
    """The rule's name with its figure ("7-day no-reason return", "7天无理由退货")."""
    singular, _, zh_unit = vocab.UNIT_WORDS[rule.unit]
    name = plain_title(rule.id, rule)
    return Texts(f"{rule.duration}-{singular} {name.en}", f"{rule.duration}{zh_unit}{name.zh}")


def _counting(rule: Rule, at: str) -> Texts:
    verb_en, verb_zh = vocab.EVENTS[rule.start_event]
    _, plural, zh_unit = vocab.UNIT_WORDS[rule.unit]
    n = rule.duration
    if rule.clock == "next_midnight":
        return Texts(
            f"counted from 00:00 the day after {verb_en} at {at}",
            f"自{verb_zh}({at})次日 00:00 起算",
        )
    if rule.clock == "exact":
        return Texts(f"{n} {plural} after {verb_en} at {at}", f"{verb_zh}({at})后 {n} {zh_unit}")
    if rule.clock == "calendar_days":
        return Texts(
            f"{n} calendar days counted from the day after {verb_en} at {at}",
            f"自{verb_zh}({at})次日起算 {n} 个自然日",
        )
    return Texts(
        f"{n} {plural} from {verb_en} at {at}, to 24:00 of the matching day",
        f"自{verb_zh}({at})起 {n} 个月,到期日 24:00 止",
    )


def _met(met_at: str) -> Texts:
    return Texts(f"; done at {met_at}", f";已于 {met_at} 完成") if met_at else Texts("", "")


def local_texts(
    rule: Rule, event_at: DateTime, ends_at: DateTime, met_at: DateTime | None
) -> Texts:
    """ "7-day no-reason return ends 03-09 00:00: counted from 00:00 the day after signing at
    03-01 15:20" and its Chinese twin."""
    at, end, met = stamps(event_at, ends_at, met_at)
    name, how, done = title(rule), _counting(rule, at), _met(met)
    return Texts(
        f"{name.en} ends {end}: {how.en}{done.en}", f"{name.zh}截止 {end}:{how.zh}{done.zh}"
    )


def platform_texts(
    name: Texts,
    field: str,
    ends_at: DateTime,
    local_ends_at: DateTime | None,
    disagrees: bool,
    met_at: DateTime | None,
) -> Texts:
    """Explanation of a window whose end the platform reported."""
    end, local, met = stamps(ends_at, local_ends_at, met_at)
    done = _met(met)
    if local_ends_at is None:
        tail = Texts("no local rule applies", "本地无对应规则")
    elif disagrees:
        tail = Texts(
            f"the local rule gives {local}, which disagrees", f"本地计算为 {local},与平台不一致"
        )
    else:
        tail = Texts(f"the local rule agrees ({local})", f"与本地计算一致({local})")
    return Texts(
        f"{name.en} ends {end}: platform deadline ({field}); {tail.en}{done.en}",
        f"{name.zh}截止 {end}:平台时限({field});{tail.zh}{done.zh}",
    )
