"""The "Open sample data / demo project" action (issue 15 §6): one click gives a first-time
user the demo's inputs in QGIS, in one group, and the panel preselects them for the workflow;
a second click loads the same files at once; Cancel leaves nothing; the files never go into
the plugin's folder."""

from __future__ import annotations

import os

import pytest
from gui_support import wait_for
from qgis.core import QgsApplication, QgsProject

from carbonsink_plugin import i18n
from carbonsink_plugin.gui import sampledata
from carbonsink_plugin.gui.dock import CarbonSinkDock

PLUGIN_FOLDER = os.path.dirname(os.path.dirname(sampledata.__file__))


@pytest.fixture(scope="module")
def folder(provider, tmp_path_factory):
    """The sample folder, made once for the module by the action's own code."""
    folder = str(tmp_path_factory.mktemp("profile") / "carbonsink" / "sample_data_100m")
    paths = sampledata.generate(folder)
    assert sampledata.read_manifest(folder) == paths
    return folder


def open_sample(qgis_app, project, folder):
    opener = sampledata.SampleData(project, folder)
    said = []
    opener.finished.connect(lambda group, message: said.append((group, message)))
    opener.start()
    wait_for(qgis_app, lambda: not opener.running, timeout=120)
    return said[0]


@pytest.fixture(params=["en", "zh"])
def language(request):
    translator = i18n.install_translator("zh_CN") if request.param == "zh" else None
    yield request.param
    i18n.remove_translator(translator)


def test_the_sample_lands_in_one_group_and_the_panel_preselects_it(
    qgis_app, folder, language, qgis_new_project
):
    project = QgsProject.instance()
    group, message = open_sample(qgis_app, project, folder)
    zh = language == "zh"
    assert group == ("示例数据 2023（生成）" if zh else "Sample data 2023 (GENERATED)"), message
    node = project.layerTreeRoot().findGroup(group)
    names = [layer.layer().name() for layer in node.findLayers()]
    assert names == [
        "field_plots",
        "ndvi_2023",
        "solar_radiation_2023",
        "temperature_2023",
        "precipitation_2023",
        "vegetation_types",
        "landcover_worldcover",
        "深圳市" if zh else "Shenzhen",
    ]
    assert all(layer.layer().isValid() for layer in node.findLayers())
    assert project.crs().authid() == "EPSG:4547"  # the project was empty: the sample's CRS
    dock = CarbonSinkDock(project=project)
    try:
        page = dock.page("workflow")
        assert dock.toolbox.currentWidget().widget() is page  # opens on the workflow
        chosen = {
            key: (project.mapLayer(value).name() if project.mapLayer(value) else value)
            for key, value in page.input_values().items()
            if isinstance(value, str)
        }
        assert chosen["NDVI"] == "ndvi_2023" and chosen["SOL"] == "solar_radiation_2023"
        assert chosen["TEMPERATURE"] == "temperature_2023"
        assert chosen["PRECIPITATION"] == "precipitation_2023"
        assert chosen["VEGETATION"] == "vegetation_types"
        assert chosen["PLOTS"] == "field_plots" and chosen["MEASURED_FIELD"] == "npp_2023"
        assert chosen["ZONES"] == ("深圳市" if zh else "Shenzhen")
        assert page.problems() == [] and dock.year() == 2023
    finally:
        dock.shutdown()
        dock.deleteLater()
        qgis_app.processEvents()


def test_a_second_click_adds_a_second_group_from_the_same_files(qgis_app, folder, qgis_new_project):
    project = QgsProject.instance()
    first, _ = open_sample(qgis_app, project, folder)
    before = os.path.getmtime(os.path.join(folder, sampledata.MANIFEST))
    second, _ = open_sample(qgis_app, project, folder)
    assert second == f"{first} (2)"
    assert os.path.getmtime(os.path.join(folder, sampledata.MANIFEST)) == before  # reused


def test_cancel_leaves_nothing(qgis_app, provider, tmp_path, qgis_new_project):
    folder = tmp_path / "carbonsink" / "sample_data_100m"
    project = QgsProject.instance()
    opener = sampledata.SampleData(project, str(folder))
    said = []
    opener.finished.connect(lambda group, message: said.append((group, message)))
    opener.start()
    wait_for(qgis_app, lambda: opener.task is None or opener.task.progress() > 1, timeout=60)
    opener.cancel()
    wait_for(qgis_app, lambda: not opener.running, timeout=60)
    assert said and said[0][0] is None
    assert not folder.exists()
    assert os.listdir(folder.parent) == []  # not even the temporary folder
    assert project.mapLayers() == {}


def test_the_files_go_to_the_profile_never_into_the_plugin_folder():
    folder = sampledata.default_folder()
    assert folder.startswith(QgsApplication.qgisSettingsDirPath())
    assert not os.path.abspath(folder).startswith(os.path.abspath(PLUGIN_FOLDER) + os.sep)


def test_the_menu_action_loads_the_sample_and_opens_the_panel_on_the_workflow(
    qgis_app, qgis_iface, folder, monkeypatch, qgis_new_project
):
    import carbonsink_plugin

    monkeypatch.setattr(sampledata, "default_folder", lambda: folder)
    plugin = carbonsink_plugin.classFactory(qgis_iface)
    # The session's provider stands in for the plugin's own (registered once per session).
    plugin.provider = QgsApplication.processingRegistry().providerById("carbonsink")
    plugin.initGui()
    try:
        plugin.sample_action.trigger()  # Raster → Urban carbon sink → Open sample data
        wait_for(qgis_app, lambda: not plugin.sample.running, timeout=120)
        group = QgsProject.instance().layerTreeRoot().findGroup("Sample data 2023 (GENERATED)")
        assert group is not None and len(group.findLayers()) == 8
        dock = plugin.dock
        assert dock is not None and not dock.isHidden() and plugin.action.isChecked()
        assert dock.toolbox.currentWidget().widget() is dock.page("workflow")
        assert dock.page("workflow").problems() == []
        assert plugin.sample_action.isEnabled()  # again, for another group
    finally:
        plugin.provider = None  # the session's: not the plugin's to remove
        plugin.unload()
