"""Field plots recorded as a table (CSV, XLSX …) with longitude/latitude columns (经度/纬度,
lon/lat, …) → a WGS84 point layer the ground check can read like any plot layer.

The columns are found with the station reader's names (core.stations.X_NAMES / Y_NAMES);
coordinates are decimal degrees or 22°33′N-style text (core.stations.parse_coordinate).
"""

from __future__ import annotations

import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from ..compat import WKB_NO_GEOMETRY, make_field
from ..core import stations
from ..i18n import TranslationContext
from .parameters import plain_value

PlotTables = TranslationContext("PlotTables")


def points_from_table(source, name: str, feedback, path: str | None = None):
    """`source` itself when it has geometries; otherwise a memory point layer (EPSG:4326) with
    the same fields and one point per row from its longitude/latitude columns. A CSV/TXT file
    (`path`) is read by the plugin's own reader (UTF-8, GBK/GB18030, UTF-16; text fields), as
    QGIS reads a GBK table as UTF-8 and garbles its Chinese column names."""
    if source.wkbType() != WKB_NO_GEOMETRY:
        return source
    if path and path.lower().endswith(stations.STATION_EXTENSIONS) and os.path.isfile(path):
        table = stations.read_csv(path, name)
        fields = QgsFields()
        for header in table.headers:
            fields.append(make_field(header, "string"))
        rows = [(r + [None] * len(table.headers))[: len(table.headers)] for r in table.rows]
        rows = [[None if cell in ("", None) else cell for cell in r] for r in rows]
    else:
        fields = source.fields()
        rows = [list(f.attributes()) for f in source.getFeatures()]
    return _points(fields, rows, name, feedback)


def _points(fields, rows, name, feedback):
    headers = fields.names()
    x = stations._find(headers, stations.X_NAMES, set())
    y = stations._find(headers, stations.Y_NAMES, {x} if x is not None else set())
    if x is None or y is None:
        raise QgsProcessingException(
            PlotTables.tr(
                "{0}: the table has no geometry and no longitude/latitude columns (经度/纬度, "
                "lon/lat, longitude/latitude). Its columns: {1}. Add them, or give a point "
                "layer."
            ).format(name, ", ".join(headers))
        )
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "plots", "memory")
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    features, bad = [], []
    for row, attributes in enumerate(rows, start=1):
        lon = stations.parse_coordinate(plain_value(attributes[x]))
        lat = stations.parse_coordinate(plain_value(attributes[y]))
        if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lon) > 180 or abs(lat) > 90:
            bad.append(f"{row} ({plain_value(attributes[x])}, {plain_value(attributes[y])})")
            continue
        point = QgsFeature(layer.fields())
        point.setAttributes(attributes)
        point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(point)
    if bad:
        raise QgsProcessingException(
            PlotTables.tr(
                "{0}: row(s) {1} have no longitude/latitude in degrees in columns '{2}' / "
                "'{3}'. Fix those cells (decimal degrees, e.g. 114.05 and 22.54)."
            ).format(name, ", ".join(bad[:10]), headers[x], headers[y])
        )
    provider.addFeatures(features)
    feedback.pushInfo(
        PlotTables.tr(
            "{0}: a table; {1} plots placed at columns '{2}' (longitude) / '{3}' (latitude), WGS84."
        ).format(name, len(features), headers[x], headers[y])
    )
    return layer
