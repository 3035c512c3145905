"""Maps drawn by QGIS: the plugin's style, legends in the report's words, boundaries, scale bar
and north arrow on a print layout exported to PNG."""

import numpy as np
import pytest
from qgis.core import (
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPalettedRasterRenderer,
)
from qgis.PyQt.QtGui import QColor, QImage
from support import ORIGIN, PIXEL, write_raster

from carbonsink_plugin.report import maps
from carbonsink_plugin.report.document import MapRequest

CRS = QgsCoordinateReferenceSystem("EPSG:4547")
SINK_COLOURS = ("#bdbdbd", "#1a9641", "#e6550d", "#ffd92f")  # styles/sink_class.qml


def classes_raster(tmp_path):
    codes = np.zeros((30, 40), dtype=np.uint8)  # 0 non-vegetated
    codes[:, 10:20] = 1  # sink
    codes[:, 20:30] = 2  # source
    codes[:, 30:] = 3  # balance
    codes[0, 0] = 255
    return write_raster(tmp_path / "sink class 分类.tif", codes, nodata=255)


def zones():
    x0, y0 = ORIGIN
    left = f"POLYGON(({x0} {y0},{x0 + 600} {y0},{x0 + 600} {y0 - 900},{x0} {y0 - 900},{x0} {y0}))"
    right = (
        f"POLYGON(({x0 + 600} {y0},{x0 + 1200} {y0},{x0 + 1200} {y0 - 900},"
        f"{x0 + 600} {y0 - 900},{x0 + 600} {y0}))"
    )
    items = [("福田区", QgsGeometry.fromWkt(left)), ("Luohu", QgsGeometry.fromWkt(right))]
    return maps.memory_zone_layer(CRS, items)


def counts(path):
    image = QImage(str(path))
    found = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            name = QColor(image.pixel(x, y)).name()
            found[name] = found.get(name, 0) + 1
    return image, found


def sink_request(path, labels=("非植被", "碳汇", "碳源", "碳平衡")):
    return MapRequest(
        role="SINK_CLASS",
        path=path,
        style="sink_class",
        legend_title="碳源/碳汇",
        classes=[(code, None, label) for code, label in enumerate(labels)],
        boundary_label="行政区界",
    )


def test_class_map_keeps_the_style_colours_with_the_report_words(tmp_path):
    renderer = maps.MapRenderer(zones())
    layer = renderer.raster_layer(sink_request(classes_raster(tmp_path)))
    palette = layer.renderer()
    assert isinstance(palette, QgsPalettedRasterRenderer)
    assert [c.label for c in palette.classes()] == ["非植被", "碳汇", "碳源", "碳平衡"]
    assert [c.color.name() for c in palette.classes()] == list(SINK_COLOURS)
    assert layer.name() == "碳源/碳汇"


def test_a_missing_style_falls_back_to_the_request_colours(tmp_path):
    request = sink_request(classes_raster(tmp_path))
    request.style = "no_such_style"
    request.classes = [(0, (1, 2, 3), "a"), (1, (4, 5, 6), "b")]
    layer = maps.MapRenderer().raster_layer(request)
    assert [c.color.getRgb()[:3] for c in layer.renderer().classes()] == [(1, 2, 3), (4, 5, 6)]


def test_map_png_has_the_classes_boundaries_legend_scale_bar_and_north_arrow(tmp_path):
    path = tmp_path / "map 地图.png"
    renderer = maps.MapRenderer(zones())
    assert renderer.render(sink_request(classes_raster(tmp_path)), str(path)) == str(path)
    image, found = counts(path)
    # 200 mm × 110 mm page (wider only for a wide legend) at 200 dpi
    assert image.width() >= round(200 / 25.4 * 200) - 1
    assert image.height() == pytest.approx(110 / 25.4 * 200, abs=2)
    for colour in SINK_COLOURS:
        assert found.get(colour, 0) > 50, colour
    assert found.get("#303030", 0) > 20  # zone boundaries
    # the legend (right of the map frame) and the north arrow hold dark ink
    map_right = int((maps.MARGIN + maps.MAP_WIDTH) / 25.4 * 200)
    dark_in_legend = 0
    dark_arrow = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 90:
                if x > map_right + 10:
                    dark_in_legend += 1
                elif x > map_right - 120 and y < 200:
                    dark_arrow += 1
    assert dark_in_legend > 200
    assert dark_arrow > 50


def test_ramp_legend_labels_and_a_diverging_stretch(tmp_path):
    # slope values −3 … +5 (uniform): the 2 % / 98 % cut ≈ −2.84 / +4.84, so the ramp is
    # rescaled to ±max(|low|, |high|) ≈ ±4.8 around 0
    values = np.linspace(-3, 5, 400, dtype=np.float32).reshape(20, 20)
    path = write_raster(tmp_path / "slope.tif", values, nodata=-9999.0)
    request = MapRequest("SLOPE", path, "slope", "Sen", stretch="diverging")
    layer = maps.MapRenderer().raster_layer(request)
    function = layer.renderer().shader().rasterShaderFunction()
    assert isinstance(function, QgsColorRampShader)
    assert function.minimumValue() == pytest.approx(-function.maximumValue())
    assert 4.5 < function.maximumValue() < 5.0
    settings = function.legendSettings()
    assert settings.useContinuousLegend()
    assert settings.minimumLabel().startswith("−4.")

    nep = write_raster(tmp_path / "nep.tif", values * 100, nodata=-9999.0)
    request = MapRequest("NEP", nep, "nep", "NEP", minimum_label="碳源", maximum_label="碳汇")
    layer = maps.MapRenderer().raster_layer(request)  # keep the layer: it owns the renderer
    function = layer.renderer().shader().rasterShaderFunction()
    # styles/nep.qml is fixed at ±800
    assert (function.minimumValue(), function.maximumValue()) == (-800.0, 800.0)
    assert function.legendSettings().minimumLabel() == "−800 碳源"
    assert function.legendSettings().maximumLabel() == "800 碳汇"


def test_segment_of_the_scale_bar_is_round(tmp_path):
    from qgis.core import QgsLayoutItemMap, QgsPrintLayout, QgsProject, QgsRectangle

    project = QgsProject()  # kept: the layout does not own it
    layout = QgsPrintLayout(project)
    item = QgsLayoutItemMap(layout)
    item.setCrs(CRS)
    item.attemptResize(maps.QgsLayoutSize(100, 50))
    item.zoomToExtent(QgsRectangle(0, 0, 96000, 48000))
    # 96 km wide → a tenth is 9.6 km → the next round value is 10 km
    assert maps._segment_km(item) == 10
    item.zoomToExtent(QgsRectangle(0, 0, 1200, 600))
    assert maps._segment_km(item) == 0.2  # 1.2 km / 10 = 0.12 → 0.2
    assert PIXEL == 30.0


def test_npp_ramp_spans_the_percentiles_of_the_vegetated_values(tmp_path):
    # half the pixels 0 (non-vegetated), the others 100 … 1100 evenly (500 values): without
    # the zeros the 2nd / 98th percentiles are 100 + 0.02 · 1000 = 120 and 100 + 0.98 · 1000
    # = 1080 (numpy's linear interpolation on an even grid); with them the low end would be 0
    values = np.concatenate([np.zeros(500), np.linspace(100, 1100, 500)]).astype(np.float32)
    path = write_raster(tmp_path / "npp.tif", values.reshape(25, 40), nodata=-9999.0)
    request = MapRequest("NPP", path, "npp", "NPP (gC·m⁻²·a⁻¹)", stretch="percentile")
    layer = maps.MapRenderer().raster_layer(request)
    function = layer.renderer().shader().rasterShaderFunction()
    assert function.minimumValue() == pytest.approx(120.0, abs=0.5)
    assert function.maximumValue() == pytest.approx(1080.0, abs=0.5)
    items = function.colorRampItemList()  # the style's colours, moved onto the new range
    assert items[0].value == pytest.approx(120.0, abs=0.5)
    assert items[-1].value == pytest.approx(1080.0, abs=0.5)
    assert items[0].color.name() != items[-1].color.name()

    # NEP symmetric around 0: −200 … 600 without zeros → ±max(|−184|, |584|) = ±584
    nep = np.concatenate([np.zeros(500), np.linspace(-200, 600, 500)]).astype(np.float32)
    path = write_raster(tmp_path / "nep.tif", nep.reshape(25, 40), nodata=-9999.0)
    request = MapRequest("NEP", path, "nep", "NEP", stretch="diverging")
    layer = maps.MapRenderer().raster_layer(request)
    function = layer.renderer().shader().rasterShaderFunction()
    assert function.maximumValue() == pytest.approx(584.0, abs=0.5)
    assert function.minimumValue() == pytest.approx(-584.0, abs=0.5)
