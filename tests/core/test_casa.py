"""The improved CASA model (SPEC §3) against values worked by hand.

Every expected number below was worked from the SPEC formulas with a pocket calculator (the
arithmetic is written next to it), or comes from `spec_pixel`, a plain scalar transcription of
SPEC §3 in float64 written for these tests (no numpy, no code from the plugin), which is itself
checked against the hand-worked numbers first.
"""

import math
import os

import numpy as np
import pytest
from support import read_raster, write_raster

from carbonsink_plugin.core import casa, raster
from carbonsink_plugin.core.casa import CasaConstants
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.parameters import default_type_table, type_table_from_matrix

TABLE = default_type_table()
EBF = TABLE[2]  # evergreen broadleaf forest: εmax 0.985, NDVI 0.023…0.676
GRASS = TABLE[7]  # grassland: εmax 0.542, NDVI 0.023…0.634

# --------------------------------------------------------------------------------------------
# An independent scalar transcription of SPEC §3 (float64, math module only)


def _sr(n):
    return (1 + n) / (1 - n)


def spec_pixel(ndvi, t, p, sol, eps_max, ndvi_min, ndvi_max, c=1.184, k=0.598):
    """Monthly NPP of one pixel, literally as SPEC §3 writes it, plus the intermediates."""
    peak = max(range(12), key=lambda m: (ndvi[m], -m))  # first month of the highest NDVI
    topt = t[peak]
    heat = sum((x / 5) ** 1.514 for x in t if x > 0)
    a = 6.75e-7 * heat**3 - 7.71e-5 * heat**2 + 1.792e-2 * heat + 0.49239
    teps1 = 0.8 + 0.02 * topt - 0.0005 * topt**2

    def teps2(x):
        return c / (1 + math.exp(0.2 * (topt - 10 - x))) / (1 + math.exp(0.3 * (-topt - 10 + x)))

    rows = []
    for m in range(12):
        n = min(max(ndvi[m], ndvi_min), ndvi_max)
        f_ndvi = (n - ndvi_min) / (ndvi_max - ndvi_min) * 0.949 + 0.001
        f_sr = (_sr(n) - _sr(ndvi_min)) / (_sr(ndvi_max) - _sr(ndvi_min)) * 0.949 + 0.001
        fpar = 0.5 * f_ndvi + 0.5 * f_sr
        t2 = teps2(t[m])
        if t[m] > topt + 10 or t[m] < topt - 13:
            t2 = teps2(topt) / 2
        ep0 = 16 * (10 * t[m] / heat) ** a if t[m] > 0 else 0.0
        rn = 0.0
        if p[m] > 0:
            rn = math.sqrt(ep0 * p[m]) * (0.369 + k * math.sqrt(ep0 / p[m]))
        if p[m] == 0 or rn == 0:
            e = 0.0
        else:
            e = p[m] * rn * (p[m] ** 2 + rn**2 + p[m] * rn) / ((p[m] + rn) * (p[m] ** 2 + rn**2))
        ep = (e + ep0) / 2
        w = 1.0 if ep == 0 else 0.5 + 0.5 * e / ep
        npp = sol[m] * fpar * 0.5 * teps1 * t2 * w * eps_max if t[m] > -10 else 0.0
        rows.append(dict(fpar=fpar, teps2=t2, ep0=ep0, rn=rn, e=e, w=w, npp=npp))
    return dict(topt=topt, heat=heat, a=a, teps1=teps1, months=rows)


# Pixel A — evergreen broadleaf forest with a South-China year: the greenest month is July
# (NDVI 0.72, above NDVI_max 0.676), so Topt = 29 °C; December is dry (P = 0).
A_NDVI = [0.50, 0.52, 0.55, 0.60, 0.65, 0.70, 0.72, 0.68, 0.62, 0.58, 0.54, 0.51]
A_T = [15, 16, 19, 23, 26, 28, 29, 28.5, 27, 24, 20, 16]
A_P = [30, 50, 80, 180, 290, 380, 360, 380, 260, 60, 40, 0]
A_SOL = [280, 260, 290, 330, 410, 430, 480, 460, 420, 400, 330, 300]

# Pixel B — continental grassland: months at −15, −11 and −10 °C (NPP 0), T ≤ 0 (no
# evaporative demand), NDVI = 1 in August (the greenest month, Topt = 22 °C), dry November
# (P = 0 at 3 °C) and a dry, frozen December (P = 0 at −8 °C).
B_NDVI = [0.05, 0.05, 0.06, 0.10, 0.20, 0.40, 0.63, 1.0, 0.55, 0.30, 0.10, 0.05]
B_T = [-15, -11, -10, -2, 0, 8, 18, 22, 20, 12, 3, -8]
B_P = [5, 0, 8, 15, 30, 60, 90, 80, 50, 20, 0, 0]
B_SOL = [150, 220, 330, 420, 520, 560, 580, 520, 420, 300, 180, 130]

# Pixel C — a polar grassland where no month is above 0 °C: heat index I = 0.
C_NDVI = [0.1, 0.1, 0.12, 0.15, 0.2, 0.3, 0.35, 0.3, 0.2, 0.15, 0.12, 0.1]
C_T = [-25, -22, -18, -12, -6, -2, -1, -3, -8, -14, -20, -24]
C_P = [10] * 12
C_SOL = [20, 60, 150, 300, 450, 550, 520, 400, 250, 120, 40, 10]


def test_the_reference_transcription_reproduces_the_hand_worked_numbers():
    a = spec_pixel(A_NDVI, A_T, A_P, A_SOL, 0.985, 0.023, 0.676)
    jan = a["months"][0]
    # January of pixel A, worked by hand:
    #   FPAR_NDVI = (0.5 − 0.023)/(0.676 − 0.023)·0.949 + 0.001 = 0.477/0.653·0.949 + 0.001
    #             = 0.694221;  SR = 1.5/0.5 = 3, SR_min = 1.023/0.977 = 1.047083,
    #   SR_max = 1.676/0.324 = 5.172840, FPAR_SR = 1.952917/4.125757·0.949 + 0.001 = 0.450207
    #   FPAR = (0.694221 + 0.450207)/2 = 0.572214
    assert jan["fpar"] == pytest.approx(0.572214, abs=1e-6)
    # Tε1(29) = 0.8 + 0.58 − 0.0005·841 = 0.9595; 15 °C < 29 − 13 → Tε2 = 0.993405/2 = 0.496703
    assert a["teps1"] == pytest.approx(0.9595)
    assert jan["teps2"] == pytest.approx(0.496703, abs=1e-6)
    # I = Σ(T/5)^1.514 = 120.265118, a = 2.706538, Ep0 = 16·(150/120.265118)^2.706538 = 29.094878
    assert a["heat"] == pytest.approx(120.265118, abs=1e-6)
    assert a["a"] == pytest.approx(2.706538, abs=1e-6)
    assert jan["ep0"] == pytest.approx(29.094878, abs=1e-6)
    # Rn = sqrt(29.094878·30)·(0.369 + 0.598·sqrt(29.094878/30)) = 29.543973·0.957910 = 28.300463
    # E = 30·28.300463·(900 + 800.916 + 849.014)/(58.300463·1700.916) = 21.831730
    # Ep = (21.831730 + 29.094878)/2 = 25.463304; Wε = 0.5 + 0.5·21.831730/25.463304 = 0.928690
    assert jan["rn"] == pytest.approx(28.300463, abs=1e-6)
    assert jan["e"] == pytest.approx(21.831730, abs=1e-6)
    assert jan["w"] == pytest.approx(0.928690, abs=1e-6)
    # NPP = 280·0.572214·0.5·0.9595·0.496703·0.928690·0.985 = 34.9249 gC·m⁻²
    assert jan["npp"] == pytest.approx(34.9249, abs=1e-3)


# --------------------------------------------------------------------------------------------
# FPAR


def test_simple_ratio_by_hand():
    # SR(0.5) = 1.5/0.5 = 3; SR(0.023) = 1.023/0.977 = 1.047083; SR(0.676) = 1.676/0.324 = 5.172840
    assert casa.simple_ratio(0.5) == pytest.approx(3.0)
    assert casa.simple_ratio(0.023) == pytest.approx(1.047083, abs=1e-6)
    assert casa.simple_ratio(0.676) == pytest.approx(5.172840, abs=1e-6)


def test_fpar_by_hand_and_clamped_to_the_type_range():
    lo, hi = EBF.ndvi_min, EBF.ndvi_max
    # Worked above: FPAR_NDVI(0.5) = 0.694221, FPAR_SR(3) = 0.450207, FPAR = 0.572214
    assert casa.fpar_ndvi(0.5, lo, hi) == pytest.approx(0.694221, abs=1e-6)
    assert casa.fpar_sr(3.0, 1.047083, 5.172840) == pytest.approx(0.450207, abs=1e-6)
    ndvi = np.array([0.5, 0.72, 1.0, -0.5, 0.023, 0.676])
    # 0.72 and 1.0 clamp to 0.676 → FPAR_max 0.95 (SR(1) would be infinite: clamping keeps
    # SR ≤ 5.172840); −0.5 and 0.023 clamp to NDVI_min → FPAR_min 0.001.
    expected = [0.572214, 0.95, 0.95, 0.001, 0.001, 0.95]
    np.testing.assert_allclose(casa.fpar(ndvi, lo, hi), expected, atol=1e-6)
    # The expanded form used on blocks gives the same numbers.
    k0, k1, k2 = casa.fpar_coefficients(lo, hi, CasaConstants())
    n = np.clip(ndvi, lo, hi)
    np.testing.assert_allclose(k0 + k1 * n + k2 / (1 - n), expected, atol=1e-6)


def test_fpar_alpha_weights_the_two_estimates():
    c = CasaConstants(alpha=1.0)  # FPAR_NDVI only: 0.694221
    assert casa.fpar(0.5, EBF.ndvi_min, EBF.ndvi_max, c) == pytest.approx(0.694221, abs=1e-6)
    c = CasaConstants(alpha=0.0)  # FPAR_SR only: 0.450207
    assert casa.fpar(0.5, EBF.ndvi_min, EBF.ndvi_max, c) == pytest.approx(0.450207, abs=1e-6)


# --------------------------------------------------------------------------------------------
# Temperature stress


def test_optimum_temperature_is_the_temperature_of_the_first_greenest_month():
    ndvi = np.array([0.2, 0.5, 0.7, 0.7, 0.3, 0.1, 0, 0, 0, 0, 0, 0], "float32")[:, None]
    t = np.arange(12, dtype="float32")[:, None] * 2  # month m has 2·m °C
    # NDVI peaks at 0.7 in months 3 and 4 (index 2 and 3): the first one, T = 4 °C.
    assert casa.optimum_temperature(ndvi, t)[0] == 4.0


def test_t_eps1_by_hand():
    # 0.8 + 0.02·29 − 0.0005·29² = 0.8 + 0.58 − 0.4205 = 0.9595
    # 0.8 + 0.02·22 − 0.0005·22² = 0.8 + 0.44 − 0.242 = 0.998
    # 0.8 + 0.02·(−1) − 0.0005·1 = 0.7795
    np.testing.assert_allclose(casa.t_eps1(np.array([29.0, 22.0, -1.0])), [0.9595, 0.998, 0.7795])


def test_t_eps2_at_away_from_and_outside_the_optimum():
    # At T = Topt: 1.184/((1 + e⁻²)(1 + e⁻³)) = 1.184/(1.135335·1.049787) = 1.184/1.191860
    #            = 0.993405 for any Topt
    assert casa.t_eps2_at_optimum() == pytest.approx(0.993405, abs=1e-6)
    topt = 29.0
    t = np.array([29.0, 23.0, 16.0, 15.0, 39.0, 39.5, 5.0], "float32")
    expected = [
        0.993405,  # T = Topt
        # T = 23: 1.184/(1 + e^(0.2·(29−10−23)))/(1 + e^(0.3·(−29−10+23)))
        #       = 1.184/(1 + e^−0.8)/(1 + e^−4.8) = 1.184/1.449329/1.008230 = 0.810262
        0.810262,
        # T = 16 = Topt − 13, still inside: 1.184/(1 + e^0.6)/(1 + e^−6.9)
        #       = 1.184/2.822119/1.001008 = 0.419121
        0.419121,
        0.496703,  # T = 15 < Topt − 13: 0.993405/2
        # T = 39 = Topt + 10, still inside: 1.184/(1 + e^−4)/(1 + e^0) = 1.184/1.018316/2 = 0.581352
        0.581352,
        0.496703,  # T = 39.5 > Topt + 10
        0.496703,  # T = 5, far below
    ]
    np.testing.assert_allclose(casa.t_eps2(t, topt), expected, atol=2e-6)
    # Potter/Field's constant 1.1814: 1.1814/1.191860 = 0.991224
    assert casa.t_eps2(np.float32(7.0), 7.0, 1.1814) == pytest.approx(0.991224, abs=2e-6)


# --------------------------------------------------------------------------------------------
# Water stress


def test_heat_index_exponent_and_thornthwaite_by_hand():
    # Every month at 5 °C: I = 12·(5/5)^1.514 = 12
    # a = 6.75e-7·1728 − 7.71e-5·144 + 1.792e-2·12 + 0.49239
    #   = 0.0011664 − 0.0111024 + 0.21504 + 0.49239 = 0.697494
    # Ep0 = 16·(10·5/12)^0.697494 = 16·e^(0.697494·ln 4.166667) = 16·e^(0.697494·1.427116)
    #     = 16·2.705820 = 43.2931 mm
    t = np.full((12, 1), 5.0, "float32")
    index = casa.heat_index(t)
    assert index[0] == pytest.approx(12.0, rel=1e-6)
    a = casa.thornthwaite_exponent(index)
    assert a[0] == pytest.approx(0.697494, abs=1e-6)
    assert casa.thornthwaite(t, index, a)[0, 0] == pytest.approx(43.2931, rel=1e-5)
    # Months at or below 0 °C count neither in I nor in Ep0:
    # I(−3, 0, 10, 20) = (10/5)^1.514 + (20/5)^1.514 = 2.856418 + 8.159106 = 11.015524
    t = np.array([-3, 0, 10, 20], "float32")[:, None]
    assert casa.heat_index(t)[0] == pytest.approx(2**1.514 + 4**1.514, rel=1e-6)
    ep0 = casa.thornthwaite(t, casa.heat_index(t), casa.thornthwaite_exponent(casa.heat_index(t)))
    assert ep0[0, 0] == 0 and ep0[1, 0] == 0 and ep0[2, 0] > 0


def test_thornthwaite_of_pixel_a_and_the_hot_month_branch():
    t = np.array(A_T, "float32")[:, None]
    index = casa.heat_index(t)
    a = casa.thornthwaite_exponent(index)
    # I = 120.265118, a = 2.706538 (worked above); Ep0(15 °C) = 16·(150/120.265118)^2.706538
    #   = 16·1.247244^2.706538 = 29.094878 mm
    assert index[0] == pytest.approx(120.265118, rel=1e-6)
    assert a[0] == pytest.approx(2.706538, rel=1e-6)
    ep0 = casa.thornthwaite(t, index, a)
    assert ep0[0, 0] == pytest.approx(29.094878, rel=1e-5)
    # Hot-month branch: 28 °C ≥ 26.5 → −415.85 + 32.24·28 − 0.43·28² = −415.85 + 902.72
    # − 337.12 = 149.75 mm; 26 °C < 26.5 keeps the Thornthwaite value.
    hot = casa.thornthwaite(t, index, a, hot_month_branch=True)
    assert hot[5, 0] == pytest.approx(149.75, rel=1e-5)
    assert hot[4, 0] == ep0[4, 0]


def test_regional_et_and_water_stress_by_hand():
    ep0 = np.array([29.094878, 15.589953, 0.0, 0.0, 157.568346], "float32")
    p = np.array([30.0, 0.0, 15.0, 0.0, 380.0], "float32")
    rn, e = casa.regional_et(ep0, p)
    # Rn = 28.300463 and E = 21.831730 (worked above, January of pixel A)
    assert rn[0] == pytest.approx(28.300463, rel=1e-5)
    assert e[0] == pytest.approx(21.831730, rel=1e-5)
    # P = 0 → Rn = 0, E = 0; Ep0 = 0 → Rn = 0.369·0 + 0.598·0 = 0 → E = 0
    assert rn[1] == 0 and e[1] == 0 and rn[2] == 0 and e[2] == 0 and e[3] == 0
    w = casa.w_eps(e, ep0)
    # Wε = 0.928690 (above); P = 0 with demand: 0.5 + 0.5·0/(15.589953/2) = 0.5;
    # no demand (Ep = 0): 1, with or without rain.
    np.testing.assert_allclose(w[:4], [0.928690, 0.5, 1.0, 1.0], atol=2e-6)
    # June of pixel A, very wet: Rn = sqrt(157.568346·380)·0.369 + 0.598·157.568346
    # = 244.697·0.369 + 94.226 = 184.5186; E = 173.0113 > Ep0, so
    # Wε = 0.5 + 0.5·173.0113/165.2898 = 1.023357 — above 1 as published, 1 when capped.
    assert rn[4] == pytest.approx(184.518574, rel=1e-5)
    assert e[4] == pytest.approx(173.011296, rel=1e-5)
    assert w[4] == pytest.approx(1.023357, rel=1e-5)
    assert casa.w_eps(e, ep0, cap=True)[4] == 1.0


def test_npp_blocks_water_stress_in_one_step_gives_the_hand_worked_values():
    # npp_block's Wε of Ep0 and P at once (as a function of sqrt(Ep0/P)): the values of the
    # test above (0.928690, 0.5, 1, 1, 1.023357; 1 when capped), the tiny demand of the test
    # below (0.5), NaN for nodata and for P < 0
    ep0 = np.array([29.094878, 15.589953, 0.0, 0.0, 157.568346, 4.2e-9, np.nan, 10.0, 10.0],
                   "float32")  # fmt: skip
    p = np.array([30.0, 0.0, 15.0, 0.0, 380.0, 0.0, 10.0, np.nan, -1.0], "float32")
    work = tuple(np.empty_like(p) for _ in range(4))
    flags = (np.empty(p.shape, bool), np.empty(p.shape, bool))
    for cap, expected in ((False, 1.023357), (True, 1.0)):
        w = np.empty_like(p)
        with np.errstate(invalid="ignore", divide="ignore"):
            casa._w_eps_fast(ep0, p, casa.RN_CONSTANT, cap, w, work, flags)
        np.testing.assert_allclose(w[:6], [0.928690, 0.5, 1.0, 1.0, expected, 0.5], rtol=2e-6)
        # Exactly 1 where there is no demand (Ep0 = 0), as w_eps gives (0.5 + δ/2δ is 1.0 in
        # float32): the rule is "no demand, no stress", not a value near 1.
        assert w[2] == 1.0 and w[3] == 1.0 and np.isnan(w[6:]).all()


def test_a_dry_month_barely_above_zero_keeps_half_water_stress():
    # T = 2.4e-7 °C (a generated field's rounding of 0) with P = 0 and I = 50, a = 1.3:
    # Ep0 = 16·(10·2.4e-7/50)^1.3 ≈ 4.2e-9 mm > 0, E = 0 → Wε = 0.5 + 0.5·0/(Ep0/2) = 0.5
    ep0 = casa.thornthwaite(np.float32(2.4e-7), 50.0, 1.3)
    assert 0 < ep0 < 1e-8
    _, e = casa.regional_et(ep0, np.float32(0.0))
    assert casa.w_eps(e, ep0) == pytest.approx(0.5, abs=1e-7)


def test_rn_constant_is_a_parameter():
    # k = 0.589: Rn = 29.543973·(0.369 + 0.589·0.984799) = 29.543973·0.949047 = 28.038615
    rn, _ = casa.regional_et(np.float32(29.094878), np.float32(30.0), rn_constant=0.589)
    assert rn == pytest.approx(29.543973 * (0.369 + 0.589 * 0.984799), rel=1e-5)


def test_monthly_npp_formula():
    # 280·0.572214·0.5·0.9595·0.496703·0.928690·0.985 = 34.9249; a month at −10 °C gives 0
    value = casa.monthly_npp(280, 0.572214, 0.9595, 0.496703, 0.928690, 0.985, 15.0)
    assert value == pytest.approx(34.9249, abs=1e-3)
    assert casa.monthly_npp(280, 0.572214, 0.9595, 0.496703, 0.928690, 0.985, -10.0) == 0


# --------------------------------------------------------------------------------------------
# A whole window: the pixels above side by side


def _stack(*series):
    """(12, 1, n) float32 from n monthly series."""
    return np.array(series, dtype="float32").T[:, None, :]


DEFAULTS = CasaConstants()


def _run_block(pixels, codes, constants=DEFAULTS, diagnostics=False):
    ndvi, t, p, sol = (_stack(*[px[i] for px in pixels]) for i in range(4))
    veg = np.array([codes], dtype="float32")
    lookup = casa.TypeLookup.build(TABLE, constants)
    return casa.npp_block(ndvi, sol, t, p, veg, lookup, constants, diagnostics)


PIXEL_A = (A_NDVI, A_T, A_P, A_SOL)
PIXEL_B = (B_NDVI, B_T, B_P, B_SOL)
PIXEL_C = (C_NDVI, C_T, C_P, C_SOL)


def test_block_matches_the_spec_month_by_month_and_in_the_annual_sum():
    result = _run_block([PIXEL_A, PIXEL_B, PIXEL_C], [2, 7, 7])
    refs = [
        spec_pixel(*PIXEL_A, EBF.epsilon_max, EBF.ndvi_min, EBF.ndvi_max),
        spec_pixel(*PIXEL_B, GRASS.epsilon_max, GRASS.ndvi_min, GRASS.ndvi_max),
        spec_pixel(*PIXEL_C, GRASS.epsilon_max, GRASS.ndvi_min, GRASS.ndvi_max),
    ]
    for i, ref in enumerate(refs):
        expected = [month["npp"] for month in ref["months"]]
        np.testing.assert_allclose(result["monthly"][:, 0, i], expected, rtol=2e-5, atol=1e-4)
        assert result["annual"][0, i] == pytest.approx(sum(expected), rel=2e-5)
    # Annual sums of the transcription (float64): A 1314.7631, B 369.4248, C 131.9230
    np.testing.assert_allclose(result["annual"][0], [1314.7631, 369.4248, 131.9230], rtol=2e-5)


def test_edge_cases_of_pixel_b():
    result = _run_block([PIXEL_B], [7], diagnostics=True)
    npp = result["monthly"][:, 0, 0]
    # January −15, February −11, March −10 °C: at or below −10 °C → NPP = 0
    assert npp[:3].tolist() == [0.0, 0.0, 0.0]
    # August: NDVI = 1 clamps to NDVI_max 0.634 → FPAR = FPAR_max 0.95, finite NPP
    assert result["fpar"][7, 0, 0] == pytest.approx(0.95, abs=1e-6)
    assert np.isfinite(npp).all()
    # Topt = 22 (August): Tε1 = 0.998, Tε2(22) = 0.993405 → Tε1·Tε2 = 0.991418
    assert result["t_eps"][7, 0, 0] == pytest.approx(0.998 * 0.993405, abs=2e-6)
    # April −2 °C and May 0 °C: no evaporative demand → Wε = 1
    assert result["w_eps"][3, 0, 0] == 1.0 and result["w_eps"][4, 0, 0] == 1.0
    # November: P = 0 at 3 °C (Ep0 = 15.589953 > 0) → Wε = 0.5
    assert result["w_eps"][10, 0, 0] == pytest.approx(0.5, abs=1e-6)
    # December: P = 0 at −8 °C (no demand) → Wε = 1; NPP = 130·FPAR(0.05)·0.5·0.998·0.496703
    # with FPAR(0.05) = (0.042936 + 0.017156)/2 = 0.030046: 130·0.030046·0.5·0.998·0.496703
    # ·1·0.542 = 0.524724
    assert result["w_eps"][11, 0, 0] == 1.0
    assert npp[11] == pytest.approx(0.524724, rel=1e-5)


def test_no_month_above_zero_gives_a_heat_index_of_zero_and_no_nan():
    result = _run_block([PIXEL_C], [7], diagnostics=True)
    assert np.isfinite(result["monthly"]).all()
    assert (result["w_eps"] == 1.0).all()
    # July, −1 °C = Topt: 520·FPAR(0.35)·0.5·Tε1(−1)·Tε2(Topt)·1·0.542 with
    # FPAR(0.35) = (0.508894 + 0.286983)/2 = 0.397938, Tε1(−1) = 0.7795:
    # 520·0.397938·0.5·0.7795·0.993405·0.542 = 43.4241
    assert result["monthly"][6, 0, 0] == pytest.approx(43.4241, rel=1e-5)


def test_non_vegetated_is_zero_and_nodata_anywhere_is_nodata_everywhere():
    bad_month = [list(series) for series in PIXEL_A]
    bad_month[2][4] = float("nan")  # precipitation of May missing
    result = _run_block([PIXEL_A, PIXEL_A, bad_month, PIXEL_A, PIXEL_A], [0, 2, 2, 255, 9])
    annual = result["annual"][0]
    assert annual[0] == 0.0 and (result["monthly"][:, 0, 0] == 0).all()  # type 0: NPP = 0
    assert annual[1] == pytest.approx(1314.7631, rel=2e-5)  # the neighbour is untouched
    assert np.isnan(annual[2]) and np.isnan(result["monthly"][:, 0, 2]).all()  # one month
    assert np.isnan(annual[3]) and np.isnan(annual[4])  # nodata type, type without parameters
    assert result["saturated"][0].tolist() == [False, False, False, False, False]


def test_each_input_month_missing_makes_the_pixel_nodata():
    for series in range(4):
        for month in (0, 6, 11):
            pixel = [list(s) for s in PIXEL_B]
            pixel[series][month] = float("nan")
            result = _run_block([pixel, PIXEL_B], [7, 7])
            assert np.isnan(result["monthly"][:, 0, 0]).all(), (series, month)
            assert result["annual"][0, 1] == pytest.approx(369.4248, rel=2e-5)


def test_saturation_counts_pixels_at_ndvi_max_in_most_months():
    flat = [[0.80] * 12, [25.0] * 12, [100.0] * 12, [400.0] * 12]  # NDVI above 0.676 all year
    seasonal = PIXEL_A  # July and August are at 0.676 or above: 3 months of 12
    result = _run_block([flat, seasonal], [2, 2])
    assert result["saturated"][0].tolist() == [True, False]


def test_constants_change_the_result_as_the_formula_says():
    base = _run_block([PIXEL_A], [2])["annual"][0, 0]
    # NPP is proportional to the PAR fraction
    half = _run_block([PIXEL_A], [2], CasaConstants(par_fraction=0.25))["annual"][0, 0]
    assert half == pytest.approx(base / 2, rel=1e-6)
    # and to the Tε2 constant (every Tε2 value, in or out of the window, scales with it)
    potter = _run_block([PIXEL_A], [2], CasaConstants(teps2_constant=1.1814))["annual"][0, 0]
    assert potter == pytest.approx(base * 1.1814 / 1.184, rel=1e-6)
    # A freezing limit of 16 °C removes January, February and December (15, 16, 16 °C):
    # 34.924858 + 30.309608 + 17.494433 = 82.728899 less
    cold = _run_block([PIXEL_A], [2], CasaConstants(freezing_limit=16.0))["annual"][0, 0]
    assert base - cold == pytest.approx(82.728899, rel=1e-4)


# --------------------------------------------------------------------------------------------
# Data-mode NDVI_max: histograms


def test_percentile_from_histograms_is_within_one_bin_of_numpy():
    rng = np.random.default_rng(7)
    ndvi = rng.beta(5, 2, size=(12, 40, 50)).astype("float32") * 1.2 - 0.2
    ndvi[3, :5] = np.nan
    veg = rng.integers(0, 4, size=(40, 50)).astype("float32")
    veg[0, :7] = np.nan
    counts = casa.ndvi_histograms(ndvi, veg, [1, 2, 3]) + casa.ndvi_histograms(
        ndvi[:, :0], veg[:0], [1, 2, 3]
    )
    for i, code in enumerate([1, 2, 3]):
        values = ndvi[:, veg == code]
        values = values[~np.isnan(values)]
        assert counts[i].sum() == values.size
        for q in (5.0, 50.0, 95.0, 100.0):
            exact = np.percentile(values.astype(np.float64), q)
            found = casa.percentile_from_histogram(counts[i], q)
            assert abs(found - exact) <= casa.HISTOGRAM_BIN, (code, q)
    assert math.isnan(casa.percentile_from_histogram(np.zeros(10, int), 95))


def test_resolve_table_keeps_the_table_value_when_data_cannot_give_one():
    used, fallbacks = casa.resolve_table(TABLE, {2: 0.85, 7: float("nan"), 6: 0.01, 8: 1.0})
    assert used[2].ndvi_max == 0.85 and used[2].ndvi_min == EBF.ndvi_min
    assert used[7].ndvi_max == GRASS.ndvi_max and 7 in fallbacks  # no data
    assert used[6].ndvi_max == TABLE[6].ndvi_max and 6 in fallbacks  # not above NDVI_min
    assert used[8].ndvi_max == 0.9999  # kept below 1


# --------------------------------------------------------------------------------------------
# The whole computation through the raster engine, on files


def _files(folder, pixels, codes, veg_nodata=255, shape=None):
    """Write the four stacks and the type raster of the given pixels (one row)."""
    arrays = [_stack(*[px[i] for px in pixels]) for i in range(4)]
    veg = np.array([codes], dtype="uint8")
    if shape is not None:  # tile the pixels over a bigger grid
        reps = (shape[0], shape[1] // len(pixels))
        arrays = [np.tile(a, (1, *reps)) for a in arrays]
        veg = np.tile(veg, reps)
    paths = {}
    for name, array in zip(("NDVI", "TEMPERATURE", "PRECIPITATION", "SOL"), arrays):
        paths[name] = write_raster(folder / f"{name}.tif", array, nodata=-9999.0)
    paths["VEGETATION"] = write_raster(folder / "veg.tif", veg, nodata=veg_nodata)
    return paths


def _sources(paths):
    sources = {name: raster.Source(path, name) for name, path in paths.items()}
    return sources


def test_run_casa_writes_annual_monthly_and_diagnostics_and_sums_per_type(tmp_path):
    paths = _files(tmp_path, [PIXEL_A, PIXEL_B, PIXEL_A, PIXEL_C], [2, 7, 0, 7], shape=(300, 520))
    outputs = {
        name: raster.Output(str(tmp_path / f"{name}.out.tif"), bands=1 if name == "OUTPUT" else 12)
        for name in casa.OUTPUT_NAMES
    }
    report = casa.run_casa(_sources(paths), outputs, TABLE, memory_budget=2_000_000)
    annual, nodata = read_raster(outputs["OUTPUT"].path)
    assert nodata == [raster.NODATA_FLOAT]
    np.testing.assert_allclose(annual[0, 0, :4], [1314.7631, 369.4248, 0.0, 131.9230], rtol=2e-5)
    monthly = read_raster(outputs["MONTHLY"].path)[0]
    np.testing.assert_allclose(monthly.sum(axis=0), annual[0], rtol=1e-5)
    assert read_raster(outputs["FPAR"].path)[0][7, 0, 1] == pytest.approx(0.95, abs=1e-6)
    assert read_raster(outputs["WATER_STRESS"].path)[0][11, 0, 1] == 1.0
    # 300 rows × 130 copies of each pixel
    assert report.codes_present == {0: 39000, 2: 39000, 7: 78000}
    assert report.types[2].pixels == 39000
    assert report.types[2].mean_npp == pytest.approx(1314.7631, rel=2e-5)
    assert report.types[7].mean_npp == pytest.approx((369.4248 + 131.9230) / 2, rel=2e-5)
    assert report.types[0].mean_npp == 0.0
    assert report.summary.windows > 1


def test_codes_missing_from_the_table_are_listed(tmp_path):
    paths = _files(tmp_path, [PIXEL_A] * 4, [2, 9, 12, 9])
    with pytest.raises(InputError, match=r"type codes 9 \(2 pixels\), 12 \(1 pixels\)"):
        casa.run_casa(_sources(paths), {}, TABLE)


def test_codes_missing_from_the_table_stop_a_table_mode_run_with_nothing_written(tmp_path):
    # Table mode counts the codes in the NPP pass itself: the refusal comes before any output
    # is moved into place, and an older file there is kept.
    paths = _files(tmp_path, [PIXEL_A] * 4, [2, 9, 12, 9])
    out = tmp_path / "npp.tif"
    out.write_bytes(b"older result")
    with pytest.raises(InputError, match=r"type codes 9 \(2 pixels\), 12 \(1 pixels\)"):
        casa.run_casa(_sources(paths), {"OUTPUT": raster.Output(str(out))}, TABLE)
    assert out.read_bytes() == b"older result"
    assert not [name for name in os.listdir(tmp_path) if "partial" in name]


def test_vegetation_counts_count_whole_codes_and_name_the_other_values():
    # 2, 0, 7 and 2 are codes; 2.5 (not whole), −1 (negative), 255 (the nodata code, here not
    # declared) and 300 are not; NaN is nodata and neither.
    veg = np.array([[2, 2.5, -1, 255], [np.nan, 0, 7, 2], [300, 7, 7, 0]], dtype=np.float32)
    result = casa.vegetation_counts(veg)
    assert {c: int(n) for c, n in enumerate(result["counts"]) if n} == {0: 2, 2: 2, 7: 3}
    assert sorted(result["odd"].tolist()) == pytest.approx([-1.0, 2.5, 255.0, 300.0])


def test_undeclared_nodata_255_gets_a_hint(tmp_path):
    paths = _files(tmp_path, [PIXEL_A] * 2, [2, 255], veg_nodata=None)
    with pytest.raises(InputError, match="255 is the usual nodata value"):
        casa.run_casa(_sources(paths), {}, TABLE)


def test_non_integer_vegetation_values_are_refused(tmp_path):
    paths = _files(tmp_path, [PIXEL_A] * 2, [2, 2])
    paths["VEGETATION"] = write_raster(
        tmp_path / "float veg.tif", np.array([[2.0, 2.5]], "float32")
    )
    with pytest.raises(InputError, match=r"VEGETATION: non-integer values such as 2\.5 found"):
        casa.run_casa(_sources(paths), {}, TABLE)


def test_all_nodata_vegetation_is_refused(tmp_path):
    paths = _files(tmp_path, [PIXEL_A] * 2, [255, 255])
    with pytest.raises(InputError, match="only nodata"):
        casa.run_casa(_sources(paths), {}, TABLE)


def test_data_mode_sets_ndvi_max_to_the_95th_percentile(tmp_path):
    # One pixel of pixel A (type 2) and one of pixel B (type 7). Type 2's 95th percentile of
    # its 12 monthly NDVI values (linear between order statistics, as numpy): sorted values
    # …, 0.68, 0.70, 0.72; rank 0.95·(12 − 1) = 10.45 → 0.70 + 0.45·(0.72 − 0.70) = 0.709.
    paths = _files(tmp_path, [PIXEL_A, PIXEL_B], [2, 7])
    out = raster.Output(str(tmp_path / "npp.tif"))
    report = casa.run_casa(_sources(paths), {"OUTPUT": out}, TABLE, extremes="data")
    assert report.table[2].ndvi_max == pytest.approx(0.709, abs=casa.HISTOGRAM_BIN)
    assert report.types[2].ndvi_max_used == report.table[2].ndvi_max
    # The NPP follows: June (0.70) is no longer saturated
    table = dict(TABLE)
    ref = spec_pixel(*PIXEL_A, EBF.epsilon_max, EBF.ndvi_min, report.table[2].ndvi_max)
    annual = read_raster(out.path)[0][0, 0, 0]
    assert annual == pytest.approx(sum(m["npp"] for m in ref["months"]), rel=2e-5)
    assert table[2].ndvi_max == EBF.ndvi_max  # the caller's table is not changed
    # Type 7: sorted B NDVI …, 0.40, 0.55, 0.63, 1.0 → 0.63 + 0.45·(1.0 − 0.63) = 0.7965
    assert report.table[7].ndvi_max == pytest.approx(0.7965, abs=casa.HISTOGRAM_BIN)
    # Types without pixels keep the table value
    assert report.table[4].ndvi_max == TABLE[4].ndvi_max and 4 in report.ndvi_max_fallbacks


def test_type_table_with_ndvi_max_of_one_is_refused():
    table = type_table_from_matrix([2, 0.985, 1.0, 0.023])
    with pytest.raises(InputError, match="must be below 1"):
        casa.TypeLookup.build(table, CasaConstants())


# --------------------------------------------------------------------------------------------
# Type table from CSV


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("code,epsilon_max,ndvi_max,ndvi_min\n2,0.985,0.8,0.023\n7,0.542,0.75,0.02\n", "utf-8"),
        ("代码;最大光能利用率;NDVI_max;NDVI_min;名称\n2;0.985;0.8;0.023;常绿阔叶林\n"
         "7;0.542;0.75;0.02;草地\n", "gbk"),
        ("code\tepsilon_max\tndvi_max\tndvi_min\n2\t0.985\t0.8\t0.023\n7\t0.542\t0.75\t0.02\n",
         "utf-8-sig"),
        ("2,0.985,0.8,0.023\n\n7,0.542,0.75,0.02\n", "utf-8"),
    ],
)  # fmt: skip
def test_type_table_csv_in_utf8_gbk_with_bom_or_without_header(tmp_path, text, encoding):
    path = tmp_path / "类型 参数.csv"
    path.write_bytes(text.encode(encoding))
    table = casa.read_type_table_csv(str(path))
    assert sorted(table) == [2, 7]
    assert (table[2].epsilon_max, table[2].ndvi_max, table[2].ndvi_min) == (0.985, 0.8, 0.023)
    assert table[7].ndvi_min == 0.02


def test_type_table_csv_without_a_needed_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("code,epsilon_max,ndvi_max\n2,0.9,0.8\n")
    with pytest.raises(InputError, match="no 'ndvi_min' column"):
        casa.read_type_table_csv(str(path))


def test_npp_in_chunks_gives_npp_block_bit_for_bit(monkeypatch):
    # Row bands of 3 rows (CHUNK_PIXELS 20 on 7 columns) over a 10-row window, the last band
    # shorter; nodata in one month of one pixel. Every value is the pixel's own, so the chunks
    # put together must equal one call on the window exactly (not to a tolerance).
    rng = np.random.default_rng(3)
    shape = (12, 10, 7)
    ndvi = rng.uniform(0.0, 0.9, shape).astype(np.float32)
    ndvi[4, 2, 3] = np.nan
    sol = rng.uniform(100, 700, shape).astype(np.float32)
    temperature = rng.uniform(-12, 35, shape).astype(np.float32)
    precipitation = rng.uniform(0, 300, shape).astype(np.float32)
    vegetation = rng.integers(0, 9, shape[1:]).astype(np.float32)
    lookup = casa.TypeLookup.build(default_type_table(), CasaConstants())
    args = (ndvi, sol, temperature, precipitation, vegetation, lookup, CasaConstants(), True)
    whole = casa.npp_block(*args)
    monkeypatch.setattr(casa, "CHUNK_PIXELS", 20)
    keys = ["annual", "monthly", "code", "saturated", "fpar", "t_eps", "w_eps"]
    chunked = casa.npp_in_chunks(*args, keys)
    for key in keys:
        assert chunked[key].dtype == whole[key].dtype and chunked[key].shape == whole[key].shape
        assert chunked[key].tobytes() == whole[key].tobytes(), key
    assert np.isnan(chunked["annual"][2, 3])
