"""carbonsink:stations on CMA station files as delivered (layouts: tests/core/test_cma_stations.py
and tests/data/README.md — V3.0 as documented in github.com/CUG-Flood/tidymet,
inst/Document/meteV3_variables_format.md; values hand-made)."""

import re

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from stage1_support import chinese_folder, copy_data, run
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")

# A 0.01° WGS84 grid whose pixel (row 65, col 70) is centred on station 59493 (114.00°E,
# 22.55°N): 113.295 + 70.5·0.01 = 114.0, 23.205 − 65.5·0.01 = 22.55. IDW on a station = its
# value; the DEM there is 63 m, the station's elevation, so the lapse-rate terms cancel.
ORIGIN = (113.295, 23.205)
ROW, COL = 65, 70


def grids(folder, dem_value=63.0):
    reference = write_raster(
        folder / "参考 网格.tif", np.zeros((70, 80), np.float32), origin=ORIGIN, pixel=0.01,
        epsg=4326,
    )  # fmt: skip
    dem = write_raster(
        folder / "高程.tif", np.full((70, 80), dem_value, np.float32), origin=ORIGIN,
        pixel=0.01, epsg=4326,
    )  # fmt: skip
    return reference, dem


def test_bufr_code_txt_export_runs_by_path_with_a_dem(tmp_path):
    # A .txt path was refused by QGIS's layer check before ("Could not load source layer").
    folder = chinese_folder(tmp_path)
    export = copy_data("cma/S201912310830123456789.txt", folder)
    reference, dem = grids(folder)
    results, log = run(
        "stations",
        {
            "STATIONS": str(export),
            "VARIABLE": "temperature",
            "REFERENCE": reference,
            "DEM": dem,
            "OUTPUT": str(folder / "气温.tif"),
        },
    )
    values = read_raster(results["OUTPUT"])[0]
    # 59493 (63.0 m, DEM 63 m): January 14.4 °C, December 16.5 °C at its pixel.
    assert values[0, ROW, COL] == pytest.approx(14.4, abs=1e-4)
    assert values[11, ROW, COL] == pytest.approx(16.5, abs=1e-4)
    assert "read as a CMA BUFR-code export (monthly, column V12001)" in log


def test_tianqing_csv_with_elevations_in_decimetres_is_stopped(tmp_path):
    # 630 in Alti (0.1 m read as metres) against a DEM of 63 m: 14.4 + 0.0065·(630 − 63) =
    # 18.09 °C at the station before; now the run stops and names the station.
    folder = chinese_folder(tmp_path)
    text = copy_data("cma/tianqing_monthly_2019.csv", folder).read_text(encoding="utf-8")
    wrong = folder / "天擎 十倍.csv"
    wrong.write_text(text.replace(",63.0,", ",630.0,"), encoding="utf-8")
    reference, dem = grids(folder)
    parameters = {
        "STATIONS": str(wrong),
        "VARIABLE": "temperature",
        "REFERENCE": reference,
        "DEM": dem,
        "OUTPUT": str(folder / "t.tif"),
    }
    with pytest.raises(QgsProcessingException, match=r"about 10 times .*59493 深圳: 630.0 m"):
        run("stations", parameters)
    assert not (folder / "t.tif").exists()
    results, log = run("stations", dict(parameters, IGNORE_UNIT_CHECKS=True))
    assert "about 10 times" in log
    values = read_raster(results["OUTPUT"])[0]
    assert values[0, ROW, COL] == pytest.approx(14.4 + 0.0065 * (630 - 63), abs=1e-4)


def write_year_of_daily_files(folder, station="59493", z=630):
    """12 daily TEM files for 2019, every day of month m at (140 + m) tenths of °C."""
    import calendar

    for month in range(1, 13):
        lines = [
            f"{station:>5}  2233  11400 {z:>7}  2019 {month:>3} {day:>3} {140 + month:>7}"
            f" {150 + month:>7} {130 + month:>7}  0  0  0"
            for day in range(1, calendar.monthrange(2019, month)[1] + 1)
        ]
        path = folder / f"SURF_CLI_CHN_MUL_DAY-TEM-12001-2019{month:02d}.TXT"
        path.write_text("\n".join(lines) + "\n")


def test_a_folder_of_v3_daily_files_becomes_twelve_monthly_bands(tmp_path):
    folder = chinese_folder(tmp_path)
    daily = folder / "SURF_CLI_CHN_MUL_DAY 2019"
    daily.mkdir()
    write_year_of_daily_files(daily)
    reference, dem = grids(folder)
    results, log = run(
        "stations",
        {
            "STATIONS": str(daily),
            "VARIABLE": "temperature",
            "REFERENCE": reference,
            "DEM": dem,
            "OUTPUT": str(folder / "月均温.tif"),
        },
    )
    values = read_raster(results["OUTPUT"])[0]
    # Month m: the daily mean (140 + m)/10 °C; elevation 630 × 0.1 = 63.0 m = the DEM.
    expected = [(140 + m) / 10 for m in range(1, 13)]
    assert values[:, ROW, COL] == pytest.approx(expected, abs=1e-4)
    assert "12 file(s) read from the folder" in log
    assert "daily values aggregated to 12 station-month(s): monthly mean" in log


def test_a_delimited_text_layer_keeps_its_own_delimiter(tmp_path):
    # ':' is not among the delimiters the plugin sniffs; the layer says it.
    folder = chinese_folder(tmp_path)
    months = ":".join(f"{m}月" for m in range(1, 13))
    path = folder / "站点 冒号.txt"
    path.write_text(
        f"站号:经度:纬度:{months}\n"
        + "A:114.0:22.55:" + ":".join(["20"] * 12) + "\n"
        + "B:114.3:22.70:" + ":".join(["10"] * 12) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    layer = QgsVectorLayer(
        path.as_uri() + "?type=csv&delimiter=:&geomType=none&detectTypes=no", "t",
        "delimitedtext",
    )  # fmt: skip
    assert layer.isValid() and not layer.isSpatial()
    reference, _dem = grids(folder)
    results, _log = run(
        "stations",
        {"STATIONS": layer, "VARIABLE": "temperature", "REFERENCE": reference,
         "OUTPUT": str(folder / "t.tif")},
    )  # fmt: skip
    assert read_raster(results["OUTPUT"])[0][0, ROW, COL] == pytest.approx(20.0, abs=1e-4)


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("SURF_CLI_CHN_MUL_MON-TEM-12001-2019.TXT", b"", "is empty (0 bytes)"),
        ("站点.dat", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image"),
        ("站点.txt", b"59493 2233 11400 630 2019 1 144\n", "is text with a single line"),
    ],
)
def test_a_file_read_by_the_plugin_that_is_not_a_table_says_what_it_is(tmp_path, name, content,
                                                                       what):  # fmt: skip
    # .txt/.dat paths skip QGIS's layer check (read by the plugin), so the plugin's reader says
    # what the file is, before the run, as main's check does for files QGIS cannot open.
    folder = chinese_folder(tmp_path)
    stations = folder / name
    stations.write_bytes(content)
    reference, _dem = grids(folder)
    pattern = re.escape(f"[STATIONS]: '{name}' {what}")
    with pytest.raises(QgsProcessingException, match=pattern) as raised:
        run("stations", {"STATIONS": str(stations), "REFERENCE": reference,
                         "OUTPUT": str(folder / "t.tif")})  # fmt: skip
    assert "A station table is a CSV text file (UTF-8 or GBK)" in str(raised.value)
    assert stations.read_bytes() == content and not (folder / "t.tif").exists()
