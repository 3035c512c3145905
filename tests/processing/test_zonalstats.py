"""carbonsink:zonalstats through processing.run, on the real Shenzhen districts."""

import math

import numpy as np
import pytest
from evaluation_support import (
    DISTRICTS,
    Recorder,
    district_owner,
    file_digest,
    read_table,
    rectangle,
    run,
    write_polygons,
)
from osgeo import gdal
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingException
from support import write_raster

pytestmark = pytest.mark.usefixtures("provider")

# EPSG:4547 grid of 250 m pixels over Shenzhen (districts span x 473 934–564 200,
# y 2 478 025–2 529 560 in this CRS).
ORIGIN = (468000.0, 2534000.0)
PIXEL = 250.0
SHAPE = (240, 400)


def synthetic_inputs(folder, epsg=4547, origin=ORIGIN, pixel=PIXEL, shape=SHAPE):
    """Generated rasters (not real data): NEP, NPP and vegetation types with nodata."""
    rng = np.random.default_rng(2023)
    rows, cols = shape
    yy, xx = np.mgrid[0:rows, 0:cols]
    nep = (250 + 200 * np.sin(xx / 23.0) * np.cos(yy / 17.0) + rng.normal(0, 40, shape)).astype(
        np.float32
    )
    vegetation = rng.integers(0, 9, shape).astype(np.uint8)
    vegetation[:, 50:60] = 255  # nodata stripe in the types
    nep[vegetation == 0] = 0.0  # stage 3 default: non-vegetated NEP = 0
    nep[100:120, 150:300] = -9999  # nodata block
    npp = np.where(vegetation == 0, 0, nep + 450).astype(np.float32)
    npp[nep == -9999] = -9999
    paths = {
        "NEP": write_raster(
            folder / "nep.tif", nep, epsg=epsg, origin=origin, pixel=pixel, nodata=-9999
        ),
        "NPP": write_raster(
            folder / "npp.tif", npp, epsg=epsg, origin=origin, pixel=pixel, nodata=-9999
        ),
        "VEGETATION": write_raster(
            folder / "veg.tif", vegetation, epsg=epsg, origin=origin, pixel=pixel, nodata=255
        ),
    }
    nep = nep.astype(np.float64)
    nep[nep == -9999] = np.nan
    return paths, nep, vegetation, npp.astype(np.float64)


def test_shenzhen_district_totals_match_an_independent_rasterization(tmp_path):
    before = file_digest(DISTRICTS)
    paths, nep, vegetation, npp = synthetic_inputs(tmp_path)
    feedback = Recorder()
    results = run(
        "zonalstats",
        {
            **paths,
            "ZONES": str(DISTRICTS),
            "ZONE_FIELD": "name_en",
            "OUTPUT": str(tmp_path / "districts.gpkg"),
            "TYPE_TABLE": str(tmp_path / "types.gpkg"),
        },
        feedback,
    )
    rows = read_table(tmp_path / "districts.gpkg")
    owner, names = district_owner(paths["NEP"])
    assert [row["zone"] for row in rows] == names
    assert names[:3] == ["Luohu", "Futian", "Nanshan"]
    cell = PIXEL * PIXEL
    valid = np.isfinite(nep)
    vegetated = (vegetation >= 1) & (vegetation <= 8) & valid
    totals = []
    for zone_id, row in enumerate(rows, start=1):
        inside = owner == zone_id
        nep_t = np.sum(nep[inside & valid]) * cell * 1e-6
        npp_ok = inside & np.isfinite(npp) & (npp != -9999)
        totals.append(nep_t)
        assert row["zone_id"] == zone_id
        assert row["area_km2"] == pytest.approx(inside.sum() * cell / 1e6, rel=1e-12)
        assert row["valid_km2"] == pytest.approx((inside & valid).sum() * cell / 1e6, rel=1e-12)
        assert row["veg_km2"] == pytest.approx((inside & vegetated).sum() * cell / 1e6, rel=1e-12)
        assert row["nep_tc"] == pytest.approx(nep_t, rel=1e-9)
        assert row["nep_tco2"] == pytest.approx(nep_t * 44 / 12, rel=1e-9)
        assert row["npp_tc"] == pytest.approx(np.sum(npp[npp_ok]) * cell * 1e-6, rel=1e-9)
        mean = np.sum(nep[inside & vegetated]) / (inside & vegetated).sum()
        assert row["nep_mean"] == pytest.approx(mean, rel=1e-9)
        density = nep_t * 44 / 12 / ((inside & valid).sum() * cell / 1e4)
        assert row["co2_per_ha"] == pytest.approx(density, rel=1e-9)
        assert 0.9 < row["area_km2"] / row["poly_km2"] < 1.1
    city = np.sum(nep[(owner > 0) & valid]) * cell * 1e-6
    assert sum(totals) == pytest.approx(city, rel=1e-9)
    assert results["TOTAL_NEP_TC"] == pytest.approx(city, rel=1e-9)
    assert sum(row["share_pct"] for row in rows) == pytest.approx(100.0)
    order = sorted(range(len(rows)), key=lambda i: -totals[i])
    assert [rows[i]["rank"] for i in order] == list(range(1, len(rows) + 1))
    # the city's area: ≈ 2 136 km² of polygons (data README), here on 250 m pixels
    assert results["TOTAL_AREA_KM2"] == pytest.approx(2136, rel=0.01)
    assert any("reprojected from EPSG:4326" in info for info in feedback.infos)

    types = {row["code"]: row for row in read_table(tmp_path / "types.gpkg")}
    assert sorted(types) == list(range(9))
    inside_any = (owner > 0) & valid & (vegetation != 255)
    for code, row in types.items():
        mask = inside_any & (vegetation == code)
        assert row["area_km2"] == pytest.approx(mask.sum() * cell / 1e6, rel=1e-12)
        assert row["nep_tc"] == pytest.approx(np.sum(nep[mask]) * cell * 1e-6, rel=1e-9, abs=1e-9)
    assert types[0]["nep_tc"] == 0 and types[0]["type_zh"] == "非植被"
    assert file_digest(DISTRICTS) == before  # the shipped layer is never modified


def test_geographic_raster_uses_ellipsoidal_cell_areas(tmp_path):
    """NEP = 100 everywhere on a WGS84 grid of 0.005°: each district's Σ NEP is 100 g·m⁻² × its
    pixel area. Row areas by M·N·cos φ·Δφ·Δλ at the row's centre latitude (independent of
    the engine, accurate to ~(Δφ)² ≈ 1e-8)."""
    shape = (110, 190)
    origin, pixel = (113.7, 22.9), 0.005
    path = write_raster(
        tmp_path / "nep.tif",
        np.full(shape, 100.0, np.float32),
        epsg=4326,
        origin=origin,
        pixel=pixel,
        nodata=-9999,
    )
    run(
        "zonalstats",
        {
            "NEP": path,
            "ZONES": str(DISTRICTS),
            "ZONE_FIELD": "adcode",
            "OUTPUT": str(tmp_path / "out.gpkg"),
        },
    )
    rows = read_table(tmp_path / "out.gpkg")
    owner, codes = district_owner(path, "adcode")
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    phi = np.radians(origin[1] - pixel * (np.arange(shape[0]) + 0.5))
    w = 1 - e2 * np.sin(phi) ** 2
    row_area = a * (1 - e2) / w**1.5 * a / np.sqrt(w) * np.cos(phi) * math.radians(pixel) ** 2
    areas = np.broadcast_to(row_area[:, None], shape)
    assert [row["zone"] for row in rows] == codes
    for zone_id, row in enumerate(rows, start=1):
        area = areas[owner == zone_id].sum()
        assert row["area_km2"] == pytest.approx(area / 1e6, rel=1e-7)
        assert row["nep_tc"] == pytest.approx(100 * area * 1e-6, rel=1e-7)
        assert row["co2_per_ha"] == pytest.approx(100 * 0.01 * 44 / 12, rel=1e-9)


def test_invalid_and_duplicate_zones(tmp_path):
    """A bow-tie polygon is repaired; two zones named 'A' are told apart by their FID."""
    nep = np.full((40, 40), 10.0, np.float32)
    path = write_raster(tmp_path / "nep.tif", nep, nodata=-9999)  # 500000…501200, 30 m

    def box(c0, r0, c1, r1):
        return rectangle(500000 + 30 * c0, 2500000 - 30 * r1, 500000 + 30 * c1, 2500000 - 30 * r0)

    # bow-tie over pixels 20…40 × 0…20: triangles with the crossing at the square's centre
    x0, x1, y0, y1 = 500600, 501200, 2499400, 2500000
    bowtie = f"POLYGON(({x0} {y1},{x1} {y0},{x1} {y1},{x0} {y0},{x0} {y1}))"
    zones = write_polygons(
        tmp_path / "zones.gpkg",
        [
            ("A", box(0, 0, 10, 10)),
            ("A", box(0, 20, 10, 30)),
            ("B", bowtie),
            (None, box(0, 30, 5, 35)),
        ],
    )
    feedback = Recorder()
    # even when the user's settings say "stop on invalid geometries", the zones are repaired
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    run(
        "zonalstats",
        {"NEP": path, "ZONES": zones, "ZONE_FIELD": "name", "OUTPUT": str(tmp_path / "o.gpkg")},
        feedback,
        context,
    )
    rows = read_table(tmp_path / "o.gpkg")
    assert [row["zone"] for row in rows] == ["A (fid 1)", "A (fid 2)", "B", "(fid 4)"]
    assert rows[0]["area_km2"] == pytest.approx(100 * 900 / 1e6)
    # the repaired bow-tie is two triangles of 600 × 300 / 2 m² = 0.09 km² each; its pixels
    # (pixel-centre rule) differ from that by less than one pixel row along the 4 long edges
    assert rows[2]["poly_km2"] == pytest.approx(0.18)
    assert abs(rows[2]["area_km2"] - 0.18) < 40 * 900 / 1e6
    assert any("Duplicate zone names" in w and "A" in w for w in feedback.warnings)
    assert any("'B' had an invalid geometry" in w for w in feedback.warnings)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"ZONE_FIELD": "nope"}, "no field 'nope'.*adcode, name_zh, name_en"),
        ({"VEGETATION": "land cover"}, "carbonsink:vegetationtypes"),
        ({"NPP": "misaligned"}, "carbonsink:align"),
        ({"ZONES": "far away"}, "do not overlap"),
        ({"NEP": "no crs"}, "has no CRS"),
    ],
)
def test_bad_input_gets_a_clear_error_and_no_output(tmp_path, change, message):
    paths, *_ = synthetic_inputs(tmp_path)
    if change.get("VEGETATION") == "land cover":  # ESA WorldCover codes instead of types
        change["VEGETATION"] = write_raster(
            tmp_path / "worldcover.tif", np.full(SHAPE, 10, np.uint8), origin=ORIGIN, pixel=PIXEL
        )
    if change.get("NPP") == "misaligned":
        change["NPP"] = write_raster(
            tmp_path / "npp_shift.tif",
            np.ones(SHAPE, np.float32),
            origin=(ORIGIN[0] + 100, ORIGIN[1]),
            pixel=PIXEL,
        )
    if change.get("ZONES") == "far away":
        change["ZONES"] = write_polygons(
            tmp_path / "far.gpkg", [("x", "POLYGON((10 50,11 50,11 51,10 51,10 50))")], epsg=4326
        )
        change["ZONE_FIELD"] = "name"
    if change.get("NEP") == "no crs":
        dataset = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "nocrs.tif"), 4, 4)
        dataset.SetGeoTransform((ORIGIN[0], PIXEL, 0, ORIGIN[1], 0, -PIXEL))
        dataset = None
        change["NEP"] = str(tmp_path / "nocrs.tif")
    parameters = {
        "NEP": paths["NEP"],
        "ZONES": str(DISTRICTS),
        "ZONE_FIELD": "name_en",
        "OUTPUT": str(tmp_path / "out.gpkg"),
        **change,
    }
    with pytest.raises(QgsProcessingException, match=message):
        run("zonalstats", parameters)
    assert not (tmp_path / "out.gpkg").exists()


def test_chinese_characters_and_spaces_in_paths(tmp_path):
    folder = tmp_path / "深圳 碳汇 数据"
    folder.mkdir()
    paths, nep, *_ = synthetic_inputs(folder)
    results = run(
        "zonalstats",
        {
            "NEP": paths["NEP"],
            "ZONES": str(DISTRICTS),
            "ZONE_FIELD": "name_zh",
            "OUTPUT": str(folder / "区 统计.gpkg"),
        },
    )
    rows = read_table(folder / "区 统计.gpkg")
    assert rows[0]["zone"] == "罗湖区" and rows[-1]["zone"] == "光明区"
    assert results["TOTAL_NEP_TC"] > 0
