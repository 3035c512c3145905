"""Small vector files for the ground-check tests, written with OGR (independent of the plugin)."""

from __future__ import annotations

from osgeo import ogr, osr

_OGR_TYPES = {"string": ogr.OFTString, "int": ogr.OFTInteger, "double": ogr.OFTReal}


def srs(epsg: int) -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def transform(points, from_epsg: int, to_epsg: int):
    """(x, y) pairs from one EPSG CRS to another, with OSR (x = easting/longitude)."""
    ct = osr.CoordinateTransformation(srs(from_epsg), srs(to_epsg))
    return [tuple(ct.TransformPoint(x, y)[:2]) for x, y in points]


def write_layer(path, epsg, fields, rows, geometry="point", driver="GPKG", layer="plots"):
    """Write features: fields [(name, 'string'|'int'|'double')], rows [(geometry, attributes)].

    geometry: (x, y) for points, or [(x, y), …] ring for polygons; None for no geometry.
    """
    data = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    kind = ogr.wkbPoint if geometry == "point" else ogr.wkbPolygon
    out = data.CreateLayer(layer, srs=srs(epsg) if epsg else None, geom_type=kind)
    for name, field_type in fields:
        out.CreateField(ogr.FieldDefn(name, _OGR_TYPES[field_type]))
    for shape, attributes in rows:
        feature = ogr.Feature(out.GetLayerDefn())
        if shape is not None:
            if geometry == "point":
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(*shape)
                feature.SetGeometry(point)
            else:
                ring = ogr.Geometry(ogr.wkbLinearRing)
                for x, y in list(shape) + [shape[0]]:
                    ring.AddPoint_2D(x, y)
                polygon = ogr.Geometry(ogr.wkbPolygon)
                polygon.AddGeometry(ring)
                feature.SetGeometry(polygon)
        for (name, _), value in zip(fields, attributes):
            if value is not None:
                feature.SetField(name, value)
        out.CreateFeature(feature)
    data = None
    return str(path)


def read_layer(path, layer=None):
    """[(geometry WKT or None, {field: value})] of a vector file."""
    data = ogr.Open(str(path))
    source = data.GetLayerByName(layer) if layer else data.GetLayer(0)
    rows = []
    for feature in source:
        geometry = feature.GetGeometryRef()
        rows.append((geometry.ExportToWkt() if geometry else None, dict(feature.items())))
    return rows


def layer_srs(path) -> osr.SpatialReference | None:
    data = ogr.Open(str(path))
    return data.GetLayer(0).GetSpatialRef()
