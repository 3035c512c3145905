"""Tiny test rasters and vectors, written by the tests themselves."""

from __future__ import annotations

import numpy as np
from osgeo import gdal, osr

# A 30 m grid in CGCS2000 / 3-degree GK CM 114E (EPSG:4547), in Shenzhen.
ORIGIN = (500000.0, 2500000.0)
PIXEL = 30.0

_TYPES = {
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int32"): gdal.GDT_Int32,
}


def write_raster(
    path,
    data,
    *,
    origin=ORIGIN,
    pixel=PIXEL,
    epsg=4547,
    nodata=None,
    descriptions=None,
    options=None,
) -> str:
    """Write a (bands, rows, cols) or (rows, cols) array as a GeoTIFF; returns the path."""
    data = np.asarray(data)
    if data.ndim == 2:
        data = data[np.newaxis]
    bands, rows, cols = data.shape
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), cols, rows, bands, _TYPES[data.dtype], options or []
    )
    pixel_x, pixel_y = (pixel, pixel) if np.isscalar(pixel) else pixel
    dataset.SetGeoTransform((origin[0], pixel_x, 0.0, origin[1], 0.0, -pixel_y))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    for i in range(bands):
        band = dataset.GetRasterBand(i + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if descriptions:
            band.SetDescription(descriptions[i])
        band.WriteArray(data[i])
    dataset = None
    return str(path)


def read_raster(path):
    """(array of shape (bands, rows, cols) with NaN for nodata, list of nodata values)."""
    dataset = gdal.Open(str(path))
    arrays, nodata = [], []
    for i in range(dataset.RasterCount):
        band = dataset.GetRasterBand(i + 1)
        array = band.ReadAsArray().astype(np.float64)
        value = band.GetNoDataValue()
        if value is not None:
            array[array == value] = np.nan
        arrays.append(array)
        nodata.append(value)
    return np.stack(arrays), nodata


def model_destination(model, description: str) -> str:
    """The name of a model's destination parameter, found by the description of its model
    output: QGIS 3.22 names it 'child id:output name', QGIS ≥ 3.26 names the outputs of models
    built in code after their description, so tests ask the model instead of spelling either."""
    model.updateDestinationParameters()
    names = [
        d.name() for d in model.destinationParameterDefinitions() if d.description() == description
    ]
    assert len(names) == 1, (
        description,
        [d.description() for d in model.destinationParameterDefinitions()],
    )
    return names[0]
