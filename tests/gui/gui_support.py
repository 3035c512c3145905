"""Test-only algorithms registered under our provider, so the dock tests need no real stage.

They subclass CarbonSinkAlgorithm like every real algorithm and join the provider through the
same registry function the provider calls (monkeypatched), then provider.refreshAlgorithms().
"""

from __future__ import annotations

import os
import time

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer
from support import write_raster

from carbonsink_plugin.compat import FLAG_NO_THREADING, SOURCE_POLYGON
from carbonsink_plugin.processing import provider as provider_module
from carbonsink_plugin.processing import registry as registry_module
from carbonsink_plugin.processing.base import CarbonSinkAlgorithm, StylePostProcessor
from carbonsink_plugin.processing.parameters import describe
from carbonsink_plugin.processing.provider import PROVIDER_ID, CarbonSinkProvider


class BandSumAlgorithm(CarbonSinkAlgorithm):
    """Stage 3 stand-in: sums the 12 bands of STACK per pixel; TOTAL = sum over all pixels."""

    ALGORITHM_ID = "test_dock_bandsum"
    GROUP_ID = "carbonsink"
    STYLE_PATH = ""  # set by the test: the .qml the output must arrive with

    def displayName(self):
        return "Band sum (test)"

    def initAlgorithm(self, config=None):
        stack = QgsProcessingParameterRasterLayer("STACK", "Monthly stack")
        self.addParameter(describe(stack, bands=12, hints=("ndvi",)))
        self.addParameter(QgsProcessingParameterRasterLayer("WEIGHT", "Weight", optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource("ZONES", "Zones", [SOURCE_POLYGON], optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField("ZONE_FIELD", "Zone name", None, "ZONES", optional=True)
        )
        self.addParameter(QgsProcessingParameterString("LABEL", "Run label"))
        self.addParameter(QgsProcessingParameterNumber("FACTOR", "Factor", defaultValue=1.0))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Band sum"))
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT_HTML", "Report", "HTML (*.html)")
        )
        self.addOutput(QgsProcessingOutputNumber("TOTAL", "Total of all bands"))
        self.addOutput(QgsProcessingOutputNumber("PASSED", "Check passed"))
        self.addOutput(QgsProcessingOutputString("ECHO", "Label"))

    def execute(self, parameters, context, feedback):
        if self.parameterAsString(parameters, "LABEL", context) == "fail":
            raise QgsProcessingException(
                "Monthly stack [STACK]: values up to 10 000; divide by 10 000."
            )
        path = self.raster_path(parameters, "STACK", context)
        stack = gdal.Open(path).ReadAsArray().astype(np.float64)
        factor = self.parameterAsDouble(parameters, "FACTOR", context)
        sums = stack.sum(axis=0) * factor
        output = self.output_raster_path(parameters, "OUTPUT", context)
        write_raster(output, sums.astype(np.float32))
        if context.willLoadLayerOnCompletion(output):  # what base.style_output does
            details = context.layerToLoadOnCompletionDetails(output)
            details.name = "Band sum"
            details.setPostProcessor(StylePostProcessor.create(self.STYLE_PATH))
        report = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        with open(report, "w", encoding="utf-8") as handle:
            handle.write("<html><body>report</body></html>")
        total = float(sums.sum())
        return {
            "OUTPUT": output,
            "OUTPUT_HTML": report,
            "TOTAL": total,
            "PASSED": 1 if total > 300 else 0,
            "ECHO": self.parameterAsString(parameters, "LABEL", context),
        }


class MainThreadBandSum(BandSumAlgorithm):
    """The band sum again, flagged to run on the main thread only."""

    ALGORITHM_ID = "test_dock_bandsum_main"

    def displayName(self):
        return "Band sum on the main thread (test)"

    def flags(self):
        return super().flags() | FLAG_NO_THREADING


class SlowAlgorithm(CarbonSinkAlgorithm):
    """Stage 4 stand-in that works until it is canceled (for the Cancel button)."""

    ALGORITHM_ID = "test_dock_slow"
    GROUP_ID = "groundcheck"

    def displayName(self):
        return "Slow (test)"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", "Input"))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Never written"))

    def execute(self, parameters, context, feedback):
        for step in range(3000):  # at most a minute: the test cancels long before
            if feedback.isCanceled():
                raise QgsProcessingException("Canceled: no output was written.")
            feedback.setProgress(step / 30)
            time.sleep(0.02)
        raise QgsProcessingException("The test never canceled the slow algorithm.")


class LateAlgorithm(CarbonSinkAlgorithm):
    """Stage 5 stand-in registered after the dock was built."""

    ALGORITHM_ID = "test_dock_late"
    GROUP_ID = "evaluation"

    def displayName(self):
        return "Late arrival (test)"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("NEP", "NEP"))

    def execute(self, parameters, context, feedback):
        return {}


_ALIVE = []  # QGIS does not keep a Python provider's wrapper alive: we must


def register(monkeypatch, *classes):
    """Make the provider load only the given test algorithms (as if registry.py listed them),
    so the dock's behaviour is tested independently of the stages' real algorithms."""
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    if not isinstance(provider, CarbonSinkProvider):
        if provider is not None:  # a wrapper whose Python side is gone
            registry.removeProvider(provider)
        provider = CarbonSinkProvider()
        _ALIVE.append(provider)
        registry.addProvider(provider)
    current = provider_module.algorithm_classes
    earlier = [] if current is registry_module.algorithm_classes else current()
    monkeypatch.setattr(provider_module, "algorithm_classes", lambda: [*earlier, *classes])
    provider.refreshAlgorithms()
    return provider


@pytest.fixture
def test_provider(qgis_processing, monkeypatch, tmp_path):
    BandSumAlgorithm.STYLE_PATH = str(tmp_path / "band sum.qml")
    provider = register(monkeypatch, BandSumAlgorithm, SlowAlgorithm)
    yield provider
    monkeypatch.undo()
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    if provider is not None:
        provider.refreshAlgorithms()


def wait_for(qgis_app, condition, timeout=60.0):
    """Process events until condition() holds (a background task finished, …)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s in vain")
        qgis_app.processEvents()
        time.sleep(0.01)


@pytest.fixture
def layers(test_provider, qgis_new_project, tmp_path):
    """A project with a 12-band stack, 1-band rasters, polygons and points."""
    project = QgsProject.instance()
    # Band m holds m + k at the pixel k (k = 0, 1, 2, 3 row by row): the pixel's 12-band sum is
    # (1 + 2 + … + 12) + 12·k = 78 + 12·k, i.e. 78, 90, 102, 114.
    months = np.arange(1, 13, dtype=np.float32)[:, None, None]
    stack = months + np.arange(4, dtype=np.float32).reshape(1, 2, 2)
    folder = tmp_path / "数据 data"
    folder.mkdir()
    paths = {
        "ndvi_2022": write_raster(folder / "ndvi_2022.tif", stack),
        "other stack": write_raster(folder / "other.tif", stack * 2),
        "one band": write_raster(folder / "single.tif", stack[0]),
    }
    made = {}
    for name, path in paths.items():
        layer = QgsRasterLayer(path, name, "gdal")
        assert layer.isValid()
        made[name] = project.addMapLayer(layer)
    zones = QgsVectorLayer(
        "Polygon?crs=EPSG:4547&field=code:integer&field=name:string", "districts", "memory"
    )
    points = QgsVectorLayer("Point?crs=EPSG:4547&field=id:integer", "stations", "memory")
    made["districts"] = project.addMapLayer(zones)
    made["stations"] = project.addMapLayer(points)

    # The style the band-sum output must arrive with: a pseudocolor ramp (a new single-band
    # float raster would otherwise get the grey renderer).
    styled = QgsRasterLayer(paths["one band"], "style", "gdal")
    styled.setRenderer(QgsSingleBandPseudoColorRenderer(styled.dataProvider(), 1))
    styled.saveNamedStyle(BandSumAlgorithm.STYLE_PATH)
    return made


@pytest.fixture
def dock(qgis_app, layers, monkeypatch, tmp_path):
    """The dock on the test project; URLs it would open in a browser are collected instead."""
    from carbonsink_plugin.gui.dock import CarbonSinkDock

    widget = CarbonSinkDock()
    widget.opened = []
    monkeypatch.setattr(widget, "open_url", widget.opened.append)
    # BandSum writes a report: with no output folder set, Run asks for one (a folder dialog);
    # here the user answers with a new folder.
    widget.asked_folder = []
    chosen = str(tmp_path / "chosen folder")
    os.makedirs(chosen, exist_ok=True)
    monkeypatch.setattr(widget, "choose_folder", lambda: widget.asked_folder.append(1) or chosen)
    widget.resize(380, 900)
    widget.show()
    qgis_app.processEvents()
    yield widget
    widget.shutdown()
    widget.deleteLater()
    qgis_app.processEvents()


class Heartbeat:
    """A QTimer every 10 ms; the longest time between two beats is how long QGIS froze."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.beat)
        self.longest = 0.0
        self.beats = 0
        self.last = None

    def start(self):
        self.last = time.perf_counter()
        self.timer.start()

    def beat(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.beats += 1
        self.last = now

    def stop(self):
        self.timer.stop()
        self.beat()


def table_rows(page) -> list[tuple[str, str, str]]:
    """(quantity, value, unit) of each row of the step's results table, as shown."""
    table = page.resultsTable
    return [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]
