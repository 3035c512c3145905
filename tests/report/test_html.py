"""The HTML writer: one self-contained file (data: URIs, inline CSS, no external requests),
numbers shown rounded but kept whole in data-value, and the Qt flavour for the PDF."""

import base64
from pathlib import Path

import pytest
from html_tables import parse
from report_support import png

from carbonsink_plugin.report.document import (
    BulletList,
    Column,
    Document,
    Figure,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
)
from carbonsink_plugin.report.html import HtmlWriter, format_number, write_html


def document(tmp_path) -> Document:
    figure = Figure("fig", "Figure 1. A map", image=png(tmp_path / "图 1.png"))
    return Document(
        title="Report <&> 报告",
        subtitle="Shenzhen · 2022",
        language="zh",
        banner="GENERATED SAMPLE DATA",
        sections=[
            Section(
                "summary",
                "Summary",
                [
                    Paragraph("Text with <tags> & ampersands"),
                    KeyFigures([KeyFigure("Carbon sink", 610505.754, "tC·a⁻¹", key="nep_tc")]),
                ],
            ),
            Section(
                "numbers",
                "Numbers",
                [
                    Table(
                        "t1",
                        "Table 1. Numbers",
                        [
                            Column("zone", "District"),
                            Column("nep", "Σ NEP", "number", 1),
                            Column("path", "File", "code"),
                        ],
                        [
                            ["龙岗区", 334456.1234, "a.tif"],
                            ["Futian", None, "b.tif"],
                            ["Luohu", -12.04, "c.tif"],
                        ],
                    ),
                    BulletList(["one", "two"], "warning"),
                    figure,
                ],
            ),
        ],
    )


def test_the_file_is_self_contained(tmp_path):
    path = write_html(document(tmp_path), str(tmp_path / "report 报告.html"))
    text = Path(path).read_text(encoding="utf-8")
    parsed = parse(text)
    references = [
        value
        for _tag, attrs in parsed.tags
        for name, value in attrs.items()
        if name in ("src", "href", "srcset", "data", "poster", "action")
    ]
    assert references, "the table of contents links and the image are there"
    for value in references:
        assert value.startswith(("data:image/png;base64,", "#")), value
    assert "<link" not in text and "@import" not in text and "url(" not in text
    assert "http://" not in text and "https://" not in text
    # the embedded image is the PNG file, byte for byte
    source = next(a["src"] for t, a in parsed.tags if t == "img")
    embedded = base64.b64decode(source.split(",", 1)[1])
    assert embedded == (tmp_path / "图 1.png").read_bytes()
    assert ("html", {"lang": "zh-CN"}) in parsed.tags
    assert ("meta", {"charset": "utf-8"}) in parsed.tags


def test_numbers_are_rounded_for_display_and_kept_whole(tmp_path):
    parsed = parse(HtmlWriter().document(document(tmp_path)))
    rows = parsed.tables["t1"]
    assert [cell[0] for cell in rows[0]] == ["District", "Σ NEP", "File"]
    assert rows[1][1] == ("334,456.1", {"class": "num", "data-value": "334456.1234"})
    assert rows[2][1] == ("—", {"class": "num", "data-value": ""})
    assert rows[3][1][0] == "−12.0"
    assert float(rows[3][1][1]["data-value"]) == -12.04
    assert rows[1][0][0] == "龙岗区"
    cards = [a for t, a in parsed.tags if t == "div" and a.get("class") == "value"]
    assert cards[0]["data-value"] == "610505.754"
    text = "".join(parsed.text)
    assert "610,506" in text
    assert "Text with <tags> & ampersands" in text  # escaped in the file, intact when read
    assert "Report <&> 报告" in text


def test_sections_are_numbered_and_listed_in_the_contents(tmp_path):
    parsed = parse(HtmlWriter().document(document(tmp_path)))
    sections = [a["id"] for t, a in parsed.tags if t == "section"]
    assert sections == ["summary", "numbers"]
    links = [a["href"] for t, a in parsed.tags if t == "a"]
    assert links == ["#summary", "#numbers"]
    assert any(a.get("class") == "banner" for t, a in parsed.tags if t == "div")


def test_qt_flavour_names_images_as_resources_and_sizes_them(tmp_path):
    writer = HtmlWriter("qt", lambda figure: f"figure:{figure.id}", text_width=600)
    parsed = parse(writer.document(document(tmp_path)))
    images = [a for t, a in parsed.tags if t == "img"]
    assert images == [{"src": "figure:fig", "width": "600"}]
    assert not any(t == "nav" for t, _a in parsed.tags)  # no contents links in the PDF


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [
        (1234567.891, 0, "1,234,568"),
        (-1234.56, 1, "−1,234.6"),
        (-0.04, 1, "0.0"),
        (None, 2, "—"),
        (float("nan"), 0, "—"),
        (float("inf"), 0, "—"),
        (7, 0, "7"),
        ("text", 0, "text"),
    ],
)
def test_format_number(value, decimals, shown):
    assert format_number(value, decimals) == shown
