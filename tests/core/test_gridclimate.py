"""Gridded monthly climate: months from CF time, the year's 12 bands, the file's scale, an
assumed WGS84 (files written by tests/netcdf_support.py with GDAL's multidimensional API)."""

import datetime

import numpy as np
import pytest
from netcdf_support import write_cf_netcdf
from osgeo import gdal

from carbonsink_plugin.core import gridclimate
from carbonsink_plugin.core.errors import InputError

LATS = [22.9, 22.7, 22.5, 22.3]  # 0.2° cells, centres; north first
LONS = [113.7, 113.9, 114.1, 114.3, 114.5]


def days_since_1900(year, month, day=15):
    return (datetime.date(year, month, day) - datetime.date(1900, 1, 1)).days


def three_years(tmp_path, **options):
    """36 months 2018–2020, every cell of month m of year y = 100·(y − 2018) + m."""
    times, data = [], []
    for year in (2018, 2019, 2020):
        for month in range(1, 13):
            times.append(days_since_1900(year, month))
            data.append(np.full((4, 5), 100 * (year - 2018) + month))
    return write_cf_netcdf(
        tmp_path / "tmp_2018_2020.nc", data, LATS, LONS, times, "days since 1900-01-01",
        **options,
    )  # fmt: skip


def test_months_from_cf_days_and_the_year_picked(tmp_path):
    grid = gridclimate.open_monthly(three_years(tmp_path, scale=0.1))
    assert grid.months[0] == (2018, 1) and grid.months[35] == (2020, 12)
    assert grid.scale == pytest.approx(0.1) and grid.offset == 0.0
    assert "WGS84 longitude/latitude (EPSG:4326) is assumed" in grid.notes[0]
    bands, year = gridclimate.pick_year(grid, 2019)
    assert (bands, year) == (list(range(13, 25)), 2019)
    with pytest.raises(InputError, match="holds the years 2018–2020; choose one in YEAR"):
        gridclimate.pick_year(grid, None)
    with pytest.raises(InputError, match="no band of the year 2021"):
        gridclimate.pick_year(grid, 2021)


def test_prepared_bands_keep_the_stored_values_in_calendar_order(tmp_path):
    grid = gridclimate.open_monthly(three_years(tmp_path))
    bands, _year = gridclimate.pick_year(grid, 2020)
    vrt = gridclimate.prepare(grid, bands, str(tmp_path / "m.vrt"))
    dataset = gdal.Open(vrt)
    assert dataset.RasterCount == 12
    # 2020 = year index 2: month m stored as 200 + m.
    values = [float(dataset.GetRasterBand(b).ReadAsArray()[0, 0]) for b in (1, 12)]
    assert values == pytest.approx([201.0, 212.0])
    assert dataset.GetGeoTransform() == pytest.approx((113.6, 0.2, 0.0, 23.0, 0.0, -0.2))


@pytest.mark.parametrize(
    "units, calendar, times, expected",
    [
        ("months since 2019-01-01", None, list(range(12)), [(2019, m) for m in range(1, 13)]),
        # 360-day calendar: month m starts at day 30·(m − 1); mid-month 30·(m − 1) + 15.
        ("days since 2019-01-01", "360_day", [30 * m + 15 for m in range(12)],
         [(2019, m) for m in range(1, 13)]),
        # noleap: 1 March 2019 is day 59; 1 January 2020 is day 365.
        ("days since 2019-01-01", "noleap", [59, 365], [(2019, 3), (2020, 1)]),
        ("hours since 2019-01-01 00:00:00", None, [24 * 31], [(2019, 2)]),
        ("month", None, list(range(1, 13)), [(None, m) for m in range(1, 13)]),
    ],
)  # fmt: skip
def test_time_units_and_calendars(tmp_path, units, calendar, times, expected):
    data = np.zeros((len(times), 4, 5))
    path = write_cf_netcdf(tmp_path / "t.nc", data, LATS, LONS, times, units, calendar=calendar)
    assert gridclimate.open_monthly(path).months == expected


def test_several_variables_need_a_name(tmp_path):
    data = np.ones((12, 4, 5))
    times = [days_since_1900(2019, m) for m in range(1, 13)]
    path = write_cf_netcdf(
        tmp_path / "two.nc", data, LATS, LONS, times, "days since 1900-01-01",
        extra_variable="pre",
    )  # fmt: skip
    with pytest.raises(InputError, match=r"several variables \(.*tmp.*\); name the one"):
        gridclimate.open_monthly(path)
    assert gridclimate.open_monthly(path, "pre").path.endswith(":pre")
    with pytest.raises(InputError, match="has no variable 'tas'"):
        gridclimate.open_monthly(path, "tas")


def test_a_twelve_band_geotiff_without_time_is_january_to_december(tmp_path):
    from support import write_raster

    path = write_raster(tmp_path / "t12.tif", np.zeros((12, 3, 3), np.float32), epsg=4547)
    grid = gridclimate.open_monthly(path)
    assert grid.months == [(None, m) for m in range(1, 13)] and grid.notes == []
    assert gridclimate.pick_year(grid, None) == (list(range(1, 13)), 0)
    path = write_raster(tmp_path / "t5.tif", np.zeros((5, 3, 3), np.float32), epsg=4547)
    with pytest.raises(InputError, match="cannot tell the month of its 5 bands"):
        gridclimate.open_monthly(path)
