#!/usr/bin/env python3
"""Write the graphical model shipped with the plugin: stages 2–5 of one year as a .model3.

    python3 scripts/build_model.py [OUT=carbonsink_plugin/resources/models/urban_carbon_sink.model3]

The model is built here with QgsProcessingModelAlgorithm from the algorithms' own parameter
names, so it stays in step with them: run this after changing an algorithm's parameters or
outputs, and commit the result (tests/processing/test_model.py fails when the committed file
differs from what this script builds).

Chain (one year, the same as carbonsink:workflow without the trend):
casanpp → soilrespiration → carbonsink → samplingplan, groundcheck → zonalstats → grade → report.
The trend needs earlier years and a model cannot skip a step, so it is left to the workflow
algorithm; the ground check needs plots (without plots use carbonsink:workflow).
"""

from __future__ import annotations

import os
import sys

from qgis_app import ROOT, QgisSession

MODEL_PATH = os.path.join(
    ROOT, "carbonsink_plugin", "resources", "models", "urban_carbon_sink.model3"
)
MODEL_NAME = "Urban carbon sink evaluation (stages 2–5)"
MODEL_GROUP = "Urban carbon sink (DB4403/T 348)"

# Model inputs: (name, kind, label, options). Names follow carbonsink:workflow.
INPUTS = (
    ("NDVI", "raster", "Monthly NDVI (12 bands, unitless)", {}),
    ("SOL", "raster", "Monthly total solar radiation (12 bands, MJ·m⁻²·month⁻¹)", {}),
    ("TEMPERATURE", "raster", "Monthly mean air temperature (12 bands, °C)", {}),
    ("PRECIPITATION", "raster", "Monthly precipitation (12 bands, mm·month⁻¹)", {}),
    ("VEGETATION", "raster", "Vegetation types (codes 0–8, same grid)", {}),
    ("NDVI_EXTREMES", "enum", "NDVI extremes of CASA: table or data (95th percentile)", {}),
    ("ZONES", "polygons", "Zones (districts)", {}),
    ("ZONE_FIELD", "field", "Zone name field", {"parent": "ZONES", "default": "name_zh"}),
    ("PLOTS", "plots", "Field plots with measured values", {}),
    ("MEASURED_FIELD", "field", "Measured value field (annual NPP, gC·m⁻²·a⁻¹)", {
        "parent": "PLOTS", "default": "measured"}),
    ("STRATUM_FIELD", "field", "Stratum (vegetation type) field of the plots", {
        "parent": "PLOTS", "default": "stratum", "optional": True}),
    ("AREA_NAME", "string", "Study area name (for the report)", {"optional": True}),
    ("LANGUAGE", "language", "Report language (en = English, zh = 中文)", {}),
)  # fmt: skip

# Children: (child id, algorithm, description, {parameter: source}, {output: (model output
# name, label)}). A source is ("input", name), ("child", child id, output) or ("value", v).
CHILDREN = (
    ("npp", "casanpp", "CASA NPP", {
        "NDVI": ("input", "NDVI"), "SOL": ("input", "SOL"),
        "TEMPERATURE": ("input", "TEMPERATURE"), "PRECIPITATION": ("input", "PRECIPITATION"),
        "VEGETATION": ("input", "VEGETATION"), "NDVI_EXTREMES": ("input", "NDVI_EXTREMES"),
    }, {"OUTPUT": ("NPP", "Annual NPP (gC·m⁻²·a⁻¹)")}),
    ("rh", "soilrespiration", "Soil heterotrophic respiration", {
        "TEMPERATURE": ("input", "TEMPERATURE"), "PRECIPITATION": ("input", "PRECIPITATION"),
        "VEGETATION": ("input", "VEGETATION"),
    }, {"OUTPUT": ("RH", "Annual Rh (gC·m⁻²·a⁻¹)")}),
    ("sink", "carbonsink", "Carbon sink NEP = NPP − Rh", {
        "NPP": ("child", "npp", "OUTPUT"), "RH": ("child", "rh", "OUTPUT"),
        "VEGETATION": ("input", "VEGETATION"),
    }, {
        "OUTPUT": ("NEP", "Annual NEP (gC·m⁻²·a⁻¹)"),
        "CO2_DENSITY": ("CO2_DENSITY", "CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)"),
        "SINK_CLASS": ("SINK_CLASS", "Carbon sink / source"),
        "TOTALS": ("TOTALS", "Carbon sink totals"),
    }),
    ("plan", "samplingplan", "Sampling plan for the next field campaign", {
        "VEGETATION": ("input", "VEGETATION"), "STUDY_AREA": ("input", "ZONES"),
    }, {"OUTPUT": ("SAMPLING_PLAN", "Sampling plan (plots for the next campaign)")}),
    ("check", "groundcheck", "Ground check against the field plots", {
        "PLOTS": ("input", "PLOTS"), "MEASURED_FIELD": ("input", "MEASURED_FIELD"),
        "STRATUM_FIELD": ("input", "STRATUM_FIELD"), "RASTER": ("child", "npp", "OUTPUT"),
        "VEGETATION": ("input", "VEGETATION"),
    }, {
        "OUTPUT": ("CHECKED_PLOTS", "Checked plots"),
        "METRICS": ("METRICS", "Ground-check metrics"),
        "SCATTER": ("SCATTER", "Ground-check scatter plot (PNG)"),
    }),
    ("zones", "zonalstats", "District statistics", {
        "NEP": ("child", "sink", "OUTPUT"), "NPP": ("child", "npp", "OUTPUT"),
        "VEGETATION": ("input", "VEGETATION"), "ZONES": ("input", "ZONES"),
        "ZONE_FIELD": ("input", "ZONE_FIELD"),
    }, {
        "OUTPUT": ("ZONAL_TABLE", "District statistics"),
        "TYPE_TABLE": ("TYPE_TABLE", "Vegetation-type statistics"),
    }),
    ("grade", "grade", "Carbon sink grades", {
        "NEP": ("child", "sink", "OUTPUT"), "METHOD": ("value", "breaks"),
        "ZONES": ("input", "ZONES"), "ZONE_FIELD": ("input", "ZONE_FIELD"),
    }, {
        "OUTPUT": ("GRADE", "Carbon sink grades"),
        "TABLE": ("GRADE_TABLE", "Grade areas"),
    }),
    ("report", "report", "Evaluation report", {
        "LANGUAGE": ("input", "LANGUAGE"), "STUDY_AREA": ("input", "AREA_NAME"),
        "VEGETATION": ("input", "VEGETATION"), "NPP": ("child", "npp", "OUTPUT"),
        "RH": ("child", "rh", "OUTPUT"), "NEP": ("child", "sink", "OUTPUT"),
        "SINK_CLASS": ("child", "sink", "SINK_CLASS"), "GRADE": ("child", "grade", "OUTPUT"),
        "ZONES": ("input", "ZONES"), "ZONE_FIELD": ("input", "ZONE_FIELD"),
        "TOTALS": ("child", "sink", "TOTALS"), "ZONAL_TABLE": ("child", "zones", "OUTPUT"),
        "TYPE_TABLE": ("child", "zones", "TYPE_TABLE"),
        "GRADE_TABLE": ("child", "grade", "TABLE"), "METRICS": ("child", "check", "METRICS"),
        "CHECKED_PLOTS": ("child", "check", "OUTPUT"),
        "PLOT_STRATUM_FIELD": ("input", "STRATUM_FIELD"),
        "SCATTER": ("child", "check", "SCATTER"), "THRESHOLD": ("value", 0.8),
    }, {
        "OUTPUT_HTML": ("OUTPUT_HTML", "Report (HTML)"),
        "OUTPUT_PDF": ("OUTPUT_PDF", "Report (PDF)"),
    }),
)  # fmt: skip

# Where the boxes sit in the modeler: inputs in a column on the left, the chain to the right.
CHILD_POSITIONS = {
    "npp": (420, 120),
    "rh": (420, 300),
    "sink": (680, 210),
    "plan": (680, 420),
    "check": (940, 120),
    "zones": (940, 300),
    "grade": (940, 480),
    "report": (1200, 300),
}

HELP = {
    "ALG_DESC": (
        "Stages 2–5 of DB4403/T 348—2023 for one year, as a graphical model of the plugin's "
        "algorithms: CASA NPP → soil heterotrophic respiration → carbon sink (NEP = NPP − Rh) "
        "→ sampling plan and ground check against the field plots → district statistics → "
        "grades → the report (HTML and PDF). Open it in the Model Designer to change a step "
        "or a parameter. The algorithm carbonsink:workflow runs the same chain and adds the "
        "trend over earlier years, works without plots, and collects the warnings of every "
        "step into the report."
    ),
    "ALG_CREATOR": "Urban carbon sink plugin (scripts/build_model.py)",
    "NDVI": "12 bands, band m = month m, unitless (stage 1: NDVI, monthly composite).",
    "SOL": "12 bands, total solar radiation in MJ·m⁻²·month⁻¹.",
    "TEMPERATURE": "12 bands, monthly mean air temperature in °C.",
    "PRECIPITATION": "12 bands, monthly precipitation in mm·month⁻¹.",
    "VEGETATION": "Vegetation-type codes 0–8 on the same grid (stage 1: vegetation types).",
    "NDVI_EXTREMES": "data (default): 95th percentile of the NDVI per type, as the CASA "
    "literature defines NDVI_max; table: NDVI_max of the type table (Zhu's AVHRR-era maxima, "
    "which Landsat/Sentinel-2 NDVI saturates).",
    "PLOTS": "Field plots with the measured annual NPP (gC·m⁻²·a⁻¹).",
}


def build():
    """The model (QgsProcessingModelAlgorithm); needs QGIS with the carbonsink provider."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm(MODEL_NAME, MODEL_GROUP)
    for row, (name, kind, label, options) in enumerate(INPUTS):
        component = QgsProcessingModelParameter(name)
        component.setPosition(QPointF(120, 60 + 70 * row))
        model.addModelParameter(_input(name, kind, label, options), component)

    sources = {
        "input": QgsProcessingModelChildParameterSource.fromModelParameter,
        "child": QgsProcessingModelChildParameterSource.fromChildOutput,
        "value": QgsProcessingModelChildParameterSource.fromStaticValue,
    }
    for child_id, algorithm, description, parameters, outputs in CHILDREN:
        child = QgsProcessingModelChildAlgorithm(f"carbonsink:{algorithm}")
        if child.algorithm() is None:
            raise RuntimeError(f"carbonsink:{algorithm} is not registered")
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(*CHILD_POSITIONS[child_id]))
        for parameter, (kind, *value) in parameters.items():
            if child.algorithm().parameterDefinition(parameter) is None:
                raise RuntimeError(f"carbonsink:{algorithm} has no parameter {parameter}")
            child.addParameterSources(parameter, [sources[kind](*value)])
        _defaults(child)
        model_outputs = {}
        for row, (output, (name, label)) in enumerate(outputs.items()):
            model_output = QgsProcessingModelOutput(name, label)
            model_output.setChildId(child_id)
            model_output.setChildOutputName(output)
            x, y = CHILD_POSITIONS[child_id]
            model_output.setPosition(QPointF(x + 170, y - 40 + 30 * row))
            model_outputs[name] = model_output
        child.setModelOutputs(model_outputs)
        model.addChildAlgorithm(child)
    model.setHelpContent(HELP)
    for child_id, *_rest in CHILDREN:
        ok, problems = model.validateChildAlgorithm(child_id)
        if not ok:
            raise RuntimeError(f"{child_id}: {'; '.join(problems)}")
    return model


def _input(name, kind, label, options):
    from qgis.core import (
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
    )

    from carbonsink_plugin.compat import (
        FIELD_ANY,
        SOURCE_POLYGON,
        SOURCE_VECTOR_GEOMETRY,
    )
    from carbonsink_plugin.report.vocabulary import LANGUAGES

    optional = options.get("optional", False)
    if kind == "raster":
        return QgsProcessingParameterRasterLayer(name, label)
    if kind == "polygons":
        return QgsProcessingParameterFeatureSource(name, label, [SOURCE_POLYGON])
    if kind == "plots":
        return QgsProcessingParameterFeatureSource(name, label, [SOURCE_VECTOR_GEOMETRY])
    if kind == "field":
        return QgsProcessingParameterField(
            name,
            label,
            defaultValue=options["default"],
            parentLayerParameterName=options["parent"],
            type=FIELD_ANY,
            optional=optional,
        )
    if kind == "string":
        return QgsProcessingParameterString(name, label, defaultValue="", optional=optional)
    if kind == "enum":
        return QgsProcessingParameterEnum(
            name, label, options=["table", "data"], defaultValue="data", usesStaticStrings=True
        )
    if kind == "language":
        return QgsProcessingParameterEnum(
            name, label, options=list(LANGUAGES), defaultValue="en", usesStaticStrings=True
        )
    raise ValueError(kind)


def _defaults(child) -> None:
    """What the Model Designer does: every parameter not set gets its default value."""
    from qgis.core import QgsProcessingModelChildParameterSource

    for definition in child.algorithm().parameterDefinitions():
        if definition.isDestination() or definition.name() in child.parameterSources():
            continue
        if definition.defaultValue() is not None:
            child.addParameterSources(
                definition.name(),
                [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())],
            )


def write(path: str = MODEL_PATH) -> str:
    """Write the model; attributes sorted, so the same model always gives the same bytes."""
    model = build()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not model.toFile(path):
        raise RuntimeError(f"could not write {path}")
    text = stable_xml(path)
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    return path


def stable_xml(path: str) -> str:
    """The .model3 file's XML with every element's attributes in name order (QGIS writes them
    in hash order, which changes from run to run), without QGIS ≥ 3.26's internal_version.

    Without internal_version every QGIS reads the model as the first version of the format and
    names its outputs 'child id:output' (sink:NEP): the same names on QGIS 3.22 and 3.40, so
    saved processing.run() calls and batch tables keep working when QGIS is upgraded."""
    import xml.etree.ElementTree as ElementTree

    tree = ElementTree.parse(path)
    for parent in list(tree.iter()):
        for option in [c for c in parent if c.get("name") == "internal_version"]:
            parent.remove(option)
    for element in tree.iter():
        attributes = sorted(element.attrib.items())
        element.attrib.clear()
        element.attrib.update(attributes)
    ElementTree.indent(tree, space=" ")
    return "<!DOCTYPE model>\n" + ElementTree.tostring(tree.getroot(), encoding="unicode") + "\n"


def main(argv: list[str]) -> int:
    with QgisSession():
        print(write(argv[0] if argv else MODEL_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
