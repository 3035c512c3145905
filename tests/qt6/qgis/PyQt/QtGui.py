# ruff: noqa: N999 - the module names of qgis.PyQt
from PyQt6.QtGui import *  # noqa: F403 - what QGIS 4 re-exports
