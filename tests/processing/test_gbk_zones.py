"""Zones from a shapefile whose .dbf is GBK without a .cpg (LDID 0), as many Chinese district
layers come: QGIS reads the names as UTF-8 ('��ɽ��'); the plugin reads them again as GBK
instead of de-duplicating them into fake names."""

import os

import numpy as np
import pytest
from evaluation_support import Recorder, read_table, rectangle, run
from osgeo import ogr, osr
from qgis.core import QgsProcessingException
from support import write_raster

pytestmark = pytest.mark.usefixtures("provider")


def gbk_shapefile(folder, names, encoding="gbk"):
    """Polygons over the test grid (EPSG:4547, 30 m pixels from 500000, 2500000) whose names
    are stored as `encoding` bytes, no .cpg, dBase language driver id (byte 29) 0. The bytes
    are patched into the .dbf over ASCII placeholders, so no OGR or QGIS recoding setting
    (QGIS sets SHAPE_ENCODING globally) can change them."""
    encoded = [name.encode(encoding) for name in names]
    placeholders = [bytes([65 + i]) * len(raw) for i, raw in enumerate(encoded)]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    path = str(folder / "区县.shp")
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = dataset.CreateLayer("区县", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i, placeholder in enumerate(placeholders):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", placeholder.decode("ascii"))
        x = 500000 + 300 * i
        feature.SetGeometry(ogr.CreateGeometryFromWkt(rectangle(x, 2499700, x + 300, 2500000)))
        layer.CreateFeature(feature)
    dataset = None
    base = os.path.splitext(path)[0]
    for extension in (".cpg", ".CPG"):
        if os.path.exists(base + extension):
            os.remove(base + extension)
    with open(base + ".dbf", "rb") as dbf:
        content = bytearray(dbf.read())
    content[29] = 0
    header = int.from_bytes(content[8:10], "little")  # records start after the header
    body = bytes(content[header:])
    for placeholder, raw in zip(placeholders, encoded):
        body = body.replace(placeholder, raw, 1)
    with open(base + ".dbf", "wb") as dbf:
        dbf.write(bytes(content[:header]) + body)
    return path


def test_gbk_names_without_cpg_are_read_as_gbk(tmp_path):
    nep = write_raster(tmp_path / "nep.tif", np.full((10, 20), 10.0, np.float32), nodata=-9999)
    zones = gbk_shapefile(tmp_path, ["南山区", "福田区"])
    feedback = Recorder()
    run(
        "zonalstats",
        {"NEP": nep, "ZONES": zones, "ZONE_FIELD": "name", "OUTPUT": str(tmp_path / "o.gpkg")},
        feedback,
    )
    rows = read_table(tmp_path / "o.gpkg")
    assert [row["zone"] for row in rows] == ["南山区", "福田区"]
    # 300 m × 300 m = 100 pixels of 900 m² each: 0.09 km² per zone.
    assert rows[0]["area_km2"] == pytest.approx(0.09)
    assert any("no .cpg file" in w and "GBK" in w for w in feedback.warnings)
    assert not any("Duplicate zone names" in w for w in feedback.warnings)


def test_undecodable_names_stop_the_run_with_the_fix(tmp_path):
    # Bytes 0xFF are neither UTF-8 nor GBK (no GBK character starts with 0xFF): no guess.
    nep = write_raster(tmp_path / "nep.tif", np.full((10, 20), 10.0, np.float32), nodata=-9999)
    zones = gbk_shapefile(tmp_path, ["ÿÿ", "ÿþ"], encoding="latin-1")
    with pytest.raises(QgsProcessingException, match=r"Data source encoding .*\.cpg"):
        run(
            "zonalstats",
            {"NEP": nep, "ZONES": zones, "ZONE_FIELD": "name", "OUTPUT": str(tmp_path / "o.gpkg")},
        )
    assert not (tmp_path / "o.gpkg").exists()
