"""Where the text of a PDF is on its pages, as a reader sees it: poppler's `pdftotext
-bbox-layout` (Debian: poppler-utils, installed by scripts/deps.sh) gives every word with its
box in points from the page's top left corner."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from html import unescape


@dataclass
class Word:
    page: int  # 1-based
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    page_width: float
    page_height: float

    @property
    def on_page(self) -> bool:
        inside_x = self.x0 >= 0.0 and self.x1 <= self.page_width
        return inside_x and self.y0 >= 0.0 and self.y1 <= self.page_height


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>',
    re.S,
)


def normal(text: str) -> str:
    """Text as pdftotext gives it back: ligatures (ﬁ) and superscripts (²) folded (NFKC)."""
    return unicodedata.normalize("NFKC", text)


def words(path) -> list[Word]:
    """Every word of the PDF, page by page, in reading order."""
    # A test that needs the layout fails without pdftotext rather than skip: `make deps` installs
    # it (poppler-utils), as for the other report tests.
    assert shutil.which("pdftotext"), "pdftotext missing: run `make deps` (poppler-utils)"
    output = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    found = []
    for number, (width, height, body) in enumerate(_PAGE.findall(output), start=1):
        for x0, y0, x1, y1, text in _WORD.findall(body):
            box = (float(x0), float(y0), float(x1), float(y1))
            found.append(Word(number, normal(unescape(text)), *box, float(width), float(height)))
    return found


def page_of(found: list[Word], text: str) -> int | None:
    """The first page whose words, joined, contain the text (words may be split or joined
    differently from the text: spaces are ignored)."""
    target = re.sub(r"\s+", "", normal(text))
    pages: dict[int, str] = {}
    for word in found:
        pages[word.page] = pages.get(word.page, "") + word.text
    return next((page for page, joined in sorted(pages.items()) if target in joined), None)


def heading_page(found: list[Word], number: str, title: str) -> int | None:
    """The page of a section heading: its number as words of their own ("3", "Appendix A",
    "附录A"), then the title (so "图6　碳汇强度等级", a caption, is not heading 6)."""
    label = number.split()
    target = re.sub(r"\s+", "", normal(title))
    for index in range(len(found)):
        head = found[index : index + len(label)]
        if [w.text for w in head] != label:
            continue
        joined = ""
        for word in found[index + len(label) :]:
            joined += word.text
            if not target.startswith(joined):
                break
            if joined == target:
                return head[0].page
    return None
