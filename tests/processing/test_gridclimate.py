"""carbonsink:gridclimate: a 36-month int16 NetCDF in 0.1 °C without a CRS (the layout of the
National Tibetan Plateau Data Center's 1 km monthly temperature: CF time, lat/lon coordinate
variables, _FillValue, no grid_mapping) → the 12 months of 2019 on a reference grid."""

import datetime

import numpy as np
import pytest
from netcdf_support import write_cf_netcdf
from qgis.core import QgsProcessingException
from stage1_support import chinese_folder, run
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")

SHENZHEN = [14.4, 15.6, 18.9, 22.6, 25.9, 27.8, 28.7, 28.5, 27.6, 25.3, 21.4, 16.5]


def netcdf(folder):
    """2018–2020; month m of year y: (SHENZHEN[m] + (y − 2019)) °C everywhere, stored × 10."""
    times, data = [], []
    for year in (2018, 2019, 2020):
        for month in range(1, 13):
            times.append((datetime.date(year, month, 15) - datetime.date(1900, 1, 1)).days)
            data.append(np.full((20, 25), round((SHENZHEN[month - 1] + year - 2019) * 10)))
    data[13][0, 0] = -32768  # February 2019, the north-west cell: _FillValue
    lats = 23.2 - 0.04 * (np.arange(20) + 0.5)
    lons = 113.6 + 0.04 * (np.arange(25) + 0.5)
    return write_cf_netcdf(folder / "tmp_2018-2020.nc", data, lats, lons, times,
                           "days since 1900-01-01")  # fmt: skip


def test_the_2019_months_scaled_on_a_projected_reference_grid(tmp_path):
    folder = chinese_folder(tmp_path)
    path = netcdf(folder)
    # CGCS2000 / GK CM 114E, 1 km cells inside the file's 113.6–114.6°E, 22.4–23.2°N.
    reference = write_raster(
        folder / "参考.tif", np.zeros((20, 30), np.float32), pixel=1000.0,
        origin=(485000.0, 2545000.0),
    )  # fmt: skip
    results, log = run(
        "gridclimate",
        {
            "INPUT": path,
            "QUANTITY": "temperature",
            "YEAR": 2019,
            "SCALE": 0.1,
            "REFERENCE": reference,
            "OUTPUT": str(folder / "气温 2019.tif"),
        },
    )
    values, nodata = read_raster(results["OUTPUT"])
    assert values.shape == (12, 20, 30) and nodata == [-9999] * 12
    # A constant field stays constant under bilinear resampling: month m = SHENZHEN[m] °C.
    for month in range(12):
        if month == 1:
            continue
        assert np.nanmin(values[month]) == pytest.approx(SHENZHEN[month], abs=1e-4)
        assert np.nanmax(values[month]) == pytest.approx(SHENZHEN[month], abs=1e-4)
        assert np.isfinite(values[month]).all()
    # February's fill cell (113.60–113.64°E, 23.16–23.20°N) is off this grid; on a 0.01° grid
    # from that corner it is nodata and never mixes into its neighbours: 15.6 °C or nodata.
    corner = write_raster(
        folder / "角.tif", np.zeros((10, 10), np.float32), pixel=0.01, origin=(113.6, 23.2),
        epsg=4326,
    )  # fmt: skip
    february, _log = run(
        "gridclimate",
        {"INPUT": path, "YEAR": 2019, "SCALE": 0.1, "REFERENCE": corner,
         "OUTPUT": str(folder / "corner.tif")},
    )  # fmt: skip
    band = read_raster(february["OUTPUT"])[0][1]
    assert np.isnan(band[0, 0]) and np.nanmin(band) == pytest.approx(15.6, abs=1e-4)
    assert np.nanmax(band) == pytest.approx(15.6, abs=1e-4)
    assert "WGS84 longitude/latitude (EPSG:4326) is assumed" in log
    assert "bands 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24 as January…December 2019" in log
    assert "Resampling: bilinear" in log


def test_forgetting_the_tenths_stops_the_run(tmp_path):
    folder = chinese_folder(tmp_path)
    reference = write_raster(
        folder / "参考.tif", np.zeros((4, 6), np.float32), pixel=0.1, origin=(113.8, 22.9),
        epsg=4326,
    )  # fmt: skip
    parameters = {
        "INPUT": netcdf(folder),
        "QUANTITY": "temperature",
        "YEAR": 2019,
        "REFERENCE": reference,
        "OUTPUT": str(folder / "t.tif"),
    }
    with pytest.raises(QgsProcessingException, match=r"divide by 10|Divide by 10"):
        run("gridclimate", parameters)
    assert not (folder / "t.tif").exists()
    with pytest.raises(QgsProcessingException, match=r"holds the years 2018–2020"):
        run("gridclimate", dict(parameters, YEAR=0, SCALE=0.1))
