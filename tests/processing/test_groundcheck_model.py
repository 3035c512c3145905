"""The field workflow as a graphical model: sampling plan → (field work) → ground check."""

import csv

import numpy as np
import pytest
from plot_layers import read_layer
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingOutputNumber,
    QgsProcessingParameterRasterLayer,
)
from support import write_raster
from test_samplingplan import Log


def source_from(child, output):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child, output)]


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def with_defaults(child):
    """What the modeler's dialog does: every parameter not set gets its default value."""
    for definition in child.algorithm().parameterDefinitions():
        if definition.isDestination() or definition.name() in child.parameterSources():
            continue
        if definition.defaultValue() is not None:
            child.addParameterSources(definition.name(), static(definition.defaultValue()))
    return child


def build_model():
    """types, npp → samplingplan → field calculator (stands in for the field crew) → groundcheck."""
    model = QgsProcessingModelAlgorithm("field workflow", "tests")
    for name in ("types", "npp"):
        model.addModelParameter(
            QgsProcessingParameterRasterLayer(name, name), QgsProcessingModelParameter(name)
        )

    plan = QgsProcessingModelChildAlgorithm("carbonsink:samplingplan")
    plan.setChildId("plan")
    plan.addParameterSources(
        "VEGETATION", [QgsProcessingModelChildParameterSource.fromModelParameter("types")]
    )
    plan.addParameterSources("TOTAL", static(9))
    plan.addParameterSources("MIN_DISTANCE", static(150.0))
    model.addChildAlgorithm(with_defaults(plan))

    # The crew measures each plot: here measured = 95 % of the model value (800·type/2 …),
    # written with a decimal comma as a Chinese spreadsheet would.
    crew = QgsProcessingModelChildAlgorithm("native:fieldcalculator")
    crew.setChildId("crew")
    crew.addParameterSources("INPUT", source_from("plan", "OUTPUT"))
    crew.addParameterSources("FIELD_NAME", static("measured_text"))
    crew.addParameterSources("FIELD_TYPE", static(2))  # text
    crew.addParameterSources("FIELD_LENGTH", static(20))
    crew.addParameterSources(
        "FORMULA", static("replace(to_string(0.95 * (300 + 100 * \"stratum\")), '.', ',')")
    )
    crew.setDependencies([])
    model.addChildAlgorithm(with_defaults(crew))

    check = QgsProcessingModelChildAlgorithm("carbonsink:groundcheck")
    check.setChildId("check")
    check.addParameterSources("PLOTS", source_from("crew", "OUTPUT"))
    check.addParameterSources(
        "RASTER", [QgsProcessingModelChildParameterSource.fromModelParameter("npp")]
    )
    check.addParameterSources("MEASURED_FIELD", static("measured_text"))
    check.addParameterSources("WINDOW", static("3x3"))
    check.addParameterSources("MIN_PLOTS", static(5))
    outputs = {}
    for name in ("OUTPUT", "METRICS", "SCATTER"):
        output = QgsProcessingModelOutput(name.lower())
        output.setChildId("check")
        output.setChildOutputName(name)
        outputs[name.lower()] = output
    check.setModelOutputs(outputs)
    model.addChildAlgorithm(with_defaults(check))
    return model


def test_outputs_are_declared_so_a_model_can_chain_them(provider):
    plan = provider.algorithm("samplingplan")
    check = provider.algorithm("groundcheck")
    assert {"OUTPUT", "PLOTS", "ALLOCATION", "COUNT"} <= {
        o.name() for o in plan.outputDefinitions()
    }
    names = {o.name(): o for o in check.outputDefinitions()}
    for number in ("N", "R2", "RMSE", "MRE", "ACCURACY", "PASSED", "KAPPA", "OVERALL_ACCURACY"):
        assert isinstance(names[number], QgsProcessingOutputNumber)
    assert {"OUTPUT", "METRICS", "SCATTER", "CONFUSION"} <= set(names)
    # enums use static strings: saved models keep working when options are reordered
    assert check.parameterDefinition("WINDOW").usesStaticStrings()
    assert check.parameterDefinition("MEASURE_TYPE").usesStaticStrings()


def test_plan_then_check_in_a_graphical_model(provider, tmp_path):
    import processing

    types = np.full((90, 90), 2, dtype=np.uint8)
    types[:, 45:] = 7
    npp = (300.0 + 100.0 * types).astype(np.float32)  # 500 on type 2, 1000 on type 7
    type_path = write_raster(tmp_path / "types.tif", types)
    npp_path = write_raster(tmp_path / "npp.tif", npp)

    model = build_model()
    for child in ("plan", "crew", "check"):
        ok, problems = model.validateChildAlgorithm(child)
        assert ok, (child, problems)
    log = Log()
    context = QgsProcessingContext()
    result = processing.run(
        model,
        {
            "types": type_path,
            "npp": npp_path,
            "check:output": str(tmp_path / "checked.gpkg"),
            "check:metrics": str(tmp_path / "metrics.csv"),
            "check:scatter": str(tmp_path / "scatter.png"),
        },
        feedback=log,
        context=context,
    )
    rows = read_layer(result["check:output"])
    assert len(rows) == 9
    # every plot: measured = 0.95 · model → relative error |m − 0.95m| / 0.95m = 0.05/0.95
    for _wkt, attrs in rows:
        assert attrs["excluded"] == 0
        assert attrs["rel_error"] == pytest.approx(0.05 / 0.95)
    with open(result["check:metrics"], encoding="utf-8") as handle:
        overall = next(r for r in csv.DictReader(handle) if r["scope"] == "all")
    assert float(overall["accuracy"]) == pytest.approx(1 - 0.05 / 0.95)
    assert overall["passed"] == "1"
    assert (tmp_path / "scatter.png").stat().st_size > 1000
