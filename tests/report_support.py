"""What the report tests share (tests/report and tests/processing/test_report.py): the report's
sections in their order (the last two: appendices A and B), and a one-colour PNG to stand in
for a map or chart."""

from __future__ import annotations

SECTIONS = [
    "summary",
    "data",
    "maps",
    "districts",
    "types",
    "grades",
    "trend",
    "groundcheck",
    "warnings",
    "parameters",  # appendix A
    "provenance",  # appendix B
]
APPENDICES = ["parameters", "provenance"]


def png(path, colour: str = "#1a9641", size: tuple[int, int] = (40, 20)) -> str:
    """A PNG of `size` pixels filled with `colour` (Qt imported here: the Qt-free tests that
    import SECTIONS stay Qt-free)."""
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return str(path)
