"""Read an HTML report as a user's browser would see its structure: every tag with its
attributes, the text, and the cells of each table (by table id)."""

from __future__ import annotations

from html.parser import HTMLParser


class Parsed(HTMLParser):
    """tags: [(tag, attrs)]; text: [str]; tables: {id: [[(text, attrs), …] per row]};
    sections: {id: text of the section}."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.tables: dict[str, list[list[tuple[str, dict]]]] = {}
        self.sections: dict[str, str] = {}
        self._table = None
        self._cell = None
        self._section = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "table":
            self._table = self.tables.setdefault(attrs.get("id", ""), [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = ["", attrs]
        elif tag == "section":
            self._section = attrs.get("id", "")
            self.sections[self._section] = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._table[-1].append(tuple(self._cell))
            self._cell = None
        elif tag == "table":
            self._table = None
        elif tag == "section":
            self._section = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell[0] += data
        if self._section is not None:
            self.sections[self._section] += data

    def rows(self, table_id: str) -> list[dict]:
        """Body rows of a table as {data-field of the column: (text, attrs)}."""
        rows = self.tables[table_id]
        header = [attrs.get("data-field", text) for text, attrs in rows[0]]
        return [dict(zip(header, row)) for row in rows[1:]]

    def images(self) -> list[dict]:
        return [attrs for tag, attrs in self.tags if tag == "img"]


def parse(text: str) -> Parsed:
    parsed = Parsed()
    parsed.feed(text)
    parsed.close()
    return parsed
