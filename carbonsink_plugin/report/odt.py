"""The report Document as an editable OpenDocument text (.odt), for technicians who edit the
report before they hand it in: Qt's own ODF writer (QTextDocumentWriter, format "odf") writes
the same QTextDocument the PDF is laid out from (report/pdf.py), so nothing beyond Qt is needed
to write it; LibreOffice Writer, Microsoft Word (2010 and later) and WPS open it.

Two things Qt's writer leaves out are put back here:
- an image given only a width (the HTML's <img width>) is written with its pixel height, so
  maps and charts came out stretched: every image gets the height of its aspect ratio;
- headings are written as plain paragraphs: they become ODF headings (text:h with their outline
  level), so Writer's navigator, outline numbering and table of contents see the sections;
- text properties are written for Latin script only (fo:font-size, fo:font-weight …), and a
  word processor sets Chinese by the separate "Asian" properties: without them every Chinese
  heading came out in 10 pt and regular weight. Each size, weight and style is copied to its
  Asian twin, and the fonts are the report's own: its Latin font, and its CJK font for Asian
  text (where the word processor's machine lacks them, it substitutes its own).

Images are stored inside the file (Pictures/); tables stay tables (one ODF table per part of a
split table). The PDF's page-layout pass (keep a heading with what follows) is not applied:
Writer lays the pages out itself; each section still starts on a new page.
"""

from __future__ import annotations

import re
import zipfile

from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtGui import QImage, QTextCursor, QTextDocument, QTextDocumentWriter

from .document import Document
from .pdf import font_families, text_document

CONTENT = "content.xml"
_PARAGRAPH = re.compile(r'<text:p text:style-name="(p\d+)">(.*?)</text:p>', re.S)


def write_odt(document: Document, path: str) -> str:
    """The ODT of the document at path (written in place: the caller writes to a temporary
    name and moves it). Main thread or any thread, as the PDF."""
    text = text_document(document)
    _size_images(text)
    _images_as_files(text, document)
    writer = QTextDocumentWriter(path, b"odf")
    if not writer.write(text):
        raise OSError(f"could not write {path}: {writer.device().errorString()}")
    del writer  # closes the file
    _rewrite_content(path, _heading_styles(text), font_families())
    return path


def _size_images(text: QTextDocument) -> None:
    """Each image with a width and no height gets the height of its aspect ratio."""
    block = text.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                image_format = char_format.toImageFormat()
                image = text.resource(
                    QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                )
                if (
                    isinstance(image, QImage)
                    and not image.isNull()
                    and image_format.width() > 0
                    and image_format.height() <= 0
                ):
                    image_format.setHeight(image_format.width() * image.height() / image.width())
                    cursor = QTextCursor(text)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(),
                        QTextCursor.MoveMode.KeepAnchor,
                    )
                    cursor.setCharFormat(image_format)
            iterator += 1
        block = block.next()


def _images_as_files(text: QTextDocument, document: Document) -> None:
    """Each figure's resource becomes its PNG file's bytes, which Qt's writer stores as they
    are: given the decoded image, it would encode every map to PNG again, in one call that
    holds Python's lock for about a second and stalls QGIS's event loop meanwhile."""
    for figure in document.figures():
        if figure.image:
            with open(figure.image, "rb") as file:
                data = QByteArray(file.read())
            text.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"figure:{figure.id}"), data
            )


def _heading_styles(text: QTextDocument) -> dict[str, int]:
    """Qt's writer names each paragraph style after its block format ("p<index>"): the
    styles of the heading blocks → their outline level, the highest heading at level 1."""
    styles = {}
    block = text.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0:
            styles[f"p{block.blockFormatIndex()}"] = level
        block = block.next()
    top = min(styles.values(), default=1)  # the sections are <h2>: outline level 1
    return {style: level - top + 1 for style, level in styles.items()}


def _rewrite_content(path: str, styles: dict[str, int], families: list[str]) -> None:
    """Rewrite content.xml: the heading paragraphs as text:h, the text properties with their
    Asian twins (the file is rewritten with the mimetype entry first and stored, as ODF
    requires)."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]

    def heading(match: re.Match) -> str:
        level = styles.get(match.group(1))
        if level is None:
            return match.group(0)
        return (
            f'<text:h text:style-name="{match.group(1)}" text:outline-level="{level}">'
            f"{match.group(2)}</text:h>"
        )

    with zipfile.ZipFile(path, "w") as archive:
        for info, data in entries:
            if info.filename == CONTENT:
                content = _PARAGRAPH.sub(heading, data.decode("utf-8"))
                data = _with_asian_properties(content, families).encode("utf-8")
            compression = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            archive.writestr(info.filename, data, compress_type=compression)


_TEXT_PROPERTIES = re.compile(r"<style:text-properties\b([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
_ASIAN_TWINS = {  # Latin-script property → the one a word processor uses for Chinese text
    "fo:font-size": "style:font-size-asian",
    "fo:font-weight": "style:font-weight-asian",
    "fo:font-style": "style:font-style-asian",
}
_MONOSPACE = ("mono", "courier", "consolas")


def _with_asian_properties(content: str, families: list[str]) -> str:
    """Every text-properties element also sets the Asian size, weight and style; its font is
    the report's Latin font, and its CJK font for Asian text (monospace fonts are kept)."""
    latin = families[0] if families else None
    cjk = families[1] if len(families) > 1 else None

    def rewrite(match: re.Match) -> str:
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        for latin_name, asian_name in _ASIAN_TWINS.items():
            if latin_name in attributes:
                attributes.setdefault(asian_name, attributes[latin_name])
        family = attributes.get("fo:font-family")
        if family and not any(word in family.lower() for word in _MONOSPACE):
            if latin:
                attributes["fo:font-family"] = _escape(latin)
            if cjk:
                attributes.setdefault("style:font-family-asian", _escape(cjk))
        text = " ".join(f'{name}="{value}"' for name, value in attributes.items())
        return f"<style:text-properties {text}{match.group(2)}>"

    return _TEXT_PROPERTIES.sub(rewrite, content)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
