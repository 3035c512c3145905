""" "Open sample data": the demo's inputs in QGIS in one click, for a first try of the panel.

The plugin's generator (carbonsink_plugin/sampledata.py, the one `make demo` uses) writes the
GENERATED Shenzhen sample of one year at 100 m into a folder of the user's QGIS profile (never
the plugin's folder, which an update replaces); carbonsink:vegetationtypes turns its land cover
into the vegetation types, as stage 1 would. Both run in a background task (a few seconds).
The inputs are then added to the current project in one group, styled, so that the panel
preselects them. A complete folder is reused: the second click loads at once.

Nothing half-written: the task writes into a temporary sibling folder and renames it into place
only when everything succeeded; a failed or canceled task removes it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from .. import sampledata
from ..core.errors import Canceled
from ..i18n import tr_for
from ..paths import resource_path
from ..processing.legends import translate_band_title, translate_legend
from ..processing.provider import PROVIDER_ID

YEAR = sampledata.YEARS[-1]
RESOLUTION = 100.0  # the demo's (`make demo`): seconds to generate, ~37 MB on disk
MANIFEST = "carbonsink_sample.json"
# (key, .qml style or None) in the order of the group, top first.
LAYERS = (
    ("field_plots", None),
    ("ndvi", "ndvi_monthly"),
    ("solar_radiation", "radiation_monthly"),
    ("temperature", "temperature_monthly"),
    ("precipitation", "precipitation_monthly"),
    ("vegetation_types", "vegetation_types"),
    ("landcover", None),
    ("districts", None),
)


def default_folder() -> str:
    """<QGIS profile>/carbonsink/sample_data_<resolution>m (kept between sessions)."""
    profile = QgsApplication.qgisSettingsDirPath()
    return os.path.join(profile, "carbonsink", f"sample_data_{RESOLUTION:g}m")


def signature() -> dict:
    """What a complete folder was made with; another signature means generate again."""
    return {"seed": sampledata.SEED, "resolution": RESOLUTION, "year": YEAR, "version": 1}


def read_manifest(folder: str) -> dict | None:
    """{key: path} of a complete sample folder, or None."""
    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as stream:
            manifest = json.load(stream)
    except (OSError, ValueError):
        return None
    if manifest.get("signature") != signature():
        return None
    paths = {key: os.path.join(folder, name) for key, name in manifest.get("paths", {}).items()}
    wanted = {key for key, _style in LAYERS}
    if not wanted <= set(paths) or not all(os.path.isfile(paths[key]) for key in wanted):
        return None
    return paths


def generate(folder: str, task: QgsTask | None = None) -> dict:
    """Write the sample into folder (replacing an incomplete one); returns {key: path}."""

    def progress(fraction: float, _what: str = "") -> None:
        if task is not None:
            if task.isCanceled():
                raise Canceled()
            task.setProgress(90.0 * fraction)

    parent = os.path.dirname(folder)
    os.makedirs(parent, exist_ok=True)
    partial = tempfile.mkdtemp(prefix=".partial-", dir=parent)
    try:
        made = sampledata.generate(partial, RESOLUTION, years=(YEAR,), progress=progress)
        paths = {
            "field_plots": made["field_plots"],
            "ndvi": made[f"ndvi_{YEAR}"],
            "solar_radiation": made[f"solar_radiation_{YEAR}"],
            "temperature": made[f"temperature_{YEAR}"],
            "precipitation": made[f"precipitation_{YEAR}"],
            "landcover": made["landcover"],
            "districts": made["districts"],
            "readme": made["readme"],
        }
        paths["vegetation_types"] = vegetation_types(
            paths["landcover"], os.path.join(partial, "vegetation_types.tif"), task
        )
        relative = {key: os.path.relpath(path, partial) for key, path in paths.items()}
        with open(os.path.join(partial, MANIFEST), "w", encoding="utf-8") as stream:
            json.dump({"signature": signature(), "paths": relative}, stream, indent=1)
        if os.path.isdir(folder):
            shutil.rmtree(folder)  # incomplete or of another signature: read_manifest said so
        os.replace(partial, folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return {key: os.path.join(folder, name) for key, name in relative.items()}


def vegetation_types(landcover: str, output: str, task: QgsTask | None) -> str:
    """carbonsink:vegetationtypes with the WorldCover preset, as stage 1 of the demo."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
        f"{PROVIDER_ID}:vegetationtypes"
    )
    if algorithm is None:
        raise RuntimeError("the carbonsink provider is not registered")
    feedback = QgsProcessingFeedback()
    if task is not None:
        feedback.progressChanged.connect(lambda value: task.setProgress(90.0 + 0.1 * value))
        task.taskTerminated.connect(feedback.cancel)
    context = QgsProcessingContext()
    parameters = {"INPUT": landcover, "PRESET": "worldcover", "OUTPUT": output}
    results, ok = algorithm.run(parameters, context, feedback)
    if not ok or not results:
        raise RuntimeError(feedback.textLog() or "carbonsink:vegetationtypes failed")
    return results["OUTPUT"]


class SampleData(QObject):
    """Open the sample: start() it, then `finished(group name or None, message)`."""

    finished = pyqtSignal(object, str)

    def __init__(self, project: QgsProject | None = None, folder: str | None = None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.folder = folder or default_folder()
        self.task = None
        self.running = False
        self.canceled = False

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    def start(self) -> None:
        self.running = True
        paths = read_manifest(self.folder)
        if paths is not None:  # made before: load at once
            self._load(paths)
            return
        self.task = QgsTask.fromFunction(
            self.tr("Generating the sample data"), self._generate, on_finished=self._generated
        )
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        self.canceled = True
        if self.task is not None:
            self.task.cancel()

    def _generate(self, task):
        return generate(self.folder, task)

    def _generated(self, error, paths=None) -> None:
        self.task = None
        if error is not None or paths is None:
            self.running = False
            if self.canceled or isinstance(error, Canceled) or error is None:
                message = self.tr("Sample data: canceled; nothing was written.")
            else:
                message = self.tr("Sample data could not be made: {0}").format(error)
            self.finished.emit(None, message)
            return
        self._load(paths)

    def group_name(self) -> str:
        return self.tr("Sample data {0} (GENERATED)").format(YEAR)

    def _load(self, paths: dict) -> None:
        project = self.project
        empty = not project.mapLayers()
        root = project.layerTreeRoot()
        name, number = self.group_name(), 1
        while root.findGroup(name) is not None:
            number += 1
            name = f"{self.group_name()} ({number})"
        group = root.insertGroup(0, name)
        for key, style in LAYERS:
            layer = self._layer(key, paths[key], style)
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            node.setItemVisibilityChecked(key in ("field_plots", "ndvi", "districts"))
            node.setExpanded(False)
            translate_band_title(layer, project)
        if empty:
            project.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{sampledata.EPSG}"))
            project.setTitle(self.tr("Urban carbon sink — GENERATED sample data"))
        self.running = False
        self.finished.emit(
            name,
            self.tr(
                "Sample data {0} at {1:g} m loaded into the group “{2}” (generated, not "
                "observations; files in {3})."
            ).format(YEAR, RESOLUTION, name, self.folder),
        )

    def _layer(self, key: str, path: str, style: str | None):
        if key == "field_plots":
            return QgsVectorLayer(path, "field_plots", "ogr")
        if key == "districts":
            source = f"{path}|layername={sampledata.DISTRICTS_LAYER}"
            return QgsVectorLayer(source, self.tr("Shenzhen"), "ogr")
        stem = os.path.splitext(os.path.basename(path))[0]
        layer = QgsRasterLayer(path, stem, "gdal")
        if style is not None:
            layer.loadNamedStyle(resource_path("styles", f"{style}.qml"))
            translate_legend(layer)
        return layer
