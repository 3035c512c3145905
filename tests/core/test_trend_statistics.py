"""Trend statistics (core.trend) against hand-worked short series."""

import math

import numpy as np
import pytest
from support import write_raster

from carbonsink_plugin.core import raster
from carbonsink_plugin.core import trend as core_trend
from carbonsink_plugin.core.errors import InputError

YEARS = [2016, 2017, 2018, 2019, 2020]


def column(*values):
    return np.array(values, dtype=np.float32).reshape(-1, 1)


def test_mann_kendall_and_sen_slope_by_hand_with_one_tie():
    """x = 2, 4, 3, 4, 6 in 2016…2020 (the value 4 appears twice).

    S: pairs (i<j) sign(xj − xi)
      from 2: 4+ 3+ 4+ 6+  → +4
      from 4: 3− 4(0) 6+   →  0
      from 3: 4+ 6+        → +2
      from 4: 6+           → +1        S = 7
    Var(S) = [5·4·15 − 2·1·9] / 18 = (300 − 18)/18 = 282/18 = 15.666…
    Z = (S − 1)/√Var = 6/√15.666… = 1.515873…   (|Z| ≤ 1.645: stable, class 3)
    p = 2·(1 − Φ(Z)) = erfc(Z/√2) = 0.12955…
    Sen: slopes 2, 0.5, 2/3, 1 | −1, 0, 2/3 | 1, 1.5 | 2 → sorted −1, 0, 0.5, 2/3, 2/3, 1, 1,
         1.5, 2, 2 → median (2/3 + 1)/2 = 0.8333…
    CV: mean 3.8; deviations −1.8, 0.2, −0.8, 0.2, 2.2 → Σ² = 8.8; s = √(8.8/4) = 1.48324;
        CV = 1.48324/3.8 = 0.390326
    """
    x = column(2, 4, 3, 4, 6)
    s = core_trend.mk_s(x)
    variance = core_trend.mk_variance(x)
    z = core_trend.mk_z(s, variance)
    assert s[0] == 7
    assert variance[0] == pytest.approx(282 / 18)
    assert z[0] == pytest.approx(6 / math.sqrt(282 / 18))
    assert z[0] == pytest.approx(1.515873, abs=1e-6)
    assert core_trend.p_value(z)[0] == pytest.approx(math.erfc(z[0] / math.sqrt(2)), rel=2e-7)
    assert core_trend.p_value(z)[0] == pytest.approx(0.12955, abs=1e-5)
    assert core_trend.sen_slope(x, YEARS)[0] == pytest.approx(5 / 6, rel=1e-6)
    assert core_trend.coefficient_of_variation(x)[0] == pytest.approx(math.sqrt(2.2) / 3.8)
    assert core_trend.trend_class(z)[0] == 3


def test_tie_groups_of_two_and_three():
    """x = 1, 1, 2, 2, 2: groups t = 2 and t = 3 → 2·1·9 + 3·2·11 = 18 + 66 = 84;
    Var = (300 − 84)/18 = 12; S = 2 × 3 = 6 (each 1 before each 2), Z = 5/√12 = 1.443376."""
    x = column(1, 1, 2, 2, 2)
    assert core_trend.tie_term(x)[0] == 84
    assert core_trend.mk_variance(x)[0] == pytest.approx(12.0)
    assert core_trend.mk_s(x)[0] == 6
    assert core_trend.mk_z(core_trend.mk_s(x), core_trend.mk_variance(x))[0] == pytest.approx(
        5 / math.sqrt(12)
    )


@pytest.mark.parametrize(
    "values, s, expected_class",
    [
        # n = 5, no ties: Var = 5·4·15/18 = 16.666…, √ = 4.082483
        ((1, 2, 3, 4, 5), 10, 5),  # Z = 9/4.082483 = 2.2045 > 1.96
        ((5, 4, 3, 2, 1), -10, 1),  # Z = −2.2045
        ((1, 2, 4, 3, 5), 8, 4),  # one swap: S = 8, Z = 7/4.082483 = 1.7146 (slight)
        ((5, 4, 2, 3, 1), -8, 2),  # Z = −1.7146
        ((1, 3, 2, 5, 4), 6, 3),  # two swaps: S = 6, Z = 5/4.082483 = 1.2247 (stable)
    ],
)
def test_trend_classes_from_z(values, s, expected_class):
    x = column(*values)
    assert core_trend.mk_s(x)[0] == s
    z = core_trend.mk_z(core_trend.mk_s(x), core_trend.mk_variance(x))[0]
    assert abs(z) == pytest.approx((abs(s) - 1) / math.sqrt(250 / 15))
    assert core_trend.trend_class(np.array([z]))[0] == expected_class


def test_class_thresholds_are_exactly_as_documented():
    z = np.array([-2.0, -1.96, -1.7, -1.645, 0.0, 1.645, 1.7, 1.96, 2.0, np.nan])
    assert core_trend.trend_class(z).tolist() == [1, 2, 2, 3, 3, 3, 4, 4, 5, 255]


def test_a_constant_series_is_stable_with_p_one():
    x = column(3, 3, 3, 3, 3)
    variance = core_trend.mk_variance(x)
    assert variance[0] == 0  # (300 − 5·4·15)/18
    z = core_trend.mk_z(core_trend.mk_s(x), variance)
    assert z[0] == 0 and core_trend.p_value(z)[0] == pytest.approx(1.0)
    assert core_trend.sen_slope(x, YEARS)[0] == 0 and core_trend.coefficient_of_variation(x)[0] == 0


def test_sen_slope_uses_the_real_years():
    """10, 14, 13 in 2000, 2002, 2006: slopes 4/2 = 2, 3/6 = 0.5, −1/4 = −0.25 → median 0.5."""
    assert core_trend.sen_slope(column(10, 14, 13), [2000, 2002, 2006])[0] == pytest.approx(0.5)


def test_erfc_matches_the_standard_library():
    x = np.linspace(-6, 6, 1201)
    expected = np.array([math.erfc(v) for v in x])
    np.testing.assert_allclose(core_trend.erfc(x), expected, rtol=1.2e-7)


def test_largest_possible_z():
    # n = 4: (6 − 1)/√(4·3·13/18) = 5/√8.666… = 1.69842; n = 5: 9/√16.666… = 2.20454
    assert core_trend.largest_possible_z(4) == pytest.approx(1.698416, abs=1e-6)
    assert core_trend.largest_possible_z(5) == pytest.approx(2.204541, abs=1e-6)


def test_percent_change_uses_the_magnitude_of_the_first_year():
    pct = core_trend.percent_change(np.array([100.0, -50.0, 0.0]), np.array([150.0, -25.0, 5.0]))
    assert pct[0] == pytest.approx(50.0) and pct[1] == pytest.approx(50.0)
    assert np.isnan(pct[2])


# --- years ----------------------------------------------------------------------------------


def test_years_explicit_in_any_separator():
    assert core_trend.parse_years("2018, 2019;2020 2021，2022、2023", 6) == list(range(2018, 2024))
    with pytest.raises(InputError, match="3 year\\(s\\) given .* for 2 layer"):
        core_trend.parse_years("2018,2019,2020", 2)
    with pytest.raises(InputError, match="not a four-digit year"):
        core_trend.parse_years("2018, 19", 2)


def test_years_from_file_names():
    names = [
        "/d/nep_2019.tif",
        "/d/深圳 NEP 2020 年.tif",
        "/d/S2_20210115_30m.tif",
        "x-2022-06-30.tif",
    ]
    assert core_trend.years_from_names(names) == [2019, 2020, 2021, 2022]
    assert core_trend.year_from_name("NEP_epsg4547_2018.tif") == 2018
    assert core_trend.year_from_name("MOD13Q1.A2010193.250m_16_days_NDVI.tif") == 2010
    assert core_trend.year_from_name("MOD17A3HGF.A2021001.h28v06.061.tif") == 2021
    assert core_trend.year_from_name("scene_A2010400.tif") is None  # day 400 does not exist
    with pytest.raises(InputError, match="nep_2019_2020.tif"):
        core_trend.years_from_names(["nep_2019_2020.tif", "nep_2021.tif"])
    with pytest.raises(InputError, match="Enter the years"):
        core_trend.years_from_names(["nep.tif", "nep_2021.tif"])


def test_too_few_or_repeated_years_are_refused():
    assert core_trend.check_years([2020, 2018, 2019]) == [1, 2, 0]
    with pytest.raises(InputError, match="at least 2"):
        core_trend.check_years([2020])
    with pytest.raises(InputError, match="2019 appear"):
        core_trend.check_years([2019, 2020, 2019])


# --- the engine pass ----------------------------------------------------------------------


def test_per_pixel_outputs_through_the_engine(tmp_path):
    """Three pixels with the series above plus a pixel with a gap (nodata in 2018)."""
    series = np.array(
        [
            [2, 4, 3, 4, 6],  # hand-worked above
            [1, 2, 3, 4, 5],  # significant increase, slope 1
            [5, 4, 2, 3, 1],  # slight decrease, slope: pairs … median −1
            [1, 2, np.nan, 4, 5],  # nodata in one year
        ],
        dtype=np.float32,
    )
    sources = {}
    for k, year in enumerate(YEARS):
        data = series[:, k].reshape(2, 2)
        path = write_raster(tmp_path / f"nep_{year}.tif", data, nodata=-9999)
        sources[f"Y{year}"] = raster.Source(path, str(year))
    computation = core_trend.TrendComputation(list(sources), YEARS)
    outputs = {
        name: raster.Output(str(tmp_path / f"{name}.tif")) for name in core_trend.OUTPUT_NAMES
    }
    outputs["CLASS"] = raster.Output(str(tmp_path / "CLASS.tif"), dtype="uint8")
    raster.run_blocks(sources, outputs, computation.compute, on_block=computation.on_block)
    read = {
        name: raster.read_whole(str(tmp_path / f"{name}.tif"), name).ravel() for name in outputs
    }
    assert read["SLOPE"][:3] == pytest.approx([5 / 6, 1.0, -1.0])
    # (5,4,2,3,1): slopes −1, −1.5, −2/3, −1 | −2, −0.5, −1 | 1, −0.5 | −2 → sorted −2, −2, −1.5,
    # −1, −1, −1, −2/3, −0.5, −0.5, 1 → median −1
    assert read["Z"][:3] == pytest.approx(
        [6 / math.sqrt(282 / 18), 9 / math.sqrt(50 / 3), -7 / math.sqrt(50 / 3)], rel=1e-6
    )
    assert read["CLASS"][:3].tolist() == [3, 5, 2]
    assert read["DIFFERENCE"][:3] == pytest.approx([4, 4, -4])
    assert read["PERCENT_CHANGE"][:3] == pytest.approx([200, 400, -80])
    assert read["CV"][1] == pytest.approx(math.sqrt(2.5) / 3)
    assert read["P_VALUE"][1] == pytest.approx(math.erfc(9 / math.sqrt(50 / 3) / math.sqrt(2)))
    for name in outputs:
        assert np.isnan(read[name][3])  # nodata in any year → nodata everywhere


def test_memory_follows_the_number_of_pairs():
    # 5 years: 10 pairs; (2·5 + 3·10 + 16) / (5 + 9) = 56/14 = 4 band-equivalents per pixel
    assert core_trend.temporaries(5, 9) == pytest.approx(4.0)
    assert core_trend.temporaries(30, 9) > 30  # 435 pairs
