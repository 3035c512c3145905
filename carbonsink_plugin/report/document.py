"""The report as plain data: sections of paragraphs, key figures, tables and figures.

report/builder.py fills a Document from the inputs' numbers (no rendering, no Qt); the map and
chart figures carry what is to be drawn (a MapRequest or a chart spec) until report/render.py
turns them into PNG images; report/html.py and report/pdf.py write the same Document as a
self-contained HTML file and as a PDF.

Plain Python: no qgis, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence


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


@dataclass
class MapRequest:
    """One map for report/maps.py: a raster drawn with one of the plugin's styles."""

    role: str  # the report parameter it comes from: NPP, RH, NEP, SINK_CLASS, …
    path: str
    style: str  # resources/styles/<style>.qml
    legend_title: str
    classes: Sequence[tuple[int, tuple[int, int, int] | None, str]] | None = None
    stretch: str = "style"  # style (as the .qml says) | diverging (±, centred on 0) | data
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

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]
