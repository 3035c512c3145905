"""The PDF: A4 pages from the same Document, Chinese text with an embedded CJK font, images."""

import shutil
import subprocess

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
)


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
