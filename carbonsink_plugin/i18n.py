"""Translation: which of our translations fits the user's QGIS locale, and the tr() helper.

QGIS calls Simplified Chinese "zh-Hans" (its own file is qgis_zh-Hans.qm), while users and older
settings say "zh_CN" or "zh": all of them get our zh_CN translation. Traditional Chinese
("zh-Hant", "zh_TW", "zh_HK") stays English until someone translates it.
"""

from __future__ import annotations

import os

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core.errors import message_of

I18N = os.path.join(os.path.dirname(__file__), "resources", "i18n")
_TRADITIONAL = ("zh-hant", "zh_hant", "zh_tw", "zh-tw", "zh_hk", "zh-hk", "zh_mo", "zh-mo")


def translation_for(locale: str | None) -> str | None:
    """Our translation ('zh_CN') for a QGIS/Qt locale name, or None for English."""
    name = (locale or "").strip().lower()
    if not name.startswith("zh"):
        return None
    if name.startswith(_TRADITIONAL):
        return None
    return "zh_CN"


def qgis_locale() -> str:
    """The locale QGIS runs in (the user's override, else the system's)."""
    from qgis.core import QgsApplication

    return QgsApplication.locale()


def _load(translation: str) -> QTranslator | None:
    path = os.path.join(I18N, f"carbonsink_{translation}.qm")
    translator = QTranslator()
    if not os.path.exists(path) or not translator.load(path):
        return None
    return translator


_LOADED: dict[str, QTranslator] = {}


def translate_into(locale: str | None):
    """A (context, text) → text function in the language of `locale`, whatever language QGIS
    runs in (the report has its own LANGUAGE), without installing anything; None for English
    or a language we have no translation for."""
    translation = translation_for(locale)
    if translation is None:
        return None
    translator = _LOADED.get(translation) or _load(translation)
    if translator is None:
        return None
    _LOADED[translation] = translator
    return lambda context, text: translator.translate(context, text) or text


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load and install our .qm for the locale; returns the translator (keep it) or None."""
    translation = translation_for(locale if locale is not None else qgis_locale())
    if translation is None:
        return None
    translator = _load(translation)
    if translator is None:
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


class TranslationContext:
    """tr() for module-level functions, which have no class for pylupdate to name.

    Write `Zoning = TranslationContext("Zoning")` and call `Zoning.tr("literal")`: pylupdate
    records a `Name.tr("…")` string under Name, so the variable carries the context's name
    (tests/test_translation.py checks that every such variable matches its context).
    """

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self.name, text)


# The context of the core's messages (QT_TRANSLATE_NOOP("Core", …) in core/ and report/).
Core = TranslationContext("Core")


def in_chinese() -> bool:
    """Whether our Chinese translation is active (for text that comes in both languages,
    e.g. the bilingual descriptions of a table)."""
    english = "Urban carbon sink (DB4403/T 348)"
    return QCoreApplication.translate("CarbonSinkProvider", english) != english


def message_text(value) -> str:
    """A core Message, InputError or any other error or text, in the user's language: the
    translated template of a Message formatted with its values (core/errors.py)."""
    return message_of(value).text(QCoreApplication.translate)


def tr_for(instance, text: str) -> str:
    """Translate text with the context of the class that wrote it.

    pylupdate records a self.tr() string under the name of the class it appears in; when that
    is a base class, the instance's own class name would miss it, so the classes of the MRO are
    tried in turn (stopping at QGIS/Qt classes). instance may also be a class (the context of
    methods another algorithm borrows).
    """
    for cls in (instance if isinstance(instance, type) else type(instance)).__mro__:
        if cls.__module__.startswith(("qgis", "PyQt", "sip", "builtins")):
            break
        translated = QCoreApplication.translate(cls.__name__, text)
        if translated != text:
            return translated
    return text
