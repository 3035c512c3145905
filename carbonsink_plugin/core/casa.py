"""NPP by the improved CASA model (SPEC §3) — numpy only, no qgis.

Monthly, per pixel x and month t (band t of the 12-band stacks):

    NPP(x,t)  = APAR(x,t) · ε(x,t)                                   gC·m⁻²·month⁻¹
    APAR(x,t) = SOL(x,t) · FPAR(x,t) · PAR fraction                  MJ·m⁻²·month⁻¹
    ε(x,t)    = Tε1(x) · Tε2(x,t) · Wε(x,t) · εmax(type)             gC·MJ⁻¹
    NPP(x)    = Σ_t NPP(x,t)                                         gC·m⁻²·a⁻¹

One function per formula below (simple_ratio, fpar_ndvi, fpar_sr, fpar, optimum_temperature,
t_eps1, t_eps2, heat_index, thornthwaite_exponent, thornthwaite, regional_et, w_eps,
monthly_npp); `npp_block` chains them over one window of the stacks, and `run_casa` runs the
whole computation through the raster engine (a scan pass for the vegetation codes and, in
"data" mode, the NDVI percentiles; then the NPP pass).

References: Potter et al. 1993 (Global Biogeochem. Cycles 7:811–841); Field et al. 1995;
Zhu Wenquan, Pan Yaozhong, Zhang Jinshui 2007 (J. Plant Ecol. 31:413–424);
Zhou Guangsheng & Zhang Xinshi 1995 (Acta Phytoecol. Sin. 19:193–200);
Thornthwaite 1948 (Geogr. Rev. 38:55–94).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field, replace
from typing import Mapping

import numpy as np

from . import raster, units
from .errors import QT_TRANSLATE_NOOP, InputError, Listing, Message
from .parameters import (
    FPAR_ALPHA,
    FPAR_MAX,
    FPAR_MIN,
    FREEZING_LIMIT,
    NDVI_DATA_PERCENTILE,
    NON_VEGETATED,
    PAR_FRACTION,
    RN_CONSTANT,
    TEPS2_CONSTANT,
    VegetationType,
    type_table_from_matrix,
)

STACKS = ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION")
# The unit check (core/units.py) of each stack, run on a sample before computing.
STACK_CHECKS = {
    "NDVI": units.check_ndvi,
    "SOL": units.check_radiation,
    "TEMPERATURE": units.check_temperature,
    "PRECIPITATION": units.check_precipitation,
}
NODATA_CODE = units.VEGETATION_NODATA  # SPEC §1; codes 1…254 may carry parameters

# Fixed coefficients of the published formulas (the disputed ones are CasaConstants fields).
TEPS1 = (0.8, 0.02, -0.0005)  # Tε1 = 0.8 + 0.02·Topt − 0.0005·Topt²
TEPS2_SLOPES = (0.2, 0.3)  # Tε2 logistic slopes (Potter et al. 1993)
TEPS2_WINDOW = (13.0, 10.0)  # Tε2 evaluated at Topt and halved when T < Topt−13 or T > Topt+10
HEAT_INDEX_EXPONENT = 1.514
THORNTHWAITE_A = (6.75e-7, -7.71e-5, 1.792e-2, 0.49239)  # a = c3·I³ + c2·I² + c1·I + c0
THORNTHWAITE_FACTOR = 16.0  # mm·month⁻¹
HOT_MONTH = (26.5, -415.85, 32.24, -0.43)  # T ≥ 26.5 °C: Ep0 = −415.85 + 32.24·T − 0.43·T²
RN_SQRT = 0.369  # Rn = sqrt(Ep0·P)·(0.369 + k·sqrt(Ep0/P))

_LN5 = math.log(5.0)
_LN10 = math.log(10.0)


@dataclass(frozen=True)
class CasaConstants:
    """The constants of SPEC §3 that the literature disagrees on; every one is a parameter."""

    par_fraction: float = PAR_FRACTION
    fpar_min: float = FPAR_MIN
    fpar_max: float = FPAR_MAX
    alpha: float = FPAR_ALPHA
    teps2_constant: float = TEPS2_CONSTANT
    rn_constant: float = RN_CONSTANT
    hot_month_branch: bool = False
    freezing_limit: float = FREEZING_LIMIT
    cap_water_stress: bool = False  # Wε ≤ 1 (off: the formula as published)

    def check(self) -> None:
        if not 0 < self.par_fraction <= 1:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "PAR_FRACTION must be in (0, 1]; got {value}."),
                value=self.par_fraction,
            )
        if not 0 <= self.fpar_min < self.fpar_max <= 1:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "FPAR_MIN and FPAR_MAX need 0 ≤ FPAR_MIN < FPAR_MAX "
                    "≤ 1; got {low} and {high}."),
                low=self.fpar_min,
                high=self.fpar_max,
            )  # fmt: skip
        if not 0 <= self.alpha <= 1:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "FPAR_ALPHA must be in [0, 1]; got {value}."),
                value=self.alpha,
            )


# =============================================================================================
# FPAR


def simple_ratio(ndvi):
    """SR = (1 + NDVI) / (1 − NDVI)."""
    return (1.0 + ndvi) / (1.0 - ndvi)


def fpar_ndvi(ndvi, ndvi_min, ndvi_max, fpar_min=FPAR_MIN, fpar_max=FPAR_MAX):
    """FPAR_NDVI = (NDVI − NDVI_min)/(NDVI_max − NDVI_min)·(FPAR_max − FPAR_min) + FPAR_min."""
    return (ndvi - ndvi_min) / (ndvi_max - ndvi_min) * (fpar_max - fpar_min) + fpar_min


def fpar_sr(sr, sr_min, sr_max, fpar_min=FPAR_MIN, fpar_max=FPAR_MAX):
    """FPAR_SR = (SR − SR_min)/(SR_max − SR_min)·(FPAR_max − FPAR_min) + FPAR_min."""
    return (sr - sr_min) / (sr_max - sr_min) * (fpar_max - fpar_min) + fpar_min


def fpar(ndvi, ndvi_min, ndvi_max, constants: CasaConstants = CasaConstants()):
    """FPAR = α·FPAR_NDVI + (1 − α)·FPAR_SR, NDVI clamped to [NDVI_min, NDVI_max] of the type."""
    c = constants
    n = np.clip(ndvi, ndvi_min, ndvi_max)
    by_ndvi = fpar_ndvi(n, ndvi_min, ndvi_max, c.fpar_min, c.fpar_max)
    by_sr = fpar_sr(
        simple_ratio(n), simple_ratio(ndvi_min), simple_ratio(ndvi_max), c.fpar_min, c.fpar_max
    )
    return c.alpha * by_ndvi + (1.0 - c.alpha) * by_sr


def fpar_coefficients(ndvi_min: float, ndvi_max: float, constants: CasaConstants):
    """(k0, k1, k2) with FPAR = k0 + k1·NDVI + k2/(1 − NDVI) on the clamped NDVI.

    The formula of `fpar` expanded once per type, so a window needs one division per
    pixel-month: with kN = (FPAR_max − FPAR_min)/(NDVI_max − NDVI_min),
    kS = (FPAR_max − FPAR_min)/(SR_max − SR_min) and SR = 2/(1 − NDVI) − 1,
        FPAR = α·kN·NDVI + (1−α)·kS·(2/(1 − NDVI) − 1)
               + FPAR_min − α·kN·NDVI_min − (1−α)·kS·SR_min.
    """
    c = constants
    sr_min, sr_max = simple_ratio(ndvi_min), simple_ratio(ndvi_max)
    k_ndvi = c.alpha * (c.fpar_max - c.fpar_min) / (ndvi_max - ndvi_min)
    k_sr = (1.0 - c.alpha) * (c.fpar_max - c.fpar_min) / (sr_max - sr_min)
    k0 = c.fpar_min - k_ndvi * ndvi_min - k_sr * sr_min - k_sr
    return k0, k_ndvi, 2.0 * k_sr


# =============================================================================================
# Temperature stress


def optimum_temperature(ndvi, temperature, work=None):
    """Topt: temperature of the month with the highest NDVI (the first such month).

    ndvi, temperature: (12, …) stacks; returns (…). A running maximum over the months (a few
    arithmetic passes on one month's values) instead of argmax + take, which is several times
    slower along the month axis; a month greener nowhere (most months after the peak) costs
    two passes. work: float32 (3, …) and bool (…) scratch arrays (npp_block's, see _Work),
    else allocated; Topt is returned in work[0][0].
    """
    if work is None:
        work = _Work.arrays(np.shape(ndvi[0]), 3, 1)
    (topt, peak, step), (greener,) = work
    np.copyto(peak, ndvi[0])
    np.copyto(topt, temperature[0])
    for m in range(1, len(ndvi)):
        np.greater(ndvi[m], peak, out=greener)  # strict: ties keep the first month
        np.maximum(peak, ndvi[m], out=peak)
        if not greener.any():
            continue
        np.subtract(temperature[m], topt, out=step)
        step *= greener
        topt += step
    return topt


def t_eps1(topt, out=None):
    """Tε1 = 0.8 + 0.02·Topt − 0.0005·Topt² (into out if given)."""
    c0, c1, c2 = TEPS1
    value = np.multiply(topt, c2, out=out)
    value += c1
    value *= topt
    value += c0
    return value


def t_eps2_at_optimum(constant: float = TEPS2_CONSTANT) -> float:
    """Tε2 at T = Topt: constant / ((1 + e⁻²)(1 + e⁻³)), the same for every Topt."""
    s1, s2 = TEPS2_SLOPES
    return constant / ((1.0 + math.exp(-s1 * 10.0)) * (1.0 + math.exp(-s2 * 10.0)))


_E2 = math.exp(-2.0)  # exp(−0.2·10)
_E3 = math.exp(-3.0)  # exp(−0.3·10)


def t_eps2(temperature, topt, constant: float = TEPS2_CONSTANT):
    """Tε2 = C / (1 + exp(0.2·(Topt − 10 − T))) · 1 / (1 + exp(0.3·(−Topt − 10 + T))).

    When T > Topt + 10 or T < Topt − 13, Tε2 is its value at T = Topt, halved.
    temperature and topt broadcast against each other.

    With d = T − Topt and v = exp(0.1·d): exp(0.2·(Topt − 10 − T)) = e⁻²/v² and
    exp(0.3·(T − Topt − 10)) = e⁻³·v³, so Tε2 = C·v² / ((v² + e⁻²)(1 + e⁻³·v³)): one
    exponential instead of two. |d| ≤ 150 keeps every term finite in float32.
    """
    shape = np.broadcast_shapes(np.shape(temperature), np.shape(topt))
    t = np.atleast_1d(np.asarray(temperature, dtype=np.float32))
    topt = np.asarray(topt, dtype=np.float32)
    t, topt = np.broadcast_arrays(t, topt)
    high, low = t_eps2_window(topt)
    value = _t_eps2(t, topt, high, low, constant, _Work.arrays(t.shape, 3, 2))
    return value.reshape(shape)


def t_eps2_window(topt, out=(None, None)):
    """(Topt + 10, Topt − 13): Tε2's window, per pixel (into the arrays of out if given)."""
    return (
        np.add(topt, np.float32(TEPS2_WINDOW[1]), out=out[0]),
        np.subtract(topt, np.float32(TEPS2_WINDOW[0]), out=out[1]),
    )


def _t_eps2(t, topt, high, low, constant, work):
    """t_eps2 into work[0][0], given the window (t_eps2_window); work: float32 (3, …) and
    bool (2, …) scratch arrays of t's shape.

    Outside the window Tε2 is value·0 + half value (an arithmetic blend, faster than a masked
    write; NaN stays NaN). The window is found first: where no value is inside (the winter
    months of most places) the formula is not evaluated, T·0 + half value instead; where every
    value is inside there is nothing to blend. The bounds are compared as the rule is written
    (T > Topt + 10, T < Topt − 13), not via d, so a value within rounding of an edge falls on
    the same side as in the formula.
    """
    f32 = np.float32
    (value, v, v2), (inside, edge) = work
    half = f32(t_eps2_at_optimum(constant) / 2.0)
    np.less_equal(t, high, out=inside)
    np.greater_equal(t, low, out=edge)
    inside &= edge
    if not inside.any():
        np.multiply(t, f32(0.0), out=value)
        value += half
        return value
    np.subtract(t, topt, out=v)
    v *= f32(0.1)
    np.exp(v, out=v)
    np.multiply(v, v, out=v2)
    v *= v2  # v³
    v *= f32(_E3)
    v += f32(1.0)  # 1 + e⁻³·v³
    np.multiply(v2, f32(constant), out=value)
    v2 += f32(_E2)
    v *= v2
    value /= v
    if not inside.all():
        value *= inside
        np.logical_not(inside, out=inside)
        np.multiply(inside, half, out=v)
        value += v
    return value


# =============================================================================================
# Water stress: Thornthwaite potential ET and the Zhou–Zhang regional ET model


def log_positive(temperature, out=None):
    """ln T where T > 0, −inf elsewhere (so that exp(k·ln T) is 0 for T ≤ 0)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.asarray(np.maximum(temperature, np.float32(0.0), out=out))
        return np.log(value, out=value)


def heat_index(temperature, log_t=None, out=None, work=None):
    """I = Σ over the months with T > 0 of (T/5)^1.514 (annual heat index). (12, …) → (…).

    Month by month (the sum in month order, as numpy sums along the first axis); out and work:
    float32 (…) arrays for the result and the scratch (else allocated).
    """
    log_t = log_positive(temperature) if log_t is None else log_t
    index = np.empty(np.shape(log_t[0]), np.float32) if out is None else out
    term = np.empty_like(index) if work is None else work
    for m in range(len(log_t)):
        np.subtract(log_t[m], np.float32(_LN5), out=term)
        term *= np.float32(HEAT_INDEX_EXPONENT)
        np.exp(term, out=term)
        if m:
            index += term
        else:
            np.copyto(index, term)
    return index


def thornthwaite_exponent(index, out=None):
    """a = 6.75e-7·I³ − 7.71e-5·I² + 1.792e-2·I + 0.49239 (into out if given)."""
    c3, c2, c1, c0 = THORNTHWAITE_A
    a = np.multiply(index, c3, out=out)
    a += c2
    a *= index
    a += c1
    a *= index
    a += c0
    return a


def thornthwaite(temperature, index, exponent, hot_month_branch: bool = False, log_t=None):
    """Ep0 = 16·(10·T/I)^a for T > 0, else 0 (mm·month⁻¹, unadjusted Thornthwaite).

    With hot_month_branch, months with T ≥ 26.5 °C use Ep0 = −415.85 + 32.24·T − 0.43·T²
    (hot_month). index and exponent (per pixel) broadcast against temperature.
    """
    log_t = log_positive(temperature) if log_t is None else log_t
    ep0 = _thornthwaite_from_logs(log_t, log_ten_over(index), exponent)
    if hot_month_branch:
        ep0 = hot_month(temperature, ep0)
    return ep0


def log_ten_over(index, out=None):
    """ln(10/I) per pixel, for ln(10·T/I) = ln T + ln(10/I).

    I = 0 only where no month is above 0 °C; ln T is −inf in every month there, so any finite
    value gives Ep0 = 0. Into out if given.
    """
    value = np.asarray(np.maximum(index, np.float32(1e-30), dtype=np.float32, out=out))
    np.log(value, out=value)
    return np.subtract(np.float32(_LN10), value, out=value)


def _thornthwaite_from_logs(log_t, log_ten_over_i, exponent, out=None):
    """16·exp(a·(ln T + ln(10/I))) = 16·(10·T/I)^a; 0 where ln T = −inf (into out if given)."""
    ep0 = np.asarray(np.add(log_t, log_ten_over_i, dtype=np.float32, out=out))
    ep0 *= exponent
    np.exp(ep0, out=ep0)
    ep0 *= np.float32(THORNTHWAITE_FACTOR)
    return ep0


def hot_month(temperature, ep0):
    """Ep0 = −415.85 + 32.24·T − 0.43·T² where T ≥ 26.5 °C (Thornthwaite's table for hot
    months), Ep0 unchanged elsewhere. Returns ep0, changed in place."""
    f32 = np.float32
    limit, h0, h1, h2 = HOT_MONTH
    t = np.asarray(temperature, dtype=np.float32)
    hot = t >= f32(limit)
    ep0 += hot * ((f32(h0) + (f32(h1) + f32(h2) * t) * t) - ep0)
    return ep0


_TINY = np.float32(1e-30)


def regional_et(ep0, precipitation, rn_constant: float = RN_CONSTANT):
    """(Rn, E) of the Zhou–Zhang regional evapotranspiration model, mm·month⁻¹.

        Rn = sqrt(Ep0·P)·(0.369 + k·sqrt(Ep0/P))  = 0.369·sqrt(Ep0·P) + k·Ep0   (P > 0)
        E  = P·Rn·(P² + Rn² + P·Rn) / ((P + Rn)·(P² + Rn²))
    P = 0 gives Rn = 0 and E = 0; Rn = 0 (Ep0 = 0) gives E = 0.
    """
    p = np.asarray(precipitation, dtype=np.float32)
    ep0 = np.asarray(ep0, dtype=np.float32)
    p, ep0 = np.broadcast_arrays(p, ep0)
    (rn, e, squares, other), (positive,) = _Work.arrays(p.shape, 4, 1)
    _regional_et(ep0, p, rn_constant, rn, e, (squares, other), positive)
    return rn, e


def _regional_et(ep0, p, rn_constant, rn, e, work, positive):
    """regional_et into rn and e; work: two float32 scratch arrays, positive a bool one."""
    f32 = np.float32
    squares, other = work
    np.multiply(ep0, p, out=rn)
    np.sqrt(rn, out=rn)
    rn *= f32(RN_SQRT)
    np.multiply(f32(rn_constant), ep0, out=other)
    rn += other
    np.greater(p, 0, out=positive)
    if not positive.all():
        rn *= positive  # P = 0 → Rn = 0 (NaN stays NaN)
    np.multiply(p, p, out=squares)
    np.multiply(rn, rn, out=other)
    squares += other  # P² + Rn²
    p_rn = np.multiply(p, rn, out=other)
    np.add(squares, p_rn, out=e)
    e *= p_rn  # P·Rn·(P² + Rn² + P·Rn)
    np.add(p, rn, out=other)
    squares *= other  # (P + Rn)·(P² + Rn²), 0 only where P = Rn = 0 …
    np.maximum(squares, _TINY, out=squares)  # … where the numerator is 0 too: E = 0
    e /= squares


_DELTA = np.float32(1e-30)  # mm: makes 0/0 (no demand) come out as 1/2, invisible otherwise


def w_eps(e, ep0, cap: bool = False, out=None, work=None):
    """Wε = 0.5 + 0.5·E/Ep with Ep = (E + Ep0)/2, i.e. 0.5 + E/(E + Ep0).

    Ep = 0 (no evaporative demand: Ep0 = 0, hence E = 0) gives Wε = 1, computed as
    0.5 + (E + δ)/(E + Ep0 + 2δ) with δ = 10⁻³⁰ mm, which changes no other value in float32
    (even a demand of 10⁻⁹ mm, from a month at 10⁻⁷ °C, keeps Wε = 0.5 when P = 0).
    With cap, Wε ≤ 1 (the formula exceeds 1 in months where E > Ep0).
    out, work: float32 arrays for the result and the scratch (else allocated).
    """
    e = np.asarray(e, dtype=np.float32)
    ep = np.add(e, ep0, dtype=np.float32, out=work)
    ep += 2 * _DELTA
    value = np.add(e, _DELTA, out=out)
    value /= ep
    value += np.float32(0.5)
    if cap:
        np.minimum(value, np.float32(1.0), out=value)
    return value


def _w_eps_fast(ep0, p, rn_constant, cap, out, work, flags):
    """Wε of regional_et and w_eps in one, into out; work: four float32 arrays, flags two bool.

    Where Ep0 > 0 and P > 0 (or NaN, which gives NaN), _w_eps_wet; elsewhere E = 0 exactly
    in regional_et, so Wε is w_eps's 0.5 + δ/(Ep0 + 2δ) (1 where Ep0 = 0, 0.5 where P = 0 and
    Ep0 > 0), NaN where P < 0 (a root of P), as there. Each pixel's value is its own.
    """
    f32 = np.float32
    _w_eps_wet(ep0, p, rn_constant, out, work)
    # fmin ignores NaN: nothing to mend when every value is positive (the common case)
    if not (np.fmin.reduce(ep0, axis=None) > 0 and np.fmin.reduce(p, axis=None) > 0):
        dry, other = flags
        value, root = work[:2]
        np.less_equal(p, f32(0.0), out=dry)
        np.less_equal(ep0, f32(0.0), out=other)
        dry |= other
        np.add(ep0, 2 * _DELTA, out=value)
        np.divide(_DELTA, value, out=value)
        value += f32(0.5)
        np.sqrt(p, out=root)
        root *= f32(0.0)  # NaN where P < 0
        value += root
        np.copyto(out, value, where=dry)
    if cap:
        np.minimum(out, f32(1.0), out=out)
    return out


def _w_eps_wet(ep0, p, rn_constant, out, work):
    """Wε of regional_et and w_eps in one, into out, valid where Ep0 > 0 and P > 0.

    Everything is a function of x = sqrt(Ep0/P): with r = Rn/P = x·(0.369 + k·x) (as
    Rn = 0.369·sqrt(Ep0·P) + k·Ep0) and E/P = r(1 + r + r²)/((1 + r)(1 + r²)),
        Ep0/E = x/(0.369 + k·x) · h,  h = (1 + r)(1 + r²)/(1 + r + r²) = 1 + r³/(1 + r + r²),
        Wε = 0.5 + E/(E + Ep0) = 0.5 + 1/(1 + Ep0/E),
    16 passes instead of 22 (δ of w_eps changes nothing here). work: four float32 arrays.
    """
    f32 = np.float32
    x, q, r, r2 = work
    np.divide(ep0, p, out=x)
    np.sqrt(x, out=x)
    np.multiply(x, f32(rn_constant), out=q)
    q += f32(RN_SQRT)
    np.multiply(x, q, out=r)
    np.divide(x, q, out=q)  # x/(0.369 + k·x)
    np.multiply(r, r, out=r2)
    np.add(r2, r, out=x)
    x += f32(1.0)  # 1 + r + r²
    r2 *= r  # r³
    r2 /= x
    r2 += f32(1.0)  # h
    q *= r2  # Ep0/E
    q += f32(1.0)
    np.divide(f32(1.0), q, out=out)
    out += f32(0.5)
    return out


# =============================================================================================
# NPP


def monthly_npp(sol, fpar_, teps1, teps2, weps, epsilon_max, temperature, constants=None):
    """NPP = SOL · FPAR · PAR fraction · Tε1 · Tε2 · Wε · εmax; 0 where T ≤ the freezing limit."""
    c = constants or CasaConstants()
    npp = sol * fpar_ * c.par_fraction * teps1 * teps2 * weps * epsilon_max
    return npp * (np.asarray(temperature) > c.freezing_limit)


@dataclass
class TypeLookup:
    """Per-code arrays (index = vegetation code 0…255) for one run.

    Code 0 (non-vegetated) gets FPAR = 0 and εmax = 0, hence NPP = 0; codes without parameters
    and the nodata code get NaN, hence nodata.
    """

    ndvi_min: np.ndarray
    ndvi_max: np.ndarray
    epsilon_max: np.ndarray
    k0: np.ndarray
    k1: np.ndarray
    k2: np.ndarray

    @classmethod
    def build(cls, table: Mapping[int, VegetationType], constants: CasaConstants) -> TypeLookup:
        arrays = {name: np.full(256, np.nan, dtype=np.float32) for name in cls.__annotations__}
        for name in arrays:
            arrays[name][NON_VEGETATED] = 0.0
        for code, vt in table.items():
            if not 1 <= code < NODATA_CODE:
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "PARAMETERS: vegetation code {code} is outside "
                        "1…254 (0 is non-vegetated, 255 is nodata)."),
                    code=code,
                )  # fmt: skip
            if vt.ndvi_max >= 1.0:
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "PARAMETERS: NDVI_max of type {code} is {value}; "
                        "it must be below 1 (SR = (1 + NDVI)/(1 − NDVI) is infinite at 1)."),
                    code=code,
                    value=vt.ndvi_max,
                )  # fmt: skip
            k0, k1, k2 = fpar_coefficients(vt.ndvi_min, vt.ndvi_max, constants)
            values = {
                "ndvi_min": vt.ndvi_min,
                "ndvi_max": vt.ndvi_max,
                "epsilon_max": vt.epsilon_max,
                "k0": k0,
                "k1": k1,
                "k2": k2,
            }
            for name, value in values.items():
                arrays[name][code] = value
        return cls(**arrays)


def type_index(vegetation) -> np.ndarray:
    """Vegetation codes (float, NaN = nodata) as lookup indices; nodata and odd values → 255."""
    veg = np.asarray(vegetation)
    ok = (veg >= 0) & (veg < NODATA_CODE)  # False for NaN
    return np.where(ok, veg, NODATA_CODE).astype(np.intp)


def npp_block(
    ndvi: np.ndarray,
    sol: np.ndarray,
    temperature: np.ndarray,
    precipitation: np.ndarray,
    vegetation: np.ndarray,
    lookup: TypeLookup,
    constants: CasaConstants = CasaConstants(),
    diagnostics: bool = False,
) -> dict[str, np.ndarray]:
    """Monthly and annual NPP of one window.

    ndvi, sol, temperature, precipitation: float32 (12, rows, cols), NaN = nodata;
    vegetation: (rows, cols) codes. Returns "monthly" (12, rows, cols), "annual" (rows, cols),
    "code" (lookup index per pixel), "saturated" (bool: NDVI reaches NDVI_max, so FPAR is at
    FPAR_max, in more than half of the months) and,
    with diagnostics, "fpar", "t_eps" (Tε1·Tε2) and "w_eps" stacks. A pixel that is nodata in
    any month of any input is nodata in every month and in the annual sum.

    What depends on the pixel only (type parameters, Topt, Tε1, I, a) is computed once; the
    months are then done one at a time, so the scratch arrays of a month stay in the CPU cache.
    """
    keys = ["monthly", *_KEYS, *(_DIAGNOSTICS if diagnostics else ())]
    out = _new_results(keys, len(ndvi), np.shape(vegetation))
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        _npp_block(ndvi, sol, temperature, precipitation, vegetation, lookup, constants, out)
    return out


_KEYS = ("annual", "code", "saturated")  # what _npp_block always gives
_DIAGNOSTICS = ("fpar", "t_eps", "w_eps")


def _new_results(keys, months: int, shape) -> dict[str, np.ndarray]:
    """Empty arrays for npp_block's results `keys`: (months, …) stacks and (…) rasters."""
    kinds = {"code": np.intp, "saturated": bool, "annual": np.float32}
    return {
        key: np.empty(shape, kinds[key]) if key in kinds else np.empty((months, *shape), np.float32)
        for key in keys
    }


class _Work:
    """The scratch arrays of _npp_block, allocated once per window and reused chunk after chunk
    and month after month. A fresh temporary of a chunk's size (a quarter MB) can cost more
    than the arithmetic on it: the allocator may hand such blocks back to the system when they
    are freed, and then every new one is page-faulted in again."""

    FLOATS, FLAGS = 23, 3

    def __init__(self, pixels: int, months: int):
        self._floats = np.empty((self.FLOATS, pixels), np.float32)
        self._flags = np.empty((self.FLAGS, pixels), bool)
        self._months = np.empty((months, pixels), np.float32)
        self._count = np.empty(pixels, np.uint8)

    def views(self, shape) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray, np.ndarray]:
        """The float32 and bool arrays, the (months, …) stack and a uint8 array of `shape`."""
        size = math.prod(shape)
        return (
            [a[:size].reshape(shape) for a in self._floats],
            [a[:size].reshape(shape) for a in self._flags],
            self._months[:, :size].reshape((len(self._months), *shape)),
            self._count[:size].reshape(shape),
        )

    @staticmethod
    def arrays(shape, floats: int, flags: int) -> tuple[tuple, tuple]:
        """Fresh float32 and bool arrays of `shape` (for the formulas called on their own)."""
        return (
            tuple(np.empty(shape, np.float32) for _ in range(floats)),
            tuple(np.empty(shape, bool) for _ in range(flags)),
        )


def _npp_block(ndvi, sol, temperature, precipitation, vegetation, lookup, constants, out,
               work=None):  # fmt: skip
    """npp_block into the arrays of `out` (key → array, keys as _new_results): "annual",
    "code" and "saturated" always, "monthly" and the diagnostics stacks when present.
    work: a _Work of at least this many pixels (else allocated)."""
    c = constants
    f32 = np.float32
    months = len(ndvi)
    shape = np.shape(vegetation)
    work = work or _Work(math.prod(shape), months)
    floats, flags, log_t, saturated_months = work.views(shape)
    (ndvi_min, ndvi_max, k0, k1, k2, per_pixel, high, low, ten_over_i, exponent, topt, teps1,
     n, fpar_, teps2, v, v2, ep0, rn, e, squares, other, weps) = floats  # fmt: skip
    flag, edge, positive = flags

    code = out["code"]
    np.copyto(code, type_index(vegetation))
    for name, array in (("ndvi_min", ndvi_min), ("ndvi_max", ndvi_max), ("k0", k0),
                        ("k1", k1), ("k2", k2), ("epsilon_max", per_pixel)):  # fmt: skip
        np.take(getattr(lookup, name), code, out=array, mode="clip")  # code is 0…255

    optimum_temperature(ndvi, temperature, ((topt, fpar_, v), (flag,)))
    t_eps2_window(topt, out=(high, low))
    log_positive(temperature, out=log_t)
    index = heat_index(temperature, log_t, out=v2, work=v)
    thornthwaite_exponent(index, out=exponent)
    log_ten_over(index, out=ten_over_i)
    # PAR fraction·εmax·Tε1: the per-pixel factor of every month (εmax already in per_pixel).
    t_eps1(topt, out=teps1)
    np.multiply(teps1, per_pixel, out=per_pixel)
    per_pixel *= f32(c.par_fraction)

    monthly = out.get("monthly")
    annual = out["annual"]
    diagnostics = {key: out[key] for key in _DIAGNOSTICS if key in out}
    saturated_months[...] = 0
    for m in range(months):
        # FPAR = k0 + k1·NDVI + k2/(1 − NDVI), NDVI clamped to the type's range (see fpar()).
        np.greater_equal(ndvi[m], ndvi_max, out=flag)
        if flag.any():
            saturated_months += flag
        np.maximum(ndvi[m], ndvi_min, out=n)
        np.minimum(n, ndvi_max, out=n)
        np.subtract(f32(1.0), n, out=fpar_)
        np.divide(k2, fpar_, out=fpar_)
        n *= k1
        fpar_ += n
        fpar_ += k0
        _t_eps2(temperature[m], topt, high, low, c.teps2_constant, ((teps2, v, v2), (flag, edge)))
        _thornthwaite_from_logs(log_t[m], ten_over_i, exponent, out=ep0)
        if c.hot_month_branch:
            hot_month(temperature[m], ep0)
        _w_eps_fast(ep0, precipitation[m], c.rn_constant, c.cap_water_stress, weps,
                    (rn, e, squares, other), (positive, edge))  # fmt: skip
        npp = annual if m == 0 else (monthly[m] if monthly is not None else n)
        np.multiply(sol[m], fpar_, out=npp)
        npp *= teps2
        npp *= weps
        npp *= per_pixel
        np.greater(temperature[m], f32(c.freezing_limit), out=flag)
        if not flag.all():
            npp *= flag  # 0·NaN stays NaN: nodata is kept
        if m:
            annual += npp  # the months summed in order, as npp.sum(axis=0)
        if monthly is not None and m == 0:
            np.copyto(monthly[0], annual)
        if "fpar" in diagnostics:
            np.copyto(diagnostics["fpar"][m], fpar_)
        if "t_eps" in diagnostics:
            np.multiply(teps2, teps1, out=diagnostics["t_eps"][m])
        if "w_eps" in diagnostics:
            np.copyto(diagnostics["w_eps"][m], weps)
    # NaN in any month of any input reaches the annual sum; annual·0 + 1 is 1 there or NaN,
    # which spreads the nodata to every month without a masked write (nothing to spread when
    # every annual value is finite).
    stacks = [monthly] if monthly is not None else []
    stacks += diagnostics.values()
    if stacks and not np.isfinite(annual).all():
        spread = np.multiply(annual, f32(0.0), out=v)
        spread += f32(1.0)
        for stack in stacks:
            stack *= spread
    # Saturated pixel: NDVI at or above NDVI_max (FPAR = FPAR_max) in more than half its months.
    saturated = np.greater(saturated_months, months // 2, out=out["saturated"])
    np.not_equal(code, NON_VEGETATED, out=flag)
    saturated &= flag


CHUNK_PIXELS = 65536  # pixels per npp_block call: its scratch arrays stay in the CPU cache


def npp_in_chunks(ndvi, sol, temperature, precipitation, vegetation, lookup, constants,
                  diagnostics, keys) -> dict[str, np.ndarray]:  # fmt: skip
    """npp_block over a window in bands of rows of about CHUNK_PIXELS pixels, the results in
    `keys` put together for the whole window. Every value is a pixel's own, so the results are
    those of one npp_block call on the window, bit for bit; a window's month arrays no longer
    leave the CPU cache between the steps of a month (about 1.2× faster at 1024 × 256).
    Each band is computed straight into the window's result arrays, with one set of scratch
    arrays for all bands; the diagnostics stacks not in `keys` are not computed."""
    rows, cols = vegetation.shape
    step = max(1, min(rows, CHUNK_PIXELS // max(cols, 1)))
    wanted = [key for key in ("monthly", *_DIAGNOSTICS) if key in keys]
    if not diagnostics:
        wanted = [key for key in wanted if key not in _DIAGNOSTICS]
    whole = _new_results([*_KEYS, *wanted], len(ndvi), (rows, cols))
    work = _Work(step * cols, len(ndvi))
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        for row in range(0, rows, step):
            part = slice(row, row + step)
            _npp_block(ndvi[:, part], sol[:, part], temperature[:, part],
                       precipitation[:, part], vegetation[part], lookup, constants,
                       {key: value[..., part, :] for key, value in whole.items()},
                       work)  # fmt: skip
    return {key: whole[key] for key in keys}


# =============================================================================================
# NDVI extremes from the data: per-type histograms of the monthly NDVI

HISTOGRAM_BIN = 1e-4  # NDVI bin width: data-mode NDVI_max is exact to within this
_BINS = int(round(2.0 / HISTOGRAM_BIN))  # NDVI −1…1


def ndvi_histograms(ndvi: np.ndarray, vegetation: np.ndarray, codes) -> np.ndarray:
    """Counts of valid monthly NDVI values per type, (len(codes), 20000) bins over [−1, 1].

    Month by month, so the scratch arrays are a twelfth of the window.
    """
    codes = list(codes)
    slot = np.full(256, -1, dtype=np.intp)
    slot[codes] = np.arange(len(codes))
    pixel_slot = slot[type_index(vegetation)]
    counts = np.zeros(len(codes) * _BINS, dtype=np.int64)
    for month in ndvi:
        keep = (pixel_slot >= 0) & ~np.isnan(month)
        bins = np.floor((month[keep].astype(np.float64) + 1.0) / HISTOGRAM_BIN).astype(np.intp)
        np.clip(bins, 0, _BINS - 1, out=bins)
        bins += pixel_slot[keep] * _BINS
        counts += np.bincount(bins, minlength=counts.size)
    return counts.reshape(len(codes), _BINS)


def percentile_from_histogram(counts: np.ndarray, q: float) -> float:
    """The q-th percentile (numpy's default linear interpolation between order statistics)
    of values binned by ndvi_histograms, to within one bin width; NaN for an empty histogram.

    Values are taken as evenly spread inside their bin.
    """
    total = int(counts.sum())
    if total == 0:
        return float("nan")
    cumulative = np.cumsum(counts)
    rank = q / 100.0 * (total - 1)

    def order_statistic(j: int) -> float:
        b = int(np.searchsorted(cumulative, j, side="right"))
        before = cumulative[b - 1] if b else 0
        inside = (j - before + 0.5) / counts[b]
        return -1.0 + (b + inside) * HISTOGRAM_BIN

    low = int(math.floor(rank))
    value = order_statistic(low)
    if low + 1 < total:
        value += (rank - low) * (order_statistic(low + 1) - value)
    return value


# =============================================================================================
# The whole computation through the raster engine

Engine = raster.Engine
plain_engine = raster.plain_engine


@dataclass
class TypeSummary:
    code: int
    pixels: int = 0  # valid pixels
    npp_sum: float = 0.0  # Σ annual NPP, gC·m⁻²·a⁻¹ × pixels
    saturated: int = 0  # pixels with FPAR at FPAR_max in more than half of their months
    ndvi_max_used: float = float("nan")

    @property
    def mean_npp(self) -> float:
        return self.npp_sum / self.pixels if self.pixels else float("nan")

    @property
    def saturation_share(self) -> float:
        return self.saturated / self.pixels if self.pixels else float("nan")


@dataclass
class CasaReport:
    """What a run found: type table used, per-type summary, notes for the log."""

    table: dict[int, VegetationType]
    types: dict[int, TypeSummary] = field(default_factory=dict)
    codes_present: dict[int, int] = field(default_factory=dict)  # code → pixels
    ndvi_max_fallbacks: dict[int, float] = field(default_factory=dict)  # data mode: kept table
    summary: raster.RunSummary | None = None

    def saturating_types(self) -> list[int]:
        return [
            code
            for code, s in sorted(self.types.items())
            if code != NON_VEGETATED and s.pixels and s.saturation_share > 0.5
        ]


def vegetation_counts(vegetation: np.ndarray, code: np.ndarray | None = None) -> dict:
    """Pixels per vegetation code (bincount over 0…255) and up to 20 values that are not codes
    (units.invalid_vegetation_codes: not whole numbers 0…254) in one window; `code` is
    type_index(vegetation) when the caller has it. The values that are not codes are found
    element by element (a whole code in 0…254 is its own lookup index), so only the few odd
    pixels go through the unit check; they are not counted."""
    code = type_index(vegetation) if code is None else code
    valid = ~np.isnan(vegetation)
    odd_pixels = valid & ((code == NODATA_CODE) | (code != vegetation))
    odd = np.empty(0)
    if odd_pixels.any():
        odd = units.invalid_vegetation_codes(vegetation[odd_pixels])
        valid &= ~odd_pixels
    return {"counts": np.bincount(code[valid], minlength=256), "odd": odd[:20]}


class _CodeCounter:
    """Vegetation codes present in a pass (on_block in window order) and their checks."""

    def __init__(self):
        self.counts = np.zeros(256, dtype=np.int64)
        self.odd: set[float] = set()

    def add(self, result) -> None:
        self.counts[:] += result["counts"][:256]
        self.odd.update(float(v) for v in result["odd"])

    def check(self, table: Mapping[int, VegetationType], name: str) -> dict[int, int]:
        """code → pixels; InputError for values that are not codes, codes missing from the
        table, or no code at all."""
        present = {int(code): int(n) for code, n in enumerate(self.counts) if n}
        units.enforce(units.check_vegetation_codes(sorted(self.odd)), name)
        missing = sorted(code for code in present if code not in table and code != NON_VEGETATED)
        if missing:
            listed = [
                Message(
                    QT_TRANSLATE_NOOP("Core", "{code} ({pixels} pixels)"),
                    code=code,
                    pixels=present[code],
                )
                for code in missing
            ]
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "VEGETATION: type codes {listed} are not in the "
                    "vegetation-type table (PARAMETERS has {codes}). Add a row for each, or "
                    "reclassify them to 0 (non-vegetated)."),
                listed=Listing(listed, ", "),
                codes=", ".join(str(c) for c in sorted(table)),
            )  # fmt: skip
        if not present:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "VEGETATION: the raster contains only nodata.")
            )
        return present


def scan_vegetation(
    sources: Mapping[str, raster.Source],
    table: Mapping[int, VegetationType],
    extremes: str = "table",
    percentile: float = NDVI_DATA_PERCENTILE,
    engine: Engine = plain_engine,
    start: float = 0.0,
    end: float = 10.0,
) -> tuple[dict[int, int], dict[int, float]]:
    """First pass: vegetation codes present (code → pixels) and, in data mode, NDVI_max per
    type (the percentile of its valid monthly NDVI values, to within HISTOGRAM_BIN).

    Raises InputError for non-integer codes and codes present but missing from the table.
    (run_casa in table mode counts the codes in its NPP pass instead: no pass of its own.)
    """
    codes = sorted(table)
    counter = _CodeCounter()
    histograms = np.zeros((len(codes), _BINS), dtype=np.int64) if extremes == "data" else None

    def compute(block):
        veg = block["VEGETATION"][0]
        result = vegetation_counts(veg)
        if histograms is not None:
            result["histogram"] = ndvi_histograms(block["NDVI"], veg, codes)
        return result

    def on_block(block, result):
        counter.add(result)
        if histograms is not None:
            histograms[:] += result["histogram"]

    names = ("VEGETATION", "NDVI") if histograms is not None else ("VEGETATION",)
    engine(
        {n: sources[n] for n in names},
        {},
        compute,
        start,
        end,
        on_block=on_block,
        temporaries=4.0,
    )
    present = counter.check(table, sources["VEGETATION"].name)
    ndvi_max = {}
    if histograms is not None:
        for i, code in enumerate(codes):
            ndvi_max[code] = percentile_from_histogram(histograms[i], percentile)
    return present, ndvi_max


def resolve_table(
    table: Mapping[int, VegetationType], data_ndvi_max: Mapping[int, float]
) -> tuple[dict[int, VegetationType], dict[int, float]]:
    """The table with data-mode NDVI_max applied; types without usable data keep the table value
    (returned as fallbacks: code → table value). NDVI_max is kept below 1 (at most 0.9999)."""
    used, fallbacks = {}, {}
    for code, vt in table.items():
        value = data_ndvi_max.get(code, float("nan"))
        if math.isnan(value) or value <= vt.ndvi_min:
            fallbacks[code] = vt.ndvi_max
            used[code] = vt
        else:
            used[code] = replace(vt, ndvi_max=min(value, 0.9999))
    return used, fallbacks


OUTPUT_NAMES = ("OUTPUT", "MONTHLY", "FPAR", "TEMPERATURE_STRESS", "WATER_STRESS")
_RESULT_OF = {
    "OUTPUT": "annual",
    "MONTHLY": "monthly",
    "FPAR": "fpar",
    "TEMPERATURE_STRESS": "t_eps",
    "WATER_STRESS": "w_eps",
}


def run_casa(
    sources: Mapping[str, raster.Source],
    outputs: Mapping[str, raster.Output],
    table: Mapping[int, VegetationType],
    constants: CasaConstants = CasaConstants(),
    *,
    extremes: str = "table",
    percentile: float = NDVI_DATA_PERCENTILE,
    engine: Engine = plain_engine,
    memory_budget: int | None = None,
) -> CasaReport:
    """Annual (and optional monthly / diagnostic) NPP for the sources
    NDVI, SOL, TEMPERATURE, PRECIPITATION (12 bands each) and VEGETATION.

    outputs: any of OUTPUT_NAMES → raster.Output. engine(sources, outputs, compute, start, end,
    **options) runs a pass (plain_engine, or the processing layer's with progress and Cancel).
    """
    constants.check()
    if extremes not in ("table", "data"):
        raise ValueError(f"extremes must be 'table' or 'data', not {extremes!r}")
    options = {"memory_budget": memory_budget} if memory_budget else {}
    # Data mode needs NDVI_max per type before the NPP pass: a scan pass (codes and NDVI
    # histograms). Table mode counts and checks the codes in the NPP pass itself: a code that
    # is missing from the table or not a code stops the run after it, before any output is
    # moved into place (accept below), with the same message.
    scan_end = 15.0 if extremes == "data" else 0.0
    counter = None
    if extremes == "data":
        present, data_max = scan_vegetation(
            sources, table, extremes, percentile, engine, 0.0, scan_end
        )
        used, fallbacks = resolve_table(table, data_max)
    else:
        present, used, fallbacks, counter = {}, dict(table), {}, _CodeCounter()
    lookup = TypeLookup.build(used, constants)
    diagnostics = any(name in outputs for name in ("FPAR", "TEMPERATURE_STRESS", "WATER_STRESS"))
    report = CasaReport(table=used, codes_present=present, ndvi_max_fallbacks=fallbacks)
    stats = np.zeros((3, 256), dtype=np.float64)  # pixels, Σ NPP, saturated

    kept = {"annual", "code", "saturated", *(_RESULT_OF[name] for name in outputs)}

    def compute(block):
        vegetation = block["VEGETATION"][0]
        result = npp_in_chunks(
            block["NDVI"],
            block["SOL"],
            block["TEMPERATURE"],
            block["PRECIPITATION"],
            vegetation,
            lookup,
            constants,
            diagnostics,
            kept,
        )
        annual = result["annual"]
        valid = ~np.isnan(annual)
        code = result["code"][valid]
        written = {name: result[_RESULT_OF[name]] for name in outputs}
        written["stats"] = np.stack(
            [
                np.bincount(code, minlength=256),
                np.bincount(code, weights=annual[valid], minlength=256),
                np.bincount(code, weights=result["saturated"][valid], minlength=256),
            ]
        )
        if counter is not None:
            written["codes"] = vegetation_counts(vegetation, result["code"])
        return written

    def on_block(block, result):
        stats[:] += result["stats"]
        if counter is not None:
            counter.add(result["codes"])

    def accept(summary):
        if counter is not None:
            present.update(counter.check(table, sources["VEGETATION"].name))

    # Scratch arrays of npp_block: about 9 twelve-band stacks beside the 49 input bands.
    report.summary = engine(
        {name: sources[name] for name in (*STACKS, "VEGETATION")},
        dict(outputs),
        compute,
        scan_end,
        100.0,
        on_block=on_block,
        temporaries=3.0,
        accept=accept,
        **options,
    )
    for code in sorted(present):
        if code == NODATA_CODE:
            continue
        summary = TypeSummary(
            code,
            int(stats[0, code]),
            float(stats[1, code]),
            int(stats[2, code]),
            used[code].ndvi_max if code in used else float("nan"),
        )
        report.types[code] = summary
    return report


# =============================================================================================
# Vegetation-type table from a CSV file

_CSV_HEADERS = {
    "code": ("code", "type", "type_code", "代码", "类型", "类型代码", "编码"),
    "epsilon_max": (
        "epsilon_max",
        "εmax",
        "emax",
        "eps_max",
        "epsilon",
        "lue_max",
        "最大光能利用率",
    ),
    "ndvi_max": ("ndvi_max", "ndvimax", "ndvi最大值"),
    "ndvi_min": ("ndvi_min", "ndvimin", "ndvi最小值"),
}


def read_type_table_csv(path: str, parameter: str = "PARAMETERS_CSV") -> dict[int, VegetationType]:
    """A vegetation-type table (code, εmax, NDVI_max, NDVI_min) from a CSV file.

    UTF-8 (with or without BOM) or GBK/GB18030; comma, semicolon or tab separated; with a header
    row naming the columns (code, epsilon_max, ndvi_max, ndvi_min, other columns ignored) or
    without one (the four columns in that order).
    """
    name = f"{parameter} ('{path}')"
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: cannot read the file ({reason})."),
            name=name,
            reason=error.strerror,
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the file is neither UTF-8 nor GBK text."), name=name
        )
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [
        [cell.strip() for cell in row]
        for row in csv.reader(io.StringIO(text), dialect)
        if any(cell.strip() for cell in row)
    ]
    if not rows:
        raise InputError(QT_TRANSLATE_NOOP("Core", "{name}: the file is empty."), name=name)
    columns = list(range(4))
    try:
        float(rows[0][0])
    except ValueError:
        header = [cell.lower().replace(" ", "_") for cell in rows.pop(0)]
        columns = []
        for key, aliases in _CSV_HEADERS.items():
            found = [i for i, cell in enumerate(header) if cell in aliases]
            if not found:
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "{name}: no '{key}' column in the header "
                        "({header}); expected the columns code, epsilon_max, ndvi_max, "
                        "ndvi_min."),
                    name=name,
                    key=key,
                    header=", ".join(header),
                )  # fmt: skip
            columns.append(found[0])
    values = []
    for number, row in enumerate(rows, start=2):
        if len(row) <= max(columns):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row} has {count} column(s), expected 4."),
                name=name,
                row=number,
                count=len(row),
            )
        values.extend(row[i] for i in columns)
    return type_table_from_matrix(values, name)
