"""The .qml styles of the ground-check outputs load on layers shaped like the outputs."""

import pytest
from qgis.core import QgsVectorLayer

from carbonsink_plugin.paths import resource_path
from carbonsink_plugin.processing.samplingplan import PLOT_FIELDS

PLAN_FIELDS = "&".join(f"field={n}:{'integer' if k == 'int' else k}" for n, k in PLOT_FIELDS)
CHECKED_FIELDS = PLAN_FIELDS + "&field=rel_error:double&field=excluded:integer"


@pytest.mark.parametrize(
    "style,geometry,fields,renderer,classes",
    [
        ("sampling_plots", "Point", PLAN_FIELDS, "categorizedSymbol", 8),
        ("sampling_plot_polygons", "Polygon", PLAN_FIELDS, "categorizedSymbol", 8),
        ("groundcheck_plots", "Point", CHECKED_FIELDS, "RuleRenderer", 5),
        ("groundcheck_plot_polygons", "Polygon", CHECKED_FIELDS, "RuleRenderer", 5),
    ],
)
def test_styles_load(qgis_app, style, geometry, fields, renderer, classes):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4547&{fields}", style, "memory")
    message, ok = layer.loadNamedStyle(resource_path("styles", f"{style}.qml"))
    assert ok, message
    assert layer.renderer().type() == renderer
    items = layer.renderer().legendSymbolItems()
    assert len(items) == classes
    assert layer.labelsEnabled()  # plot ids are labelled for the field crew
    if style.startswith("sampling"):
        # type 6; English in the file, the user's language once loaded (processing/legends.py)
        assert items[5].label() == "6 Shrubland"
