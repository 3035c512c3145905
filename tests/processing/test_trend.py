"""carbonsink:trend through processing.run."""

import math

import numpy as np
import pytest
from evaluation_support import Recorder, read_table, rectangle, run, write_polygons
from qgis.core import QgsProcessingException
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")

SERIES_OUTPUTS = ("SLOPE", "Z", "P_VALUE", "CLASS", "CV")
ALL_OUTPUTS = ("DIFFERENCE", "PERCENT_CHANGE", *SERIES_OUTPUTS)

# Pixel series 2016…2020 (the hand-worked ones of tests/core/test_trend_statistics.py):
#   a: 2 4 3 4 6  → S 7, Var 282/18, Z 1.515873, slope 5/6, class 3 (stable)
#   b: 1 2 3 4 5  → S 10, Var 50/3, Z 9/√(50/3) = 2.204541, slope 1, class 5
#   c: 5 4 2 3 1  → S −8, Z −7/√(50/3) = −1.714643, slope −1, class 2
#   d: 3 3 3 3 3  → S 0, Var 0, Z 0, p 1, slope 0, CV 0, class 3
SERIES = np.array(
    [[2, 4, 3, 4, 6], [1, 2, 3, 4, 5], [5, 4, 2, 3, 1], [3, 3, 3, 3, 3]], dtype=np.float32
)


def write_years(folder, series=SERIES, years=range(2016, 2021), names="nep_{}.tif", **kwargs):
    paths = []
    for k, year in enumerate(years):
        data = series[:, k].reshape(2, 2)
        paths.append(write_raster(folder / names.format(year), data, nodata=-9999, **kwargs))
    return paths


def outputs(folder, names=ALL_OUTPUTS):
    return {name: str(folder / f"{name.lower()}.tif") for name in names}


def test_five_years_by_hand_with_years_from_shuffled_file_names(tmp_path):
    paths = write_years(tmp_path)
    shuffled = [paths[i] for i in (3, 0, 4, 2, 1)]
    feedback = Recorder()
    results = run("trend", {"INPUTS": shuffled, **outputs(tmp_path)}, feedback)
    got = {name: read_raster(results[name])[0][0].ravel() for name in ALL_OUTPUTS}
    root = math.sqrt(50 / 3)
    assert got["SLOPE"] == pytest.approx([5 / 6, 1, -1, 0], abs=1e-6)
    assert got["Z"] == pytest.approx([6 / math.sqrt(282 / 18), 9 / root, -7 / root, 0], rel=1e-6)
    expected_p = [math.erfc(abs(z) / math.sqrt(2)) for z in got["Z"]]
    assert got["P_VALUE"] == pytest.approx(expected_p, rel=1e-6)
    assert got["P_VALUE"][3] == pytest.approx(1.0)
    assert got["CLASS"].tolist() == [3, 5, 2, 3]
    assert got["CV"] == pytest.approx(
        [math.sqrt(2.2) / 3.8, math.sqrt(2.5) / 3, math.sqrt(2.5) / 3, 0], rel=1e-6
    )
    assert got["DIFFERENCE"] == pytest.approx([4, 4, -4, 0])
    assert got["PERCENT_CHANGE"] == pytest.approx([200, 400, -80, 0])
    assert any("2016 (nep_2016.tif), 2017" in info for info in feedback.infos)


def test_two_years_difference_percent_change_and_zone_table(tmp_path):
    """2018: 100 200 / -50 0, 2020: 150 100 / -25 40 (30 m pixels, 900 m²).
    difference 50 −100 / 25 40; % change 50 −50 / 50 nd (first year 0).
    Zone 'all' covers the 4 pixels: Σ first = 250 × 900 g = 0.225 t, Σ last = 265 × 900 g =
    0.2385 t, change 0.0135 t = +6 %; means 62.5 and 66.25."""
    first = write_raster(tmp_path / "a.tif", np.array([[100, 200], [-50, 0]], np.float32))
    last = write_raster(tmp_path / "b.tif", np.array([[150, 100], [-25, 40]], np.float32))
    zones = write_polygons(
        tmp_path / "z.gpkg",
        [
            (
                "all",
                rectangle(500000, 2499940, 500060, 2500000),
            )
        ],
    )
    feedback = Recorder()
    results = run(
        "trend",
        {
            "INPUTS": [last, first],
            "YEARS": "2020，2018",
            "ZONES": zones,
            "ZONE_FIELD": "name",
            **outputs(tmp_path),
            "ZONE_TABLE": str(tmp_path / "zt.gpkg"),
        },
        feedback,
    )
    difference = read_raster(results["DIFFERENCE"])[0][0]
    change = read_raster(results["PERCENT_CHANGE"])[0][0]
    np.testing.assert_allclose(difference, [[50, -100], [25, 40]])
    np.testing.assert_allclose(change, [[50, -50], [50, np.nan]])
    for name in SERIES_OUTPUTS:
        assert name not in results and not (tmp_path / f"{name.lower()}.tif").exists()
    assert any("need 3 or more years" in info for info in feedback.infos)
    (row,) = read_table(tmp_path / "zt.gpkg")
    assert (row["first_year"], row["last_year"], row["years"]) == (2018, 2020, 2)
    assert row["area_km2"] == pytest.approx(0.0036)
    assert row["mean_first"] == pytest.approx(62.5) and row["mean_last"] == pytest.approx(66.25)
    assert row["tc_first"] == pytest.approx(0.225) and row["tc_last"] == pytest.approx(0.2385)
    assert row["change_tc"] == pytest.approx(0.0135)
    assert row["change_pct"] == pytest.approx(6.0)
    assert row["slope_mean"] is None and row["stable_pct"] is None


def test_zone_table_with_trend_classes(tmp_path):
    """Zone 'west' holds pixels a and c (column 0), 'east' b and d (column 1)."""
    paths = write_years(tmp_path)
    west = rectangle(500000, 2499940, 500030, 2500000)
    east = rectangle(500030, 2499940, 500060, 2500000)
    zones = write_polygons(tmp_path / "z.gpkg", [("west", west), ("east", east)])
    run(
        "trend",
        {
            "INPUTS": paths,
            "ZONES": zones,
            "ZONE_FIELD": "name",
            "SLOPE": str(tmp_path / "s.tif"),
            "ZONE_TABLE": str(tmp_path / "zt.gpkg"),
        },
    )
    rows = {row["zone"]: row for row in read_table(tmp_path / "zt.gpkg")}
    # west: a (stable) and c (slight decrease); slopes 5/6 and −1 → mean −1/12
    assert rows["west"]["stable_pct"] == pytest.approx(50)
    assert rows["west"]["slidec_pct"] == pytest.approx(50)
    assert rows["west"]["slope_mean"] == pytest.approx((5 / 6 - 1) / 2, abs=1e-6)
    # east: b (significant increase) and d (stable); first 1 + 3, last 5 + 3 → +100 %
    assert rows["east"]["siginc_pct"] == pytest.approx(50)
    assert rows["east"]["stable_pct"] == pytest.approx(50)
    assert rows["east"]["change_pct"] == pytest.approx(100.0)
    assert rows["east"]["sigdec_pct"] == 0


def test_few_years_warn_that_significance_is_impossible(tmp_path):
    paths = write_years(tmp_path, SERIES[:, :4], range(2017, 2021))
    feedback = Recorder()
    results = run("trend", {"INPUTS": paths, "CLASS": str(tmp_path / "c.tif")}, feedback)
    assert any("cannot exceed 1.70" in w for w in feedback.warnings)
    assert set(read_raster(results["CLASS"])[0].ravel().tolist()) <= {2, 3, 4}


@pytest.mark.parametrize(
    "case, message",
    [
        ("one layer", "at least 2"),
        ("year count", "3 year\\(s\\) given .* for 2 layer"),
        ("repeated", "2019 appear more than once"),
        ("no year in name", "Enter the years explicitly"),
        ("misaligned", "carbonsink:align"),
        ("all nodata", "no valid pixel"),
    ],
)
def test_bad_input_gets_a_clear_error_and_no_output(tmp_path, case, message):
    a = write_raster(tmp_path / "nep_2018.tif", np.ones((2, 2), np.float32))
    b = write_raster(tmp_path / "nep_2019.tif", np.ones((2, 2), np.float32))
    parameters = {"INPUTS": [a, b], **outputs(tmp_path, ("DIFFERENCE",))}
    if case == "one layer":
        parameters["INPUTS"] = [a]
    elif case == "year count":
        parameters["YEARS"] = "2018, 2019, 2020"
    elif case == "repeated":
        parameters["YEARS"] = "2019 2019"
    elif case == "no year in name":
        parameters["INPUTS"] = [
            a,
            write_raster(tmp_path / "latest.tif", np.ones((2, 2), np.float32)),
        ]
    elif case == "misaligned":
        parameters["INPUTS"] = [
            a,
            write_raster(tmp_path / "nep_2020.tif", np.ones((2, 2), np.float32), pixel=10.0),
        ]
    elif case == "all nodata":
        parameters["INPUTS"] = [
            a,
            write_raster(
                tmp_path / "nep_2021.tif", np.full((2, 2), -9999, np.float32), nodata=-9999
            ),
        ]
    with pytest.raises(QgsProcessingException, match=message):
        run("trend", parameters)
    assert not (tmp_path / "difference.tif").exists()


def test_disjoint_valid_pixels_leave_no_output(tmp_path):
    a = write_raster(tmp_path / "nep_2018.tif", np.array([[1, -9999]], np.float32), nodata=-9999)
    b = write_raster(tmp_path / "nep_2019.tif", np.array([[-9999, 1]], np.float32), nodata=-9999)
    with pytest.raises(QgsProcessingException, match="no pixel has a value in every year"):
        run("trend", {"INPUTS": [a, b], **outputs(tmp_path, ("DIFFERENCE", "PERCENT_CHANGE"))})
    assert not list(tmp_path.glob("*change*.tif")) and not (tmp_path / "difference.tif").exists()
