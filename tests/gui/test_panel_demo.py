"""The panel on the demo project, in English and in Chinese (issue 15): what it preselects, the
checks before Run, NDVI_EXTREMES visible, and a real workflow run from it that keeps the event
loop responsive and leaves nothing when canceled.

The demo project is made here as `make demo` makes demo_output/demo.qgz and zh/demo.qgz
(scripts/demo.py write_project: the workflow's layers, the checked plots on top, the inputs in a
group), on the reduced sample at 500 m (tests/processing/workflow_support.py).
"""

from __future__ import annotations

import os
import sys
import time

import pytest
from gui_support import Heartbeat, wait_for
from qgis.core import QgsApplication, QgsProcessingContext, QgsProject
from qgis.PyQt.QtWidgets import QComboBox

from carbonsink_plugin import i18n
from carbonsink_plugin.compat import handle_algorithm_results
from carbonsink_plugin.gui.dock import AUTO_YEAR, CarbonSinkDock
from carbonsink_plugin.processing.enum_labels import option_labels

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "processing"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
from workflow_support import YEAR, YEARS, prepare, stacks  # noqa: E402


def make_project(prepared, folder: str, language: str) -> str:
    """folder/demo.qgz as scripts/demo.py writes it (in the language of the run)."""
    import demo
    import processing

    translator = i18n.install_translator("zh_CN") if language == "zh" else None
    try:
        sample = prepared["sample"]
        zone_field, area = ("name_zh", "深圳市") if language == "zh" else ("name_en", "Shenzhen")
        project = QgsProject.instance()
        project.clear()
        context = QgsProcessingContext()
        context.setProject(project)
        parameters = {
            **stacks(sample, YEAR),
            "VEGETATION": prepared["VEGETATION"],
            "NDVI_EXTREMES": "data",
            "ZONES": sample["districts"] + "|layername=districts",
            "ZONE_FIELD": zone_field,
            "YEAR": YEAR,
            "PLOTS": sample["field_plots"],
            "MEASURED_FIELD": f"npp_{YEAR}",
            "STRATUM_FIELD": "veg_code",
            "LANGUAGE": language,
            "SAMPLING_TOTAL": 0,
            "OUTPUT_FOLDER": folder,
        }
        results = processing.run("carbonsink:workflow", parameters, context=context)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("carbonsink:workflow")
        handle_algorithm_results(algorithm, context, None, results)
        inputs = {name: path for name, path in stacks(sample, YEAR).items()}
        inputs.update(VEGETATION=prepared["VEGETATION"], PLOTS=sample["field_plots"])
        path = demo.write_project(project, folder, sample, inputs, zone_field, area, language)
        context.temporaryLayerStore().removeAllMapLayers()
        project.clear()
        return path
    finally:
        i18n.remove_translator(translator)


@pytest.fixture(scope="module")
def projects(provider, tmp_path_factory):
    prepared = prepare(str(tmp_path_factory.mktemp("panel_sample")))
    assert YEARS[-1] == YEAR
    base = tmp_path_factory.mktemp("panel_demo")
    return {
        "en": make_project(prepared, str(base), "en"),
        "zh": make_project(prepared, str(base / "zh"), "zh"),
    }


def open_panel(qgis_app, path: str, language: str):
    """The dock on the demo project of the language, QGIS speaking that language."""
    translator = i18n.install_translator("zh_CN") if language == "zh" else None
    project = QgsProject.instance()
    assert project.read(path)
    dock = CarbonSinkDock(project=project)
    dock.opened = []
    dock.open_url = dock.opened.append
    dock.resize(380, 900)
    dock.show()
    qgis_app.processEvents()
    dock.language = language
    yield dock
    dock.shutdown()
    dock.deleteLater()
    qgis_app.processEvents()
    project.clear()
    i18n.remove_translator(translator)


@pytest.fixture(params=["en", "zh"])
def panel(request, qgis_app, projects):
    yield from open_panel(qgis_app, projects[request.param], request.param)


@pytest.fixture
def english_panel(qgis_app, projects):
    yield from open_panel(qgis_app, projects["en"], "en")


def chosen(dock, stage: str) -> dict:
    """{parameter: layer name or value} the page would run with (its inputs only)."""
    page = dock.page(stage)
    names = {}
    for name, value in page.input_values().items():
        layer = dock.project.mapLayer(value) if isinstance(value, str) else None
        names[name] = layer.name() if layer is not None else value
    return names


def inputs_of(page) -> dict:
    return {item.name: item for item in page.inputs}


def test_the_workflow_takes_the_field_plots_and_the_measured_field_of_the_year(panel):
    assert panel.year() == YEAR  # from the NDVI of the project
    values = chosen(panel, "workflow")
    assert values["NDVI"] == f"ndvi_{YEAR}"
    assert values["PLOTS"] == "field_plots"  # not the previous run's "Checked plots 2023"
    assert values["MEASURED_FIELD"] == f"npp_{YEAR}"  # not npp_2021, in both languages
    # The algorithm's default zone field is in the layer: it is kept (not name_en).
    assert values["ZONE_FIELD"] == "name_zh"
    assert panel.page("workflow").problems() == []
    assert panel.page("workflow").warnings() == []
    parameters = panel.page("workflow").parameters(None)
    assert parameters["YEAR"] == YEAR


def test_ndvi_extremes_is_shown_and_the_algorithm_default_is_kept(panel):
    page = panel.page("workflow")
    # The panel opens on the workflow (the project holds its inputs), NDVI_EXTREMES on it.
    assert panel.toolbox.currentWidget().widget() is page
    item = inputs_of(page)["NDVI_EXTREMES"]
    assert item.widget.isVisibleTo(page)
    assert item.note_label.isVisibleTo(page) and "data" in item.note_label.text()
    default = page.algorithm().parameterDefinition("NDVI_EXTREMES").defaultValue()
    assert item.shown_value() == default
    assert "NDVI_EXTREMES" not in page.parameters(None)  # the algorithm's default applies
    # The choice reads in words in the user's language, as in the dialogs; the key is its data.
    combo = item.widget if isinstance(item.widget, QComboBox) else item.widget.findChild(QComboBox)
    definition = page.algorithm().parameterDefinition("NDVI_EXTREMES")
    assert combo.currentText() == option_labels(definition)[default] != default
    other = "data" if default == "table" else "table"
    item.wrapper.setParameterValue(other, item.context)
    assert page.parameters(None)["NDVI_EXTREMES"] == other
    assert "PARAMETERS" in inputs_of(page)  # the vegetation-type table, on the first screen


def test_stage_3_preselects_the_rh_layer_not_also_temperature_and_precipitation(panel):
    page = panel.page("carbonsink")
    page.algorithmCombo.setCurrentIndex(page.algorithmCombo.findData("carbonsink:carbonsink"))
    values = chosen(panel, "carbonsink")
    assert str(YEAR) in values["RH"] and "Rh" in values["RH"]  # "Soil respiration Rh 2023 (annual)"
    assert "TEMPERATURE" not in values and "PRECIPITATION" not in values
    assert str(YEAR) in values["NPP"]
    items = inputs_of(page)
    assert "Rh" in items["TEMPERATURE"].note_label.text()  # says why it is empty
    assert page.problems() == []
    # Choosing the temperature empties the other alternative (the Rh layer).
    temperature = next(
        layer for layer in panel.project.mapLayers().values() if layer.name().startswith("temp")
    )
    items["TEMPERATURE"].combo.setLayer(temperature)
    assert items["RH"].value() is None
    # Both given all the same (set without the panel's help): Run says so, in full.
    rh = next(layer for layer in panel.project.mapLayers().values() if "Rh" in layer.name())
    items["RH"]._quiet += 1
    items["RH"].combo.setLayer(rh)
    items["RH"]._quiet -= 1
    page.start()
    assert not page.running
    text = page.statusLabel.text()
    assert "Rh" in text and "temperature" in text and "precipitation" in text
    if panel.language == "zh":
        assert "只能二选一" in text and "清空另一项" in text
    else:
        assert "alternatives" in text and "not both (empty the other)" in text


def test_the_year_box_moves_every_input_and_says_what_is_missing(panel):
    panel.year_box.setValue(2022)
    workflow = inputs_of(panel.page("workflow"))
    assert workflow["NDVI"].value() is None  # only the NDVI of 2023 is in the project
    assert "ndvi_2023" in workflow["NDVI"].note_label.text()
    assert "2022" in workflow["NDVI"].note_label.text()
    assert workflow["MEASURED_FIELD"].value() == "npp_2022"
    assert workflow["VEGETATION"].value() is not None  # no year: fits every year
    panel.year_box.setValue(AUTO_YEAR)
    assert inputs_of(panel.page("workflow"))["NDVI"].value() is not None


def test_checked_plots_and_a_field_of_another_year_are_caught_before_run(panel):
    page = panel.page("groundcheck")
    page.algorithmCombo.setCurrentIndex(page.algorithmCombo.findData("carbonsink:groundcheck"))
    items = inputs_of(page)
    assert chosen(panel, "groundcheck")["PLOTS"] == "field_plots"
    checked = next(
        layer
        for layer in panel.project.mapLayers().values()
        if "measured_c" in (layer.fields().names() if hasattr(layer, "fields") else [])
    )
    items["PLOTS"].combo.setLayer(checked)
    problems = page.problems()
    said = "核查样地" if panel.language == "zh" else "checked-plots output"
    assert any(said in problem and checked.name() in problem for problem in problems)
    layers = panel.project.mapLayers().values()
    plots = next(layer for layer in layers if layer.name() == "field_plots")
    items["PLOTS"].combo.setLayer(plots)
    items["MEASURED_FIELD"].combo.setCurrentIndex(
        items["MEASURED_FIELD"].combo.findData("npp_2021")
    )
    warnings = page.warnings()
    assert len(warnings) == 1 and "2021" in warnings[0] and str(YEAR) in warnings[0]


def test_a_workflow_run_from_the_panel_keeps_qgis_responsive(english_panel, qgis_app, tmp_path):
    panel = english_panel
    panel.folder_widget.setFilePath(str(tmp_path))
    page = panel.page("workflow")
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    page.start()
    assert page.running, page.statusLabel.text()
    progress = []
    page.progressBar.valueChanged.connect(progress.append)
    wait_for(qgis_app, lambda: not page.running, timeout=300)
    seconds = time.perf_counter() - started
    heartbeat.stop()
    outcome = page.last_outcome
    assert outcome.ok, outcome.errors
    assert os.path.getsize(outcome.results["OUTPUT_PDF"]) > 10000
    # On the main thread the longest gap was the whole run; in a task only one map at a
    # time, and the progress bar moved while it ran.
    assert heartbeat.longest < 0.5 * seconds, (heartbeat.longest, seconds)
    assert heartbeat.beats > 10 and len(set(progress)) > 5


def test_cancel_leaves_nothing(panel, qgis_app, tmp_path):
    panel.folder_widget.setFilePath(str(tmp_path))
    layers_before = set(panel.project.mapLayers())
    page = panel.page("workflow")
    page.start()
    assert page.running
    wait_for(qgis_app, lambda: page.progressBar.value() > 2, timeout=120)
    page.cancelButton.click()
    wait_for(qgis_app, lambda: not page.running, timeout=120)
    outcome = page.last_outcome
    assert not outcome.ok and outcome.canceled
    assert os.listdir(tmp_path) == []  # not even the run folder
    assert set(panel.project.mapLayers()) == layers_before
    assert "Canceled" in page.statusLabel.text() or "取消" in page.statusLabel.text()


def test_a_report_run_without_an_output_folder_asks_for_one(panel, qgis_app, tmp_path):
    """Issue 18: a report never goes to the temporary folder QGIS deletes on exit."""
    page = panel.page("workflow")
    assert page.writes_report()
    evaluation = panel.page("evaluation")
    evaluation.algorithmCombo.setCurrentIndex(
        evaluation.algorithmCombo.findData("carbonsink:report")
    )
    assert evaluation.writes_report()
    assert not panel.page("carbonsink").writes_report()  # layers only: no question
    panel.folder_widget.setFilePath("")
    asked = []
    panel.choose_folder = lambda: asked.append(True) or ""  # the user cancels the dialog
    page.start()
    assert asked and not page.running
    text = page.statusLabel.text()
    assert "Output folder" in text or "输出文件夹" in text, text
    folder = tmp_path / "报告 reports"
    folder.mkdir()
    panel.choose_folder = lambda: str(folder)  # now the user chooses a folder
    page.start()
    assert page.running, page.statusLabel.text()
    assert panel.output_folder() == str(folder)  # kept for the next runs (and in the project)
    assert page.run_path and os.path.dirname(page.run_path) == str(folder)
    page.cancel()
    wait_for(qgis_app, lambda: not page.running, timeout=120)
    assert os.listdir(folder) == []  # the canceled run left nothing


def legend_texts(project) -> dict:
    """{layer name: [legend node texts]} as the Layers panel shows them."""
    from qgis.core import QgsLayerTreeModel

    model = QgsLayerTreeModel(project.layerTreeRoot())
    return {
        node.layer().name(): [legend.data(0) for legend in model.layerLegendNodes(node)]
        for node in project.layerTreeRoot().findLayers()
    }


def test_legends_and_groups_are_in_the_language_of_the_project(panel):
    """Issue 18: no "Band 1: NEP gC m-2 a-1 (Gray)" (English in every UI) in the Layers panel."""
    from qgis.core import QgsRasterLayer

    zh = panel.language == "zh"
    project = panel.project
    texts = legend_texts(project)
    rasters = [
        layer.name() for layer in project.mapLayers().values() if isinstance(layer, QgsRasterLayer)
    ]
    assert len(rasters) >= 10
    for name in rasters:
        title = texts[name][0]
        assert not title.startswith(("Band", "波段")), (name, title)
        assert "(Gray)" not in title and "(Palette)" not in title, (name, title)
    nep = next(name for name in rasters if "NEP" in name and "2023" in name)
    assert texts[nep][0] == ("净生态系统生产力 NEP（gC·m⁻²·a⁻¹）" if zh else "NEP (gC·m⁻²·a⁻¹)")
    sink = next(
        layer.name()
        for layer in project.mapLayers().values()
        if layer.source().endswith(f"sink_class_{YEAR}.tif")
    )
    assert texts[sink][:2] == (
        ["碳汇/碳源", "非植被"] if zh else ["Carbon sink / source", "Non-vegetated"]
    )
    ndvi = next(name for name in rasters if name.startswith("ndvi_"))
    assert texts[ndvi][0] == ("7 月" if zh else "Month 7")  # the band the style shows
    # The file keeps its English band description: the panel's role matching reads it.
    from osgeo import gdal

    dataset = gdal.Open(project.mapLayersByName(nep)[0].source())
    assert dataset.GetRasterBand(1).GetDescription() == "NEP gC m-2 a-1"
    groups = [group.name() for group in project.layerTreeRoot().children()]
    assert (f"输入数据 {YEAR}" if zh else f"Inputs {YEAR}") in groups
    assert ("深圳市" if zh else "Shenzhen") + f" {YEAR}" in groups


def test_the_standards_main_algorithm_comes_first_in_both_languages(panel):
    """Issue 15 §5: CASA before the NPP import, the carbon sink before Rh alone — the order of
    the registry, not of the translated names (sorted, Chinese put 导入 before 改进)."""

    def listed(stage):
        combo = panel.page(stage).algorithmCombo
        return [combo.itemData(index) for index in range(combo.count())]

    npp = listed("npp")
    assert npp[:2] == ["carbonsink:casanpp", "carbonsink:importnpp"]
    assert listed("carbonsink") == ["carbonsink:carbonsink", "carbonsink:soilrespiration"]
