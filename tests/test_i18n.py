"""Locale names QGIS and users write map to our translations (STYLE: QGIS versions)."""

import pytest

from carbonsink_plugin.i18n import translation_for


@pytest.mark.parametrize("locale", ["zh-Hans", "zh_CN", "zh", "zh-Hans-CN", "zh_SG", "ZH_cn"])
def test_simplified_chinese_names_get_the_zh_cn_translation(locale):
    assert translation_for(locale) == "zh_CN"


@pytest.mark.parametrize("locale", ["zh-Hant", "zh_TW", "zh_HK", "en_US", "en", "de", "", None])
def test_everything_else_stays_english(locale):
    assert translation_for(locale) is None
