"""The PDF: A4 pages from the same Document, Chinese text with an embedded CJK font, images."""

import re
import shutil
import subprocess

import pdf_layout
import pytest
from report_support import png

from carbonsink_plugin.report import pdf
from carbonsink_plugin.report.document import (
    Column,
    Document,
    Figure,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
    fit_table,
)
from carbonsink_plugin.report.html import HtmlWriter


def document(tmp_path, rows=3) -> Document:
    image = png(tmp_path / "map.png", size=(800, 400))
    return Document(
        title="城市碳汇遥感评价报告",
        subtitle="深圳市 · 2022年",
        language="zh",
        banner="生成的示例数据",
        sections=[
            Section(
                "summary",
                "评价结论摘要",
                [
                    Paragraph("碳汇总量 Carbon sink"),
                    KeyFigures([KeyFigure("碳汇量（CO₂当量）", 2238521.0, "tCO₂·a⁻¹")]),
                ],
            ),
            Section(
                "districts",
                "分区碳汇统计",
                [
                    Table(
                        "t",
                        "表1　各行政区碳汇统计",
                        [Column("zone", "行政区"), Column("nep", "NEP总量（tC·a⁻¹）", "number")],
                        [["龙岗区", 334456.0]] * rows,
                    ),
                    Figure("map", "图1　碳源/碳汇分布", image=image),
                ],
            ),
        ],
    )


def test_chinese_pdf_has_the_text_the_font_and_the_image(tmp_path):
    path = tmp_path / "报告 report.pdf"
    assert pdf.write_pdf(document(tmp_path), str(path)) == str(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/Subtype /Image" in data or b"/Subtype/Image" in data
    # the CJK font is embedded (its name is in the file whatever reads it)
    assert b"NotoSansCJK" in data or b"WenQuanYi" in data or b"SourceHanSans" in data
    if shutil.which("pdftotext"):  # Debian's poppler-utils, installed by scripts/deps.sh
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        for expected in ("城市碳汇遥感评价报告", "分区碳汇统计", "龙岗区", "334,456", "2,238,521"):
            assert expected in text, expected


def test_long_documents_break_into_numbered_a4_pages(tmp_path):
    path = tmp_path / "long.pdf"
    pdf.write_pdf(document(tmp_path, rows=200), str(path))
    data = path.read_bytes()
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page\n")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True).stdout
        lines = dict(line.split(":", 1) for line in info.decode().splitlines() if ":" in line)
        pages = int(lines["Pages"].strip())
        assert "595 x 842" in lines["Page size"]  # A4 in points
    assert pages >= 4  # 200 table rows do not fit on fewer
    assert pdf.text_width_px() == int((210 - 12 - 40) / 25.4 * 96)


def test_radicals_in_the_text_tables_become_the_ideographs():
    cmap = (
        b"stream\n/CIDInit /ProcSet findresource begin\nbegincmap\n"
        b"2 beginbfrange\n<0000> <0000> <0000>\n"
        b"<0001> <0004> [<2EF0> <5C97> <2F63> <0032> ]\n"
        b"<2F63> <2F63> <2F00>\n"  # a glyph id that looks like a radical stays
        b"<0010> <0013> <2F00>\n"  # a linear range (4 glyphs from U+2F00 on) is left alone
        b"endbfrange\n1 beginbfchar\n<0005> <2E9F>\nendbfchar\nendcmap\nendstream\n"
    )
    mapping = {0x2EF0: 0x9F99, 0x2F63: 0x751F, 0x2F00: 0x4E00, 0x2E9F: 0x6BCD}
    fixed = pdf.fix_radicals(b"%PDF-1.4\n" + cmap, mapping)
    assert len(fixed) == len(cmap) + 9
    assert b"[<9F99> <5C97> <751F> <0032> ]" in fixed
    assert b"<2F63> <2F63> <4E00>" in fixed
    assert b"<0010> <0013> <2F00>" in fixed
    assert b"<0005> <6BCD>" in fixed
    # nothing outside a CMap is touched
    assert pdf.fix_radicals(b"<2EF0> <2EF0> <2EF0>", mapping) == b"<2EF0> <2EF0> <2EF0>"


def test_radical_equivalents_of_the_cjk_font():
    families = pdf.font_families()
    mapping = pdf.radical_equivalents(families[-1])
    # Kangxi radicals fold to their ideographs by Unicode compatibility at least (NFKC):
    # U+2F00 ⼀ → 一 U+4E00, U+2F63 ⽣ → 生 U+751F
    assert mapping[0x2F00] == 0x4E00 and mapping[0x2F63] == 0x751F
    if "Noto Sans CJK SC" in families:  # the SC font draws ⻰ (C-simplified dragon) as 龙
        assert mapping[0x2EF0] == 0x9F99


def wide_document(tmp_path) -> Document:
    """The tables issue 18 found cut off: 9 runs side by side, and the 10-column district
    table whose headers broke inside words ("Ra nk", "Veget ated")."""
    runs = [Column("parameter", "Parameter", "code")] + [
        Column(f"run_{i}", f"temperature_20{i:02d}.tif", "code") for i in range(9)
    ]
    run_rows = [[f"PARAMETER_{k}", *(f"v{k}x{i}" for i in range(9))] for k in range(6)]
    titles = ["Rank", "District", "Area (km²)", "Vegetated (%)", "Σ NPP (tC·a⁻¹)",
              "Σ NEP (tC·a⁻¹)", "Σ NEP (tCO₂·a⁻¹)", "Mean NEP (gC·m⁻²·a⁻¹)",
              "Sink density (tCO₂·ha⁻¹)", "Share (%)"]  # fmt: skip
    districts = [Column(f"c{i}", t, "text" if i == 1 else "number", 1) for i, t in
                 enumerate(titles)]  # fmt: skip
    district_rows = [[i, f"Zone{i}", 12345.5, 56.2, 1609598.0, 438981.0, 1609598.0, 1009.6,
                      55.21, 20.5] for i in range(1, 10)]  # fmt: skip
    return Document(
        title="Report",
        subtitle="",
        language="en",
        sections=[
            Section("districts", "Districts", [Table("d", "Table 1", districts, district_rows)]),
            Section(
                "parameters", "Parameters", [Table("p", "Table 2", runs, run_rows)], appendix=True
            ),
        ],
    )


def test_every_cell_of_every_table_is_on_the_page_and_headers_keep_their_words(tmp_path):
    document = wide_document(tmp_path)
    path = tmp_path / "wide.pdf"
    pdf.write_pdf(document, str(path))
    found = pdf_layout.words(path)
    # A4 is 595 pt wide; the text column ends at the margins (6 mm + 2 cm = 73.7 pt)
    assert found and all(w.page_width == pytest.approx(595.3, abs=0.5) for w in found)
    outside = [w.text for w in found if not w.on_page or w.x1 > w.page_width - 60.0]
    assert outside == []
    texts = [w.text for w in found]
    writer = HtmlWriter("qt", lambda f: "", pdf.text_width_px())
    metrics = writer.metrics(document)
    for table in document.tables():
        for part in fit_table(table, metrics):
            for column in part.columns:  # headers are never broken inside a word
                for word in column.title.split():
                    assert pdf_layout.normal(word) in texts, (column.title, word)
            for row in part.rows:
                for column, value in zip(part.columns, row):
                    shown = metrics.format_cell(column, value)
                    assert pdf_layout.normal(shown) in texts, (table.id, column.title, shown)


# --- the editable ODT, from the same QTextDocument (report/odt.py) --------------------------


def test_odt_has_the_headings_the_table_and_the_image_in_proportion(tmp_path):
    import odt_content

    from carbonsink_plugin.report import odt

    path = tmp_path / "报告 report.odt"
    assert odt.write_odt(document(tmp_path), str(path)) == str(path)
    found = odt_content.read(path)
    assert found.mimetype_ok  # the first entry, stored: how readers recognise the package
    titles = [text for _level, text in found.headings]
    assert [level for level, _t in found.headings] == [1, 1]
    assert any("评价结论摘要" in t for t in titles) and any("分区碳汇统计" in t for t in titles)
    assert "城市碳汇遥感评价报告" in found.paragraphs[0]
    assert found.cells.count("龙岗区") == 3 and "334,456" in found.cells
    assert "NEP总量（tC·a⁻¹）" in found.cells
    # the 800 × 400 map: in Pictures/, a PNG, listed in the manifest, shown at 2:1
    (image,) = found.images
    assert image.href.startswith("Pictures/") and image.data.startswith(b"\x89PNG")
    assert found.manifest[image.href] == "image/png"
    assert image.width_pt / image.height_pt == pytest.approx(2.0, rel=0.01)
    # the text column's width: text_width_px at 96 px per inch, in points
    assert image.width_pt == pytest.approx(pdf.text_width_px() * 72 / 96, rel=0.01)


def test_no_table_row_is_split_across_two_pages(tmp_path):
    # 80 rows of 9–10 lines each (60 words in the middle column): about 9 rows a page, so
    # without the layout pass Qt breaks a row inside its cells on most pages (seen: rows
    # 11, 21, 42, 52, 73 split). Every word of row r is "r<r>x", "w<r>z<k>" or "r<r>y".
    rows = [[f"r{r}x", " ".join(f"w{r}z{k}" for k in range(60)), f"r{r}y"] for r in range(80)]
    columns = [Column("a", "A"), Column("b", "Long text"), Column("c", "C")]
    table = Table("t", "Table 1", columns, rows)
    doc = Document("T", "", language="en", sections=[Section("s", "S", [table])])
    path = tmp_path / "rows.pdf"
    pdf.write_pdf(doc, str(path))
    pages: dict[int, set[int]] = {}
    for word in pdf_layout.words(path):
        match = re.fullmatch(r"[rw](\d+)(x|y|z\d+)", word.text)
        if match:
            pages.setdefault(int(match.group(1)), set()).add(word.page)
    assert sorted(pages) == list(range(80))  # every row printed
    assert {r: p for r, p in pages.items() if len(p) > 1} == {}
    # the rows follow each other: no page left blank, the header repeated on every page
    assert sorted({p for found in pages.values() for p in found}) == list(
        range(min(pages[0]), max(pages[79]) + 1)
    )
    headers = [w.page for w in pdf_layout.words(path) if w.text == "Long"]
    assert headers == sorted(set(headers)) and len(headers) == max(pages[79]) - 1
