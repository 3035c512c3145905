"""The per-stage help pages: present in English and Chinese, linked, and chosen by locale."""

from __future__ import annotations

import os
from html.parser import HTMLParser

import pytest
from qgis.core import QgsProcessingParameterRasterLayer
from qgis.PyQt.QtCore import QUrl

from carbonsink_plugin import paths
from carbonsink_plugin.paths import help_page, resource_path
from carbonsink_plugin.processing.base import CarbonSinkAlgorithm

GROUPS = ("preprocessing", "npp", "carbonsink", "groundcheck", "evaluation", "workflow")
PAGES = [f"{group}{suffix}.html" for group in GROUPS for suffix in ("", "_zh_CN")]


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.open, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "img", "link"):
            self.open.append(tag)
        self.links += [value for name, value in attrs if name == "href"]

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1:]}>"
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(name: str) -> Page:
    page = Page()
    with open(resource_path("help", name), encoding="utf-8") as handle:
        page.feed(handle.read())
    page.close()
    return page


@pytest.mark.parametrize("name", PAGES)
def test_each_page_is_well_formed_and_its_links_lead_to_existing_pages(name):
    page = parse(name)
    assert page.open == []
    assert page.links, "every page links to the other stages"
    for link in page.links:
        assert os.path.exists(resource_path("help", link)), link
    # The other language's version of the same page is one click away.
    other = name.replace("_zh_CN", "") if "_zh_CN" in name else name.replace(".html", "_zh_CN.html")
    assert other in page.links


@pytest.mark.parametrize("suffix", ["", "_zh_CN"])
def test_the_preprocessing_page_names_the_usual_unit_mistakes(suffix):
    text = "".join(parse(f"preprocessing{suffix}.html").text)
    for clue in (
        "10 000" if not suffix else "10000",
        "273.15",
        "J·m⁻²",
        "W·m⁻²",
        "carbonsink:align",
    ):
        assert clue in text, clue
    # 150 W·m⁻² over a 30-day month: 150 × 30 × 86 400 s / 10⁶ = 388.8 MJ·m⁻².
    assert "388.8" in text


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh-Hans", "npp_zh_CN.html"),
        ("zh_CN", "npp_zh_CN.html"),
        ("zh_TW", "npp.html"),  # Traditional Chinese: English until translated
        ("en_US", "npp.html"),
        ("de", "npp.html"),
    ],
)
def test_the_page_follows_the_locale(locale, expected):
    assert os.path.basename(help_page("npp", locale)) == expected


def test_an_unknown_group_has_no_page():
    assert help_page("no such stage", "en") is None


class HelpedAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "test_help"
    GROUP_ID = "groundcheck"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", "Input"))


@pytest.mark.parametrize(
    ("locale", "page"), [("zh-Hans", "groundcheck_zh_CN.html"), ("en", "groundcheck.html")]
)
def test_the_algorithm_dialogs_help_button_opens_the_stage_page_in_the_users_language(
    monkeypatch, qgis_app, locale, page
):
    monkeypatch.setattr(paths, "qgis_locale", lambda: locale)
    url = QUrl(HelpedAlgorithm().helpUrl())
    assert url.isLocalFile() and url.toLocalFile() == resource_path("help", page)
