"""Monte Carlo intervals of the totals (core/uncertainty.py) against analytic distributions."""

from __future__ import annotations

import pytest

from carbonsink_plugin.core import uncertainty as u

Z975 = 1.959963985  # standard normal 97.5th percentile

NPP = {2: 800_000.0, 7: 200_000.0}  # tC per type
RH = {2: 300_000.0, 7: 100_000.0}
EPS = {2: 0.8, 7: 0.5}


def test_epsilon_only_gives_the_analytic_normal_interval():
    # Σ NPP* = Σ S_k·ε*_k/ε_k with ε*_k ~ N(ε_k, se_k): normal, mean Σ S_k = 1 000 000 and
    # σ = √((800 000·0.08/0.8)² + (200 000·0.1/0.5)²) = √(80 000² + 40 000²) = 89 442.7 tC;
    # the 95 % interval is 1 000 000 ± 1.96·89 442.7 = 824 695 … 1 175 305.
    spec = u.UncertaintySpec(par_fraction_half_width=0.0, rh_coefficient_sd=0.0, draws=400_000)
    result = u.group_intervals({"city": (NPP, RH)}, EPS, {2: 0.08, 7: 0.1}, 0.5, spec)["city"]
    sigma = (80_000.0**2 + 40_000.0**2) ** 0.5
    npp = result["npp_tc"]
    assert npp.estimate == 1_000_000.0
    assert npp.sd == pytest.approx(sigma, rel=0.01)
    assert npp.low == pytest.approx(1_000_000 - Z975 * sigma, rel=0.003)
    assert npp.high == pytest.approx(1_000_000 + Z975 * sigma, rel=0.003)
    # Rh is exact here, so NEP = NPP − 400 000 has the same spread; tCO₂ = tC·44/12.
    assert result["nep_tc"].low == pytest.approx(npp.low - 400_000, rel=1e-9)
    assert result["nep_tco2"].high == pytest.approx(result["nep_tc"].high * 44 / 12, rel=1e-12)


def test_uncalibrated_types_use_the_documented_relative_sd_and_rh_adds_in_quadrature():
    # No se: σ_k = 25 % of εmax, so σ(Σ NPP) = √(200 000² + 50 000²) = 206 155; Rh with 10 %:
    # σ(Σ Rh) = 40 000; NEP = NPP − Rh, independent normals: σ = √(206 155² + 40 000²) = 210 000.
    spec = u.UncertaintySpec(par_fraction_half_width=0.0, draws=400_000)
    result = u.group_intervals({"city": (NPP, RH)}, EPS, {}, 0.5, spec)["city"]
    assert result["npp_tc"].sd == pytest.approx((200_000.0**2 + 50_000.0**2) ** 0.5, rel=0.01)
    assert result["rh_tc"].sd == pytest.approx(40_000.0, rel=0.01)
    assert result["nep_tc"].sd == pytest.approx(210_000.0, rel=0.01)


def test_par_fraction_alone_gives_the_uniform_quantiles():
    # f* ~ U(0.475, 0.525): Σ NPP* = 1 000 000·f*/0.5 ~ U(950 000, 1 050 000), whose 2.5th and
    # 97.5th percentiles are 950 000 + 0.025·100 000 = 952 500 and 1 047 500.
    spec = u.UncertaintySpec(rh_coefficient_sd=0.0, draws=200_000)
    eps_exact = {2: 0.8, 7: 0.5}
    result = u.group_intervals({"city": (NPP, RH)}, eps_exact, {2: 0.0, 7: 0.0}, 0.5, spec)["city"]
    assert result["npp_tc"].low == pytest.approx(952_500.0, rel=5e-4)
    assert result["npp_tc"].high == pytest.approx(1_047_500.0, rel=5e-4)


def test_groups_share_the_draws_and_the_sentence_numbers():
    spec = u.UncertaintySpec(draws=2000)
    half = {k: v / 2 for k, v in NPP.items()}
    rh_half = {k: v / 2 for k, v in RH.items()}
    result = u.group_intervals({"city": (NPP, RH), "east": (half, rh_half)}, EPS, {}, 0.5, spec)
    # Same draws: a district with half of every sum has exactly half the interval.
    assert result["east"]["nep_tc"].low == pytest.approx(result["city"]["nep_tc"].low / 2)
    interval = u.Interval(2_746_438.0, 2_412_000.0, 3_081_000.0, 1.0)
    assert u.sentence_numbers(interval) == ("2.75", "2.41", "3.08")
