"""Styles of the stage-5 outputs: the .qml files load, legends get this run's classes, and
diverging rasters are centred on 0."""

import os

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
)
from support import write_raster

from carbonsink_plugin.paths import resource_path
from carbonsink_plugin.processing import zoning

pytestmark = pytest.mark.usefixtures("provider")

STYLES = ("grade", "trend_class", "slope", "difference", "zscore", "p_value", "cv")


@pytest.mark.parametrize("style", STYLES)
def test_every_style_loads(tmp_path, style):
    data = np.arange(1, 7, dtype=np.uint8 if style in ("grade", "trend_class") else np.float32)
    layer = QgsRasterLayer(write_raster(tmp_path / "x.tif", data.reshape(2, 3)), "x")
    message, ok = layer.loadNamedStyle(resource_path("styles", f"{style}.qml"))
    assert ok, message


def algorithm(name):
    return QgsApplication.processingRegistry().createAlgorithmById(f"carbonsink:{name}")


def loading_context(path):
    context = QgsProcessingContext()
    context.addLayerToLoadOnCompletion(
        path, QgsProcessingContext.LayerDetails("out", QgsProject.instance(), "OUTPUT")
    )
    return context


def test_grade_legend_carries_the_run_classes(tmp_path):
    path = write_raster(tmp_path / "g.tif", np.array([[1, 2, 3]], np.uint8), nodata=255)
    context = loading_context(path)
    classes = [
        (1, (255, 0, 0), "Class 1 (-5 – 10)"),
        (2, (0, 200, 0), "Class 2 (10 – 20)"),
        (3, (0, 100, 0), "Class 3 (20 – 30)"),
    ]
    zoning.style_classes(algorithm("grade"), context, path, "grade", "Grades", classes)
    details = context.layerToLoadOnCompletionDetails(path)
    assert details.name == "Grades"
    layer = QgsRasterLayer(path, "g")
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer_classes = layer.renderer().classes()
    assert [(c.value, c.label) for c in renderer_classes] == [(k, t) for k, _c, t in classes]
    assert renderer_classes[0].color.red() == 255


def test_diverging_styles_are_symmetric_around_zero(tmp_path):
    data = np.linspace(-30, 90, 100, dtype=np.float32).reshape(10, 10)
    path = write_raster(tmp_path / "d.tif", data, nodata=-9999)
    context = loading_context(path)
    zoning.style_diverging(algorithm("trend"), context, path, "difference", "Difference")
    layer = QgsRasterLayer(path, "d")
    details = context.layerToLoadOnCompletionDetails(path)
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    low, high = renderer.classificationMin(), renderer.classificationMax()
    assert low == pytest.approx(-high) and 80 < high <= 90  # 98 % cut of the values
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    middle = items[len(items) // 2]
    assert middle.value == 0 and middle.color.getRgb()[:3] == (245, 245, 245)


def test_styles_are_shipped_where_the_algorithms_look():
    for style in STYLES:
        assert os.path.exists(resource_path("styles", f"{style}.qml"))
