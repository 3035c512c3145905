"""Value-range checks that catch the classic unit errors before they reach the model.

SPEC §7: an NPP far above 2 000 gC·m⁻²·a⁻¹ almost always means radiation in J or W·m⁻²,
precipitation in m, temperature in K or NDVI scaled by 10 000. Each function looks at values
that should already be in the plugin's units and returns a sentence saying what looks wrong
(None when the values are plausible). Callers add which parameter it is and how to override.

numpy only: no qgis, no Qt.
"""

from __future__ import annotations

import numpy as np


def _finite(values) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    return array[np.isfinite(array)]


def ndvi_problem(values) -> str | None:
    """NDVI must lie in −1…1."""
    data = _finite(values)
    if data.size == 0:
        return None
    top, bottom = float(data.max()), float(data.min())
    if top > 100:
        return (
            f"values up to {top:g} look like NDVI scaled by 10 000 (MODIS, Landsat products) "
            "or 1 000, not NDVI −1…1; apply the scale factor (e.g. 0.0001)"
        )
    if top > 1.0001 or bottom < -1.0001:
        return f"values {bottom:g} … {top:g} are outside the NDVI range −1…1"
    return None


def temperature_problem(values) -> str | None:
    """Monthly mean air temperature in °C: roughly −70…50."""
    data = _finite(values)
    if data.size == 0:
        return None
    median = float(np.median(data))
    if 180 <= median <= 340:
        return (
            f"values around {median:g} (median) look like kelvin, not °C "
            f"({median:g} K = {median - 273.15:.1f} °C)"
        )
    if data.max() > 60 or data.min() < -90:
        return (
            f"values {data.min():g} … {data.max():g} are not monthly mean temperatures in °C; "
            "tenths of a degree (0.1 °C, as in CMA tables) would explain them"
        )
    return None


def precipitation_problem(monthly) -> str | None:
    """Monthly precipitation in mm: ≥ 0, a wet month rarely above 2 000 mm.

    monthly: (stations or pixels, 12) or a flat array of monthly values.
    """
    array = np.asarray(monthly, dtype=np.float64)
    data = _finite(array)
    if data.size == 0:
        return None
    if data.min() < 0:
        return f"negative values (down to {data.min():g}) are not precipitation"
    if data.max() > 3000:
        return (
            f"values up to {data.max():g} are not monthly precipitation in mm; tenths of a "
            "millimetre (0.1 mm, as in CMA tables) would explain them"
        )
    if array.ndim == 2 and array.shape[-1] == 12:
        annual = np.nansum(array, axis=-1)
        if data.max() > 0 and np.nanmax(annual) < 5:
            return (
                f"annual totals of at most {np.nanmax(annual):.3g} look like metres (e.g. "
                "ERA5 'tp'), not millimetres"
            )
    return None


def radiation_problem(monthly) -> str | None:
    """Monthly total solar radiation in MJ·m⁻²·month⁻¹: 0 … ~1 000 (30 MJ·m⁻²·d⁻¹ × 31 d)."""
    array = np.asarray(monthly, dtype=np.float64)
    data = _finite(array)
    if data.size == 0:
        return None
    if data.min() < 0:
        return f"negative values (down to {data.min():g}) are not radiation"
    if data.max() > 1100:
        return (
            f"values up to {data.max():g} MJ·m⁻²·month⁻¹ exceed what reaches the ground "
            "(about 1 000); the input is probably in J·cm⁻², 0.01 MJ·m⁻² or kJ·m⁻²"
        )
    if array.ndim == 2 and array.shape[-1] == 12:
        annual = np.nansum(array, axis=-1)
        if np.nanmax(annual) < 480:
            return (
                f"annual totals of at most {np.nanmax(annual):.3g} MJ·m⁻² are far below any "
                "place on Earth (≥ ~2 000); the values look like daily means (MJ·m⁻²·d⁻¹), "
                "not monthly totals"
            )
    return None


def sunshine_problem(monthly_hours) -> str | None:
    """Monthly sunshine duration in hours: 0 … ~450 (at most the day length × days)."""
    array = np.asarray(monthly_hours, dtype=np.float64)
    data = _finite(array)
    if data.size == 0:
        return None
    if data.min() < 0:
        return f"negative values (down to {data.min():g}) are not sunshine hours"
    if data.max() > 500:
        return (
            f"values up to {data.max():g} exceed the possible hours of a month (~450); the "
            "input is probably in 0.1 h or minutes"
        )
    if array.ndim == 2 and array.shape[-1] == 12 and np.nanmax(np.nansum(array, axis=-1)) < 200:
        return (
            "annual totals below 200 h look like daily means (h·d⁻¹), not monthly totals; "
            "choose the per-day unit"
        )
    return None
