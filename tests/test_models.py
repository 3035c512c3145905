"""The shipped graphical model appears under "Models" while the plugin is loaded: the plugin adds
its models folder to Processing's model folders (in memory only) and leaves the user's setting
as it was when it unloads — in QGIS and in qgis_process."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

import carbonsink_plugin
from carbonsink_plugin.processing.models import MODELS_FOLDER, MODELS_ROOT, models_folder
from carbonsink_plugin.processing.provider import PROVIDER_ID

ROOT = Path(__file__).resolve().parent.parent
MODEL_ID = "model:Urban carbon sink evaluation (stages 2–5)"
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


def current_setting():
    """Processing's MODELS_FOLDER setting (a new object whenever the model provider loads)."""
    from processing.core.ProcessingConfig import ProcessingConfig
    from processing.modeler.ModelerUtils import ModelerUtils

    return ProcessingConfig.settings[ModelerUtils.MODELS_FOLDER]


@pytest.fixture
def setting(qgis_processing):
    """The setting; its value and saved value are restored afterwards."""
    item = current_setting()
    value, saved = item.value, QgsSettings().value(item.qname, None)
    yield item
    current_setting().value = value
    if saved is None:
        QgsSettings().remove(item.qname)
    else:
        QgsSettings().setValue(item.qname, saved)


@pytest.fixture
def plugin(qgis_iface, qgis_processing):
    registry = QgsApplication.processingRegistry()
    own = registry.providerById(PROVIDER_ID)
    if own is not None:  # registered by another test's session fixture
        registry.removeProvider(own)
    instance = carbonsink_plugin.classFactory(qgis_iface)
    yield instance
    instance.unload()


def folders(value) -> list[str]:
    return [f for f in str(value or "").split(";") if f]


def test_loading_shows_the_model_and_unloading_restores_the_setting(plugin, setting):
    registry = QgsApplication.processingRegistry()
    before, saved_before = setting.value, QgsSettings().value(setting.qname, None)
    assert MODELS_FOLDER not in folders(before)

    plugin.initProcessing()
    plugin.initProcessing()  # qgis_process and initGui both call it: still one entry
    assert folders(setting.value) == [*folders(before), MODELS_FOLDER]
    assert QgsSettings().value(setting.qname, None) == saved_before  # never saved
    model = registry.algorithmById(MODEL_ID)
    assert model is not None
    assert model.provider().id() == "model"  # the toolbox's "Models"
    assert model.group() == "Urban carbon sink (DB4403/T 348)"

    plugin.unload()
    assert setting.value == before
    assert QgsSettings().value(setting.qname, None) == saved_before
    assert registry.algorithmById(MODEL_ID) is None


def test_folders_the_user_adds_meanwhile_are_kept(plugin, setting, tmp_path):
    from processing.core.ProcessingConfig import ProcessingConfig
    from processing.modeler.ModelerUtils import ModelerUtils

    before = folders(setting.value)
    plugin.initProcessing()
    mine = str(tmp_path / "my models")
    os.makedirs(mine)
    # The user adds a folder in Settings → Options → Processing and saves (ours goes with it).
    ProcessingConfig.setSettingValue(ModelerUtils.MODELS_FOLDER, setting.value + ";" + mine)
    assert MODELS_FOLDER in folders(QgsSettings().value(setting.qname))

    plugin.unload()
    assert folders(setting.value) == [*before, mine]
    assert folders(QgsSettings().value(setting.qname)) == [*before, mine]


def test_a_plugin_loaded_before_processing_adds_the_folder_when_processing_starts(
    plugin, setting, monkeypatch
):
    from carbonsink_plugin.processing import models

    monkeypatch.setattr(models, "_setting", lambda: None)  # Processing not initialised yet
    plugin.initProcessing()
    assert plugin.models.ours is None
    monkeypatch.undo()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("model")
    registry.removeProvider(provider)  # Processing adds its model provider …
    from processing.modeler.ModelerAlgorithmProvider import ModelerAlgorithmProvider

    registry.addProvider(ModelerAlgorithmProvider())
    assert MODELS_FOLDER in folders(current_setting().value)  # … and the plugin follows
    assert registry.algorithmById(MODEL_ID) is not None
    plugin.unload()
    assert MODELS_FOLDER not in folders(current_setting().value)
    assert registry.algorithmById(MODEL_ID) is None


def test_qgis_process_lists_and_describes_the_model(tmp_path):
    assert QGIS_PROCESS, "qgis_process is part of Debian's qgis package (make deps installs it)"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(ROOT),
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
    )

    def qgis_process(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True)

    enabled = qgis_process("plugins", "enable", "carbonsink_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listing = qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    models = listing.stdout.split("\nModels\n", 1)[1].split("\n\n", 1)[0]
    assert MODEL_ID in models
    described = qgis_process("help", MODEL_ID)
    assert described.returncode == 0, described.stderr
    for name in ("NDVI", "VEGETATION", "PLOTS", "report:Report (HTML)"):
        assert f"\n{name}:" in described.stdout, name
    # The plugin never wrote its folder into the profile's settings.
    settings = "".join(p.read_text(errors="ignore") for p in (tmp_path / "profile").rglob("*.ini"))
    assert MODELS_FOLDER not in settings


def test_qgis_in_chinese_shows_the_chinese_model():
    assert models_folder("en_US") == MODELS_FOLDER == os.path.join(MODELS_ROOT, "en")
    for locale in ("zh-Hans", "zh_CN", "zh"):
        assert models_folder(locale) == os.path.join(MODELS_ROOT, "zh_CN")
    assert models_folder("zh-Hant") == MODELS_FOLDER  # Traditional Chinese: English
    for folder in (MODELS_FOLDER, models_folder("zh_CN")):
        assert os.listdir(folder) == ["urban_carbon_sink.model3"]  # one model per folder
