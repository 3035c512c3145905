"""CMA station files as delivered: V3.0 daily/monthly text, BUFR-code and 天擎 exports.

Layouts (tests/data/cma/README in tests/data/README.md): 中国地面气候资料日值数据集 V3.0 as
documented in github.com/CUG-Flood/tidymet, inst/Document/meteV3_variables_format.md (columns
区站号, 纬度 ddmm, 经度 ddmm, 观测场拔海高度 0.1 m, 年, 月, 日, elements in 0.1 units, QC codes;
TEM-12001 column 8 平均气温, PRE-13011 column 10 20-20 h precipitation) and its special values
in R/tidy_meteV3.R and R/fix_.R (32766 missing, 32700 trace, 32xxx/31xxx/30xxx → xxx,
elevation > 100000 estimated: − 100000). The fixtures' values are hand-made.
"""

import shutil
from pathlib import Path

import numpy as np
import pytest

from carbonsink_plugin.core import cma, stations
from carbonsink_plugin.core.errors import InputError

CMA = Path(__file__).resolve().parent.parent / "data" / "cma"
TEM_DAY = CMA / "SURF_CLI_CHN_MUL_DAY-TEM-12001-201901.TXT"
PRE_DAY = CMA / "SURF_CLI_CHN_MUL_DAY-PRE-13011-201912.TXT"
BUFR = CMA / "S201912310830123456789.txt"
TIANQING = CMA / "tianqing_monthly_2019.csv"


def parsed(path, variable, **options):
    table = cma.read_station_file(str(path), variable, **options)
    return table, stations.parse_table(table, variable, crs_wkt=stations.wgs84_wkt())


def v3_line(station, lat, lon, z, year, month, day, *values):
    """A V3.0 daily line: the seven head columns, the element values, one QC code each."""
    head = f"{station:>5} {lat:>5} {lon:>6} {z:>7} {year:>5} {month:>3} {day:>3}"
    return head + "".join(f" {v:>7}" for v in values) + " 0" * len(values)


def write_daily(path, month_values, station="59493", year=2019, month=1, z=630):
    """A daily TEM file: {day: 平均气温 in 0.1 °C} (max/min columns = mean ± 1 °C)."""
    lines = [
        v3_line(station, 2233, 11400, z, year, month, day, v, v + 10, v - 10)
        for day, v in month_values.items()
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_v3_daily_temperature_shenzhen_by_hand():
    table, data = parsed(TEM_DAY, "temperature")
    assert table.format == cma.CMA_V3_DAILY
    shenzhen, guangzhou = data.ids.index("59493"), data.ids.index("59287")
    # 2233 → 22 + 33/60 = 22.55°; 11400 → 114.0°; 630 × 0.1 m = 63.0 m.
    assert data.y[shenzhen] == pytest.approx(22.55)
    assert data.x[shenzhen] == pytest.approx(114.0)
    assert data.z[shenzhen] == pytest.approx(63.0)
    # January: day 1 124, day 2 164, day 3 32766 (missing), days 4–31 144 (0.1 °C):
    # (124 + 164 + 28·144)/30 = 4320/30 = 144 → 14.4 °C, one missing day within the 11/5 rule.
    assert data.values[shenzhen, 0] == pytest.approx(14.4)
    assert np.isnan(data.values[shenzhen, 1:]).all()
    # 59287: 100415 → estimated, 415 × 0.1 = 41.5 m; 2310 → 23°10′, 11320 → 113°20′; its
    # days 10–14 are missing: 5 in a row breaks the rule, the month stays missing.
    assert data.z[guangzhou] == pytest.approx(41.5)
    assert data.y[guangzhou] == pytest.approx(23 + 10 / 60)
    assert data.x[guangzhou] == pytest.approx(113 + 20 / 60)
    assert np.isnan(data.values[guangzhou, 0])
    notes = " ".join(table.notes)
    assert "6 value(s) 32766/32744: missing" in notes
    assert "estimated elevation (stored + 100000) for station(s) 59287" in notes
    assert "59287 2019-01 (5)" in " ".join(table.warnings)
    assert "59493 2019-01 (1)" in " ".join(table.warnings)


def test_v3_daily_precipitation_special_codes_by_hand():
    table, data = parsed(PRE_DAY, "precipitation")
    # Column 10 (20-20 h) in December: 32700 trace → 0; 32005 snow → 0.5 mm; 31012 rain and
    # snow → 1.2 mm; 30003 dew/frost → 0.3 mm; 125 → 12.5 mm; other days 0:
    # 0 + 0.5 + 1.2 + 0.3 + 12.5 = 14.5 mm (not 3 270 mm from reading 32700 as rain).
    assert data.values[0, 11] == pytest.approx(14.5)
    notes = " ".join(table.notes)
    assert "1 trace precipitation value(s) (32700) counted as 0 mm" in notes
    assert "3 precipitation value(s) with a 30xxx/31xxx/32xxx code" in notes


def test_a_v3_file_of_another_element_than_the_variable_is_refused():
    with pytest.raises(InputError, match=r"is a CMA V3.0 PRE file \(precipitation\) but the "):
        cma.read_station_file(str(PRE_DAY), "temperature")
    with pytest.raises(InputError, match=r"for radiation choose sunshine"):
        cma.read_station_file(str(PRE_DAY), "radiation")


def test_v3_value_column_by_number(tmp_path):
    # Column 9 of a TEM file is 日最高气温: mean 14.4 °C + 1 °C = 15.4 °C every day.
    path = write_daily(tmp_path / "SURF_CLI_CHN_MUL_DAY-TEM-12001-201901.TXT",
                       {d: 144 for d in range(1, 32)})  # fmt: skip
    _table, data = parsed(path, "temperature", value_field="9")
    assert data.values[0, 0] == pytest.approx(15.4)
    with pytest.raises(InputError, match="give the element column by its number"):
        cma.read_station_file(str(path), "temperature", value_field="TEM_Max")


def test_v3_monthly_file_reads_the_first_element_column(tmp_path):
    # Monthly files: the head columns without 日, then the month's element values.
    path = tmp_path / "SURF_CLI_CHN_MUL_MON-TEM-12001-201901.TXT"
    path.write_text("59493  2233  11400     630  2019   1     144     190     110  0 0 0\n")
    table, data = parsed(path, "temperature")
    assert table.format == cma.CMA_V3_MONTHLY
    assert data.values[0, 0] == pytest.approx(14.4)
    assert data.z[0] == pytest.approx(63.0)


@pytest.mark.parametrize(
    "missing_days, kept",
    [
        ([2, 4, 6, 8, 10, 12, 14, 16, 18, 20], True),  # 10 missing, none adjacent: kept
        ([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22], False),  # 11 missing: dropped
        ([5, 6, 7, 8], True),  # 4 in a row: kept
        ([5, 6, 7, 8, 9], False),  # 5 in a row: dropped
    ],
)
def test_daily_to_monthly_missing_days_rule(tmp_path, missing_days, kept):
    values = {d: 32766 if d in missing_days else (100 if d % 2 else 200) for d in range(1, 32)}
    path = write_daily(tmp_path / "SURF_CLI_CHN_MUL_DAY-TEM-12001-201901.TXT", values)
    _table, data = parsed(path, "temperature")
    present = [v / 10 for d, v in values.items() if d not in missing_days]
    if kept:
        assert data.values[0, 0] == pytest.approx(sum(present) / len(present))
    else:
        assert np.isnan(data.values[0, 0])


def test_daily_precipitation_total_with_a_missing_day(tmp_path):
    # 30 of 31 days at 2.0 mm, day 31 missing: the month's total is the mean of the 30 days
    # (2.0 mm) times 31 days = 62.0 mm, the missing day counted as the mean of the others.
    lines = [
        v3_line("59493", 2233, 11400, 630, 2019, 1, d, 0, 20 if d < 31 else 32766,
                20 if d < 31 else 32766)
        for d in range(1, 32)
    ]  # fmt: skip
    path = tmp_path / "SURF_CLI_CHN_MUL_DAY-PRE-13011-201901.TXT"
    path.write_text("\n".join(lines) + "\n")
    _table, data = parsed(path, "precipitation")
    assert data.values[0, 0] == pytest.approx(62.0)


def test_a_folder_of_v3_files_reads_the_variables_files_only(tmp_path):
    folder = tmp_path / "中国地面 日值"
    folder.mkdir()
    write_daily(folder / "SURF_CLI_CHN_MUL_DAY-TEM-12001-201901.TXT",
                {d: 144 for d in range(1, 32)})  # fmt: skip
    write_daily(folder / "SURF_CLI_CHN_MUL_DAY-TEM-12001-201902.TXT",
                {d: 156 for d in range(1, 29)}, month=2)  # fmt: skip
    shutil.copy(PRE_DAY, folder)
    table, data = parsed(folder, "temperature")
    assert "2 file(s) read from the folder" in table.notes[0]
    assert data.values[0, :2] == pytest.approx([14.4, 15.6])
    _table, rain = parsed(folder, "precipitation")
    assert rain.values[0, 11] == pytest.approx(14.5)
    with pytest.raises(InputError, match="holds no CMA V3.0 SSD file"):
        cma.read_station_file(str(folder), "sunshine")


def test_bufr_code_export_with_trace_precipitation():
    table, data = parsed(BUFR, "precipitation")
    assert table.format == cma.CMA_BUFR
    assert data.ids == ["59493", "59287"]
    assert data.values[0] == pytest.approx(
        [30.1, 41.2, 60.5, 150.3, 250.6, 380.0, 330.2, 360.4, 260.1, 60.2, 30.3, 25.4]
    )
    assert data.values[1, 11] == 0.0  # 999990: trace
    assert data.z == pytest.approx([63.0, 41.5])
    _table, temperature = parsed(BUFR, "temperature")
    assert temperature.values[0, 0] == pytest.approx(14.4)


def test_tianqing_csv_names_and_999999_missing():
    table, data = parsed(TIANQING, "sunshine")
    assert table.format == cma.CMA_TIANQING
    assert data.names == ["深圳", "广州"]
    assert data.values[0, 0] == pytest.approx(150.2)
    assert np.isnan(data.values[1, 11])  # 999999
    assert "1 value(s) 999999/999998: missing" in " ".join(table.notes)


def test_an_export_without_the_variables_column_names_what_it_looked_for(tmp_path):
    lines = TIANQING.read_text(encoding="utf-8").splitlines()
    index = lines[0].split(",").index("TEM_Avg")
    kept = [",".join(c for i, c in enumerate(line.split(",")) if i != index) for line in lines]
    path = tmp_path / TIANQING.name
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"has no column V12001 / tem_avg / tem"):
        cma.read_station_file(str(path), "temperature")


def test_whitespace_table_and_a_given_delimiter(tmp_path):
    months = " ".join(str(m) for m in range(1, 13))
    path = tmp_path / "stations.dat"
    path.write_text(f"站号 经度 纬度 {months}\nA 114.0 22.5 {months}\n", encoding="gbk")
    data = stations.parse_table(cma.read_station_file(str(path), "temperature"), "temperature")
    assert data.values[0] == pytest.approx(list(range(1, 13)))
    colon = tmp_path / "stations.txt"
    colon.write_text("站号:经度:纬度:" + months.replace(" ", ":") + "\nA:114:22.5:"
                     + months.replace(" ", ":") + "\n")  # fmt: skip
    table = cma.read_station_file(str(colon), "temperature", delimiter=":")
    assert table.headers[:3] == ["站号", "经度", "纬度"]


# --- station elevations against the DEM ---------------------------------------------------


def station_data(z):
    n = len(z)
    return stations.StationData(
        ids=[f"S{i}" for i in range(n)],
        names=[""] * n,
        x=np.arange(n, dtype=float),
        y=np.zeros(n),
        z=np.asarray(z, dtype=float),
        values=np.zeros((n, 12)),
        crs_wkt="",
        layout="long",
    )


def test_decimetre_elevations_read_as_metres_stop_the_run():
    # 630 "m" against a DEM of 63 m: ratio 10 → the CMA 0.1 m elevation read as metres. With
    # Γ = 0.0065 °C/m it would warm the station's sea-level temperature by 0.0065·567 = 3.7 °C.
    data = station_data([630.0, 41.5])
    with pytest.raises(InputError, match=r"about 10 times .* S0: 630.0 m, DEM 63.0 m"):
        stations.check_station_elevations(data, np.array([63.0, 40.0]))
    warnings = stations.check_station_elevations(data, np.array([63.0, 40.0]), override=True)
    assert len(warnings) == 1 and "S0" in warnings[0]


def test_elevations_far_from_the_dem_are_named():
    # 150 − 63 = 87 m > 50 m: named; 41.5 − 40 = 1.5 m and a station off the DEM (NaN): not.
    data = station_data([150.0, 41.5, 20.0])
    warnings = stations.check_station_elevations(data, np.array([63.0, 40.0, np.nan]))
    assert len(warnings) == 1
    assert "S0: 150.0 m, DEM 63.0 m" in warnings[0] and "S1" not in warnings[0]
    assert stations.check_station_elevations(station_data([41.5]), np.array([40.0])) == []
