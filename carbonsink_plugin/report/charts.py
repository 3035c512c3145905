"""Charts as PNG files (ground-check scatter, horizontal bars for districts and grades), drawn
with what the QGIS installation has.

matplotlib is used when it can be imported (Debian's and OSGeo4W's QGIS ship it); otherwise the
chart is painted with Qt (QPainter on a QImage), which every QGIS has and which works off the GUI
thread, so Processing algorithms can draw in their background task. Both backends draw the same
elements from the same numbers (axis range and ticks are computed here once).

Texts arrive translated from the caller; this module only draws.
"""

from __future__ import annotations

import contextlib
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
    "Noto Sans CJK JP",  # matplotlib names a .ttc by its first face; the glyphs are the same
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


@dataclass
class Bars:
    """Horizontal bars, one per label, top to bottom in the given order (e.g. ranked)."""

    labels: Sequence[str]
    values: Sequence[float]
    x_label: str = ""
    title: str = ""
    colours: Sequence[str] | None = None  # one per bar; default: by the sign of the value
    decimals: int = 0  # of the value written at the end of each bar
    width: int = 1000  # pixels
    height: int = 0  # 0: from the number of bars

    def bar_colours(self) -> list[str]:
        if self.colours:
            return list(self.colours)
        return [POSITIVE_COLOUR if v >= 0 else NEGATIVE_COLOUR for v in self.finite_values()]

    def finite_values(self) -> list[float]:
        return [float(v) if math.isfinite(float(v)) else 0.0 for v in self.values]

    def pixel_height(self) -> int:
        return self.height or int(120 + 44 * max(1, len(self.labels)))

    def limits(self) -> tuple[float, float]:
        """The value axis: always includes 0, padded by 12 % for the value labels."""
        values = self.finite_values() or [0.0]
        low, high = min(0.0, min(values)), max(0.0, max(values))
        span = (high - low) or 1.0
        return (low - 0.12 * span if low < 0 else 0.0), (high + 0.12 * span if high > 0 else 0.0)

    def value_text(self, value: float) -> str:
        return f"{value:,.{self.decimals}f}"


POSITIVE_COLOUR = "#1a9641"  # the carbon sink green of styles/sink_class.qml
NEGATIVE_COLOUR = "#e6550d"  # the carbon source orange


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


def bar_tick(value: float) -> str:
    """Tick labels of the bar charts: 1,250,000 (not 1.25e+06), 0.25."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


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
    return _save(chart, path, backend, _scatter_matplotlib, _scatter_qt)


def save_bars(chart: Bars, path: str, backend: str = "auto") -> str:
    """Draw the bar chart into a PNG at `path`; returns the backend used."""
    return _save(chart, path, backend, _bars_matplotlib, _bars_qt)


def _save(chart, path: str, backend: str, draw_matplotlib, draw_qt) -> str:
    """matplotlib when it is installed (or asked for), else Qt."""
    if backend == "auto":
        backend = "matplotlib" if matplotlib_available() else "qt"
    if backend == "matplotlib":
        with warnings.catch_warnings():  # a missing glyph (no CJK font) is not the user's error
            warnings.simplefilter("ignore", UserWarning)
            draw_matplotlib(chart, path)
    elif backend == "qt":
        draw_qt(chart, path)
    else:
        raise ValueError(f"unknown chart backend {backend!r}")
    return backend


# --------------------------------------------------------------------------------------------
# matplotlib


def _font_families() -> list[str]:
    """CJK fonts that are installed (for Chinese labels) before matplotlib's default.

    matplotlib's font list is a cache made when it was first used: a CJK font installed
    later (e.g. fonts-noto-cjk after matplotlib) is missing from it until the cache is
    rebuilt, so the system's CJK font files are added to it here when none is known."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    installed = {entry.name for entry in manager.ttflist}
    if not any(name in installed for name in CJK_FONTS):
        for path in font_manager.findSystemFonts():
            if "cjk" in path.lower() or "wqy" in path.lower():
                try:
                    manager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        installed = {entry.name for entry in manager.ttflist}
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


def _bars_matplotlib(chart: Bars, path: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    dpi = 100
    figure = Figure(figsize=(chart.width / dpi, chart.pixel_height() / dpi), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    families = _font_families()
    font = FontProperties(family=families, size=12)
    small = FontProperties(family=families, size=11)
    values = chart.finite_values()
    positions = list(range(len(values)))
    axes.barh(positions, values, color=chart.bar_colours(), height=0.65, zorder=3)
    axes.set_yticks(positions)
    axes.set_yticklabels(list(chart.labels), fontproperties=font)
    axes.invert_yaxis()  # the first bar on top
    low, high = chart.limits()
    axes.set_xlim(low, high)
    ticks = [t for t in nice_ticks(low, high) if low <= t <= high]
    axes.set_xticks(ticks)
    axes.set_xticklabels([bar_tick(t) for t in ticks], fontproperties=small)
    axes.axvline(0, color="#333333", linewidth=1, zorder=4)
    axes.grid(True, axis="x", color="#E5E5E5", linewidth=0.8, zorder=0)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    span = high - low
    for position, value in zip(positions, values):
        offset = span * 0.01 * (1 if value >= 0 else -1)
        axes.text(
            value + offset,
            position,
            chart.value_text(value),
            va="center",
            ha="left" if value >= 0 else "right",
            fontproperties=small,
            zorder=5,
        )
    if chart.x_label:
        axes.set_xlabel(chart.x_label, fontproperties=font)
    if chart.title:
        axes.set_title(chart.title, fontproperties=FontProperties(family=families, size=14))
    figure.tight_layout()
    figure.savefig(path, format="png", dpi=dpi, facecolor="white")


# --------------------------------------------------------------------------------------------
# Qt


@contextlib.contextmanager
def _qt_canvas(width: int, height: int, path: str):
    """(painter, (font, small, title_font)) on a white image saved as PNG at the end."""
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        fonts = []
        for size, bold in ((16, False), (14, False), (19, True)):
            font = QFont()
            font.setPixelSize(size)
            font.setBold(bold)
            fonts.append(font)
        yield painter, fonts
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise OSError(f"cannot write the chart '{path}'")


def _scatter_qt(chart: Scatter, path: str) -> None:
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QBrush, QColor, QFontMetricsF, QPen

    width, height = chart.width, chart.height
    with _qt_canvas(width, height, path) as (painter, (font, small, title_font)):
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
        _qt_captions(painter, chart, plot, height, font, title_font)
        painter.setFont(font)
        painter.save()
        painter.translate(plot.left() - tick_width - 22.0 - metrics.height(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            chart.y_label,
        )
        painter.restore()

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


def _bars_qt(chart: Bars, path: str) -> None:
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QBrush, QColor, QFontMetricsF, QPen

    width, height = chart.width, chart.pixel_height()
    with _qt_canvas(width, height, path) as (painter, (font, small, title_font)):
        metrics = QFontMetricsF(font)
        values = chart.finite_values()
        labels = [str(label) for label in chart.labels]
        label_width = max([metrics.horizontalAdvance(t) for t in labels] or [0.0])
        top = 50.0 if chart.title else 20.0
        bottom = 30.0 + 2 * metrics.height() + (10 if chart.x_label else 0)
        plot = QRectF(label_width + 30.0, top, width - label_width - 60.0, height - top - bottom)
        low, high = chart.limits()

        def px(value):
            return plot.left() + (value - low) / (high - low) * plot.width()

        ticks = [t for t in nice_ticks(low, high) if low <= t <= high]
        painter.setFont(small)
        for tick in ticks:
            painter.setPen(QPen(QColor("#E5E5E5"), 1))
            painter.drawLine(QPointF(px(tick), plot.top()), QPointF(px(tick), plot.bottom()))
            painter.setPen(QPen(QColor("#333333"), 1))
            painter.drawText(
                QRectF(px(tick) - 60, plot.bottom() + 6, 120, 20),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                bar_tick(tick),
            )
        step = plot.height() / max(1, len(values))
        colours = chart.bar_colours()
        for i, (label, value) in enumerate(zip(labels, values)):
            centre = plot.top() + step * (i + 0.5)
            bar = QRectF(
                QPointF(px(min(0.0, value)), centre - step * 0.325),
                QPointF(px(max(0.0, value)), centre + step * 0.325),
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(colours[i % len(colours)])))
            painter.drawRect(bar)
            painter.setPen(QPen(QColor("#222222"), 1))
            painter.setFont(font)
            painter.drawText(
                QRectF(10, centre - step / 2, label_width + 10, step),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.setFont(small)
            text = chart.value_text(value)
            if value >= 0:
                box = QRectF(bar.right() + 5, centre - step / 2, 200, step)
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box = QRectF(bar.left() - 205, centre - step / 2, 200, step)
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), text)
        painter.setPen(QPen(QColor("#333333"), 1.5))
        painter.drawLine(QPointF(px(0.0), plot.top()), QPointF(px(0.0), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        _qt_captions(painter, chart, plot, height, font, title_font)


def _qt_captions(painter, chart, plot, height: int, font, title_font) -> None:
    """The x-axis label under the plot and the title above it, centred."""
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QFontMetricsF

    centred = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    line = QFontMetricsF(font).height()
    painter.setFont(font)
    if chart.x_label:
        box = QRectF(plot.left(), height - 10 - line, plot.width(), line)
        painter.drawText(box, centred, chart.x_label)
    if chart.title:
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 8, chart.width, 36), centred, chart.title)
