"""carbonsink:grade through processing.run."""

import numpy as np
import pytest
from evaluation_support import (
    DISTRICTS,
    Recorder,
    district_owner,
    read_table,
    rectangle,
    run,
    write_polygons,
)
from osgeo import gdal
from qgis.core import QgsProcessingException
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")


def test_default_breaks_by_hand_and_areas(tmp_path):
    """3 × 4 pixels of 30 m (900 m²):
         -20   0   50  100        grades: 1 2 2 3
         299 300  599  600                3 4 4 5
         nd  800 -999   nd                . 5 1 .
    Areas: grade 1: 2 px, 2: 2, 3: 2, 4: 2, 5: 2 → 1800 m² each; total 10 px = 9000 m²."""
    nep = np.array([[-20, 0, 50, 100], [299, 300, 599, 600], [-9999, 800, -999, -9999]], np.float32)
    path = write_raster(tmp_path / "nep.tif", nep, nodata=-9999)
    results = run(
        "grade",
        {
            "NEP": path,
            "METHOD": "breaks",
            "OUTPUT": str(tmp_path / "grade.tif"),
            "TABLE": str(tmp_path / "grades.gpkg"),
        },
    )
    grades, nodata = read_raster(results["OUTPUT"])
    assert nodata == [255]
    np.testing.assert_array_equal(
        np.nan_to_num(grades[0], nan=0), [[1, 2, 2, 3], [3, 4, 4, 5], [0, 5, 1, 0]]
    )
    rows = read_table(tmp_path / "grades.gpkg")
    assert [row["grade"] for row in rows] == [1, 2, 3, 4, 5]
    assert [row["label"] for row in rows] == [
        "Carbon source",
        "Weak sink",
        "Moderate sink",
        "Strong sink",
        "Very strong sink",
    ]
    assert rows[0]["lower"] is None and rows[0]["upper"] == 0
    assert rows[4]["lower"] == 600 and rows[4]["upper"] is None
    assert all(row["area_km2"] == pytest.approx(0.0018) for row in rows)
    assert sum(row["area_km2"] for row in rows) == pytest.approx(0.009)  # the valid area
    assert rows[0]["nep_tc"] == pytest.approx((-20 - 999) * 900e-6)
    dataset = gdal.Open(results["OUTPUT"])
    colours = dataset.GetRasterBand(1).GetColorTable()
    assert colours.GetColorEntry(1)[:3] == (215, 48, 39)
    dataset = None


def test_quantiles_give_equal_areas_and_zone_grades_add_up(tmp_path):
    """Shenzhen districts over a generated raster of the values 1…N: quartiles of the area,
    and the zone × grade table adds up to each district's classified area."""
    rows_, cols = 200, 360
    data = np.arange(1, rows_ * cols + 1, dtype=np.float32).reshape(rows_, cols)
    path = write_raster(
        tmp_path / "nep.tif", data, nodata=-9999, origin=(468000.0, 2534000.0), pixel=300.0
    )
    feedback = Recorder()
    run(
        "grade",
        {
            "NEP": path,
            "METHOD": "quantiles",
            "CLASSES": 4,
            "ZONES": str(DISTRICTS),
            "ZONE_FIELD": "name_en",
            "OUTPUT": str(tmp_path / "q.tif"),
            "TABLE": str(tmp_path / "q.gpkg"),
            "ZONE_TABLE": str(tmp_path / "zq.gpkg"),
        },
        feedback,
    )
    table = read_table(tmp_path / "q.gpkg")
    total = rows_ * cols * 300.0 * 300.0 / 1e6
    assert sum(row["area_km2"] for row in table) == pytest.approx(total)
    for row in table:  # each class holds a quarter (± 2 pixels of the 65 536-bin histogram)
        assert row["area_km2"] == pytest.approx(total / 4, abs=2 * 0.09)
    zone_rows = read_table(tmp_path / "zq.gpkg")
    owner, names = district_owner(path)
    assert len(zone_rows) == 4 * len(names)
    for zone_id, name in enumerate(names, start=1):
        mine = [row for row in zone_rows if row["zone_id"] == zone_id]
        assert {row["zone"] for row in mine} == {name}
        area = (owner == zone_id).sum() * 0.09
        assert sum(row["area_km2"] for row in mine) == pytest.approx(area)
        assert sum(row["area_pct"] for row in mine) == pytest.approx(100.0)


def test_natural_breaks_fall_in_the_gaps(tmp_path):
    rng = np.random.default_rng(5)
    data = np.concatenate([rng.uniform(lo, lo + 30, 1200) for lo in (-60, 200, 700)])
    path = write_raster(tmp_path / "nep.tif", data.astype(np.float32).reshape(40, 90))
    run(
        "grade",
        {
            "NEP": path,
            "METHOD": "jenks",
            "CLASSES": 3,
            "OUTPUT": str(tmp_path / "j.tif"),
            "TABLE": str(tmp_path / "j.gpkg"),
        },
    )
    table = read_table(tmp_path / "j.gpkg")
    assert -30 <= table[0]["upper"] <= 200 and 230 <= table[1]["upper"] <= 700
    assert [row["area_km2"] for row in table] == pytest.approx([1200 * 0.0009] * 3)


def test_a_custom_break_table_and_values_outside_it(tmp_path):
    nep = np.array([[-5, 5, 15, 25]], np.float32)
    path = write_raster(tmp_path / "nep.tif", nep)
    feedback = Recorder()
    results = run(
        "grade",
        {
            "NEP": path,
            "METHOD": "breaks",
            "BREAKS": ["0", "10", "low", "10", "20", "high"],
            "OUTPUT": str(tmp_path / "g.tif"),
            "TABLE": str(tmp_path / "g.gpkg"),
        },
        feedback,
    )
    grades, _ = read_raster(results["OUTPUT"])
    assert np.nan_to_num(grades[0, 0], nan=0).tolist() == [0, 1, 2, 0]
    assert [row["label"] for row in read_table(tmp_path / "g.gpkg")] == ["low", "high"]
    assert any("outside the break table" in w for w in feedback.warnings)


def test_bad_break_table_and_all_nodata_are_refused(tmp_path):
    path = write_raster(tmp_path / "nep.tif", np.ones((3, 3), np.float32))
    with pytest.raises(QgsProcessingException, match="without gap or overlap"):
        run(
            "grade",
            {
                "NEP": path,
                "METHOD": "breaks",
                "BREAKS": ["", "0", "a", "50", "", "b"],
                "OUTPUT": str(tmp_path / "g.tif"),
                "TABLE": str(tmp_path / "t.gpkg"),
            },
        )
    empty = write_raster(tmp_path / "empty.tif", np.full((3, 3), -9999, np.float32), nodata=-9999)
    for method in ("breaks", "quantiles"):
        with pytest.raises(QgsProcessingException, match="no valid pixel"):
            run(
                "grade",
                {
                    "NEP": empty,
                    "METHOD": method,
                    "OUTPUT": str(tmp_path / "g.tif"),
                    "TABLE": str(tmp_path / "t.gpkg"),
                },
            )
    assert not (tmp_path / "g.tif").exists()


def test_zone_table_with_a_zone_outside_the_raster(tmp_path):
    path = write_raster(tmp_path / "nep.tif", np.full((10, 10), 150.0, np.float32))
    zones = write_polygons(
        tmp_path / "z.gpkg",
        [
            (
                "in",
                rectangle(500000, 2499700, 500300, 2500000),
            ),
            (
                "out",
                rectangle(600000, 2499700, 600300, 2500000),
            ),
        ],
    )
    feedback = Recorder()
    run(
        "grade",
        {
            "NEP": path,
            "METHOD": "breaks",
            "ZONES": zones,
            "ZONE_FIELD": "name",
            "OUTPUT": str(tmp_path / "g.tif"),
            "TABLE": str(tmp_path / "t.gpkg"),
            "ZONE_TABLE": str(tmp_path / "zt.gpkg"),
        },
        feedback,
    )
    rows = read_table(tmp_path / "zt.gpkg")
    moderate = [row for row in rows if row["zone"] == "in" and row["grade"] == 3]
    assert moderate[0]["area_km2"] == pytest.approx(0.09) and moderate[0]["area_pct"] == 100
    assert all(row["area_km2"] == 0 for row in rows if row["zone"] == "out")
    assert any("out" in w and "No pixel" in w for w in feedback.warnings)
