"""Unit sanity checks on samples of input values (SPEC §7: warn about likely unit errors).

Each check looks at valid values sampled from a raster (raster.Source.sample()) and either
raises InputError for a unit error no real data can produce (monthly temperature in Kelvin,
precipitation in metres, an undeclared nodata value), or returns warnings for values that are
merely suspicious. `name` is how the message names the input (the parameter label).

Thresholds and why:
- Monthly mean air temperature on Earth lies between about −70 and +45 °C. A median or 99th
  percentile above 60 is not °C: if every value lies in 173…343 it is Kelvin (−273.15 fixes
  it; the message also mentions °C × 10, which a tropical stack can resemble), otherwise it is
  tenths of a degree (WorldClim 1.x and CRU TS stores write °C × 10).
- Monthly precipitation in mm: the wettest monthly mean on record (Cherrapunji, July) is about
  2 700 mm, while a whole stack whose largest value is below 1.5 is a metre (ERA5 `tp`) stack
  — in mm it would be a hyperarid desert with under 18 mm in a year everywhere.
- Annual carbon fluxes (NPP, Rh, NEP) in gC·m⁻²·a⁻¹: vegetation gives hundreds; a largest value
  of at most 5 is kgC·m⁻²·a⁻¹ (MOD17 units), and a 99th percentile above 2 000 almost always
  means a unit error upstream (SPEC §7).
- Values below −1 000 are undeclared nodata (−9999, −3.4e38) in every quantity here.
"""

from __future__ import annotations

import numpy as np

from .errors import InputError

TEMPERATURE_MAX_C = 60.0  # °C: no monthly mean (median or 99th percentile) is this hot
KELVIN_RANGE = (173.0, 343.0)  # K: −100…+70 °C; a stack entirely inside it is Kelvin
PRECIPITATION_METRES_MAX = 1.5  # mm·month⁻¹: a stack that never exceeds it is in metres
PRECIPITATION_HIGH_P99 = 2500.0  # mm·month⁻¹: above the wettest monthly means on record
FLUX_KG_MAX = 5.0  # gC·m⁻²·a⁻¹: a largest value this small is kgC·m⁻²·a⁻¹
FLUX_HIGH_P99 = 2000.0  # gC·m⁻²·a⁻¹ (SPEC §7)
UNDECLARED_NODATA = -1000.0  # no quantity here goes below it


def _stats(values: np.ndarray, name: str) -> tuple[float, float, float, float]:
    """(min, median, 99th percentile, max) of the finite values; NaNs when there are none
    (every comparison with them is False, so no check fires). Refuses undeclared nodata."""
    values = np.asarray(values, dtype=np.float64)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return (float("nan"),) * 4
    low, median, p99, high = (float(v) for v in np.percentile(values, [0, 50, 99, 100]))
    if low < UNDECLARED_NODATA:
        raise InputError(
            f"{name}: values down to {low:.6g} found. This looks like a nodata value that the "
            "file does not declare; declare it (Layer Properties → Transparency, or "
            "gdal_edit.py -a_nodata VALUE file.tif) and run again."
        )
    return low, median, p99, high


def check_temperature(values: np.ndarray, name: str) -> list[str]:
    """Monthly mean air temperature must be °C."""
    low, median, p99, high = _stats(values, name)
    if not (median > TEMPERATURE_MAX_C or p99 > TEMPERATURE_MAX_C):
        return []
    found = f"{name}: median {median:.1f}, range {low:.1f}…{high:.1f}."
    if KELVIN_RANGE[0] <= low and high <= KELVIN_RANGE[1]:
        raise InputError(
            f"{found} This looks like Kelvin; monthly mean air temperature must be in °C. "
            'Subtract 273.15 (Raster calculator: "T@1" - 273.15 for every band) and run again. '
            "(If the values are °C × 10, as WorldClim 1.x and CRU TS store them, divide by 10.)"
        )
    raise InputError(
        f"{found} This looks like tenths of a degree (°C × 10, as WorldClim 1.x and CRU TS "
        "store it); monthly mean air temperature must be in °C. Divide by 10 and run again."
    )


def check_precipitation(values: np.ndarray, name: str) -> list[str]:
    """Monthly precipitation must be mm·month⁻¹ and not negative."""
    low, _median, p99, high = _stats(values, name)
    if low < 0:
        raise InputError(
            f"{name}: negative precipitation ({low:.6g}) found; monthly precipitation must be "
            "≥ 0 mm. Fix or mask those pixels (set them to nodata) and run again."
        )
    if 0 < high <= PRECIPITATION_METRES_MAX:
        raise InputError(
            f"{name}: the largest value is {high:.4g}. This looks like metres; monthly "
            "precipitation must be in mm·month⁻¹. Multiply by 1000 (ERA5 monthly means are "
            "metres per day: multiply by 1000 × the days of the month) and run again."
        )
    if p99 > PRECIPITATION_HIGH_P99:
        return [
            f"{name}: 99th percentile {p99:.0f} mm·month⁻¹, above the wettest monthly means on "
            "record. Check the units (tenths of mm?)."
        ]
    return []


def check_annual_flux(values: np.ndarray, name: str) -> list[str]:
    """An annual carbon flux raster (NPP, Rh) must be gC·m⁻²·a⁻¹."""
    low, _median, p99, high = _stats(values, name)
    if 0 < high <= FLUX_KG_MAX:
        raise InputError(
            f"{name}: the largest value is {high:.4g}. This looks like kgC·m⁻²·a⁻¹ (the MOD17 "
            "unit); annual fluxes must be in gC·m⁻²·a⁻¹. Multiply by 1000 (or import MOD17 "
            "with carbonsink:importnpp) and run again."
        )
    if p99 > FLUX_HIGH_P99:
        return [
            f"{name}: 99th percentile {p99:.0f} gC·m⁻²·a⁻¹. Annual values above 2 000 almost "
            "always mean a unit error upstream (radiation in J or W·m⁻², NDVI × 10 000, "
            "precipitation in m, temperature in K) or FPAR saturation."
        ]
    return []
