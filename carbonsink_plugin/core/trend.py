"""Change over time of annual rasters (SPEC §6): difference, % change, Theil–Sen slope,
Mann–Kendall test, trend classes and coefficient of variation, per pixel, vectorised.

For n years x₁…xₙ at years t₁ < … < tₙ of one pixel:
    difference      = xₙ − x₁                       percent change = (xₙ − x₁) / |x₁| × 100
    Sen's slope     = median over i < j of (xⱼ − xᵢ) / (tⱼ − tᵢ)        (Sen 1968; Theil 1950)
    S               = Σ_{i<j} sign(xⱼ − xᵢ)                              (Mann 1945; Kendall 1975)
    Var(S)          = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18      t_g = size of tie group g
    Z               = (S − 1)/√Var(S) if S > 0;  0 if S = 0;  (S + 1)/√Var(S) if S < 0
    p               = 2·(1 − Φ(|Z|)) = erfc(|Z|/√2)                      (two-sided, normal approx.)
    CV              = s / |x̄|   (sample standard deviation, n − 1; |x̄| because NEP may be < 0)
Trend class from Z: 1 significant decrease Z < −1.96; 2 slight decrease −1.96 ≤ Z < −1.645;
3 stable |Z| ≤ 1.645; 4 slight increase 1.645 < Z ≤ 1.96; 5 significant increase Z > 1.96.

numpy only: no qgis, no Qt.
"""

from __future__ import annotations

import math
import os
import re
from typing import Sequence

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError
from .raster import Block
from .zones import G_TO_T, M2_PER_KM2, bincount, cell_areas, zone_ids

Z_SIGNIFICANT = 1.96  # two-sided 95 %
Z_SLIGHT = 1.645  # two-sided 90 %
CLASS_NAMES = (
    (1, "Significant decrease", "显著减少"),
    (2, "Slight decrease", "轻微减少"),
    (3, "Stable", "稳定"),
    (4, "Slight increase", "轻微增加"),
    (5, "Significant increase", "显著增加"),
)

# Diverging red–grey–green legend of the classes (as in styles/trend_class.qml).
CLASS_COLOURS = ((178, 24, 43), (239, 138, 98), (224, 224, 224), (145, 207, 96), (26, 152, 80))

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])(?!\d)"
)
_MODIS = re.compile(
    r"(?<![A-Za-z0-9])A((?:19|20)\d\d)(?:00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6])(?!\d)"
)
_SEPARATORS = re.compile(r"[\s,;，；、]+")


# --------------------------------------------------------------------------------------------
# Years


def parse_years(text: str, count: int, name: str = "YEARS", layers: str = "INPUTS") -> list[int]:
    """An explicit year list ('2018, 2019, 2020'; commas, semicolons, spaces, '，' or '、')."""
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    years = []
    for token in tokens:
        if not re.fullmatch(r"\d{4}", token):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: '{token}' is not a four-digit year."),
                name=name,
                token=token,
            )
        years.append(int(token))
    if len(years) != count:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: {given} year(s) given ({years}) for {count} "
                "layer(s) in {layers}; give one year per layer, in the order of the layers."),
            name=name,
            given=len(years),
            years=", ".join(map(str, years)),
            count=count,
            layers=layers,
        )  # fmt: skip
    return years


def year_from_name(path: str) -> int | None:
    """The year in a file name: one four-digit year 19xx/20xx, else one YYYYMMDD date, else
    one MODIS-style AYYYYDDD (year and day of year, e.g. MOD13Q1.A2010193…)."""
    stem = os.path.splitext(os.path.basename(path))[0]
    for pattern in (_YEAR, _DATE, _MODIS):
        years = {int(y) for y in pattern.findall(stem)}
        if years:
            return years.pop() if len(years) == 1 else None
    return None


def years_from_names(paths: Sequence[str], name: str = "YEARS", layers: str = "INPUTS"):
    """Years parsed from the file names, or an InputError naming the files without one."""
    years = [year_from_name(p) for p in paths]
    unclear = [os.path.basename(p) for p, y in zip(paths, years) if y is None]
    if unclear:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name} is empty and no single year could be read from "
                "the name of {files} (in {layers}). Enter the years explicitly, one per layer in "
                "the order of the layers, e.g. 2018,2019,2020."),
            name=name,
            files=", ".join(unclear),
            layers=layers,
        )  # fmt: skip
    return years


def check_years(years: Sequence[int], name: str = "YEARS") -> list[int]:
    """The order that sorts the layers by year; InputError on too few or repeated years."""
    if len(years) < 2:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: {count} year(s); a change needs at least 2 "
                "annual rasters (2 for the difference, 3 or more for the trend)."),
            name=name,
            count=len(years),
        )  # fmt: skip
    repeated = sorted({y for y in years if list(years).count(y) > 1})
    if repeated:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the year(s) {years} appear more than once; give "
                "one raster per year."),
            name=name,
            years=", ".join(map(str, repeated)),
        )  # fmt: skip
    return sorted(range(len(years)), key=lambda i: years[i])


def largest_possible_z(n: int) -> float:
    """|Z| of a strictly monotonic series of n values (no ties): the most MK can say."""
    pairs = n * (n - 1) / 2
    return (pairs - 1) / math.sqrt(n * (n - 1) * (2 * n + 5) / 18.0)


# --------------------------------------------------------------------------------------------
# Statistics on a stack (years, …) without NaN


def erfc(x: np.ndarray) -> np.ndarray:
    """Complementary error function, fractional error < 1.2e-7 everywhere (Chebyshev fit,
    Press et al., Numerical Recipes, 2nd ed., §6.2, erfcc)."""
    x = np.asarray(x, dtype=np.float64)
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    poly = -1.26551223 + t * (
        1.00002368
        + t
        * (
            0.37409196
            + t
            * (
                0.09678418
                + t
                * (
                    -0.18628806
                    + t
                    * (
                        0.27886807
                        + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))
                    )
                )
            )
        )
    )
    value = t * np.exp(-z * z + poly)
    return np.where(x >= 0, value, 2.0 - value)


def p_value(z: np.ndarray) -> np.ndarray:
    """Two-sided p of a standard normal Z: 2·(1 − Φ(|Z|)) = erfc(|Z|/√2)."""
    return erfc(np.abs(z) / math.sqrt(2.0))


def pair_indices(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) of the n(n−1)/2 pairs i < j."""
    i, j = np.triu_indices(n, k=1)
    return i, j


def mk_s(stack: np.ndarray) -> np.ndarray:
    """Mann–Kendall S = Σ_{i<j} sign(xⱼ − xᵢ), over axis 0."""
    i, j = pair_indices(stack.shape[0])
    return np.sign(stack[j] - stack[i]).sum(axis=0)


def tie_term(stack: np.ndarray) -> np.ndarray:
    """Σ over tie groups of t(t−1)(2t+5), over axis 0 (0 when all values differ)."""
    ordered = np.sort(stack, axis=0)
    term = np.zeros(stack.shape[1:], dtype=np.float64)
    run = np.ones(stack.shape[1:], dtype=np.float64)
    for k in range(1, stack.shape[0]):
        same = ordered[k] == ordered[k - 1]
        ended = ~same
        term += np.where(ended, run * (run - 1) * (2 * run + 5), 0.0)
        run = np.where(same, run + 1, 1.0)
    return term + run * (run - 1) * (2 * run + 5)


def mk_variance(stack: np.ndarray) -> np.ndarray:
    """Var(S) with the tie correction."""
    n = stack.shape[0]
    return (n * (n - 1) * (2 * n + 5) - tie_term(stack)) / 18.0


def mk_z(s: np.ndarray, variance: np.ndarray) -> np.ndarray:
    """Z with the continuity correction (0 when S = 0 or Var(S) = 0)."""
    s = np.asarray(s, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        root = np.sqrt(variance)
        z = np.where(s > 0, (s - 1) / root, np.where(s < 0, (s + 1) / root, 0.0))
    return np.where(variance > 0, z, 0.0)


def sen_slope(stack: np.ndarray, years: Sequence[float]) -> np.ndarray:
    """Median of the pairwise slopes (xⱼ − xᵢ)/(tⱼ − tᵢ), units per year, over axis 0."""
    t = np.asarray(years, dtype=np.float64)
    i, j = pair_indices(stack.shape[0])
    shape = (-1,) + (1,) * (stack.ndim - 1)
    slopes = (stack[j] - stack[i]) / (t[j] - t[i]).astype(stack.dtype).reshape(shape)
    return np.median(slopes, axis=0)


def trend_class(z: np.ndarray) -> np.ndarray:
    """1–5 from Z (see the module docstring); NaN → 255."""
    z = np.asarray(z, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        codes = np.full(z.shape, 3, dtype=np.uint8)
        codes[z > Z_SLIGHT] = 4
        codes[z > Z_SIGNIFICANT] = 5
        codes[z < -Z_SLIGHT] = 2
        codes[z < -Z_SIGNIFICANT] = 1
    codes[~np.isfinite(z)] = 255
    return codes


def coefficient_of_variation(stack: np.ndarray) -> np.ndarray:
    """s / |x̄| with the sample standard deviation (n − 1); NaN where x̄ = 0."""
    mean = stack.mean(axis=0, dtype=np.float64)
    sd = stack.std(axis=0, ddof=1, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(mean != 0, sd / np.abs(mean), np.nan)


def percent_change(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """(last − first)/|first| × 100; NaN where first = 0 (undefined)."""
    first = np.asarray(first, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(first != 0, (last - first) / np.abs(first) * 100.0, np.nan)


# --------------------------------------------------------------------------------------------
# The pass


OUTPUT_NAMES = ("DIFFERENCE", "PERCENT_CHANGE", "SLOPE", "Z", "P_VALUE", "CLASS", "CV")
SERIES_OUTPUTS = ("SLOPE", "Z", "P_VALUE", "CLASS", "CV")


def temporaries(n: int, outputs: int) -> float:
    """The engine's `temporaries` for n years: the pairwise slopes dominate memory."""
    pairs = n * (n - 1) // 2
    bands = max(1, n + outputs)
    return max(3.0, (2 * n + 3 * pairs + 16) / bands)


class TrendComputation:
    """Per-pixel change statistics of the sources named by `names` (in year order).

    A pixel that is nodata in any year is nodata in every output. Optional zone sums
    (source "ZONES") for the zone table.
    """

    def __init__(
        self,
        names: Sequence[str],
        years: Sequence[int],
        wanted: Sequence[str] = OUTPUT_NAMES,
        zone_count: int = 0,
    ):
        self.names = list(names)
        self.years = list(years)
        self.n = len(self.names)
        self.wanted = [w for w in wanted if w in OUTPUT_NAMES]
        self.series = self.n >= 3
        self.zone_count = zone_count
        length = zone_count + 1
        self.zone_sums = {key: np.zeros(length) for key in ("area", "first", "last", "slope")}
        self.zone_class_area = np.zeros((length, 6))

    def compute(self, block: Block) -> dict:
        stack = np.concatenate([block[name] for name in self.names], axis=0)  # (n, rows, cols)
        valid = np.isfinite(stack).all(axis=0)
        stack = np.where(valid, stack, np.float32(0))  # NaN-free; invalid pixels masked below
        first, last = stack[0], stack[-1]
        result = {}
        nan = np.float32(np.nan)
        if "DIFFERENCE" in self.wanted or self.zone_count:
            result["DIFFERENCE"] = np.where(valid, last - first, nan)
        if "PERCENT_CHANGE" in self.wanted:
            result["PERCENT_CHANGE"] = np.where(valid, percent_change(first, last), np.nan)
        slope = z = None
        if self.series:
            if "SLOPE" in self.wanted or self.zone_count:
                slope = np.where(valid, sen_slope(stack, self.years), nan)
                result["SLOPE"] = slope
            needs_z = {"Z", "P_VALUE", "CLASS"} & set(self.wanted) or self.zone_count
            if needs_z:
                z = np.where(valid, mk_z(mk_s(stack), mk_variance(stack)), np.nan)
                result["Z"] = z
                result["P_VALUE"] = p_value(z)
                result["CLASS"] = trend_class(z)
            if "CV" in self.wanted:
                result["CV"] = np.where(valid, coefficient_of_variation(stack), np.nan)
        if self.zone_count:
            result.update(self._zone_sums(block, valid, first, last, slope, z))
        return result

    def _zone_sums(self, block, valid, first, last, slope, z) -> dict:
        ids = zone_ids(block)
        ok = valid.ravel()
        idv = ids[ok]
        area = cell_areas(block)[ok]
        n = self.zone_count + 1
        sums = {
            "area": bincount(idv, area, n),
            "first": bincount(idv, area * first.ravel()[ok], n),
            "last": bincount(idv, area * last.ravel()[ok], n),
        }
        if slope is not None:
            sums["slope"] = bincount(idv, area * slope.ravel()[ok], n)
            codes = trend_class(z).ravel()[ok].astype(np.int64)
            pair = idv * 6 + np.where(codes == 255, 0, codes)
            sums["classes"] = bincount(pair, area, n * 6).reshape(n, 6)
        return {"zone_sums": sums}

    def on_block(self, block: Block, result: dict) -> None:
        if not self.zone_count:
            return
        sums = result["zone_sums"]
        for key, value in sums.items():
            if key == "classes":
                self.zone_class_area += value
            else:
                self.zone_sums[key] += value

    def zone_rows(self, names: Sequence[str]) -> list[list[object]]:
        """Rows of TREND_ZONE_TABLE_FIELDS."""
        rows = []
        s = self.zone_sums
        for zone_id, name in enumerate(names, start=1):
            area = s["area"][zone_id]
            has = area > 0
            tc_first = s["first"][zone_id] * G_TO_T
            tc_last = s["last"][zone_id] * G_TO_T
            classes = self.zone_class_area[zone_id, 1:] / area * 100.0 if has else [np.nan] * 5
            rows.append(
                [
                    zone_id,
                    name,
                    self.years[0],
                    self.years[-1],
                    self.n,
                    area / M2_PER_KM2,
                    s["first"][zone_id] / area if has else np.nan,
                    s["last"][zone_id] / area if has else np.nan,
                    tc_first if has else np.nan,
                    tc_last if has else np.nan,
                    tc_last - tc_first if has else np.nan,
                    float(percent_change(tc_first, tc_last)) if has else np.nan,
                    s["slope"][zone_id] / area if has and self.series else np.nan,
                    *(classes if self.series else [np.nan] * 5),
                ]
            )
        return rows


TREND_ZONE_TABLE_FIELDS = (
    ("zone_id", "int"),
    ("zone", "string"),
    ("first_year", "int"),
    ("last_year", "int"),
    ("years", "int"),  # number of annual rasters
    ("area_km2", "double"),  # area with a value in every year
    ("mean_first", "double"),  # area-weighted mean of the first year (input units)
    ("mean_last", "double"),
    ("tc_first", "double"),  # Σ value × area × 10⁻⁶: tC·a⁻¹ for gC·m⁻²·a⁻¹ inputs
    ("tc_last", "double"),
    ("change_tc", "double"),  # tc_last − tc_first
    ("change_pct", "double"),  # (tc_last − tc_first) / |tc_first| × 100
    ("slope_mean", "double"),  # area-weighted mean Sen slope, units per year (≥ 3 years)
    ("sigdec_pct", "double"),  # share of area per trend class 1…5, % (≥ 3 years)
    ("slidec_pct", "double"),
    ("stable_pct", "double"),
    ("sliinc_pct", "double"),
    ("siginc_pct", "double"),
)
