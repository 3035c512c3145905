"""The dock, offscreen: steps from the registry, suitable layers, memory, runs and results."""

from __future__ import annotations

import os

import numpy as np
import processing
from gui_support import LateAlgorithm, MainThreadBandSum, register, table_rows, wait_for
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QLocale, QObject, QUrl, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton
from support import read_raster

from carbonsink_plugin.gui.dock import STAGES
from carbonsink_plugin.gui.inputs import (
    FieldInput,
    LayerInput,
    ProcessingWidgetInput,
    band_count,
    match_score,
)
from carbonsink_plugin.gui.memory import SCOPE
from carbonsink_plugin.processing.base import CarbonSinkAlgorithm

SUM_ID = "carbonsink:test_dock_bandsum"


def listed(combo) -> list:
    """Names of the layers a QgsMapLayerComboBox offers (without the empty entry)."""
    names = []
    for index in range(combo.count()):
        layer = combo.layer(index)
        if layer is not None:
            names.append(layer.name())
    return names


def inputs_of(page) -> dict:
    return {item.name: item for item in page.inputs}


def run_and_wait(qgis_app, page):
    page.runButton.click()
    assert page.running, page.statusLabel.text()
    wait_for(qgis_app, lambda: not page.running)
    return page.last_outcome


def test_the_five_stages_are_steps_and_each_algorithm_sits_in_its_stage(dock):
    assert list(dock.pages)[: len(STAGES)] == list(STAGES)
    assert "workflow" not in dock.pages  # only when a workflow algorithm is registered
    assert dock.toolbox.count() == len(dock.pages)
    titles = CarbonSinkAlgorithm().group_names()
    assert dock.toolbox.itemText(2) == titles["carbonsink"]
    sink = dock.page("carbonsink")
    assert [sink.algorithmCombo.itemData(i) for i in range(sink.algorithmCombo.count())] == [SUM_ID]
    assert dock.page("groundcheck").algorithm().id() == "carbonsink:test_dock_slow"
    # A stage with no algorithm still shows what the standard asks, and says so.
    empty = dock.page("npp")
    assert empty.descriptionLabel.text()
    assert not empty.runButton.isEnabled()


def test_a_12_band_parameter_lists_12_band_rasters_only(dock, layers):
    items = inputs_of(dock.page("carbonsink"))
    algorithm = QgsApplication.processingRegistry().algorithmById(SUM_ID)
    assert band_count(algorithm.parameterDefinition("STACK")) == 12  # from its metadata
    stack = items["STACK"]
    assert isinstance(stack, LayerInput)
    assert sorted(listed(stack.combo)) == ["ndvi_2022", "other stack"]
    # WEIGHT declares no band count: every GDAL raster fits.
    assert sorted(listed(items["WEIGHT"].combo)) == ["ndvi_2022", "one band", "other stack"]
    # ZONES takes polygons only: the point layer is not offered.
    assert listed(items["ZONES"].combo) == ["districts"]


def test_a_layer_added_later_is_listed_when_it_fits(dock, layers, tmp_path, qgis_app):
    from support import write_raster

    stack_input = inputs_of(dock.page("carbonsink"))["STACK"]
    path = write_raster(tmp_path / "late.tif", np.zeros((12, 2, 2), dtype=np.float32))
    single = write_raster(tmp_path / "late1.tif", np.zeros((2, 2), dtype=np.float32))
    QgsProject.instance().addMapLayer(QgsRasterLayer(path, "late stack", "gdal"))
    QgsProject.instance().addMapLayer(QgsRasterLayer(single, "late single", "gdal"))
    qgis_app.processEvents()
    assert "late stack" in listed(stack_input.combo)
    assert "late single" not in listed(stack_input.combo)


def test_the_best_named_layer_and_field_are_preselected(dock, layers):
    items = inputs_of(dock.page("carbonsink"))
    assert items["STACK"].layer().name() == "ndvi_2022"  # the hints on its parameter (describe)
    assert items["WEIGHT"].layer() is None  # optional and no name fits: left unused
    assert items["ZONES"].layer().name() == "districts"  # parameters.LAYER_HINTS["ZONES"]
    field = items["ZONE_FIELD"]
    assert isinstance(field, FieldInput)
    assert field.value() == "name"  # LAYER_HINTS["ZONE_FIELD"]; follows the ZONES layer


def test_name_hints_match_whole_words_not_fragments():
    assert match_score("Shenzhen_RH_2022", ("rh",)) > 0
    assert match_score("northern hills", ("rh",)) == 0
    assert match_score("ndvi2022_monthly", ("ndvi",)) > 0
    assert match_score("深圳市月降水量", ("降水",)) > 0
    # An earlier (more specific) hint outranks a later one.
    assert match_score("npp", ("npp", "nep")) > match_score("nep", ("npp", "nep"))


def test_a_required_parameter_without_default_gets_processings_own_widget(dock):
    items = inputs_of(dock.page("carbonsink"))
    assert isinstance(items["LABEL"], ProcessingWidgetInput)
    assert "FACTOR" not in items  # has a default: kept, changed only in Advanced…


def test_a_missing_required_input_is_named_and_nothing_runs(dock, qgis_app):
    page = dock.page("carbonsink")
    items = inputs_of(page)
    items["STACK"].combo.setLayer(None)
    page.runButton.click()
    assert not page.running
    assert "Monthly stack" in page.statusLabel.text()
    assert "Run label" in page.statusLabel.text()


def test_choices_are_remembered_in_the_project_and_restored_on_load(
    dock, layers, tmp_path, qgis_app
):
    project = QgsProject.instance()
    page = dock.page("carbonsink")
    items = inputs_of(page)
    chosen = layers["other stack"].id()
    items["STACK"].combo.setLayer(layers["other stack"])  # as a user would
    items["LABEL"].wrapper.setParameterValue("二〇二二 run", items["LABEL"].context)
    assert items["ZONES"].layer() is not None  # preselected by its name…
    items["ZONES"].combo.setLayer(None)  # …and emptied on purpose: that is remembered too
    dock.toolbox.setCurrentIndex(2)
    folder = str(tmp_path / "结果 out")
    dock.folder_widget.setFilePath(folder)
    qgis_app.processEvents()
    assert project.readEntry(SCOPE, "inputs/test_dock_bandsum/STACK")[0] == chosen
    assert project.readEntry(SCOPE, "dock/step")[0] == "carbonsink"

    path = str(tmp_path / "项目 project.qgs")
    assert project.write(path)
    project.clear()
    qgis_app.processEvents()
    assert dock.page("carbonsink").algorithm() is not None
    assert project.read(path)
    qgis_app.processEvents()

    items = inputs_of(dock.page("carbonsink"))
    assert items["STACK"].layer().id() == chosen
    assert items["LABEL"].value() == "二〇二二 run"
    assert items["ZONES"].layer() is None
    assert dock.toolbox.currentIndex() == 2
    assert dock.output_folder() == folder
    assert not project.isDirty()  # restoring the choices is not a change


def test_run_loads_styled_outputs_into_a_group_and_shows_the_numbers(dock, layers, qgis_app):
    page = dock.page("carbonsink")
    items = inputs_of(page)
    items["LABEL"].wrapper.setParameterValue("first run", items["LABEL"].context)
    outcome = run_and_wait(qgis_app, page)
    assert outcome.ok, outcome.errors

    # One group per run, named after the stage and the time, holding the output layer.
    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup(outcome.group)
    assert group is not None and group.name().startswith(page.title + " — ")
    [node] = group.findLayers()
    layer = node.layer()
    assert layer.name() == "Band sum"  # the name the algorithm gave through the context
    # The algorithm's post-processor styled it, as a toolbox run would.
    assert layer.renderer().type() == "singlebandpseudocolor"
    # Pixel sums of ndvi_2022 (preselected): 78 + 12·k for the pixels k = 0…3 (see layers).
    values, _ = read_raster(layer.source())
    assert values[0].tolist() == [[78, 90], [102, 114]]

    # Headline numbers: TOTAL = 78 + 90 + 102 + 114 = 384; PASSED = 1 since 384 > 300.
    shown = {quantity: value for quantity, value, _unit in table_rows(page)}
    assert shown["Total of all bands"] == "384"
    assert shown["Check passed"] == "passed ✓"
    assert page.warningsText.text() == "first run"  # a text output: in the collapsed box
    assert not page.resultsGroup.isHidden()

    report = page.findChild(QPushButton, "open_OUTPUT_HTML")
    assert report.text() == "Open report"
    report.click()
    assert dock.opened == [QUrl.fromLocalFile(outcome.results["OUTPUT_HTML"])]


def test_every_run_gets_its_own_group_and_outputs_go_to_the_output_folder(
    dock, layers, qgis_app, tmp_path
):
    folder = tmp_path / "输出 results"
    folder.mkdir()
    dock.folder_widget.setFilePath(str(folder))
    page = dock.page("carbonsink")
    items = inputs_of(page)
    items["LABEL"].wrapper.setParameterValue("x", items["LABEL"].context)
    items["STACK"].combo.setLayer(layers["other stack"])
    first = run_and_wait(qgis_app, page)
    assert first.ok, first.errors
    # Outputs in <folder>/<algorithm>_<time>/<output>.<ext>.
    output = first.results["OUTPUT"]
    assert os.path.dirname(os.path.dirname(output)) == str(folder)
    assert os.path.basename(output) == "output.tif"
    assert os.path.basename(first.results["OUTPUT_HTML"]) == "output_html.html"
    values, _ = read_raster(output)
    # The "other stack" is twice ndvi_2022: 2 × (78 + 12·k).
    assert values[0].tolist() == [[156, 180], [204, 228]]
    wait_for(qgis_app, lambda: True)
    second = run_and_wait(qgis_app, page)
    assert second.ok
    groups = [
        g.name() for g in QgsProject.instance().layerTreeRoot().children() if hasattr(g, "name")
    ]
    assert first.group in groups and second.group in groups


def test_a_failed_run_shows_the_algorithms_message_and_loads_nothing(dock, layers, qgis_app):
    page = dock.page("carbonsink")
    items = inputs_of(page)
    items["LABEL"].wrapper.setParameterValue("fail", items["LABEL"].context)
    before = set(QgsProject.instance().mapLayers())
    outcome = run_and_wait(qgis_app, page)
    assert not outcome.ok and not outcome.canceled
    assert "values up to 10 000; divide by 10 000" in page.statusLabel.text()
    assert set(QgsProject.instance().mapLayers()) == before
    assert page.resultsGroup.isHidden()


def test_an_algorithm_that_needs_the_main_thread_runs_there(dock, layers, monkeypatch, qgis_app):
    register(monkeypatch, MainThreadBandSum)
    wait_for(qgis_app, lambda: dock.page("carbonsink").algorithmCombo.count() == 2)
    page = dock.page("carbonsink")
    page.algorithmCombo.setCurrentIndex(
        page.algorithmCombo.findData(f"carbonsink:{MainThreadBandSum.ALGORITHM_ID}")
    )
    items = inputs_of(page)
    items["LABEL"].wrapper.setParameterValue("main", items["LABEL"].context)
    page.runButton.click()  # returns when done: no task
    outcome = page.last_outcome
    assert not page.running and outcome.ok, outcome.errors
    assert dict((name, value) for name, _, value in outcome.headlines)["TOTAL"] == 384  # as above
    assert QgsProject.instance().layerTreeRoot().findGroup(outcome.group) is not None


def test_cancel_stops_the_task_and_loads_nothing(dock, layers, qgis_app):
    page = dock.page("groundcheck")
    before = set(QgsProject.instance().mapLayers())
    # INPUT: no name fits and several rasters do, so nothing was guessed; the user chooses.
    assert inputs_of(page)["INPUT"].layer() is None
    inputs_of(page)["INPUT"].combo.setLayer(layers["one band"])
    page.runButton.click()
    assert page.running and not page.cancelButton.isHidden()
    wait_for(qgis_app, lambda: page.progressBar.value() > 0)
    page.cancelButton.click()
    wait_for(qgis_app, lambda: not page.running)
    assert page.last_outcome.canceled and not page.last_outcome.ok
    assert "Canceled" in page.statusLabel.text()
    assert set(QgsProject.instance().mapLayers()) == before
    assert not page.last_outcome.group


def test_advanced_opens_the_processing_dialog_prefilled(dock, layers, monkeypatch):
    calls = []

    class Dialog(QObject):
        algorithmFinished = pyqtSignal(bool, dict)  # noqa: N815 - as Processing's dialog

        def show(self):
            calls.append("shown")

    def create(algorithm_id, parameters):
        calls.append((algorithm_id, parameters))
        return Dialog()

    monkeypatch.setattr(processing, "createAlgorithmDialog", create)
    dock.page("carbonsink").advancedButton.click()
    (algorithm_id, parameters), shown = calls
    assert algorithm_id == SUM_ID and shown == "shown"
    assert parameters["STACK"] == layers["ndvi_2022"].id()
    assert parameters["ZONES"] == layers["districts"].id()
    assert parameters["ZONE_FIELD"] == "name"
    assert "OUTPUT" not in parameters  # the dialog's own output choices

    # A run from the dialog shows its numbers in the step too.
    page = dock.page("carbonsink")
    page.dialog.algorithmFinished.emit(True, {"TOTAL": 2500.0, "PASSED": 0, "ECHO": "dialog"})
    shown = [value for _quantity, value, _unit in table_rows(page)]
    assert shown[0] in ("2,500", "2500") and shown[1:] == ["not passed ✗"]
    assert page.warningsText.text() == "dialog"


def test_numbers_are_shown_readably(dock):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        page = dock.page("carbonsink")
        assert page.format_value(1255150.4) == "1,255,150"
        assert page.format_value(312) == "312"
        assert page.format_value(12.5) == "12.50"
        assert page.format_value(0.123456) == "0.1235"
        assert page.format_value(0.8537, "percent") == "85.4 %"
        assert page.format_value(1, "passfail") == "passed ✓"
        assert page.format_value(float("nan")) == "—"
    finally:
        QLocale.setDefault(previous)


def test_an_algorithm_registered_later_appears_without_code_changes(dock, monkeypatch, qgis_app):
    assert not dock.page("evaluation").algorithms
    register(monkeypatch, LateAlgorithm)
    wait_for(qgis_app, lambda: bool(dock.page("evaluation").algorithms))
    assert dock.page("evaluation").algorithm().id() == "carbonsink:test_dock_late"


def test_help_buttons_open_the_stage_page(dock):
    dock.page("npp").helpButton.click()
    [url] = dock.opened
    assert url.toLocalFile().endswith(os.path.join("resources", "help", "npp.html"))
