"""Loading and unloading the plugin the way QGIS does, with pytest-qgis's stub iface."""

from qgis.core import QgsApplication

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
        qgis_iface.addRasterToolBarIcon.assert_called_with(action)
        qgis_iface.addPluginToRasterMenu.assert_called_with(plugin.menu_name(), action)

        action.setChecked(True)  # the toolbar button opens the dock
        assert plugin.dock is not None and not plugin.dock.isHidden()
        action.setChecked(False)
        assert plugin.dock.isHidden()
    finally:
        plugin.unload()

    assert registry.providerById(PROVIDER_ID) is None
    qgis_iface.removeRasterToolBarIcon.assert_called_with(action)
    qgis_iface.removePluginRasterMenu.assert_called_with("&Urban carbon sink", action)
    assert plugin.dock is None and plugin.action is None and plugin.provider is None


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
