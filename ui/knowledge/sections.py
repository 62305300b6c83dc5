"""Section names of a knowledge entry, in the current language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SECTION_TEXT = {
    "selling_points": QT_TRANSLATE_NOOP("Knowledge", "Selling points"),
    "size_chart": QT_TRANSLATE_NOOP("Knowledge", "Size chart"),
    "material_care": QT_TRANSLATE_NOOP("Knowledge", "Material and care"),
    "faq": QT_TRANSLATE_NOOP("Knowledge", "Frequent questions (question｜answer per line)"),
    "pairs_with": QT_TRANSLATE_NOOP("Knowledge", "Goes well with"),
    "brand_story": QT_TRANSLATE_NOOP("Knowledge", "Brand story"),
    "audience": QT_TRANSLATE_NOOP("Knowledge", "Who it is for"),
}


def section_label(name: str) -> str:
    text = SECTION_TEXT.get(name)
    if text is None:
        return name
    label = QCoreApplication.translate("Knowledge", text)
    return label.split(" (")[0].split("（")[0]
