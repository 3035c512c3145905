"""The report Document as a PDF: Qt's QTextDocument lays out the Qt flavour of the HTML
(report/html.py) on A4 pages and prints it to a QPdfWriter, with page numbers.

Fonts: Chinese text needs a font with CJK glyphs (Debian: fonts-noto-cjk). The document's
font is a family list: a Latin font first, then the first installed of charts.CJK_FONTS, so
Latin letters and digits come from the Latin font and Chinese from the CJK one; Qt embeds the
glyphs used. (With Noto Sans CJK first, Qt's PDF writer records wrong text for its digits:
the page looks right, but copying or searching "2,238,521" finds only the commas.)

Copyable Chinese: Qt writes each embedded font's glyph → text table (ToUnicode) by taking, for
every glyph, the LOWEST code point the font maps to it. Fonts draw many common characters and
the CJK/Kangxi radicals with the same glyph (生 and ⽣ U+2F63, 龙 and ⻰ U+2EF0, 一 and ⼀), so
the PDF looked right but copied and searched as radicals. fix_radicals() rewrites those table
entries to the ideographs (same byte length, so the file's offsets stay valid).

Runs on any thread (the report algorithm's background task): QTextDocument is reentrant and
Qt paints on a PDF device outside the main thread; only the maps need the main thread.
"""

from __future__ import annotations

import re
import unicodedata

from qgis.PyQt.QtCore import QMarginsF, QSizeF, QUrl
from qgis.PyQt.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from .charts import CJK_FONTS
from .document import Document
from .html import HtmlWriter

PAGE_WIDTH_MM = 210.0  # A4
WRITER_MARGIN_MM = 6.0  # QTextDocument.print() adds 2 cm on every side
PRINT_MARGIN_MM = 20.0
CSS_DPI = 96.0  # QTextDocument sizes images in px of 1/96 inch on a printer
LATIN_FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Segoe UI", "Arial", "Helvetica")
RADICALS = (0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = ((0x4E00, 0xA000), (0x3400, 0x4DC0))  # unified ideographs, then extension A


def installed_families() -> set[str]:
    """The installed font families (QFontDatabase.families() is static in Qt6, a method of an
    instance in Qt5)."""
    try:
        return set(QFontDatabase.families())
    except TypeError:
        return set(QFontDatabase().families())


def font_families() -> list[str]:
    """The installed Latin font and the installed CJK font, in that order."""
    installed = installed_families()
    latin = [name for name in LATIN_FONTS if name in installed][:1]
    cjk = [name for name in CJK_FONTS if name in installed][:1]
    return latin + cjk or [QFont().family()]


def radical_equivalents(family: str) -> dict[int, int]:
    """Radical code point → the ideograph the font draws with the same glyph (and, for the
    Kangxi radicals the font does not share, their Unicode compatibility ideograph)."""
    raw = QRawFont.fromFont(QFont(family))
    mapping: dict[int, int] = {}
    if raw.isValid():
        owners: dict[int, int] = {}
        for start, end in IDEOGRAPHS:
            text = "".join(chr(c) for c in range(start, end))
            for code, glyph in zip(range(start, end), raw.glyphIndexesForString(text)):
                if glyph:
                    owners.setdefault(glyph, code)
        start, end = RADICALS
        text = "".join(chr(c) for c in range(start, end))
        for code, glyph in zip(range(start, end), raw.glyphIndexesForString(text)):
            if glyph and glyph in owners:
                mapping[code] = owners[glyph]
    for code in range(*RADICALS):
        if code not in mapping:
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and ord(folded) != code and ord(folded) < 0x10000:
                mapping[code] = ord(folded)
    return mapping


_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_RANGE_LINE = re.compile(rb"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> (<[0-9A-Fa-f]{4}>|\[[^\]]*\])")
_CHAR_LINE = re.compile(rb"<([0-9A-Fa-f]{4})> (<[0-9A-Fa-f]{4}>)")
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


def fix_radicals(pdf: bytes, mapping: dict[int, int]) -> bytes:
    """The PDF with the text of radicals in its ToUnicode tables replaced by the ideographs
    (see the module docstring). Only the text side of each entry changes, 4 hex digits for 4,
    so every offset in the file stays valid; a linear range (one start code for several
    glyphs) is left as it is."""

    def target(match: re.Match) -> bytes:
        code = int(match.group(1), 16)
        new = mapping.get(code)
        return b"<%04X>" % new if new is not None else match.group(0)

    def ranges(match: re.Match) -> bytes:
        first, last, text = match.group(1), match.group(2), match.group(3)
        if text.startswith(b"<") and first != last:
            return match.group(0)  # linear range: the codes count up from its start
        return match.group(0)[: -len(text)] + _HEX.sub(target, text)

    def chars(match: re.Match) -> bytes:
        return match.group(0)[: -len(match.group(2))] + _HEX.sub(target, match.group(2))

    def cmap(match: re.Match) -> bytes:
        block = match.group(0)
        block = re.sub(
            rb"beginbfrange.*?endbfrange",
            lambda m: _RANGE_LINE.sub(ranges, m.group(0)),
            block,
            flags=re.S,
        )
        return re.sub(
            rb"beginbfchar.*?endbfchar",
            lambda m: _CHAR_LINE.sub(chars, m.group(0)),
            block,
            flags=re.S,
        )

    fixed = _CMAP.sub(cmap, pdf)
    return fixed if len(fixed) == len(pdf) else pdf  # never shift the file's offsets


def text_width_px() -> int:
    """Width of the text column in the px that <img width> uses when printing."""
    width_mm = PAGE_WIDTH_MM - 2 * WRITER_MARGIN_MM - 2 * PRINT_MARGIN_MM
    return int(width_mm / 25.4 * CSS_DPI)


def _lay_out_as_printed(text: QTextDocument, writer: QPdfWriter) -> float:
    """Lay the document out as QTextDocument.print() lays it out on the writer (its page rect,
    2 cm margins), so block positions are where each block will be printed; returns the page
    height. The document itself, not a clone: clones made on a worker thread (the panel's
    background run) were deleted under us, and print() then has nothing to redo."""
    text.documentLayout().setPaintDevice(writer)
    frame = text.rootFrame().frameFormat()
    # print() sets the 2 cm in Qt's default dpi; the layout scales them to the device
    frame.setMargin(int(2 / 2.54 * _default_dpi()))
    text.rootFrame().setFrameFormat(frame)
    text.setPageSize(QSizeF(writer.width(), writer.height()))
    return float(writer.height())


def _default_dpi() -> float:
    """Qt's qt_defaultDpi(): the primary screen's logical dpi (96 offscreen)."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


def _keeps_with_next(block, following) -> bool:
    """Headings, images (their caption follows) and a one-line paragraph before a table (its
    caption) stay on the page of the block after them."""
    if block.blockFormat().headingLevel() > 0:
        return True
    if _has_image(block):
        return True
    in_table = QTextCursor(block).currentTable() is not None
    return (
        not in_table
        and following.isValid()
        and QTextCursor(following).currentTable() is not None
        and block.layout().lineCount() == 1
    )


def keep_together(text: QTextDocument, writer: QPdfWriter, rounds: int = 40) -> int:
    """No heading at the foot of a page, no figure without its caption, no table caption
    without its table: such a block whose next block is printed on the next page gets a page
    break before it (QTextDocument has no keep-with-next). Returns the breaks added."""
    added = 0
    ours: set[int] = set()  # blocks given a break here
    for _ in range(rounds):
        height = _lay_out_as_printed(text, writer)
        layout = text.documentLayout()
        margin = 2 / 2.54 * writer.logicalDpiY()
        moved = []
        block = text.begin()
        while block.isValid():
            following = block.next()
            while following.isValid() and _empty(following):
                following = following.next()
            if following.isValid() and not _empty(block) and _keeps_with_next(block, following):
                top = layout.blockBoundingRect(block).top()
                page = int(top // height)
                after = layout.blockBoundingRect(following)
                # the end of this page's text area, less a little: the printed layout may
                # differ from this one by a rounding, so a caption that ends just at the foot
                # goes over with its figure (of a long paragraph only its first line counts)
                foot = (page + 1) * height - margin - 0.01 * height
                at_page_top = top - page * height <= margin + 2.0
                lines = following.layout()
                first = lines.lineAt(0).height() if lines.lineCount() else after.height()
                if after.top() + first > foot and not at_page_top:
                    moved.append(block.blockNumber())
                    break
            block = block.next()
        if not moved:
            break
        first = moved[0]  # one at a time: a break moves everything after it
        _set_break(text.findBlockByNumber(first), True)
        # a heading now carried over with its caption: the caption's own break would leave
        # the heading alone on its page
        for number in [n for n in ours if n > first and n <= first + 2]:
            _set_break(text.findBlockByNumber(number), False)
            ours.discard(number)
        ours.add(first)
        added += 1
    return added


def keep_rows(text: QTextDocument, writer: QPdfWriter, rounds: int = 200) -> int:
    """No table row split across two pages: Qt breaks a row inside its cells, line by line,
    and moves it whole only when none of its cells' first lines fits (QTextTableFormat and
    QTextBlockFormat have no keep-together; a page break in the cells is applied again after
    the row has moved, which leaves a blank page). So the row before such a row gets bottom
    padding down to the foot of the page, and Qt starts the row on the next page, after the
    repeated header; a first row (or the header) puts the whole table on the next page. Rows
    taller than a page are left to break. Returns the rows moved."""
    moved = 0
    for _ in range(rounds):
        height = _lay_out_as_printed(text, writer)
        layout = text.documentLayout()
        margin = 2 / 2.54 * writer.logicalDpiY()
        found = _first_split_row(layout, text, height, margin)
        if found is None:
            break
        table, row, top = found
        if row <= table.format().headerRowCount():
            table_format = table.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
        else:
            foot = (int(top // height) + 1) * height - margin
            scale = writer.logicalDpiY() / _default_dpi()  # padding is in px of the screen
            for column in range(table.columns()):
                cell = table.cellAt(row - 1, column)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBottomPadding(cell_format.bottomPadding() + (foot - top) / scale)
                cell.setFormat(cell_format)
        moved += 1
    return moved


def _first_split_row(layout, text: QTextDocument, height: float, margin: float):
    """(table, row, top of the row) of the first row that starts on one page and ends on the
    next and is shorter than a page, or None."""
    for table in _tables(text.rootFrame()):
        if table.format().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            first = table.format().headerRowCount() + 1  # already moved whole
        else:
            first = 0
        for row in range(first, table.rows()):
            tops, bottoms = [], []
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                if cell.row() != row:  # spanned from a row above
                    continue
                tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
                bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
            if not tops:
                continue
            top, bottom = min(tops), max(bottoms)
            if int(top // height) != int(bottom // height) and bottom - top < height - 2 * margin:
                return table, row, top
    return None


def _tables(frame):
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _set_break(block, on: bool) -> None:
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(
        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if on
        else QTextFormat.PageBreakFlag.PageBreak_Auto
    )
    QTextCursor(block).setBlockFormat(block_format)


def _empty(block) -> bool:
    """A block with no text and no image outside any table (e.g. between two tables)."""
    return (
        not block.text().strip()
        and not _has_image(block)
        and QTextCursor(block).currentTable() is None
    )


def _has_image(block) -> bool:
    iterator = block.begin()
    while not iterator.atEnd():
        if iterator.fragment().charFormat().isImageFormat():
            return True
        iterator += 1
    return False


def text_document(document: Document) -> QTextDocument:
    """The document as Qt lays it out: the Qt flavour of the HTML, the report's fonts and the
    figures as image resources (figure:<id>). The PDF and the editable ODT (report/odt.py)
    are written from it."""
    text = QTextDocument()
    families = font_families()
    font = QFont(families[0])
    font.setFamilies(families)
    font.setPointSizeF(10.0)
    text.setDefaultFont(font)
    for figure in document.figures():
        if figure.image:
            text.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"figure:{figure.id}"),
                QImage(figure.image),
            )
    writer_html = HtmlWriter("qt", lambda f: f"figure:{f.id}", text_width_px())
    text.setHtml(writer_html.document(document))
    return text


def write_pdf(document: Document, path: str) -> str:
    """The PDF of the document. Any thread: QTextDocument is reentrant and Qt supports painting
    (text included) on a PDF paint device outside the main thread ("Painting in threads")."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(WRITER_MARGIN_MM, WRITER_MARGIN_MM, WRITER_MARGIN_MM, WRITER_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    writer.setResolution(300)
    writer.setTitle(document.title)
    writer.setCreator("carbonsink_plugin")

    text = text_document(document)
    families = font_families()
    for _ in range(10):  # a moved row may leave a heading at the foot of a page, and back
        if not keep_together(text, writer) + keep_rows(text, writer):
            break
    # PyQt5 names it print_ (print was a keyword in Python 2); PyQt6 print.
    printer = getattr(text, "print_", None) or text.print
    printer(writer)
    del writer  # finishes the file
    if len(families) > 1:
        with open(path, "rb") as stream:
            data = stream.read()
        fixed = fix_radicals(data, radical_equivalents(families[-1]))
        if fixed != data:
            with open(path, "wb") as stream:
                stream.write(fixed)
    return path
