"""One step of the dock: a stage of the standard, its algorithms, inputs, run and results."""

from __future__ import annotations

import html
import math
import os
import re
import shutil

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingOutputHtml,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
)
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDateTime, QLocale, Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr_for
from ..paths import help_page
from .inputs import LayerInput, MultipleLayersInput, create_inputs, layer_facts, raster_grid
from .matching import alternatives_given, choose_alternatives, grid_mismatches
from .memory import ProjectMemory
from .runner import AlgorithmRun, RunOutcome, create_context, file_values, headline_values

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "step.ui"))

LAYER_DESTINATIONS = (
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorDestination,
)

# How headline numbers are shown, by output name; an algorithm may add its own with
# OUTPUT_FORMATS = {"NAME": "percent" | "passfail" | "number"}.
OUTPUT_FORMATS = {"PASSED": "passfail", "ACCURACY": "percent", "MRE": "percent"}
# Areas: the algorithms return hectares (SPEC §8), the report shows km²; so does the panel.
AREA_SUFFIX = "_AREA_HA"
# "Total carbon sink (tCO₂·a⁻¹)" / "碳汇总量（tCO₂·a⁻¹）" → quantity and unit; a parenthesis
# with a space in it ("(model − measured)") is part of the quantity, not a unit.
UNIT_AT_END = re.compile(r"^(?P<quantity>.*?)\s*[(（](?P<unit>[^()（）\s]+)[)）]\s*$")
PASS_COLOUR, FAIL_COLOUR = QColor(0, 128, 0), QColor(192, 0, 0)


class ResultsTable(QTableWidget):
    """The results table: its rows follow its width (long names wrap), all of them shown."""

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height)  # the dock scrolls, not the table


def theme_icon(name: str):
    return QgsApplication.getThemeIcon(f"/{name}")


class StepPage(QWidget, FORM_CLASS):
    """A stage of the standard: choose an algorithm and its inputs, run, see the results."""

    run_finished = pyqtSignal(str, bool)  # group id, success
    running_changed = pyqtSignal(bool)

    def __init__(self, group_id: str, title: str, summary: str, algorithms, dock):
        super().__init__()
        self.setupUi(self)
        self.group_id = group_id
        self.title = title
        self.algorithms = list(algorithms)
        self.dock = dock
        self.inputs = []
        self.run = None
        self.dialog = None
        self.last_outcome = None
        self.run_path = None  # the run folder this page made for the running algorithm
        self._confirmed = None  # the parameters whose warnings the user saw: Run again runs
        self._restoring = 0

        self.descriptionLabel.setText(summary)
        self.helpButton.setIcon(theme_icon("mActionHelpContents.svg"))
        self.advancedButton.setIcon(theme_icon("processingAlgorithm.svg"))
        self.runButton.setIcon(theme_icon("mActionStart.svg"))
        self.cancelButton.setIcon(theme_icon("mTaskCancel.svg"))
        self.logButton.setIcon(theme_icon("mMessageLog.svg"))
        self.helpButton.setEnabled(help_page(group_id) is not None)
        self.helpButton.clicked.connect(self.open_help)
        self.advancedButton.clicked.connect(self.open_dialog)
        self.runButton.clicked.connect(self.start)
        self.cancelButton.clicked.connect(self.cancel)
        self.logButton.clicked.connect(self.show_log)

        for algorithm in self.algorithms:
            self.algorithmCombo.addItem(algorithm.icon(), algorithm.displayName(), algorithm.id())
            index = self.algorithmCombo.count() - 1
            tip = algorithm.shortDescription() or algorithm.displayName()
            self.algorithmCombo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self.algorithmCombo.currentIndexChanged.connect(self._algorithm_changed)
        self.algorithmLabel.setVisible(bool(self.algorithms))
        self.algorithmCombo.setVisible(bool(self.algorithms))
        self._set_running(False)
        self._show_status(None, "")
        self._add_results_widgets()
        self.resultsGroup.setVisible(False)
        if not self.algorithms:
            self.inputsGroup.setVisible(False)
            self.runButton.setEnabled(False)
            self.advancedButton.setEnabled(False)
            self.algorithmDescription.setText(
                self.tr("No algorithm of this stage is installed yet.")
            )
        self.restore()

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    # --- the project's memory ---------------------------------------------------------------

    @property
    def memory(self) -> ProjectMemory:
        return self.dock.memory

    @property
    def project(self):
        return self.dock.project

    def algorithm(self):
        index = self.algorithmCombo.currentIndex()
        return self.algorithms[index] if 0 <= index < len(self.algorithms) else None

    def restore(self) -> None:
        """Show the algorithm and inputs the project remembers (best guesses otherwise)."""
        self._restoring += 1
        try:
            remembered = self.memory.read(ProjectMemory.algorithm_key(self.group_id))
            index = self.algorithmCombo.findData(remembered) if remembered else -1
            self.algorithmCombo.setCurrentIndex(max(index, 0) if self.algorithms else -1)
            self.build_inputs()
        finally:
            self._restoring -= 1

    def _algorithm_changed(self, _index: int) -> None:
        algorithm = self.algorithm()
        if not self._restoring and algorithm is not None:
            self.memory.write(ProjectMemory.algorithm_key(self.group_id), algorithm.id())
        self._restoring += 1
        try:
            self.build_inputs()
        finally:
            self._restoring -= 1

    def _input_changed(self, item) -> None:
        if self._restoring or item not in self.inputs:  # an input of a rebuilt page
            return
        algorithm = self.algorithm()
        self.memory.write(ProjectMemory.input_key(algorithm.name(), item.name), item.stored())
        if item.value() is not None:  # chosen in one alternative: the others are not used
            groups = self.alternatives()
            for index, group in enumerate(groups):
                if item.name in group:
                    self._clear_alternatives(index)
                    break

    # --- alternatives (an algorithm's INPUT_ALTERNATIVES) ------------------------------------

    def alternatives(self) -> tuple:
        """Groups of inputs of which one is given, never both (e.g. Rh vs temperature +
        precipitation), as the algorithm declares them (INPUT_ALTERNATIVES)."""
        algorithm = self.algorithm()
        names = {item.name for item in self.inputs}
        groups = getattr(algorithm, "INPUT_ALTERNATIVES", None) or ()
        return tuple(tuple(n for n in group if n in names) for group in groups)

    def _group_label(self, group) -> str:
        items = {item.name: item for item in self.inputs}
        return " + ".join(f"“{items[name].parameter.description()}”" for name in group)

    def _clear_alternatives(self, keep: int) -> None:
        """Empty the inputs of every alternative but `keep`, saying why."""
        groups = self.alternatives()
        items = {item.name: item for item in self.inputs}
        algorithm = self.algorithm()
        for index, group in enumerate(groups):
            if index == keep:
                continue
            for name in group:
                item = items[name]
                if item.value() is not None:
                    item.clear_value()
                    if not self._restoring:
                        key = ProjectMemory.input_key(algorithm.name(), name)
                        self.memory.write(key, item.stored())
                item.set_note(
                    self.tr("Not used: {0} is given instead; the two are alternatives.").format(
                        self._group_label(groups[keep])
                    ),
                    warning=False,
                )

    def _preselect_alternatives(self, restored: set) -> None:
        """One alternative preselected, never both: a fully remembered one, else the first one
        all of whose inputs have a layer."""
        groups = self.alternatives()
        items = {item.name: item for item in self.inputs}
        given = alternatives_given(groups, lambda name: items[name].value() is not None)
        if len(given) < 2:
            return
        keep = next((i for i in given if all(n in restored for n in groups[i])), None)
        if keep is None:
            keep = choose_alternatives(groups, lambda name: items[name].value() is not None)
        self._clear_alternatives(given[0] if keep is None else keep)

    # --- inputs -----------------------------------------------------------------------------

    def build_inputs(self) -> None:
        for item in self.inputs:
            item.blockSignals(True)  # its widgets may still change before they go
            item.deleteLater()
        self.inputs = []
        while self.inputsLayout.count():
            widget = self.inputsLayout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        algorithm = self.algorithm()
        if algorithm is None:
            return
        self.algorithmDescription.setText(algorithm.shortDescription() or "")
        self.algorithmDescription.setVisible(bool(algorithm.shortDescription()))
        context = create_context(None, self.project)
        self.inputs = create_inputs(algorithm, self.project, context, self, self.dock.year())
        restored = set()
        for item in self.inputs:
            stored = self._remembered(algorithm, item)
            if stored is not None and item.restore(stored):
                restored.add(item.name)
            else:
                item.preselect()
            self.inputsLayout.addWidget(self._labelled(item))
            item.changed.connect(lambda item=item: self._input_changed(item))
        self._preselect_alternatives(restored)
        if not self.inputs:
            note = QLabel(self.tr("This algorithm needs no layer; see Advanced… for its options."))
            note.setWordWrap(True)
            self.inputsLayout.addWidget(note)

    @staticmethod
    def _labelled(item) -> QWidget:
        """The input's label above its widget, both the full width of the dock."""
        box = QWidget()
        box.setObjectName(f"input_{item.name}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = QLabel(item.label())
        label.setWordWrap(True)
        label.setToolTip(item.tooltip())
        label.setBuddy(item.widget)
        item.widget.setToolTip(item.tooltip())
        layout.addWidget(label)
        layout.addWidget(item.widget)
        layout.addWidget(item.note_label)
        return box

    def _remembered(self, algorithm, item):
        key = ProjectMemory.input_key(algorithm.name(), item.name)
        if isinstance(item, MultipleLayersInput):
            return self.memory.read_list(key) or None
        return self.memory.read(key)

    def refresh_layers(self) -> None:
        """The project's layers changed: update the lists (keeping the choices)."""
        self._restoring += 1
        try:
            for item in self.inputs:
                item.refresh()
        finally:
            self._restoring -= 1

    def input_values(self) -> dict:
        return {item.name: item.value() for item in self.inputs if item.value() is not None}

    def run_folder(self, stamp: str) -> str | None:
        """A new folder <output folder>/<algorithm>_<time> for a run's files (None: temporary)."""
        folder = self.dock.output_folder()
        if not folder:
            return None
        base = os.path.join(folder, f"{self.algorithm().name()}_{stamp}")
        path, number = base, 1
        while os.path.exists(path):  # two runs in the same second never share files
            number += 1
            path = f"{base}_{number}"
        return path

    def writes_report(self) -> bool:
        """The algorithm writes a report (an HTML output): it must not go to a temporary folder
        that QGIS deletes on exit."""
        algorithm = self.algorithm()
        return algorithm is not None and any(
            isinstance(output, QgsProcessingOutputHtml) for output in algorithm.outputDefinitions()
        )

    def parameters(self, folder: str | None) -> dict:
        """The algorithm's parameters: the inputs chosen here, destinations for every output
        (files in folder, or temporary files)."""
        algorithm = self.algorithm()
        parameters = self.input_values()
        year = self.dock.year()
        definition = algorithm.parameterDefinition("YEAR")
        if year is not None and definition is not None and "YEAR" not in parameters:
            # The evaluation year of the panel (the layers were chosen for it).
            is_number = isinstance(definition, QgsProcessingParameterNumber)
            parameters["YEAR"] = year if is_number else str(year)
        for parameter in algorithm.destinationParameterDefinitions():
            if not parameter.createByDefault():
                parameters[parameter.name()] = None  # an optional output: skipped, as in the dialog
                continue
            if folder:
                extension = parameter.defaultFileExtension()
                name = parameter.name().lower() + (f".{extension}" if extension else "")
                sink = os.path.join(folder, name)
            else:
                sink = QgsProcessing.TEMPORARY_OUTPUT
            if isinstance(parameter, LAYER_DESTINATIONS):
                parameters[parameter.name()] = QgsProcessingOutputLayerDefinition(
                    sink, self.project
                )
            else:
                parameters[parameter.name()] = sink
        return parameters

    def problems(self) -> list:
        """What keeps the run from starting, each a complete message."""
        found = [problem for problem in (item.problem() for item in self.inputs) if problem]
        items = {item.name: item for item in self.inputs}
        groups = self.alternatives()
        given = alternatives_given(groups, lambda name: items[name].value() is not None)
        if len(given) > 1:
            found.append(
                self.tr(
                    "{0} and {1} are alternatives: give one of them, not both (empty the other)."
                ).format(*(self._group_label(groups[index]) for index in given[:2]))
            )
        for item in self.inputs:
            layer = item.layer() if isinstance(item, LayerInput) else None
            if layer is not None and item.name == "PLOTS" and layer_facts(layer).checked_plots:
                found.append(
                    self.tr(
                        "{0}: “{1}” is the checked-plots output of an earlier ground check "
                        "(fields model, measured_c, residual, rel_error), not field plots. "
                        "Choose the layer of measured plots."
                    ).format(item.parameter.description(), layer.name())
                )
        grids = {
            item.parameter.description(): raster_grid(item.layer())
            for item in self.inputs
            if isinstance(item, LayerInput) and item.layer() is not None
        }
        mismatched = grid_mismatches(grids)
        if mismatched:
            first = next(name for name, grid in grids.items() if grid is not None)
            found.append(
                self.tr(
                    "{0} not on the grid of {1} (size, extent or CRS differ). Put the inputs "
                    "on one grid first with “Align rasters to a reference grid” "
                    "(carbonsink:align)."
                ).format(", ".join(f"“{name}”" for name in mismatched), f"“{first}”")
            )
        return found

    def warnings(self) -> list:
        """What may be wrong but can run: an input of another year than the evaluation year."""
        found = []
        year = self.dock.year()
        for item in self.inputs:
            conflict = item.year_conflict()
            if conflict:
                found.append(
                    self.tr("{0}: “{1}” is of {2}, the evaluation year is {3}.").format(
                        item.parameter.description(), conflict[0], conflict[1], year
                    )
                )
        return found

    @staticmethod
    def as_html(lines) -> str:
        """Messages as the status label shows them: each complete, one per paragraph."""
        return "<br>".join(html.escape(line).replace("\n", "<br>") for line in lines if line)

    # --- actions ----------------------------------------------------------------------------

    def open_help(self) -> None:
        page = help_page(self.group_id)
        if page:
            self.dock.open_url(QUrl.fromLocalFile(page))

    def open_dialog(self) -> None:
        """The algorithm's full Processing dialog, prefilled with the inputs chosen here."""
        import processing

        algorithm = self.algorithm()
        if algorithm is None:
            return
        dialog = processing.createAlgorithmDialog(algorithm.id(), self.input_values())
        if dialog is None:
            return
        finished = getattr(dialog, "algorithmFinished", None)
        if finished is not None:
            finished.connect(
                lambda ok, results, algorithm=algorithm: self._dialog_finished(
                    algorithm, ok, results
                )
            )
        self.dialog = dialog
        dialog.show()

    def _dialog_finished(self, algorithm, ok: bool, results: dict) -> None:
        """A run from the full dialog: its numbers and report here too."""
        if not ok:
            return
        outcome = RunOutcome(algorithm.id(), True, results=dict(results))
        outcome.headlines = headline_values(algorithm, outcome.results)
        outcome.files = file_values(algorithm, outcome.results)
        self.show_outcome(outcome)

    def start(self) -> None:
        algorithm = self.algorithm()
        if algorithm is None or self.run is not None:
            return
        problems = self.problems()
        if problems:
            self._show_status("mIconWarning.svg", self.as_html(problems))
            QTimer.singleShot(0, self._scroll_to_status)
            return
        warnings = self.warnings()
        signature = repr(sorted(self.input_values().items())) + repr(self.dock.year())
        if warnings and self._confirmed != signature:
            self._confirmed = signature
            note = self.tr("Click Run again to run anyway.")
            self._show_status("mIconWarning.svg", self.as_html([*warnings, note]))
            QTimer.singleShot(0, self._scroll_to_status)
            return
        self._confirmed = None
        if self.writes_report() and not self.dock.output_folder() and not self.dock.ask_folder():
            self._show_status(
                "mIconWarning.svg",
                self.as_html(
                    [
                        self.tr(
                            "A report is kept in the output folder: choose one (Output folder, "
                            "at the top of the panel), then Run again."
                        )
                    ]
                ),
            )
            return
        now = QDateTime.currentDateTime()
        folder = self.run_folder(now.toString("yyyyMMdd_HHmmss"))
        parameters = self.parameters(folder)
        group_name = self.tr("{0} — {1}").format(self.title, now.toString("yyyy-MM-dd HH:mm"))
        run = AlgorithmRun(algorithm.id(), parameters, group_name, self.project, self)
        message = run.check()
        if message:
            self._show_status("mIconWarning.svg", self.as_html([message]))
            run.deleteLater()
            return
        self.run_path = None
        if folder:
            os.makedirs(folder, exist_ok=True)
            self.run_path = folder
        self.run = run
        run.progress_changed.connect(self._progress)
        run.finished.connect(self._finished)
        self.progressBar.setValue(0)
        self._set_running(True)
        self._show_status(
            "mTaskRunning.svg", self.tr("Running “{0}”…").format(algorithm.displayName())
        )
        run.start()

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()
            self.cancelButton.setEnabled(False)

    def _progress(self, value: float) -> None:
        self.progressBar.setValue(int(value))

    def _finished(self, outcome) -> None:
        self.run.deleteLater()
        self.run = None
        if not outcome.ok and self.run_path:
            remove_if_empty(self.run_path)  # a canceled or failed run leaves nothing
        self.run_path = None
        self._set_running(False)
        self.show_outcome(outcome)
        self.run_finished.emit(self.group_id, outcome.ok)

    def _set_running(self, running: bool) -> None:
        self.progressBar.setVisible(running)
        self.cancelButton.setVisible(running)
        self.cancelButton.setEnabled(running)
        self.runButton.setEnabled(not running and bool(self.algorithms))
        self.algorithmCombo.setEnabled(not running)
        self.inputsGroup.setEnabled(not running)
        self.running_changed.emit(running)

    @property
    def running(self) -> bool:
        return self.run is not None

    # --- results ----------------------------------------------------------------------------

    def _show_status(self, icon: str | None, text: str) -> None:
        self.statusIcon.setVisible(bool(icon))
        if icon:
            self.statusIcon.setPixmap(theme_icon(icon).pixmap(16, 16))
        self.statusLabel.setText(text)
        self.statusLabel.setVisible(bool(text))
        self.logButton.setVisible(
            self.last_outcome is not None and bool(self.last_outcome.log_html)
        )

    def show_outcome(self, outcome) -> None:
        self.last_outcome = outcome
        if outcome.ok:
            text = self.tr("Finished.")
            if outcome.group:
                text = self.tr("Finished: the results are in the layer group “{0}”.").format(
                    outcome.group
                )
            if outcome.warnings:
                text += " " + self.tr("{0} warning(s), see the log.").format(len(outcome.warnings))
            self._show_status("mIconWarning.svg" if outcome.warnings else "mIconSuccess.svg", text)
        elif outcome.canceled:
            self._show_status("mIconWarning.svg", self.tr("Canceled: no output was written."))
        else:
            errors = list(dict.fromkeys(outcome.errors))  # every message, once, in full
            self._show_status(
                "mIconCritical.svg", self.as_html(errors or [self.tr("The algorithm failed.")])
            )
        self._show_results(outcome)
        QTimer.singleShot(0, self._scroll_to_status)

    def _scroll_to_status(self) -> None:
        """After a run: the dock's scroll area shows the status and the results."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if widget is not None:
            target = self.resultsGroup if self.resultsGroup.isVisible() else self.statusLabel
            widget.ensureWidgetVisible(target, 0, 0)
            widget.ensureWidgetVisible(self.statusLabel, 0, 0)

    def _add_results_widgets(self) -> None:
        """The results: a compact table (quantity, value, unit; pass/fail in colour) and the
        text outputs (the run's warnings) in a box that opens on a click."""
        self.resultsTable = ResultsTable(0, 3)
        self.resultsTable.setObjectName("resultsTable")
        self.resultsTable.setHorizontalHeaderLabels(
            [self.tr("Result"), self.tr("Value"), self.tr("Unit")]
        )
        self.resultsTable.verticalHeader().setVisible(False)
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.resultsTable.setWordWrap(True)
        self.resultsTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.resultsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_args: self.resultsTable.fit())
        self.warningsBox = QgsCollapsibleGroupBox(self.tr("Warnings"))
        self.warningsBox.setObjectName("warningsBox")
        self.warningsText = QLabel()
        self.warningsText.setObjectName("warningsText")
        self.warningsText.setWordWrap(True)
        self.warningsText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.warningsBox).addWidget(self.warningsText)
        self.resultsLayout.insertWidget(0, self.resultsTable)
        self.resultsLayout.insertWidget(1, self.warningsBox)

    def result_rows(self, outcome) -> tuple[list, list]:
        """([(name, quantity, value text, unit, passed True/False/None)], [(description,
        text)]): the numbers of the table and the text outputs for the warnings box."""
        algorithm = self.algorithm()
        formats = dict(OUTPUT_FORMATS)
        formats.update(getattr(algorithm, "OUTPUT_FORMATS", None) or {})
        rows, texts = [], []
        for name, description, value in outcome.headlines:
            if not isinstance(value, (int, float)):
                texts.append((description, str(value)))
                continue
            kind = formats.get(name, "number")
            match = UNIT_AT_END.match(description)
            quantity, unit = (match["quantity"], match["unit"]) if match else (description, "")
            passed = None
            if kind == "passfail":
                passed, unit = bool(value and float(value)), ""  # not "1/0"
            elif kind == "percent":
                unit = "%"
            elif name.endswith(AREA_SUFFIX) and isinstance(value, (int, float)):
                value, unit = float(value) / 100.0, "km²"  # 1 km² = 100 ha
            text = self.format_value(value, kind)
            if kind == "percent":
                text = text.removesuffix(" %")
            rows.append((name, quantity, text, unit, passed))
        return rows, texts

    def _show_results(self, outcome) -> None:
        while self.filesLayout.count():
            widget = self.filesLayout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        rows, texts = self.result_rows(outcome)
        table = self.resultsTable
        table.setRowCount(len(rows))
        for row, (name, quantity, text, unit, passed) in enumerate(rows):
            cells = [QTableWidgetItem(quantity), QTableWidgetItem(text), QTableWidgetItem(unit)]
            cells[0].setToolTip(f"{quantity} ({name})")
            cells[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = cells[1].font()
            font.setBold(True)
            cells[1].setFont(font)
            if passed is not None:
                colour = PASS_COLOUR if passed else FAIL_COLOUR
                cells[1].setForeground(QBrush(colour))
                cells[1].setBackground(QBrush(QColor(colour.red(), colour.green(), 0, 40)))
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.setVisible(bool(rows))
        table.fit()
        self.warningsText.setText("\n\n".join(text for _description, text in texts if text.strip()))
        lines = sum(len([t for t in text.splitlines() if t.strip()]) for _d, text in texts)
        self.warningsBox.setTitle(self.tr("Warnings ({0})").format(lines))
        self.warningsBox.setCollapsed(True)
        self.warningsBox.setVisible(bool(lines))
        html_files = [row for row in outcome.files if row[2].lower().endswith((".html", ".htm"))]
        for name, description, path in outcome.files:
            if (name, description, path) in html_files:
                text = self.tr("Open report") if len(html_files) == 1 else description
                icon = theme_icon("mIconHtml.svg")
            else:
                text = self.tr("Open {0}").format(description)
                icon = theme_icon("mActionFileOpen.svg")
            button = QPushButton(icon, text)
            button.setObjectName(f"open_{name}")
            button.setToolTip(path)
            button.clicked.connect(
                lambda _checked=False, path=path: self.dock.open_url(QUrl.fromLocalFile(path))
            )
            self.filesLayout.addWidget(button)
        self.resultsGroup.setVisible(bool(rows or lines or outcome.files))

    def format_value(self, value, kind: str = "number") -> str:
        locale = QLocale()
        # Big totals read better grouped (1,255,150), even where the locale omits it by default.
        locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
        if kind == "passfail":
            return self.tr("passed ✓") if value and float(value) else self.tr("not passed ✗")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if not isinstance(value, (int, float)):
            return str(value)
        if isinstance(value, float) and not math.isfinite(value):
            return "—"
        if kind == "percent":
            return locale.toString(float(value) * 100.0, "f", 1) + " %"
        if float(value).is_integer() and abs(value) < 1e15:
            return locale.toString(int(value))
        magnitude = abs(float(value))
        decimals = 0 if magnitude >= 1000 else 2 if magnitude >= 1 else 4
        return locale.toString(float(value), "f", decimals)

    def show_log(self) -> None:
        from qgis.gui import QgsMessageViewer

        if self.last_outcome is None:
            return
        viewer = QgsMessageViewer(self)
        viewer.setTitle(self.tr("Log of the last run"))
        viewer.setMessageAsHtml(self.last_outcome.log_html)
        viewer.show()
        self.log_viewer = viewer

    def shutdown(self) -> None:
        """The dock goes away: cancel a running algorithm, stop following the inputs."""
        if self.run is not None:
            self.run.cancel()
        for item in self.inputs:
            item.blockSignals(True)


def remove_if_empty(folder: str) -> None:
    """Remove a run folder that holds no file (only empty folders, if any)."""
    if not os.path.isdir(folder):
        return
    for _root, _dirs, files in os.walk(folder):
        if files:
            return
    shutil.rmtree(folder, ignore_errors=True)
