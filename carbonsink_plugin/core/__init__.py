"""The science and the raster engine: numpy + GDAL only, no qgis, no Qt."""
