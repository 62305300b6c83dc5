"""Languages: Simplified Chinese by default, English selectable, switched without a restart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource

LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"

_installed: list[QTranslator] = []


def install(app: QCoreApplication, lang: str) -> str:
    """Install the translators for ``lang`` (replacing any), and return the language used."""
    lang = lang if lang in LANGUAGES else DEFAULT
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(resource("i18n", f"kefu_{lang}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English)
    )
    return lang
