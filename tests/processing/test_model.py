"""The graphical model shipped with the plugin (resources/models/urban_carbon_sink.model3):
in step with scripts/build_model.py, and runnable on the reduced sample with the same numbers
as carbonsink:workflow."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest
from plot_layers import read_layer
from qgis.core import QgsProcessingModelAlgorithm
from stage3_support import RecordingFeedback
from support import read_raster
from workflow_support import common_inputs, prepare, workflow_parameters

from carbonsink_plugin.paths import resource_path

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "scripts")
MODEL = resource_path("models", "urban_carbon_sink.model3")


@pytest.fixture(scope="module")
def build_model():
    if SCRIPTS not in sys.path:
        sys.path.insert(0, SCRIPTS)
    import build_model

    return build_model


@pytest.fixture(scope="module")
def prepared(provider, tmp_path_factory):
    return prepare(str(tmp_path_factory.mktemp("model_sample")))


def load_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
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


def test_the_shipped_model_is_what_the_script_builds(provider, build_model, tmp_path):
    assert build_model.MODEL_PATH == MODEL
    rebuilt = QgsProcessingModelAlgorithm()
    assert rebuilt.fromFile(build_model.write(str(tmp_path / "rebuilt.model3")))
    assert outline(rebuilt) == outline(load_model()), "run scripts/build_model.py and commit it"


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
    assert {"npp:NPP", "sink:NEP", "report:OUTPUT_HTML", "check:METRICS"} <= outputs


def test_the_model_runs_on_the_reduced_sample_like_the_workflow(prepared, tmp_path):
    import processing

    model = load_model()
    parameters = common_inputs(prepared)
    extensions = {"rasterDestination": "tif", "sink": "gpkg"}
    for definition in model.destinationParameterDefinitions():
        name = definition.name()
        extension = extensions.get(definition.type()) or name.rsplit("_", 1)[-1].lower()
        extension = {"scatter": "png"}.get(extension, extension)
        parameters[name] = str(tmp_path / f"{name.replace(':', '_')}.{extension}")
    results = processing.run(model, parameters, feedback=RecordingFeedback())
    for definition in model.destinationParameterDefinitions():
        path = results[definition.name()]
        assert os.path.getsize(path) > 0, definition.name()
    with open(results["report:OUTPUT_HTML"], encoding="utf-8") as stream:
        assert "Shenzhen" in stream.read()

    workflow = processing.run(
        "carbonsink:workflow",
        workflow_parameters(prepared, str(tmp_path / "workflow"), PREVIOUS_NEP=None),
    )
    # The same algorithms with the same parameters: the same rasters and tables.
    for model_output, workflow_output in (("npp:NPP", "NPP"), ("sink:NEP", "NEP")):
        np.testing.assert_array_equal(
            read_raster(results[model_output])[0], read_raster(workflow[workflow_output])[0]
        )
    totals = {a["quantity"]: a["value"] for _w, a in read_layer(results["sink:TOTALS"])}
    assert totals["total_nep_tco2"] == pytest.approx(workflow["TOTAL_NEP_TCO2"], rel=1e-12)
    metrics = {a["scope"]: a for _w, a in read_layer(results["check:METRICS"])}
    assert metrics["all"]["accuracy"] == pytest.approx(workflow["ACCURACY"], rel=1e-12)
