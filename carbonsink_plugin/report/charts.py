"""Charts as PNG files, drawn with what the QGIS installation has.

matplotlib is used when it can be imported (Debian's and OSGeo4W's QGIS ship it); otherwise the
chart is painted with Qt (QPainter on a QImage), which every QGIS has and which works off the GUI
thread, so Processing algorithms can draw in their background task. Both backends draw the same
elements from the same numbers (axis range and ticks are computed here once).

Texts arrive translated from the caller; this module only draws.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Sequence

# Colours for up to 9 groups (vegetation types), colour-blind friendly (Okabe & Ito 2008 + grey).
PALETTE = (
    "#0072B2",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#F0E442",
    "#000000",
    "#999999",
)
REGRESSION_COLOUR = "#C0392B"
ONE_TO_ONE_COLOUR = "#555555"
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
)


@dataclass
class Scatter:
    """Measured (x) against model (y) with a 1:1 line and a least-squares line."""

    x: Sequence[float]
    y: Sequence[float]
    x_label: str
    y_label: str
    title: str = ""
    groups: Sequence[object] | None = None  # one key per point (e.g. stratum code)
    group_labels: dict = field(default_factory=dict)  # key → legend text
    slope: float = float("nan")
    intercept: float = float("nan")
    notes: Sequence[str] = ()  # lines of the statistics box (n, r², RMSE …)
    one_to_one_label: str = "1:1"
    regression_label: str = "y = a + b·x"
    width: int = 900  # pixels
    height: int = 800

    def limits(self) -> tuple[float, float]:
        """One range for both axes (so the 1:1 line is the diagonal), padded by 5 %."""
        values = [float(v) for v in list(self.x) + list(self.y) if math.isfinite(float(v))]
        if not values:
            return 0.0, 1.0
        low, high = min(values), max(values)
        pad = (high - low) * 0.05 if high > low else (abs(high) * 0.1 or 1.0)
        low, high = low - pad, high + pad
        if min(values) >= 0 and low < 0:
            low = 0.0
        return low, high

    def series(self) -> list[tuple[object, list[float], list[float]]]:
        """(group key, xs, ys) per group, in first-appearance order; one series without groups."""
        if not self.groups:
            return [(None, list(self.x), list(self.y))]
        order: list = []
        points: dict = {}
        for key, xv, yv in zip(self.groups, self.x, self.y):
            if key not in points:
                order.append(key)
                points[key] = ([], [])
            points[key][0].append(xv)
            points[key][1].append(yv)
        return [(key, points[key][0], points[key][1]) for key in order]


def nice_ticks(low: float, high: float, target: int = 6) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 × 10ᵏ steps) covering [low, high]."""
    span = high - low
    if span <= 0 or not math.isfinite(span):
        return [low]
    raw = span / max(1, target)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def format_tick(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.3g}"


def matplotlib_available() -> bool:
    try:
        import matplotlib  # noqa: F401
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: F401
    except Exception:
        return False
    return True


def save_scatter(chart: Scatter, path: str, backend: str = "auto") -> str:
    """Draw the chart into a PNG at `path`; returns the backend used ('matplotlib' or 'qt')."""
    if backend == "auto":
        backend = "matplotlib" if matplotlib_available() else "qt"
    if backend == "matplotlib":
        with warnings.catch_warnings():  # a missing glyph (no CJK font) is not the user's error
            warnings.simplefilter("ignore", UserWarning)
            _scatter_matplotlib(chart, path)
    elif backend == "qt":
        _scatter_qt(chart, path)
    else:
        raise ValueError(f"unknown chart backend {backend!r}")
    return backend


# --------------------------------------------------------------------------------------------
# matplotlib


def _font_families() -> list[str]:
    """CJK fonts that are installed (for Chinese labels) before matplotlib's default."""
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return [name for name in CJK_FONTS if name in installed] + ["DejaVu Sans"]


def _scatter_matplotlib(chart: Scatter, path: str) -> None:
    # The object API (no pyplot): no global figure state, safe on a worker thread.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    dpi = 100
    figure = Figure(figsize=(chart.width / dpi, chart.height / dpi), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    font = FontProperties(family=_font_families(), size=12)
    small = FontProperties(family=_font_families(), size=10)
    low, high = chart.limits()
    for index, (key, xs, ys) in enumerate(chart.series()):
        label = chart.group_labels.get(key, str(key)) if key is not None else None
        axes.scatter(
            xs,
            ys,
            s=36,
            color=PALETTE[index % len(PALETTE)],
            edgecolors="white",
            linewidths=0.6,
            label=label,
            zorder=3,
        )
    axes.plot(
        [low, high],
        [low, high],
        linestyle="--",
        color=ONE_TO_ONE_COLOUR,
        linewidth=1,
        label=chart.one_to_one_label,
    )
    if math.isfinite(chart.slope) and math.isfinite(chart.intercept):
        axes.plot(
            [low, high],
            [chart.intercept + chart.slope * low, chart.intercept + chart.slope * high],
            color=REGRESSION_COLOUR,
            linewidth=1.5,
            label=chart.regression_label,
        )
    ticks = nice_ticks(low, high)
    axes.set_xlim(low, high)
    axes.set_ylim(low, high)
    axes.set_xticks(ticks)
    axes.set_yticks(ticks)
    axes.set_aspect("equal")
    axes.grid(True, color="#E5E5E5", linewidth=0.8, zorder=0)
    axes.set_xlabel(chart.x_label, fontproperties=font)
    axes.set_ylabel(chart.y_label, fontproperties=font)
    if chart.title:
        axes.set_title(chart.title, fontproperties=FontProperties(family=_font_families(), size=14))
    if chart.notes:
        axes.text(
            0.03,
            0.97,
            "\n".join(chart.notes),
            transform=axes.transAxes,
            va="top",
            ha="left",
            fontproperties=small,
            bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": "#BBBBBB"},
            zorder=4,
        )
    axes.legend(loc="lower right", prop=small, framealpha=0.9)
    figure.tight_layout()
    figure.savefig(path, format="png", dpi=dpi, facecolor="white")


# --------------------------------------------------------------------------------------------
# Qt


def _scatter_qt(chart: Scatter, path: str) -> None:
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

    width, height = chart.width, chart.height
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        font = QFont()
        font.setPixelSize(16)
        small = QFont()
        small.setPixelSize(14)
        title_font = QFont()
        title_font.setPixelSize(19)
        title_font.setBold(True)
        metrics = QFontMetricsF(font)

        low, high = chart.limits()
        ticks = nice_ticks(low, high)
        tick_width = max(QFontMetricsF(small).horizontalAdvance(format_tick(t)) for t in ticks)
        top = 50.0 if chart.title else 20.0
        left = 30.0 + metrics.height() + tick_width
        bottom = 30.0 + metrics.height() + QFontMetricsF(small).height()
        side = min(width - left - 30.0, height - top - bottom)
        left += max(0.0, (width - left - 30.0 - side) / 2.0)  # centre the square plot
        plot = QRectF(left, top, side, side)

        def px(value):
            return plot.left() + (value - low) / (high - low) * plot.width()

        def py(value):
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        # grid, ticks and tick labels
        painter.setFont(small)
        for tick in ticks:
            painter.setPen(QPen(QColor("#E5E5E5"), 1))
            painter.drawLine(QPointF(px(tick), plot.top()), QPointF(px(tick), plot.bottom()))
            painter.drawLine(QPointF(plot.left(), py(tick)), QPointF(plot.right(), py(tick)))
            painter.setPen(QPen(QColor("#333333"), 1))
            label = format_tick(tick)
            painter.drawLine(QPointF(px(tick), plot.bottom()), QPointF(px(tick), plot.bottom() + 5))
            painter.drawLine(QPointF(plot.left() - 5, py(tick)), QPointF(plot.left(), py(tick)))
            painter.drawText(
                QRectF(px(tick) - 50, plot.bottom() + 7, 100, 20),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )
            painter.drawText(
                QRectF(plot.left() - 8 - tick_width, py(tick) - 10, tick_width, 20),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

        painter.save()
        painter.setClipRect(plot)
        # 1:1 line
        pen = QPen(QColor(ONE_TO_ONE_COLOUR), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(px(low), py(low)), QPointF(px(high), py(high)))
        # regression line
        has_line = math.isfinite(chart.slope) and math.isfinite(chart.intercept)
        if has_line:
            painter.setPen(QPen(QColor(REGRESSION_COLOUR), 2))
            painter.drawLine(
                QPointF(px(low), py(chart.intercept + chart.slope * low)),
                QPointF(px(high), py(chart.intercept + chart.slope * high)),
            )
        # points
        series = chart.series()
        for index, (_key, xs, ys) in enumerate(series):
            colour = QColor(PALETTE[index % len(PALETTE)])
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QBrush(colour))
            for xv, yv in zip(xs, ys):
                painter.drawEllipse(QPointF(px(xv), py(yv)), 5.0, 5.0)
        painter.restore()

        # frame
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)

        # axis labels and title
        painter.setFont(font)
        painter.drawText(
            QRectF(plot.left(), height - 10 - metrics.height(), plot.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            chart.x_label,
        )
        painter.save()
        painter.translate(plot.left() - tick_width - 22.0 - metrics.height(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            chart.y_label,
        )
        painter.restore()
        if chart.title:
            painter.setFont(title_font)
            painter.drawText(
                QRectF(0, 8, width, 36),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                chart.title,
            )

        # statistics box (top left) and legend (bottom right)
        painter.setFont(small)
        line_height = QFontMetricsF(small).height() + 2
        if chart.notes:
            box_width = max(QFontMetricsF(small).horizontalAdvance(n) for n in chart.notes) + 16
            box = QRectF(plot.left() + 10, plot.top() + 10, box_width, 10 + line_height * len(
                chart.notes))  # fmt: skip
            painter.setPen(QPen(QColor("#BBBBBB"), 1))
            painter.setBrush(QBrush(QColor(255, 255, 255, 230)))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QPen(QColor("#222222"), 1))
            for i, note in enumerate(chart.notes):
                painter.drawText(QPointF(box.left() + 8, box.top() + 5 + line_height * (i + 0.8)),
                                 note)  # fmt: skip
        entries = []
        for index, (key, _xs, _ys) in enumerate(series):
            if key is not None:
                entries.append(("point", PALETTE[index % len(PALETTE)], chart.group_labels.get(
                    key, str(key))))  # fmt: skip
        entries.append(("dash", ONE_TO_ONE_COLOUR, chart.one_to_one_label))
        if has_line:
            entries.append(("line", REGRESSION_COLOUR, chart.regression_label))
        legend_width = max(QFontMetricsF(small).horizontalAdvance(e[2]) for e in entries) + 50
        legend = QRectF(
            plot.right() - legend_width - 10,
            plot.bottom() - 10 - 8 - line_height * len(entries),
            legend_width,
            8 + line_height * len(entries),
        )
        painter.setPen(QPen(QColor("#BBBBBB"), 1))
        painter.setBrush(QBrush(QColor(255, 255, 255, 230)))
        painter.drawRoundedRect(legend, 4, 4)
        for i, (kind, colour, text) in enumerate(entries):
            y = legend.top() + 4 + line_height * (i + 0.5)
            x = legend.left() + 8
            if kind == "point":
                painter.setPen(QPen(QColor("white"), 1))
                painter.setBrush(QBrush(QColor(colour)))
                painter.drawEllipse(QPointF(x + 12, y), 5.0, 5.0)
            else:
                pen = QPen(QColor(colour), 2 if kind == "line" else 1.5)
                if kind == "dash":
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
            painter.setPen(QPen(QColor("#222222"), 1))
            painter.drawText(
                QRectF(x + 34, y - line_height / 2, legend_width - 40, line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise OSError(f"cannot write the chart '{path}'")
