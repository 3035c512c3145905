"""Where the plugin's shipped files are: resources/ (icons, styles, help pages, data, models).

At the package top level so that processing/, gui/ and report/ find them without importing
each other.
"""

from __future__ import annotations

import os

from .i18n import qgis_locale, translation_for

RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources")


def resource_path(*parts: str) -> str:
    return os.path.join(RESOURCES, *parts)


def help_page(group_id: str, locale: str | None = None) -> str | None:
    """The stage's help page resources/help/<group>.html, or <group>_zh_CN.html when QGIS
    runs in Chinese (the locale's translation, see i18n); None when there is none."""
    translation = translation_for(locale if locale is not None else qgis_locale())
    names = [f"{group_id}_{translation}.html"] if translation else []
    for name in [*names, f"{group_id}.html"]:
        path = resource_path("help", name)
        if os.path.exists(path):
            return path
    return None
