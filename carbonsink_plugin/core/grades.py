"""Sink-intensity grades (SPEC §6): a break table, area-weighted quantiles or natural breaks.

Class rule: a value v is in class k when lower_k ≤ v < upper_k; the last class also takes its
upper bound (so the maximum is classed when the bounds come from the data). Values outside a
finite outer bound, and nodata, are 255 (nodata) in the grade raster.

Quantiles and natural breaks never hold the raster in memory: one pass finds the exact minimum
and maximum, a second builds an area-weighted histogram of all valid pixels (HISTOGRAM_BINS bins);
quantile breaks are read from its cumulative area (linear within a bin, so exact to
(max − min)/HISTOGRAM_BINS), natural breaks are Fisher's exact optimisation (the "Jenks" method)
of that histogram merged to JENKS_BINS bins (exact to (max − min)/JENKS_BINS).

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from osgeo import gdal

from . import parameters
from .errors import QT_TRANSLATE_NOOP, InputError, Message
from .raster import NODATA_BYTE, Block, gdal_call
from .zones import G_TO_T, bincount, cell_areas, zone_ids

HISTOGRAM_BINS = 65536
JENKS_BINS = 1024
MAX_CLASSES = 254  # codes 1…254 in a UInt8 raster, 255 = nodata
BREAK_TABLE_COLUMNS = ("lower", "upper", "label")


@dataclass(frozen=True)
class Grade:
    code: int
    lower: float  # -inf = unbounded
    upper: float  # +inf = unbounded
    label: str


def default_grades() -> list[Grade]:
    """The default break table of SPEC §6 (gC·m⁻²·a⁻¹), English labels."""
    return [
        Grade(i + 1, lower, upper, name_en)
        for i, (lower, upper, name_en, _zh) in enumerate(parameters.GRADE_BREAKS)
    ]


def default_break_matrix() -> list:
    """GRADE_BREAKS as a flat (lower, upper, label) matrix; empty = unbounded."""
    values = []
    for lower, upper, name_en, _zh in parameters.GRADE_BREAKS:
        values += [_bound_text(lower), _bound_text(upper), name_en]
    return values


def _bound_text(value: float) -> str:
    return "" if math.isinf(value) else f"{value:g}"


def _parse_bound(text, unbounded: float, where: Message, name: str) -> float:
    text = "" if text is None else str(text).strip().replace(",", ".").replace("−", "-")
    if text.lower() in ("", "-inf", "inf", "+inf", "none", "null"):
        return unbounded
    try:
        return float(text)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: {where} is '{text}', not a number."),
            name=name,
            where=where,
            text=text,
        )


def grades_from_matrix(values: Sequence, name: str = "BREAKS") -> list[Grade]:
    """Parse and check a flat (lower, upper, label) table.

    The first lower and the last upper may be empty (unbounded); classes must be in ascending
    order and contiguous (each upper equals the next lower), so every value has one class.
    """
    width = len(BREAK_TABLE_COLUMNS)
    if not values:
        raise InputError(QT_TRANSLATE_NOOP("Core", "{name}: the break table is empty."), name=name)
    if len(values) % width:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the break table needs {width} columns "
                "({columns}); got {count} values."),
            name=name,
            width=width,
            columns=", ".join(BREAK_TABLE_COLUMNS),
            count=len(values),
        )  # fmt: skip
    rows = [values[i : i + width] for i in range(0, len(values), width)]
    if len(rows) > MAX_CLASSES:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: {count} classes; at most {most} are possible."),
            name=name,
            count=len(rows),
            most=MAX_CLASSES,
        )
    grades = []
    for i, (lower_text, upper_text, label) in enumerate(rows):
        first, last = i == 0, i == len(rows) - 1
        lower_of = QT_TRANSLATE_NOOP("Core", "the lower bound of row {row}")
        upper_of = QT_TRANSLATE_NOOP("Core", "the upper bound of row {row}")
        lower = _parse_bound(lower_text, -math.inf, Message(lower_of, row=i + 1), name)
        upper = _parse_bound(upper_text, math.inf, Message(upper_of, row=i + 1), name)
        if (math.isinf(lower) and not first) or (math.isinf(upper) and not last):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row} has an empty bound; only the "
                    "first lower and the last upper bound may be empty (unbounded)."),
                name=name,
                row=i + 1,
            )  # fmt: skip
        if not lower < upper:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row} needs lower < upper; got {lower}, "
                    "{upper}."),
                name=name,
                row=i + 1,
                lower=lower,
                upper=upper,
            )  # fmt: skip
        if grades and grades[-1].upper != lower:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: classes must follow each other without gap "
                    "or overlap: row {row} ends at {end:g} but row {next_row} starts at "
                    "{start:g}."),
                name=name,
                row=i,
                end=grades[-1].upper,
                next_row=i + 1,
                start=lower,
            )  # fmt: skip
        label = str(label).strip() if label is not None else ""
        default = Message(QT_TRANSLATE_NOOP("Core", "Class {number}"), number=i + 1)
        grades.append(Grade(i + 1, lower, upper, label or default))
    return grades


def grades_from_breaks(breaks: Sequence[float], vmin: float, vmax: float) -> list[Grade]:
    """Classes between vmin, the inner breaks and vmax (labels 'Class k')."""
    edges = [vmin, *breaks, vmax]
    return [
        Grade(i + 1, float(edges[i]), float(edges[i + 1]), f"Class {i + 1}")
        for i in range(len(edges) - 1)
    ]


def classify(values: np.ndarray, grades: Sequence[Grade]) -> np.ndarray:
    """Grade codes (uint8) of values; NaN and values outside the outer bounds → 255."""
    inner = np.array([g.upper for g in grades[:-1]], dtype=np.float64)
    codes = np.searchsorted(inner, values, side="right") + 1
    with np.errstate(invalid="ignore"):  # the last class includes its upper bound
        outside = ~np.isfinite(values) | (values < grades[0].lower) | (values > grades[-1].upper)
    codes = np.where(outside, NODATA_BYTE, codes)
    return codes.astype(np.uint8)


# --------------------------------------------------------------------------------------------
# Area-weighted histogram, quantiles and natural breaks


class ValueRange:
    """Exact minimum and maximum of the valid values (an engine reduction)."""

    def __init__(self, name: str = "NEP"):
        self.name = name
        self.low = math.inf
        self.high = -math.inf

    def compute(self, block: Block) -> dict:
        values = block[self.name]
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return {}
        return {"low": float(finite.min()), "high": float(finite.max())}

    def on_block(self, block: Block, result: dict) -> None:
        if result:
            self.low = min(self.low, result["low"])
            self.high = max(self.high, result["high"])


class Histogram:
    """Area (m²) of the valid values in HISTOGRAM_BINS equal bins between low and high."""

    def __init__(self, low: float, high: float, name: str = "NEP", bins: int = HISTOGRAM_BINS):
        self.name = name
        self.low = low
        self.high = high if high > low else low + 1.0
        self.bins = bins
        self.area = np.zeros(bins)

    def bin_of(self, values: np.ndarray) -> np.ndarray:
        scaled = (values.astype(np.float64) - self.low) / (self.high - self.low) * self.bins
        return np.clip(scaled.astype(np.int64), 0, self.bins - 1)

    def compute(self, block: Block) -> dict:
        values = block[self.name][0].ravel()
        area = cell_areas(block)
        finite = np.isfinite(values)
        return {"area": bincount(self.bin_of(values[finite]), area[finite], self.bins)}

    def on_block(self, block: Block, result: dict) -> None:
        self.area += result["area"]

    @property
    def edges(self) -> np.ndarray:
        return np.linspace(self.low, self.high, self.bins + 1)

    def quantile_breaks(self, classes: int) -> list[float]:
        """Inner breaks that split the valid area into `classes` equal parts."""
        cumulative = np.cumsum(self.area)
        total = cumulative[-1]
        edges = self.edges
        breaks = []
        for k in range(1, classes):
            target = total * k / classes
            i = int(np.searchsorted(cumulative, target, side="left"))
            before = cumulative[i - 1] if i > 0 else 0.0
            fraction = (target - before) / self.area[i] if self.area[i] > 0 else 0.0
            breaks.append(float(edges[i] + fraction * (edges[i + 1] - edges[i])))
        return breaks

    def jenks_breaks(self, classes: int, points: int = JENKS_BINS) -> list[float]:
        """Inner natural breaks of the histogram merged into `points` bins."""
        group = max(1, self.bins // points)
        merged = self.area[: self.bins // group * group].reshape(-1, group)
        centres = 0.5 * (self.edges[:-1] + self.edges[1:])[: merged.size].reshape(-1, group)
        weights = merged.sum(axis=1)
        present = np.flatnonzero(weights > 0)
        means = (merged * centres).sum(axis=1)[present] / weights[present]
        starts = jenks_partition(means, weights[present], classes)
        edges = self.edges
        # a break between two groups: the upper edge of the last merged bin of the lower group
        return [float(edges[(present[s - 1] + 1) * group]) for s in starts[1:]]


def jenks_partition(values: np.ndarray, weights: np.ndarray | None, classes: int) -> list[int]:
    """Fisher's exact optimal partition of sorted values into contiguous classes.

    Minimises the weighted sum of squared deviations from the class means (Fisher 1958;
    Jenks 1977). Returns the start index of every class (the first is 0). Fewer classes come
    back when there are fewer distinct values.
    """
    x = np.asarray(values, dtype=np.float64)
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=np.float64)
    m = x.size
    classes = max(1, min(classes, m))
    if classes == 1:
        return [0]
    centre = np.average(x, weights=w)
    xc = x - centre  # centred: less cancellation in S2 − S1²/W
    W = np.concatenate([[0.0], np.cumsum(w)])
    S1 = np.concatenate([[0.0], np.cumsum(w * xc)])
    S2 = np.concatenate([[0.0], np.cumsum(w * xc * xc)])
    a = np.arange(m + 1)[:, None]  # class starts at a …
    b = np.arange(m + 1)[None, :]  # … and ends before b
    with np.errstate(invalid="ignore", divide="ignore"):
        cost = (S2[b] - S2[a]) - (S1[b] - S1[a]) ** 2 / (W[b] - W[a])
    cost = np.where(a < b, np.maximum(cost, 0.0), np.inf)
    best = cost[0].copy()  # best[b]: one class over values 0…b−1
    choice = []
    for _ in range(2, classes + 1):
        total = best[:, None] + cost  # previous classes end at a, the new one spans a…b−1
        arg = np.argmin(total, axis=0)
        best = total[arg, np.arange(m + 1)]
        choice.append(arg)
    starts = []
    end = m
    for arg in reversed(choice):
        end = int(arg[end])
        starts.append(end)
    return [0, *reversed(starts)]


def jenks_breaks(values: Sequence[float], classes: int) -> list[float]:
    """[minimum, upper bound of class 1, …, maximum] of unweighted values (jenkspy's form)."""
    x = np.sort(np.asarray(values, dtype=np.float64))
    starts = jenks_partition(x, None, classes)
    return [float(x[0]), *(float(x[s - 1]) for s in starts[1:]), float(x[-1])]


# --------------------------------------------------------------------------------------------
# The classification pass


class GradeStatistics:
    """Classifies NEP into grades (the engine's OUTPUT) and sums area and NEP per grade and
    per zone × grade. Sources: "NEP", optional "ZONES" (core.zones raster)."""

    def __init__(self, grades: Sequence[Grade], zone_count: int = 0):
        self.grades = list(grades)
        self.codes = len(self.grades) + 1  # index 0 = not classified (nodata or out of range)
        self.zone_count = zone_count
        self.area = np.zeros(self.codes)
        self.nep = np.zeros(self.codes)
        self.zone_area = np.zeros((zone_count + 1, self.codes))
        self.zone_nep = np.zeros((zone_count + 1, self.codes))
        self.outside_bounds = 0.0  # m² with a value outside finite outer bounds

    def compute(self, block: Block) -> dict:
        values = block["NEP"][0]
        codes = classify(values, self.grades)
        flat = codes.ravel().astype(np.int64)
        index = np.where(flat == NODATA_BYTE, 0, flat)
        area = cell_areas(block)
        nep = values.ravel().astype(np.float64)
        finite = np.isfinite(nep)
        mass = np.where(finite, nep, 0.0) * area
        result = {
            "OUTPUT": codes,
            "area": bincount(index, area, self.codes),
            "nep": bincount(index, mass, self.codes),
            "outside": float(area[finite & (index == 0)].sum()),
        }
        if self.zone_count:
            pair = zone_ids(block) * self.codes + index
            length = (self.zone_count + 1) * self.codes
            result["zone_area"] = bincount(pair, area, length).reshape(-1, self.codes)
            result["zone_nep"] = bincount(pair, mass, length).reshape(-1, self.codes)
        return result

    def on_block(self, block: Block, result: dict) -> None:
        self.area += result["area"]
        self.nep += result["nep"]
        self.outside_bounds += result["outside"]
        if self.zone_count:
            self.zone_area += result["zone_area"]
            self.zone_nep += result["zone_nep"]

    @property
    def classified_m2(self) -> float:
        return float(self.area[1:].sum())

    def grade_rows(self, labels: Sequence[str] | None = None) -> list[list[object]]:
        """Rows of GRADE_TABLE_FIELDS."""
        total = self.classified_m2
        rows = []
        for grade in self.grades:
            k = grade.code
            rows.append(
                [
                    k,
                    labels[k - 1] if labels else grade.label,
                    _finite_or_nan(grade.lower),
                    _finite_or_nan(grade.upper),
                    self.area[k] / 1e6,
                    self.area[k] / total * 100.0 if total > 0 else np.nan,
                    self.nep[k] * G_TO_T,
                    self.nep[k] * G_TO_T * parameters.CO2_PER_C,
                ]
            )
        return rows

    def zone_rows(
        self, names: Sequence[str], labels: Sequence[str] | None = None
    ) -> list[list[object]]:
        """Rows of ZONE_GRADE_TABLE_FIELDS: every zone × every grade."""
        rows = []
        for zone_id, name in enumerate(names, start=1):
            zone_total = self.zone_area[zone_id, 1:].sum()
            for grade in self.grades:
                k = grade.code
                area = self.zone_area[zone_id, k]
                rows.append(
                    [
                        zone_id,
                        name,
                        k,
                        labels[k - 1] if labels else grade.label,
                        area / 1e6,
                        area / zone_total * 100.0 if zone_total > 0 else np.nan,
                        self.zone_nep[zone_id, k] * G_TO_T,
                    ]
                )
        return rows


def _finite_or_nan(value: float) -> float:
    return value if math.isfinite(value) else math.nan


GRADE_TABLE_FIELDS = (
    ("grade", "int"),  # class code in the grade raster
    ("label", "string"),
    ("lower", "double"),  # gC·m⁻²·a⁻¹, NULL = unbounded
    ("upper", "double"),
    ("area_km2", "double"),
    ("area_pct", "double"),  # share of the classified area
    ("nep_tc", "double"),  # Σ NEP of the grade, tC·a⁻¹
    ("nep_tco2", "double"),
)

ZONE_GRADE_TABLE_FIELDS = (
    ("zone_id", "int"),
    ("zone", "string"),
    ("grade", "int"),
    ("label", "string"),
    ("area_km2", "double"),
    ("area_pct", "double"),  # share of the zone's classified area
    ("nep_tc", "double"),
)


def grade_colours(grades: Sequence[Grade]) -> list[tuple[int, int, int]]:
    """Legend colours: classes entirely below 0 (carbon sources) in reds, the others in
    greens from light to dark. The default table gets the colours of styles/grade.qml."""
    sources = [g for g in grades if g.upper <= 0]
    sinks = [g for g in grades if g.upper > 0]
    reds = _ramp((215, 48, 39), (252, 174, 145), len(sources))
    greens = _ramp((217, 240, 163), (0, 104, 55), len(sinks))
    return reds + greens


def write_colour_table(path: str, colours: Sequence[tuple[int, int, int]]) -> None:
    """Give a finished grade raster its colour table (code k → colours[k − 1]; 255 clear),
    so any GIS shows the grades in their colours."""
    dataset, reason = gdal_call(gdal.Open, path, gdal.GA_Update)
    if dataset is None:  # the file was just written by this run
        raise RuntimeError(f"cannot reopen {path}: {reason}")
    table = gdal.ColorTable()
    for code, rgb in enumerate(colours, start=1):
        table.SetColorEntry(code, (*rgb, 255))
    table.SetColorEntry(NODATA_BYTE, (0, 0, 0, 0))
    dataset.GetRasterBand(1).SetRasterColorTable(table)
    dataset = None


def _ramp(start, end, count) -> list[tuple[int, int, int]]:
    if count <= 0:
        return []
    if count == 1:
        return [tuple(start)]
    return [
        tuple(int(round(s + (e - s) * i / (count - 1))) for s, e in zip(start, end))
        for i in range(count)
    ]
