"""The report as plain data: sections of paragraphs, key figures, tables and figures.

report/builder.py fills a Document from the inputs' numbers (no rendering, no Qt); the map and
chart figures carry what is to be drawn (a MapRequest or a chart spec) until report/render.py
turns them into PNG images; report/html.py and report/pdf.py write the same Document as a
self-contained HTML file and as a PDF.

Plain Python: no qgis, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Sequence


@dataclass
class Paragraph:
    text: str
    kind: str = "text"  # text | note | warning | ok | fail


@dataclass
class BulletList:
    items: Sequence[str]
    kind: str = "text"  # text | warning


@dataclass
class KeyFigure:
    label: str
    value: float | None
    unit: str
    decimals: int = 0
    note: str = ""
    key: str = ""  # which quantity (e.g. mean_nep), for the report's own checks


@dataclass
class KeyFigures:
    items: Sequence[KeyFigure]
    note: str = ""


@dataclass
class Column:
    key: str  # field the values come from (kept as data-field in the HTML)
    title: str
    kind: str = "text"  # text | number | code (monospace text)
    decimals: int = 0


@dataclass
class Table:
    id: str
    caption: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]  # raw values in the order of columns; None/NaN = empty
    note: str = ""
    widths: Sequence[float] | None = None  # fractions of the table width (set by fit_table)


@dataclass
class MapRequest:
    """One map for report/maps.py: a raster drawn with one of the plugin's styles."""

    role: str  # the report parameter it comes from: NPP, RH, NEP, SINK_CLASS, …
    path: str
    style: str  # resources/styles/<style>.qml
    legend_title: str
    classes: Sequence[tuple[int, tuple[int, int, int] | None, str]] | None = None
    # style (as the .qml says) | diverging (±, centred on 0) | percentile (the style's ramp
    # over the 2nd–98th percentile) | data (a green ramp over the 2nd–98th percentile)
    stretch: str = "style"
    minimum_label: str = ""  # words after the lowest/highest value of a colour-ramp legend
    maximum_label: str = ""
    boundary_label: str = ""  # legend entry of the zone boundaries


@dataclass
class Figure:
    id: str
    caption: str
    image: str | None = None  # PNG file, set by report/render.py (or given, e.g. a scatter plot)
    map: MapRequest | None = None
    chart: Any = None  # a charts.Bars (drawn by report/render.py)
    width: int = 100  # % of the text width


@dataclass
class Section:
    id: str
    title: str
    blocks: list = field(default_factory=list)
    provided: bool = True  # False: the section only says what was not provided
    appendix: bool = False  # numbered A, B, … after the numbered sections

    def add(self, block) -> None:
        self.blocks.append(block)


@dataclass
class Document:
    title: str
    subtitle: str
    language: str  # en | zh
    sections: list[Section] = field(default_factory=list)
    banner: str = ""  # shown on top of the first page (e.g. generated sample data)
    footer: str = ""
    contents_title: str = "Contents"
    appendix_label: str = "Appendix {0}"  # str.format with the letter
    cover: list = field(default_factory=list)  # (label, value) lines of the cover page
    part_label: str = "({0}/{1})"  # caption suffix of the parts of a split table

    def numbered(self) -> list[tuple[str, Section]]:
        """(number, section) in the order they are printed: the body sections 1, 2, …, then
        the appendices A, B, … (an appendix placed among the sections still goes last)."""
        body = [s for s in self.sections if not s.appendix]
        appendices = [s for s in self.sections if s.appendix]
        return [(str(i), s) for i, s in enumerate(body, start=1)] + [
            (self.appendix_label.format(chr(ord("A") + i)), s) for i, s in enumerate(appendices)
        ]

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]


# --------------------------------------------------------------------------------------------
# Fitting tables to the page
#
# Decision: the report's writers know the width of their text column, not the widths of the
# glyphs (no Qt here), so a table is fitted to an estimate of its text widths that errs on the
# wide side: em widths per kind of character of DejaVu Sans (the PDF's Latin font, among the
# wider sans fonts), 1 em for CJK, 0.6 em for monospace. A column's least width is its
# longest header word (headers never break inside a word), its longest number (numbers never
# wrap) and its longest short text (the PDF keeps names of up to NOWRAP_CHARS on one line);
# longer text and code wrap. A table whose least widths do not fit is split into parts of
# whole columns, each repeating the first (key) column (and the name after a rank); a table
# of one or two rows that fits transposed is transposed instead.

NOWRAP_CHARS = 24  # text cells up to this length stay on one line (report/html.py)
_CJK_RANGES = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK = re.compile(f"[{_CJK_RANGES}]")
_TOKENS = re.compile(f"[{_CJK_RANGES}]|[^\\s{_CJK_RANGES}]+")  # a CJK character or a word


def char_em(char: str, mono: bool = False) -> float:
    """Estimated advance of one character in em (generous: see above)."""
    if _CJK.match(char):
        return 1.0
    if mono:
        return 0.61
    if char == " ":
        return 0.33
    if char in "il.,:;|!'`()[]{}·⁻¹²³⁰ⁱ-−/":
        return 0.4
    if char in "rtfjs":
        return 0.53
    if char.isdigit():
        return 0.64
    if char.isupper() or char in "mwMW%&@—–":
        return 0.78
    return 0.6


def text_em(text: str, mono: bool = False, bold: bool = False) -> float:
    width = sum(char_em(c, mono) for c in text)
    return width * 1.1 if bold else width


def least_header_em(title: str) -> float:
    """The longest word of a header (CJK characters may break between them, but a header
    of CJK text keeps at least 4 characters a line)."""
    tokens = _TOKENS.findall(title)
    longest = max((text_em(t, bold=True) for t in tokens), default=0.0)
    return max(longest, min(text_em(title, bold=True), 4.0))


@dataclass
class TableMetrics:
    """What fit_table needs of a writer: its text width and font sizes, in one unit."""

    width: float  # of the text column
    cell_size: float  # font size of the cells
    header_size: float  # of the headers
    padding: float  # left + right padding and border of one cell
    format_cell: Callable[[Column, Any], str] = lambda _column, value: (
        "" if value is None else str(value)
    )
    part_label: str = "({0}/{1})"  # caption suffix of the parts of a split table


def column_widths(table: Table, metrics: TableMetrics) -> tuple[list[float], list[float]]:
    """(least, preferred) width of each column in the metrics' unit, padding included."""
    least, preferred = [], []
    for index, column in enumerate(table.columns):
        header_least = least_header_em(column.title) * metrics.header_size
        header_full = text_em(column.title, bold=True) * metrics.header_size
        cell_least, cell_full = 0.0, 0.0
        mono = column.kind == "code"
        for row in table.rows:
            value = row[index] if index < len(row) else None
            text = metrics.format_cell(column, value)
            full = text_em(text, mono) * metrics.cell_size
            cell_full = max(cell_full, full)
            if column.kind == "number" or len(text) <= NOWRAP_CHARS:
                cell_least = max(cell_least, full)
            elif mono:  # long code wraps anywhere
                cell_least = max(cell_least, 8 * 0.61 * metrics.cell_size)
            else:
                words = (text_em(w) for w in _TOKENS.findall(text))
                cell_least = max(cell_least, max(words, default=0.0) * metrics.cell_size)
        least.append(max(header_least, cell_least) + metrics.padding)
        preferred.append(max(header_full, cell_full, header_least, cell_least) + metrics.padding)
    return least, preferred


def _distribute(least: list[float], preferred: list[float], width: float) -> list[float]:
    """Fractions of the table width: every column its least width, the rest shared in
    proportion to what each column would still take (as a browser's automatic layout)."""
    total_least, total_preferred = sum(least), sum(preferred)
    if total_preferred <= width:
        widths = list(preferred)
    else:
        room = width - total_least
        wish = [p - m for p, m in zip(preferred, least)]
        share = sum(wish)
        widths = [m + (room * w / share if share > 0 else 0.0) for m, w in zip(least, wish)]
    total = sum(widths)
    return [w / total for w in widths] if total > 0 else [1.0 / len(widths)] * len(widths)


def _transposed(table: Table) -> Table:
    """Rows become columns: the first column holds the column titles."""
    columns = [Column("field", "", "text")] + [
        Column(f"row_{i}", str(row[0]) if row else str(i), "text")
        for i, row in enumerate(table.rows, start=1)
    ]
    rows = [
        [column.title, *(row[index] if index < len(row) else None for row in table.rows)]
        for index, column in enumerate(table.columns)
    ][1:]
    return replace(table, columns=columns, rows=rows)


def fit_table(table: Table, metrics: TableMetrics) -> list[Table]:
    """The table as one or more tables whose every cell fits the text width (see above), each
    with its column widths (fractions) set."""
    least, preferred = column_widths(table, metrics)
    if sum(least) <= metrics.width or len(table.columns) <= 2:
        return [replace(table, widths=_distribute(least, preferred, metrics.width))]
    if len(table.rows) <= 2:
        flipped = _transposed(table)
        flipped_least, flipped_preferred = column_widths(flipped, metrics)
        if sum(flipped_least) <= metrics.width:
            return [
                replace(
                    flipped, widths=_distribute(flipped_least, flipped_preferred, metrics.width)
                )
            ]
    # split: the key columns in every part (the first, and a name after a rank), the other
    # columns packed in order
    keys = 2 if table.columns[0].kind == "number" and table.columns[1].kind != "number" else 1
    key_width = sum(least[:keys])
    groups: list[list[int]] = []
    for index in range(keys, len(table.columns)):
        if groups and key_width + sum(least[i] for i in groups[-1]) + least[index] <= metrics.width:
            groups[-1].append(index)
        else:
            groups.append([index])
    parts = []
    for number, group in enumerate(groups, start=1):
        keep = [*range(keys), *group]
        part = replace(
            table,
            id=table.id if number == 1 else f"{table.id}_{number}",
            caption=f"{table.caption} {metrics.part_label.format(number, len(groups))}",
            columns=[table.columns[i] for i in keep],
            rows=[[row[i] if i < len(row) else None for i in keep] for row in table.rows],
            note=table.note if number == len(groups) else "",
            widths=None,
        )
        part_least, part_preferred = column_widths(part, metrics)
        part.widths = _distribute(part_least, part_preferred, metrics.width)
        parts.append(part)
    return parts
