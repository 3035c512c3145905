"""Independent truth for zone tests: GDAL's rasterizer on one polygon at a time."""

from __future__ import annotations

import numpy as np
from osgeo import gdal, ogr


def burn_alone(geometry: ogr.Geometry, like: str) -> np.ndarray:
    """Mask of the pixels of the grid of raster `like` whose centre lies in `geometry` (given
    in that raster's CRS): gdal.RasterizeLayer of this one polygon, default pixel-centre rule."""
    grid = gdal.Open(str(like))
    target = gdal.GetDriverByName("MEM").Create("", grid.RasterXSize, grid.RasterYSize, 1)
    target.SetGeoTransform(grid.GetGeoTransform())
    target.SetProjection(grid.GetProjection())
    vector = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vector.CreateLayer("one", None, ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


def first_owner(masks) -> np.ndarray:
    """Zone id (1-based) of the first mask containing each pixel; 0 outside every mask."""
    owner = np.zeros(masks[0].shape, dtype=int)
    for zone_id, mask in reversed(list(enumerate(masks, start=1))):
        owner[mask] = zone_id
    return owner
