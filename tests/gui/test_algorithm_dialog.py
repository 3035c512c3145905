"""The Processing toolbox's own dialog (AlgorithmDialog, what a double-click in the toolbox
opens) runs carbonsink:workflow as a background task (issue 15 §3): QGIS stays responsive, the
dialog's Cancel stops it and leaves nothing behind. The graphical model runs from the same
dialog; on QGIS < 3.26 QGIS itself runs every model on the main thread (QgsProcessingModel-
Algorithm declares FlagNoThreading), so there it must finish without a deadlock, and from
3.26 on it runs in a task like the workflow.

On the reduced sample at 500 m (tests/processing/workflow_support.py), as the model tests.
"""

from __future__ import annotations

import os
import sys
import time

import pytest
from gui_support import Heartbeat, wait_for
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProject,
    QgsVectorLayer,
)

from carbonsink_plugin.compat import FLAG_NO_THREADING
from carbonsink_plugin.paths import resource_path
from carbonsink_plugin.processing.models import ModelFolder

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "processing"))
from workflow_support import YEAR, common_inputs, prepare  # noqa: E402

MODEL = resource_path("models", "en", "urban_carbon_sink.model3")


@pytest.fixture(scope="module")
def prepared(provider, tmp_path_factory):
    return prepare(str(tmp_path_factory.mktemp("dialog_sample")))


def workflow_parameters(prepared, folder) -> dict:
    return {**common_inputs(prepared), "YEAR": YEAR, "SAMPLING_TOTAL": 0, "OUTPUT_FOLDER": folder}


def open_dialog(algorithm, parameters):
    """The toolbox's dialog for the algorithm, filled in as a user would."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    dialog = AlgorithmDialog(algorithm, False, None)
    dialog.setParameters(parameters)
    dialog.show()
    finished = []
    dialog.algorithmFinished.connect(lambda ok, results: finished.append((ok, results)))
    return dialog, finished


@pytest.fixture
def project(qgis_app, monkeypatch):
    """The project the dialog loads into; no QGIS window: the dialog's panel gets no iface
    (pytest-qgis's stand-in would hand it a mock browser model)."""
    from processing.gui import ParametersPanel

    monkeypatch.setattr(ParametersPanel, "iface", None)
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def run_dialog(qgis_app, dialog, finished, cancel_at=None):
    """Press Run; with cancel_at, press Cancel once the progress passes it. Returns (ok,
    results, seconds, heartbeat)."""
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    dialog.runAlgorithm()
    assert not dialog.messageBar().currentItem(), "Run refused the parameters"
    canceled = False
    deadline = time.monotonic() + 300
    while not finished:
        assert time.monotonic() < deadline, "the dialog's run never finished"
        qgis_app.processEvents()
        time.sleep(0.002)
        feedback = dialog.feedback
        due = cancel_at is not None and feedback is not None and feedback.progress() > cancel_at
        if due and not canceled:
            assert dialog.cancelButton().isEnabled()
            dialog.cancelButton().click()
            canceled = True
    seconds = time.perf_counter() - started
    heartbeat.stop()
    ok, results = finished[0]
    return ok, results, seconds, heartbeat


def test_the_workflow_dialog_runs_in_a_task_and_qgis_stays_responsive(
    qgis_app, prepared, project, tmp_path
):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("carbonsink:workflow")
    assert not algorithm.flags() & FLAG_NO_THREADING  # so the dialog makes a task
    dialog, finished = open_dialog(algorithm, workflow_parameters(prepared, str(tmp_path)))
    try:
        ok, results, seconds, heartbeat = run_dialog(qgis_app, dialog, finished)
        assert ok, dialog.feedback
        assert os.path.getsize(results["OUTPUT_PDF"]) > 10000  # its maps drawn, no deadlock
        assert os.path.getsize(results["OUTPUT_HTML"]) > 10000
        # On the main thread the longest gap was the run itself; in the task the event loop
        # waits at most for one map (or for Run's own checks), never half a second.
        assert heartbeat.longest < 0.5, (heartbeat.longest, seconds)
        assert heartbeat.beats > 20
        assert any(layer.name().startswith("NEP") for layer in project.mapLayers().values())
    finally:
        dialog.close()
        dialog.deleteLater()
        qgis_app.processEvents()


def test_cancel_in_the_dialog_stops_the_workflow_and_leaves_nothing(
    qgis_app, prepared, project, tmp_path
):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("carbonsink:workflow")
    folder = tmp_path / "out"
    folder.mkdir()
    dialog, finished = open_dialog(algorithm, workflow_parameters(prepared, str(folder)))
    try:
        ok, _results, seconds, heartbeat = run_dialog(qgis_app, dialog, finished, cancel_at=2)
        assert not ok
        assert os.listdir(folder) == []  # nothing half-written, no file of the run
        assert project.mapLayers() == {}
        assert heartbeat.longest < 0.5, (heartbeat.longest, seconds)
        # The task has ended: nothing of the run is left in the task manager.
        wait_for(qgis_app, lambda: QgsApplication.taskManager().countActiveTasks() == 0, 30)
    finally:
        dialog.close()
        dialog.deleteLater()
        qgis_app.processEvents()


@pytest.fixture
def shipped_model(qgis_processing):
    """The model as the toolbox lists it (the plugin's models folder registered)."""
    folder = ModelFolder()
    assert folder.register()
    try:
        loaded = QgsProcessingModelAlgorithm()
        assert loaded.fromFile(MODEL)
        registry = QgsApplication.processingRegistry()
        yield registry.createAlgorithmById(f"model:{loaded.name()}")
    finally:
        folder.unregister()


def test_the_graphical_model_runs_from_the_dialog(
    qgis_app, prepared, project, shipped_model, tmp_path
):
    model = shipped_model
    assert model is not None
    for child in model.childAlgorithms().values():  # none of ours keeps it on the main thread
        assert not child.algorithm().flags() & FLAG_NO_THREADING, child.childId()
    in_task = Qgis.QGIS_VERSION_INT >= 32600  # QGIS PR 47689: models in background tasks
    assert bool(model.flags() & FLAG_NO_THREADING) is not in_task
    parameters = common_inputs(prepared)
    # The layers whose fields the model's field parameters list: picked from the project, as
    # a user does (the dialog's field lists fill from a layer, not from a path).
    for name in ("PLOTS", "ZONES"):
        layer = QgsVectorLayer(parameters[name], name.lower(), "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        parameters[name] = layer
    for number, definition in enumerate(model.destinationParameterDefinitions()):
        extension = definition.defaultFileExtension()
        parameters[definition.name()] = str(tmp_path / f"output_{number}.{extension}")
    dialog, finished = open_dialog(model, parameters)
    try:
        ok, results, seconds, heartbeat = run_dialog(qgis_app, dialog, finished)
        assert ok
        # The report child drew its maps (on the main thread: a plain call; in a task: one map
        # at a time through mainthread.call) and wrote the PDF.
        assert os.path.getsize(results["report:Report (PDF)"]) > 10000
        if in_task:
            assert heartbeat.longest < 0.5, (heartbeat.longest, seconds)
    finally:
        dialog.close()
        dialog.deleteLater()
        qgis_app.processEvents()
