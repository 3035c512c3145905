"""carbonsink:carbonsink through processing.run: outputs, totals, numbers and bad input."""

import math
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsRasterLayer
from stage3_support import cru_climate, run, run_error
from support import read_raster, write_raster

from carbonsink_plugin.core.carbon import SINK_CLASSES
from carbonsink_plugin.paths import resource_path

pytestmark = pytest.mark.usefixtures("provider")

# The hand-checked 2×3 grid of tests/core/test_carbon.py (30 m pixels, 0.09 ha each).
NPP = np.array([[900, 500, 300], [400, 0, -9999]], np.float32)
RH = np.array([[450, 500, 450], [450, 460, 450]], np.float32)
VEG = np.array([[2, 6, 7], [8, 0, 2]], np.uint8)


def _inputs(folder, npp=NPP, rh=RH, veg=VEG):
    return {
        "NPP": write_raster(folder / "npp.tif", npp, nodata=-9999),
        "RH": write_raster(folder / "rh.tif", rh, nodata=-9999),
        "VEGETATION": write_raster(folder / "veg.tif", veg, nodata=255),
    }


def _outputs(folder):
    return {
        "OUTPUT": str(folder / "nep.tif"),
        "CO2_DENSITY": str(folder / "co2.tif"),
        "SINK_CLASS": str(folder / "class.tif"),
        "TOTALS": "TEMPORARY_OUTPUT",
    }


def _table(layer):
    assert [f.name() for f in layer.fields()] == [
        "quantity", "value", "unit", "description", "description_zh"
    ]  # fmt: skip
    return {f["quantity"]: (f["value"], f["unit"]) for f in layer.getFeatures()}


def test_hand_checked_grid_outputs_table_and_numbers(tmp_path):
    results, feedback = run("carbonsink", {**_inputs(tmp_path), **_outputs(tmp_path)})
    # Worked in tests/core/test_carbon.py: Σ NEP = 250 gC·m⁻² · 900 m² = 0.225 tC = 0.825 tCO₂.
    assert results["TOTAL_NEP_TC"] == pytest.approx(0.225)
    assert results["TOTAL_NEP_TCO2"] == pytest.approx(0.825)
    assert results["TOTAL_NPP_TC"] == pytest.approx(1.89)
    assert results["TOTAL_RH_TC"] == pytest.approx(1.665)
    assert results["VEGETATED_AREA_HA"] == pytest.approx(0.36)
    assert results["SINK_AREA_HA"] == pytest.approx(0.09)
    assert results["SOURCE_AREA_HA"] == pytest.approx(0.18)
    assert results["MEAN_NEP"] == pytest.approx(62.5)
    table = _table(results["TOTALS"])
    assert table["total_nep_tco2"][0] == pytest.approx(0.825)
    assert table["total_nep_tco2"][1] == "tCO₂·a⁻¹"
    assert table["vegetated_area_km2"][0] == pytest.approx(0.0036)
    assert table["balance_area_ha"][0] == pytest.approx(0.09)
    np.testing.assert_array_equal(
        read_raster(tmp_path / "class.tif")[0][0], [[1, 3, 2], [2, 0, np.nan]]
    )
    assert read_raster(tmp_path / "co2.tif")[0][0, 0, 0] == pytest.approx(16.5, rel=1e-6)
    assert gdal.Open(str(tmp_path / "class.tif")).GetRasterBand(1).DataType == gdal.GDT_Byte
    assert any(line.startswith("total_nep_tc: 0.225") for line in feedback.infos)


def test_totals_table_to_csv(tmp_path):
    csv = tmp_path / "合计 totals.csv"
    parameters = {**_inputs(tmp_path), **_outputs(tmp_path), "TOTALS": str(csv)}
    run("carbonsink", parameters)
    text = csv.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "quantity,value,unit,description,description_zh"
    assert "total_nep_tc,0.225" in text


def test_rh_computed_from_real_climate_on_a_geographic_grid(tmp_path):
    """qgis_process-like run on the real CRU grid (WGS84, 10′): NPP 800 everywhere, Rh from T
    and P, scope 'land'. Expected total = Σ (800 − Rh) · ellipsoidal cell area, with Rh and the
    area both computed here independently of the plugin."""
    t, p = cru_climate(tmp_path)
    grid = gdal.Open(t)
    gt = grid.GetGeoTransform()
    temperature = grid.ReadAsArray().astype(np.float64)
    precipitation = gdal.Open(p).ReadAsArray().astype(np.float64)
    sea = temperature[0] < -1e30
    npp = np.full(sea.shape, 800.0, np.float32)
    npp[sea] = -9999
    npp_path = write_raster(tmp_path / "npp.tif", npp, origin=(gt[0], gt[3]),
                            pixel=(gt[1], -gt[5]), epsg=4326, nodata=-9999)  # fmt: skip

    results, _ = run("carbonsink", {"NPP": npp_path, "TEMPERATURE": t,
                                    "PRECIPITATION": p, "SCOPE": "land",
                                    **_outputs(tmp_path)})  # fmt: skip

    with np.errstate(invalid="ignore"):
        rh = (0.22 * (np.exp(0.0913 * temperature) + np.log(0.3145 * precipitation + 1))
              * 30 * 0.465).sum(axis=0)  # fmt: skip
    # Cell area per row on WGS84 (Snyder 1987 eq. 3-12, authalic q), 10′ × 10′ cells.
    f = 1 / 298.257223563
    e2 = f * (2 - f)
    e = math.sqrt(e2)

    def q(lat):
        s = np.sin(np.radians(lat))
        return (1 - e2) * (s / (1 - e2 * s * s) - np.log((1 - e * s) / (1 + e * s)) / (2 * e))

    top = gt[3] + gt[5] * np.arange(sea.shape[0])
    area = 6378137.0**2 / 2 * math.radians(gt[1]) * np.abs(q(top) - q(top + gt[5]))
    nep = np.where(sea, 0.0, 800.0 - rh)
    expected_tc = float((nep * area[:, None]).sum()) * 1e-6
    assert results["TOTAL_NEP_TC"] == pytest.approx(expected_tc, rel=1e-5)
    assert results["TOTAL_NEP_TCO2"] == pytest.approx(expected_tc * 44 / 12, rel=1e-5)
    assert results["VEGETATED_AREA_HA"] is None  # no vegetation raster given


def _error(parameters, tmp_path):
    message = run_error("carbonsink", parameters)
    assert not {"nep.tif", "co2.tif", "class.tif"} & set(os.listdir(tmp_path))
    return message


def test_npp_and_rh_on_different_grids(tmp_path):
    inputs = _inputs(tmp_path)
    inputs["RH"] = write_raster(tmp_path / "rh10.tif", RH, nodata=-9999, pixel=10.0)
    message = _error({**inputs, **_outputs(tmp_path)}, tmp_path)
    assert "[RH] differs from" in message and "[NPP]" in message
    assert "pixel 10×10" in message and "carbonsink:align" in message


def test_a_monthly_stack_where_annual_npp_is_expected(tmp_path):
    inputs = _inputs(tmp_path)
    inputs["NPP"] = write_raster(tmp_path / "npp12.tif", np.repeat(NPP[None], 12, axis=0))
    message = _error({**inputs, **_outputs(tmp_path)}, tmp_path)
    assert "[NPP]: expected an annual raster with 1 band but 'npp12.tif' has 12 bands" in message
    assert "monthly stack" in message


def test_negative_npp_warns_and_is_used(tmp_path):
    npp = NPP.copy()
    npp[0, 0] = -20.0
    results, feedback = run("carbonsink", {**_inputs(tmp_path, npp=npp), **_outputs(tmp_path)})
    assert any(
        "[NPP]: 1 pixel(s) have negative NPP (down to -20.0" in warning
        for warning in feedback.warnings
    )
    assert read_raster(tmp_path / "nep.tif")[0][0, 0, 0] == -470.0  # −20 − 450


def test_npp_in_kilograms(tmp_path):
    message = _error({**_inputs(tmp_path, npp=NPP / 1000), **_outputs(tmp_path)}, tmp_path)
    assert "[NPP]: the largest value is 0.9" in message and "kgC" in message


def test_missing_vegetation_with_the_default_scope(tmp_path):
    inputs = _inputs(tmp_path)
    del inputs["VEGETATION"]
    message = _error({**inputs, **_outputs(tmp_path)}, tmp_path)
    assert "[VEGETATION]: the scope 'vegetated' (the default)" in message
    assert "[SCOPE]" in message and "'land'" in message


def test_rh_and_climate_are_exclusive(tmp_path):
    t = write_raster(tmp_path / "t.tif", np.full((12, 2, 3), 20.0, np.float32))
    p = write_raster(tmp_path / "p.tif", np.full((12, 2, 3), 100.0, np.float32))
    both = {**_inputs(tmp_path), **_outputs(tmp_path), "TEMPERATURE": t, "PRECIPITATION": p}
    assert "were both given" in _error(both, tmp_path)
    neither = {**_inputs(tmp_path), **_outputs(tmp_path)}
    del neither["RH"]
    message = _error(neither, tmp_path)
    assert "[RH]: no annual Rh raster given" in message and "[TEMPERATURE]" in message


def test_temperature_in_kelvin(tmp_path):
    inputs = _inputs(tmp_path)
    del inputs["RH"]
    t = write_raster(tmp_path / "t.tif", np.full((12, 2, 3), 293.15, np.float32))
    p = write_raster(tmp_path / "p.tif", np.full((12, 2, 3), 100.0, np.float32))
    message = _error({**inputs, **_outputs(tmp_path), "TEMPERATURE": t, "PRECIPITATION": p},
                     tmp_path)  # fmt: skip
    assert "[TEMPERATURE]: median 293.1" in message and "Kelvin" in message


def test_rh_made_for_vegetated_pixels_cannot_serve_the_land_scope(tmp_path):
    t = write_raster(tmp_path / "t.tif", np.full((12, 2, 3), 20.0, np.float32))
    p = write_raster(tmp_path / "p.tif", np.full((12, 2, 3), 100.0, np.float32))
    inputs = _inputs(tmp_path)
    rh = str(tmp_path / "rh_vegetated.tif")
    run("soilrespiration", {"TEMPERATURE": t, "PRECIPITATION": p,
                            "VEGETATION": inputs["VEGETATION"], "OUTPUT": rh})  # fmt: skip
    message = _error({**inputs, "RH": rh, "SCOPE": "land", **_outputs(tmp_path)}, tmp_path)
    assert "'rh_vegetated.tif' was made by Soil heterotrophic respiration with scope" in message
    # The same file with the vegetated scope is fine: NEP on vegetated pixels only.
    results, _ = run("carbonsink", {**inputs, "RH": rh, **_outputs(tmp_path)})
    assert results["TOTAL_NEP_TC"] is not None


def test_nodata_everywhere_in_common_is_refused(tmp_path):
    rh = np.full_like(RH, -9999)
    message = _error({**_inputs(tmp_path, rh=rh), **_outputs(tmp_path)}, tmp_path)
    assert "No pixel has valid values in all inputs" in message


def test_styles_load_with_their_legends():
    for style in ("rh", "rh_monthly", "nep", "co2_density", "sink_class"):
        assert os.path.exists(resource_path("styles", f"{style}.qml")), style
    path = resource_path("styles", "sink_class.qml")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    for code, english, _chinese, colour in SINK_CLASSES:
        assert f'value="{code}" color="{colour}"' in text
        # English in the file; translated when loaded (processing/legends.py)
        assert f'label="{english.replace("<", "&lt;")}"' in text


def test_sink_class_style_applies_to_an_output(tmp_path):
    run("carbonsink", {**_inputs(tmp_path), **_outputs(tmp_path)})
    layer = QgsRasterLayer(str(tmp_path / "class.tif"), "classes")
    message, ok = layer.loadNamedStyle(resource_path("styles", "sink_class.qml"))
    assert ok, message
    assert layer.renderer().type() == "paletted"
    labels = [c.label for c in layer.renderer().classes()]
    assert labels[1] == "Carbon sink (NEP > 0)"
