"""NEP, CO₂ density, sink classes and totals (SPEC §4) on grids checked by hand."""

import math
import os

import numpy as np
import pytest
from osgeo import gdal
from support import read_raster, write_raster

from carbonsink_plugin.core.carbon import (
    CLASS_BALANCE,
    CLASS_NODATA,
    CLASS_NON_VEGETATED,
    CLASS_SINK,
    CLASS_SOURCE,
    CarbonSinkPass,
    co2_density,
    net_ecosystem_production,
)
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.raster import Output, Source, run_blocks
from carbonsink_plugin.core.respiration import SCOPE_LAND, SCOPE_VEGETATED

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563

# A 2×3 grid of 30 m pixels (900 m² = 0.09 ha each), worked by hand:
#   NPP  900  500  300        RH  450  500  450        type  2  6  7
#        400    0  nodata         450  460  450              8  0  2
NPP = np.array([[900, 500, 300], [400, 0, -9999]], np.float32)
RH = np.array([[450, 500, 450], [450, 460, 450]], np.float32)
VEG = np.array([[2, 6, 7], [8, 0, 2]], np.uint8)


def test_nep_sign_classes():
    nan = np.nan
    result = net_ecosystem_production(
        np.where(NPP == -9999, nan, NPP), RH, VEG.astype(np.float32), SCOPE_VEGETATED
    )
    # NEP: 900−450 = 450 sink; 500−500 = 0 balance; 300−450 = −150 source; 400−450 = −50
    # source; type 0 → 0 non-vegetated (its Rh is ignored); NPP nodata → nodata.
    np.testing.assert_array_equal(result.nep, [[450, 0, -150], [-50, 0, nan]])
    np.testing.assert_array_equal(
        result.classes,
        [[CLASS_SINK, CLASS_BALANCE, CLASS_SOURCE], [CLASS_SOURCE, CLASS_NON_VEGETATED,
                                                      CLASS_NODATA]],
    )  # fmt: skip
    assert (CLASS_NON_VEGETATED, CLASS_SINK, CLASS_SOURCE, CLASS_BALANCE, CLASS_NODATA) == (
        0, 1, 2, 3, 255
    )  # fmt: skip


def test_land_scope_turns_sealed_land_into_a_source():
    result = net_ecosystem_production(
        np.float32([[0.0]]), np.float32([[460.0]]), np.float32([[0]]), SCOPE_LAND
    )
    assert result.nep[0, 0] == -460.0 and result.classes[0, 0] == CLASS_SOURCE


def test_co2_density_conversion():
    # 100 gC·m⁻²·a⁻¹ = 100 · 10⁴ m²/ha · 10⁻⁶ t/g = 1 tC·ha⁻¹·a⁻¹; × 44/12 = 3.6667 tCO₂.
    assert co2_density(np.float32(100.0)) == pytest.approx(44 / 12, rel=1e-6)
    assert co2_density(np.float32(450.0)) == pytest.approx(16.5, rel=1e-6)
    assert co2_density(np.float32(-12.0)) == pytest.approx(-0.44, rel=1e-6)


def _run(folder, npp, rh=None, vegetation=None, scope=SCOPE_VEGETATED, climate=None, **raster):
    sources = {"NPP": Source(write_raster(folder / "npp.tif", npp, nodata=-9999, **raster), "NPP")}
    if rh is not None:
        sources["RH"] = Source(write_raster(folder / "rh.tif", rh, nodata=-9999, **raster), "RH")
    if climate is not None:
        t, p = climate
        sources["TEMPERATURE"] = Source(write_raster(folder / "t.tif", t, **raster), "T")
        sources["PRECIPITATION"] = Source(write_raster(folder / "p.tif", p, **raster), "P")
    if vegetation is not None:
        path = write_raster(folder / "veg.tif", vegetation, nodata=255, **raster)
        sources["VEGETATION"] = Source(path, "VEGETATION")
    work = CarbonSinkPass(
        scope=scope, rh_from_climate=climate is not None, has_vegetation=vegetation is not None
    )
    outputs = {
        "OUTPUT": Output(str(folder / "nep.tif")),
        "CO2_DENSITY": Output(str(folder / "co2.tif")),
        "SINK_CLASS": Output(str(folder / "class.tif"), dtype="uint8"),
    }
    run_blocks(sources, outputs, work.compute, on_block=work.on_block)
    return work.totals


def test_totals_on_a_hand_checkable_grid(tmp_path):
    totals = _run(tmp_path, NPP, RH, VEG).as_dict()
    # 5 valid pixels (0.45 ha), 4 vegetated (0.36 ha = 0.0036 km²), 1 non-vegetated.
    assert totals["valid_area_ha"] == pytest.approx(0.45)
    assert totals["vegetated_area_ha"] == pytest.approx(0.36)
    assert totals["vegetated_area_km2"] == pytest.approx(0.0036)
    assert totals["non_vegetated_area_ha"] == pytest.approx(0.09)
    assert totals["evaluated_area_ha"] == pytest.approx(0.36)
    assert totals["sink_area_ha"] == pytest.approx(0.09)
    assert totals["sink_area_km2"] == pytest.approx(0.0009)
    assert totals["source_area_ha"] == pytest.approx(0.18)
    assert totals["balance_area_ha"] == pytest.approx(0.09)
    # Σ over the 4 vegetated pixels × 900 m² × 10⁻⁶ t/g:
    #   NPP (900+500+300+400) = 2100 → 1.89 tC → × 44/12 = 6.93 tCO₂
    #   Rh  (450+500+450+450) = 1850 → 1.665 tC → 6.105 tCO₂
    #   NEP (450+0−150−50)    = 250  → 0.225 tC → 0.825 tCO₂  (= 1.89 − 1.665)
    assert totals["total_npp_tc"] == pytest.approx(1.89)
    assert totals["total_npp_tco2"] == pytest.approx(6.93)
    assert totals["total_rh_tc"] == pytest.approx(1.665)
    assert totals["total_rh_tco2"] == pytest.approx(6.105)
    assert totals["total_nep_tc"] == pytest.approx(0.225)
    assert totals["total_nep_tco2"] == pytest.approx(0.825)
    # Mean NEP over the vegetated area: 250 · 900 / (4 · 900) = 62.5 gC·m⁻²·a⁻¹
    # = 62.5 · 0.01 · 44/12 = 2.291667 tCO₂·ha⁻¹·a⁻¹.
    assert totals["mean_nep_vegetated"] == pytest.approx(62.5)
    assert totals["mean_co2_density_vegetated"] == pytest.approx(2.291667, rel=1e-6)

    nep, nodata = read_raster(tmp_path / "nep.tif")
    np.testing.assert_array_equal(nep[0], [[450, 0, -150], [-50, 0, np.nan]])
    assert nodata == [-9999.0]
    co2 = read_raster(tmp_path / "co2.tif")[0][0]
    assert co2[0, 0] == pytest.approx(16.5, rel=1e-6)  # 450 · 0.01 · 44/12
    classes, class_nodata = read_raster(tmp_path / "class.tif")
    np.testing.assert_array_equal(classes[0], [[1, 3, 2], [2, 0, np.nan]])
    assert class_nodata == [255.0]


def test_totals_with_the_land_scope(tmp_path):
    totals = _run(tmp_path, NPP, RH, VEG, scope=SCOPE_LAND).as_dict()
    # The non-vegetated pixel joins: NEP 0 − 460 = −460, a source.
    # Rh (1850 + 460) · 900 g = 2.079 tC; NEP (250 − 460) · 900 g = −0.189 tC.
    assert totals["evaluated_area_ha"] == pytest.approx(0.45)
    assert totals["source_area_ha"] == pytest.approx(0.27)
    assert totals["total_npp_tc"] == pytest.approx(1.89)
    assert totals["total_rh_tc"] == pytest.approx(2.079)
    assert totals["total_nep_tc"] == pytest.approx(-0.189)
    assert totals["mean_nep_vegetated"] == pytest.approx(62.5)  # vegetated pixels only
    classes = read_raster(tmp_path / "class.tif")[0][0]
    assert classes[1, 1] == CLASS_SOURCE


def test_without_vegetation_the_vegetated_quantities_are_empty(tmp_path):
    totals = _run(tmp_path, NPP, RH, None, scope=SCOPE_LAND).as_dict()
    assert totals["vegetated_area_ha"] is None and totals["mean_nep_vegetated"] is None
    assert totals["total_nep_tc"] == pytest.approx(-0.189)


def test_rh_from_climate_equals_the_model(tmp_path):
    # T = 20 °C and P = 100 mm every month: Rh = 12 · 29.734624 = 356.815488 (see
    # test_respiration); NEP = 500 − 356.815488 = 143.184512 gC·m⁻²·a⁻¹ on one 900 m² pixel
    # = 0.128866 tC.
    climate = (np.full((12, 1, 1), 20.0, np.float32), np.full((12, 1, 1), 100.0, np.float32))
    totals = _run(tmp_path, np.float32([[500.0]]), None, np.uint8([[2]]), climate=climate)
    assert totals.as_dict()["total_rh_tc"] == pytest.approx(356.815488 * 900e-6, rel=1e-6)
    assert totals.total_nep_tc == pytest.approx(0.128866, rel=1e-5)
    assert read_raster(tmp_path / "nep.tif")[0][0, 0, 0] == pytest.approx(143.184512, rel=1e-6)


def test_negative_npp_is_used_and_counted(tmp_path):
    totals = _run(tmp_path, np.float32([[-20.0, 300.0]]), np.float32([[100.0, 100.0]]),
                  np.uint8([[2, 2]]))  # fmt: skip
    assert totals.negative_npp_pixels == 1 and totals.npp_min == -20.0
    assert read_raster(tmp_path / "nep.tif")[0][0, 0, 0] == -120.0


def test_negative_rh_stops_and_writes_nothing(tmp_path):
    with pytest.raises(InputError, match="RH: 1 pixel.*negative soil respiration"):
        _run(tmp_path, np.float32([[500.0, 300.0]]), np.float32([[-5.0, 100.0]]),
             np.uint8([[2, 2]]))  # fmt: skip
    assert not {"nep.tif", "co2.tif", "class.tif"} & set(os.listdir(tmp_path))


def test_no_common_valid_pixel_stops_and_writes_nothing(tmp_path):
    npp = np.float32([[500.0, -9999.0]])
    rh = np.float32([[-9999.0, 100.0]])
    with pytest.raises(InputError, match="No pixel has valid values in all inputs"):
        _run(tmp_path, npp, rh, np.uint8([[2, 2]]))
    assert "nep.tif" not in os.listdir(tmp_path)


def _authalic_q(phi_deg):
    """Snyder (1987) eq. 3-12: q = (1−e²)[sinφ/(1−e² sin²φ) − 1/(2e) ln((1−e sinφ)/(1+e sinφ))]."""
    e2 = WGS84_F * (2 - WGS84_F)
    e = math.sqrt(e2)
    s = math.sin(math.radians(phi_deg))
    return (1 - e2) * (s / (1 - e2 * s * s) - math.log((1 - e * s) / (1 + e * s)) / (2 * e))


def test_geographic_pixel_at_22_5_degrees_north(tmp_path):
    # One 0.001° × 0.001° WGS84 pixel with its top edge at 22.5°N, NEP = 600 − 500 = 100.
    # Area = a²/2 · Δλ · (q(22.5) − q(22.499)) (Snyder 3-12 over one cell); by hand roughly
    # 102.9 m (111.32 km · cos 22.5° · 0.001) × 110.7 m ≈ 11 390 m².
    area = WGS84_A**2 / 2 * math.radians(0.001) * (_authalic_q(22.5) - _authalic_q(22.499))
    assert area == pytest.approx(11_390, rel=0.005)
    raster = {"epsg": 4326, "pixel": 0.001, "origin": (114.0, 22.5)}
    totals = _run(tmp_path, np.float32([[600.0]]), np.float32([[500.0]]), np.uint8([[2]]),
                  **raster)  # fmt: skip
    assert totals.total_nep_tc == pytest.approx(100 * area * 1e-6, rel=1e-9)
    assert totals.as_dict()["vegetated_area_ha"] == pytest.approx(area / 1e4, rel=1e-9)


def _shenzhen_fields(folder):
    """A 20 × 20 km field at 100 m in EPSG:4547 near Shenzhen (x 495–515 km, y 2500–2520 km)."""
    rows, cols = 200, 200
    y, x = np.mgrid[0:rows, 0:cols].astype(np.float64) * 100.0
    npp = (900 + 250 * np.sin(x / 3000.0) * np.cos(y / 4000.0)).astype(np.float32)
    rh = (460 + 40 * np.cos(x / 5000.0) * np.sin(y / 2500.0)).astype(np.float32)
    veg = np.full((rows, cols), 2, np.uint8)
    veg[:, :40] = 0  # a built-up strip in the west, 4 km wide
    grid = {"origin": (495000.0, 2520000.0), "pixel": 100.0, "epsg": 4547}
    return (
        write_raster(folder / "npp.tif", npp, nodata=-9999, **grid),
        write_raster(folder / "rh.tif", rh, nodata=-9999, **grid),
        write_raster(folder / "veg.tif", veg, nodata=255, **grid),
    )


def _totals_of(folder, npp, rh, veg):
    work = CarbonSinkPass(scope=SCOPE_VEGETATED)
    sources = {"NPP": Source(npp, "NPP"), "RH": Source(rh, "RH"), "VEGETATION": Source(veg, "V")}
    run_blocks(sources, {"OUTPUT": Output(str(folder / "nep.tif"))}, work.compute,
               on_block=work.on_block)  # fmt: skip
    return work.totals


def test_projected_and_geographic_grids_give_the_same_totals(tmp_path):
    projected = tmp_path / "4547"
    geographic = tmp_path / "4326"
    projected.mkdir()
    geographic.mkdir()
    npp, rh, veg = _shenzhen_fields(projected)
    by_metres = _totals_of(projected, npp, rh, veg)
    # Exactly by hand in the projected grid: 160 × 200 vegetated pixels of 10 000 m².
    assert by_metres.vegetated_area_m2 == pytest.approx(160 * 200 * 1e4)

    # The same fields warped to EPSG:4326 with GDAL, ~100 m pixels (0.0009°).
    options = {"dstSRS": "EPSG:4326", "xRes": 0.0009, "yRes": 0.0009, "targetAlignedPixels": True}
    warped = {}
    for name, path, method, nodata in (("npp", npp, "bilinear", -9999), ("rh", rh, "bilinear",
                                       -9999), ("veg", veg, "near", 255)):  # fmt: skip
        warped[name] = str(geographic / f"{name}.tif")
        gdal.Warp(warped[name], path, resampleAlg=method, dstNodata=nodata, **options)
    by_degrees = _totals_of(geographic, warped["npp"], warped["rh"], warped["veg"])

    # Exact areas agree to within the resampling difference (edge pixels of the footprint).
    for quantity in ("vegetated_area_m2", "npp_g", "rh_g", "nep_g"):
        metres, degrees = getattr(by_metres, quantity), getattr(by_degrees, quantity)
        assert degrees == pytest.approx(metres, rel=0.01), quantity
    assert by_degrees.mean_nep_vegetated == pytest.approx(by_metres.mean_nep_vegetated, rel=0.005)

    # A degree-based area (every cell 0.0009° × 111 320 m by 0.0009° × 110 574 m, i.e. the
    # equator's metres per degree) misses cos(22.6°) ≈ 0.923 and is about 8 % too large.
    nep = read_raster(geographic / "nep.tif")[0][0]
    naive_cell = (0.0009 * 111_320) * (0.0009 * 110_574)
    naive_nep_g = float(np.nansum(nep)) * naive_cell
    error = naive_nep_g / by_metres.nep_g - 1
    assert 0.07 < error < 0.10
