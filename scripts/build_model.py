#!/usr/bin/env python3
"""Write the graphical model shipped with the plugin: stages 2–5 of one year as a .model3.

    python3 scripts/build_model.py [OUT LANGUAGE]   (default: both models, en and zh)

The model is built here with QgsProcessingModelAlgorithm from the algorithms' own parameter
names, so it stays in step with them: run this after changing an algorithm's parameters or
outputs, and commit the result (tests/processing/test_model.py fails when a committed file
differs from what this script builds). The English model is in resources/models/en, the
Chinese one (the same inputs by name, labels, steps, outputs and help in Chinese) in
resources/models/zh_CN; the plugin shows the one of the language QGIS runs in.

Chain (one year, the same as carbonsink:workflow without the trend):
casanpp → soilrespiration → carbonsink → samplingplan, groundcheck → zonalstats → grade → report.
The trend needs earlier years and a model cannot skip a step, so it is left to the workflow
algorithm; the ground check needs plots (without plots use carbonsink:workflow).
"""

from __future__ import annotations

import os
import sys
import uuid

from qgis_app import ROOT, QgisSession

MODELS = os.path.join(ROOT, "carbonsink_plugin", "resources", "models")
# One model per language, each in its own folder: the plugin shows the folder of the language
# QGIS runs in (processing/models.py), and Processing reads a folder with its subfolders.
MODEL_PATHS = {
    "en": os.path.join(MODELS, "en", "urban_carbon_sink.model3"),
    "zh": os.path.join(MODELS, "zh_CN", "urban_carbon_sink.model3"),
}
MODEL_PATH = MODEL_PATHS["en"]
MODEL_NAMES = {
    "en": ("Urban carbon sink evaluation (stages 2–5)", "Urban carbon sink (DB4403/T 348)"),
    "zh": ("城市碳汇遥感评价（第2–5阶段）", "城市碳汇遥感评价（DB4403/T 348）"),
}

# Model inputs, in the order of the run dialog (as carbonsink:workflow: the data, the zones,
# the field plots, then the options): (name, kind, English label, Chinese label, options).
# Names follow carbonsink:workflow and are the same in both languages.
INPUTS = (
    ("NDVI", "raster", "Monthly NDVI (12 bands, unitless)", "月 NDVI（12 波段，无量纲）", {}),
    ("SOL", "raster", "Monthly total solar radiation (12 bands, MJ·m⁻²·month⁻¹)",
     "月太阳总辐射（12 波段，MJ·m⁻²·月⁻¹）", {}),
    ("TEMPERATURE", "raster", "Monthly mean air temperature (12 bands, °C)",
     "月平均气温（12 波段，°C）", {}),
    ("PRECIPITATION", "raster", "Monthly precipitation (12 bands, mm·month⁻¹)",
     "月降水量（12 波段，mm·月⁻¹）", {}),
    ("VEGETATION", "raster", "Vegetation types (codes 0–8, same grid)",
     "植被类型（编码 0–8，同一网格）", {}),
    ("ZONES", "polygons", "Zones (districts)", "统计分区（行政区）", {}),
    ("ZONE_FIELD", "field", "Zone name field", "分区名称字段", {
        "parent": "ZONES", "default": "name_zh"}),
    ("PLOTS", "plots", "Field plots with measured values", "实测样地", {}),
    ("MEASURED_FIELD", "field", "Measured value field (annual NPP, gC·m⁻²·a⁻¹)",
     "实测值字段（年 NPP，gC·m⁻²·a⁻¹）", {"parent": "PLOTS", "default": "measured"}),
    ("STRATUM_FIELD", "field", "Stratum (vegetation type) field of the plots",
     "样地的分层（植被类型）字段", {"parent": "PLOTS", "default": "stratum", "optional": True}),
    ("NDVI_EXTREMES", "enum", "NDVI extremes of CASA: table or data (95th percentile)",
     "CASA 的 NDVI 极值：table（参数表）或 data（第 95 百分位数）", {}),
    ("AREA_NAME", "string", "Study area name (for the report)", "研究区名称（用于报告）", {
        "optional": True}),
    ("LANGUAGE", "language", "Report language (en = English, zh = 中文)",
     "报告语言（en = 英文，zh = 中文）", {}),
)  # fmt: skip

# Children: (child id, algorithm, stage, (English, Chinese) description, {parameter: source},
# {output: (English, Chinese) name}). A source is ("input", name), ("child", child id, output)
# or ("value", v). A model output's name is what the modeler shows in its box and the key of
# the model's results ("child id:name"): words, not the child's output id.
CHILDREN = (
    ("npp", "casanpp", 2, ("CASA NPP", "CASA 净初级生产力"), {
        "NDVI": ("input", "NDVI"), "SOL": ("input", "SOL"),
        "TEMPERATURE": ("input", "TEMPERATURE"), "PRECIPITATION": ("input", "PRECIPITATION"),
        "VEGETATION": ("input", "VEGETATION"), "NDVI_EXTREMES": ("input", "NDVI_EXTREMES"),
    }, {"OUTPUT": ("Annual NPP", "年 NPP")}),
    ("rh", "soilrespiration", 2, ("Soil heterotrophic respiration", "土壤异养呼吸"), {
        "TEMPERATURE": ("input", "TEMPERATURE"), "PRECIPITATION": ("input", "PRECIPITATION"),
        "VEGETATION": ("input", "VEGETATION"),
    }, {"OUTPUT": ("Annual Rh", "年 Rh")}),
    ("sink", "carbonsink", 3, ("Carbon sink NEP = NPP − Rh", "碳汇量 NEP = NPP − Rh"), {
        "NPP": ("child", "npp", "OUTPUT"), "RH": ("child", "rh", "OUTPUT"),
        "VEGETATION": ("input", "VEGETATION"),
    }, {
        "OUTPUT": ("Annual NEP", "年 NEP"),
        "CO2_DENSITY": ("CO2 sink density", "CO₂ 碳汇密度"),
        "SINK_CLASS": ("Carbon sink or source", "碳汇/碳源"),
        "TOTALS": ("Carbon sink totals", "碳汇总量"),
    }),
    ("plan", "samplingplan", 4, ("Sampling plan", "抽样方案"), {
        "VEGETATION": ("input", "VEGETATION"), "STUDY_AREA": ("input", "ZONES"),
    }, {"OUTPUT": ("Plots for the next campaign", "下次外业样地")}),
    ("check", "groundcheck", 4, ("Ground check", "地面核查"), {
        "PLOTS": ("input", "PLOTS"), "MEASURED_FIELD": ("input", "MEASURED_FIELD"),
        "STRATUM_FIELD": ("input", "STRATUM_FIELD"), "RASTER": ("child", "npp", "OUTPUT"),
        "VEGETATION": ("input", "VEGETATION"),
    }, {
        "OUTPUT": ("Checked plots", "核查样地"),
        "METRICS": ("Ground-check metrics", "核查精度指标"),
        "SCATTER": ("Ground-check scatter plot", "核查散点图"),
    }),
    ("zones", "zonalstats", 5, ("District statistics", "分区统计"), {
        "NEP": ("child", "sink", "OUTPUT"), "NPP": ("child", "npp", "OUTPUT"),
        "VEGETATION": ("input", "VEGETATION"), "ZONES": ("input", "ZONES"),
        "ZONE_FIELD": ("input", "ZONE_FIELD"),
    }, {
        "OUTPUT": ("District statistics", "分区统计表"),
        "TYPE_TABLE": ("Vegetation-type statistics", "植被类型统计表"),
    }),
    ("grade", "grade", 5, ("Carbon sink grades", "碳汇强度分级"), {
        "NEP": ("child", "sink", "OUTPUT"), "METHOD": ("value", "breaks"),
        "ZONES": ("input", "ZONES"), "ZONE_FIELD": ("input", "ZONE_FIELD"),
    }, {
        "OUTPUT": ("Carbon sink grades", "碳汇强度等级"),
        "TABLE": ("Grade areas", "等级面积表"),
    }),
    ("report", "report", 6, ("Evaluation report", "评价报告"), {
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
        "OUTPUT_HTML": ("Report (HTML)", "报告（HTML）"),
        "OUTPUT_PDF": ("Report (PDF)", "报告（PDF）"),
        "OUTPUT_ODT": ("Editable report (ODT)", "可编辑报告（ODT）"),
    }),
)  # fmt: skip

# The modeler's grid: inputs in a column on the left, grouped (data, zones, plots, options);
# then one column per stage of the standard, each in a titled frame, each step's outputs
# below it. Positions are box centres; sizes are wide enough for the longest label.
STAGES = {
    2: ("Stage 2 — NPP", "第二阶段　净初级生产力"),
    3: ("Stage 3 — carbon sink", "第三阶段　城市碳汇计算"),
    4: ("Stage 4 — ground check", "第四阶段　地面核查"),
    5: ("Stage 5 — evaluation", "第五阶段　评价分析"),
    6: ("Report", "评价报告"),
}
INPUT_GROUPS = (
    (("Data", "数据"), ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION", "VEGETATION")),
    (("Zones", "统计分区"), ("ZONES", "ZONE_FIELD")),
    (("Field plots", "实测样地"), ("PLOTS", "MEASURED_FIELD", "STRATUM_FIELD")),
    (("Options", "选项"), ("NDVI_EXTREMES", "AREA_NAME", "LANGUAGE")),
)
INPUT_WIDTH, CHILD_WIDTH, OUTPUT_WIDTH, BOX_HEIGHT = 380.0, 250.0, 230.0, 30.0
INPUT_X, FIRST_COLUMN_X, COLUMN_STEP, TOP = 230.0, 620.0, 330.0, 125.0
ROW, OUTPUT_ROW, GAP = 45.0, 40.0, 60.0
OUTPUT_DROP = 18.0  # below the step's "Out" port

HELP_EN = {
    "ALG_DESC": (
        "Stages 2–5 of DB4403/T 348—2023 for one year, as a graphical model of the plugin's "
        "algorithms: CASA NPP → soil heterotrophic respiration → carbon sink (NEP = NPP − Rh) "
        "→ sampling plan and ground check against the field plots → district statistics → "
        "grades → the report (HTML, PDF and an editable ODT). Open it in the Model Designer "
        "to change a step or a parameter. The algorithm carbonsink:workflow runs the same "
        "chain and adds the trend over earlier years, works without plots, and collects the "
        "warnings of every step into the report."
    ),
    "ALG_CREATOR": "Urban carbon sink plugin (scripts/build_model.py)",
    "ALG_HELP_CREATOR": "Urban carbon sink plugin",
    "NDVI": "12 bands, band m = month m, unitless (stage 1: NDVI, monthly composite).",
    "SOL": "12 bands, total solar radiation in MJ·m⁻²·month⁻¹.",
    "TEMPERATURE": "12 bands, monthly mean air temperature in °C.",
    "PRECIPITATION": "12 bands, monthly precipitation in mm·month⁻¹.",
    "VEGETATION": "Vegetation-type codes 0–8 on the same grid (stage 1: vegetation types).",
    "ZONES": "Polygons of the districts: statistics, grades per district and the map labels.",
    "ZONE_FIELD": "The field with the district names (name_zh in the shipped districts).",
    "PLOTS": "Field plots with the measured annual NPP (gC·m⁻²·a⁻¹).",
    "MEASURED_FIELD": "The plots' measured annual NPP in gC·m⁻²·a⁻¹.",
    "STRATUM_FIELD": "Each plot's vegetation code (optional): metrics per type.",
    "NDVI_EXTREMES": "data (default): 95th percentile of the NDVI per type, as the CASA "
    "literature defines NDVI_max; table: NDVI_max of the type table (Zhu's AVHRR-era maxima, "
    "which Landsat/Sentinel-2 NDVI saturates).",
    "AREA_NAME": "The study area's name on the report's cover.",
    "LANGUAGE": "The report's language: en English, zh Chinese.",
}
HELP_ZH = {
    "ALG_DESC": (
        "以本插件的算法组成的图形模型，完成 DB4403/T 348—2023 第2–5阶段（一年）：CASA 净初级"
        "生产力 → 土壤异养呼吸 → 碳汇量（NEP = NPP − Rh）→ 抽样方案与实测样地地面核查 → 分区"
        "统计 → 碳汇强度分级 → 评价报告（HTML、PDF 和可编辑的 ODT）。在模型设计器中打开即可修改"
        "步骤或参数。算法 carbonsink:workflow 运行同一流程，并增加多年趋势分析、可在无样地时"
        "运行，且把各步骤的警告汇入报告。"
    ),
    "ALG_CREATOR": "城市碳汇插件（scripts/build_model.py）",
    "ALG_HELP_CREATOR": "城市碳汇插件",
    "NDVI": "12 个波段，第 m 波段为第 m 月，无量纲（第一阶段：NDVI、月合成）。",
    "SOL": "12 个波段，月太阳总辐射，MJ·m⁻²·月⁻¹。",
    "TEMPERATURE": "12 个波段，月平均气温，°C。",
    "PRECIPITATION": "12 个波段，月降水量，mm·月⁻¹。",
    "VEGETATION": "同一网格上的植被类型编码 0–8（第一阶段：植被类型）。",
    "ZONES": "行政区多边形：用于分区统计、分区分级和地图标注。",
    "ZONE_FIELD": "行政区名称字段（随插件提供的行政区为 name_zh）。",
    "PLOTS": "含实测年 NPP（gC·m⁻²·a⁻¹）的样地。",
    "MEASURED_FIELD": "样地实测年 NPP，gC·m⁻²·a⁻¹。",
    "STRATUM_FIELD": "各样地的植被类型编码（可选）：分类型统计精度。",
    "NDVI_EXTREMES": "data（默认）：按类型取 NDVI 的第 95 百分位数，即 CASA 文献对 NDVI_max "
    "的定义；table：采用参数表中的 NDVI_max（朱文泉基于 AVHRR 的极值，Landsat/Sentinel-2 "
    "的 NDVI 会使其饱和）。",
    "AREA_NAME": "报告封面上的研究区名称。",
    "LANGUAGE": "报告语言：en 英文，zh 中文。",
}
HELP = {"en": HELP_EN, "zh": HELP_ZH}


def build(language: str = "en"):
    """The model (QgsProcessingModelAlgorithm) in a language (en, zh); needs QGIS with the
    carbonsink provider."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelGroupBox,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
    )
    from qgis.PyQt.QtCore import QPointF, QSizeF

    index = 0 if language == "en" else 1
    model = QgsProcessingModelAlgorithm(*MODEL_NAMES[language])

    def frame(title, left, top, right, bottom):
        box = QgsProcessingModelGroupBox(title)
        box.setPosition(QPointF((left + right) / 2, (top + bottom) / 2))
        box.setSize(QSizeF(right - left, bottom - top))
        model.addGroupBox(box)

    labels = {name: (en, zh) for name, _kind, en, zh, _options in INPUTS}
    y = TOP
    for title, names in INPUT_GROUPS:
        first = y
        for name in names:
            kind, options = next((k, o) for n, k, _e, _z, o in INPUTS if n == name)
            component = QgsProcessingModelParameter(name)
            component.setPosition(QPointF(INPUT_X, y))
            component.setSize(QSizeF(INPUT_WIDTH, BOX_HEIGHT))
            definition = _input(name, kind, labels[name][index], options, language)
            model.addModelParameter(definition, component)
            y += ROW
        frame(title[index], INPUT_X - INPUT_WIDTH / 2 - 15, first - 45,
              INPUT_X + INPUT_WIDTH / 2 + 15, y - ROW + 25)  # fmt: skip
        y += GAP - ROW + 45
    model.setParameterOrder([name for name, *_rest in INPUTS])

    sources = {
        "input": QgsProcessingModelChildParameterSource.fromModelParameter,
        "child": QgsProcessingModelChildParameterSource.fromChildOutput,
        "value": QgsProcessingModelChildParameterSource.fromStaticValue,
    }
    columns: dict[int, float] = {}  # stage → the next free y
    for child_id, algorithm, stage, description, parameters, outputs in CHILDREN:
        child = QgsProcessingModelChildAlgorithm(f"carbonsink:{algorithm}")
        if child.algorithm() is None:
            raise RuntimeError(f"carbonsink:{algorithm} is not registered")
        child.setChildId(child_id)
        child.setDescription(description[index])
        x = FIRST_COLUMN_X + COLUMN_STEP * (stage - 2)
        y = columns.get(stage, TOP)
        child.setPosition(QPointF(x, y))
        child.setSize(QSizeF(CHILD_WIDTH, BOX_HEIGHT))
        for parameter, (kind, *value) in parameters.items():
            if child.algorithm().parameterDefinition(parameter) is None:
                raise RuntimeError(f"carbonsink:{algorithm} has no parameter {parameter}")
            child.addParameterSources(parameter, [sources[kind](*value)])
        _defaults(child)
        model_outputs = {}
        for row, (output, names) in enumerate(outputs.items(), start=1):
            if child.algorithm().destinationParameterDefinitions() and not any(
                d.name() == output for d in child.algorithm().destinationParameterDefinitions()
            ):
                raise RuntimeError(f"carbonsink:{algorithm} has no output {output}")
            model_output = QgsProcessingModelOutput(names[index], names[index])
            model_output.setChildId(child_id)
            model_output.setChildOutputName(output)
            model_output.setPosition(QPointF(x + 10, y + OUTPUT_DROP + OUTPUT_ROW * row))
            model_output.setSize(QSizeF(OUTPUT_WIDTH, BOX_HEIGHT))
            model_outputs[names[index]] = model_output
        child.setModelOutputs(model_outputs)
        model.addChildAlgorithm(child)
        columns[stage] = y + OUTPUT_DROP + OUTPUT_ROW * len(outputs) + ROW + GAP
    for stage, bottom in columns.items():
        x = FIRST_COLUMN_X + COLUMN_STEP * (stage - 2)
        frame(STAGES[stage][index], x - CHILD_WIDTH / 2 - 20, TOP - 80,
              x + CHILD_WIDTH / 2 + 20, bottom - GAP - ROW + 25)  # fmt: skip
    model.setHelpContent(HELP[language])
    for child_id, *_rest in CHILDREN:
        ok, problems = model.validateChildAlgorithm(child_id)
        if not ok:
            raise RuntimeError(f"{child_id}: {'; '.join(problems)}")
    return model


def _input(name, kind, label, options, language="en"):
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
    if kind == "language":  # the report in the model's language by default
        return QgsProcessingParameterEnum(
            name, label, options=list(LANGUAGES), defaultValue=language, usesStaticStrings=True
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


def write(path: str = MODEL_PATH, language: str = "en") -> str:
    """Write the model; attributes sorted, so the same model always gives the same bytes."""
    model = build(language)
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
    # group boxes: QGIS gives each a random uuid and writes them in hash order
    for boxes in [e for e in tree.iter("Option") if e.get("name") == "groupBoxes"]:
        entries = list(boxes)

        def title(entry):
            return next(
                (o.get("value") for o in entry if o.get("name") == "component_description"), ""
            )

        for entry in entries:
            boxes.remove(entry)
            for option in entry:
                if option.get("name") == "uuid":
                    option.set("value", f"{{{uuid.uuid5(uuid.NAMESPACE_URL, title(entry))}}}")
        for entry in sorted(entries, key=title):
            boxes.append(entry)
    for element in tree.iter():
        attributes = sorted(element.attrib.items())
        element.attrib.clear()
        element.attrib.update(attributes)
    ElementTree.indent(tree, space=" ")
    return "<!DOCTYPE model>\n" + ElementTree.tostring(tree.getroot(), encoding="unicode") + "\n"


def main(argv: list[str]) -> int:
    with QgisSession():
        if argv:
            print(write(argv[0], argv[1] if len(argv) > 1 else "en"))
        else:
            for language, path in MODEL_PATHS.items():
                print(write(path, language))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
