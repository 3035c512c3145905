"""Loading and unloading the plugin the way QGIS does, with pytest-qgis's stub iface."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QToolBar

import carbonsink_plugin
from carbonsink_plugin.processing.provider import PROVIDER_ID


def test_load_register_show_dock_and_unload_cleanly(qgis_iface, qgis_processing):
    registry = QgsApplication.processingRegistry()
    own = registry.providerById(PROVIDER_ID)
    if own is not None:  # registered by another test's session fixture
        registry.removeProvider(own)

    plugin = carbonsink_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    try:
        provider = registry.providerById(PROVIDER_ID)
        assert provider is not None
        assert provider.name() == "Urban carbon sink (DB4403/T 348)"

        action = plugin.action
        # Its own toolbar, shown in a fresh profile (the Raster toolbar is hidden there).
        toolbar = plugin.toolbar
        assert toolbar.objectName() == "carbonsinkToolBar"  # QGIS saves its state by this
        assert toolbar.actions() == [action] and not toolbar.isHidden()
        assert toolbar.parent() is qgis_iface.mainWindow()
        qgis_iface.addRasterToolBarIcon.assert_not_called()
        qgis_iface.addPluginToRasterMenu.assert_any_call(plugin.menu_name(), action)
        sample = plugin.sample_action
        qgis_iface.addPluginToRasterMenu.assert_any_call(plugin.menu_name(), sample)
        assert sample.text() == "Open sample data / demo project"

        action.setChecked(True)  # the toolbar button opens the dock
        assert plugin.dock is not None and not plugin.dock.isHidden()
        action.setChecked(False)
        assert plugin.dock.isHidden()
    finally:
        plugin.unload()

    assert registry.providerById(PROVIDER_ID) is None
    qgis_iface.removePluginRasterMenu.assert_any_call("&Urban carbon sink", action)
    qgis_iface.removePluginRasterMenu.assert_any_call("&Urban carbon sink", sample)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleteLater()
    window = qgis_iface.mainWindow()
    assert window.findChildren(QToolBar, "carbonsinkToolBar") == []  # no empty toolbar left
    assert plugin.dock is None and plugin.action is None and plugin.provider is None
    assert plugin.toolbar is None and plugin.sample_action is None


def test_init_processing_alone_registers_the_provider_once(qgis_iface, qgis_processing):
    """qgis_process calls only initProcessing (no GUI); a second call must not register twice."""
    registry = QgsApplication.processingRegistry()
    own = registry.providerById(PROVIDER_ID)
    if own is not None:
        registry.removeProvider(own)
    plugin = carbonsink_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initProcessing()
    try:
        assert [p.id() for p in registry.providers()].count(PROVIDER_ID) == 1
    finally:
        plugin.unload()
    assert registry.providerById(PROVIDER_ID) is None
