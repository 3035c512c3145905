"""The plugin object QGIS loads: provider, translator, toolbar/menu action and dock."""

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsProject
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
        self.sample_action = None
        self.sample = None  # the SampleData being opened
        self.toolbar = None
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
        # Its own toolbar: visible in a fresh profile (the Raster toolbar is hidden there).
        self.toolbar = self.iface.addToolBar(self.tr("Urban carbon sink"))
        self.toolbar.setObjectName("carbonsinkToolBar")
        self.toolbar.addAction(self.action)
        self.iface.addPluginToRasterMenu(self.menu_name(), self.action)
        self.sample_action = QAction(
            QIcon(resource_path("icons", "icon.svg")),
            self.tr("Open sample data / demo project"),
            self.iface.mainWindow(),
        )
        self.sample_action.setObjectName("carbonsinkSampleDataAction")
        self.sample_action.setToolTip(
            self.tr(
                "Add the GENERATED Shenzhen sample inputs (one year, 100 m) to the project "
                "and open the panel on them"
            )
        )
        self.sample_action.triggered.connect(self.open_sample_data)
        self.iface.addPluginToRasterMenu(self.menu_name(), self.sample_action)

    def open_sample_data(self) -> None:
        """Generate (first time) and load the sample inputs; then show the panel on them."""
        if self.sample is not None and self.sample.running:
            return
        from .gui.sampledata import SampleData

        self.sample = SampleData()
        self.sample.finished.connect(self._sample_opened)
        self.sample_action.setEnabled(False)
        self.iface.messageBar().pushInfo(
            self.tr("Urban carbon sink"), self.tr("Opening the sample data…")
        )
        self.sample.start()

    def _sample_opened(self, group, message: str) -> None:
        if self.sample_action is not None:
            self.sample_action.setEnabled(True)
        bar = self.iface.messageBar()
        if group is None:
            bar.pushWarning(self.tr("Urban carbon sink"), message)
            return
        bar.pushSuccess(self.tr("Urban carbon sink"), message)
        self.iface.mapCanvas().setExtent(self._sample_extent(group))
        self.iface.mapCanvas().refresh()
        self.action.setChecked(True)  # the panel, which preselects the sample's layers
        if self.dock is not None:
            self.dock.show_stage("workflow")

    def _sample_extent(self, group_name: str):
        """The group's layers' extent in the map's CRS (the map zooms to the sample)."""
        project = QgsProject.instance()
        canvas = self.iface.mapCanvas()
        group = project.layerTreeRoot().findGroup(group_name)
        extent = None
        for node in group.findLayers() if group is not None else []:
            layer = node.layer()
            crs = canvas.mapSettings().destinationCrs()
            box = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(
                layer.extent()
            )
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
        return extent if extent is not None else canvas.extent()

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
        if self.sample is not None:
            self.sample.cancel()
            self.sample = None
        if self.sample_action is not None:
            self.iface.removePluginRasterMenu(self.menu_name(), self.sample_action)
            self.sample_action.deleteLater()
            self.sample_action = None
        if self.action is not None:
            self.iface.removePluginRasterMenu(self.menu_name(), self.action)
            self.action.deleteLater()
            self.action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            self.models.unregister()
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
