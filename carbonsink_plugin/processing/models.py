"""The graphical models shipped in resources/models, shown in the Processing toolbox under
"Models" (the model provider, id "model").

QGIS's model provider reads every folder listed in Processing's MODELS_FOLDER setting
(Settings → Options → Processing → Models; folders separated by ';'). On load the plugin adds its
own folder to that setting's value in memory only — never saved, so a crash cannot leave it in
the user's profile — and refreshes the model provider; on unload it puts the value back as it
was (or, if the user changed the folders meanwhile, takes only its own folder out, also from the
saved value in case the Processing options were saved with it), and refreshes again.

One model per language: resources/models/en and resources/models/zh_CN hold the same model
(scripts/build_model.py writes both: the same inputs by name; labels, steps, output names and
help in the language). The folder of the language QGIS runs in is the one added, so the toolbox
shows one model, in the user's language (Processing reads a folder with its subfolders, hence
two sibling folders).

When Processing is not initialised yet (no model provider), the folder is added as soon as the
model provider is added to the registry (and again if Processing recreates it).
"""

from __future__ import annotations

import contextlib
import os

from qgis.core import QgsApplication, QgsSettings

from ..i18n import qgis_locale, translation_for
from ..paths import resource_path

MODEL_PROVIDER = "model"
MODELS_ROOT = resource_path("models")
LANGUAGE_FOLDERS = ("en", "zh_CN")


def models_folder(locale: str | None = None) -> str:
    """The models folder for a locale (default: the one QGIS runs in)."""
    translation = translation_for(qgis_locale() if locale is None else locale)
    return os.path.join(MODELS_ROOT, translation or "en")


MODELS_FOLDER = os.path.join(MODELS_ROOT, "en")  # the English model's folder


def _setting():
    """Processing's MODELS_FOLDER setting object, or None before Processing is initialised."""
    try:
        from processing.core.ProcessingConfig import ProcessingConfig
        from processing.modeler.ModelerUtils import ModelerUtils
    except ImportError:  # pragma: no cover - QGIS always ships Processing
        return None
    return ProcessingConfig.settings.get(ModelerUtils.MODELS_FOLDER)


def _same(folder: str, other: str) -> bool:
    return os.path.normcase(os.path.abspath(folder)) == os.path.normcase(os.path.abspath(other))


def _folders(value) -> list[str]:
    return [f for f in str(value or "").split(";") if f]


def _ours(folder: str) -> bool:
    """One of the plugin's models folders (any language; the root, as older versions added)."""
    return _same(folder, MODELS_ROOT) or any(
        _same(folder, os.path.join(MODELS_ROOT, name)) for name in LANGUAGE_FOLDERS
    )


def _without_ours(value) -> str:
    return ";".join(f for f in _folders(value) if not _ours(f))


def _refresh() -> None:
    provider = QgsApplication.processingRegistry().providerById(MODEL_PROVIDER)
    if provider is not None:
        provider.refreshAlgorithms()


class ModelFolder:
    """Adds the plugin's models folder to Processing's model folders while the plugin is
    loaded (register / unregister)."""

    def __init__(self):
        self.original = None  # the setting's value before we added our folder
        self.ours = None  # the value we set
        self.listening = False

    def register(self) -> bool:
        """True when the folder is in the setting now; False when Processing is not ready.
        Either way the folder is (re)added whenever the model provider is (re)created, which
        also (re)creates the setting from the saved value."""
        if not self.listening:
            QgsApplication.processingRegistry().providerAdded.connect(self._provider_added)
            self.listening = True
        setting = _setting()
        if setting is None:
            return False
        value = setting.value
        folders = _folders(value)
        if not any(_ours(f) for f in folders):
            self.original = value
            self.ours = ";".join([*folders, models_folder()])
            setting.value = self.ours  # in memory only: setting.save() would persist it
        _refresh()
        return True

    def _provider_added(self, provider_id: str) -> None:
        if provider_id == MODEL_PROVIDER:
            self.register()

    def unregister(self) -> None:
        if self.listening:
            registry = QgsApplication.processingRegistry()
            with contextlib.suppress(TypeError, RuntimeError):  # already disconnected
                registry.providerAdded.disconnect(self._provider_added)
            self.listening = False
        setting = _setting()
        if setting is not None and self.ours is not None:
            if setting.value == self.ours:
                setting.value = self.original
            else:  # the user changed the folders meanwhile: keep theirs, take ours out
                setting.value = _without_ours(setting.value)
            # If Processing's options were saved while we were loaded, ours went with them.
            settings = QgsSettings()
            saved = settings.value(setting.qname, None)
            if saved is not None and any(_ours(f) for f in _folders(saved)):
                settings.setValue(setting.qname, _without_ours(saved))
        self.original = self.ours = None
        _refresh()
