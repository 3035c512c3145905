"""The few differences between QGIS 3.22 and QGIS 3.36+/4 (Qt6), kept in one place.

QGIS 3.36 moved the Processing enums to `Qgis.*` (the old names are gone in QGIS 4), and
QGIS 3.38 switched field types from QVariant.Type to QMetaType.Type (QVariant.Type does not exist
in Qt6). Everything else imports these names instead of spelling the enums itself.
"""

from qgis.core import (
    Qgis,
    QgsField,
    QgsLegendStyle,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsTextFormat,
    QgsUnitTypes,
    QgsWkbTypes,
)


def _pick(new_owner: str, new_name: str, old):
    """Qgis.<new_owner>.<new_name> when this QGIS has it, else the pre-3.36 value."""
    owner = getattr(Qgis, new_owner, None)
    return getattr(owner, new_name) if owner is not None else old()


SOURCE_POINT = _pick("ProcessingSourceType", "VectorPoint", lambda: QgsProcessing.TypeVectorPoint)
SOURCE_POLYGON = _pick(
    "ProcessingSourceType", "VectorPolygon", lambda: QgsProcessing.TypeVectorPolygon
)
SOURCE_VECTOR_ANY = _pick("ProcessingSourceType", "Vector", lambda: QgsProcessing.TypeVector)
SOURCE_RASTER = _pick("ProcessingSourceType", "Raster", lambda: QgsProcessing.TypeRaster)
SOURCE_FILE = _pick("ProcessingSourceType", "File", lambda: QgsProcessing.TypeFile)

NUMBER_DOUBLE = _pick(
    "ProcessingNumberParameterType", "Double", lambda: QgsProcessingParameterNumber.Double
)
NUMBER_INTEGER = _pick(
    "ProcessingNumberParameterType", "Integer", lambda: QgsProcessingParameterNumber.Integer
)

FIELD_ANY = _pick(
    "ProcessingFieldParameterDataType", "Any", lambda: QgsProcessingParameterField.Any
)
FIELD_NUMERIC = _pick(
    "ProcessingFieldParameterDataType", "Numeric", lambda: QgsProcessingParameterField.Numeric
)
FIELD_STRING = _pick(
    "ProcessingFieldParameterDataType", "String", lambda: QgsProcessingParameterField.String
)

FILE_BEHAVIOR_FILE = _pick(
    "ProcessingFileParameterBehavior", "File", lambda: QgsProcessingParameterFile.File
)
FILE_BEHAVIOR_FOLDER = _pick(
    "ProcessingFileParameterBehavior", "Folder", lambda: QgsProcessingParameterFile.Folder
)

FLAG_ADVANCED = _pick(
    "ProcessingParameterFlag", "Advanced", lambda: QgsProcessingParameterDefinition.FlagAdvanced
)
FLAG_OPTIONAL = _pick(
    "ProcessingParameterFlag", "Optional", lambda: QgsProcessingParameterDefinition.FlagOptional
)
FLAG_NO_THREADING = _pick(
    "ProcessingAlgorithmFlag", "NoThreading", lambda: QgsProcessingAlgorithm.FlagNoThreading
)

# Read a feature source without the context's invalid-geometry filter (the algorithm repairs).
SKIP_GEOMETRY_CHECKS = _pick(
    "ProcessingFeatureSourceFlag",
    "SkipGeometryValidityChecks",
    lambda: QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks,
)

WKB_NO_GEOMETRY = _pick("WkbType", "NoGeometry", lambda: QgsWkbTypes.NoGeometry)
WKB_POINT = _pick("WkbType", "Point", lambda: QgsWkbTypes.Point)


def set_advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    """Show a parameter under "Advanced parameters" in the dialog."""
    parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
    return parameter


def _field_type(kind: str):
    try:
        from qgis.PyQt.QtCore import QMetaType

        if Qgis.QGIS_VERSION_INT >= 33800:
            return {
                "double": QMetaType.Type.Double,
                "int": QMetaType.Type.Int,
                "string": QMetaType.Type.QString,
            }[kind]
    except ImportError:  # pragma: no cover - Qt5 always has QMetaType
        pass
    from qgis.PyQt.QtCore import QVariant

    return {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String}[kind]


def make_field(name: str, kind: str) -> QgsField:
    """A QgsField of kind 'double', 'int' or 'string' on any QGIS version."""
    return QgsField(name, _field_type(kind))


# Geometry types and units of vector outputs (Qgis.WkbType / Qgis.DistanceUnit since 3.30/3.36).
WKB_POINT = _pick("WkbType", "Point", lambda: QgsWkbTypes.Point)
WKB_POLYGON = _pick("WkbType", "Polygon", lambda: QgsWkbTypes.Polygon)
SOURCE_VECTOR_GEOMETRY = _pick(
    "ProcessingSourceType", "VectorAnyGeometry", lambda: QgsProcessing.TypeVectorAnyGeometry
)


def distance_unit_meters():
    """The metre as a distance unit (QgsUnitTypes.DistanceMeters before QGIS 3.30)."""
    owner = getattr(Qgis, "DistanceUnit", None)
    if owner is not None:
        return owner.Meters
    from qgis.core import QgsUnitTypes

    return QgsUnitTypes.DistanceMeters


GEOMETRY_POLYGON = _pick("GeometryType", "Polygon", lambda: QgsWkbTypes.PolygonGeometry)


def standard_widget_type():
    """The "standard dialog" mode of Processing parameter widget wrappers.

    QgsProcessingGui.WidgetType became Qgis.ProcessingMode in QGIS 3.36.
    """
    mode = getattr(Qgis, "ProcessingMode", None)
    if mode is not None:
        return mode.Standard
    from qgis.gui import QgsProcessingGui

    return QgsProcessingGui.WidgetType.Standard


def handle_algorithm_results(algorithm, context, feedback, results) -> bool:
    """Load an algorithm's result layers exactly as the toolbox does (names, post-processors).

    processing.gui.Postprocessing.handleAlgorithmResults takes `showResults` up to QGIS 3.28,
    then `iface` and/or `parameters` (the results) only by keyword.
    """
    import inspect

    from processing.gui.Postprocessing import handleAlgorithmResults

    accepted = inspect.signature(handleAlgorithmResults).parameters
    options = {"feedback": feedback}
    if "showResults" in accepted:
        options["showResults"] = False
    if "parameters" in accepted:
        options["parameters"] = results
    return handleAlgorithmResults(algorithm, context, **options)


LEGEND_SUBGROUP = _pick("LegendComponent", "Subgroup", lambda: QgsLegendStyle.Subgroup)
LEGEND_SYMBOL_LABEL = _pick("LegendComponent", "SymbolLabel", lambda: QgsLegendStyle.SymbolLabel)


def set_legend_font(style: QgsLegendStyle, font) -> None:
    """A legend component's font in points: a text format since QGIS 3.30 (setFont is
    deprecated), the font itself before."""
    if not hasattr(style, "setTextFormat"):
        style.setFont(font)
        return
    text_format = QgsTextFormat.fromQFont(font)
    text_format.setSize(font.pointSizeF())
    text_format.setSizeUnit(_pick("RenderUnit", "Points", lambda: QgsUnitTypes.RenderPoints))
    style.setTextFormat(text_format)


def parameter_as_fields(algorithm, parameters, name, context) -> list[str]:
    """The field names of a field parameter: parameterAsStrings since QGIS 3.32
    (parameterAsFields is deprecated), parameterAsFields before."""
    read = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
    return read(parameters, name, context)
