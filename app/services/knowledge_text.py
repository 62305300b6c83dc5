"""Product knowledge without a database: its sections, the pinyin initials saved with an
entry, and the search index the knowledge dialog filters in memory (the quick-phrase picker's
approach: Chinese substrings, or pinyin initials made when the entry was saved).

The ticket's own products come first: an entry for one of the ticket's SKUs, then one for
one of its products, then the rest by title.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from app.services.phrase_text import Needle, initials

#: The sections of an entry, in the order they are shown: (field, English, Chinese).
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("selling_points", "Selling points", "卖点"),
    ("size_chart", "Size chart", "尺码表"),
    ("material_care", "Material and care", "材质与洗护"),
    ("faq", "Frequent questions", "常见问题"),
    ("pairs_with", "Goes well with", "搭配推荐"),
    ("brand_story", "Brand story", "品牌故事"),
    ("audience", "Who it is for", "适合人群"),
)
FIELDS = tuple(name for name, _, _ in SECTIONS)
FAQ_SEPARATORS = ("｜", "|")


class Entry(Protocol):
    product_id: str
    sku: str
    title: str
    initials: str

    def section(self, name: str) -> str: ...


SEP = "\x1f"  # between the title's and each section's initials (a query never spans it)


def index_initials(title: str, sections: dict[str, str]) -> str:
    """What the search matches pinyin initials against: the title and each section, in
    :data:`FIELDS` order; a section's initials keep its lines (one per FAQ line)."""
    return SEP.join([initials(title), *(initials(sections.get(f, "")) for f in FIELDS)])


def faq_pairs(text: str) -> list[tuple[str, str]]:
    """``Q｜A`` lines as (question, answer); a line without a separator is a question whose
    answer is missing (the editor refuses it)."""
    pairs = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for sep in FAQ_SEPARATORS:
            if sep in line:
                q, a = line.split(sep, 1)
                pairs.append((q.strip(), a.strip()))
                break
        else:
            pairs.append((line, ""))
    return pairs


@dataclass(frozen=True)
class Hit:
    entry: Any  # the entry (a KnowledgeRow from the query)
    section: str  # the field that matched best ("" for the title)
    text: str  # what goes into the reply: the matching answer or section
    mine: bool  # one of the ticket's own products


E = TypeVar("E", bound=Entry)


def _best(entry: Entry, needle: Needle) -> tuple[str, str]:
    """The section the query matched, and the words to insert from it (for a question, its
    answer). Uses the initials saved with the entry: no pinyin conversion while typing."""
    t = needle.text
    saved = entry.initials.split(SEP)[1:]
    for i, name in enumerate(FIELDS):
        body = entry.section(name)
        if not body:
            continue
        letters = saved[i] if i < len(saved) and needle.letters else ""
        if name == "faq":
            answer = _faq_answer(body, letters, t)
            if answer:
                return name, answer
            continue
        if t in body.lower() or t in letters:
            return name, body
    first = next((n for n in FIELDS if entry.section(n)), "")
    return first, entry.section(first) if first else ""


def _faq_answer(body: str, letters: str, t: str) -> str:
    lines = body.split("\n")
    marks = letters.split("\n") if letters else []
    if len(marks) != len(lines):
        marks = [""] * len(lines)
    for line, mark in zip(lines, marks, strict=True):
        (pair,) = faq_pairs(line) or [("", "")]
        if pair[1] and (t in line.lower() or (mark and t in mark)):
            return pair[1]
    return ""


class KnowledgeIndex(Generic[E]):
    """Entries in search order (the ticket's SKUs, then its products, then by title), each
    with its text lower-cased once: a keystroke's filter is one pass of substring tests that
    stops after ``limit`` hits."""

    def __init__(
        self,
        entries: Iterable[E],
        *,
        skus: Collection[str] = (),
        products: Collection[str] = (),
    ) -> None:
        skus, products = set(skus), set(products)

        def rank(e: E) -> tuple[int, str, str]:
            own = 0 if e.sku and e.sku in skus else 1 if e.product_id in products else 2
            return (own, e.title, e.sku)

        ordered = sorted(entries, key=rank)
        self.entries = ordered
        self.mine = [rank(e)[0] < 2 for e in ordered]
        self._text = [
            "\n".join([e.title, e.sku, *(e.section(f) for f in FIELDS)]).lower() for e in ordered
        ]
        # For a query that may be pinyin initials: the text and the initials in one string,
        # so a rare query's full scan is one substring test per entry.
        self._both = [
            f"{text}{SEP}{e.initials}" for text, e in zip(self._text, ordered, strict=True)
        ]

    def __len__(self) -> int:
        return len(self.entries)

    def filter(self, query: str, limit: int = 50) -> list[Hit]:
        needle = Needle.of(query)
        found: list[Hit] = []
        if not needle.text:
            for entry, mine in zip(self.entries[:limit], self.mine, strict=False):
                section, text = _best(entry, needle)
                found.append(Hit(entry, section, text, mine))
            return found
        t = needle.text
        texts = self._both if needle.letters else self._text
        for entry, text, mine in zip(self.entries, texts, self.mine, strict=True):
            if t in text:
                section, words = _best(entry, needle)
                found.append(Hit(entry, section, words, mine))
                if len(found) >= limit:
                    break
        return found
