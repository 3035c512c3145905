"""Running a Processing algorithm from the dock, the way the toolbox does.

The algorithm runs as a QgsProcessingAlgRunnerTask in QGIS's task manager (progress in the
status bar, Cancel), with a context made by Processing's own createContext; its result layers
are loaded by Processing's own handleAlgorithmResults (names and the .qml styles our algorithms
attach through layer post-processors), then gathered into one layer-tree group per run.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field

from qgis.core import (
    QgsApplication,
    QgsLayerTreeGroup,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFile,
    QgsProcessingOutputHtml,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..compat import FLAG_NO_THREADING, handle_algorithm_results

HEADLINE_OUTPUTS = (
    QgsProcessingOutputNumber,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputString,
)
FILE_OUTPUTS = (QgsProcessingOutputHtml, QgsProcessingOutputFile)


def runs_in_task(algorithm) -> bool:
    """Whether the panel runs the algorithm as a background task (else on the main thread, as
    the toolbox dialog does for an algorithm that declares FlagNoThreading). The workflow and
    the report run in a task: the report hands each map to the main thread (mainthread.py)."""
    return not algorithm.flags() & FLAG_NO_THREADING


class RunFeedback(QgsProcessingFeedback):
    """Processing feedback that also keeps the errors and warnings for the dock to show."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N803 - QGIS API
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)


@dataclass
class RunOutcome:
    """What a finished run produced."""

    algorithm_id: str
    ok: bool
    canceled: bool = False
    results: dict = field(default_factory=dict)
    headlines: list = field(default_factory=list)  # (output name, description, value)
    files: list = field(default_factory=list)  # (output name, description, path)
    group: str | None = None  # layer-tree group holding the loaded layers
    layer_ids: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    log_html: str = ""


def create_context(feedback, project: QgsProject) -> QgsProcessingContext:
    """The context the toolbox would use (Processing's createContext), for this project."""
    try:
        from processing.tools.dataobjects import createContext

        context = createContext(feedback)
    except ImportError:  # Processing's Python plugin not loaded: a bare context
        context = QgsProcessingContext()
        context.setFeedback(feedback)
    context.setProject(project)
    return context


def headline_values(algorithm, results: dict) -> list:
    """(name, description, value) of the number/boolean/text outputs present in results."""
    rows = []
    for output in algorithm.outputDefinitions():
        value = results.get(output.name())
        if isinstance(output, HEADLINE_OUTPUTS) and value not in (None, ""):
            rows.append((output.name(), output.description(), value))
    return rows


def file_values(algorithm, results: dict) -> list:
    """(name, description, path) of the HTML/file outputs that exist (reports, charts)."""
    rows = []
    for output in algorithm.outputDefinitions():
        value = results.get(output.name())
        if isinstance(output, FILE_OUTPUTS) and isinstance(value, str) and os.path.isfile(value):
            rows.append((output.name(), output.description(), value))
    return rows


def load_results(algorithm, context, feedback, results: dict, group_name: str, project):
    """Load the result layers like the toolbox, then move them into a new group.

    Returns (group name or None when nothing was loaded, [layer ids]).
    """
    root = project.layerTreeRoot()
    groups_before = {group.name() for group in root.findGroups(True)}
    added = []

    def collect(layers):
        added.extend(layers)

    project.layersAdded.connect(collect)
    try:
        handle_algorithm_results(algorithm, context, feedback, results)
    finally:
        project.layersAdded.disconnect(collect)
    if not added:
        return None, []
    name, number = group_name, 1
    while root.findGroup(name) is not None:
        number += 1
        name = f"{group_name} ({number})"
    # The group is filled before it enters the tree and the original nodes go only then: a
    # layer whose last tree node goes away leaves the project.
    group = QgsLayerTreeGroup(name)
    originals = []
    for layer in added:
        node = root.findLayer(layer.id())
        if node is not None:
            group.addChildNode(node.clone())
            originals.append(node)
    root.insertChildNode(0, group)
    group.setExpanded(False)  # some layer panels only follow a change of the expanded state
    group.setExpanded(True)
    for node in originals:
        parent = node.parent()
        parent.removeChildNode(node)
        if parent is not root and not parent.children() and parent.name() not in groups_before:
            parent.parent().removeChildNode(parent)  # an empty "results" group made just now
    return group.name(), [layer.id() for layer in added]


class AlgorithmRun(QObject):
    """One run of an algorithm: start() it, listen to `progress_changed` and `finished`."""

    progress_changed = pyqtSignal(float)
    finished = pyqtSignal(object)  # RunOutcome

    def __init__(self, algorithm_id: str, parameters: dict, group_name: str, project, parent=None):
        super().__init__(parent)
        registry = QgsApplication.processingRegistry()
        self.algorithm = registry.createAlgorithmById(algorithm_id)
        if self.algorithm is None:
            raise ValueError(algorithm_id)
        self.algorithm_id = algorithm_id
        self.parameters = parameters
        self.group_name = group_name
        self.project = project
        self.feedback = RunFeedback()
        self.feedback.progressChanged.connect(self.progress_changed)
        self.context = create_context(self.feedback, project)
        self.task = None
        self.running = False

    def check(self) -> str | None:
        """The algorithm's own checks before running (as the dialog does): message or None."""
        ok, message = self.algorithm.checkParameterValues(self.parameters, self.context)
        return None if ok else message

    def start(self) -> None:
        self.running = True
        if not runs_in_task(self.algorithm):
            # Such algorithms must run on the main thread (like the dialog does for them).
            results, ok = self.algorithm.run(self.parameters, self.context, self.feedback)
            self._executed(ok, results or {})
            return
        self.task = QgsProcessingAlgRunnerTask(
            self.algorithm, self.parameters, self.context, self.feedback
        )
        if self.task.isCanceled():  # prepare() failed
            self._executed(False, {})
            return
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        self.feedback.cancel()
        if self.task is not None:
            with contextlib.suppress(RuntimeError):  # the task manager already deleted it
                self.task.cancel()

    def _executed(self, ok: bool, results: dict) -> None:
        self.task = None
        results = dict(results or {})
        outcome = RunOutcome(
            self.algorithm_id,
            bool(ok),
            canceled=self.feedback.isCanceled(),
            results=results,
        )
        if ok:
            outcome.group, outcome.layer_ids = load_results(
                self.algorithm, self.context, self.feedback, results, self.group_name, self.project
            )
            outcome.headlines = headline_values(self.algorithm, results)
            outcome.files = file_values(self.algorithm, results)
        outcome.errors = list(self.feedback.errors)
        outcome.warnings = list(self.feedback.warnings)
        outcome.log_html = self.feedback.htmlLog()
        self.running = False
        self.finished.emit(outcome)
