"""Tiny CF NetCDF files for the tests, written with GDAL's multidimensional API (independent of
the classic raster reader the plugin uses): dims time, lat, lon; 1-D coordinate variables with
units; an int16 variable with _FillValue and optionally scale_factor; no CRS variable, like the
1 km monthly climate files of the National Tibetan Plateau Data Center."""

from __future__ import annotations

import numpy as np
from osgeo import gdal


def write_cf_netcdf(
    path, data, lats, lons, times, time_units, *, variable="tmp", fill=-32768, scale=None,
    calendar=None, extra_variable=None,
):  # fmt: skip
    """data (time, lat, lon) stored as int16; lats north to south or south to north."""
    dataset = gdal.GetDriverByName("netCDF").CreateMultiDimensional(str(path))
    root = dataset.GetRootGroup()
    dims = [
        root.CreateDimension(name, None, None, len(values))
        for name, values in (("time", times), ("lat", lats), ("lon", lons))
    ]
    time_attributes = {"units": time_units, **({"calendar": calendar} if calendar else {})}
    for dim, values, attributes in (
        (dims[0], times, time_attributes),
        (dims[1], lats, {"units": "degrees_north", "standard_name": "latitude"}),
        (dims[2], lons, {"units": "degrees_east", "standard_name": "longitude"}),
    ):
        coordinate = root.CreateMDArray(
            dim.GetName(), [dim], gdal.ExtendedDataType.Create(gdal.GDT_Float64)
        )
        coordinate.Write(np.asarray(values, np.float64))
        for key, value in attributes.items():
            attribute = coordinate.CreateAttribute(key, [], gdal.ExtendedDataType.CreateString())
            attribute.Write(value)
    for name in [variable] + ([extra_variable] if extra_variable else []):
        array = root.CreateMDArray(name, dims, gdal.ExtendedDataType.Create(gdal.GDT_Int16))
        array.SetNoDataValueDouble(fill)
        if scale is not None:
            array.SetScale(scale)
        array.Write(np.asarray(data, np.int16))
    dataset = None
    return str(path)
