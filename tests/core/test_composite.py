"""Scene dates from file names, combining scenes per month, cyclic gap filling."""

import numpy as np
import pytest

from carbonsink_plugin.core import composite
from carbonsink_plugin.core.errors import InputError

nan = np.nan


@pytest.mark.parametrize(
    "name,expected",
    [
        # Landsat: acquisition date (4th field), not the processing date (5th).
        ("LC08_L2SP_122044_20200318_20200326_02_T1_SR_B4.TIF", "2020-03-18"),
        ("LC09_L2SP_122044_20221105_20221107_02_T1_NDVI.tif", "2022-11-05"),
        # Sentinel-2 product and granule names: sensing date.
        ("S2A_MSIL2A_20220301T030551_N0400_R075_T49QGF_20220301T061502", "2022-03-01"),
        ("T49QGF_20220716T025551_B04_10m.jp2", "2022-07-16"),
        # MODIS: day of year 129 of 2010 is 9 May; 2012 is a leap year: day 60 = 29 Feb.
        ("MOD13Q1.A2010129.250m_16_days_NDVI.tif", "2010-05-09"),
        ("MOD13A3.A2012060.h28v06.061.hdf", "2012-02-29"),
        ("ndvi 深圳 2021-08-03.tif", "2021-08-03"),
        ("ndvi_2021_08_03.tif", "2021-08-03"),
        ("scene20210803.tif", "2021-08-03"),
        ("temp_2020-07.tif", "2020-07"),
    ],
)
def test_dates_from_file_names(name, expected):
    assert str(composite.parse_date(name)) == expected


@pytest.mark.parametrize("name", ["ndvi.tif", "scene_20211345.tif", "A2010400.tif", "x_123.tif"])
def test_names_without_a_date(name):
    assert composite.parse_date(name) is None


def test_explicit_dates_one_per_scene():
    dates = composite.scene_dates(["a.tif", "b.tif", "c.tif"], "2021-01-15, 20210220；3")
    assert [d.month for d in dates] == [1, 2, 3]
    assert dates[2].year is None


def test_explicit_dates_count_must_match():
    with pytest.raises(InputError, match="2 date\\(s\\) given for 3 scene\\(s\\)"):
        composite.scene_dates(["a.tif", "b.tif", "c.tif"], "2021-01-15 2021-02-01")


def test_an_undatable_scene_is_named():
    with pytest.raises(InputError, match="Cannot tell the date of 'cloudfree mosaic.tif'"):
        composite.scene_dates(["/data/LC08_20200101.tif", "/data/cloudfree mosaic.tif"])


def test_bad_explicit_date_is_named():
    with pytest.raises(InputError, match="'2021-13-01' \\(for 'b.tif'\\) is not a date"):
        composite.scene_dates(["a.tif", "b.tif"], "2021-01-01,2021-13-01")


def test_scenes_by_month():
    dates = composite.scene_dates(["x_20200105.tif", "x_20210120.tif", "x_20200704.tif"])
    assert composite.scenes_by_month(dates) == {1: [0, 1], 7: [2]}


def test_combine_by_hand():
    a = np.array([[0.2, nan, 0.5, nan]], np.float32)
    b = np.array([[0.6, 0.3, nan, nan]], np.float32)
    value, count = composite.combine([a, b], "max")
    np.testing.assert_allclose(value, [[0.6, 0.3, 0.5, nan]])
    assert count.tolist() == [[2, 1, 1, 0]]
    value, _ = composite.combine([a, b], "mean")
    np.testing.assert_allclose(value, [[0.4, 0.3, 0.5, nan]], rtol=1e-6)
    # sum of nothing is missing, not 0
    value, _ = composite.combine([a, b], "sum")
    np.testing.assert_allclose(value, [[0.8, 0.3, 0.5, nan]], rtol=1e-6)


def test_gap_filling_is_linear_in_time_and_wraps_december_january():
    # One pixel: valid in Jan (1), Apr (4), Oct (10); the rest missing.
    #   Feb, Mar between Jan=1 and Apr=4 → 2, 3
    #   May…Sep between Apr=4 and Oct=10 (6 months apart) → 5, 6, 7, 8, 9
    #   Nov, Dec between Oct=10 and next Jan=1 (3 months apart) → 10 − 3 = 7, 10 − 6 = 4
    series = np.full((12, 1, 1), nan, np.float32)
    series[0], series[3], series[9] = 1, 4, 10
    filled, count = composite.fill_gaps_cyclic(series)
    assert filled[:, 0, 0].tolist() == pytest.approx([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 7, 4])
    assert count == 9


def test_gap_filling_edge_cases():
    series = np.full((12, 1, 3), nan, np.float32)
    series[5, 0, 0] = 0.7  # a single valid month → that value everywhere
    series[:, 0, 1] = np.arange(12)  # complete → unchanged
    filled, count = composite.fill_gaps_cyclic(series)
    assert filled[:, 0, 0].tolist() == pytest.approx([0.7] * 12)
    assert filled[:, 0, 1].tolist() == list(range(12))
    assert np.isnan(filled[:, 0, 2]).all()  # nothing valid → stays nodata
    assert count == 11


class _Block:
    """What the pass reads of a raster.Block: scenes by source name, (1, rows, cols)."""

    def __init__(self, data):
        self.data = data

    def __getitem__(self, name):
        return self.data[name]


def test_the_composite_pass_scales_combines_and_counts_by_hand():
    # Three scenes of two pixels stored × 10 000: S0 and S1 in January, S2 in July.
    s0 = np.array([[[2000, nan]]], np.float32)
    s1 = np.array([[[6000, 3000]]], np.float32)
    s2 = np.array([[[5000, nan]]], np.float32)
    block = _Block({"S0": s0, "S1": s1, "S2": s2})
    by_month = {1: [0, 1], 7: [2]}
    composite_pass = composite.CompositePass(["S0", "S1", "S2"], by_month, "max", scale=0.0001)
    result = composite_pass.compute(block)
    months = result["OUTPUT"]
    assert months.shape == (12, 1, 2)
    # January: max(0.2, 0.6) = 0.6 and max(—, 0.3) = 0.3; July: 0.5 and nothing
    assert months[0, 0].tolist() == pytest.approx([0.6, 0.3])
    assert months[6, 0, 0] == pytest.approx(0.5) and np.isnan(months[6, 0, 1])
    # empty pixel-months: 10 other months × 2 pixels + July's second pixel = 21
    assert result["empty"] == 21 and result["filled"] == 0 and result["partial"] == 0
    composite_pass.on_block(block, result)
    composite_pass.on_block(block, result)
    assert composite_pass.totals == {"empty": 42, "filled": 0, "partial": 0}


def test_the_composite_pass_fills_gaps_and_counts_partial_sums():
    # One pixel, rain in mm: Jan scenes 10 and — (summed from one of two: partial), Jul 70.
    block = _Block({"A": np.array([[[10.0]]], np.float32),
                    "B": np.array([[[nan]]], np.float32),
                    "C": np.array([[[70.0]]], np.float32)})  # fmt: skip
    composite_pass = composite.CompositePass("ABC", {1: [0, 1], 7: [2]}, "sum", fill=True)
    result = composite_pass.compute(block)
    series = result["OUTPUT"][:, 0, 0]
    # Jan 10, Jul 70, 6 months apart both ways: +10 per month from Jan, −10 per month after Jul
    assert series.tolist() == pytest.approx([10, 20, 30, 40, 50, 60, 70, 60, 50, 40, 30, 20])
    assert result["empty"] == 10 and result["filled"] == 10 and result["partial"] == 1
