"""Ground check: model results against field plots, and the vegetation map against field types.

SPEC §5. The model value at a plot is the mean of the valid pixels in a window around the plot's
pixel (1×1 or 3×3) or of the pixels whose centres fall in the plot polygon. Plots that cannot be
compared are excluded with a reason code (never dropped silently):

    missing        no measured value
    not_numeric    the measured value is text that is not a number
    not_positive   measured ≤ 0: the relative error |model − measured| / measured is undefined
    outside        the plot lies outside the raster
    nodata         no valid model pixel in the window / polygon
    no_geometry    the plot has no geometry (found by the caller)

Metrics over the plots kept (Willmott 1982; any statistics text):
    n; Pearson r = Σ(m−m̄)(p−p̄) / √(Σ(m−m̄)² Σ(p−p̄)²); r²
    RMSE = √(Σ(p−m)²/n); MAE = Σ|p−m|/n; bias = Σ(p−m)/n
    MRE = Σ(|p−m|/m)/n; accuracy = 1 − MRE
with m the measured and p the model value. Land-cover agreement: error matrix (rows = map class,
columns = field class, Congalton 1991), overall accuracy = Σ diagonal / N and Cohen's (1960) kappa
= (p_o − p_e) / (1 − p_e), p_e = Σ row_i · column_i / N².

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import numpy as np
from osgeo import gdal, ogr

from .errors import QT_TRANSLATE_NOOP, InputError
from .parameters import NON_VEGETATED, NON_VEGETATED_NAME, VEGETATION_TYPES, type_names
from .raster import ROTATED, Grid, Source, Window, gdal_call

G_PER_M2_PER_T_PER_HA = 100.0  # 1 t·ha⁻¹ = 10⁶ g / 10⁴ m² = 100 g·m⁻²


# --------------------------------------------------------------------------------------------
# Measured values


def parse_measured(value) -> tuple[float | None, str | None]:
    """(number, None) or (None, reason) for a measured value as found in an attribute table.

    Numbers pass. Text is normalised (NFKC: full-width digits '１２３４．５' and the full-width
    comma '，' become ASCII; spaces, including thousands spaces, are removed) and read with
    either decimal separator: '1234,5' and '1234.5' are 1234.5. When both ',' and '.' occur, the
    last one is the decimal separator and the other groups thousands ('1,234.5', '1.234,5');
    several commas alone group thousands ('1,234,567'). NULL, empty text and NaN are missing.
    """
    if value is None:
        return None, "missing"
    if isinstance(value, bool):
        return None, "not_numeric"
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        return (None, "missing") if math.isnan(number) else (number, None)
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"\s+", "", text)
    if text == "" or text.upper() in ("NULL", "NAN", "NA", "N/A", "-", "—"):
        return None, "missing"
    text = text.replace("−", "-")  # Unicode minus sign
    if "," in text and "." in text:
        thousands = "," if text.rfind(".") > text.rfind(",") else "."
        text = text.replace(thousands, "")
        text = text.replace(",", ".")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    elif text.count(",") > 1:
        text = text.replace(",", "")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
        return None, "not_numeric"
    number = float(text)
    return (number, None) if math.isfinite(number) else (None, "not_numeric")


def biomass_to_carbon(biomass_t_ha: np.ndarray | float, carbon_fraction: float):
    """Dry-matter increment t·ha⁻¹·a⁻¹ → carbon gC·m⁻²·a⁻¹: value × CF × 100.

    carbon = dry matter × CF; 1 t·ha⁻¹ = 10⁶ g / 10⁴ m² = 100 g·m⁻².
    """
    if not 0 < carbon_fraction <= 1:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "CARBON_FRACTION: must be a fraction in (0, 1] (0.47 by "
                "default), got {value}."),
            value=carbon_fraction,
        )  # fmt: skip
    return np.asarray(biomass_t_ha, dtype=np.float64) * carbon_fraction * G_PER_M2_PER_T_PER_HA


# --------------------------------------------------------------------------------------------
# Model values at plots


def pixel_of(grid: Grid, x: float, y: float) -> tuple[int, int] | None:
    """(row, col) of the pixel containing (x, y) in the grid's CRS, or None outside."""
    gt = grid.geotransform
    col = math.floor((x - gt[0]) / gt[1])
    row = math.floor((y - gt[3]) / gt[5])
    if 0 <= row < grid.height and 0 <= col < grid.width:
        return row, col
    return None


def plot_windows(grid: Grid, points: Sequence[tuple[float, float]], size: int):
    """The size×size window around each point's pixel, cut at the raster edge; None for a
    point outside the raster (the window rule of window_means and core/calibrate.py)."""
    half = size // 2
    for x, y in points:
        cell = pixel_of(grid, x, y)
        if cell is None:
            yield None
            continue
        row, col = cell
        r0, c0 = max(0, row - half), max(0, col - half)
        r1, c1 = min(grid.height, row + half + 1), min(grid.width, col + half + 1)
        yield Window(c0, r0, c1 - c0, r1 - r0)


def window_means(
    source: Source, points: Sequence[tuple[float, float]], size: int
) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
    """Mean of the valid pixels in a size×size window around each point's pixel.

    Returns (means, pixel counts, reason codes). A window reaching past the raster edge uses
    the pixels inside; a point outside the raster gets 'outside', a window without any valid
    pixel 'nodata'. Reads one small window per plot (Source.read), never the whole raster.
    """
    check_window(size)
    grid = source.grid
    _check_north_up(grid, source.name)
    means = np.full(len(points), np.nan)
    counts = np.zeros(len(points), dtype=np.int64)
    reasons: list[str | None] = [None] * len(points)
    for i, window in enumerate(plot_windows(grid, points, size)):
        if window is None:
            reasons[i] = "outside"
            continue
        values = source.read(window, bands=[source.bands[0]])[0]
        valid = values[np.isfinite(values)]
        counts[i] = valid.size
        if valid.size == 0:
            reasons[i] = "nodata"
        else:
            means[i] = float(np.mean(valid, dtype=np.float64))
    return means, counts, reasons


def polygon_means(
    source: Source, polygons_wkb: Sequence[bytes]
) -> tuple[np.ndarray, np.ndarray, list[str | None], np.ndarray]:
    """Mean of the valid pixels whose centres fall in each polygon (WKB, raster CRS).

    A polygon smaller than a pixel may contain no pixel centre; then the pixel containing its
    centroid is used (flag in the 4th array). Returns (means, pixel counts, reasons, centroid
    fallback flags).
    """
    grid = source.grid
    _check_north_up(grid, source.name)
    gt = grid.geotransform
    n = len(polygons_wkb)
    means = np.full(n, np.nan)
    counts = np.zeros(n, dtype=np.int64)
    reasons: list[str | None] = [None] * n
    fallback = np.zeros(n, dtype=bool)
    for i, wkb in enumerate(polygons_wkb):
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geometry is None or geometry.IsEmpty():
            reasons[i] = "outside"
            continue
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        c0 = max(0, math.floor((xmin - gt[0]) / gt[1]))
        c1 = min(grid.width, math.floor((xmax - gt[0]) / gt[1]) + 1)
        r0 = max(0, math.floor((ymax - gt[3]) / gt[5]))
        r1 = min(grid.height, math.floor((ymin - gt[3]) / gt[5]) + 1)
        if c1 <= c0 or r1 <= r0:
            reasons[i] = "outside"
            continue
        window = Window(c0, r0, c1 - c0, r1 - r0)
        inside = _rasterize_one(geometry, grid, window)
        values = source.read(window, bands=[source.bands[0]])[0]
        if not inside.any():
            centroid = geometry.Centroid()
            cell = pixel_of(grid, centroid.GetX(), centroid.GetY())
            if cell is None:
                reasons[i] = "outside"
                continue
            inside = np.zeros_like(inside)
            inside[cell[0] - r0, cell[1] - c0] = True
            fallback[i] = True
        valid = values[inside & np.isfinite(values)]
        counts[i] = valid.size
        if valid.size == 0:
            reasons[i] = "nodata"
        else:
            means[i] = float(np.mean(valid, dtype=np.float64))
    return means, counts, reasons, fallback


def _rasterize_one(geometry, grid: Grid, window: Window) -> np.ndarray:
    gt = grid.geotransform
    target = gdal.GetDriverByName("MEM").Create("", window.width, window.height, 1, gdal.GDT_Byte)
    target.SetGeoTransform(
        (gt[0] + window.col * gt[1], gt[1], 0.0, gt[3] + window.row * gt[5], 0.0, gt[5])
    )
    vector = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vector.CreateLayer("plot", geom_type=ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    done, reason = gdal_call(gdal.RasterizeLayer, target, [1], layer, burn_values=[1])
    if done is None:
        raise RuntimeError(f"rasterizing a plot in memory failed: {reason}")  # a GDAL defect
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


def _check_north_up(grid: Grid, name: str) -> None:
    gt = grid.geotransform
    if gt[2] or gt[4]:
        raise InputError(ROTATED, name=name)


# --------------------------------------------------------------------------------------------
# Metrics


@dataclass(frozen=True)
class Metrics:
    n: int
    r: float
    r2: float
    rmse: float
    mae: float
    bias: float
    mre: float
    accuracy: float
    slope: float  # least-squares line model = intercept + slope · measured
    intercept: float

    def as_dict(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def metrics(measured: Iterable[float], model: Iterable[float]) -> Metrics:
    """Agreement of model with measured values (both gC·m⁻²·a⁻¹; measured > 0 for MRE).

    r, r² and the regression line need n ≥ 2 and some spread in both; otherwise NaN.
    """
    m = np.asarray(list(measured), dtype=np.float64)
    p = np.asarray(list(model), dtype=np.float64)
    if m.shape != p.shape:
        raise ValueError("measured and model differ in length")
    n = int(m.size)
    if n == 0:
        nan = float("nan")
        return Metrics(0, nan, nan, nan, nan, nan, nan, nan, nan, nan)
    diff = p - m
    dm, dp = m - m.mean(), p - p.mean()
    sxx, syy, sxy = float((dm * dm).sum()), float((dp * dp).sum()), float((dm * dp).sum())
    r = sxy / math.sqrt(sxx * syy) if n >= 2 and sxx > 0 and syy > 0 else float("nan")
    slope = sxy / sxx if n >= 2 and sxx > 0 else float("nan")
    intercept = float(p.mean() - slope * m.mean()) if math.isfinite(slope) else float("nan")
    with np.errstate(divide="ignore", invalid="ignore"):
        mre = float(np.mean(np.abs(diff) / m))
    return Metrics(
        n=n,
        r=r,
        r2=r * r if math.isfinite(r) else float("nan"),
        rmse=float(math.sqrt(np.mean(diff * diff))),
        mae=float(np.mean(np.abs(diff))),
        bias=float(np.mean(diff)),
        mre=mre,
        accuracy=1.0 - mre,
        slope=slope,
        intercept=intercept,
    )


def metrics_by_group(measured, model, groups) -> dict[object, Metrics]:
    """Metrics per group value (e.g. stratum), groups in sorted order (None last)."""
    m = np.asarray(list(measured), dtype=np.float64)
    p = np.asarray(list(model), dtype=np.float64)
    g = list(groups)
    keys = sorted({k for k in g if k is not None}, key=_sort_key)
    if any(k is None for k in g):
        keys.append(None)
    result = {}
    for key in keys:
        pick = np.array([k == key for k in g], dtype=bool)
        result[key] = metrics(m[pick], p[pick])
    return result


def _sort_key(value):
    return (0, value, "") if isinstance(value, (int, float)) else (1, 0, str(value))


def passes(result: Metrics, threshold: float, min_plots: int) -> bool:
    """The check passes when accuracy ≥ threshold and n ≥ min_plots (SPEC §5)."""
    return result.n >= min_plots and math.isfinite(result.accuracy) and result.accuracy >= threshold


# --------------------------------------------------------------------------------------------
# Land-cover agreement


def parse_type(value) -> int | None:
    """A field-recorded vegetation type: its code (2, '2', '２') or its English/Chinese name."""
    if value is None:
        return None
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return int(value) if math.isfinite(value) and float(value).is_integer() else None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    if re.fullmatch(r"[+-]?\d+(\.0+)?", text):
        return int(float(text))
    key = text.casefold()
    names = {NON_VEGETATED_NAME[0].casefold(): NON_VEGETATED, NON_VEGETATED_NAME[1]: NON_VEGETATED}
    for vt in VEGETATION_TYPES:
        names[vt.name_en.casefold()] = vt.code
        names[vt.name_zh] = vt.code
    return names.get(key)


def confusion_matrix(
    mapped: Sequence[int], recorded: Sequence[int], classes: Sequence[int] | None = None
) -> tuple[list[int], np.ndarray]:
    """(classes, matrix) with matrix[i, j] = plots mapped as class i and recorded as class j."""
    if len(mapped) != len(recorded):
        raise ValueError("mapped and recorded differ in length")
    if classes is None:
        classes = sorted(set(mapped) | set(recorded))
    index = {c: i for i, c in enumerate(classes)}
    matrix = np.zeros((len(classes), len(classes)), dtype=np.int64)
    for a, b in zip(mapped, recorded):
        matrix[index[a], index[b]] += 1
    return list(classes), matrix


def agreement(matrix: np.ndarray) -> dict[str, object]:
    """Overall accuracy, Cohen's kappa, producer's and user's accuracy of an error matrix.

    Rows are map classes, columns reference (field) classes. Producer's accuracy of class j =
    x_jj / column total (omission); user's accuracy of class i = x_ii / row total (commission).
    """
    x = np.asarray(matrix, dtype=np.float64)
    total = x.sum()
    if total == 0:
        nan = float("nan")
        return {"n": 0, "overall": nan, "kappa": nan, "producers": [], "users": []}
    rows, cols = x.sum(axis=1), x.sum(axis=0)
    observed = float(np.trace(x) / total)
    expected = float((rows * cols).sum() / (total * total))
    kappa = (observed - expected) / (1.0 - expected) if expected < 1 else float("nan")
    with np.errstate(divide="ignore", invalid="ignore"):
        producers = np.where(cols > 0, np.diag(x) / cols, np.nan)
        users = np.where(rows > 0, np.diag(x) / rows, np.nan)
    return {
        "n": int(total),
        "overall": observed,
        "kappa": float(kappa),
        "producers": producers.tolist(),
        "users": users.tolist(),
    }


def duplicates(ids: Iterable) -> dict[object, int]:
    """Plot ids that occur more than once (empty ids ignored), with their counts."""
    seen: dict[object, int] = {}
    for value in ids:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        key = value.strip() if isinstance(value, str) else value
        seen[key] = seen.get(key, 0) + 1
    return {k: v for k, v in seen.items() if v > 1}


def summarise_reasons(reasons: Iterable[str | None]) -> Mapping[str, int]:
    counts: dict[str, int] = {}
    for reason in reasons:
        if reason:
            counts[reason] = counts.get(reason, 0) + 1
    return counts


# --------------------------------------------------------------------------------------------
# The whole comparison: what processing/groundcheck hands over and gets back

# The model's mean over the compared plots against the measured mean: beyond these ratios the
# two are almost surely in different units (e.g. biomass t·ha⁻¹ against gC·m⁻², × 100).
UNIT_RATIO_LIMITS = (0.2, 5.0)
PLACE_NOT_FOUND = ("outside", "no_geometry")  # place reasons that mean "not on the raster"


@dataclass(frozen=True)
class LandCoverAgreement:
    """The vegetation map against field-recorded types (plots with both only)."""

    classes: list[int]
    matrix: np.ndarray  # rows = map class, columns = field class
    stats: dict[str, object]  # agreement(matrix)
    unread: int  # recorded types given but neither a type code nor a type name

    def table(self) -> tuple[list[tuple[str, str]], list[list]]:
        """(columns as (name, 'string' | 'int' | 'double'), rows) of the confusion table:
        a row per map class (counts, total, user's accuracy), then the field totals, the
        producer's accuracies (and overall accuracy), kappa."""
        classes, matrix, stats = self.classes, self.matrix, self.stats
        columns = [("map_type", "string"), ("name", "string")]
        columns += [(f"field_{c}", "double") for c in classes]  # counts, and accuracies below
        columns += [("total", "int"), ("users_acc", "double")]
        rows = []
        for i, code in enumerate(classes):
            english, chinese = type_names(code)
            rows.append(
                [str(code), f"{english} / {chinese}", *matrix[i].tolist(), int(matrix[i].sum()),
                 finite_or_none(stats["users"][i])]
            )  # fmt: skip
        rows.append(["total", "", *matrix.sum(axis=0).tolist(), int(matrix.sum()), None])
        rows.append(
            ["producers_acc", "", *[finite_or_none(v) for v in stats["producers"]], None,
             finite_or_none(stats["overall"])]
        )  # fmt: skip
        rows.append(["kappa", "", *([None] * len(classes)), None, finite_or_none(stats["kappa"])])
        return columns, rows


@dataclass(frozen=True)
class Comparison:
    """The ground check of a plot layer, plot by plot and over the plots compared."""

    measured: list[float]  # per plot, gC·m⁻²·a⁻¹ (biomass converted); NaN when unusable
    reasons: list[str | None]  # per plot: why it was excluded (module docstring), None = compared
    used: list[int]  # the plots compared, in layer order
    reformatted: list[tuple[str, float]]  # texts read as numbers only after normalising them
    on_raster: bool  # False when no plot lies on the model raster at all
    overall: Metrics
    passed: bool
    by_stratum: dict[object, Metrics]  # empty without strata
    strata: list  # the compared plots' strata (None each without strata)
    model_used: list[float]
    unit_ratio: float | None  # mean model / mean measured, when outside UNIT_RATIO_LIMITS
    agreement: LandCoverAgreement | None  # None without map or recorded types

    @property
    def measured_used(self) -> list[float]:
        return [self.measured[i] for i in self.used]


def compare(
    raw_measured: Sequence,
    model: Sequence[float],
    place: Sequence[str | None],
    *,
    threshold: float,
    min_plots: int,
    biomass: bool = False,
    carbon_fraction: float = 0.47,
    strata: Sequence | None = None,
    mapped: Sequence[int | None] | None = None,
    recorded: Sequence | None = None,
) -> Comparison:
    """Compare measured values (as found in the attribute table) with the model values at the
    plots (window_means / polygon_means: value and place reason per plot).

    Exclusion rules, in order: the measured value's own reason (missing, not_numeric), then
    not_positive (≤ 0 after a biomass conversion: no relative error), then the place reason
    (outside, nodata, no_geometry). strata: a grouping key per plot (stratum_key); mapped and
    recorded: map type code and field-recorded type (raw) per plot, for the land-cover check.
    """
    count = len(raw_measured)
    measured = [math.nan] * count
    reasons: list[str | None] = [None] * count
    reformatted = []
    for i, raw in enumerate(raw_measured):
        value, reason = parse_measured(raw)
        if isinstance(raw, str) and value is not None and not _plain_number(raw):
            reformatted.append((raw, value))
        if reason:
            reasons[i] = reason
        else:
            measured[i] = value
    if biomass:
        measured = [float(v) for v in biomass_to_carbon(measured, carbon_fraction)]
    for i in range(count):
        if reasons[i] is None and not measured[i] > 0:
            reasons[i] = "not_positive"
    for i in range(count):
        if place[i] and reasons[i] is None:
            reasons[i] = place[i]
    on_raster = count == 0 or any(p not in PLACE_NOT_FOUND for p in place)
    used = [i for i in range(count) if reasons[i] is None]
    m = [measured[i] for i in used]
    p = [float(model[i]) for i in used]
    overall = metrics(m, p)
    groups = [strata[i] for i in used] if strata is not None else [None] * len(used)
    return Comparison(
        measured=measured,
        reasons=reasons,
        used=used,
        reformatted=reformatted,
        on_raster=on_raster,
        overall=overall,
        passed=passes(overall, threshold, min_plots),
        by_stratum=metrics_by_group(m, p, groups) if strata is not None else {},
        strata=groups,
        model_used=p,
        unit_ratio=unit_ratio(m, p),
        agreement=land_cover_agreement(mapped, recorded),
    )


def unit_ratio(measured: Sequence[float], model: Sequence[float]) -> float | None:
    """mean(model) / mean(measured) when both means are positive and the ratio lies outside
    UNIT_RATIO_LIMITS (the values are then almost surely in different units), else None."""
    if not measured or not model:
        return None
    mean_measured = sum(measured) / len(measured)
    mean_model = sum(model) / len(model)
    if not (mean_measured > 0 and mean_model > 0):
        return None
    ratio = mean_model / mean_measured
    low, high = UNIT_RATIO_LIMITS
    return ratio if ratio > high or ratio < low else None


def land_cover_agreement(
    mapped: Sequence[int | None] | None, recorded: Sequence | None
) -> LandCoverAgreement | None:
    """Map type against recorded type over the plots with both; None without either list."""
    if mapped is None or recorded is None:
        return None
    types = [parse_type(value) for value in recorded]
    unread = sum(1 for t, raw in zip(types, recorded) if t is None and raw not in (None, ""))
    pairs = [(a, b) for a, b in zip(mapped, types) if a is not None and b is not None]
    if pairs:
        classes, matrix = confusion_matrix([a for a, _ in pairs], [b for _, b in pairs])
    else:
        classes, matrix = [], np.zeros((0, 0), dtype=np.int64)
    return LandCoverAgreement(classes, matrix, agreement(matrix), unread)


def check_window(size: int) -> None:
    """WINDOW: an odd number of pixels (1 for 1x1, 3 for 3x3; also carbonsink:calibrate)."""
    if size < 1 or size % 2 == 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "WINDOW: the window must be an odd number of pixels, got "
                "{size}."),
            size=size,
        )  # fmt: skip


def stratum_key(value):
    """Stratum values as grouping keys: whole numbers (also written as text) become int."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        return int(text) if text.lstrip("+-").isdigit() else text
    return value


def finite_or_none(value):
    return value if value is not None and math.isfinite(value) else None


def _plain_number(text: str) -> bool:
    """ASCII text that Python reads as a number as it is ('１２' is not: full-width digits)."""
    if not text.isascii():
        return False
    try:
        float(text)
    except ValueError:
        return False
    return True
