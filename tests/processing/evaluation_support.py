"""Helpers of the stage-5 processing tests: run an algorithm, read its tables, the districts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingFeedback
from zone_truth import burn_alone, first_owner

ROOT = Path(__file__).resolve().parents[2]
DISTRICTS = ROOT / "carbonsink_plugin" / "resources" / "data" / "shenzhen_districts.gpkg"


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps what the algorithm said."""

    def __init__(self):
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)


def run(algorithm: str, parameters: dict, feedback: Recorder | None = None, context=None) -> dict:
    import processing

    return processing.run(f"carbonsink:{algorithm}", parameters, feedback=feedback, context=context)


def read_table(path) -> list[dict]:
    """Rows of a table written by an algorithm, read with OGR (independent of QGIS)."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    names = [
        layer.GetLayerDefn().GetFieldDefn(i).GetName()
        for i in range(layer.GetLayerDefn().GetFieldCount())
    ]
    rows = [{name: feature.GetField(name) for name in names} for feature in layer]
    return rows


def file_digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def rectangle(x0, y0, x1, y1) -> str:
    """WKT of an axis-parallel rectangle."""
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def write_polygons(path, features, epsg=4547, field="name"):
    """A GeoPackage polygon layer 'zones' of (name, WKT) features, FIDs 1, 2, …"""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("zones", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for name, wkt in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(field, name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def district_owner(like: str, field: str = "name_en") -> tuple[np.ndarray, list[str]]:
    """Independent zone assignment of the districts on the grid of `like`: every district is
    reprojected with OGR and burnt alone with gdal.RasterizeLayer (pixel-centre rule); a pixel
    goes to the first district (lowest FID) that contains it. Returns (owner ids, names)."""
    grid = gdal.Open(like)
    target_srs = osr.SpatialReference()
    target_srs.ImportFromWkt(grid.GetProjection())
    target_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = ogr.Open(str(DISTRICTS))
    layer = source.GetLayer("districts")
    layer_srs = layer.GetSpatialRef().Clone()
    layer_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(layer_srs, target_srs)
    features = sorted(layer, key=lambda f: f.GetFID())
    names, masks = [], []
    for feature in features:
        names.append(feature.GetField(field))
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        masks.append(burn_alone(geometry, like))
    return first_owner(masks), names
