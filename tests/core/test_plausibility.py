"""core.plausibility: means and judgements of SPEC §7, against hand-worked values."""

import math

import pytest

from carbonsink_plugin.core import plausibility


def test_mean_flux_turns_tonnes_per_hectare_into_grams_per_square_metre():
    # 1 tC·ha⁻¹ = 10⁶ gC / 10⁴ m² = 100 gC·m⁻², so 8.9 tC·a⁻¹ over 1 ha = 890 gC·m⁻²·a⁻¹
    assert plausibility.mean_flux(8.9, 1.0) == pytest.approx(890.0)
    # 1 000 tC over 2 000 ha = 0.5 tC·ha⁻¹ = 50 gC·m⁻²
    assert plausibility.mean_flux(1000.0, 2000.0) == pytest.approx(50.0)
    assert plausibility.mean_flux(-10.0, 1.0) == pytest.approx(-1000.0)  # a source


@pytest.mark.parametrize("total,area", [(None, 1.0), (1.0, None), (1.0, 0.0)])
def test_mean_flux_is_unknown_without_a_total_or_an_area(total, area):
    assert plausibility.mean_flux(total, area) is None


def test_ranges_include_their_bounds_and_do_not_judge_unknown_values():
    low, high = plausibility.NPP_RANGE
    assert plausibility.within_range(low, (low, high))
    assert plausibility.within_range(high, (low, high))
    assert plausibility.outside_range(high + 1, (low, high))
    assert plausibility.outside_range(low - 1, (low, high))
    assert not plausibility.outside_range(None, (low, high))
    assert not plausibility.within_range(None, (low, high))


def test_published_ranges_hold_the_published_means():
    # Greater Bay Area ≈ 890, Guangxi ≈ 880 gC·m⁻²·a⁻¹ (mean NPP); PRD NEP −40 … 638
    assert plausibility.within_range(890.0, plausibility.NPP_RANGE)
    assert plausibility.within_range(880.0, plausibility.NPP_RANGE)
    assert plausibility.NEP_RANGE == (-40.0, 638.0)  # the published constants, as written


def test_unit_error_limits():
    assert plausibility.above_limit(2000.1, plausibility.NPP_LIMIT)
    assert not plausibility.above_limit(2000.0, plausibility.NPP_LIMIT)  # at the limit: fine
    assert not plausibility.above_limit(math.nan, plausibility.NPP_LIMIT)
    assert not plausibility.above_limit(None, plausibility.NEP_LIMIT)
    # kgC·m⁻² read as gC·m⁻² is 1000× too small; gC·m⁻² read as mgC is 1000× too large
    assert plausibility.above_limit(890_000.0, plausibility.NPP_LIMIT)
