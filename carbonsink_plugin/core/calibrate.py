"""εmax per vegetation type from field plots: closed-form least squares (issue 16 §1).

Within a type, CASA's NPP is linear in εmax (core/casa.py):

    NPP(x) = εmax(type) · u(x),   u(x) = Σ_t SOL·FPAR·PAR fraction·Tε1·Tε2·Wε   (εmax = 1)

so one engine pass of casa.run_casa with εmax = 1 for every type gives u everywhere, and the
model value at a plot under any εmax table is linear in the table. The plot's model value
follows the ground check's rule (core/groundcheck.py: mean of the valid pixels of a 1×1 or 3×3
window, the window cut at the raster edge, 'outside' and 'nodata' plots excluded), so

    p_i = Σ_k A_ik · ε_k,   A_ik = Σ_{pixels of type k in the window of plot i} u / n_valid,

with non-vegetated pixels (NPP = 0) counting in n_valid. The least-squares table minimises
Σ_i (m_i − p_i)² over the measured values m_i. When every window is of one type (A has one
non-zero per row: the usual case, and always with a 1×1 window) the normal equations are
diagonal and each type has the closed form

    ε_k = Σ_i m_i·u_i / Σ_i u_i²        (u_i = A_ik, over the plots of type k)

with the standard error of a regression through the origin, se_k = √(s_k² / Σ u_i²),
s_k² = Σ (m_i − ε_k·u_i)² / (n_k − 1). Mixed windows couple the types; then the normal
equations AᵀA·ε = Aᵀm are solved together, and the covariance is the sandwich
(AᵀA)⁻¹ AᵀΩA (AᵀA)⁻¹ with Ω = diag(s² of each plot's type), which reduces to the above.

A plot's type is its stratum (a vegetation code given by the caller) or else the type with
the largest share of its window. Types with fewer than `min_plots` plots keep their prior εmax
(their part of p_i is moved to the left side: m_i − A_ik·ε_k,prior).

Validation: k-fold or leave-one-out cross validation refits the table without the held-out
plots (same rules) and predicts them; R², RMSE, MRE and the standard's accuracy 1 − MRE of the
held-out predictions (core/groundcheck.metrics) are the honest figures, the in-sample ones are
optimistic.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Mapping, Sequence

import numpy as np

from . import casa, groundcheck, raster
from .casa import CasaConstants
from .errors import QT_TRANSLATE_NOOP, InputError
from .parameters import VegetationType

# Plausible εmax of NPP, gC·MJ⁻¹ (fitted values outside are flagged, not refused).
# Upper: the largest light-use efficiency of GPP in the MOD17 biome table is about 1.3 gC·MJ⁻¹
# (Running et al. 2004, BioScience 54:547–560; MOD17 User's Guide), and εmax of NPP (after
# autotrophic respiration) cannot exceed it. Lower: half of the smallest εmax of Zhu et al.
# (2007)'s table, 0.389 (Potter et al. 1993's global value) — our choice.
PLAUSIBLE_EPSILON_MAX = (0.19, 1.3)
MIN_CALIBRATION_PLOTS = 3  # plots a type needs for its own εmax (SPEC §5's minimum per stratum)
LEAVE_ONE_OUT = 0

STATUS_FITTED = "fitted"
STATUS_PRIOR = "prior"  # too few plots: the prior value is kept
STATUS_IMPLAUSIBLE = "implausible"  # fitted, but outside PLAUSIBLE_EPSILON_MAX


# --------------------------------------------------------------------------------------------
# The engine pass and the plot design


def unit_table(table: Mapping[int, VegetationType]) -> dict[int, VegetationType]:
    """The table with εmax = 1 for every type (NDVI extremes unchanged)."""
    return {code: replace(vt, epsilon_max=1.0) for code, vt in table.items()}


def run_unit_npp(
    sources: Mapping[str, raster.Source],
    output: raster.Output,
    table: Mapping[int, VegetationType],
    constants: CasaConstants | None = None,
    **options,
) -> casa.CasaReport:
    """casa.run_casa with εmax = 1: the annual u = NPP/εmax raster (the one engine pass).

    Data-mode NDVI_max depends on the NDVI only, so it is the same as in a casanpp run."""
    return casa.run_casa(
        sources, {"OUTPUT": output}, unit_table(table), constants or CasaConstants(), **options
    )


@dataclass
class Design:
    """A[i, k] per plot i and type codes[k]; the plots' valid pixels and exclusion reasons."""

    codes: list[int]
    matrix: np.ndarray  # (plots, types) float64
    pixels: np.ndarray  # valid pixels in each window
    reasons: list[str | None]

    def dominant(self) -> list[int | None]:
        """The type with the largest share of each window (None: no vegetated pixel)."""
        result: list[int | None] = []
        for row in self.matrix:
            result.append(self.codes[int(np.argmax(row))] if row.size and row.max() > 0 else None)
        return result


def plot_design(
    unit: raster.Source,
    vegetation: raster.Source,
    points: Sequence[tuple[float, float]],
    size: int,
    codes: Sequence[int],
) -> Design:
    """The design matrix of the plots (points in the rasters' CRS) with groundcheck's window
    rule: A[i, k] = Σ u over the window's pixels of type codes[k] / valid pixels."""
    groundcheck.check_window(size)
    raster.check_same_grid([unit, vegetation])
    grid = unit.grid
    gt = grid.geotransform
    if gt[2] or gt[4]:
        raise InputError(raster.ROTATED, name=unit.name)
    codes = list(codes)
    column = {code: k for k, code in enumerate(codes)}
    matrix = np.zeros((len(points), len(codes)))
    pixels = np.zeros(len(points), dtype=np.int64)
    reasons: list[str | None] = [None] * len(points)
    for i, window in enumerate(groundcheck.plot_windows(grid, points, size)):
        if window is None:
            reasons[i] = "outside"
            continue
        u = unit.read(window, bands=[unit.bands[0]])[0].astype(np.float64)
        veg = vegetation.read(window, bands=[vegetation.bands[0]])[0]
        valid = np.isfinite(u)
        pixels[i] = int(valid.sum())
        if not pixels[i]:
            reasons[i] = "nodata"
            continue
        for code in np.unique(veg[valid]):
            k = column.get(int(code))
            if k is not None:  # code 0: u = 0, it only counts in n_valid
                matrix[i, k] = float(u[valid & (veg == code)].sum()) / pixels[i]
    return Design(codes, matrix, pixels, reasons)


# --------------------------------------------------------------------------------------------
# The fit


@dataclass(frozen=True)
class TypeFit:
    code: int
    prior: float
    epsilon_max: float
    se: float  # NaN when not fitted, or fitted on one plot
    n: int  # plots of the type
    status: str


@dataclass
class Fit:
    types: dict[int, TypeFit]
    predictions: np.ndarray  # A·ε of the plots used

    def table(self, table: Mapping[int, VegetationType]) -> dict[int, VegetationType]:
        """The prior table with the fitted εmax (types without plots unchanged)."""
        result = dict(table)
        for code, fit in self.types.items():
            result[code] = replace(table[code], epsilon_max=fit.epsilon_max)
        return result


def fit_epsilon(
    measured: Sequence[float],
    matrix: np.ndarray,
    codes: Sequence[int],
    prior: Mapping[int, float],
    plot_types: Sequence[int | None],
    min_plots: int = MIN_CALIBRATION_PLOTS,
    plausible: tuple[float, float] = PLAUSIBLE_EPSILON_MAX,
    standard_errors: bool = True,
) -> Fit:
    """Least-squares εmax per type (see the module docstring) of the plots given.

    measured: (n,) gC·m⁻²·a⁻¹; matrix: (n, types) design; plot_types: each plot's type code
    (None: counts for no type). Types in codes without min_plots plots keep prior."""
    m = np.asarray(measured, dtype=np.float64)
    a = np.asarray(matrix, dtype=np.float64).reshape(len(m), len(codes))
    codes = list(codes)
    types = np.array([-1 if t is None else t for t in plot_types], dtype=np.int64)
    counts = {code: int(np.count_nonzero(types == code)) for code in codes}
    fitted = [k for k, code in enumerate(codes) if counts[code] >= max(1, min_plots)]
    fixed = [k for k in range(len(codes)) if k not in fitted]
    eps = np.array([prior[code] for code in codes], dtype=np.float64)
    y = m - a[:, fixed] @ eps[fixed]
    x = a[:, fitted]
    se = np.full(len(codes), np.nan)
    if fitted:
        xtx = x.T @ x
        eps[fitted] = np.linalg.lstsq(xtx, x.T @ y, rcond=None)[0]
    if fitted and standard_errors:
        residual = y - x @ eps[fitted]
        variance = _type_variances(residual, plot_types, [codes[k] for k in fitted], len(fitted))
        omega = np.nan_to_num([variance.get(t, variance[None]) for t in plot_types], nan=0.0)
        inverse = np.linalg.pinv(xtx)
        covariance = inverse @ (x.T * omega) @ x @ inverse
        se[fitted] = np.sqrt(np.maximum(np.diag(covariance), 0.0))
        for k in fitted:
            if not math.isfinite(variance[codes[k]]):  # one plot: no residual variance
                se[k] = math.nan
    low, high = plausible
    types = {}
    for k, code in enumerate(codes):
        if k in fitted:
            status = STATUS_FITTED if low <= eps[k] <= high else STATUS_IMPLAUSIBLE
        else:
            status = STATUS_PRIOR
        types[code] = TypeFit(code, float(prior[code]), float(eps[k]), float(se[k]), counts[code],
                              status)  # fmt: skip
    return Fit(types, a @ eps)


def _type_variances(residual, plot_types, fitted_codes, parameters) -> dict:
    """s² per fitted type (n − 1 degrees of freedom; NaN for one plot) and pooled (key None)
    for the plots of no fitted type."""
    variance: dict = {}
    types = np.array([-1 if t is None else t for t in plot_types])
    for code in fitted_codes:
        r = residual[types == code]
        variance[code] = float(r @ r / (r.size - 1)) if r.size > 1 else math.nan
    dof = len(residual) - parameters
    variance[None] = float(residual @ residual / dof) if dof > 0 else math.nan
    return variance


# --------------------------------------------------------------------------------------------
# Validation


def folds_of(n: int, folds: int = LEAVE_ONE_OUT, seed: int = 1) -> np.ndarray:
    """Fold number of each of n plots: leave-one-out (folds = 0, or ≥ n) or k folds of sizes
    differing by at most one, assigned by a seeded permutation (reproducible)."""
    if folds == LEAVE_ONE_OUT or folds >= n:
        return np.arange(n)
    if folds < 2:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "FOLDS: cross validation needs 0 (leave-one-out) or at "
                "least 2 folds, got {folds}."),
            folds=folds,
        )  # fmt: skip
    return np.random.default_rng(seed).permutation(n) % folds


def cross_validate(
    measured, matrix, codes, prior, plot_types, min_plots=MIN_CALIBRATION_PLOTS,
    folds: int = LEAVE_ONE_OUT, seed: int = 1,
) -> np.ndarray:  # fmt: skip
    """Held-out predictions: each plot predicted by the table fitted without its fold."""
    m = np.asarray(measured, dtype=np.float64)
    a = np.asarray(matrix, dtype=np.float64).reshape(len(m), len(codes))
    fold = folds_of(len(m), folds, seed)
    predicted = np.full(len(m), np.nan)
    types = np.array([-1 if t is None else t for t in plot_types], dtype=np.int64)
    for f in np.unique(fold):
        held = fold == f
        train = ~held
        fit = fit_epsilon(m[train], a[train], codes, prior, types[train], min_plots,
                          standard_errors=False)  # fmt: skip
        eps = np.array([fit.types[c].epsilon_max for c in codes])
        predicted[held] = a[held] @ eps
    return predicted


@dataclass
class Calibration:
    """What carbonsink:calibrate reports."""

    fit: Fit
    before: groundcheck.Metrics  # the prior table at the plots
    in_sample: groundcheck.Metrics
    cross_validated: groundcheck.Metrics
    cv_predictions: np.ndarray
    folds: int
    notes: list[str] = field(default_factory=list)


def calibrate(
    measured, matrix, codes, prior, plot_types, min_plots=MIN_CALIBRATION_PLOTS,
    folds: int = LEAVE_ONE_OUT, seed: int = 1,
) -> Calibration:  # fmt: skip
    """Fit, in-sample and cross-validated metrics of the plots given (all usable)."""
    m = np.asarray(measured, dtype=np.float64)
    a = np.asarray(matrix, dtype=np.float64).reshape(len(m), len(codes))
    if len(m) == 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "PLOTS: no plot can be used for the calibration (see the "
                "reasons above).")
        )  # fmt: skip
    fit = fit_epsilon(m, a, codes, prior, plot_types, min_plots)
    eps_prior = np.array([prior[c] for c in codes], dtype=np.float64)
    cv = cross_validate(m, a, codes, prior, plot_types, min_plots, folds, seed)
    return Calibration(
        fit=fit,
        before=groundcheck.metrics(m, a @ eps_prior),
        in_sample=groundcheck.metrics(m, fit.predictions),
        cross_validated=groundcheck.metrics(m, cv),
        cv_predictions=cv,
        folds=folds,
    )


def validate(measured, matrix, prior, fitted) -> tuple[groundcheck.Metrics, groundcheck.Metrics]:
    """Metrics of held-out plots (never used in the fit) with the prior and the fitted εmax
    (both in the order of the design's codes): the ground check of either table's NPP."""
    m = np.asarray(measured, dtype=np.float64)
    a = np.asarray(matrix, dtype=np.float64).reshape(len(m), len(prior))
    return (
        groundcheck.metrics(m, a @ np.asarray(prior, dtype=np.float64)),
        groundcheck.metrics(m, a @ np.asarray(fitted, dtype=np.float64)),
    )


def split_plots(groups: Mapping[object, Sequence[tuple[object, int]]], share: float):
    """(calibration ids, held-out ids): within each group (a vegetation type), plots sorted by
    their order key, the i-th (0-based) calibrates when ⌈(i+1)·share⌉ > ⌈i·share⌉ — share 0.5
    takes the 1st, 3rd, 5th …, share 1/3 the 1st, 4th, 7th … — so every type is split in the
    same proportion, reproducibly."""
    calibration, held_out = [], []
    for key in sorted(groups, key=_order):
        for i, (_, ident) in enumerate(sorted(groups[key], key=lambda t: _order(t[0]))):
            picked = math.ceil((i + 1) * share - 1e-9) > math.ceil(i * share - 1e-9)
            (calibration if picked else held_out).append(ident)
    return calibration, held_out


def _order(value):
    return (0, value, "") if isinstance(value, (int, float)) else (1, 0, str(value))


def read_standard_errors(path: str) -> dict[int, float]:
    """code → eps_max_se of a table written by write_table_csv (NaN where empty)."""
    import csv

    with open(path, encoding="utf-8") as handle:
        return {
            int(row["code"]): float(row["eps_max_se"]) if row.get("eps_max_se") else math.nan
            for row in csv.DictReader(handle)
        }


# --------------------------------------------------------------------------------------------
# The output table

CSV_COLUMNS = ("code", "epsilon_max", "ndvi_max", "ndvi_min", "eps_max_se", "n", "prior",
               "status")  # fmt: skip


def table_csv_rows(table: Mapping[int, VegetationType], fit: Fit) -> list[tuple[object, ...]]:
    """Rows of the calibrated table in casa.read_type_table_csv's format (its first four
    columns), εmax to 6 decimals; extra columns se, n, prior, status (types without plots:
    n = 0, status prior)."""
    rows = []
    for code in sorted(table):
        vt = table[code]
        t = fit.types.get(code)
        eps = t.epsilon_max if t else vt.epsilon_max
        se = t.se if t else math.nan
        rows.append((
            code, f"{eps:.6f}", repr(vt.ndvi_max), repr(vt.ndvi_min),
            "" if not math.isfinite(se) else f"{se:.6f}", t.n if t else 0,
            repr(vt.epsilon_max), t.status if t else STATUS_PRIOR,
        ))  # fmt: skip
    return rows


def write_table_csv(path: str, table: Mapping[int, VegetationType], fit: Fit) -> None:
    """The calibrated table as a UTF-8 CSV that casanpp's PARAMETERS_CSV reads; written under a
    temporary name and moved into place, so a failure leaves an older file untouched."""
    import csv
    import os

    temporary = f"{path}.partial"
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            writer.writerows(table_csv_rows(table, fit))
        os.replace(temporary, path)
    except OSError as error:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "OUTPUT: cannot write '{path}' ({reason})."),
            path=path,
            reason=error.strerror,
        )
