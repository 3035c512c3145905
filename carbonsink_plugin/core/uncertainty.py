"""95 % intervals of the carbon totals by Monte Carlo over the parameters that matter (issue 16 §3).

How it is computed — from per-type sums of the one engine pass, not N raster runs:

    Σ NPP = Σ_k S_k,   S_k = Σ_{pixels of type k} NPP·area = εmax,k · PAR fraction · (…)_k

NPP is linear in εmax within a type and linear in the PAR fraction everywhere (casa.npp_block:
both are plain factors of every month), and the Pei et al. Rh (core/respiration.py) is linear in
its coefficient a. A draw with εmax,k → εmax,k·r_k, PAR fraction f → f·q and a → a·g therefore
gives exactly

    Σ NPP* = q · Σ_k r_k · S_k          Σ Rh* = g · Σ_k R_k          Σ NEP* = Σ NPP* − Σ Rh*

with S_k, R_k the per-type (and per-district) sums of the run (e.g. the workflow's vegetation-type
table). 20 000 draws cost a (draws × types) array, milliseconds. The same draws serve every group
(city and districts), so the intervals are consistent with each other.

The draws (every one a documented default, every one a parameter of UncertaintySpec):
- εmax,k ~ Normal(εmax,k, se_k) with se_k from carbonsink:calibrate; an uncalibrated type gets a
  relative 1σ of 25 % (our choice: published CASA εmax of one type differ at least that much —
  mixed forest 0.475 in Zhu et al. 2007's table and 0.768 in other implementations, shrub 0.429
  and 0.494; core/parameters.py). Negative draws are set to 0.
- PAR fraction ~ Uniform(f − 0.025, f + 0.025), capped at 1: the published 0.45–0.50 range of the
  PAR share of global radiation (Szeicz 1974; McCree 1972) as a width, centred on the value used.
- Rh coefficient a ~ Normal(a, 10 %·a), our choice: no standard error of Pei et al.'s constants
  is published; the exponents b, c are kept (Rh is not linear in them).
The parameters are drawn independently. The interval is the 2.5th–97.5th percentile of the
draws; it covers the parameters, not the input rasters (NDVI, climate, land cover).

numpy only: no qgis, no Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from .parameters import CO2_PER_C

UNCALIBRATED_EPSILON_SD = 0.25  # relative 1σ of εmax without calibration (see above)
PAR_FRACTION_HALF_WIDTH = 0.025  # ± of the uniform PAR-fraction draw
RH_COEFFICIENT_SD = 0.10  # relative 1σ of the Rh coefficient a
DRAWS = 20000
SEED = 1
LEVEL = 0.95


@dataclass(frozen=True)
class UncertaintySpec:
    uncalibrated_epsilon_sd: float = UNCALIBRATED_EPSILON_SD
    par_fraction_half_width: float = PAR_FRACTION_HALF_WIDTH
    rh_coefficient_sd: float = RH_COEFFICIENT_SD
    draws: int = DRAWS
    seed: int = SEED
    level: float = LEVEL


@dataclass(frozen=True)
class Interval:
    estimate: float  # the run's own total
    low: float
    high: float
    sd: float  # of the draws

    def as_tuple(self) -> tuple[float, float, float]:
        return self.estimate, self.low, self.high


QUANTITIES = ("npp_tc", "rh_tc", "nep_tc", "nep_tco2")


def draw_factors(
    epsilon: Mapping[int, float],
    epsilon_se: Mapping[int, float],
    par_fraction: float,
    spec: UncertaintySpec = UncertaintySpec(),
) -> tuple[list[int], np.ndarray, np.ndarray, np.ndarray]:
    """(codes, r (draws × types), q (draws), g (draws)): the multipliers of S_k, Σ NPP, Σ Rh."""
    codes = sorted(epsilon)
    rng = np.random.default_rng(spec.seed)
    n = spec.draws
    r = np.empty((n, len(codes)))
    for k, code in enumerate(codes):
        value = float(epsilon[code])
        se = epsilon_se.get(code, math.nan)
        sd = se if se is not None and math.isfinite(se) else spec.uncalibrated_epsilon_sd * value
        draw = rng.normal(value, sd, n) if sd > 0 else np.full(n, value)
        r[:, k] = np.maximum(draw, 0.0) / value if value > 0 else 1.0
    half = spec.par_fraction_half_width
    if half > 0:
        q = rng.uniform(par_fraction - half, min(par_fraction + half, 1.0), n) / par_fraction
    else:
        q = np.ones(n)
    sd = spec.rh_coefficient_sd
    g = np.maximum(rng.normal(1.0, sd, n), 0.0) if sd > 0 else np.ones(n)
    return codes, r, q, g


def intervals(
    npp_by_type: Mapping[int, float],
    rh_by_type: Mapping[int, float],
    factors: tuple[list[int], np.ndarray, np.ndarray, np.ndarray],
    level: float = LEVEL,
) -> dict[str, Interval]:
    """Intervals of Σ NPP, Σ Rh, Σ NEP (tC) and Σ NEP (tCO₂) of one group (the city, a district)
    from its per-type sums (tC; types missing from factors' codes are taken as exact)."""
    codes, r, q, g = factors
    column = {code: k for k, code in enumerate(codes)}
    s = np.zeros(len(codes))
    fixed_npp = 0.0
    for code, value in npp_by_type.items():
        if code in column:
            s[column[code]] += value
        else:
            fixed_npp += value  # e.g. type 0 (NPP = 0) or a type without εmax
    npp = q * (r @ s + fixed_npp)
    rh_total = float(sum(rh_by_type.values()))
    rh = g * rh_total
    nep = npp - rh
    estimate_npp = float(s.sum() + fixed_npp)
    estimates = {
        "npp_tc": (estimate_npp, npp),
        "rh_tc": (rh_total, rh),
        "nep_tc": (estimate_npp - rh_total, nep),
        "nep_tco2": ((estimate_npp - rh_total) * CO2_PER_C, nep * CO2_PER_C),
    }
    tail = 100.0 * (1.0 - level) / 2.0
    result = {}
    for name, (estimate, draws) in estimates.items():
        low, high = np.percentile(draws, [tail, 100.0 - tail])
        result[name] = Interval(estimate, float(low), float(high), float(np.std(draws, ddof=1)))
    return result


def group_intervals(
    groups: Mapping[object, tuple[Mapping[int, float], Mapping[int, float]]],
    epsilon: Mapping[int, float],
    epsilon_se: Mapping[int, float],
    par_fraction: float,
    spec: UncertaintySpec = UncertaintySpec(),
) -> dict[object, dict[str, Interval]]:
    """intervals() of every group (e.g. 'city' and each district) with the same draws."""
    factors = draw_factors(epsilon, epsilon_se, par_fraction, spec)
    return {key: intervals(npp, rh, factors, spec.level) for key, (npp, rh) in groups.items()}


def sentence_numbers(interval: Interval, scale: float = 1e6) -> tuple[str, str, str]:
    """(estimate, low, high) as text in units of `scale` with 2 significant decimals, for
    "2.75 Mt CO₂·a⁻¹ (95 % interval 2.4–3.1)"."""
    return tuple(_short(v / scale) for v in interval.as_tuple())  # type: ignore[return-value]


def _short(value: float) -> str:
    if not math.isfinite(value):
        return "—"
    magnitude = abs(value)
    digits = 2 if magnitude < 10 else 1 if magnitude < 100 else 0
    return f"{value:.{digits}f}"
