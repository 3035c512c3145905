"""Soil heterotrophic respiration Rh after Pei et al. (SPEC §4).

    Rh(x,t) = a · (exp(b·T) + ln(c·P + 1)) · d · k          gC·m⁻²·month⁻¹
    Rh(x)   = Σ_t Rh(x,t)                                    gC·m⁻²·a⁻¹

T monthly mean air temperature (°C), P monthly precipitation (mm·month⁻¹); a = 0.22,
b = 0.0913 (0.0912 is also published), c = 0.3145, d = 30 days per month, k = 0.465 the
conversion factor of the published formula. Every constant is a parameter (RhConstants),
defaulting to core/parameters.py.

Scope: by default Rh is evaluated on vegetated pixels only (vegetation type ≠ 0) and is 0 on
non-vegetated pixels, so NEP = NPP − Rh = 0 there; SCOPE_LAND evaluates it on every valid pixel
(sealed land then becomes a carbon source). Nodata in any input is nodata in the output.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from . import parameters
from .errors import QT_TRANSLATE_NOOP, InputError, Message
from .parameters import NON_VEGETATED
from .raster import gdal_call

SCOPE_VEGETATED = "vegetated"
SCOPE_LAND = "land"
SCOPES = (SCOPE_VEGETATED, SCOPE_LAND)


@dataclass(frozen=True)
class RhConstants:
    """The constants of the Pei et al. model (defaults: core/parameters.py)."""

    coefficient: float = parameters.RH_COEFFICIENT
    temperature: float = parameters.RH_TEMPERATURE
    precipitation: float = parameters.RH_PRECIPITATION
    days: float = parameters.RH_DAYS
    carbon: float = parameters.RH_CARBON

    def __post_init__(self):
        for name in ("coefficient", "temperature", "precipitation", "days", "carbon"):
            value = getattr(self, name)
            if not np.isfinite(value) or value <= 0:
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "Rh constant '{name}' must be a positive number; "
                        "got {value}."),
                    name=name,
                    value=value,
                )  # fmt: skip


def monthly_rh(
    temperature: np.ndarray, precipitation: np.ndarray, constants: RhConstants = RhConstants()
) -> np.ndarray:
    """Rh (gC·m⁻²·month⁻¹) for arrays of T (°C) and P (mm) of any matching shape, float32.

    NaN in T or P gives NaN; negative P (where ln(c·P + 1) is undefined or meaningless) gives
    NaN too — callers count those and refuse them.
    """
    t = np.asarray(temperature, dtype=np.float32)
    p = np.asarray(precipitation, dtype=np.float32)
    c = constants
    with np.errstate(invalid="ignore", over="ignore"):
        p_valid = np.where(p >= 0, p, np.nan)
        rh = np.float32(c.coefficient * c.days * c.carbon) * (
            np.exp(np.float32(c.temperature) * t) + np.log1p(np.float32(c.precipitation) * p_valid)
        )
    return rh.astype(np.float32, copy=False)


def check_scope(scope: str, vegetation: np.ndarray | None) -> None:
    """A known scope, and a vegetation raster when the scope is the vegetated one."""
    if scope not in SCOPES:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "SCOPE must be one of {scopes}; got '{scope}'."),
            scopes=", ".join(SCOPES),
            scope=scope,
        )
    if scope == SCOPE_VEGETATED and vegetation is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "VEGETATION: the vegetated-only scope needs a "
                "vegetation-type raster; give one or choose SCOPE '{land}'."),
            land=SCOPE_LAND,
        )  # fmt: skip


def vegetated(vegetation: np.ndarray) -> np.ndarray:
    """True where the vegetation type is a vegetated code (not 0, not nodata)."""
    with np.errstate(invalid="ignore"):
        return np.isfinite(vegetation) & (vegetation != NON_VEGETATED)


def respiration(
    temperature: np.ndarray,
    precipitation: np.ndarray,
    vegetation: np.ndarray | None,
    scope: str = SCOPE_VEGETATED,
    constants: RhConstants = RhConstants(),
) -> tuple[np.ndarray, np.ndarray, int]:
    """Monthly (12, rows, cols) and annual (rows, cols) Rh of one window.

    temperature, precipitation: (12, rows, cols) float32, NaN = nodata; vegetation: (rows,
    cols) type codes or None (allowed only with SCOPE_LAND). Returns (monthly, annual, number
    of pixel-months with negative precipitation).
    """
    check_scope(scope, vegetation)
    with np.errstate(invalid="ignore"):
        negative = int(np.count_nonzero(precipitation < 0))
    monthly = monthly_rh(temperature, precipitation, constants)
    if vegetation is not None:
        monthly[:, np.isnan(vegetation)] = np.nan
        if scope == SCOPE_VEGETATED:
            bare = np.isfinite(vegetation) & ~vegetated(vegetation)
            monthly[bare[np.newaxis] & np.isfinite(monthly)] = 0.0
    annual = monthly.sum(axis=0, dtype=np.float32)  # NaN in any month → NaN
    return monthly, annual, negative


@dataclass
class RespirationTotals:
    """Area-weighted sums over the pixels where Rh was evaluated (float64)."""

    valid_pixels: int = 0
    evaluated_pixels: int = 0
    evaluated_area_m2: float = 0.0
    rh_g: float = 0.0  # Σ annual Rh × area, grams of carbon
    negative_precipitation: int = 0

    @property
    def mean_rh(self) -> float:
        """Area-weighted mean annual Rh (gC·m⁻²·a⁻¹) over the evaluated pixels."""
        return self.rh_g / self.evaluated_area_m2 if self.evaluated_area_m2 else float("nan")


@dataclass
class RespirationPass:
    """compute / on_block for raster.run_blocks: Rh of every window, totals in the same pass.

    Sources are named TEMPERATURE, PRECIPITATION (12 bands each) and optionally VEGETATION;
    the result holds OUTPUT (annual) and MONTHLY (12 bands).
    """

    scope: str = SCOPE_VEGETATED
    constants: RhConstants = field(default_factory=RhConstants)
    totals: RespirationTotals = field(default_factory=RespirationTotals)

    def compute(self, block) -> dict:
        vegetation = block.data.get("VEGETATION")
        vegetation = vegetation[0] if vegetation is not None else None
        monthly, annual, negative = respiration(
            block["TEMPERATURE"], block["PRECIPITATION"], vegetation, self.scope, self.constants
        )
        valid = np.isfinite(annual)
        evaluated = (
            valid
            if vegetation is None or self.scope == SCOPE_LAND
            else (valid & vegetated(vegetation))
        )
        area = np.broadcast_to(block.cell_area(), annual.shape)
        return {
            "OUTPUT": annual,
            "MONTHLY": monthly,
            "sums": {
                "valid_pixels": int(valid.sum()),
                "evaluated_pixels": int(evaluated.sum()),
                "evaluated_area_m2": float(area[evaluated].sum()),
                "rh_g": float((annual[evaluated] * area[evaluated]).sum(dtype=np.float64)),
                "negative_precipitation": negative,
            },
        }

    def on_block(self, block, result) -> None:
        for key, value in result["sums"].items():
            setattr(self.totals, key, getattr(self.totals, key) + value)
        if self.totals.negative_precipitation:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "PRECIPITATION: {count} pixel-month(s) with negative "
                    "precipitation in the window starting at row {row}; monthly precipitation "
                    "must be ≥ 0 mm. Fix or mask them and run again. Nothing was written."),
                count=self.totals.negative_precipitation,
                row=block.window.row,
            )  # fmt: skip
        if is_last_window(block) and self.totals.valid_pixels == 0:
            raise InputError(no_valid_pixels_message("TEMPERATURE, PRECIPITATION, VEGETATION"))


def is_last_window(block) -> bool:
    """True for the last window of a run (run_blocks hands windows over in row-major order)."""
    window, grid = block.window, block.grid
    return window.row + window.height == grid.height and window.col + window.width == grid.width


def no_valid_pixels_message(inputs: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Core", "No pixel has valid values in all inputs ({inputs}): each "
            "pixel is nodata in at least one of them. Check the nodata values and that the "
            "rasters cover the same area. Nothing was written."),
        inputs=inputs,
    )  # fmt: skip


def scope_of_rh_file(path: str) -> str | None:
    """The SCOPE an Rh file was made with by carbonsink:soilrespiration (its provenance), or
    None when the file was made elsewhere."""
    dataset, _ = gdal_call(gdal.Open, path)
    if dataset is None:
        return None
    metadata = dataset.GetMetadata() or {}
    if metadata.get("CARBONSINK_ALGORITHM") != "carbonsink:soilrespiration":
        return None
    try:
        used = json.loads(metadata.get("CARBONSINK_PARAMETERS", "{}"))
    except ValueError:
        return None
    scope = used.get("SCOPE", SCOPE_VEGETATED)
    if isinstance(scope, int) or (isinstance(scope, str) and scope.isdigit()):
        scope = SCOPES[int(scope)] if int(scope) < len(SCOPES) else None
    return scope if scope in SCOPES else None
