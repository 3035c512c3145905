"""carbonsink:stations: GBK tables with Chinese headers, point layers, DEM, KNMI, sunshine."""

import csv

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException
from stage1_support import chinese_folder, copy_data, run
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")

MONTHS = [f"{m}月" for m in range(1, 13)]
# Test fixtures in the layout of the Shenzhen sample (values invented for the tests).
SHENZHEN = [
    [
        "59493",
        "深圳",
        114.00,
        22.54,
        63.0,
        [15.4, 16.4, 19.1, 22.9, 26.2, 27.9, 28.8, 28.6, 27.6, 25.0, 20.9, 16.7],
    ],
    [
        "G1101",
        "梧桐山",
        114.20,
        22.58,
        943.0,
        [10.2, 11.0, 13.9, 17.6, 20.7, 22.4, 23.2, 23.0, 22.1, 19.7, 15.6, 11.5],
    ],
    [
        "G1102",
        "宝安",
        113.82,
        22.67,
        10.0,
        [15.1, 16.2, 19.0, 22.8, 26.3, 28.1, 28.9, 28.7, 27.7, 25.0, 20.7, 16.4],
    ],
]


def gbk_table(path, rows, header=("站号", "站名", "经度", "纬度", "海拔")):
    with open(path, "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(header) + MONTHS)
        for row in rows:
            writer.writerow(row[:5] + row[5])
    return str(path)


def test_idw_cell_by_hand_from_a_gbk_table_in_projected_coordinates(tmp_path):
    folder = chinese_folder(tmp_path)
    # Stations in CGCS2000 / GK CM 114E metres: A (500000, 2500000) = 10, B (500100, 2500000)
    # = 20, C (500000, 2500200) = 30 °C. Grid: 100 m pixels from (500000, 2500100), so pixel
    # (0, 0) has its centre at (500050, 2500050):
    #   d² = 5 000, 5 000, 25 000 → w = 2e-4, 2e-4, 4e-5
    #   T = (10·2e-4 + 20·2e-4 + 30·4e-5)/4.4e-4 = 0.0072/0.00044 = 16.3636 °C
    rows = [
        ["A", "甲", 500000, 2500000, 0, [10.0] * 12],
        ["B", "乙", 500100, 2500000, 0, [20.0] * 12],
        ["C", "丙", 500000, 2500200, 0, [30.0] * 12],
    ]
    table = gbk_table(folder / "气温 站点.csv", rows, ("站号", "站名", "X", "Y", "海拔"))
    reference = write_raster(
        folder / "参考.tif", np.zeros((2, 2), np.float32), pixel=100, origin=(500000.0, 2500100.0)
    )
    out = folder / "月 气温.tif"
    results, log = run(
        "stations",
        {
            "STATIONS": table,
            "VARIABLE": "temperature",
            "REFERENCE": reference,
            "CSV_CRS": "EPSG:4547",
            "OUTPUT": str(out),
        },
    )
    values, nodata = read_raster(out)
    assert values.shape == (12, 2, 2) and nodata == [-9999] * 12
    assert values[0, 0, 0] == pytest.approx(0.0072 / 0.00044, abs=1e-4)
    assert values[6, 0, 0] == pytest.approx(0.0072 / 0.00044, abs=1e-4)
    assert "Read '气温 站点.csv' as GBK/GB18030 text" in log
    assert gdal.Open(str(out)).GetRasterBand(7).GetDescription() == "month=07"


def shenzhen_reference(folder, pixel=1000.0):
    """A 45 km × 30 km grid over Shenzhen in CGCS2000 / GK CM 114E."""
    return write_raster(
        folder / "深圳 网格.tif",
        np.zeros((30, 45), np.float32),
        pixel=pixel,
        origin=(480000.0, 2515000.0),
    )


def test_gbk_lon_lat_table_equals_the_same_stations_as_a_point_layer(tmp_path):
    folder = chinese_folder(tmp_path)
    table = gbk_table(folder / "深圳 气温.csv", SHENZHEN)
    reference = shenzhen_reference(folder)
    from_csv, log = run(
        "stations",
        {
            "STATIONS": table,
            "VARIABLE": "temperature",
            "REFERENCE": reference,
            "OUTPUT": str(folder / "csv.tif"),
            "OUTPUT_STATIONS": "TEMPORARY_OUTPUT",
        },
    )
    assert "columns used: station = 站号, x = 经度, y = 纬度, elevation = 海拔, name = 站名" in log
    # The same stations as a WGS84 point layer (reprojected by the algorithm).
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    gpkg = str(folder / "站点 图层.gpkg")
    datasource = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    layer = datasource.CreateLayer("stations", wgs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("站号", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("海拔", ogr.OFTReal))
    for month in MONTHS:
        layer.CreateField(ogr.FieldDefn(month, ogr.OFTReal))
    for station, _name, lon, lat, z, values in SHENZHEN:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("站号", station)
        feature.SetField("海拔", z)
        for month, value in zip(MONTHS, values):
            feature.SetField(month, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
        layer.CreateFeature(feature)
    datasource = layer = feature = None
    from_layer, _ = run(
        "stations",
        {
            "STATIONS": gpkg,
            "VARIABLE": "temperature",
            "REFERENCE": reference,
            "OUTPUT": str(folder / "layer.tif"),
        },
    )
    np.testing.assert_allclose(
        read_raster(from_csv["OUTPUT"])[0], read_raster(from_layer["OUTPUT"])[0]
    )
    # The stations as used: coordinates in the grid's CRS, independently transformed here.
    gk = osr.SpatialReference()
    gk.ImportFromEPSG(4547)
    for s in (wgs, gk):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(wgs, gk).TransformPoint(114.0, 22.54)
    points = {f["station"]: f for f in from_csv["OUTPUT_STATIONS"].getFeatures()}
    assert points["59493"]["x"] == pytest.approx(x, abs=0.01)
    assert points["59493"]["y"] == pytest.approx(y, abs=0.01)
    assert points["G1101"]["m07"] == pytest.approx(23.2) and points["G1101"]["inside"] == 1
    # A pixel containing a station is close to that station's value (IDW is exact on it).
    values = read_raster(from_csv["OUTPUT"])[0]
    col, row = int((x - 480000) // 1000), int((2515000 - y) // 1000)
    assert abs(values[6, row, col] - 28.8) < 1.0


def test_lapse_rate_correction_with_a_dem_by_hand(tmp_path):
    folder = chinese_folder(tmp_path)
    # One station at 100 m with 20 °C every month: T₀ = 20 + 0.0065·100 = 20.65 °C at sea level.
    # DEM 500 m → 20.65 − 3.25 = 17.4 °C; DEM 100 m → 20.0 °C; DEM nodata → nodata.
    table = gbk_table(folder / "站.csv", [["1", "山", 114.0, 22.6, 100.0, [20.0] * 12]])
    reference = shenzhen_reference(folder)
    dem_values = np.full((30, 45), 500.0, np.float32)
    dem_values[0, 0], dem_values[0, 1] = 100.0, -32768
    dem = write_raster(
        folder / "高程 DEM.tif",
        dem_values,
        pixel=1000.0,
        origin=(480000.0, 2515000.0),
        nodata=-32768,
    )
    results, log = run(
        "stations",
        {
            "STATIONS": table,
            "VARIABLE": "temperature",
            "REFERENCE": reference,
            "DEM": dem,
            "OUTPUT": str(folder / "t.tif"),
        },
    )
    values = read_raster(results["OUTPUT"])[0]
    assert values[3, 5, 5] == pytest.approx(17.4, abs=1e-4)
    assert values[3, 0, 0] == pytest.approx(20.0, abs=1e-4)
    assert np.isnan(values[:, 0, 1]).all()
    assert "reduced to sea level with 0.0065" in log
    # A DEM on another grid is refused with a pointer to carbonsink:align.
    other = write_raster(folder / "dem90.tif", np.zeros((3, 3), np.float32), pixel=90)
    with pytest.raises(
        QgsProcessingException, match=r"DEM\] is not on the grid .*carbonsink:align"
    ):
        run(
            "stations",
            {
                "STATIONS": table,
                "VARIABLE": "temperature",
                "REFERENCE": reference,
                "DEM": other,
                "OUTPUT": str(folder / "u.tif"),
            },
        )


def test_the_real_knmi_table(tmp_path):
    """KNMI De Bilt 2010–2019: long table, radiation already MJ·m⁻², a single station."""
    folder = chinese_folder(tmp_path)
    table = copy_data("knmi_debilt_260_monthly_2010_2019.csv", folder)
    rd, wgs = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)  # Amersfoort / RD New
    wgs.ImportFromEPSG(4326)
    for s in (rd, wgs):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(wgs, rd).TransformPoint(5.18, 52.10)
    reference = write_raster(
        folder / "de bilt.tif",
        np.zeros((5, 5), np.float32),
        epsg=28992,
        pixel=1000.0,
        origin=(round(x) - 2500, round(y) + 2500),
    )
    results, log = run(
        "stations",
        {
            "STATIONS": str(table),
            "VARIABLE": "radiation",
            "REFERENCE": reference,
            "RADIATION_UNIT": "MJ_m2_month",
            "LOCATION": "5.18,52.10 [EPSG:4326]",
            "OUTPUT": str(folder / "radiation.tif"),
        },
    )
    with open(table, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected = [
        np.mean([float(r["rs_MJm2"]) for r in rows if int(r["month"][5:]) == m])
        for m in range(1, 13)
    ]
    values = read_raster(results["OUTPUT"])[0]
    assert values[:, 2, 2] == pytest.approx(expected, rel=1e-6)
    assert np.allclose(values, values[:, :1, :1])  # one station: the same everywhere
    assert "10 years (2010–2019) averaged month by month" in log
    # Given as J·cm⁻² by mistake: caught.
    with pytest.raises(QgsProcessingException, match="do not fit the chosen unit \\(MJ_m2_day\\)"):
        run(
            "stations",
            {
                "STATIONS": str(table),
                "VARIABLE": "radiation",
                "REFERENCE": reference,
                "RADIATION_UNIT": "MJ_m2_day",
                "LOCATION": "5.18,52.10 [EPSG:4326]",
                "OUTPUT": str(folder / "bad.tif"),
            },
        )


def test_stations_far_from_the_grid(tmp_path):
    folder = chinese_folder(tmp_path)
    table = gbk_table(folder / "站.csv", SHENZHEN)
    far = write_raster(
        folder / "far.tif", np.zeros((3, 3), np.float32), origin=(500000.0, 4500000.0)
    )
    out = folder / "t.tif"
    with pytest.raises(
        QgsProcessingException, match="no station lies on or near the reference grid"
    ):
        run(
            "stations",
            {"STATIONS": table, "VARIABLE": "temperature", "REFERENCE": far, "OUTPUT": str(out)},
        )
    assert not out.exists()
    # Swapped columns (纬度 first, labelled 经度) are named as such.
    swapped = [[r[0], r[1], r[3], r[2], r[4], r[5]] for r in SHENZHEN]
    table = gbk_table(folder / "swapped.csv", swapped)
    with pytest.raises(QgsProcessingException, match="longitude and latitude look swapped"):
        run(
            "stations",
            {
                "STATIONS": table,
                "VARIABLE": "temperature",
                "REFERENCE": shenzhen_reference(folder),
                "OUTPUT": str(out),
            },
        )


def test_missing_months_kelvin_and_duplicates_through_processing(tmp_path):
    folder = chinese_folder(tmp_path)
    reference = shenzhen_reference(folder)
    rows = [r[:5] + [list(r[5])] for r in SHENZHEN]
    rows[2][5][7] = ""  # 宝安, August
    table = gbk_table(folder / "缺测.csv", rows)
    with pytest.raises(QgsProcessingException, match=r"G1102 宝安: month\(s\) 8"):
        run(
            "stations",
            {
                "STATIONS": table,
                "VARIABLE": "temperature",
                "REFERENCE": reference,
                "OUTPUT": str(folder / "a.tif"),
            },
        )
    results, _ = run(
        "stations",
        {
            "STATIONS": table,
            "VARIABLE": "temperature",
            "REFERENCE": reference,
            "SKIP_MISSING": True,
            "OUTPUT": str(folder / "a.tif"),
        },
    )
    assert np.isfinite(read_raster(results["OUTPUT"])[0]).all()
    kelvin = [r[:5] + [[v + 273.15 for v in r[5]]] for r in SHENZHEN]
    with pytest.raises(QgsProcessingException, match=r"look like Kelvin.*TEMPERATURE_UNIT"):
        run(
            "stations",
            {
                "STATIONS": gbk_table(folder / "K.csv", kelvin),
                "VARIABLE": "temperature",
                "REFERENCE": reference,
                "OUTPUT": str(folder / "b.tif"),
            },
        )
    results, _ = run(
        "stations",
        {
            "STATIONS": gbk_table(folder / "K.csv", kelvin),
            "VARIABLE": "temperature",
            "TEMPERATURE_UNIT": "K",
            "REFERENCE": reference,
            "OUTPUT": str(folder / "b.tif"),
        },
    )
    np.testing.assert_allclose(
        read_raster(results["OUTPUT"])[0],
        read_raster(
            run(
                "stations",
                {
                    "STATIONS": gbk_table(folder / "C.csv", SHENZHEN),
                    "VARIABLE": "temperature",
                    "REFERENCE": reference,
                    "OUTPUT": str(folder / "c.tif"),
                },
            )[0]["OUTPUT"]
        )[0],
        atol=1e-4,
    )
    with pytest.raises(QgsProcessingException, match="station '59493' appears twice"):
        run(
            "stations",
            {
                "STATIONS": gbk_table(folder / "dup.csv", SHENZHEN + SHENZHEN[:1]),
                "VARIABLE": "temperature",
                "REFERENCE": reference,
                "OUTPUT": str(folder / "d.tif"),
            },
        )


def test_sunshine_hours_to_radiation_fao56_example(tmp_path):
    # Rio de Janeiro (22°54′S, 43°10′W), 7.1 h of sunshine a day: FAO-56 example 10 gives
    # Rs = 14.5 MJ·m⁻²·d⁻¹ on 15 May, so May's total is ≈ 31 × 14.5 = 449.5 MJ·m⁻².
    table = tmp_path / "rio.csv"
    table.write_text(
        "station,lon,lat,"
        + ",".join(f"M{m:02d}" for m in range(1, 13))
        + "\n"
        + "83743,-43.1667,-22.9,"
        + ",".join(["220.1"] * 12)
        + "\n",
        encoding="utf-8",
    )
    reference = write_raster(
        tmp_path / "rio.tif",
        np.zeros((3, 3), np.float32),
        epsg=4326,
        pixel=0.01,
        origin=(-43.18, -22.89),
    )
    results, log = run(
        "stations",
        {
            "STATIONS": str(table),
            "VARIABLE": "sunshine",
            "REFERENCE": reference,
            "OUTPUT": str(tmp_path / "rs.tif"),
        },
    )
    may = read_raster(results["OUTPUT"])[0][4]
    assert may == pytest.approx(np.full((3, 3), 31 * 14.5), rel=0.01)
    assert "Rs = (0.25 + 0.5·n/N)·Ra (FAO-56)" in log
