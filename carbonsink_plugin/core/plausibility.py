"""Plausibility of annual carbon fluxes (SPEC §7): how a mean over an area is made and how it
is judged, in one place. The workflow's warnings, CASA NPP's per-type warning, the report's
checks and scripts/demo.py all use these functions.

Two judgements, both on means in gC·m⁻²·a⁻¹:
- a unit-error limit (above_limit): a mean NPP over vegetated land above NPP_LIMIT, or a city
  mean NEP above NEP_LIMIT, almost always means an input in the wrong unit;
- a published range (outside_range): mean NPP over vegetated land outside NPP_RANGE (the
  published South-China regional CASA means ≈ 880–890 ± about a third) or mean NEP outside
  NEP_RANGE (the published Pearl River Delta range) asks for a look at the inputs and the
  vegetation-type table, but is not an error.

numpy-free, no qgis, no Qt.
"""

from __future__ import annotations

from .parameters import PLAUSIBLE_MEAN_NEP, PLAUSIBLE_MEAN_NPP
from .units import ANNUAL_NPP_LIMIT, CITY_NEP_LIMIT

NPP_LIMIT = ANNUAL_NPP_LIMIT
NEP_LIMIT = CITY_NEP_LIMIT
NPP_RANGE = PLAUSIBLE_MEAN_NPP
NEP_RANGE = PLAUSIBLE_MEAN_NEP
G_PER_M2_PER_T_PER_HA = 100.0  # 1 t·ha⁻¹ = 10⁶ g / 10⁴ m² = 100 g·m⁻²


def mean_flux(total_tc: float | None, area_ha: float | None) -> float | None:
    """Mean flux over an area, gC·m⁻²·a⁻¹ = Σ flux (tC·a⁻¹) / area (ha) · 100; None when
    either is unknown or the area is 0 (e.g. mean NPP over vegetated land from the totals)."""
    if total_tc is None or not area_ha:
        return None
    return G_PER_M2_PER_T_PER_HA * total_tc / area_ha


def within_range(value: float | None, bounds: tuple[float, float]) -> bool:
    """True when the value is known and inside [low, high]."""
    low, high = bounds
    return value is not None and low <= value <= high


def outside_range(value: float | None, bounds: tuple[float, float]) -> bool:
    """True when the value is known and outside [low, high] (an unknown value is not judged)."""
    return value is not None and not within_range(value, bounds)


def above_limit(value: float | None, limit: float) -> bool:
    """True when the value is known and above the limit (NaN is not above anything)."""
    return value is not None and value > limit
