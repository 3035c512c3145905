"""Unit and range checks: one check per quantity, one way to report (SPEC §7).

Every algorithm looks at a sample of its input values (raster.Source.sample(), or a station
table) before the real pass and asks the check of each quantity what the values say about their
unit. A check returns findings; the caller decides with enforce() what stops the run, naming
its parameter, its remedy and its override flag.

Severities:
- ERROR: the values cannot be used as they are whatever the user says (an undeclared nodata
  value, values that are no vegetation-type code). Always stops.
- UNIT: no real data in the right unit looks like this (Kelvin, metres of rain, NDVI × 10 000,
  kgC). Stops unless the user ticks the algorithm's override; then it is a warning.
- WARNING: suspicious only; logged.

Thresholds, and why (written once, here):
- Undeclared nodata: a value below −1 000 (−9999, −3.4e38) in a temperature, precipitation,
  radiation, sunshine or annual-flux raster is a nodata value the file does not declare.
- NDVI lies in −1…1. More than 1 % of the values outside it is a scaled NDVI (MODIS and
  Landsat products store NDVI × 10 000, some × 1 000); a few outliers only warn (the CASA model
  clamps NDVI to each type's range).
- Monthly mean air temperature on Earth lies between about −70 °C (Vostok in winter) and
  +40 °C. A 99th percentile above 60 is not °C: if every value lies in 173…343 (−100…+70 °C as
  Kelvin) it is Kelvin, otherwise tenths of a degree (WorldClim 1.x, CRU TS and CMA tables store
  °C × 10). A 1st percentile below −90 is tenths of a degree or an undeclared nodata value. A
  few values outside −90…60 only warn.
- Monthly precipitation is ≥ 0 mm. A stack whose largest value is at most 1.5 is in metres (ERA5
  `tp`): in mm it would be a hyperarid desert with under 18 mm a year everywhere. The wettest
  monthly means on record are about 2 700 mm (Cherrapunji, July): a 99th percentile above
  3 000 mm is tenths of a millimetre; a few such values only warn.
- Monthly total solar radiation in MJ·m⁻²: at the very most about 35 MJ·m⁻²·d⁻¹ × 31 days
  ≈ 1 100 reach the ground in a clear high-altitude summer month, so a 99th percentile above
  1 200 is J·m⁻², kJ·m⁻², J·cm⁻² or 0.01 MJ·m⁻². Any place's sunniest month gets ≥ 300 MJ·m⁻²:
  a largest value below 45 is a daily mean (MJ·m⁻²·d⁻¹), one below 300 a mean flux in W·m⁻².
- Monthly sunshine duration in hours: the sunniest months get about 450 h, so a 99th
  percentile above 500 is 0.1 h or minutes; a largest value of at most 24 is a daily mean
  (a day has 24 h, and even the cloudiest station's sunniest month has more).
- Annual carbon fluxes (NPP, Rh) in gC·m⁻²·a⁻¹: vegetation gives hundreds; a largest value of
  at most 5 is kgC·m⁻²·a⁻¹ (the MOD17 unit). An annual NPP above 2 000 almost always means a unit
  error upstream or FPAR saturation (SPEC §7): a 99th percentile above it warns. The Pei model
  gives at least 0.22·(e^(−0.913) + 0)·30·0.465 ≈ 1.2 gC·m⁻² in a month at −10 °C without rain
  (≈ 15 a year), and above 100 a year wherever the mean temperature is above freezing: an
  annual Rh whose largest value is below 70 is one month's Rh far more often than a polar
  climate, and warns.
- Annual NEP: a mean above 800 gC·m⁻²·a⁻¹ (SPEC §7: city means stay below) warns; values that
  all stay within ±60 (99 % within ±30) look like the CO₂ density (tCO₂·ha⁻¹·a⁻¹) or a monthly
  value, and warn.
- Vegetation types (SPEC §2.5) are whole codes 0…254 of a UInt8 raster whose nodata is 255
  (0 non-vegetated, 1–8 the types of the parameter table); an algorithm may narrow them to the
  codes it knows.

Messages are English str.format templates, marked for translation (context "Units"): core does
not import Qt, so QT_TRANSLATE_NOOP (core/errors.py) only marks them for pylupdate5; findings and
the sentences enforce() makes are Messages (core/errors.py), which the processing layer shows in
the user's language (i18n.message_text). numpy only: no qgis, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Collection, Iterable, Mapping

import numpy as np

from .errors import COLON, QT_TRANSLATE_NOOP, InputError, Listing, Message

ERROR = "error"
UNIT = "unit"
WARNING = "warning"

UNDECLARED_NODATA = -1000.0  # no quantity checked for it goes below

NDVI_TOLERANCE = 1e-4  # rounding of stored NDVI values
NDVI_SCALED_SHARE = 0.01  # more than this share outside −1…1: a scaled NDVI

TEMPERATURE_MAX_C = 60.0  # °C: no monthly mean (99th percentile) is this hot
TEMPERATURE_MIN_C = -90.0  # °C: no monthly mean (1st percentile) is this cold
KELVIN_RANGE = (173.0, 343.0)  # K: −100…+70 °C; a stack entirely inside it is Kelvin

PRECIPITATION_METRES_MAX = 1.5  # mm·month⁻¹: a stack that never exceeds it is in metres
PRECIPITATION_MAX = 3000.0  # mm·month⁻¹: above the wettest monthly means on record

RADIATION_MAX = 1200.0  # MJ·m⁻²·month⁻¹: more never reaches the ground in a month
RADIATION_DAILY_MAX = 45.0  # MJ·m⁻²: a stack whose largest value is below it is daily means
RADIATION_SUNNIEST_MIN = 300.0  # MJ·m⁻²·month⁻¹: any place's sunniest month gets more

SUNSHINE_MAX = 500.0  # h·month⁻¹: above the sunniest months on record
SUNSHINE_DAILY_MAX = 24.0  # h: a stack whose largest value is at most a day is daily means

FLUX_KG_MAX = 5.0  # gC·m⁻²·a⁻¹: a largest value this small is kgC·m⁻²·a⁻¹
ANNUAL_NPP_LIMIT = 2000.0  # gC·m⁻²·a⁻¹: annual NPP above it almost always a unit error (SPEC §7)
RH_ANNUAL_MIN = 70.0  # gC·m⁻²·a⁻¹: an annual Rh whose largest value is below it is one month's
CITY_NEP_LIMIT = 800.0  # gC·m⁻²·a⁻¹: a city mean NEP above it almost always a unit error (§7)
NEP_SMALL_P99 = 30.0  # gC·m⁻²·a⁻¹: |NEP| whose 99th percentile stays below it …
NEP_SMALL_MAX = 60.0  # … and whose largest value stays below this is not annual NEP in grams

VEGETATION_NODATA = 255  # the UInt8 nodata of a vegetation-type raster; codes are 0…254


# One template per kind of finding. Named fields come from Finding.values. (Kept unformatted:
# pylupdate5 reads a QT_TRANSLATE_NOOP only when its context and first string share a line.)
# fmt: off
TEMPLATES = {
    "undeclared_nodata": QT_TRANSLATE_NOOP("Units", "values down to {low:.6g} found. This looks "
        "like a nodata value that the file does not declare; declare it (Layer Properties → "
        "Transparency, or gdal_edit.py -a_nodata VALUE file.tif; in a table leave such cells "
        "empty) and run again."),
    "ndvi_scaled": QT_TRANSLATE_NOOP("Units", "values {low:.6g} … {high:.6g} ({share:.0%} "
        "outside −1…1) look like NDVI scaled by 10 000 (MODIS, Landsat products) or 1 000, "
        "not NDVI −1…1. Multiply by 0.0001 (or 0.001), or compute NDVI with carbonsink:ndvi."),
    "ndvi_outliers": QT_TRANSLATE_NOOP("Units", "{share:.2%} of the values lie outside −1…1 "
        "({low:.4g} … {high:.4g}), which no NDVI can; the CASA model clamps them to each "
        "type's NDVI range. Check the input."),
    "kelvin": QT_TRANSLATE_NOOP("Units", "median {median:.1f}, range {low:.1f}…{high:.1f}: "
        "the values look like Kelvin; monthly mean air temperature must be in °C: subtract "
        "273.15. (If they are °C × 10, as WorldClim 1.x and CRU TS store them, divide by 10 "
        "instead.)"),
    "temperature_tenths": QT_TRANSLATE_NOOP("Units", "median {median:.1f}, range "
        "{low:.1f}…{high:.1f}: the values look like tenths of a degree (°C × 10, as "
        "WorldClim 1.x, CRU TS and CMA tables store them); monthly mean air temperature must "
        "be in °C. Divide by 10."),
    "temperature_low": QT_TRANSLATE_NOOP("Units", "values down to {low:.1f} (1st percentile "
        "{p1:.1f}), colder than any monthly mean on Earth (about −70 °C): tenths of a degree "
        "(divide by 10) or a nodata value that the file does not declare (declare it)."),
    "temperature_outliers": QT_TRANSLATE_NOOP("Units", "a few values lie outside −90…60 °C "
        "({low:.1f} … {high:.1f}), which no monthly mean reaches. Check those pixels."),
    "negative_precipitation": QT_TRANSLATE_NOOP("Units", "negative precipitation ({low:.6g}) "
        "found; monthly precipitation must be ≥ 0 mm. Fix or mask those pixels (set them to "
        "nodata) and run again."),
    "precipitation_metres": QT_TRANSLATE_NOOP("Units", "the largest value is {high:.4g}: the "
        "values look like metres; monthly precipitation must be in mm·month⁻¹. Multiply by 1000 "
        "(ERA5 monthly means are metres per day: multiply by 1000 × the days of the month)."),
    "precipitation_tenths": QT_TRANSLATE_NOOP("Units", "99th percentile {p99:.0f} "
        "mm·month⁻¹, above the wettest monthly means on record (about 2 700 mm): the values "
        "look like tenths of a millimetre (as CMA tables store them). Divide by 10."),
    "precipitation_extreme": QT_TRANSLATE_NOOP("Units", "a few values reach {high:.0f} "
        "mm·month⁻¹, above the wettest monthly means on record (about 2 700 mm). Check those "
        "pixels (tenths of mm?)."),
    "negative_radiation": QT_TRANSLATE_NOOP("Units", "negative radiation ({low:.6g}) found; "
        "solar radiation is ≥ 0. Check the nodata value."),
    "radiation_joules": QT_TRANSLATE_NOOP("Units", "values reach {high:.6g}, far above the "
        "≈1 000 MJ·m⁻² a sunny month gets: the values look like J·m⁻² (divide by "
        "1 000 000), kJ·m⁻² (divide by 1000), or J·cm⁻² or 0.01 MJ·m⁻² (divide by 100)."),
    "radiation_daily": QT_TRANSLATE_NOOP("Units", "the largest value is {high:.4g}: the "
        "values look like daily means (MJ·m⁻²·d⁻¹), not monthly totals; multiply each "
        "month by its number of days."),
    "radiation_watts": QT_TRANSLATE_NOOP("Units", "the largest value is {high:.4g}, below the "
        "≥300 MJ·m⁻² of any place's sunniest month: the values look like a mean flux in "
        "W·m⁻²; multiply by 0.0864 × the days of the month (2.592 for 30 days)."),
    "radiation_extreme": QT_TRANSLATE_NOOP("Units", "a few values reach {high:.6g} "
        "MJ·m⁻²·month⁻¹, more than reaches the ground in a month. Check those pixels."),
    "negative_sunshine": QT_TRANSLATE_NOOP("Units", "negative sunshine hours ({low:.6g}) "
        "found. Check the nodata value."),
    "sunshine_tenths": QT_TRANSLATE_NOOP("Units", "99th percentile {p99:.0f} h, above the "
        "sunniest months on record (about 450 h): the values look like 0.1 h or minutes."),
    "sunshine_daily": QT_TRANSLATE_NOOP("Units", "the largest value is {high:.4g} h: the "
        "values look like daily means (h·d⁻¹), not monthly totals."),
    "sunshine_extreme": QT_TRANSLATE_NOOP("Units", "a few values reach {high:.0f} h, above the "
        "sunniest months on record (about 450 h). Check those values."),
    "flux_kg": QT_TRANSLATE_NOOP("Units", "the largest value is {high:.4g}. This looks like "
        "kgC·m⁻²·a⁻¹ (the MOD17 unit); annual fluxes must be in gC·m⁻²·a⁻¹. Multiply by 1000 "
        "(or import MOD17 with carbonsink:importnpp)."),
    "flux_high": QT_TRANSLATE_NOOP("Units", "99th percentile {p99:.0f} gC·m⁻²·a⁻¹. Annual "
        "values above 2 000 almost always mean a unit error upstream (radiation in J or W·m⁻², "
        "NDVI × 10 000, precipitation in m, temperature in K) or FPAR saturation."),
    "rh_monthly": QT_TRANSLATE_NOOP("Units", "the largest value is {high:.1f} gC·m⁻²·a⁻¹, low "
        "for an annual Rh. Is this one month's Rh? Use the annual OUTPUT of "
        "carbonsink:soilrespiration (the sum of the 12 months)."),
    "nep_high": QT_TRANSLATE_NOOP("Units", "mean {mean:.0f} gC·m⁻²·a⁻¹ is above 800, which "
        "almost always means a unit error or FPAR saturation upstream (SPEC §7)."),
    "nep_small": QT_TRANSLATE_NOOP("Units", "values stay within ±{peak:.3g}; annual NEP in "
        "gC·m⁻²·a⁻¹ is usually tens to hundreds. Is this the CO₂ density raster "
        "(tCO₂·ha⁻¹·a⁻¹) or a monthly value instead of annual NEP?"),
    "vegetation_fractional": QT_TRANSLATE_NOOP("Units", "non-integer values such as "
        "{value:.4g} found: not vegetation-type codes, which are whole numbers (0 "
        "non-vegetated, 1–8 vegetation types). Was an NDVI or NPP raster given? Make the type "
        "raster with 'Vegetation types from land cover' (carbonsink:vegetationtypes)."),
    "vegetation_negative": QT_TRANSLATE_NOOP("Units", "negative code {value:.0f} found; "
        "vegetation types are codes ≥ 0 (0 non-vegetated). Declare the nodata value or "
        "reclassify with carbonsink:vegetationtypes."),
    "vegetation_nodata": QT_TRANSLATE_NOOP("Units", "value {value} found: {value} is the usual "
        "nodata value of a vegetation-type raster, but the file does not declare it. Set it as "
        "the layer's nodata (gdal_edit.py -a_nodata {value} file.tif) and run again."),
    "vegetation_unknown": QT_TRANSLATE_NOOP("Units", "values {values} are not vegetation-type "
        "codes {codes} (SPEC §2.5). Is this a land-cover map? Reclassify it first with "
        "'Vegetation types from land cover' (carbonsink:vegetationtypes), and declare its "
        "nodata value (255)."),
    "vegetation_none": QT_TRANSLATE_NOOP("Units", "every sampled pixel is non-vegetated "
        "(type 0)."),
}
# fmt: on


@dataclass(frozen=True)
class Finding:
    """What a check found: its kind (a key of TEMPLATES), severity and the telling values."""

    kind: str
    severity: str
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def template(self) -> str:
        return TEMPLATES[self.kind]

    @property
    def message(self) -> Message:
        """The sentence (without the input's name): English as a str, translatable."""
        return Message(self.template, "Units", **self.values)

    def __str__(self) -> str:
        return self.message

    def stops(self, overridden: bool = False) -> bool:
        """Whether it stops a run: an ERROR always, a UNIT finding unless overridden."""
        return self.severity == ERROR or (self.severity == UNIT and not overridden)


def enforce(
    findings: Iterable[Finding],
    name: str,
    *,
    overridden: bool = False,
    remedy: str = "",
    override_hint: str = "",
) -> list[Message]:
    """Raise InputError for the first finding that stops the run; return the others as
    warning sentences (Messages). Each names the input (`name`: its parameter label); an error
    adds the caller's `remedy` and, for a UNIT finding, `override_hint` (how to tick the
    override)."""
    order = {ERROR: 0, UNIT: 1, WARNING: 2}
    warnings = []
    for finding in sorted(findings, key=lambda f: order[f.severity]):
        text = Listing([name, finding.message], COLON)  # "NDVI [NDVI]: values …"
        if finding.stops(overridden):
            hint = override_hint if finding.severity == UNIT else ""
            raise InputError(Listing([part for part in (text, remedy, hint) if part], " "))
        warnings.append(text)
    return warnings


# --------------------------------------------------------------------------------------------
# Statistics of a sample


@dataclass(frozen=True)
class _Stats:
    low: float
    p1: float
    median: float
    p99: float
    high: float


def _finite(values) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64).ravel()
    return array[np.isfinite(array)]


def _stats(values: np.ndarray) -> _Stats:
    return _Stats(*(float(v) for v in np.percentile(values, [0, 1, 50, 99, 100])))


def _checked(values) -> tuple[_Stats | None, list[Finding]]:
    """(statistics of the finite values, [undeclared-nodata finding]); no statistics when the
    sample is empty (nothing to judge) or holds an undeclared nodata value."""
    data = _finite(values)
    if data.size == 0:
        return None, []
    low = float(data.min())
    if low < UNDECLARED_NODATA:
        return None, [Finding("undeclared_nodata", ERROR, {"low": low})]
    return _stats(data), []


# --------------------------------------------------------------------------------------------
# One check per quantity (each takes a sample of values, any shape, NaN = nodata)


def check_ndvi(values) -> list[Finding]:
    """NDVI, unitless −1…1."""
    data = _finite(values)
    if data.size == 0:
        return []
    outside = (data < -1.0 - NDVI_TOLERANCE) | (data > 1.0 + NDVI_TOLERANCE)
    share = float(np.mean(outside))
    found = {"low": float(data.min()), "high": float(data.max()), "share": share}
    if share > NDVI_SCALED_SHARE:
        return [Finding("ndvi_scaled", UNIT, found)]
    if share > 0:
        return [Finding("ndvi_outliers", WARNING, found)]
    return []


def check_temperature(values) -> list[Finding]:
    """Monthly mean air temperature, °C."""
    s, findings = _checked(values)
    if s is None:
        return findings
    found = {"low": s.low, "p1": s.p1, "median": s.median, "high": s.high}
    if s.p99 > TEMPERATURE_MAX_C:
        kelvin = KELVIN_RANGE[0] <= s.low and s.high <= KELVIN_RANGE[1]
        return [Finding("kelvin" if kelvin else "temperature_tenths", UNIT, found)]
    if s.p1 < TEMPERATURE_MIN_C:
        return [Finding("temperature_low", UNIT, found)]
    if s.high > TEMPERATURE_MAX_C or s.low < TEMPERATURE_MIN_C:
        return [Finding("temperature_outliers", WARNING, found)]
    return []


def check_precipitation(values) -> list[Finding]:
    """Monthly precipitation, mm·month⁻¹."""
    s, findings = _checked(values)
    if s is None:
        return findings
    found = {"low": s.low, "p99": s.p99, "high": s.high}
    if s.low < 0:
        findings.append(Finding("negative_precipitation", UNIT, found))
    if 0 < s.high <= PRECIPITATION_METRES_MAX:
        findings.append(Finding("precipitation_metres", UNIT, found))
    elif s.p99 > PRECIPITATION_MAX:
        findings.append(Finding("precipitation_tenths", UNIT, found))
    elif s.high > PRECIPITATION_MAX:
        findings.append(Finding("precipitation_extreme", WARNING, found))
    return findings


def check_radiation(values) -> list[Finding]:
    """Monthly total solar radiation, MJ·m⁻²·month⁻¹."""
    s, findings = _checked(values)
    if s is None:
        return findings
    found = {"low": s.low, "high": s.high}
    if s.low < 0:
        findings.append(Finding("negative_radiation", UNIT, found))
    if s.p99 > RADIATION_MAX:
        findings.append(Finding("radiation_joules", UNIT, found))
    elif 0 < s.high < RADIATION_DAILY_MAX:
        findings.append(Finding("radiation_daily", UNIT, found))
    elif RADIATION_DAILY_MAX <= s.high < RADIATION_SUNNIEST_MIN:
        findings.append(Finding("radiation_watts", UNIT, found))
    elif s.high > RADIATION_MAX:
        findings.append(Finding("radiation_extreme", WARNING, found))
    return findings


def check_sunshine(values) -> list[Finding]:
    """Monthly sunshine duration, hours per month."""
    s, findings = _checked(values)
    if s is None:
        return findings
    found = {"low": s.low, "p99": s.p99, "high": s.high}
    if s.low < 0:
        findings.append(Finding("negative_sunshine", UNIT, found))
    if s.p99 > SUNSHINE_MAX:
        findings.append(Finding("sunshine_tenths", UNIT, found))
    elif 0 < s.high <= SUNSHINE_DAILY_MAX:
        findings.append(Finding("sunshine_daily", UNIT, found))
    elif s.high > SUNSHINE_MAX:
        findings.append(Finding("sunshine_extreme", WARNING, found))
    return findings


def check_annual_flux(values) -> list[Finding]:
    """An annual carbon flux (NPP, Rh), gC·m⁻²·a⁻¹."""
    s, findings = _checked(values)
    if s is None:
        return findings
    found = {"p99": s.p99, "high": s.high}
    if 0 < s.high <= FLUX_KG_MAX:
        return [Finding("flux_kg", UNIT, found)]
    if s.p99 > ANNUAL_NPP_LIMIT:
        return [Finding("flux_high", WARNING, found)]
    return []


def check_annual_rh(values) -> list[Finding]:
    """Annual soil heterotrophic respiration, gC·m⁻²·a⁻¹: an annual flux, not one month's."""
    findings = check_annual_flux(values)
    data = _finite(values)
    if not findings and data.size and FLUX_KG_MAX < float(data.max()) < RH_ANNUAL_MIN:
        findings.append(Finding("rh_monthly", WARNING, {"high": float(data.max())}))
    return findings


def check_annual_nep(values) -> list[Finding]:
    """Annual NEP, gC·m⁻²·a⁻¹ (negative where the pixel is a carbon source)."""
    data = _finite(values)
    if data.size == 0:
        return []
    mean = float(data.mean())
    size = np.abs(data)
    if mean > CITY_NEP_LIMIT:
        return [Finding("nep_high", WARNING, {"mean": mean})]
    small = np.percentile(size, 99) < NEP_SMALL_P99 and size.max() < NEP_SMALL_MAX
    if small and np.any(data != 0):
        return [Finding("nep_small", WARNING, {"peak": float(size.max())})]
    return []


def invalid_vegetation_codes(values, codes: Collection[int] | None = None) -> np.ndarray:
    """The distinct values (NaN = nodata is fine) that are not vegetation-type codes: not
    whole numbers 0…254, or not among `codes` when given. Vectorised, for whole windows too."""
    data = _finite(values)
    bad = (data != np.round(data)) | (data < 0) | (data >= VEGETATION_NODATA)
    if codes is not None:
        bad |= ~np.isin(data, np.asarray(sorted(codes), dtype=np.float64))
    return np.unique(data[bad])


def check_vegetation_codes(values, codes: Collection[int] | None = None) -> list[Finding]:
    """Vegetation types (SPEC §2.5): whole codes 0…254 (0 non-vegetated), or only `codes`."""
    data = _finite(values)
    if data.size == 0:
        return []
    bad = invalid_vegetation_codes(data, codes)
    fractional = bad[bad != np.round(bad)]
    if fractional.size:
        return [Finding("vegetation_fractional", ERROR, {"value": float(fractional[0])})]
    if bad.size and bad[0] < 0:
        return [Finding("vegetation_negative", ERROR, {"value": float(bad[0])})]
    if VEGETATION_NODATA in bad:
        return [Finding("vegetation_nodata", ERROR, {"value": VEGETATION_NODATA})]
    if bad.size:
        known = sorted(codes) if codes is not None else range(VEGETATION_NODATA)
        found = {"values": ", ".join(f"{v:g}" for v in bad[:8]), "codes": _ranges(known)}
        return [Finding("vegetation_unknown", ERROR, found)]
    if not np.any(data != 0):
        return [Finding("vegetation_none", WARNING)]
    return []


def _ranges(codes: Iterable[int]) -> str:
    """'0–8', '0–4, 7, 9–12': whole numbers as runs."""
    runs: list[list[int]] = []
    for code in sorted(int(c) for c in codes):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in runs)


# The check of each monthly climate or NDVI variable, by the variable names of the algorithms.
CHECKS: Mapping[str, Callable[..., list[Finding]]] = {
    "ndvi": check_ndvi,
    "temperature": check_temperature,
    "precipitation": check_precipitation,
    "radiation": check_radiation,
    "sunshine": check_sunshine,
}
