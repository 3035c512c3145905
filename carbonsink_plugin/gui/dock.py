"""The "城市碳汇评价 / Urban carbon sink" dock: the five stages of the standard as steps.

The steps are built from what the provider registers (an algorithm's groupId() is its stage),
so new algorithms appear without changing the dock. Each step lists the project's layers that
fit the chosen algorithm's inputs, remembers the choices in the project, and runs the same
Processing algorithm as the toolbox (a background task, or the prefilled dialog).
"""

from __future__ import annotations

import contextlib
import os

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from ..i18n import tr_for
from ..processing.provider import PROVIDER_ID, stage_names
from ..processing.registry import algorithm_classes
from .inputs import layer_facts
from .matching import match_score
from .memory import ProjectMemory
from .step import StepPage, theme_icon

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "dock.ui"))

AUTO_YEAR = 1899  # the year box's "from the layers" value (below any evaluation year)

# The five stages of DB4403/T 348—2023, in order; "workflow" (the whole chain) when present.
STAGES = ("preprocessing", "npp", "carbonsink", "groundcheck", "evaluation")
OPTIONAL_STAGES = ("workflow",)


class DockBody(QWidget, FORM_CLASS):
    """The dock's layout (dock.ui)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class CarbonSinkDock(QgsDockWidget):
    def __init__(self, parent=None, project: QgsProject | None = None):
        super().__init__(parent)
        self.setObjectName("CarbonSinkDock")
        self.setWindowTitle(self.tr("城市碳汇评价 / Urban carbon sink"))
        self.project = project or QgsProject.instance()
        self.memory = ProjectMemory(self.project)
        self.pages: dict[str, StepPage] = {}
        self._restoring = 0
        self._rebuild_pending = False
        self._provider = None

        self.body = DockBody()
        self.setWidget(self.body)
        self.toolbox = self.body.stepsToolBox
        self.folder_widget = self.body.outputFolderWidget
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setDialogTitle(self.tr("Output folder for the results"))
        self.folder_widget.fileChanged.connect(self._folder_changed)
        self.toolbox.currentChanged.connect(self._step_changed)
        self._add_year_box()
        self._year = None  # the evaluation year the inputs were chosen for

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.timeout.connect(self.rebuild)
        registry = QgsApplication.processingRegistry()
        registry.providerAdded.connect(self._schedule_rebuild)
        registry.providerRemoved.connect(self._schedule_rebuild)
        self.project.readProject.connect(self._project_loaded)
        self.project.cleared.connect(self._project_loaded)
        self.project.layersAdded.connect(self._layers_changed)
        self.project.layersRemoved.connect(self._layers_changed)
        self.rebuild()

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    # --- the evaluation year ----------------------------------------------------------------

    def _add_year_box(self) -> None:
        """ "Evaluation year": the inputs of every step follow it (layers and measured fields
        of that year); "from the layers" takes the latest year of the project's NDVI."""
        row = QWidget()
        row.setObjectName("yearRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.year_label = QLabel(self.tr("Evaluation year"))
        self.year_box = QSpinBox()
        self.year_box.setObjectName("yearBox")
        self.year_box.setRange(AUTO_YEAR, 2200)
        self.year_box.setSpecialValueText(self.tr("from the layers"))
        self.year_box.setToolTip(
            self.tr(
                "The year being evaluated: each step preselects the layers of this year (from "
                "their names, file names or the plugin's provenance) and the measured field of "
                "this year; the workflow gets it as YEAR."
            )
        )
        self.year_label.setBuddy(self.year_box)
        self.year_found = QLabel()
        self.year_found.setObjectName("yearFound")
        layout.addWidget(self.year_label)
        layout.addWidget(self.year_box)
        layout.addWidget(self.year_found, 1)
        self.body.dockLayout.insertWidget(1, row)
        self.year_box.valueChanged.connect(self._year_changed)

    def year(self) -> int | None:
        """The evaluation year: the year box, or (from the layers) the latest NDVI year."""
        value = self.year_box.value()
        return value if value > AUTO_YEAR else self.year_from_layers()

    def year_from_layers(self) -> int | None:
        """The latest year of the project's NDVI layers (else of any layer with a year)."""
        ndvi, other = set(), set()
        for layer in self.project.mapLayers().values():
            facts = layer_facts(layer)
            year = facts.year
            if year is None:
                continue
            named = match_score(facts.name, ("ndvi",)) or match_score(
                os.path.basename(facts.path), ("ndvi",)
            )
            (ndvi if named and hasattr(layer, "bandCount") else other).add(year)
        found = ndvi or other
        return max(found) if found else None

    def _show_year(self) -> None:
        year = self.year()
        auto = self.year_box.value() == AUTO_YEAR
        text = ""
        if auto:
            text = f"→ {year}" if year is not None else self.tr("(no year found)")
        self.year_found.setText(text)

    def _restore_year(self) -> None:
        self._restoring += 1
        try:
            remembered = self.memory.read(ProjectMemory.year_key())
            self.year_box.setValue(int(remembered) if (remembered or "").isdigit() else AUTO_YEAR)
        finally:
            self._restoring -= 1
        self._year = self.year()
        self._show_year()

    def _year_changed(self, _value: int) -> None:
        if self._restoring:
            return
        value = self.year_box.value()
        self.memory.write(ProjectMemory.year_key(), str(value) if value > AUTO_YEAR else None)
        self._follow_year()

    def _follow_year(self, force: bool = False) -> None:
        """The year changed: every step chooses its inputs again (a remembered choice of
        another year is dropped)."""
        self._show_year()
        year = self.year()
        if year == self._year and not force:
            return
        self._year = year
        for page in self.pages.values():
            if not page.running:
                page.restore()

    # --- steps ------------------------------------------------------------------------------

    def stage_titles(self) -> dict:
        """The stages' names, as the algorithms' groups call them (one translation)."""
        return stage_names()

    def stage_summaries(self) -> dict:
        return {
            "preprocessing": self.tr(
                "Prepare the inputs on one grid: monthly NDVI, total solar radiation (MJ·m⁻²), "
                "mean air temperature (°C) and precipitation (mm) as 12-band stacks, and the "
                "vegetation-type raster."
            ),
            "npp": self.tr(
                "Net primary productivity by the improved CASA model: NPP = APAR × ε, "
                "in gC·m⁻² per month and per year."
            ),
            "carbonsink": self.tr(
                "Soil heterotrophic respiration Rh and the carbon sink NEP = NPP − Rh; "
                "NEP > 0 is a sink, NEP < 0 a source. Totals in tC and tCO₂."
            ),
            "groundcheck": self.tr(
                "Check the model against field plots: a stratified sampling plan, then "
                "accuracy, r², RMSE and pass/fail from the measured plots."
            ),
            "evaluation": self.tr(
                "Evaluate by district and grade, follow the change over the years, and write "
                "the report."
            ),
            "workflow": self.tr("Run every stage at once, from the prepared inputs to the report."),
        }

    def algorithms_by_stage(self) -> dict:
        """{group id: [algorithms]} for the five stages (even empty) and any other group; in a
        stage, in the registry's order (the standard's main algorithm first: CASA NPP before
        the NPP import, the carbon sink before the soil respiration alone), never by the
        translated names; others after them, by id."""
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        found = {stage: [] for stage in STAGES}
        algorithms = provider.algorithms() if provider is not None else []
        order = {cls.ALGORITHM_ID: index for index, cls in enumerate(algorithm_classes())}

        def rank(algorithm):
            return (order.get(algorithm.name(), len(order)), algorithm.name())

        for algorithm in sorted(algorithms, key=rank):
            found.setdefault(algorithm.groupId(), []).append(algorithm)
        return {stage: items for stage, items in found.items() if items or stage in STAGES}

    def _connect_provider(self) -> None:
        """Follow our provider's algorithmsLoaded (its algorithms were reloaded)."""
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        if provider is self._provider:
            return
        self._disconnect_provider()
        self._provider = provider
        if provider is not None:
            provider.algorithmsLoaded.connect(self._schedule_rebuild)

    def _disconnect_provider(self) -> None:
        if self._provider is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone
                self._provider.algorithmsLoaded.disconnect(self._schedule_rebuild)
            self._provider = None

    def _schedule_rebuild(self, *_args) -> None:
        self._rebuild_timer.start(0)

    def rebuild(self) -> None:
        """Build the steps from the algorithms the provider registers now."""
        if any(page.running for page in self.pages.values()):
            self._rebuild_pending = True  # after the running algorithm finishes
            return
        self._rebuild_pending = False
        self._connect_provider()
        self._restore_year()  # before the steps choose their inputs for it
        self._restoring += 1
        try:
            while self.toolbox.count():
                page = self.toolbox.widget(0)
                self.toolbox.removeItem(0)
                page.deleteLater()
            self.pages = {}
            titles = self.stage_titles()
            summaries = self.stage_summaries()
            for group_id, algorithms in self.algorithms_by_stage().items():
                title = titles.get(group_id) or (algorithms[0].group() if algorithms else group_id)
                page = StepPage(group_id, title, summaries.get(group_id, ""), algorithms, self)
                page.run_finished.connect(self._run_finished)
                page.running_changed.connect(lambda _running, page=page: self._update_icon(page))
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(page)
                scroll.setObjectName(f"step_{group_id}")
                self.toolbox.addItem(scroll, title)
                self.pages[group_id] = page
                self._update_icon(page)
            self._restore_dock_choices()
        finally:
            self._restoring -= 1

    def page(self, group_id: str) -> StepPage | None:
        return self.pages.get(group_id)

    def show_stage(self, group_id: str) -> None:
        """Open the step of the stage (e.g. "workflow" once the sample data is loaded)."""
        page = self.pages.get(group_id)
        if page is not None:
            self.toolbox.setCurrentIndex(self._index_of(page))

    def _index_of(self, page: StepPage) -> int:
        for index in range(self.toolbox.count()):
            if self.toolbox.widget(index).widget() is page:
                return index
        return -1

    def _update_icon(self, page: StepPage) -> None:
        index = self._index_of(page)
        if index < 0:
            return
        if page.running:
            icon = theme_icon("mTaskRunning.svg")
        elif page.last_outcome is not None and page.last_outcome.ok:
            icon = theme_icon("mIconSuccess.svg")
        elif page.last_outcome is not None and not page.last_outcome.canceled:
            icon = theme_icon("mIconCritical.svg")
        elif page.algorithms:
            icon = theme_icon("processingAlgorithm.svg")
        else:
            icon = theme_icon("mIconInfo.svg")
        self.toolbox.setItemIcon(index, icon)

    def _run_finished(self, group_id: str, _ok: bool) -> None:
        page = self.pages.get(group_id)
        if page is not None:
            self._update_icon(page)
        if self._rebuild_pending:
            self._schedule_rebuild()

    # --- choices kept in the project --------------------------------------------------------

    def output_folder(self) -> str:
        return self.folder_widget.filePath().strip()

    def _restore_dock_choices(self) -> None:
        self._restoring += 1
        try:
            self.folder_widget.setFilePath(
                self.memory.read(ProjectMemory.output_folder_key()) or ""
            )
            self._restore_year()
            step = self.memory.read(ProjectMemory.step_key())
            page = self.pages.get(step) if step else None
            workflow = self.pages.get("workflow")
            if page is None and workflow is not None and not workflow.problems():
                page = workflow  # the project holds the workflow's inputs: open on it
            self.toolbox.setCurrentIndex(self._index_of(page) if page is not None else 0)
        finally:
            self._restoring -= 1

    def _folder_changed(self, path: str) -> None:
        if not self._restoring:
            self.memory.write(ProjectMemory.output_folder_key(), path.strip() or None)

    def _step_changed(self, index: int) -> None:
        if self._restoring or index < 0:
            return
        for group_id, page in self.pages.items():
            if self._index_of(page) == index:
                self.memory.write(ProjectMemory.step_key(), group_id)

    def _project_loaded(self, *_args) -> None:
        """A project was opened (or closed): show what it remembers."""
        self._restore_dock_choices()
        for page in self.pages.values():
            if not page.running:
                page.restore()

    def _layers_changed(self, *_args) -> None:
        if self.year() != self._year:  # e.g. the NDVI of a newer year was added
            self._follow_year()
            return
        for page in self.pages.values():
            page.refresh_layers()

    # --- helpers ----------------------------------------------------------------------------

    def ask_folder(self) -> bool:
        """Ask for the output folder (a report must not go to a temporary folder that QGIS
        deletes on exit); True when one was chosen, and the panel then keeps it."""
        path = self.choose_folder()
        if not path:
            return False
        self.folder_widget.setFilePath(path)  # remembered in the project, as when typed
        return True

    def choose_folder(self) -> str:
        """The folder dialog (tests replace this)."""
        start = os.path.dirname(self.project.fileName()) if self.project.fileName() else ""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Output folder for the report and the results"), start
        )

    @staticmethod
    def open_url(url) -> None:
        """Open a help page or report in the system's browser (tests replace this)."""
        QDesktopServices.openUrl(url)

    def shutdown(self) -> None:
        """Before the plugin unloads: cancel running algorithms, stop listening."""
        for page in self.pages.values():
            page.shutdown()
        registry = QgsApplication.processingRegistry()
        for signal, slot in (
            (registry.providerAdded, self._schedule_rebuild),
            (registry.providerRemoved, self._schedule_rebuild),
            (self.project.readProject, self._project_loaded),
            (self.project.cleared, self._project_loaded),
            (self.project.layersAdded, self._layers_changed),
            (self.project.layersRemoved, self._layers_changed),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self._disconnect_provider()
