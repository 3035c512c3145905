"""Zones on the raster grid and totals per zone (core.zones), against independent truth."""

import math

import numpy as np
import pytest
from osgeo import ogr, osr
from support import ORIGIN, PIXEL, write_raster
from zone_truth import burn_alone, first_owner

from carbonsink_plugin.core import raster
from carbonsink_plugin.core import zones as core_zones
from carbonsink_plugin.core.errors import Canceled, InputError


def square(x0, y0, x1, y1) -> ogr.Geometry:
    return ogr.CreateGeometryFromWkt(
        f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
    )


def srs_wkt(epsg=4547) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def run_statistics(tmp_path, polygons, nep, npp=None, vegetation=None):
    """core path: write_zones → rasterize → one engine pass."""
    write_raster(tmp_path / "nep.tif", nep, nodata=-9999)
    report = core_zones.write_zones(
        str(tmp_path / "zones.gpkg"),
        srs_wkt(),
        [(i + 1, p.ExportToWkb() if p is not None else None) for i, p in enumerate(polygons)],
    )
    sources = {"NEP": raster.Source(str(tmp_path / "nep.tif"), "NEP")}
    if npp is not None:
        write_raster(tmp_path / "npp.tif", npp, nodata=-9999)
        sources["NPP"] = raster.Source(str(tmp_path / "npp.tif"), "NPP")
    if vegetation is not None:
        write_raster(tmp_path / "veg.tif", vegetation, nodata=255)
        sources["VEGETATION"] = raster.Source(str(tmp_path / "veg.tif"), "VEGETATION")
    grid = sources["NEP"].grid
    statistics = core_zones.ZonalStatistics(len(polygons), npp is not None, vegetation is not None)
    with core_zones.rasterized(
        str(tmp_path / "zones.gpkg"), grid, str(tmp_path), len(polygons)
    ) as zr:
        sources["ZONES"] = raster.Source(zr.path, "ZONES")
        # a tiny memory budget forces many windows: the sums must not depend on them
        raster.run_blocks(
            sources, {}, statistics.compute, on_block=statistics.on_block, memory_budget=1
        )
        zone_band = raster.read_whole(zr.path, "ZONES")
    return statistics.result(), report, zone_band


def x(col):
    return ORIGIN[0] + col * PIXEL


def y(row):
    return ORIGIN[1] - row * PIXEL


def test_overlapping_zones_count_each_pixel_once_lowest_fid_first(tmp_path):
    rng = np.random.default_rng(7)
    nep = rng.uniform(-80, 900, (300, 280)).astype(np.float32)
    nep[10:20, 30:200] = np.nan  # nodata stripe
    polygons = [
        square(x(10.3), y(150.2), x(120.7), y(5.5)),  # zone 1
        square(x(90.1), y(200.9), x(260.4), y(100.6)),  # zone 2 overlaps zone 1
        ogr.CreateGeometryFromWkt(  # zone 3: a triangle overlapping zone 2
            f"POLYGON(({x(150)} {y(290)},{x(275)} {y(290)},{x(200)} {y(150)},{x(150)} {y(290)}))"
        ),
    ]
    result, _report, zone_band = run_statistics(tmp_path, polygons, nep)

    # Independent: each polygon burnt alone by GDAL (pixel-centre rule); the first mask that
    # contains a pixel gets it.
    masks = [burn_alone(p, str(tmp_path / "nep.tif")) for p in polygons]
    owner = first_owner(masks)
    assert (masks[0] & masks[1]).any() and (masks[1] & masks[2]).any()  # real overlaps
    np.testing.assert_array_equal(zone_band, owner)

    cell = PIXEL * PIXEL
    for zone_id in (1, 2, 3):
        inside = owner == zone_id
        valid = inside & np.isfinite(nep)
        expected_t = np.sum(nep[valid].astype(np.float64)) * cell * 1e-6
        assert result["area"][zone_id - 1] == pytest.approx(inside.sum() * cell, rel=1e-12)
        assert result["valid"][zone_id - 1] == pytest.approx(valid.sum() * cell, rel=1e-12)
        assert result.nep_t[zone_id - 1] == pytest.approx(expected_t, rel=1e-9)
    # zone totals add up to the raster total over the covered pixels
    covered = (owner > 0) & np.isfinite(nep)
    total = np.sum(nep[covered].astype(np.float64)) * cell * 1e-6
    assert result.covered_nep_t == pytest.approx(total, rel=1e-9)
    outside = (owner == 0) & np.isfinite(nep)
    assert result.outside_nep_t == pytest.approx(
        np.sum(nep[outside].astype(np.float64)) * cell * 1e-6, rel=1e-9
    )
    # overlap area: pixels claimed by 2 or more polygons
    claims = sum(m.astype(int) for m in masks)
    assert result["overlap"].sum() == pytest.approx((claims > 1).sum() * cell, rel=1e-12)


def test_zones_burnt_in_chunks_of_rows_are_the_zones_burnt_whole(tmp_path, monkeypatch):
    # GDAL burns RASTERIZE_CHUNK_ROWS rows at a time (memory flat in raster size, issue 19):
    # chunks of 7 rows cut every polygon several times, and no pixel may change.
    monkeypatch.setattr(core_zones, "RASTERIZE_CHUNK_ROWS", 7)
    nep = np.ones((120, 90), dtype=np.float32)
    polygons = [
        square(x(3.3), y(100.2), x(60.7), y(5.5)),
        ogr.CreateGeometryFromWkt(
            f"POLYGON(({x(20)} {y(118)},{x(88)} {y(118)},{x(50)} {y(30)},{x(20)} {y(118)}))"
        ),
    ]
    result, _report, zone_band = run_statistics(tmp_path, polygons, nep)
    masks = [burn_alone(p, str(tmp_path / "nep.tif")) for p in polygons]
    assert (masks[0] & masks[1]).any()
    np.testing.assert_array_equal(zone_band, first_owner(masks))
    overlap = (masks[0] & masks[1]).sum() * PIXEL * PIXEL  # the count band, burnt in chunks too
    assert result["overlap"].sum() == pytest.approx(overlap, rel=1e-12)


def test_a_hand_worked_two_zone_table(tmp_path):
    """4×4 pixels of 30 m (900 m² each). Zone 1 = left two columns, zone 2 = right two.

    NEP (gC·m⁻²·a⁻¹)        vegetation        NPP
      100  200 | -50   0     2 2 | 0 0      600 700 | 0   0
      300  nd  | 400  500    2 2 | 6 6      800 900 |800 900
      0    0   | 600  -10    0 0 | 7 7        0   0 |900 100
      50   150 | nd   nd     8 8 | 7 7      300 400 |500 500
    Zone 1: valid pixels 7 (one nodata), area 8 × 900 = 7200 m², valid 6300 m².
      Σ NEP = 100+200+300+0+0+50+150 = 800 g·m⁻² × 900 m² = 720 000 g = 0.72 tC.
      Vegetated (codes 1–8, NEP valid): 100, 200, 300, 50, 150 → 5 pixels = 4500 m²;
      their Σ NEP·area = 800 × 900 = 720 000 g → mean 720 000 / 4500 = 160 gC·m⁻².
      Sink (NEP > 0): 5 pixels 4500 m²; source: none.
      Σ NPP over valid NPP (all 8): 600+700+800+900+0+0+300+400 = 3700 × 900 g = 3.33 tC.
      density = 0.72 × 44/12 tCO₂ / 0.63 ha = 4.190476… tCO₂·ha⁻¹.
    Zone 2: valid 6 pixels (two nodata): −50, 0, 400, 500, 600, −10 → Σ = 1440 × 900 g
      = 1.296 tC. Vegetated: codes 6, 6, 7, 7 with NEP 400, 500, 600, −10 → 4 pixels, Σ 1490
      → mean 372.5. Sink: 400, 500, 600 → 2700 m²; source: −50, −10 → 1800 m².
      Σ NPP: 0+0+800+900+900+100+500+500 = 3700 × 900 = 3.33 tC.
    Shares: 0.72 / 2.016 = 35.714…%, 1.296 / 2.016 = 64.285…%; ranks 2 and 1.
    """
    nd = np.nan
    nep = np.array(
        [[100, 200, -50, 0], [300, nd, 400, 500], [0, 0, 600, -10], [50, 150, nd, nd]], "float32"
    )
    veg = np.array([[2, 2, 0, 0], [2, 2, 6, 6], [0, 0, 7, 7], [8, 8, 7, 7]], "uint8")
    npp = np.array(
        [[600, 700, 0, 0], [800, 900, 800, 900], [0, 0, 900, 100], [300, 400, 500, 500]], "float32"
    )
    polygons = [square(x(0), y(4), x(2), y(0)), square(x(2), y(4), x(4), y(0))]
    result, report, _ = run_statistics(tmp_path, polygons, nep, npp, veg)
    rows = result.zone_rows(["West", "East"], [report.polygon_m2[1], report.polygon_m2[2]])
    fields = [name for name, _ in core_zones.ZONE_TABLE_FIELDS]
    west, east = (dict(zip(fields, row)) for row in rows)

    assert west["zone_id"] == 1 and west["zone"] == "West"
    assert west["area_km2"] == pytest.approx(0.0072)
    assert west["valid_km2"] == pytest.approx(0.0063)
    assert west["veg_km2"] == pytest.approx(0.0045)
    assert west["veg_pct"] == pytest.approx(4500 / 6300 * 100)
    assert west["sink_km2"] == pytest.approx(0.0045) and west["source_km2"] == 0
    assert west["nep_tc"] == pytest.approx(0.72)
    assert west["nep_tco2"] == pytest.approx(0.72 * 44 / 12)
    assert west["nep_mean"] == pytest.approx(160.0)
    assert west["npp_tc"] == pytest.approx(3.33)
    assert west["co2_per_ha"] == pytest.approx(0.72 * 44 / 12 / 0.63)
    assert west["share_pct"] == pytest.approx(0.72 / 2.016 * 100)
    assert west["rank"] == 2
    assert west["poly_km2"] == pytest.approx(0.0072)

    assert east["nep_tc"] == pytest.approx(1.296)
    assert east["valid_km2"] == pytest.approx(0.0054)
    assert east["veg_km2"] == pytest.approx(0.0036)
    assert east["nep_mean"] == pytest.approx(372.5)
    assert east["sink_km2"] == pytest.approx(0.0027)
    assert east["source_km2"] == pytest.approx(0.0018)
    assert east["npp_tc"] == pytest.approx(3.33)
    assert east["share_pct"] == pytest.approx(1.296 / 2.016 * 100)
    assert east["rank"] == 1

    # per vegetation type: code 0 (NEP −50, 0, 0, 0), 2 (100, 200, 300), 6, 7, 8
    types = {row[0]: row for row in result.type_rows()}
    assert sorted(types) == [0, 2, 6, 7, 8]
    assert types[2][1] == "Evergreen broadleaf forest" and types[2][2] == "常绿阔叶林"
    assert types[2][3] == pytest.approx(0.0027)  # 3 valid pixels
    assert types[2][6] == pytest.approx(600 * 900e-6)  # Σ NEP tC
    assert types[2][8] == pytest.approx(200.0)  # mean NEP
    assert types[0][6] == pytest.approx(-50 * 900e-6)
    assert types[7][6] == pytest.approx(590 * 900e-6)  # 600 − 10
    assert sum(row[6] for row in types.values()) == pytest.approx(2.016)
    assert sum(row[9] for row in types.values()) == pytest.approx(100.0)


def test_invalid_geometry_is_repaired_and_empty_ones_skipped(tmp_path):
    # A bow-tie: two triangles of 50 × 100 / 2 = 2500 m² each after MakeValid.
    bowtie = ogr.CreateGeometryFromWkt(
        f"POLYGON(({x(0)} {y(0)},{x(100 / 30)} {y(100 / 30)},{x(100 / 30)} {y(0)},"
        f"{x(0)} {y(100 / 30)},{x(0)} {y(0)}))"
    )
    assert not bowtie.IsValid()
    line = ogr.CreateGeometryFromWkt(f"LINESTRING({x(0)} {y(0)},{x(1)} {y(1)})")
    report = core_zones.write_zones(
        str(tmp_path / "z.gpkg"),
        srs_wkt(),
        [(1, bowtie.ExportToWkb()), (2, line.ExportToWkb()), (3, None)],
    )
    assert report.repaired == [1]
    assert report.empty == [2, 3]
    assert report.polygon_m2[1] == pytest.approx(5000.0)


def test_polygon_area_in_a_geographic_crs_is_ellipsoidal():
    """A 0.01° × 0.01° cell at 22.5°N on WGS84: area ≈ M·N·cos φ·Δφ·Δλ (meridian radius M,
    prime-vertical radius N at the mid latitude; second-order accurate, error ~ (Δφ)² ≈ 1e-8)."""
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    phi = math.radians(22.505)
    w = 1 - e2 * math.sin(phi) ** 2
    m, n = a * (1 - e2) / w**1.5, a / math.sqrt(w)
    expected = m * n * math.cos(phi) * math.radians(0.01) ** 2
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    cell = square(114.0, 22.5, 114.01, 22.51)
    assert core_zones.polygon_area_m2(cell, srs) == pytest.approx(expected, rel=1e-6)


def test_zones_outside_the_raster_are_refused():
    grid = raster.Grid(10, 10, (500000.0, 30.0, 0.0, 2500000.0, 0.0, -30.0), srs_wkt())
    with pytest.raises(InputError, match="do not overlap NEP"):
        core_zones.check_overlap((0.0, 0.0, 10.0, 10.0), grid, "ZONES", "NEP")
    with pytest.raises(InputError, match="no zone has a polygon"):
        core_zones.check_overlap(None, grid, "ZONES", "NEP")
    core_zones.check_overlap((500100.0, 2499000.0, 600000.0, 2600000.0), grid, "ZONES", "NEP")


def test_vegetated_pixels_follow_the_documented_order():
    nep = np.array([0.0, 5.0, -3.0, 0.0])
    npp = np.array([0.0, 9.0, 0.0, 4.0])
    veg = np.array([0.0, 0.0, 3.0, np.nan])
    assert core_zones.vegetated_mask(nep, npp, veg).tolist() == [False, False, True, False]
    assert core_zones.vegetated_mask(nep, npp, None).tolist() == [False, True, False, True]
    assert core_zones.vegetated_mask(nep, None, None).tolist() == [False, True, True, False]


def test_competition_rank():
    assert core_zones.competition_rank(np.array([5.0, 9.0, 5.0, np.nan, 1.0])).tolist() == [
        2,
        1,
        2,
        0,
        4,
    ]


def test_cancel_while_burning_the_zones_leaves_no_file(tmp_path):
    zones_path = str(tmp_path / "z.gpkg")
    core_zones.write_zones(
        zones_path, srs_wkt(), [(1, square(x(0), y(9), x(9), y(0)).ExportToWkb())]
    )
    grid = raster.Grid(10, 10, (ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL), srs_wkt())
    with pytest.raises(Canceled):
        core_zones.rasterize_zones(
            zones_path, grid, str(tmp_path / "z.tif"), 1, is_canceled=lambda: True
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["z.gpkg"]
