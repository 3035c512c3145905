"""The report Document as HTML: one self-contained file for browsers, or the simpler HTML
that Qt's QTextDocument lays out for the PDF (report/pdf.py).

Self-contained: the CSS is in the file's <style>, every image is a data: URI (PNG, base64),
and the only links are anchors inside the document, so the file opens the same anywhere,
offline, and can be mailed as it is. Numbers in tables and key figures carry their full
value in a data-value attribute (what the table said, before rounding for display).

Plain Python: no qgis, no Qt.
"""

from __future__ import annotations

import base64
import math
from html import escape
from typing import Callable

from .document import (
    NOWRAP_CHARS,
    BulletList,
    Column,
    Document,
    Figure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
    TableMetrics,
    fit_table,
)

# The text column and fonts of both flavours in px, for fitting tables (document.fit_table).
BROWSER_TEXT_WIDTH = 1080 - 2 * 48  # main's max-width less its padding

FONTS = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
    '"WenQuanYi Micro Hei", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif'
)

CSS = """
:root { --ink: #1f2a24; --muted: #5b6660; --line: #d5ddd8; --accent: #1a7f4b;
        --accent-soft: #e8f4ec; --warn: #9a5b00; --warn-soft: #fff4e0;
        --fail: #b3261e; --fail-soft: #fdecea; }
* { box-sizing: border-box; }
html { background: #f4f6f5; }
body { margin: 0; font-family: FONTS; color: var(--ink); line-height: 1.6; font-size: 15px; }
main { max-width: 1080px; margin: 0 auto; padding: 40px 48px 56px; background: #fff;
       box-shadow: 0 0 24px rgba(0,0,0,.06); }
header { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 20px; }
h1 { font-size: 30px; margin: 0 0 6px; line-height: 1.25; }
.subtitle { color: var(--muted); font-size: 17px; margin: 0; }
.banner { background: var(--fail-soft); border: 2px solid var(--fail); color: var(--fail);
          font-weight: 600; padding: 12px 16px; border-radius: 6px; margin: 16px 0; }
nav.toc { background: #f7f9f8; border: 1px solid var(--line); border-radius: 6px;
          padding: 10px 20px; margin: 18px 0 8px; }
nav.toc h2 { font-size: 16px; margin: 4px 0; border: 0; padding: 0; }
nav.toc ol { columns: 2; margin: 4px 0; padding-left: 22px; }
nav.toc a { color: var(--accent); text-decoration: none; }
section { margin-top: 34px; }
h2 { font-size: 22px; border-bottom: 1px solid var(--line); padding-bottom: 6px;
     margin: 0 0 14px; }
h2 .number { color: var(--accent); margin-right: 10px; }
p { margin: 8px 0; }
p.note { color: var(--muted); font-size: 14px; }
p.warning, ul.warning li { color: var(--warn); }
p.warning { background: var(--warn-soft); border-left: 4px solid var(--warn);
            padding: 8px 12px; }
p.ok { background: var(--accent-soft); border-left: 4px solid var(--accent);
       padding: 8px 12px; font-weight: 600; color: var(--accent); }
p.fail { background: var(--fail-soft); border-left: 4px solid var(--fail);
         padding: 8px 12px; font-weight: 600; color: var(--fail); }
section.missing p.note { font-style: italic; }
ul { margin: 6px 0 10px; padding-left: 24px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
           gap: 12px; margin: 14px 0 6px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px;
        background: linear-gradient(#fff, #f8fbf9); }
.card .value { font-size: 26px; font-weight: 700; color: var(--accent);
               font-variant-numeric: tabular-nums; line-height: 1.2; }
.card .unit { font-size: 13px; color: var(--muted); }
.card .label { font-size: 14px; margin-top: 4px; }
.card .cardnote { font-size: 12px; color: var(--muted); }
.tablewrap { overflow-x: auto; margin: 12px 0 18px; }
table.data { border-collapse: collapse; width: 100%; font-size: 13.5px; }
table.data caption { caption-side: top; text-align: left; font-weight: 600;
                     padding: 4px 0 8px; font-size: 14px; }
table.data th { background: #edf2ef; text-align: left; padding: 7px 8px; font-size: 12.5px;
                border-bottom: 2px solid var(--line); vertical-align: bottom; line-height: 1.3;
                word-break: keep-all; overflow-wrap: normal; hyphens: none; }
table.data td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.data tbody tr:nth-child(even) { background: #fafcfb; }
table.data th.num { text-align: right; }
table.data td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data td.code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12.5px;
                     word-break: break-all; }
table.data td.text { white-space: nowrap; }
p.tablenote { font-size: 13px; color: var(--muted); margin-top: -10px; }
figure { margin: 18px auto 24px; text-align: center; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
figcaption { font-size: 14px; color: var(--muted); margin-top: 6px; }
.cover { border-bottom: 3px solid var(--accent); margin-bottom: 20px; padding: 36px 0 24px; }
.cover h1 { font-size: 38px; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px;
            margin: 28px 0 0; font-size: 16px; }
.cover dt { color: var(--muted); }
.cover dd { margin: 0; font-weight: 600; }
section.appendix h2 .number { margin-right: 14px; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line);
         font-size: 12.5px; color: var(--muted); }
@media print { html { background: #fff; } main { box-shadow: none; padding: 0; }
               section { break-inside: auto; } figure, table { break-inside: avoid; }
               h2, caption { break-after: avoid; } .cover { break-after: page; }
               section.appendix:first-of-type, section.appendix { break-before: page; } }
""".replace("FONTS", FONTS)

# QTextDocument understands only a subset of CSS 2.1: no variables, grids or gradients.
QT_CSS = """
body { font-size: 10pt; color: #1f2a24; }
h1 { font-size: 20pt; margin-bottom: 2pt; }
h2 { font-size: 14pt; color: #1a7f4b; margin-top: 16pt; margin-bottom: 6pt; }
p { margin-top: 3pt; margin-bottom: 3pt; }
.subtitle { color: #5b6660; font-size: 12pt; }
.banner { color: #b3261e; font-weight: bold; }
.note { color: #5b6660; }
.warning { color: #9a5b00; }
.ok { color: #1a7f4b; font-weight: bold; }
.fail { color: #b3261e; font-weight: bold; }
.caption { color: #5b6660; font-size: 9pt; }
th { background-color: #edf2ef; font-weight: bold; font-size: 8pt; }
td { font-size: 8.5pt; }
td.code { font-family: "DejaVu Sans Mono"; font-size: 8pt; }
.value { font-size: 15pt; font-weight: bold; color: #1a7f4b; }
.covertitle { font-size: 26pt; font-weight: bold; color: #1f2a24; }
.coversub { font-size: 15pt; color: #5b6660; }
.coverlabel { color: #5b6660; font-size: 11pt; }
.covervalue { font-size: 11pt; font-weight: bold; }
.unit { color: #5b6660; font-size: 8.5pt; }
"""


def format_number(value, decimals: int = 0) -> str:
    """1234567.891 → '1,234,568' (decimals 0); None/NaN → '—'; minus as '−'."""
    if value is None or isinstance(value, str):
        return "—" if value in (None, "") else value
    value = float(value)
    if not math.isfinite(value):
        return "—"
    text = f"{value:,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")  # no "−0.0"
    return text.replace("-", "−")


def data_value(value) -> str:
    """The full value for the data-value attribute ('' for empty)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return str(value)


def png_data_uri(path: str) -> str:
    with open(path, "rb") as stream:
        return "data:image/png;base64," + base64.b64encode(stream.read()).decode("ascii")


class HtmlWriter:
    """flavour 'browser' (the HTML file) or 'qt' (QTextDocument, for the PDF).

    image_source(figure) gives the src of a figure's image: a data: URI for the browser, a
    resource name registered with the QTextDocument for Qt.
    """

    def __init__(
        self, flavour: str = "browser", image_source: Callable | None = None, text_width: int = 597
    ):
        self.flavour = flavour
        self.qt = flavour == "qt"
        self.image_source = image_source or (lambda figure: png_data_uri(figure.image))
        self.text_width = text_width  # px of the text column (Qt: sizes images)

    def metrics(self, document: Document) -> TableMetrics:
        """The text width and cell fonts (px) the tables are fitted to."""
        if self.qt:  # QT_CSS: td 8.5pt, th 8pt (1pt = 4/3 px); cellpadding 3 + border
            width, cell, header, padding = self.text_width, 8.5 * 4 / 3, 8 * 4 / 3, 8.0
        else:  # CSS: td 13.5px, th 12.5px, padding 8px each side
            width, cell, header, padding = BROWSER_TEXT_WIDTH, 13.5, 12.5, 17.0
        return TableMetrics(
            width,
            cell,
            header,
            padding,
            format_cell=lambda column, value: (
                format_number(value, column.decimals)
                if column.kind == "number"
                else ("" if value is None else str(value))
            ),
            part_label=document.part_label,
        )

    def document(self, document: Document) -> str:
        self.fitting = self.metrics(document)
        lang = "zh-CN" if document.language == "zh" else "en"
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{lang}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="carbonsink_plugin">',
            f"<title>{escape(document.title)}</title>",
            f"<style>{QT_CSS if self.qt else CSS}</style>",
            "</head>",
            "<body>",
            "<main>" if not self.qt else "",
            self.cover(document),
        ]
        if not self.qt:
            parts.append(self.contents(document))
        for index, (number, section) in enumerate(document.numbered()):
            # the PDF: the summary after the cover, the first section after the one-page
            # summary and the first appendix start a page
            new_page = index <= 1 or (
                section.appendix and not document.numbered()[index - 1][1].appendix
            )
            parts.append(self.section(section, number, new_page=new_page))
        parts.append(f'<footer><p class="note">{escape(document.footer)}</p></footer>')
        parts += ["</main>" if not self.qt else "", "</body>", "</html>"]
        return "\n".join(part for part in parts if part)

    def cover(self, document: Document) -> str:
        """Title, subtitle, the cover lines (area, year, organisation, date) and the banner."""
        lines = [(label, value) for label, value in document.cover if value]
        if self.qt:
            rows = "".join(
                f'<tr><td class="coverlabel">{escape(label)}</td>'
                f'<td class="covervalue">{escape(value)}</td></tr>'
                for label, value in lines
            )
            parts = [
                f'<p class="covertitle" style="margin-top:170pt">{escape(document.title)}</p>',
                f'<p class="coversub">{escape(document.subtitle)}</p>' if document.subtitle else "",
                "<hr>",
                f'<table cellpadding="4" cellspacing="0" style="margin-top:24pt">{rows}</table>'
                if rows
                else "",
                '<p style="margin-top:48pt">&nbsp;</p>',
                self.banner(document.banner) if document.banner else "",
            ]
            return "\n".join(part for part in parts if part)
        items = "".join(
            f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in lines
        )
        parts = [
            '<header class="cover">',
            f"<h1>{escape(document.title)}</h1>",
            f'<p class="subtitle">{escape(document.subtitle)}</p>' if document.subtitle else "",
            f"<dl>{items}</dl>" if items else "",
            self.banner(document.banner) if document.banner else "",
            "</header>",
        ]
        return "\n".join(part for part in parts if part)

    def banner(self, text: str) -> str:
        if self.qt:
            return (
                '<table width="100%" border="2" cellpadding="6" cellspacing="0" '
                f'style="border-color:#b3261e"><tr><td class="banner">{escape(text)}</td></tr>'
                "</table>"
            )
        return f'<div class="banner" role="alert">{escape(text)}</div>'

    def contents(self, document: Document) -> str:
        items = "".join(
            f'<li><a href="#{escape(s.id)}">{escape(number)}&nbsp; {escape(s.title)}</a></li>'
            for number, s in document.numbered()
        )
        return (
            f'<nav class="toc"><h2>{escape(document.contents_title)}</h2>'
            f'<ol style="list-style:none">{items}</ol></nav>'
        )

    def section(self, section: Section, number: str, new_page: bool = False) -> str:
        classes = [name for name, on in (("missing", not section.provided),
                                         ("appendix", section.appendix)) if on]  # fmt: skip
        css = f' class="{" ".join(classes)}"' if classes else ""
        title = f'<span class="number">{escape(number)}</span>{escape(section.title)}'
        style = ""
        if self.qt:
            title = f"{escape(number)}&nbsp;&nbsp;{escape(section.title)}"
            style = ' style="page-break-before: always"' if new_page else ""
        body = "\n".join(self.block(block) for block in section.blocks)
        anchor = f'<a name="{escape(section.id)}"></a>' if self.qt else ""
        return (
            f'<section id="{escape(section.id)}"{css}>\n{anchor}<h2{style}>{title}</h2>\n'
            f"{body}\n</section>"
        )

    def block(self, block) -> str:
        if isinstance(block, Paragraph):
            return f'<p class="{escape(block.kind)}">{escape(block.text)}</p>'
        if isinstance(block, BulletList):
            items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
            return f'<ul class="{escape(block.kind)}">{items}</ul>'
        if isinstance(block, KeyFigures):
            return self.key_figures(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Figure):
            return self.figure(block)
        raise TypeError(f"unknown block {block!r}")

    def key_figures(self, block: KeyFigures) -> str:
        cards = []
        for item in block.items:
            value = format_number(item.value, item.decimals)
            note = f'<div class="cardnote">{escape(item.note)}</div>' if item.note else ""
            if self.qt:
                small = f'<br><span class="unit">{escape(item.note)}</span>' if item.note else ""
                cards.append(
                    f'<td width="25%"><span class="value">{escape(value)}</span> '
                    f'<span class="unit">{escape(item.unit)}</span><br>{escape(item.label)}'
                    f"{small}</td>"
                )
            else:
                cards.append(
                    f'<div class="card" data-key="{escape(item.key)}">'
                    f'<div class="value" data-value="{escape(data_value(item.value))}">'
                    f"{escape(value)}</div>"
                    f'<div class="unit">{escape(item.unit)}</div>'
                    f'<div class="label">{escape(item.label)}</div>{note}</div>'
                )
        note = f'<p class="note">{escape(block.note)}</p>' if block.note else ""
        if self.qt:
            rows = [cards[i : i + 4] for i in range(0, len(cards), 4)]
            body = "".join(f"<tr>{''.join(row)}</tr>" for row in rows)
            return (
                '<table width="100%" border="1" cellpadding="6" cellspacing="0" '
                f'style="border-color:#d5ddd8">{body}</table>{note}'
            )
        return f'<div class="figures">{"".join(cards)}</div>{note}'

    def cell(self, column: Column, value, header: bool = False, width: float | None = None) -> str:
        if header:
            css = ' class="num"' if column.kind == "number" else ""
            align = ' align="right"' if self.qt and column.kind == "number" else ""
            size = ""
            if width is not None:  # at least the longest word of the header (fit_table)
                percent = f"{100.0 * width:.1f}%"
                size = f' width="{percent}"' if self.qt else f' style="width:{percent}"'
            return (
                f'<th data-field="{escape(column.key)}"{css}{align}{size}>'
                f"{escape(column.title)}</th>"
            )
        if column.kind == "number":
            shown = format_number(value, column.decimals)
            if self.qt:  # no line break inside "1,230,312"
                return f'<td align="right" style="white-space:nowrap">{escape(shown)}</td>'
            return f'<td class="num" data-value="{escape(data_value(value))}">{escape(shown)}</td>'
        text = "" if value is None else str(value)
        css = f' class="{column.kind}"' if column.kind in ("code", "text") else ""
        if self.qt and len(text) <= NOWRAP_CHARS:  # names and file names stay on one line
            css += ' style="white-space:nowrap"'
        return f"<td{css}>{escape(text)}</td>"

    def table(self, table: Table) -> str:
        metrics = getattr(self, "fitting", None) or self.metrics(Document("", "", "en"))
        return "\n".join(self.table_part(part) for part in fit_table(table, metrics))

    def table_part(self, table: Table) -> str:
        widths = table.widths or [None] * len(table.columns)
        head = "".join(
            self.cell(c, None, header=True, width=w) for c, w in zip(table.columns, widths)
        )
        rows = "".join(
            "<tr>" + "".join(self.cell(c, v) for c, v in zip(table.columns, row)) + "</tr>"
            for row in table.rows
        )
        note = f'<p class="tablenote note">{escape(table.note)}</p>' if table.note else ""
        if self.qt:
            return (
                f'<p><b>{escape(table.caption)}</b></p><table id="{escape(table.id)}" '
                'width="100%" border="1" cellpadding="3" cellspacing="0" '
                f'style="border-color:#d5ddd8"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>'
                f"</table>{note}"
            )
        return (
            f'<div class="tablewrap"><table class="data" id="{escape(table.id)}">'
            f"<caption>{escape(table.caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table></div>{note}"
        )

    def figure(self, figure: Figure) -> str:
        if not figure.image:
            return f'<p class="note">{escape(figure.caption)}</p>'
        source = self.image_source(figure)
        caption = escape(figure.caption)
        if self.qt:
            width = int(self.text_width * figure.width / 100)
            return (
                f'<p align="center"><img src="{escape(source)}" width="{width}"></p>'
                f'<p align="center" class="caption">{caption}</p>'
            )
        return (
            f'<figure id="{escape(figure.id)}"><img src="{source}" alt="{caption}" '
            f'style="width:{figure.width}%"><figcaption>{caption}</figcaption></figure>'
        )


def write_html(document: Document, path: str) -> str:
    """The self-contained HTML file (images embedded from the figures' PNG files)."""
    text = HtmlWriter("browser").document(document)
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    return path
