"""--setup file for scripts/screenshot_qgis.py: opens a Processing algorithm dialog (the real
one of the QGIS desktop), shows one parameter's tooltip and an enum's list, and saves a PNG of
the screen region of the dialog.

    xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 scripts/screenshot_qgis.py \\
        --out /tmp/window.png --lang zh_CN --setup scripts/screenshot_dialog.py
    (environment: DIALOG_OUT=docs/img/dialog_casanpp_zh.png, optional DIALOG_ALGORITHM,
    DIALOG_TOOLTIP=SOL, DIALOG_ENUM=NDVI_EXTREMES, DIALOG_SHOW=list or tooltip)
"""

import os

import processing
from qgis.PyQt.QtCore import QPoint, QTimer
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QToolTip

OUT = os.environ["DIALOG_OUT"]
ALGORITHM = os.environ.get("DIALOG_ALGORITHM", "carbonsink:casanpp")
TOOLTIP = os.environ.get("DIALOG_TOOLTIP", "SOL")
ENUM = os.environ.get("DIALOG_ENUM", "NDVI_EXTREMES")
SHOW = os.environ.get("DIALOG_SHOW", "list")  # "list": the enum's list open; "tooltip"

dialog = processing.createAlgorithmDialog(ALGORITHM)
dialog.resize(1100, 820)
dialog.move(20, 20)
dialog.show()
panel = dialog.mainWidget()


def show_tooltip_or_list():
    if SHOW == "tooltip":
        label = panel.wrappers[TOOLTIP].wrappedLabel()
        QToolTip.showText(label.mapToGlobal(QPoint(20, label.height())), label.toolTip(), label)
        return
    widget = panel.wrappers[ENUM].wrappedWidget()
    boxes = [widget] if isinstance(widget, QComboBox) else widget.findChildren(QComboBox)
    boxes[0].showPopup()


def grab():
    screen = QApplication.primaryScreen()
    geometry = dialog.frameGeometry()
    screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height()).save(
        OUT, "PNG"
    )


QTimer.singleShot(800, show_tooltip_or_list)
QTimer.singleShot(1800, grab)
