"""Station tables, FAO-56 radiation, unit conversions and IDW against worked values."""

import csv
import math
from pathlib import Path

import numpy as np
import pytest

from carbonsink_plugin.core import stations
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.stations import FieldNames, StationOptions

DATA = Path(__file__).resolve().parent.parent / "data"
KNMI = DATA / "knmi_debilt_260_monthly_2010_2019.csv"
MONTH_HEADERS = [f"{m}月" for m in range(1, 13)]


# --- FAO-56 worked examples (Allen et al. 1998, chapter 3) ----------------------------------


def test_fao56_example_8_extraterrestrial_radiation():
    # Example 8: 20°S on 3 September (J = 246): Ra = 32.2 MJ·m⁻²·d⁻¹.
    ra, _n = stations.extraterrestrial_daily(-20.0, 246)
    assert ra == pytest.approx(32.2, abs=0.05)


def test_fao56_example_9_daylight_hours():
    # Example 9: same place and day: N = 11.7 h.
    _ra, n = stations.extraterrestrial_daily(-20.0, 246)
    assert n == pytest.approx(11.7, abs=0.05)


def test_fao56_example_10_angstrom_radiation():
    # Example 10: Rio de Janeiro, 22°54′S, 15 May (J = 135), n = 7.1 h:
    # Ra = 25.1 MJ·m⁻²·d⁻¹, N = 10.9 h, Rs = (0.25 + 0.50·7.1/10.9)·25.1 = 14.5 MJ·m⁻²·d⁻¹.
    lat = -(22 + 54 / 60)
    ra, n = stations.extraterrestrial_daily(lat, 135)
    assert ra == pytest.approx(25.1, abs=0.05)
    assert n == pytest.approx(10.9, abs=0.05)
    assert (0.25 + 0.5 * 7.1 / n) * ra == pytest.approx(14.5, abs=0.05)


def test_monthly_sums_match_the_mid_month_worked_values():
    # Ra and N change almost linearly within a month, so their May sums at 22°54′S are close to
    # 31 × the 15-May values of example 10 (31 × 25.1 = 778.1 MJ·m⁻², 31 × 10.9 = 337.9 h).
    # With 7.1 h of sunshine every day (220.1 h in May): Rs ≈ 31 × 14.5 = 449.5 MJ·m⁻².
    lat = -(22 + 54 / 60)
    ra, n = stations.monthly_ra_and_daylength([lat])
    assert ra[0, 4] == pytest.approx(31 * 25.1, rel=0.01)
    assert n[0, 4] == pytest.approx(31 * 10.9, rel=0.01)
    hours = np.zeros((1, 12))
    hours[0, 4] = 7.1 * 31
    rs, relative = stations.angstrom_radiation(hours, [lat])
    assert relative[0, 4] == pytest.approx(7.1 / 10.9, rel=0.01)
    assert rs[0, 4] == pytest.approx(31 * 14.5, rel=0.01)
    # No sunshine at all: Rs = a·Ra (the diffuse part only).
    assert rs[0, 0] == pytest.approx(0.25 * ra[0, 0])


def test_equator_days_last_twelve_hours_all_year():
    # At the equator the day is 12 h long all year (to within the equations' rounding).
    _, n = stations.extraterrestrial_monthly(0.0, 2021)
    assert n == pytest.approx(12.0 * stations.days_in_months(2021), rel=1e-6)
    # A latitude array keeps its shape behind the month axis (the sample-data grids use it).
    ra, _ = stations.extraterrestrial_monthly(np.array([[22.6, -20.0]]), 2021)
    assert ra.shape == (12, 1, 2)


def test_polar_night_and_days_of_a_leap_year():
    # At 80°N in mid-December the sun does not rise: N = 0 and Ra = 0.
    ra, n = stations.extraterrestrial_daily(80.0, 350)
    assert n == pytest.approx(0.0, abs=1e-9) and ra == pytest.approx(0.0, abs=1e-9)
    assert stations.days_in_months(2020)[1] == 29 and stations.days_in_months(None)[1] == 28


# --- units -------------------------------------------------------------------------------


def test_radiation_unit_conversions_by_hand():
    ones = np.ones((1, 12))
    # 1 J·cm⁻² = 10⁴ J·m⁻² = 0.01 MJ·m⁻²
    assert stations.to_standard_units(ones * 30000, "radiation", "J_cm2_month")[0, 0] == 300
    assert stations.to_standard_units(ones * 30000, "radiation", "0.01MJ_m2_month")[0, 0] == 300
    # 1 kWh = 3.6 MJ
    assert stations.to_standard_units(ones * 100, "radiation", "kWh_m2_month")[0, 0] == 360
    # mean 150 W·m⁻² over January: 150 × 31 × 86 400 s = 401.76 MJ·m⁻²
    w = stations.to_standard_units(ones * 150, "radiation", "W_m2")
    assert w[0, 0] == pytest.approx(401.76)
    # daily means of 12 MJ·m⁻²: February has 28 days (29 in 2020)
    daily = stations.to_standard_units(ones * 12, "radiation", "MJ_m2_day")
    assert daily[0, 1] == pytest.approx(336)
    leap = stations.to_standard_units(ones * 12, "radiation", "MJ_m2_day", year=2020)
    assert leap[0, 1] == pytest.approx(348)


def test_temperature_and_precipitation_units():
    assert stations.to_standard_units([[293.15] * 12], "temperature", "K")[0, 0] == pytest.approx(
        20.0
    )
    assert stations.to_standard_units([[235] * 12], "temperature", "0.1C")[0, 0] == 23.5
    assert stations.to_standard_units([[0.25] * 12], "precipitation", "m")[0, 0] == 250
    assert stations.to_standard_units([[2505] * 12], "precipitation", "0.1mm")[0, 0] == 250.5


# --- IDW ---------------------------------------------------------------------------------


def test_idw_cell_by_hand():
    # Stations A (0, 0) = 10, B (100, 0) = 20, C (0, 200) = 40; cell centre (50, 50):
    #   d² = 5 000, 5 000, 25 000 → w = 1/d² = 2e-4, 2e-4, 4e-5 (power 2)
    #   z = (10·2e-4 + 20·2e-4 + 40·4e-5) / (2e-4 + 2e-4 + 4e-5) = 0.0076 / 0.00044 = 17.2727…
    sx, sy = [0.0, 100.0, 0.0], [0.0, 0.0, 200.0]
    values = np.array([[10.0], [20.0], [40.0]])
    z = stations.idw(sx, sy, values, [50.0], [50.0])
    assert z[0, 0] == pytest.approx(0.0076 / 0.00044)
    # The two nearest only (A, B at 70.7 m): (10 + 20)/2 = 15; the same with a 80 m radius.
    assert stations.idw(sx, sy, values, [50.0], [50.0], neighbors=2)[0, 0] == pytest.approx(15)
    assert stations.idw(sx, sy, values, [50.0], [50.0], radius=80)[0, 0] == pytest.approx(15)
    # No station within 50 m → nodata.
    assert np.isnan(stations.idw(sx, sy, values, [50.0], [50.0], radius=50)[0, 0])
    # Power 1: w = 1/70.71, 1/70.71, 1/158.11 → (10+20)/70.71 + 40/158.11 over the weights.
    w = np.array([1 / math.sqrt(5000), 1 / math.sqrt(5000), 1 / math.sqrt(25000)])
    expected = (w * [10, 20, 40]).sum() / w.sum()
    assert stations.idw(sx, sy, values, [50.0], [50.0], power=1)[0, 0] == pytest.approx(expected)


def test_idw_on_a_station_and_with_a_missing_month():
    sx, sy = [0.0, 100.0], [0.0, 0.0]
    values = np.array([[10.0, 5.0], [20.0, np.nan]])
    z = stations.idw(sx, sy, values, [0.0, 25.0], [0.0, 0.0])
    assert z[0, 0] == pytest.approx(10.0)  # on station A exactly
    # At x = 25: w = 1/625, 1/5625 → (10/625 + 20/5625)/(1/625 + 1/5625) = 11.0
    assert z[0, 1] == pytest.approx(11.0)
    # Month 2 has only A: every point gets 5.
    assert z[1].tolist() == pytest.approx([5.0, 5.0])


def test_great_circle_distances_in_a_geographic_grid():
    # One degree of latitude on a sphere of R = 6 371 008.8 m is 111 195 m.
    d = stations._distances(
        np.array([114.0]), np.array([22.0]), np.array([114.0]), np.array([23.0]), True, 1.0
    )
    assert d[0, 0] == pytest.approx(math.radians(1) * 6371008.8)


# --- tables --------------------------------------------------------------------------------


def write_csv(path, header, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


SHENZHEN_ROWS = [  # station id, name, lon, lat, elevation, 12 monthly mean temperatures (°C)
    ["59493", "深圳", 114.0, 22.54, 63.0]
    + [15.4, 16.4, 19.1, 22.9, 26.2, 27.9, 28.8, 28.6, 27.6, 25.0, 20.9, 16.7],
    ["59289", "东莞", 113.73, 23.03, 56.0]
    + [14.2, 15.2, 18.2, 22.2, 25.8, 27.8, 28.8, 28.7, 27.3, 24.6, 20.2, 15.8],
]


def test_gbk_csv_with_chinese_headers(tmp_path):
    folder = tmp_path / "气象 站点"
    folder.mkdir()
    path = write_csv(
        folder / "深圳 气温.csv",
        ["站号", "站名", "经度", "纬度", "海拔"] + MONTH_HEADERS,
        SHENZHEN_ROWS,
        encoding="gbk",
    )
    table = stations.read_csv(path)
    assert table.encoding == "GBK/GB18030"
    data = stations.parse_table(table, "temperature", crs_wkt=stations.wgs84_wkt())
    assert data.layout == "wide"
    assert data.ids == ["59493", "59289"] and data.names == ["深圳", "东莞"]
    assert data.columns["x"] == "经度" and data.columns["elevation"] == "海拔"
    assert data.values[0].tolist() == SHENZHEN_ROWS[0][5:]
    assert data.z.tolist() == [63.0, 56.0]


def test_utf8_bom_semicolons_decimal_commas_and_english_months(tmp_path):
    path = tmp_path / "stations.csv"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    lines = ["station;lat;lon;" + ";".join(months)]
    lines.append("A;22,5;114,1;" + ";".join(f"{m},5" for m in range(12)))
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    table = stations.read_csv(str(path))
    data = stations.parse_table(table, "temperature", crs_wkt=stations.wgs84_wkt())
    assert data.x.tolist() == [114.1] and data.y.tolist() == [22.5]
    assert data.values[0].tolist() == [m + 0.5 for m in range(12)]


@pytest.mark.parametrize(
    "headers",
    [
        [f"M{m:02d}" for m in range(1, 13)],
        [f"month_{m:02d}" for m in range(1, 13)],
        [str(m) for m in range(1, 13)],
        [
            "一月",
            "二月",
            "三月",
            "四月",
            "五月",
            "六月",
            "七月",
            "八月",
            "九月",
            "十月",
            "十一月",
            "十二月",
        ],
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    ],
)
def test_month_column_names(headers):
    assert [stations.month_of_header(h) for h in headers] == list(range(1, 13))


def test_degrees_minutes_text_coordinates():
    assert stations.parse_coordinate("22°33′N") == pytest.approx(22.55)
    assert stations.parse_coordinate("113°52'30\"E") == pytest.approx(113.875)
    assert stations.parse_coordinate("22度33分S") == pytest.approx(-22.55)


def test_missing_month_columns_are_named(tmp_path):
    path = write_csv(
        tmp_path / "t.csv",
        ["站号", "经度", "纬度"] + MONTH_HEADERS[:10],
        [["1", 114, 22] + [1] * 10],
    )
    with pytest.raises(InputError, match=r"none for month\(s\) 11, 12"):
        stations.parse_table(stations.read_csv(path), "temperature", crs_wkt=stations.wgs84_wkt())


def test_missing_values_stop_unless_allowed(tmp_path):
    rows = [r[:] for r in SHENZHEN_ROWS]
    rows[1][5 + 2] = ""  # 东莞, March
    rows[1][5 + 6] = "-9999"  # 东莞, July
    path = write_csv(
        tmp_path / "t.csv", ["站号", "站名", "经度", "纬度", "海拔"] + MONTH_HEADERS, rows
    )
    data = stations.parse_table(
        stations.read_csv(path), "temperature", crs_wkt=stations.wgs84_wkt()
    )
    with pytest.raises(InputError, match=r"missing values — 59289 东莞: month\(s\) 3, 7"):
        stations.monthly_values(data, StationOptions("temperature"))
    values, notes = stations.monthly_values(data, StationOptions("temperature", skip_missing=True))
    assert np.isnan(values[1, 2]) and "59289 东莞" in notes[0]


def test_duplicate_stations_are_refused(tmp_path):
    header = ["站号", "站名", "经度", "纬度", "海拔"] + MONTH_HEADERS
    rows = [SHENZHEN_ROWS[0], SHENZHEN_ROWS[0]]
    path = write_csv(tmp_path / "t.csv", header, rows)
    with pytest.raises(InputError, match="station '59493' appears twice \\(rows 2 and 3\\)"):
        stations.parse_table(stations.read_csv(path), "temperature", crs_wkt=stations.wgs84_wkt())
    moved = [SHENZHEN_ROWS[0], ["99999", "copy"] + SHENZHEN_ROWS[0][2:]]
    path = write_csv(tmp_path / "u.csv", header, moved)
    with pytest.raises(InputError, match="'59493' and '99999' have the same coordinates"):
        stations.parse_table(stations.read_csv(path), "temperature", crs_wkt=stations.wgs84_wkt())


def test_kelvin_and_other_unit_errors_are_caught(tmp_path):
    rows = [r[:5] + [v + 273.15 for v in r[5:]] for r in SHENZHEN_ROWS]
    path = write_csv(
        tmp_path / "t.csv", ["站号", "站名", "经度", "纬度", "海拔"] + MONTH_HEADERS, rows
    )
    data = stations.parse_table(
        stations.read_csv(path), "temperature", crs_wkt=stations.wgs84_wkt()
    )
    with pytest.raises(InputError, match="look like Kelvin"):
        stations.monthly_values(data, StationOptions("temperature"))
    values, _ = stations.monthly_values(data, StationOptions("temperature", unit="K"))
    assert values[0, 0] == pytest.approx(15.4)
    # Overriding the check keeps the values as they are (and says so).
    values, notes = stations.monthly_values(
        data, StationOptions("temperature", skip_unit_check=True)
    )
    assert values[0, 0] == pytest.approx(288.55) and "overridden" in notes[-1]


def test_swapped_longitude_latitude(tmp_path):
    path = write_csv(
        tmp_path / "t.csv",
        ["站号", "经度", "纬度"] + MONTH_HEADERS,
        [["1", 22.54, 114.0] + [20] * 12],
    )
    data = stations.parse_table(
        stations.read_csv(path), "temperature", crs_wkt=stations.wgs84_wkt()
    )
    with pytest.raises(InputError, match="look swapped"):
        stations.check_geographic_coordinates(data, "STATIONS", "CSV_CRS")


def test_the_knmi_record_as_a_long_table():
    """KNMI De Bilt, 2010–2019: long table (month = YYYY-MM), radiation already in MJ·m⁻²."""
    table = stations.read_csv(str(KNMI))
    data = stations.parse_table(
        table, "radiation", location=(5.18, 52.10), crs_wkt=stations.wgs84_wkt()
    )
    assert data.layout == "long" and data.columns["value"] == "rs_MJm2"
    assert data.years == list(range(2010, 2020))
    # Independent truth: the mean of each calendar month read with the csv module.
    with open(KNMI, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for month in (1, 6, 12):
        expected = np.mean([float(r["rs_MJm2"]) for r in rows if int(r["month"][5:]) == month])
        assert data.values[0, month - 1] == pytest.approx(expected)
    values, notes = stations.monthly_values(data, StationOptions("radiation"))
    assert values[0, 5] == pytest.approx(data.values[0, 5])  # MJ·m⁻²: no conversion
    # One year only: June 2015 as in the file.
    june_2015 = next(float(r["rs_MJm2"]) for r in rows if r["month"] == "2015-06")
    single = stations.parse_table(
        table, "radiation", location=(5.18, 52.10), crs_wkt=stations.wgs84_wkt(), year=2015
    )
    assert single.values[0, 5] == pytest.approx(june_2015)
    with pytest.raises(InputError, match="no rows for the year 1990; the table holds 2010–2019"):
        stations.parse_table(table, "radiation", location=(5, 52), crs_wkt="", year=1990)


def test_knmi_value_columns_follow_the_variable():
    table = stations.read_csv(str(KNMI))
    for variable, column in (("temperature", "tmean_c"), ("precipitation", "precip_mm")):
        data = stations.parse_table(table, variable, location=(5.18, 52.1), crs_wkt="")
        assert data.columns["value"] == column
    with pytest.raises(InputError, match="which column holds the sunshine values"):
        stations.parse_table(table, "sunshine", location=(5.18, 52.1), crs_wkt="")
    data = stations.parse_table(
        table, "sunshine", FieldNames(value="n_days"), location=(5.18, 52.1), crs_wkt=""
    )
    assert data.columns["value"] == "n_days"


def test_radiation_given_in_wrong_units_is_caught():
    # KNMI's radiation in J·cm⁻² (×100) and daily means (÷30) are both caught.
    data = stations.parse_table(
        stations.read_csv(str(KNMI)), "radiation", location=(5.18, 52.1), crs_wkt=""
    )
    data.values = data.values * 100
    with pytest.raises(InputError, match="look like J·m⁻².*J·cm⁻²"):
        stations.monthly_values(data, StationOptions("radiation"))
    data.values = data.values / 100 / 30
    with pytest.raises(InputError, match="look like daily means"):
        stations.monthly_values(data, StationOptions("radiation"))


def test_long_table_with_station_column_and_duplicates(tmp_path):
    rows = [["A", 114.0, 22.5, m, 20 + m] for m in range(1, 13)]
    rows += [["B", 114.2, 22.7, m, 10 + m] for m in range(1, 13)]
    path = write_csv(tmp_path / "t.csv", ["station", "lon", "lat", "月份", "降水量"], rows)
    data = stations.parse_table(stations.read_csv(path), "precipitation", crs_wkt="")
    assert data.ids == ["A", "B"] and data.values[1, 11] == 22
    path = write_csv(
        tmp_path / "d.csv", ["station", "lon", "lat", "month", "rain"], rows + rows[:1]
    )
    with pytest.raises(
        InputError, match="station 'A' has two rows for month 1 \\(rows 2 and 26\\)"
    ):
        stations.parse_table(stations.read_csv(path), "precipitation", crs_wkt="")


def one_station(monthly_value):
    """A station at 114°E 22.5°N with the same value in every month."""
    return stations.StationData(
        ["A"],
        [""],
        np.array([114.0]),
        np.array([22.5]),
        np.array([np.nan]),
        np.full((1, 12), monthly_value),
        stations.wgs84_wkt(),
        "wide",
    )


def test_precipitation_and_sunshine_unit_checks():
    data = one_station(0.15)
    with pytest.raises(InputError, match="look like metres"):
        stations.monthly_values(data, StationOptions("precipitation"))
    data.values = np.full((1, 12), 6.0)  # 6 h per day given as monthly totals
    with pytest.raises(InputError, match="look like daily means"):
        stations.monthly_values(data, StationOptions("sunshine"))
    per_day, _ = stations.monthly_values(data, StationOptions("sunshine", unit="h_day"))
    # The same sunshine as monthly totals (6 h × 31 days in January, × 28 in February) gives
    # the same radiation.
    data.values = np.full((1, 12), 6.0) * stations.days_in_months(None)
    per_month, _ = stations.monthly_values(data, StationOptions("sunshine"))
    np.testing.assert_allclose(per_day, per_month)
    # Physical limits: between the overcast a·ΣRa and the clear-sky (a + b)·ΣRa.
    ra, _n = stations.monthly_ra_and_daylength([22.5])
    assert (0.25 * ra < per_day).all() and (per_day < 0.75 * ra).all()


def test_more_sunshine_than_daylight_is_refused():
    data = one_station(420.0)
    # 420 h in February at 22.5°N exceeds 28 days × ~11.3 h of daylight (~316 h).
    with pytest.raises(InputError, match="more than the .* h the day length allows"):
        stations.monthly_values(data, StationOptions("sunshine"))


# --------------------------------------------------------------------------------------------
# The interpolation pass and the lapse-rate correction


def test_temperatures_are_reduced_to_sea_level_by_the_lapse_rate():
    # 13.5 °C at 1 000 m with 0.0065 °C/m: 13.5 + 6.5 = 20 °C at sea level
    reduced = stations.to_sea_level([[20.0, 10.0], [13.5, 3.5]], [0.0, 1000.0], 0.0065)
    assert reduced.tolist() == [[20.0, 10.0], [pytest.approx(20.0), pytest.approx(10.0)]]


def test_the_interpolation_pass_brings_sea_level_values_to_the_dem(tmp_path):
    from support import ORIGIN, PIXEL, read_raster, write_raster

    from carbonsink_plugin.core import raster

    # 2 × 2 grid; DEM 0, 500 / 1000, 200 m. Station A (z 0 m, 20 °C) and B (z 1000 m, 13.5 °C)
    # are both 20 °C at sea level, so IDW gives 20 everywhere and each pixel is 20 − 0.0065·z:
    # 20, 16.75 / 13.5, 18.7.
    dem = write_raster(str(tmp_path / "dem.tif"), np.array([[0, 500], [1000, 200]], "f4"))
    sources = {stations.InterpolationPass.DEM: raster.Source(dem, "DEM")}
    grid = sources["DEM"].grid
    sx = [ORIGIN[0] + 0.5 * PIXEL, ORIGIN[0] + 1.5 * PIXEL]
    sy = [ORIGIN[1] - 0.5 * PIXEL, ORIGIN[1] - 1.5 * PIXEL]
    values = np.array([[20.0] * 12, [13.5] * 12])
    options = StationOptions(variable="temperature", lapse_rate=0.0065)
    interpolation = stations.InterpolationPass(grid, sx, sy, values, options, [0.0, 1000.0])
    out = raster.Output(str(tmp_path / "t.tif"), bands=12)
    raster.plain_engine(sources, {"OUTPUT": out}, interpolation.compute, grid=grid)
    result = read_raster(out.path)[0]
    assert result.shape == (12, 2, 2)
    for month in result:
        assert month.tolist() == [
            [pytest.approx(20.0), pytest.approx(16.75)],
            [pytest.approx(13.5), pytest.approx(18.7)],
        ]


def test_without_elevations_the_pass_interpolates_the_values_as_they_are(tmp_path):
    from support import ORIGIN, PIXEL, write_raster

    from carbonsink_plugin.core import raster
    from carbonsink_plugin.core.raster import Block, Window

    grid = raster.Source(write_raster(str(tmp_path / "g.tif"), np.zeros((1, 2), "f4")), "G").grid
    # stations on the two pixel centres: each pixel takes its station's value
    sx = [ORIGIN[0] + 0.5 * PIXEL, ORIGIN[0] + 1.5 * PIXEL]
    sy = [ORIGIN[1] - 0.5 * PIXEL] * 2
    values = np.array([[10.0] * 12, [30.0] * 12])
    interpolation = stations.InterpolationPass(grid, sx, sy, values, StationOptions())
    block = Block(Window(0, 0, 2, 1), grid, {})
    estimate = interpolation.compute(block)["OUTPUT"]
    assert estimate.shape == (12, 1, 2)
    assert estimate[:, 0, 0].tolist() == [10.0] * 12 and estimate[:, 0, 1].tolist() == [30.0] * 12
