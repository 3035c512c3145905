"""carbonsink:ndvi through processing.run, on hand-made DNs and the real MOD13Q1 scenes."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException
from stage1_support import LogFeedback, chinese_folder, copy_data, run
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")


def test_landsat_separate_layers_with_qa_in_a_chinese_folder(tmp_path):
    folder = chinese_folder(tmp_path)
    # ρ = DN·0.0000275 − 0.2. Pixel (0,0): red 10000 → 0.075, NIR 20000 → 0.35 →
    # NDVI 0.275/0.425 = 0.6470588. Pixel (0,1): red 8000 → 0.02, NIR 30000 → 0.625 →
    # 0.605/0.645 = 0.9379845. Pixel (1,0): cloud (QA 22280, bit 3) → nodata.
    # Pixel (1,1): fill DN 0 (declared nodata) → nodata.
    red = write_raster(
        folder / "LC08 红光 SR_B4.tif", np.array([[10000, 8000], [9000, 0]], np.uint16), nodata=0
    )
    nir = write_raster(
        folder / "LC08 近红外 SR_B5.tif",
        np.array([[20000, 30000], [25000, 0]], np.uint16),
        nodata=0,
    )
    qa = write_raster(
        folder / "LC08 QA_PIXEL.tif", np.array([[21824, 21824], [22280, 1]], np.uint16)
    )
    out = folder / "归一化 植被指数.tif"
    results, log = run(
        "ndvi", {"RED": red, "NIR": nir, "QA": qa, "SENSOR": "landsat_c2l2", "OUTPUT": str(out)}
    )
    values, nodata = read_raster(results["OUTPUT"])
    assert values[0, 0, 0] == pytest.approx(0.275 / 0.425, abs=1e-6)
    assert values[0, 0, 1] == pytest.approx(0.605 / 0.645, abs=1e-6)
    assert np.isnan(values[0, 1]).all() and nodata == [-9999]
    assert "QA mask 1" in log and "input nodata 1" in log
    assert gdal.Open(str(out)).GetMetadataItem("CARBONSINK_ALGORITHM") == "carbonsink:ndvi"


def test_two_bands_of_one_layer(tmp_path):
    # Reflectance stack: band 3 red 0.1, band 4 NIR 0.5 → (0.5 − 0.1)/(0.5 + 0.1) = 0.6667.
    stack = np.zeros((4, 1, 2), np.float32)
    stack[2], stack[3] = 0.1, 0.5
    path = write_raster(tmp_path / "stack.tif", stack)
    results, _ = run(
        "ndvi",
        {
            "RED": path,
            "RED_BAND": 3,
            "NIR_BAND": 4,
            "SENSOR": "reflectance",
            "OUTPUT": str(tmp_path / "n.tif"),
        },
    )
    assert read_raster(results["OUTPUT"])[0][0, 0].tolist() == pytest.approx([0.4 / 0.6] * 2)
    with pytest.raises(
        QgsProcessingException, match=r"NIR_BAND\]: no near-infrared layer .* band 3"
    ):
        run(
            "ndvi",
            {
                "RED": path,
                "RED_BAND": 3,
                "NIR_BAND": 3,
                "SENSOR": "reflectance",
                "OUTPUT": str(tmp_path / "m.tif"),
            },
        )


def test_sentinel2_offset_parameter(tmp_path):
    # (1500 − 1000)/10000 = 0.05 and (4000 − 1000)/10000 = 0.3 → NDVI 0.25/0.35.
    red = write_raster(
        tmp_path / "T49QGF_20230301T030551_B04_10m.tif", np.full((1, 1), 1500, np.uint16)
    )
    nir = write_raster(
        tmp_path / "T49QGF_20230301T030551_B08_10m.tif", np.full((1, 1), 4000, np.uint16)
    )
    results, _ = run(
        "ndvi",
        {"RED": red, "NIR": nir, "SENSOR": "sentinel2_l2a", "OUTPUT": str(tmp_path / "a.tif")},
    )
    assert read_raster(results["OUTPUT"])[0][0, 0, 0] == pytest.approx(0.25 / 0.35, abs=1e-6)
    # Offset 0 for a 2023 scene: computed (0.25/0.55) but warned about.
    results, log = run(
        "ndvi",
        {
            "RED": red,
            "NIR": nir,
            "SENSOR": "sentinel2_l2a",
            "S2_OFFSET": 0,
            "OUTPUT": str(tmp_path / "b.tif"),
        },
    )
    assert read_raster(results["OUTPUT"])[0][0, 0, 0] == pytest.approx(0.25 / 0.55, abs=1e-6)
    assert "S2_OFFSET = −1000" in log


def test_scaled_values_fed_as_reflectance(tmp_path):
    red = write_raster(tmp_path / "red.tif", np.full((2, 2), 1200, np.int16))
    nir = write_raster(tmp_path / "nir.tif", np.full((2, 2), 8264, np.int16))
    out = tmp_path / "n.tif"
    with pytest.raises(
        QgsProcessingException,
        match=r"RED\]: values up to 1200 look like scaled.*IGNORE_UNIT_CHECKS",
    ):
        run("ndvi", {"RED": red, "NIR": nir, "SENSOR": "reflectance", "OUTPUT": str(out)})
    assert not out.exists()
    # With the override the run goes on and the log keeps the warning. The DN are then taken as
    # reflectance: 1200 and 8264 are outside 0–1, so every pixel is nodata and the run stops
    # there, writing nothing.
    log = LogFeedback()
    with pytest.raises(QgsProcessingException, match="no valid NDVI pixel"):
        run("ndvi", {"RED": red, "NIR": nir, "SENSOR": "reflectance", "IGNORE_UNIT_CHECKS": True,
                     "OUTPUT": str(out)}, log)  # fmt: skip
    assert "RED]: values up to 1200 look like scaled" in log.text
    assert not out.exists()


def test_qa_band_of_the_wrong_sensor(tmp_path):
    red = write_raster(tmp_path / "red.tif", np.full((2, 2), 10000, np.uint16))
    nir = write_raster(tmp_path / "nir.tif", np.full((2, 2), 20000, np.uint16))
    scl = write_raster(tmp_path / "SCL.tif", np.array([[4, 5], [8, 9]], np.uint8))
    with pytest.raises(
        QgsProcessingException, match=r"QA\]: the QA values .* not Landsat Collection 2"
    ):
        run(
            "ndvi",
            {
                "RED": red,
                "NIR": nir,
                "QA": scl,
                "SENSOR": "landsat_c2l2",
                "OUTPUT": str(tmp_path / "n.tif"),
            },
        )
    # With an explicit rule the layer is taken as the user's mask: SCL 8, 9 masked.
    results, _ = run(
        "ndvi",
        {
            "RED": red,
            "NIR": nir,
            "QA": scl,
            "SENSOR": "landsat_c2l2",
            "QA_RULE": "values:8,9",
            "OUTPUT": str(tmp_path / "m.tif"),
        },
    )
    assert np.isnan(read_raster(results["OUTPUT"])[0][0, 1]).all()


def test_parameters_checked_before_running(tmp_path):
    red = write_raster(tmp_path / "red.tif", np.full((2, 2), 10000, np.uint16))
    with pytest.raises(QgsProcessingException, match=r"QA_RULE\]: 'cloud' is not a QA rule"):
        run("ndvi", {"RED": red, "NIR": red, "QA_RULE": "cloud", "OUTPUT": str(tmp_path / "n.tif")})


def test_red_and_nir_on_different_grids(tmp_path):
    red = write_raster(tmp_path / "B04.tif", np.full((4, 4), 1500, np.uint16))
    nir = write_raster(tmp_path / "B08.tif", np.full((2, 2), 4000, np.uint16), pixel=60)
    with pytest.raises(QgsProcessingException, match="not on the same grid.*carbonsink:align"):
        run(
            "ndvi",
            {"RED": red, "NIR": nir, "SENSOR": "sentinel2_l2a", "OUTPUT": str(tmp_path / "n.tif")},
        )


def test_everything_masked_leaves_no_output(tmp_path):
    red = write_raster(tmp_path / "red.tif", np.full((2, 2), 10000, np.uint16))
    nir = write_raster(tmp_path / "nir.tif", np.full((2, 2), 20000, np.uint16))
    qa = write_raster(tmp_path / "qa.tif", np.full((2, 2), 22280, np.uint16))
    out = tmp_path / "n.tif"
    with pytest.raises(QgsProcessingException, match="no valid NDVI pixel \\(QA-masked 4"):
        run(
            "ndvi", {"RED": red, "NIR": nir, "QA": qa, "SENSOR": "landsat_c2l2", "OUTPUT": str(out)}
        )
    assert not out.exists()


def test_real_mod13q1_scene_with_vi_quality(tmp_path):
    """MOD13Q1 2010-273 (30 Sep): NDVI = DN·0.0001 where MODLAND QA (bits 0–1) is 0 or 1."""
    folder = copy_data("modis_mod13q1_57N125E", chinese_folder(tmp_path))
    ndvi_path = folder / "MOD13Q1.A2010273.250m_16_days_NDVI_sub24.tif"
    qa_path = folder / "MOD13Q1.A2010273.250m_16_days_VI_Quality_sub24.tif"
    dn = gdal.Open(str(ndvi_path)).ReadAsArray().astype(np.float64)
    quality = gdal.Open(str(qa_path)).ReadAsArray()
    cloudy = (quality & 0b11) >= 2
    assert 0 < cloudy.sum() < cloudy.size  # the scene has both
    expected = np.where(cloudy | (dn == -3000), np.nan, dn * 0.0001)
    results, log = run(
        "ndvi",
        {
            "RED": str(ndvi_path),
            "QA": str(qa_path),
            "SENSOR": "modis_mod13",
            "OUTPUT": str(tmp_path / "ndvi 2010-09-30.tif"),
        },
    )
    np.testing.assert_allclose(read_raster(results["OUTPUT"])[0][0], expected, atol=1e-7)
    assert f"QA mask {int(cloudy.sum())}" in log
