"""pytest plugin (-p qt6_app): a QGuiApplication for the report tests under PyQt6."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PyQt6.QtGui import QGuiApplication  # noqa: E402

APP = QGuiApplication.instance() or QGuiApplication([])


def pytest_report_header():
    from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

    return f"PyQt6 {PYQT_VERSION_STR}, Qt {QT_VERSION_STR} (no QGIS)"
