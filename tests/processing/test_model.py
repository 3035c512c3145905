"""The graphical model shipped with the plugin (resources/models/urban_carbon_sink.model3):
in step with scripts/build_model.py, and runnable on the reduced sample with the same numbers
as carbonsink:workflow."""

from __future__ import annotations

import os
import re
import sys

import numpy as np
import pytest
from plot_layers import read_layer
from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QPointF, QRectF
from stage3_support import RecordingFeedback
from support import read_raster
from workflow_support import common_inputs, prepare, workflow_parameters

from carbonsink_plugin.paths import resource_path

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "scripts")
MODEL = resource_path("models", "en", "urban_carbon_sink.model3")
MODEL_ZH = resource_path("models", "zh_CN", "urban_carbon_sink.model3")


@pytest.fixture(scope="module")
def build_model():
    if SCRIPTS not in sys.path:
        sys.path.insert(0, SCRIPTS)
    import build_model

    return build_model


@pytest.fixture(scope="module")
def prepared(provider, tmp_path_factory):
    return prepare(str(tmp_path_factory.mktemp("model_sample")))


def load_model(path: str = MODEL) -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(path)
    return model


def outline(model: QgsProcessingModelAlgorithm) -> dict:
    """What a user of the model sees and gets: inputs, outputs, the steps and what feeds them
    (not how this QGIS version writes the file)."""
    sources = {}
    for child_id, child in model.childAlgorithms().items():
        for name, values in child.parameterSources().items():
            sources[child_id, name] = [
                (s.source(), s.parameterName(), s.outputChildId(), s.outputName(), s.staticValue())
                for s in values
            ]
    return {
        "inputs": sorted((p.name(), p.type()) for p in model.parameterDefinitions()),
        "outputs": sorted(o.name() for o in model.outputDefinitions()),
        "children": sorted((i, c.algorithmId()) for i, c in model.childAlgorithms().items()),
        "sources": sources,
    }


@pytest.mark.parametrize(("language", "path"), [("en", MODEL), ("zh", MODEL_ZH)])
def test_the_shipped_model_is_what_the_script_builds(
    provider, build_model, tmp_path, language, path
):
    assert build_model.MODEL_PATHS[language] == path
    rebuilt = QgsProcessingModelAlgorithm()
    assert rebuilt.fromFile(build_model.write(str(tmp_path / "rebuilt.model3"), language))
    expected = outline(load_model(path))
    assert outline(rebuilt) == expected, "run scripts/build_model.py and commit it"


def test_the_model_chains_stages_2_to_5(provider):
    model = load_model()
    assert model.displayName() == "Urban carbon sink evaluation (stages 2–5)"
    children = model.childAlgorithms()
    assert {c.algorithmId() for c in children.values()} == {
        f"carbonsink:{name}"
        for name in (
            "casanpp",
            "soilrespiration",
            "carbonsink",
            "samplingplan",
            "groundcheck",
            "zonalstats",
            "grade",
            "report",
        )
    }
    for child_id in children:
        assert model.validateChildAlgorithm(child_id)[0], child_id
    inputs = {p.name() for p in model.parameterDefinitions() if not p.isDestination()}
    assert {"NDVI", "SOL", "TEMPERATURE", "PRECIPITATION", "VEGETATION", "ZONES", "PLOTS"} <= inputs
    outputs = {p.name() for p in model.destinationParameterDefinitions()}
    assert {"npp:Annual NPP", "sink:Annual NEP", "report:Report (HTML)"} <= outputs
    assert "check:Ground-check metrics" in outputs and "report:Editable report (ODT)" in outputs


# the data, the zones, the plots, then the options (as carbonsink:workflow)
ORDER = [
    "NDVI",
    "SOL",
    "TEMPERATURE",
    "PRECIPITATION",
    "VEGETATION",
    "ZONES",
    "ZONE_FIELD",
    "PLOTS",
    "MEASURED_FIELD",
    "STRATUM_FIELD",
    "NDVI_EXTREMES",
    "AREA_NAME",
    "LANGUAGE",
]


def boxes(model: QgsProcessingModelAlgorithm) -> list[tuple[str, QRectF]]:
    """Every box of the modeler (inputs, steps, outputs) as (label, rectangle)."""
    found = []

    def add(label, component):
        size, centre = component.size(), component.position()
        corner = QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2)
        found.append((label, QRectF(corner, size)))

    for name, component in model.parameterComponents().items():
        add(name, component)
    for child_id, child in model.childAlgorithms().items():
        add(child_id, child)
        for name, output in child.modelOutputs().items():
            add(f"{child_id}:{name}", output)
    return found


@pytest.mark.parametrize("path", [MODEL, MODEL_ZH])
def test_the_run_dialog_lists_inputs_as_the_workflow_and_the_boxes_do_not_overlap(provider, path):
    model = load_model(path)
    inputs = [p.name() for p in model.parameterDefinitions() if not p.isDestination()]
    assert inputs == ORDER  # the order of the file's parameterOrder, on QGIS 3.22 too
    found = boxes(model)
    # 13 inputs, 8 steps, 17 outputs (npp 1, rh 1, sink 4, plan 1, check 3, zones 2, grade 2,
    # report 3)
    assert len(found) == 13 + 8 + 17
    overlapping = [
        (a, b) for i, (a, ra) in enumerate(found) for b, rb in found[i + 1 :] if ra.intersects(rb)
    ]
    assert overlapping == []
    # outputs named in words (the box shows the name), no raw ids such as CHECKED_PLOTS
    for child in model.childAlgorithms().values():
        for name in child.modelOutputs():
            assert not re.fullmatch(r"[A-Z0-9_]+", name), name
    # the help: the description and every input
    help_content = model.helpContent()
    assert help_content["ALG_DESC"]
    assert set(ORDER) <= set(help_content)


def test_the_chinese_model_is_the_english_one_in_chinese(provider):
    english, chinese = load_model(MODEL), load_model(MODEL_ZH)
    assert chinese.displayName() == "城市碳汇遥感评价（第2–5阶段）"
    assert chinese.group() == "城市碳汇遥感评价（DB4403/T 348）"
    # the same inputs (names and types, so the same parameters from a script), steps and sources
    english_outline, chinese_outline = outline(english), outline(chinese)
    for part in ("children", "sources"):
        assert english_outline[part] == chinese_outline[part], part
    for model in (english, chinese):
        assert [p.name() for p in model.parameterDefinitions() if not p.isDestination()] == ORDER
    assert len(chinese.outputDefinitions()) == len(english.outputDefinitions())
    # the report in the model's language unless chosen otherwise
    assert english.parameterDefinition("LANGUAGE").defaultValue() == "en"
    assert chinese.parameterDefinition("LANGUAGE").defaultValue() == "zh"
    assert len(chinese.groupBoxes()) == len(english.groupBoxes()) == 9  # 4 input groups, 5 stages
    cjk = re.compile(r"[\u4e00-\u9fff]")
    texts = [p.description() for p in chinese.parameterDefinitions()]
    texts += [c.description() for c in chinese.childAlgorithms().values()]
    texts += [n for c in chinese.childAlgorithms().values() for n in c.modelOutputs()]
    texts += [chinese.helpContent()[name] for name in ("ALG_DESC", *ORDER)]
    assert [t for t in texts if not cjk.search(t)] == []


def test_the_model_runs_on_the_reduced_sample_like_the_workflow(prepared, tmp_path):
    import processing

    model = load_model()
    parameters = common_inputs(prepared)
    for definition in model.destinationParameterDefinitions():
        name = definition.name()
        stem = re.sub(r"\W+", "_", name)
        parameters[name] = str(tmp_path / f"{stem}.{definition.defaultFileExtension()}")
    results = processing.run(model, parameters, feedback=RecordingFeedback())
    for definition in model.destinationParameterDefinitions():
        path = results[definition.name()]
        assert os.path.getsize(path) > 0, definition.name()
    with open(results["report:Report (HTML)"], encoding="utf-8") as stream:
        assert "Shenzhen" in stream.read()

    workflow = processing.run(
        "carbonsink:workflow",
        workflow_parameters(prepared, str(tmp_path / "workflow"), PREVIOUS_NEP=None),
    )
    # The same algorithms with the same parameters: the same rasters and tables.
    for model_output, workflow_output in (("npp:Annual NPP", "NPP"), ("sink:Annual NEP", "NEP")):
        np.testing.assert_array_equal(
            read_raster(results[model_output])[0], read_raster(workflow[workflow_output])[0]
        )
    totals = {a["quantity"]: a["value"] for _w, a in read_layer(results["sink:Carbon sink totals"])}
    assert totals["total_nep_tco2"] == pytest.approx(workflow["TOTAL_NEP_TCO2"], rel=1e-12)
    metrics = {a["scope"]: a for _w, a in read_layer(results["check:Ground-check metrics"])}
    assert metrics["all"]["accuracy"] == pytest.approx(workflow["ACCURACY"], rel=1e-12)
