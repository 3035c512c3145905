"""The plugin object QGIS loads: provider, translator, toolbar/menu action and dock."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import install_translator, remove_translator, tr_for
from .paths import resource_path
from .processing.models import ModelFolder
from .processing.provider import CarbonSinkProvider


class CarbonSinkPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None
        self.models = ModelFolder()  # the shipped graphical model, under "Models"
        # Installed here, not in initGui: qgis_process calls only initProcessing.
        self.translator = install_translator()

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    def menu_name(self) -> str:
        return self.tr("&Urban carbon sink")

    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            self.provider = CarbonSinkProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            self.models.register()

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        self.action = QAction(
            QIcon(resource_path("icons", "icon.svg")),
            self.tr("Urban carbon sink evaluation"),
            self.iface.mainWindow(),
        )
        self.action.setObjectName("carbonsinkDockAction")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show the urban carbon sink panel (DB4403/T 348)"))
        self.action.toggled.connect(self.show_dock)
        self.iface.addRasterToolBarIcon(self.action)
        self.iface.addPluginToRasterMenu(self.menu_name(), self.action)

    def show_dock(self, visible: bool):
        if self.dock is None:
            if not visible:
                return
            from .gui.dock import CarbonSinkDock

            self.dock = CarbonSinkDock(self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.action.setChecked)
        self.dock.setVisible(visible)

    def unload(self):
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginRasterMenu(self.menu_name(), self.action)
            self.iface.removeRasterToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            self.models.unregister()
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
