"""carbonsink:workflow on the reduced Shenzhen sample (500 m): every declared output, numbers that
agree with each other and with the rasters, the report holding them, layers loaded and styled,
checks before running, and nothing left behind by a failed or canceled run."""

from __future__ import annotations

import math
import os

import numpy as np
import pytest
from html_tables import Parsed
from osgeo import gdal
from plot_layers import read_layer
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputHtml,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProject,
)
from stage3_support import RecordingFeedback
from support import read_raster
from workflow_support import YEAR, YEARS, prepare, workflow_parameters

from carbonsink_plugin.compat import FLAG_NO_THREADING

ALGORITHM = "carbonsink:workflow"


@pytest.fixture(scope="module")
def prepared(provider, tmp_path_factory):
    return prepare(str(tmp_path_factory.mktemp("workflow_sample")))


@pytest.fixture(scope="module")
def run(prepared, tmp_path_factory):
    """One complete run, with a project in the context (as the dialog runs it)."""
    import processing

    folder = str(tmp_path_factory.mktemp("workflow") / "结果 2023")  # Chinese and a space
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = RecordingFeedback()
    results = processing.run(
        ALGORITHM, workflow_parameters(prepared, folder), context=context, feedback=feedback
    )
    yield results, context, feedback
    # Free the context's layers while QGIS is still up (not at interpreter exit).
    context.setLayersToLoadOnCompletion({})
    context.temporaryLayerStore().removeAllMapLayers()


def valid_values(path) -> np.ndarray:
    values = read_raster(path)[0]
    return values[~np.isnan(values)]


def test_every_declared_output_exists_and_is_not_empty(provider, run):
    results, _context, _feedback = run
    algorithm = provider.algorithm("workflow")
    declared = algorithm.outputDefinitions()
    assert len(declared) > 40
    for output in declared:
        value = results[output.name()]
        if output.name() in CALIBRATION_OUTPUTS:  # CALIBRATION_SHARE is 0 here: none
            assert value is None, output.name()
            continue
        assert value not in (None, ""), output.name()
        if isinstance(output, QgsProcessingOutputRasterLayer):
            assert valid_values(value).size > 0, output.name()
        elif isinstance(output, QgsProcessingOutputVectorLayer):
            assert len(read_layer(value)) > 0, output.name()
        elif isinstance(output, (QgsProcessingOutputFile, QgsProcessingOutputHtml)):
            assert os.path.getsize(value) > 1000, output.name()
        elif isinstance(output, QgsProcessingOutputNumber):
            assert math.isfinite(value), output.name()
        elif isinstance(output, QgsProcessingOutputString):
            assert value.strip(), output.name()
        elif isinstance(output, QgsProcessingOutputFolder):
            assert os.path.isdir(value)
        else:
            raise AssertionError(f"{output.name()}: output type {output.type()} not checked")
    # Every file is in the output folder, and nothing else is (but QGIS's .aux.xml statistics).
    folder = results["OUTPUT_FOLDER"]
    assert files_in(folder) == output_files(results)


CALIBRATION_OUTPUTS = {
    "CALIBRATION_PLOTS", "VALIDATION_PLOTS", "CALIBRATED_TABLE", "CALIBRATION_N", "CV_ACCURACY",
    "PRIOR_ACCURACY",
}  # fmt: skip


def test_calibration_on_half_of_the_plots_and_the_intervals_of_the_totals(prepared, tmp_path):
    """CALIBRATION_SHARE = 0.5: εmax from half of the plots of each type, the ground check on
    the other half only, the calibrated table in the folder; intervals around the totals."""
    import processing

    from carbonsink_plugin.core import casa

    folder = str(tmp_path / "calibrated")
    feedback = RecordingFeedback()
    results = processing.run(
        ALGORITHM,
        workflow_parameters(prepared, folder, CALIBRATION_SHARE=0.5, ID_FIELD="plot_id"),
        feedback=feedback,
    )
    calibration = {a["plot_id"] for _w, a in read_layer(results["CALIBRATION_PLOTS"])}
    held_out = {a["plot_id"] for _w, a in read_layer(results["VALIDATION_PLOTS"])}
    checked = {a["plot_id"] for _w, a in read_layer(results["CHECKED_PLOTS"])}
    assert calibration and held_out and not calibration & held_out
    assert checked == held_out  # never the plots of the fit
    # Half of each type, the odd one out calibrates (1st, 3rd, … by plot_id): 20 or a few more.
    assert len(calibration) + len(held_out) == 40 and 20 <= len(calibration) <= 24
    assert results["CALIBRATION_N"] == len(calibration) and results["N"] == len(held_out)
    table = casa.read_type_table_csv(results["CALIBRATED_TABLE"])
    assert table[2].epsilon_max != 0.985  # forest refitted
    assert results["PRIOR_ACCURACY"] < results["ACCURACY"]  # held-out: before < after
    assert 0 < results["CV_ACCURACY"] <= 1
    for total in ("TOTAL_NPP_TC", "TOTAL_RH_TC", "TOTAL_NEP_TC", "TOTAL_NEP_TCO2"):
        assert results[f"{total}_LOW"] < results[total] < results[f"{total}_HIGH"], total
    assert any("95 % interval" in line for line in feedback.infos)
    # The earlier years' NEP came from the table as given: the trend mixes tables, said so.
    assert any("PREVIOUS_NEP" in warning for warning in feedback.warnings)
    with open(results["OUTPUT_HTML"], encoding="utf-8") as handle:
        page = handle.read()
    assert "95 % interval" in page
    assert files_in(folder) == output_files(results)


def files_in(folder) -> set:
    return {name for name in os.listdir(folder) if not name.endswith(".aux.xml")}


def output_files(results) -> set:
    paths = [v for v in results.values() if isinstance(v, str) and os.path.isfile(v)]
    assert len({os.path.dirname(p) for p in paths}) == 1
    return {os.path.basename(p) for p in paths}


def test_totals_add_up_and_match_the_rasters(prepared, run):
    results, _context, _feedback = run
    # CO₂ = C · 44/12 (molar masses); Σ NEP = Σ NPP − Σ Rh over the evaluated pixels.
    assert results["TOTAL_NEP_TCO2"] == pytest.approx(results["TOTAL_NEP_TC"] * 44 / 12, rel=1e-9)
    assert results["TOTAL_NEP_TC"] == pytest.approx(
        results["TOTAL_NPP_TC"] - results["TOTAL_RH_TC"], rel=1e-6
    )
    # Means over vegetated land straight from the rasters (equal 500 m × 500 m pixels).
    types = read_raster(prepared["VEGETATION"])[0][0]
    vegetated = (types >= 1) & (types <= 8)
    npp = read_raster(results["NPP"])[0][0]
    nep = read_raster(results["NEP"])[0][0]
    assert results["MEAN_NPP"] == pytest.approx(np.nanmean(npp[vegetated]), rel=1e-4)
    assert results["MEAN_NEP"] == pytest.approx(np.nanmean(nep[vegetated]), rel=1e-4)
    # Σ NEP (t) = Σ g·m⁻² · 250 000 m² · 10⁻⁶
    assert results["TOTAL_NEP_TC"] == pytest.approx(np.nansum(nep) * 0.25, rel=1e-4)
    assert results["VEGETATED_AREA_HA"] == pytest.approx(np.count_nonzero(vegetated) * 25.0)


def test_zone_totals_add_up_to_the_city_total(run):
    results, _context, _feedback = run
    rows = [attributes for _wkt, attributes in read_layer(results["ZONAL_TABLE"])]
    assert len(rows) == 9  # the nine districts
    # The sample is nodata outside the districts, so the districts hold every pixel.
    assert sum(r["nep_tco2"] for r in rows) == pytest.approx(results["TOTAL_NEP_TCO2"], rel=1e-6)
    assert results["ZONES_NEP_TCO2"] == pytest.approx(results["TOTAL_NEP_TCO2"], rel=1e-6)
    assert sum(r["share_pct"] for r in rows) == pytest.approx(100.0)
    types = [attributes for _wkt, attributes in read_layer(results["TYPE_TABLE"])]
    assert sum(t["nep_tco2"] for t in types) == pytest.approx(results["TOTAL_NEP_TCO2"], rel=1e-6)
    grades = [attributes for _wkt, attributes in read_layer(results["GRADE_TABLE"])]
    assert sum(g["nep_tc"] for g in grades) == pytest.approx(results["TOTAL_NEP_TC"], rel=1e-6)


def test_the_ground_check_and_trend_use_the_given_plots_and_years(prepared, run):
    results, _context, _feedback = run
    plots = read_layer(prepared["sample"]["field_plots"])
    checked = read_layer(results["CHECKED_PLOTS"])
    assert len(checked) == len(plots) == 40
    assert results["N"] == sum(1 for _w, a in checked if a["excluded"] == 0)
    assert results["PASSED"] in (0, 1)
    assert (results["PASSED"] == 1) == (results["ACCURACY"] >= 0.8 and results["N"] >= 10)
    # The plots were placed on pixels of their own type: the land-cover check agrees fully.
    assert results["OVERALL_ACCURACY"] == pytest.approx(1.0)
    trend = read_layer(results["TREND_TABLE"])
    assert {(a["first_year"], a["last_year"], a["years"]) for _w, a in trend} == {
        (YEARS[0], YEAR, len(YEARS))
    }
    # The difference raster is last − first year, from the NEP files themselves.
    first = read_raster(prepared["nep"][YEARS[0]])[0][0]
    last = read_raster(results["NEP"])[0][0]
    difference = read_raster(results["DIFFERENCE"])[0][0]
    np.testing.assert_allclose(difference, last - first, atol=1e-3)
    assert results["PLAN_COUNT"] == len(read_layer(results["SAMPLING_PLAN"])) == 30


def test_the_report_holds_the_numbers_and_every_warning(run):
    results, _context, feedback = run
    with open(results["OUTPUT_HTML"], encoding="utf-8") as stream:
        page = Parsed()
        page.feed(stream.read())
    values = {attrs.get("data-value") for _tag, attrs in page.tags if "data-value" in attrs}
    for name in ("TOTAL_NEP_TCO2", "TOTAL_NEP_TC", "MEAN_NEP", "ACCURACY"):
        assert repr(float(results[name])) in values, name
    text = " ".join(page.text)
    assert f"{results['TOTAL_NEP_TCO2']:,.0f}" in text
    assert "Shenzhen" in text and str(YEAR) in text
    warnings = results["WARNINGS"].splitlines()
    assert results["WARNING_COUNT"] == len(warnings) > 0
    section = " ".join(page.sections["warnings"].split())
    for warning in warnings:
        assert warning in section, warning
    # The plausibility and ground-check findings are among them, and in the run's log.
    if results["PASSED"] == 0:
        assert any("ground check did not pass" in w for w in warnings)
    if results["MEAN_NEP"] > 638:
        assert any("Pearl River Delta" in w for w in warnings)
    assert set(feedback.warnings) >= {w for w in warnings if "ground check" in w}
    with open(results["OUTPUT_PDF"], "rb") as stream:
        assert stream.read(5) == b"%PDF-"


def test_main_layers_are_loaded_named_and_styled(run):
    results, context, _feedback = run
    loading = context.layersToLoadOnCompletion()
    for name in ("NPP", "RH", "NEP", "SINK_CLASS", "GRADE", "TREND_CLASS", "CHECKED_PLOTS"):
        details = loading[results[name]]
        assert str(YEAR) in details.name and details.forceName, (name, details.name)
        assert details.postProcessor() is not None, name  # the step's style (.qml)
    assert loading[results["NEP"]].name == f"NEP {YEAR} (gC·m⁻²·a⁻¹)"  # the year never cut off
    assert loading[results["TREND_CLASS"]].name == f"Trend class {YEARS[0]}–{YEAR}"
    assert results["CO2_DENSITY"] not in loading  # tables and diagnostics stay on disk


def test_the_output_table_names_real_child_outputs_and_report_inputs(provider):
    """products() is the one table of the workflow's outputs: every child output it takes
    is one the child declares, every report input one the report has, every file unique."""
    algorithm = provider.algorithm("workflow")
    products = algorithm.products()
    declared = [o.name() for o in algorithm.outputDefinitions() if o.name() != "OUTPUT_FOLDER"]
    assert [p.key for p in products] == declared
    report = provider.algorithm("report")
    for product in products:
        if product.child is not None:
            child = provider.algorithm(product.child.ALGORITHM_ID)
            names = {o.name() for o in child.outputDefinitions()}
            names |= {d.name() for d in child.destinationParameterDefinitions()}
            assert product.output in names, product.key
            if product.stem is not None:  # a file in the folder: the child must write it
                assert child.parameterDefinition(product.output) is not None, product.key
        if product.report is not None:
            assert report.parameterDefinition(product.report) is not None, product.key
    files = [(p.stem, p.kind, p.dated) for p in products if p.stem]
    assert len(files) == len(set(files))


def test_layer_names_lead_with_what_and_when():
    from carbonsink_plugin.processing.workflow import name_with_years

    assert name_with_years("NEP (gC·m⁻²·a⁻¹)", "2023") == "NEP 2023 (gC·m⁻²·a⁻¹)"
    assert name_with_years("净生态系统生产力 NEP（gC·m⁻²·a⁻¹）", "2023") == (
        "净生态系统生产力 NEP 2023（gC·m⁻²·a⁻¹）"
    )
    assert name_with_years("Trend class", "2021–2023") == "Trend class 2021–2023"
    assert name_with_years("(odd)", "2023") == "(odd) 2023"
    assert name_with_years("NPP", "") == "NPP"


def test_runs_as_a_background_task_the_report_maps_on_the_main_thread(provider):
    """Issue 15 §3: no FlagNoThreading, so the toolbox dialog and models run it as a task;
    only the report's maps go to the main thread (the tests here run it on the main thread:
    there that is a plain call, tests/gui/test_algorithm_dialog.py runs it in a task)."""
    algorithm = provider.algorithm("workflow")
    assert not algorithm.flags() & FLAG_NO_THREADING
    assert not provider.algorithm("report").flags() & FLAG_NO_THREADING
    help_text = algorithm.shortHelpString()
    assert "background task" in help_text and "main thread" in help_text


def test_checks_before_running_name_the_parameter(provider, prepared, tmp_path):
    algorithm = provider.algorithm("workflow")
    context = QgsProcessingContext()

    def check(**overrides):
        parameters = workflow_parameters(prepared, str(tmp_path / "out"), **overrides)
        parameters = {k: v for k, v in parameters.items() if v is not None}
        return algorithm.checkParameterValues(parameters, context)

    assert check() == (True, "")
    ok, message = check(PREVIOUS_YEARS="2021")  # two rasters, one year
    assert not ok and "[PREVIOUS_YEARS]" in message and "2021" in message
    ok, message = check(PREVIOUS_YEARS=f"2021, {YEAR}")
    assert not ok and "[PREVIOUS_YEARS]" in message and str(YEAR) in message


def test_an_output_folder_holding_an_input_is_refused(prepared, tmp_path):
    import processing

    folder = os.path.dirname(prepared["nep"][YEARS[0]])
    previous = os.path.join(folder, f"nep_{YEAR}.tif")  # an "earlier" file named as an output
    gdal.Translate(previous, prepared["nep"][YEARS[0]])
    try:
        with pytest.raises(QgsProcessingException, match=r"OUTPUT_FOLDER.*nep_2023\.tif"):
            processing.run(
                ALGORITHM,
                workflow_parameters(
                    prepared,
                    folder,
                    PREVIOUS_NEP=[previous],
                    PREVIOUS_YEARS="2021",
                ),
            )
        assert os.path.exists(previous)
    finally:
        os.remove(previous)


class CancelAt(RecordingFeedback):
    """Cancels when the given step starts, as a user pressing Cancel would."""

    def __init__(self, step: str):
        super().__init__()
        self.step = step

    def pushInfo(self, info):
        super().pushInfo(info)
        if info == f"Step: carbonsink:{self.step}" or info.startswith(self.step):
            self.cancel()


@pytest.mark.parametrize(
    "how",
    [
        "canceled during the ground check",
        "the ground check fails on a missing field",
        # Late: every raster written and read by the statistics, grades and trend steps,
        # whose layers hold GDAL statistics (.aux.xml) that must not survive the rollback.
        "canceled when the report starts",
        # Later still: the report has drawn its maps, from QGIS layers of the rasters.
        "canceled when the report is written",
    ],
)
def test_a_failed_or_canceled_run_leaves_the_folder_as_it_was(prepared, tmp_path, how):
    import processing

    folder = tmp_path / "out"
    folder.mkdir()
    earlier = folder / f"npp_{YEAR}.tif"  # a result of an earlier run, replaced only by success
    earlier.write_bytes(b"earlier result")
    sidecar = folder / f"npp_{YEAR}.tif.aux.xml"  # and its statistics, kept with it
    sidecar.write_bytes(b"<PAMDataset/>")
    (folder / "notes.txt").write_text("mine")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())  # as the dialog runs it: layers to load
    if how == "canceled when the report starts":
        feedback, overrides = CancelAt("report"), {}
    elif how == "canceled when the report is written":
        feedback, overrides = CancelAt("Report written"), {}
    elif how.startswith("canceled"):
        feedback, overrides = CancelAt("groundcheck"), {}
    else:
        feedback, overrides = RecordingFeedback(), {"MEASURED_FIELD": "no_such_field"}
    with pytest.raises(QgsProcessingException, match="MEASURED_FIELD|Cancel"):
        processing.run(
            ALGORITHM,
            workflow_parameters(prepared, str(folder), **overrides),
            context=context,
            feedback=feedback,
        )
    context.temporaryLayerStore().removeAllMapLayers()  # what QGIS does when the run ends
    assert any("carbonsink:carbonsink" in info for info in feedback.infos)  # NEP was written
    assert sorted(os.listdir(folder)) == ["notes.txt", f"npp_{YEAR}.tif", sidecar.name]
    assert earlier.read_bytes() == b"earlier result"
    assert sidecar.read_bytes() == b"<PAMDataset/>"


def test_without_plots_or_earlier_years_those_steps_are_left_out(prepared, tmp_path):
    import processing

    results = processing.run(
        ALGORITHM,
        workflow_parameters(
            prepared,
            str(tmp_path / "out"),
            PLOTS=None,
            MEASURED_FIELD=None,
            PREVIOUS_NEP=None,
            YEAR=None,  # from the NDVI file name ndvi_2023.tif
            SAMPLING_TOTAL=0,
            AREA_NAME=None,
        ),
    )
    assert os.path.basename(results["NEP"]) == f"nep_{YEAR}.tif"
    for name in ("CHECKED_PLOTS", "METRICS", "ACCURACY", "TREND_CLASS", "SAMPLING_PLAN"):
        assert results[name] is None, name
    assert os.path.getsize(results["OUTPUT_HTML"]) > 1000
    assert files_in(tmp_path / "out") == output_files(results)


def test_the_workflow_chains_in_the_graphical_modeler(provider):
    """Its outputs are declared, so a model can feed them to another algorithm."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterRasterLayer,
    )

    model = QgsProcessingModelAlgorithm("chain", "tests")
    for name in ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION", "VEGETATION"):
        model.addModelParameter(
            QgsProcessingParameterRasterLayer(name, name), QgsProcessingModelParameter(name)
        )
    model.addModelParameter(
        QgsProcessingParameterFeatureSource("ZONES", "zones"), QgsProcessingModelParameter("ZONES")
    )
    workflow = QgsProcessingModelChildAlgorithm(ALGORITHM)
    workflow.setChildId("workflow")
    for name in ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION", "VEGETATION", "ZONES"):
        source = QgsProcessingModelChildParameterSource.fromModelParameter(name)
        workflow.addParameterSources(name, [source])
    with_defaults(workflow)
    model.addChildAlgorithm(workflow)
    grades = QgsProcessingModelChildAlgorithm("carbonsink:grade")
    grades.setChildId("quantiles")
    grades.addParameterSources(
        "NEP", [QgsProcessingModelChildParameterSource.fromChildOutput("workflow", "NEP")]
    )
    grades.addParameterSources(
        "METHOD", [QgsProcessingModelChildParameterSource.fromStaticValue("quantiles")]
    )
    model.addChildAlgorithm(with_defaults(grades))
    for child in ("workflow", "quantiles"):
        ok, problems = model.validateChildAlgorithm(child)
        assert ok, (child, problems)
    assert "workflow" in model.dependsOnChildAlgorithms("quantiles")


def with_defaults(child):
    """What the Model Designer does: every parameter not set gets its default value."""
    from qgis.core import QgsProcessingModelChildParameterSource

    for definition in child.algorithm().parameterDefinitions():
        name, default = definition.name(), definition.defaultValue()
        given = name in child.parameterSources()
        if not (definition.isDestination() or given or default is None):
            static = QgsProcessingModelChildParameterSource.fromStaticValue(default)
            child.addParameterSources(name, [static])
    return child


# Golden output: a regression guard, NOT a check of the science. These values were frozen from
# the workflow of main on 2026-12-02 (this sample, 500 m, seed 20231) and are the one kind of
# frozen expected value the house accepts: they prove that re-wiring the orchestrator (child
# algorithms, parameter plumbing, output tables) did not silently change what it computes. The
# science behind each number is tested against independent truth elsewhere (tests/core, the
# stage tests, the tests above). A change that is meant to move these numbers (a new default,
# a corrected formula) re-freezes them in the same commit and says why.
GOLDEN_NUMBERS = {
    "TOTAL_NPP_TC": 1203585.617,
    "TOTAL_RH_TC": 447133.618,
    "TOTAL_NEP_TC": 756452.000,
    "TOTAL_NEP_TCO2": 2773657.333,
    "MEAN_NPP": 1189.0201,
    "MEAN_NEP": 747.2976,
    "VEGETATED_AREA_HA": 101225.0,
    "SINK_AREA_HA": 101225.0,
    "SOURCE_AREA_HA": 0.0,
    "R2": 0.769247,
    "RMSE": 261.8197,
    "BIAS": 134.0641,
    "N": 40,
    "PLAN_COUNT": 30,
}
GOLDEN_ZONES = {  # zone: (npp_tc, nep_tc, rank)
    "Longgang": (681691.110, 450080.883, 1),
    "Pingshan": (139124.635, 83736.145, 2),
    "Futian": (15216.384, 8567.691, 9),
}
GOLDEN_TYPES = {2: (738.75, 1025990.254, 696721.989), 8: (30.25, 18220.761, 4218.019)}
GOLDEN_GRADES = {2: (1144.25, 1569.946), 5: (729.0, 691513.450)}  # grade: (km², nep_tc)


def test_golden_outputs_of_the_workflow_are_unchanged(run):
    """Frozen from main (see GOLDEN_NUMBERS): totals and a few rows of each table, to 1e-4
    relative (block sums of float32 rasters may differ in the last digits between machines)."""
    results, _context, _feedback = run
    for name, expected in GOLDEN_NUMBERS.items():
        assert results[name] == pytest.approx(expected, rel=1e-4, abs=1e-6), name
    zones = {a["zone"]: a for _w, a in read_layer(results["ZONAL_TABLE"])}
    for zone, (npp, nep, rank) in GOLDEN_ZONES.items():
        assert zones[zone]["npp_tc"] == pytest.approx(npp, rel=1e-4), zone
        assert zones[zone]["nep_tc"] == pytest.approx(nep, rel=1e-4), zone
        assert zones[zone]["rank"] == rank, zone
    types = {a["code"]: a for _w, a in read_layer(results["TYPE_TABLE"])}
    for code, (area, npp, nep) in GOLDEN_TYPES.items():
        assert types[code]["area_km2"] == pytest.approx(area, rel=1e-6), code
        assert types[code]["npp_tc"] == pytest.approx(npp, rel=1e-4), code
        assert types[code]["nep_tc"] == pytest.approx(nep, rel=1e-4), code
    grades = {a["grade"]: a for _w, a in read_layer(results["GRADE_TABLE"])}
    for grade, (area, nep) in GOLDEN_GRADES.items():
        assert grades[grade]["area_km2"] == pytest.approx(area, rel=1e-6), grade
        assert grades[grade]["nep_tc"] == pytest.approx(nep, rel=1e-4), grade
