"""Urban carbon sink (DB4403/T 348) — QGIS plugin entry point."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .plugin import CarbonSinkPlugin

    return CarbonSinkPlugin(iface)
