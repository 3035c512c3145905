"""NDVI presets on digital numbers worked by hand, QA rules and the value checks."""

import numpy as np
import pytest

from carbonsink_plugin.core import ndvi
from carbonsink_plugin.core.errors import InputError


def f32(values):
    return np.array(values, dtype=np.float32)


def test_landsat_collection2_level2_by_hand():
    # ρ = DN·0.0000275 − 0.2:
    #   red 10000 → 0.275 − 0.2 = 0.075;  NIR 20000 → 0.55 − 0.2 = 0.35
    #   NDVI = (0.35 − 0.075)/(0.35 + 0.075) = 0.275/0.425 = 0.6470588
    #   red 8000 → 0.02;  NIR 30000 → 0.625;  NDVI = 0.605/0.645 = 0.9379845
    #   DN 0 (fill) → ρ = −0.2 → nodata;  DN 50000 → 1.175 (saturated) → nodata
    red = f32([[10000, 8000, 0, 10000]])
    nir = f32([[20000, 30000, 20000, 50000]])
    result, counts = ndvi.compute_ndvi(red, nir, ndvi.PRESETS["landsat_c2l2"])
    assert result[0, 0] == pytest.approx(0.275 / 0.425, abs=1e-6)
    assert result[0, 1] == pytest.approx(0.605 / 0.645, abs=1e-6)
    assert np.isnan(result[0, 2]) and np.isnan(result[0, 3])
    assert counts.out_of_range == 2 and counts.valid == 2


def test_sentinel2_with_and_without_the_baseline_04_offset():
    # Baseline ≥ 04.00: ρ = (DN − 1000)/10000: red 1500 → 0.05, NIR 4000 → 0.30,
    #   NDVI = 0.25/0.35 = 0.7142857.
    # Before 04.00 (offset 0): red 0.15, NIR 0.40 → NDVI = 0.25/0.55 = 0.4545455.
    red, nir = f32([[1500]]), f32([[4000]])
    new, _ = ndvi.compute_ndvi(red, nir, ndvi.sentinel2_preset(-1000))
    old, _ = ndvi.compute_ndvi(red, nir, ndvi.sentinel2_preset(0))
    assert new[0, 0] == pytest.approx(0.25 / 0.35, abs=1e-6)
    assert old[0, 0] == pytest.approx(0.25 / 0.55, abs=1e-6)
    # DN 0 is no-data in L2A: with the offset it becomes −0.1 → nodata.
    fill, counts = ndvi.compute_ndvi(f32([[0]]), f32([[4000]]), ndvi.sentinel2_preset(-1000))
    assert np.isnan(fill[0, 0]) and counts.out_of_range == 1


def test_modis_ndvi_band_scale_fill_and_valid_range():
    # NDVI = DN·0.0001; valid DN −2000…10000; −3000 is fill.
    dn = f32([[8264, -1904, 10000, -3000, -2500]])
    result, counts = ndvi.compute_ndvi(dn, None, ndvi.PRESETS["modis_mod13"])
    assert result[0, :3].tolist() == pytest.approx([0.8264, -0.1904, 1.0], abs=1e-6)
    assert np.isnan(result[0, 3:]).all()
    assert counts.out_of_range == 2


def test_reflectance_zero_denominator_is_nodata_not_inf():
    # (0.5 − 0.1)/(0.5 + 0.1) = 0.6667; red = NIR = 0 → 0/0 → nodata.
    result, counts = ndvi.compute_ndvi(
        f32([[0.1, 0.0]]), f32([[0.5, 0.0]]), ndvi.PRESETS["reflectance"]
    )
    assert result[0, 0] == pytest.approx(0.4 / 0.6, abs=1e-6)
    assert np.isnan(result[0, 1]) and counts.zero_denominator == 1
    assert not np.isinf(result).any()


def test_custom_scale_and_offset_per_band():
    # red: DN 2000 × 0.0001 = 0.2; NIR: DN 60 × 0.01 − 0.1 = 0.5 → (0.5 − 0.2)/0.7 = 0.428571
    preset = ndvi.custom_preset(0.0001, 0.0, 0.01, -0.1)
    result, _ = ndvi.compute_ndvi(f32([[2000]]), f32([[60]]), preset)
    assert result[0, 0] == pytest.approx(0.3 / 0.7, abs=1e-6)


def test_landsat_qa_pixel_bits():
    # USGS C2 QA_PIXEL values: 21824 clear land (bits 6, 8, 10, 12, 14), 21952 clear water
    # (+ bit 7), 22280 high-confidence cloud (bits 3, 8, 9, 10, 12, 14), 23888 cloud shadow
    # (bit 4 set), 1 fill (bit 0).
    qa = f32([[21824, 21952, 22280, 23888, 1, np.nan]])
    rule = ndvi.parse_qa_rule("bits:0,1,3,4,5")
    assert rule.mask(qa).tolist() == [[False, False, True, True, True, True]]


def test_sentinel2_scl_classes_and_modis_quality():
    scl = f32([[4, 5, 6, 3, 8, 9, 10, 11, 0, 1]])
    rule = ndvi.parse_qa_rule(ndvi.PRESETS["sentinel2_l2a"].qa_rule)
    assert rule.mask(scl).tolist() == [[False] * 3 + [True] * 7]
    # MOD13 VI_Quality bits 0–1: 0 good, 1 check, 2 cloudy, 3 not produced → masked 2 and 3.
    # 2116 = 0b100001000100 (MODLAND 0); 2117 (1); 2118 (2); 2119 (3).
    vi = f32([[2116, 2117, 2118, 2119]])
    rule = ndvi.parse_qa_rule(ndvi.PRESETS["modis_mod13"].qa_rule)
    assert rule.mask(vi).tolist() == [[False, False, True, True]]


def test_qa_masked_pixels_are_counted_once():
    red = f32([[10000, 10000]])
    nir = f32([[20000, 20000]])
    qa = f32([[21824, 22280]])
    result, counts = ndvi.compute_ndvi(
        red, nir, ndvi.PRESETS["landsat_c2l2"], qa, ndvi.parse_qa_rule("bits:3")
    )
    assert np.isfinite(result[0, 0]) and np.isnan(result[0, 1])
    assert (counts.qa_masked, counts.valid, counts.out_of_range) == (1, 1, 0)


@pytest.mark.parametrize("text", ["", "cloud", "bits:", "bits:40", "levels:1"])
def test_bad_qa_rules_are_refused(text):
    with pytest.raises(InputError, match="QA_RULE"):
        ndvi.parse_qa_rule(text)


def test_chinese_comma_in_rules():
    assert ndvi.parse_qa_rule("values：3，8，9").numbers == (3, 8, 9)


def test_scaled_values_fed_as_reflectance_are_refused():
    sample = f32([120, 3400, 8264, 10000])
    with pytest.raises(InputError, match=r"RED: values up to 10000 look like scaled digital"):
        ndvi.check_band_values(sample, ndvi.PRESETS["reflectance"], "RED", "red")


def test_reflectance_fed_to_a_dn_preset_is_refused():
    sample = f32([0.02, 0.1, 0.45])
    with pytest.raises(InputError, match="look like reflectance already scaled to 0–1"):
        ndvi.check_band_values(sample, ndvi.PRESETS["landsat_c2l2"], "NIR", "nir")
    with pytest.raises(InputError, match="look like NDVI already scaled"):
        ndvi.check_band_values(sample, ndvi.PRESETS["modis_mod13"], "RED", "red")


def test_a_wrong_custom_scale_is_refused():
    # DN 2000…9000 × 0.01 = 20…90: none is reflectance.
    with pytest.raises(InputError, match=r"only 0% of the values are reflectance"):
        ndvi.check_band_values(
            f32([2000, 9000]), ndvi.custom_preset(0.01, 0, 0.01, 0), "RED", "red"
        )


def test_all_nodata_band_is_refused():
    with pytest.raises(InputError, match="no valid pixel"):
        ndvi.check_band_values(f32([]), ndvi.PRESETS["landsat_c2l2"], "RED", "red")


def test_qa_layer_of_the_wrong_sensor_is_refused():
    scl = f32([4, 5, 8, 9, 10])
    with pytest.raises(InputError, match="not Landsat Collection 2 QA_PIXEL"):
        ndvi.check_qa_matches_sensor(scl, ndvi.PRESETS["landsat_c2l2"], "QA")
    qa_pixel = f32([21824, 22280])
    with pytest.raises(InputError, match="not Sentinel-2 scene classes"):
        ndvi.check_qa_matches_sensor(qa_pixel, ndvi.PRESETS["sentinel2_l2a"], "QA")
    with pytest.raises(InputError, match="negative or fractional"):
        ndvi.check_qa_matches_sensor(f32([0.5, 0.2]), ndvi.PRESETS["sentinel2_l2a"], "QA")
    # The right layers pass.
    ndvi.check_qa_matches_sensor(qa_pixel, ndvi.PRESETS["landsat_c2l2"], "QA")
    ndvi.check_qa_matches_sensor(scl, ndvi.PRESETS["sentinel2_l2a"], "QA")


def test_sentinel2_offset_hints():
    name = "S2B_MSIL2A_20230301T030549_N0509_R075_T49QGF_20230301T062340_B04.tif"
    assert ndvi.sentinel2_offset_hint(name, -1000) is None
    severity, message = ndvi.sentinel2_offset_hint(name, 0)
    assert severity == "error" and "baseline 05.09" in message
    old = "S2A_MSIL2A_20200301T030551_N0214_R075_T49QGF_20200301T061502_B04.tif"
    assert ndvi.sentinel2_offset_hint(old, 0) is None
    severity, _ = ndvi.sentinel2_offset_hint("T49QGF_20200301T030551_B04_10m.tif", -1000)
    assert severity == "warning"
    severity, _ = ndvi.sentinel2_offset_hint("T49QGF_20230301T030551_B04_10m.tif", 0)
    assert severity == "warning"
