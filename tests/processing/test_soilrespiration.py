"""carbonsink:soilrespiration through processing.run, on real CRU climate and tiny rasters."""

import math
import os

import numpy as np
import pytest
from osgeo import gdal
from stage3_support import cru_climate, run, run_error
from support import read_raster, write_raster

from carbonsink_plugin.core import raster

pytestmark = pytest.mark.usefixtures("provider")


def test_real_cru_climate_gives_the_hand_computed_rh(tmp_path):
    t, p = cru_climate(tmp_path)
    out, monthly = tmp_path / "rh.tif", tmp_path / "rh_monthly.tif"
    results, feedback = run(
        "soilrespiration",
        {"TEMPERATURE": t, "PRECIPITATION": p, "SCOPE": "land", "OUTPUT": str(out),
         "MONTHLY": str(monthly)},
    )  # fmt: skip
    assert results["OUTPUT"] == str(out) and results["MONTHLY"] == str(monthly)
    annual = read_raster(out)[0][0]
    months = read_raster(monthly)[0]
    # Pixel row 22, column 14 (33.25°N 95.58°W, north-east Texas), CRU CL 2.0 normals:
    T = [5, 7, 12, 17, 21, 25, 27, 27, 24, 18, 12, 7]
    P = [65, 79, 96, 113, 141, 96, 79, 58, 102, 107, 97, 83]
    # July by hand (bc -l): e^(0.0913·27) = 11.764659; ln(0.3145·79 + 1) = ln 25.8455
    # = 3.252137; (11.764659 + 3.252137) · 0.22 · 30 · 0.465 = 46.086544 gC·m⁻²·month⁻¹.
    assert months[6, 22, 14] == pytest.approx(46.086544, rel=1e-6)
    expected = sum(
        0.22 * (math.exp(0.0913 * t) + math.log(0.3145 * p + 1)) * 30 * 0.465 for t, p in zip(T, P)
    )  # = 340.465 gC·m⁻²·a⁻¹, written out month by month
    assert annual[22, 14] == pytest.approx(expected, rel=1e-6)
    assert annual[22, 14] == pytest.approx(340.465, abs=0.001)
    # Sea pixels are nodata in the CRU stacks (-3.4e38) and stay nodata.
    assert np.isnan(annual[40, 70])
    assert np.isfinite(annual).sum() == 78 * 138 - 5128  # 5128 sea pixels in every band
    dataset = gdal.Open(str(monthly))
    assert dataset.RasterCount == 12
    assert dataset.GetRasterBand(7).GetDescription() == "month=07"
    assert dataset.GetMetadataItem("CARBONSINK_ALGORITHM") == "carbonsink:soilrespiration"
    assert any("mean annual Rh" in line for line in feedback.infos)


def _tiny_climate(folder, t=20.0, p=100.0, bands=12, shape=(2, 3), **grid):
    tp = write_raster(folder / "t.tif", np.full((bands, *shape), t, np.float32), **grid)
    pp = write_raster(folder / "p.tif", np.full((bands, *shape), p, np.float32), **grid)
    return tp, pp


def test_vegetated_scope_is_the_default(tmp_path):
    t, p = _tiny_climate(tmp_path)
    v = write_raster(tmp_path / "v.tif", np.array([[2, 0, 7], [255, 6, 0]], np.uint8), nodata=255)
    out = tmp_path / "rh.tif"
    run("soilrespiration", {"TEMPERATURE": t, "PRECIPITATION": p, "VEGETATION": v,
                            "OUTPUT": str(out)})  # fmt: skip
    annual = read_raster(out)[0][0]
    rh = 12 * 29.734624  # hand-worked month (test_respiration) × 12
    np.testing.assert_allclose(annual, [[rh, 0, rh], [np.nan, rh, 0]], rtol=1e-6)
    assert not (tmp_path / "rh_monthly.tif").exists()  # MONTHLY is off by default


def test_constants_are_parameters(tmp_path):
    t, p = _tiny_climate(tmp_path)
    out = tmp_path / "rh.tif"
    run("soilrespiration", {"TEMPERATURE": t, "PRECIPITATION": p, "SCOPE": "land",
                            "RH_TEMPERATURE_FACTOR": 0.0912, "OUTPUT": str(out)})  # fmt: skip
    # 12 · 29.696550 (b = 0.0912, worked in test_respiration)
    assert read_raster(out)[0][0, 0, 0] == pytest.approx(12 * 29.696550, rel=1e-6)


def _error(parameters, tmp_path):
    message = run_error("soilrespiration", parameters)
    assert not [name for name in os.listdir(tmp_path) if name.startswith(("rh", ".rh"))]
    return message


def test_missing_vegetation_with_the_default_scope(tmp_path):
    t, p = _tiny_climate(tmp_path)
    message = _error(
        {"TEMPERATURE": t, "PRECIPITATION": p, "OUTPUT": str(tmp_path / "rh.tif")}, tmp_path
    )
    assert "[VEGETATION]" in message and "scope 'vegetated'" in message
    assert "'land'" in message


@pytest.mark.parametrize(
    "climate,expected",
    [
        ({"t": 293.15}, ["[TEMPERATURE]", "Kelvin", "273.15"]),
        ({"p": 0.1}, ["[PRECIPITATION]", "metres", "1000"]),
        ({"bands": 11}, ["[TEMPERATURE]: expected a monthly stack of 12 bands", "has 11"]),
    ],
    ids=["kelvin", "metres", "eleven-bands"],
)
def test_wrong_units_and_band_counts(tmp_path, climate, expected):
    t, p = _tiny_climate(tmp_path, **climate)
    message = _error({"TEMPERATURE": t, "PRECIPITATION": p, "SCOPE": "land",
                      "OUTPUT": str(tmp_path / "rh.tif")}, tmp_path)  # fmt: skip
    for part in expected:
        assert part in message


def test_the_override_turns_a_unit_error_into_a_warning(tmp_path):
    # 293.15 everywhere: Kelvin. Ticked, the run uses the values as given (T = 293.15 °C makes
    # e^(0.0913·293.15) ≈ 4.2e11 per month: absurd, which is why it warns) and says so.
    t, p = _tiny_climate(tmp_path, t=293.15)
    out = tmp_path / "rh.tif"
    parameters = {"TEMPERATURE": t, "PRECIPITATION": p, "SCOPE": "land", "OUTPUT": str(out)}
    _, feedback = run("soilrespiration", {**parameters, "IGNORE_UNIT_CHECKS": True})
    assert out.exists()
    assert any("[TEMPERATURE]" in w and "Kelvin" in w for w in feedback.warnings)
    # An undeclared nodata value is never overridden.
    other = tmp_path / "nodata"
    other.mkdir()
    t, p = _tiny_climate(other, t=-9999.0)
    parameters = {
        "TEMPERATURE": t,
        "PRECIPITATION": p,
        "SCOPE": "land",
        "OUTPUT": str(other / "rh.tif"),
    }
    message = _error({**parameters, "IGNORE_UNIT_CHECKS": True}, other)
    assert "[TEMPERATURE]: values down to -9999" in message


def test_climate_on_different_grids(tmp_path):
    t = write_raster(tmp_path / "t.tif", np.full((12, 2, 3), 20.0, np.float32))
    p = write_raster(tmp_path / "p.tif", np.full((12, 2, 3), 100.0, np.float32), pixel=10.0)
    message = _error({"TEMPERATURE": t, "PRECIPITATION": p, "SCOPE": "land",
                      "OUTPUT": str(tmp_path / "rh.tif")}, tmp_path)  # fmt: skip
    assert "[PRECIPITATION] differs from" in message and "[TEMPERATURE]" in message
    assert "carbonsink:align" in message


def test_chinese_characters_and_spaces_in_paths(tmp_path):
    folder = tmp_path / "深圳 气候"
    folder.mkdir()
    t, p = _tiny_climate(folder)
    out = folder / "土壤 呼吸.tif"
    run("soilrespiration", {"TEMPERATURE": t, "PRECIPITATION": p, "SCOPE": "land",
                            "OUTPUT": str(out)})  # fmt: skip
    assert raster.read_whole(str(out), "RH")[1, 2] == pytest.approx(12 * 29.734624, rel=1e-6)
