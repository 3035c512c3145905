"""carbonsink:monthlycomposite on the real MOD13Q1 16-day series and on hand-made scenes."""

import warnings
from datetime import date, timedelta

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException
from stage1_support import chinese_folder, copy_data, run
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")


def modis_series(folder):
    """(NDVI paths, their calendar months) — months worked out here from the day of year."""
    paths = sorted(folder.glob("*_NDVI_sub24.tif"))
    months = []
    for path in paths:
        token = path.name.split(".")[1]  # "A2010129"
        year, doy = int(token[1:5]), int(token[5:])
        months.append((date(year, 1, 1) + timedelta(days=doy - 1)).month)
    return paths, months


def test_real_mod13q1_monthly_maximum_equals_numpy(tmp_path):
    """35 real 16-day composites (May 2010 – Nov 2011), fill −3000, scale 0.0001."""
    folder = copy_data("modis_mod13q1_57N125E", chinese_folder(tmp_path))
    paths, months = modis_series(folder)
    assert len(paths) == 35 and set(months) == set(range(1, 13))
    raw = np.stack([gdal.Open(str(p)).ReadAsArray().astype(np.float64) for p in paths])
    scaled = np.where(raw == -3000, np.nan, raw * 0.0001)
    out = tmp_path / "月 合成 NDVI.tif"
    results, log = run(
        "monthlycomposite",
        {"INPUTS": [str(p) for p in paths], "METHOD": "max", "SCALE": 0.0001, "OUTPUT": str(out)},
    )
    values, nodata = read_raster(results["OUTPUT"])
    for month in range(1, 13):
        picked = scaled[[i for i, m in enumerate(months) if m == month]]
        np.testing.assert_allclose(values[month - 1], np.nanmax(picked, axis=0), atol=1e-6)
    assert nodata == [-9999] * 12 and results["FILLED"] == 0
    dataset = gdal.Open(str(out))
    assert [dataset.GetRasterBand(b).GetDescription() for b in (1, 12)] == ["month=01", "month=12"]
    assert "span the years 2010, 2011" in log


def test_real_series_masked_by_quality_then_composited(tmp_path):
    """NDVI with the VI_Quality mask for every scene (batch), then the monthly maximum."""
    folder = copy_data("modis_mod13q1_57N125E", chinese_folder(tmp_path))
    paths, months = modis_series(folder)
    masked_paths, arrays = [], []
    for path in paths:
        qa = path.with_name(path.name.replace("_NDVI_", "_VI_Quality_"))
        out = tmp_path / path.name.replace("_NDVI_", "_NDVI_masked_")
        run("ndvi", {"RED": str(path), "QA": str(qa), "SENSOR": "modis_mod13", "OUTPUT": str(out)})
        dn = gdal.Open(str(path)).ReadAsArray().astype(np.float64)
        quality = gdal.Open(str(qa)).ReadAsArray()
        arrays.append(np.where((quality & 0b11) >= 2, np.nan, dn * 0.0001))
        masked_paths.append(str(out))
    arrays = np.stack(arrays)
    expected = np.full((12,) + arrays.shape[1:], np.nan)
    for month in range(1, 13):
        picked = arrays[[i for i, m in enumerate(months) if m == month]]
        with warnings.catch_warnings():  # all-NaN pixels: numpy warns and returns NaN
            warnings.simplefilter("ignore", RuntimeWarning)
            expected[month - 1] = np.nanmax(picked, axis=0)
    gaps = np.isnan(expected) & ~np.isnan(expected).all(axis=0)
    results, _ = run(
        "monthlycomposite",
        {
            "INPUTS": masked_paths,
            "METHOD": "max",
            "FILL_GAPS": False,
            "OUTPUT": str(tmp_path / "no_fill.tif"),
        },
    )
    np.testing.assert_allclose(read_raster(results["OUTPUT"])[0], expected, atol=1e-6)
    assert gaps.sum() == 0  # in this window every month keeps a clear observation

    # 2010 only (May–December): January–April have no scene, and clouds leave some pixels
    # without a clear observation in a month. Every such pixel-month is filled; January–April
    # of a pixel with clear December and May lie on the line from December to May (wrapping
    # the year): Jan = Dec + (May − Dec)·1/5, Feb = ·2/5, …
    in_2010 = [i for i, p in enumerate(paths) if ".A2010" in p.name]
    raw_2010 = np.full_like(expected, np.nan)
    for month in range(5, 13):
        picked = arrays[[i for i in in_2010 if months[i] == month]]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            raw_2010[month - 1] = np.nanmax(picked, axis=0)
    gaps = np.isnan(raw_2010) & ~np.isnan(raw_2010).all(axis=0)
    results, log = run(
        "monthlycomposite",
        {
            "INPUTS": [masked_paths[i] for i in in_2010],
            "METHOD": "max",
            "OUTPUT": str(tmp_path / "filled.tif"),
        },
    )
    filled = read_raster(results["OUTPUT"])[0]
    assert results["FILLED"] == int(gaps.sum()) > 4 * 24 * 24  # whole months + cloud gaps
    assert not np.isnan(filled[gaps]).any()
    np.testing.assert_allclose(filled[~gaps], raw_2010[~gaps], atol=1e-6)
    december, may = raw_2010[11], raw_2010[4]
    clear = np.isfinite(december) & np.isfinite(may)
    for month in range(1, 5):
        line = december + (may - december) * month / 5
        np.testing.assert_allclose(filled[month - 1][clear], line[clear], atol=1e-6)
    assert "No scene in month(s) 1, 2, 3, 4" in log


def test_scaled_ndvi_without_scale_is_refused(tmp_path):
    folder = copy_data("modis_mod13q1_57N125E", tmp_path)
    paths, _ = modis_series(folder)
    out = tmp_path / "c.tif"
    with pytest.raises(QgsProcessingException, match=r"look like NDVI scaled by 10 000.*SCALE"):
        run(
            "monthlycomposite",
            {
                "INPUTS": [str(p) for p in paths[:3]],
                "METHOD": "max",
                "ALLOW_FEW_MONTHS": True,  # 3 scenes of May–June: the scale is the subject
                "OUTPUT": str(out),
            },
        )
    assert not out.exists()


def scene(folder, name, value, **options):
    return write_raster(folder / name, np.full((2, 2), value, np.float32), nodata=-9999, **options)


def test_gap_filling_and_methods_by_hand(tmp_path):
    folder = chinese_folder(tmp_path)
    # NDVI in January (0.2 and 0.4 → max 0.4), April 0.7, July 0.5 and October 0.4.
    inputs = [
        scene(folder, "ndvi_2021-01-05.tif", 0.2),
        scene(folder, "ndvi_2021-01-21.tif", 0.4),
        scene(folder, "ndvi_2021-04-10.tif", 0.7),
        scene(folder, "ndvi_2021-07-10.tif", 0.5),
        scene(folder, "ndvi_2021-10-10.tif", 0.4),
    ]
    results, log = run(
        "monthlycomposite",
        {
            "INPUTS": inputs,
            "METHOD": "max",
            "ALLOW_FEW_MONTHS": True,  # 4 months observed: filling is the subject
            "OUTPUT": str(folder / "stack 栈.tif"),
        },
    )
    # Linear in time: Feb, Mar = 0.4 + (0.7 − 0.4)·1/3, ·2/3 = 0.5, 0.6; May, Jun = 0.7 − 0.2/3·k
    # = 0.6333, 0.5667; Aug, Sep = 0.4667, 0.4333; Nov, Dec between Oct 0.4 and Jan 0.4 = 0.4.
    expected = [
        0.4,
        0.5,
        0.6,
        0.7,
        0.7 - 0.2 / 3,
        0.7 - 0.4 / 3,
        0.5,
        0.5 - 0.1 / 3,
        0.5 - 0.2 / 3,
        0.4,
        0.4,
        0.4,
    ]
    assert read_raster(results["OUTPUT"])[0][:, 0, 0] == pytest.approx(expected, abs=1e-6)
    assert results["FILLED"] == 8 * 4  # 8 months × 4 pixels
    assert "No scene in month(s) 2, 3, 5, 6, 8, 9, 11, 12" in log
    # mean and sum of January: 0.3 and 0.6
    for method, january in (("mean", 0.3), ("sum", 0.6)):
        results, _ = run(
            "monthlycomposite",
            {
                "INPUTS": inputs,
                "METHOD": method,
                "VARIABLE": "other",
                "ALLOW_FEW_MONTHS": True,
                "OUTPUT": str(folder / f"{method}.tif"),
            },
        )
        assert read_raster(results["OUTPUT"])[0][0, 0, 0] == pytest.approx(january)


def test_no_scene_in_a_month_with_gap_filling_off(tmp_path):
    inputs = [scene(tmp_path, f"t_2021-{m:02d}-15.tif", 20.0) for m in range(1, 12)]  # no December
    with pytest.raises(
        QgsProcessingException, match=r"no scene falls in month\(s\) 12, and gap filling is off"
    ):
        run(
            "monthlycomposite",
            {
                "INPUTS": inputs,
                "METHOD": "mean",
                "FILL_GAPS": False,
                "VARIABLE": "temperature",
                "OUTPUT": str(tmp_path / "t.tif"),
            },
        )


def test_undatable_scene_is_named_and_explicit_dates_work(tmp_path):
    inputs = [scene(tmp_path, "冬季 合成.tif", 0.3), scene(tmp_path, "summer.tif", 0.8)]
    with pytest.raises(QgsProcessingException, match="Cannot tell the date of '冬季 合成.tif'"):
        run(
            "monthlycomposite",
            {"INPUTS": inputs, "METHOD": "max", "OUTPUT": str(tmp_path / "c.tif")},
        )
    results, _ = run(
        "monthlycomposite",
        {
            "INPUTS": inputs,
            "METHOD": "max",
            "DATES": "1\n7",
            "ALLOW_FEW_MONTHS": True,
            "OUTPUT": str(tmp_path / "c.tif"),
        },
    )
    values = read_raster(results["OUTPUT"])[0][:, 0, 0]
    assert values[0] == pytest.approx(0.3) and values[6] == pytest.approx(0.8)


def test_dates_are_checked_before_running(tmp_path):
    inputs = [scene(tmp_path, "a.tif", 0.3), scene(tmp_path, "b.tif", 0.8)]
    with pytest.raises(QgsProcessingException, match=r"1 date\(s\) given for 2 scene\(s\)"):
        run(
            "monthlycomposite",
            {"INPUTS": inputs, "DATES": "2021-01-01", "OUTPUT": str(tmp_path / "c.tif")},
        )


def test_kelvin_temperatures_are_refused_unless_offset(tmp_path):
    inputs = [scene(tmp_path, f"t_2021-{m:02d}-15.tif", 293.15) for m in range(1, 13)]
    with pytest.raises(QgsProcessingException, match="look like Kelvin"):
        run(
            "monthlycomposite",
            {
                "INPUTS": inputs,
                "METHOD": "mean",
                "VARIABLE": "temperature",
                "OUTPUT": str(tmp_path / "t.tif"),
            },
        )
    results, _ = run(
        "monthlycomposite",
        {
            "INPUTS": inputs,
            "METHOD": "mean",
            "VARIABLE": "temperature",
            "OFFSET": -273.15,
            "OUTPUT": str(tmp_path / "t.tif"),
        },
    )
    assert read_raster(results["OUTPUT"])[0][5, 0, 0] == pytest.approx(20.0, abs=1e-4)


def test_grids_and_the_reference(tmp_path):
    a = scene(tmp_path, "a_20210115.tif", 0.2)
    b = write_raster(
        tmp_path / "b_20210215.tif",
        np.arange(16, dtype=np.float32).reshape(4, 4) / 20,
        pixel=15,
        nodata=-9999,
    )
    with pytest.raises(
        QgsProcessingException, match=r"not on the same grid.*carbonsink:align.*REFERENCE\]"
    ):
        run(
            "monthlycomposite",
            {
                "INPUTS": [a, b],
                "METHOD": "max",
                "ALLOW_FEW_MONTHS": True,
                "OUTPUT": str(tmp_path / "c.tif"),
            },
        )
    # With the 30 m scene as reference, the 15 m scene is averaged 2×2:
    # (0 + 1 + 4 + 5)/4/20 = 0.125, (2+3+6+7)/4/20 = 0.225, (8+9+12+13)/80 = 0.525, 0.625.
    results, log = run(
        "monthlycomposite",
        {
            "INPUTS": [a, b],
            "METHOD": "max",
            "REFERENCE": a,
            "FILL_GAPS": True,
            "ALLOW_FEW_MONTHS": True,
            "OUTPUT": str(tmp_path / "c.tif"),
        },
    )
    values = read_raster(results["OUTPUT"])[0]
    assert values[1].ravel().tolist() == pytest.approx([0.125, 0.225, 0.525, 0.625])
    assert "warped to the reference grid (average)" in log


def test_scene_outside_the_reference(tmp_path):
    a = scene(tmp_path, "a_20210115.tif", 0.2)
    far = scene(tmp_path, "远处 20210215.tif", 0.3, origin=(800000.0, 3000000.0))
    with pytest.raises(QgsProcessingException, match="'远处 20210215.tif' does not overlap"):
        run(
            "monthlycomposite",
            {
                "INPUTS": [a, far],
                "METHOD": "max",
                "REFERENCE": a,
                "ALLOW_FEW_MONTHS": True,
                "OUTPUT": str(tmp_path / "c.tif"),
            },
        )
