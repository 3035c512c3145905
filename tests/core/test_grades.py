"""Grades: break table, quantiles and natural breaks (core.grades)."""

import itertools
import math
import os
import re

import numpy as np
import pytest
from support import write_raster

from carbonsink_plugin.core import grades as core_grades
from carbonsink_plugin.core import raster
from carbonsink_plugin.core.errors import InputError

STYLES = os.path.join(os.path.dirname(core_grades.__file__), "..", "resources", "styles")


def test_default_breaks_at_their_boundaries():
    """SPEC §6: < 0 source; 0–100 weak; 100–300 moderate; 300–600 strong; ≥ 600 very strong,
    lower bound inclusive."""
    values = np.array([-0.1, 0.0, 99.9, 100.0, 299.99, 300.0, 599.9, 600.0, 1e4, np.nan])
    codes = core_grades.classify(values, core_grades.default_grades())
    assert codes.tolist() == [1, 2, 2, 3, 3, 4, 4, 5, 5, 255]


def test_finite_outer_bounds_leave_outliers_unclassified_and_keep_the_maximum():
    grades = core_grades.grades_from_breaks([10.0], 0.0, 20.0)
    codes = core_grades.classify(np.array([-1.0, 0.0, 9.99, 10.0, 20.0, 20.5]), grades)
    assert codes.tolist() == [255, 1, 1, 2, 2, 255]


def test_the_default_matrix_reads_back_as_the_default_table():
    assert (
        core_grades.grades_from_matrix(core_grades.default_break_matrix())
        == core_grades.default_grades()
    )
    assert core_grades.default_break_matrix()[:6] == [
        "",
        "0",
        "Carbon source",
        "0",
        "100",
        "Weak sink",
    ]


@pytest.mark.parametrize(
    "matrix, message",
    [
        (["", "0", "a", "10", "", "b"], "without gap or overlap"),
        (["", "100", "a", "100", "50", "b"], "lower < upper"),
        (["", "", "a", "0", "", "b"], "only the first lower"),
        (["", "0", "a", "0"], "3 columns"),
        (["", "x", "a"], "not a number"),
        ([], "empty"),
    ],
)
def test_break_tables_that_cannot_classify_are_refused(matrix, message):
    with pytest.raises(InputError, match=message):
        core_grades.grades_from_matrix(matrix, "BREAKS")


def test_break_table_accepts_comma_decimals_and_unicode_minus():
    grades = core_grades.grades_from_matrix(["−50,5", "0", "a", "0", "", ""])
    assert grades[0].lower == -50.5 and grades[1].label == "Class 2"


def test_jenks_textbook_example():
    """jenkspy's documented example: 0…11 in 4 classes → breaks [0, 2, 5, 8, 11].
    By hand: three consecutive integers have a squared deviation sum of 2, so 3+3+3+3 gives
    4 × 2 = 8; any other split has a class of ≥ 4 integers (sum ≥ 5) and cannot do better."""
    assert core_grades.jenks_breaks(list(range(12)), 4) == [0.0, 2.0, 5.0, 8.0, 11.0]


def sdcm(groups):
    return sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in groups)


def test_jenks_is_the_exhaustive_optimum():
    """Against brute force over every split of 10 sorted values into 3 contiguous classes."""
    values = sorted([1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 5.0])
    best = min(
        itertools.combinations(range(1, len(values)), 2),
        key=lambda cut: sdcm([values[: cut[0]], values[cut[0] : cut[1]], values[cut[1] :]]),
    )
    starts = core_grades.jenks_partition(np.array(values), None, 3)
    assert starts == [0, *best]


def test_weighted_jenks_equals_repeated_values():
    values = np.array([1.0, 2.0, 6.0, 7.0, 20.0])
    weights = np.array([3.0, 1.0, 2.0, 2.0, 1.0])
    repeated = np.repeat(values, weights.astype(int))
    starts_weighted = core_grades.jenks_partition(values, weights, 3)
    starts_repeated = core_grades.jenks_partition(repeated, None, 3)
    # map each partition to the class of every distinct value
    assert [values[s] for s in starts_weighted] == [repeated[s] for s in starts_repeated]


def run_pass(tmp_path, data, *passes, epsg=4547, pixel=30.0, origin=(500000.0, 2500000.0)):
    path = write_raster(
        tmp_path / "nep.tif", data, nodata=-9999, epsg=epsg, pixel=pixel, origin=origin
    )
    for accumulator in passes:
        raster.run_blocks(
            {"NEP": raster.Source(path, "NEP")},
            {},
            accumulator.compute,
            on_block=accumulator.on_block,
            memory_budget=1,
        )
    return path


def test_quantile_breaks_split_the_area_equally(tmp_path):
    # 300 × 300 pixels of equal area holding the values 1…90 000 once each.
    data = np.arange(1, 90001, dtype=np.float32).reshape(300, 300)
    value_range = core_grades.ValueRange()
    run_pass(tmp_path, data, value_range)
    assert (value_range.low, value_range.high) == (1.0, 90000.0)
    histogram = core_grades.Histogram(value_range.low, value_range.high)
    run_pass(tmp_path, data, histogram)
    breaks = histogram.quantile_breaks(4)
    # the exact quartile breaks lie between 22 500/22 501, 45 000/45 001, 67 500/67 501;
    # the histogram is exact to (max − min)/65 536 ≈ 1.37
    for got, expected in zip(breaks, (22500.5, 45000.5, 67500.5)):
        assert got == pytest.approx(expected, abs=1.5)
    codes = core_grades.classify(data, core_grades.grades_from_breaks(breaks, 1.0, 90000.0))
    counts = np.bincount(codes.ravel())[1:]
    assert counts.sum() == 90000
    assert np.all(np.abs(counts - 22500) <= 2)


def test_jenks_from_the_histogram_finds_the_gaps(tmp_path):
    rng = np.random.default_rng(3)
    clusters = [rng.uniform(lo, lo + 20, 2000) for lo in (-100, 150, 500)]
    data = np.concatenate(clusters).astype(np.float32).reshape(60, 100)
    value_range = core_grades.ValueRange()
    run_pass(tmp_path, data, value_range)
    histogram = core_grades.Histogram(value_range.low, value_range.high)
    run_pass(tmp_path, data, histogram)
    low_break, high_break = histogram.jenks_breaks(3)
    assert -80 <= low_break <= 150 and 170 <= high_break <= 500


def test_grade_areas_add_up_to_the_valid_area_in_a_geographic_crs(tmp_path):
    rng = np.random.default_rng(11)
    data = rng.uniform(-100, 900, (400, 300)).astype(np.float32)
    data[::7, ::5] = np.nan
    path = write_raster(
        tmp_path / "nep.tif", data, nodata=-9999, epsg=4326, pixel=0.001, origin=(113.8, 22.8)
    )
    statistics = core_grades.GradeStatistics(core_grades.default_grades())
    out = str(tmp_path / "grade.tif")
    raster.run_blocks(
        {"NEP": raster.Source(path, "NEP")},
        {"OUTPUT": raster.Output(out, dtype="uint8")},
        statistics.compute,
        on_block=statistics.on_block,
        memory_budget=1,
    )
    grid = raster.Source(path, "NEP").grid
    areas = np.broadcast_to(grid.cell_area(), data.shape)
    valid_area = areas[np.isfinite(data)].sum()
    assert statistics.classified_m2 == pytest.approx(valid_area, rel=1e-12)
    rows = statistics.grade_rows()
    assert sum(row[4] for row in rows) * 1e6 == pytest.approx(valid_area, rel=1e-12)
    assert sum(row[5] for row in rows) == pytest.approx(100.0)
    codes = raster.read_whole(out, "grade")
    expected = core_grades.classify(data, core_grades.default_grades())
    np.testing.assert_array_equal(np.nan_to_num(codes, nan=255), expected)
    # Σ NEP per grade adds up to the whole Σ NEP (t)
    total_t = np.nansum(data.astype(np.float64) * areas) * 1e-6
    assert sum(row[6] for row in rows) == pytest.approx(total_t, rel=1e-9)
    assert rows[0][2] != rows[0][2] and rows[-1][3] != rows[-1][3]  # unbounded → NaN (NULL)


def test_default_colours_are_those_of_the_shipped_style():
    with open(os.path.join(STYLES, "grade.qml"), encoding="utf-8") as handle:
        qml = handle.read()
    colours = re.findall(r'paletteEntry[^>]*color="#([0-9a-f]{6})"', qml)
    expected = [
        "{:02x}{:02x}{:02x}".format(*rgb)
        for rgb in core_grades.grade_colours(core_grades.default_grades())
    ]
    assert colours == expected


def test_colours_separate_sources_from_sinks():
    grades = core_grades.grades_from_breaks([-50.0, 0.0, 200.0], -100.0, 500.0)
    colours = core_grades.grade_colours(grades)
    assert all(r > g for r, g, _b in colours[:2])  # reds below 0
    assert all(g > r for r, g, _b in colours[2:])  # greens above
    assert math.isfinite(grades[0].lower)
