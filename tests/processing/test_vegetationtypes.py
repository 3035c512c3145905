"""carbonsink:vegetationtypes on the real ESA WorldCover subset and on tiny rasters: the presets,
unmapped values, tables checked before running, land cover of another product refused."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException
from stage1_support import chinese_folder, run, worldcover
from support import write_raster

pytestmark = pytest.mark.usefixtures("provider")


def test_real_worldcover_to_vegetation_types(tmp_path):
    folder = chinese_folder(tmp_path)
    source = worldcover(folder)
    raw = gdal.Open(str(source)).ReadAsArray()
    counts = {int(v): int(n) for v, n in zip(*np.unique(raw, return_counts=True))}
    out = folder / "植被 类型.tif"
    results, log = run(
        "vegetationtypes",
        {
            "INPUT": str(source),
            "PRESET": "worldcover",
            "OUTPUT": str(out),
            "STATISTICS": "TEMPORARY_OUTPUT",
        },
    )
    types = gdal.Open(str(out)).ReadAsArray()
    # ESA WorldCover → SPEC §2.5: tree 10 → 2, shrub 20 → 6, grass 30 → 7, crop 40 → 8,
    # built-up 50, bare 60, water 80 → 0. Pixel counts per type = sums of the class counts.
    assert int((types == 2).sum()) == counts[10]
    assert int((types == 6).sum()) == counts[20]
    assert int((types == 7).sum()) == counts[30]
    assert int((types == 8).sum()) == counts[40]
    assert int((types == 0).sum()) == counts[50] + counts[60] + counts[80]
    assert types.dtype == np.uint8 and gdal.Open(str(out)).GetRasterBand(1).GetNoDataValue() == 255
    assert results["UNMAPPED_PIXELS"] == 0
    table = {f["land_cover"]: f for f in results["STATISTICS"].getFeatures()}
    assert table[10]["pixels"] == counts[10] and table[10]["type"] == 2
    # Area: 1/12 000° cells near the equator ≈ 9.22 m × 9.21 m ≈ 85 m² each.
    assert table[10]["area_ha"] == pytest.approx(counts[10] * 85.0 / 1e4, rel=0.01)
    assert "land cover 50: 30555 pixels" in log


def test_unmapped_values_are_reported_and_can_be_zero(tmp_path):
    path = write_raster(
        tmp_path / "lc.tif", np.array([[10, 10, 33], [7, 95, 200]], np.uint8), nodata=200
    )
    results, log = run(
        "vegetationtypes",
        {
            "INPUT": path,
            "PRESET": "worldcover",
            "UNMAPPED": "zero",
            "OUTPUT": str(tmp_path / "v.tif"),
        },
    )
    values = gdal.Open(results["OUTPUT"]).ReadAsArray()
    assert values.tolist() == [[2, 2, 0], [0, 2, 255]]
    assert results["UNMAPPED_PIXELS"] == 2
    assert "2 pixel(s) have values not in the mapping (7: 1 px, 33: 1 px)" in log
    # The table adds 33 → shrub (6); the default policy makes the rest nodata.
    results, _ = run(
        "vegetationtypes",
        {"INPUT": path, "PRESET": "worldcover", "TABLE": "33,6", "OUTPUT": str(tmp_path / "w.tif")},
    )
    assert gdal.Open(results["OUTPUT"]).ReadAsArray().tolist() == [[2, 2, 6], [255, 2, 255]]


def test_tables_are_checked_before_running(tmp_path):
    path = write_raster(tmp_path / "lc.tif", np.array([[10, 20]], np.uint8))
    with pytest.raises(QgsProcessingException, match=r"'custom' preset needs a table"):
        run(
            "vegetationtypes",
            {"INPUT": path, "PRESET": "custom", "OUTPUT": str(tmp_path / "v.tif")},
        )
    with pytest.raises(QgsProcessingException, match=r"value 10 is mapped twice"):
        run(
            "vegetationtypes",
            {"INPUT": path, "TABLE": [10, 2, 10, 3], "OUTPUT": str(tmp_path / "v.tif")},
        )


def test_land_cover_of_another_product_is_refused(tmp_path):
    # CLCD codes 1–9 with the WorldCover preset: no value matches.
    path = write_raster(tmp_path / "clcd 2020.tif", np.array([[1, 2], [4, 8]], np.uint8))
    with pytest.raises(
        QgsProcessingException, match=r"none of its values \(1, 2, 4, 8\) is in the 'worldcover'"
    ):
        run(
            "vegetationtypes",
            {"INPUT": path, "PRESET": "worldcover", "OUTPUT": str(tmp_path / "v.tif")},
        )
    results, _ = run(
        "vegetationtypes", {"INPUT": path, "PRESET": "clcd", "OUTPUT": str(tmp_path / "v.tif")}
    )
    assert gdal.Open(results["OUTPUT"]).ReadAsArray().tolist() == [[8, 2], [7, 0]]
