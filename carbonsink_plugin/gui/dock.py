"""The "Urban carbon sink" dock: the five stages of the standard, each opening its algorithms.

Every button opens the ordinary Processing dialog of an algorithm of our provider, so the dock,
the toolbox, the modeler and batch runs share one code path.
"""

from functools import partial

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..i18n import tr_for
from ..processing.provider import PROVIDER_ID

STAGES = ("preprocessing", "npp", "carbonsink", "groundcheck", "evaluation", "workflow")


class CarbonSinkDock(QgsDockWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CarbonSinkDock")
        self.setWindowTitle(self.tr("城市碳汇评价 / Urban carbon sink"))
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "Remote-sensing evaluation of the urban carbon sink after DB4403/T 348—2023. "
                "Work through the stages in order; each button opens the algorithm's dialog."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons = {}
        for algorithms in self.algorithms_by_stage().values():
            box = QGroupBox(algorithms[0].group())
            box_layout = QVBoxLayout(box)
            for algorithm in algorithms:
                button = QPushButton(algorithm.icon(), algorithm.displayName())
                button.setToolTip(algorithm.id())
                button.clicked.connect(partial(self.open_dialog, algorithm.id()))
                box_layout.addWidget(button)
                self.buttons[algorithm.id()] = button
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    @staticmethod
    def algorithms_by_stage() -> dict:
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        found = {stage: [] for stage in STAGES}
        for algorithm in provider.algorithms() if provider else []:
            found.setdefault(algorithm.groupId(), []).append(algorithm)
        return {stage: algs for stage, algs in found.items() if algs}

    @staticmethod
    def open_dialog(algorithm_id: str, _checked: bool = False):
        import processing

        processing.execAlgorithmDialog(algorithm_id)
