"""What an OpenDocument text holds, as a word processor reads it: the package entries (the
mimetype first and stored, as ODF requires), the headings with their outline level, the text of
every table cell, and the images with their size in the text and the picture file they show."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
MIMETYPE = b"application/vnd.oasis.opendocument.text"


@dataclass
class Image:
    href: str
    width_pt: float
    height_pt: float
    data: bytes


@dataclass
class Odt:
    names: list[str]
    mimetype_ok: bool
    headings: list[tuple[int, str]] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    manifest: dict[str, str] = field(default_factory=dict)
    # the text properties of each span of text in a heading, {"fo:font-size": "14pt", …}
    heading_properties: list[dict[str, str]] = field(default_factory=list)


def _text(element) -> str:
    """The text of an element as a reader sees it (spans joined, tabs and breaks as spaces)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in (f"{{{NS['text']}}}tab", f"{{{NS['text']}}}line-break"):
            parts.append(" ")
        elif child.tag == f"{{{NS['text']}}}s":
            parts.append(" " * int(child.get(f"{{{NS['text']}}}c", "1")))
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text_properties(content) -> dict[str, dict[str, str]]:
    """Style name → its text properties, with prefixed names ("style:font-size-asian")."""
    prefixes = {uri: prefix for prefix, uri in NS.items()}
    styles = {}
    for style in content.iter(f"{{{NS['style']}}}style"):
        element = style.find("style:text-properties", NS)
        if element is None:
            continue
        attributes = {}
        for name, value in element.attrib.items():
            uri, local = name[1:].split("}")
            attributes[f"{prefixes.get(uri, uri)}:{local}"] = value
        styles[style.get(f"{{{NS['style']}}}name")] = attributes
    return styles


def _points(length: str) -> float:
    for unit, factor in (("pt", 1.0), ("in", 72.0), ("cm", 72 / 2.54), ("mm", 72 / 25.4)):
        if length.endswith(unit):
            return float(length[: -len(unit)]) * factor
    raise ValueError(length)


def read(path) -> Odt:
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        first = infos[0]
        odt = Odt(
            names=[i.filename for i in infos],
            mimetype_ok=first.filename == "mimetype"
            and first.compress_type == zipfile.ZIP_STORED
            and archive.read(first) == MIMETYPE,
        )
        content = ElementTree.fromstring(archive.read("content.xml"))
        manifest = ElementTree.fromstring(archive.read("META-INF/manifest.xml"))
        for entry in manifest.iter(f"{{{NS['manifest']}}}file-entry"):
            full = entry.get(f"{{{NS['manifest']}}}full-path")
            odt.manifest[full] = entry.get(f"{{{NS['manifest']}}}media-type")
        body = content.find("office:body/office:text", NS)
        properties = _text_properties(content)
        for heading in body.iter(f"{{{NS['text']}}}h"):
            level = int(heading.get(f"{{{NS['text']}}}outline-level", "1"))
            odt.headings.append((level, _text(heading)))
            for span in heading.iter(f"{{{NS['text']}}}span"):
                if _text(span).strip():
                    name = span.get(f"{{{NS['text']}}}style-name")
                    odt.heading_properties.append(properties.get(name, {}))
        for paragraph in body.iter(f"{{{NS['text']}}}p"):
            odt.paragraphs.append(_text(paragraph))
        for cell in body.iter(f"{{{NS['table']}}}table-cell"):
            odt.cells.append(_text(cell).strip())
        for frame in body.iter(f"{{{NS['draw']}}}frame"):
            image = frame.find("draw:image", NS)
            if image is None:
                continue
            href = image.get(f"{{{NS['xlink']}}}href")
            odt.images.append(
                Image(
                    href,
                    _points(frame.get(f"{{{NS['svg']}}}width")),
                    _points(frame.get(f"{{{NS['svg']}}}height")),
                    archive.read(href) if href in odt.names else b"",
                )
            )
    return odt
