"""Maps of the report, drawn by QGIS: a print layout per raster with the plugin's layer style,
the district boundaries and names, a legend, a scale bar and a north arrow, exported to PNG.

Threading: QGIS print layouts must be built and exported on the main thread. MapRenderer may
be used from a worker thread: it builds its private project and draws each map on the main
thread (mainthread.call, one map per call, the event loop running between maps). Nothing here
touches iface or QgsProject.instance(): the layers live in a private QgsProject owned by the
MapRenderer.

Styles: the raster gets resources/styles/<style>.qml, the file the producing algorithm applies
to its output; class legends are relabelled in the report's language (the colours stay the
style's); a diverging style (NEP, Sen's slope) is rescaled to ±max(|2 %|, |98 %|) of the
values as the trend algorithm does for its outputs, so 0 keeps the neutral colour; NPP and Rh
keep their style's colours spread over the 2nd–98th percentile of the values (zeros, the
non-vegetated land, left out: percentiles()). When a style
file is missing (its stage is not installed), classes get the colours of the request and
ramps a data-stretched green ramp.
"""

from __future__ import annotations

import contextlib
import math
import os
from typing import Sequence

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsColorRampLegendNode,
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
    QgsPalettedRasterRenderer,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRectangle,
    QgsSimpleLegendNode,
    QgsSingleBandPseudoColorRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, QSizeF
from qgis.PyQt.QtGui import QColor, QFont

from .. import mainthread
from ..compat import (
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    distance_unit_meters,
    set_legend_font,
)
from ..core.errors import QT_TRANSLATE_NOOP, InputError
from ..core.raster import gdal_call
from ..paths import resource_path
from .charts import CJK_FONTS
from .document import MapRequest
from .pdf import installed_families

NORTH_ARROW = resource_path("icons", "north_arrow.svg")
ZONE_NAME_FIELD = "name"

# Page of one map (mm): the map on the left, the legend on its right.
PAGE_WIDTH, PAGE_HEIGHT = 200.0, 110.0
MARGIN = 3.0
MAP_WIDTH = 148.0
DPI = 200
FALLBACK_RAMP = ("#f7fcb9", "#addd8e", "#41ab5d", "#006837")  # when a style file is missing


def percentiles(layer: QgsRasterLayer, low: float = 2.0, high: float = 98.0):
    """The low and high percentile of band 1 without nodata and zeros (non-vegetated land is 0
    in NPP, Rh and NEP: left in, it would pull the ramp's lower end to 0 and leave the
    vegetated land in one or two colours), from a read of at most about 1500 × 1500 pixels.
    Falls back to QGIS's cumulative cut of all values."""
    dataset, _ = gdal_call(gdal.Open, layer.source())
    if dataset is not None:
        band = dataset.GetRasterBand(1)
        step = max(1.0, max(dataset.RasterXSize, dataset.RasterYSize) / 1500.0)
        width = max(1, int(dataset.RasterXSize / step))
        height = max(1, int(dataset.RasterYSize / step))
        data, _ = gdal_call(band.ReadAsArray, buf_xsize=width, buf_ysize=height)
        if data is not None:
            values = data.astype(np.float64).ravel()
            keep = np.isfinite(values) & (values != 0)
            nodata = band.GetNoDataValue()
            if nodata is not None:
                keep &= values != nodata
            if keep.sum() >= 2:
                result = np.percentile(values[keep], [low, high])
                return float(result[0]), float(result[1])
    return layer.dataProvider().cumulativeCut(1, low / 100.0, high / 100.0, sampleSize=250000)


def style_path(style: str) -> str:
    return resource_path("styles", f"{style}.qml")


def report_font_family() -> str:
    """A font with Chinese glyphs when one is installed, else Qt's default."""
    installed = installed_families()
    return next((name for name in CJK_FONTS if name in installed), QFont().family())


def memory_zone_layer(crs: QgsCoordinateReferenceSystem, zones: Sequence[tuple[str, QgsGeometry]]):
    """A memory polygon layer with one text field 'name' (the zone names)."""
    layer = QgsVectorLayer(f"MultiPolygon?field={ZONE_NAME_FIELD}:string(254)", "zones", "memory")
    layer.setCrs(crs)
    features = []
    for name, geometry in zones:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


class MapRenderer:
    """Renders MapRequests to PNG files; zones (optional) are drawn on every map."""

    def __init__(self, zones: QgsVectorLayer | None = None, dpi: int = DPI):
        mainthread.hand_over(zones)
        mainthread.call(self._setup, zones, dpi)

    def _setup(self, zones: QgsVectorLayer | None, dpi: int) -> None:
        # Private (never QgsProject.instance()), on the main thread, parented there so that it
        # is deleted there (__del__), wherever the renderer's last reference goes.
        self.project = QgsProject(mainthread.keeper())
        self.dpi = dpi
        self.font = report_font_family()
        self.zones = zones
        if zones is not None:
            self._style_zones(zones)
            self.project.addMapLayer(zones, False)

    def _text_format(self, size: float, bold: bool = False) -> QgsTextFormat:
        text_format = QgsTextFormat()
        font = QFont(self.font)
        font.setBold(bold)
        text_format.setFont(font)
        text_format.setSize(size)
        text_format.setColor(QColor("#222222"))
        return text_format

    def _style_zones(self, zones: QgsVectorLayer) -> None:
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#303030", "outline_width": "0.35"}
        )
        zones.renderer().setSymbol(symbol)
        settings = QgsPalLayerSettings()
        settings.fieldName = ZONE_NAME_FIELD
        text_format = self._text_format(7.5)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor(255, 255, 255, 220))
        text_format.setBuffer(buffer)
        settings.setFormat(text_format)
        zones.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        zones.setLabelsEnabled(True)

    # --- one map -----------------------------------------------------------------------------

    def raster_layer(self, request: MapRequest) -> QgsRasterLayer:
        layer = QgsRasterLayer(request.path, request.legend_title, "gdal")
        if not layer.isValid():
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: QGIS cannot open '{path}' to draw its map."),
                name=request.role,
                path=request.path,
            )
        path = style_path(request.style)
        has_style = os.path.exists(path) and layer.loadNamedStyle(path)[1]
        if request.classes is not None:
            self._classes(layer, request.classes)
        elif not has_style or request.stretch == "data":
            self._data_ramp(layer)
        elif request.stretch == "diverging":
            self._diverging(layer)
        elif request.stretch == "percentile":
            self._percentile(layer)
        if request.classes is None:
            self._ramp_legend(layer, request)
        layer.setName(request.legend_title)
        return layer

    def _classes(self, layer: QgsRasterLayer, classes) -> None:
        """Paletted classes in the request's order and words; the style's colour per value
        where it has one."""
        renderer = layer.renderer()
        colours = {}
        if isinstance(renderer, QgsPalettedRasterRenderer):
            colours = {int(c.value): QColor(c.color) for c in renderer.classes()}
        palette = []
        for value, rgb, label in classes:
            colour = colours.get(int(value))
            if colour is None:
                colour = QColor(*rgb) if rgb is not None else QColor("#999999")
            palette.append(QgsPalettedRasterRenderer.Class(int(value), colour, label))
        layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, palette))

    def _data_ramp(self, layer: QgsRasterLayer) -> None:
        low, high = percentiles(layer)
        if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
            high = low + 1.0
        items = [
            QgsColorRampShader.ColorRampItem(low + (high - low) * i / 3, QColor(colour), "")
            for i, colour in enumerate(FALLBACK_RAMP)
        ]
        function = QgsColorRampShader(low, high)
        function.setColorRampType(QgsColorRampShader.Interpolated)
        function.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(function)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
        renderer.setClassificationMin(low)
        renderer.setClassificationMax(high)
        layer.setRenderer(renderer)

    @staticmethod
    def _shader_function(layer: QgsRasterLayer):
        renderer = layer.renderer()
        shader = renderer.shader() if hasattr(renderer, "shader") else None
        function = shader.rasterShaderFunction() if shader is not None else None
        return function if isinstance(function, QgsColorRampShader) else None

    def _diverging(self, layer: QgsRasterLayer) -> None:
        """The style's ramp rescaled to ±max(|2 %|, |98 %|) so 0 keeps the neutral colour."""
        function = self._shader_function(layer)
        if function is None:
            return
        low, high = percentiles(layer)
        limit = max(abs(low), abs(high))
        items = function.colorRampItemList()
        old = max((abs(item.value) for item in items), default=0.0)
        if not (limit > 0 and old > 0):
            return
        for item in items:
            item.value = item.value / old * limit
        function.setColorRampItemList(items)
        function.setMinimumValue(-limit)
        function.setMaximumValue(limit)
        layer.renderer().setClassificationMin(-limit)
        layer.renderer().setClassificationMax(limit)

    def _percentile(self, layer: QgsRasterLayer) -> None:
        """The style's ramp (its colours and their relative positions) moved onto the 2nd–98th
        percentile of the values, so the map shows the data's own contrast."""
        function = self._shader_function(layer)
        if function is None:
            return
        low, high = percentiles(layer)
        items = function.colorRampItemList()
        old_low, old_high = function.minimumValue(), function.maximumValue()
        if not (math.isfinite(low) and math.isfinite(high) and high > low and old_high > old_low):
            return
        for item in items:
            item.value = low + (item.value - old_low) / (old_high - old_low) * (high - low)
        function.setColorRampItemList(items)
        function.setMinimumValue(low)
        function.setMaximumValue(high)
        layer.renderer().setClassificationMin(low)
        layer.renderer().setClassificationMax(high)

    def _ramp_legend(self, layer: QgsRasterLayer, request: MapRequest) -> None:
        """A continuous colour bar labelled with the ramp's end values (and words)."""
        function = self._shader_function(layer)
        if function is None:
            return
        settings = function.legendSettings()
        settings.setUseContinuousLegend(True)
        settings.setPrefix("")
        settings.setSuffix("")
        low, high = function.minimumValue(), function.maximumValue()
        settings.setMinimumLabel(_label(low, request.minimum_label))
        settings.setMaximumLabel(_label(high, request.maximum_label))
        function.setLegendSettings(settings)

    def __del__(self):
        project = getattr(self, "project", None)
        if project is not None:
            with contextlib.suppress(RuntimeError):  # already gone with QGIS
                project.deleteLater()

    def render(self, request: MapRequest, path: str) -> str:
        """Draw one map into a PNG file; returns the path. The print layout is exported on the
        main thread, the PNG is encoded on the calling thread (QImage is reentrant)."""
        image = mainthread.call(self._draw, request)
        if image.isNull() or not image.save(path, "PNG"):
            raise OSError(f"cannot write the map image '{path}'")
        return path

    def _draw(self, request: MapRequest):
        layer = self.raster_layer(request)
        self.project.addMapLayer(layer, False)
        try:
            return self._export(layer, request)
        finally:
            self.project.removeMapLayer(layer.id())

    def _export(self, layer: QgsRasterLayer, request: MapRequest):
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT))
        map_height = PAGE_HEIGHT - 2 * MARGIN

        item = QgsLayoutItemMap(layout)
        item.attemptResize(QgsLayoutSize(MAP_WIDTH, map_height))
        item.setCrs(layer.crs())
        layers = [layer] if self.zones is None else [self.zones, layer]
        item.setLayers(layers)
        extent = QgsRectangle(layer.extent())
        extent.scale(1.04)
        item.zoomToExtent(extent)  # before moving: a moved map without extent stays empty
        item.attemptMove(QgsLayoutPoint(MARGIN, MARGIN))
        item.setFrameEnabled(True)
        item.setBackgroundColor(QColor("white"))
        layout.addLayoutItem(item)

        legend = QgsLayoutItemLegend(layout)
        legend.setLinkedMap(item)
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        node = root.addLayer(layer)
        if self.zones is not None and request.boundary_label:
            self.zones.setName(request.boundary_label)
            root.addLayer(self.zones)
        model = legend.model()
        model.setRootGroup(root)
        # no "Band 1: <description>" line: the layer name says what the colours are
        nodes = model.layerLegendNodes(node)
        keep = [i for i, n in enumerate(nodes) if not isinstance(n, QgsSimpleLegendNode)]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        for index in keep:
            if isinstance(nodes[index], QgsColorRampLegendNode):  # a colour bar, not a patch
                QgsMapLayerLegendUtils.setLegendNodeSymbolSize(node, index, QSizeF(6.0, 36.0))
        model.refreshLayerLegend(node)
        legend.setTitle("")
        for style, size, bold in ((LEGEND_SUBGROUP, 9.0, True), (LEGEND_SYMBOL_LABEL, 8.5, False)):
            font = QFont(self.font)
            font.setPointSizeF(size)
            font.setBold(bold)
            set_legend_font(legend.rstyle(style), font)
        legend.setSymbolHeight(4.5)
        legend.setBackgroundEnabled(False)
        legend.attemptMove(QgsLayoutPoint(MARGIN + MAP_WIDTH + 4.0, MARGIN + 2.0))
        layout.addLayoutItem(legend)
        legend.adjustBoxSize()
        # the page grows to the legend's width (its size is only known to a legend renderer)
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
        width = max(PAGE_WIDTH, MARGIN + MAP_WIDTH + 4.0 + 1.1 * size.width() + MARGIN)
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, PAGE_HEIGHT))

        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.setUnits(distance_unit_meters())
        bar.setMapUnitsPerScaleBarUnit(1000.0)
        bar.setUnitLabel("km")
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(2)
        bar.setUnitsPerSegment(_segment_km(item) * 1000.0)  # in metres, labelled in km
        bar.setHeight(1.8)
        bar.setTextFormat(self._text_format(7.5))
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 200))
        layout.addLayoutItem(bar)
        bar.update()
        bar.attemptMove(QgsLayoutPoint(MARGIN + 3.0, PAGE_HEIGHT - MARGIN - 3.0 - 12.0))

        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(NORTH_ARROW)
        arrow.attemptResize(QgsLayoutSize(8.0, 12.8))
        arrow.attemptMove(QgsLayoutPoint(MARGIN + MAP_WIDTH - 12.0, MARGIN + 3.0))
        layout.addLayoutItem(arrow)

        exporter = QgsLayoutExporter(layout)
        image = exporter.renderPageToImage(0, QSize(), self.dpi)
        del root
        return image


def _label(value: float, word: str) -> str:
    text = f"{value:,.4g}".replace("-", "−")
    return f"{text} {word}" if word else text


def _segment_km(item: QgsLayoutItemMap) -> float:
    """A round segment length (1, 2, 2.5, 5 × 10ᵏ km) of about a tenth of the map's width."""
    extent = item.extent()
    width = extent.width()
    if item.crs().isGeographic():
        latitude = math.radians(extent.center().y())
        width_km = width * 111.32 * max(0.1, math.cos(latitude))
    else:
        metres = QgsUnitTypes.fromUnitToUnitFactor(item.crs().mapUnits(), distance_unit_meters())
        width_km = width * metres / 1000.0
    raw = max(width_km / 10.0, 1e-6)
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
