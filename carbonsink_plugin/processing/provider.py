"""The 'carbonsink' Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .. import about
from ..i18n import tr_for
from ..paths import resource_path
from . import parameters
from .base import CarbonSinkAlgorithm
from .registry import algorithm_classes

PROVIDER_ID = "carbonsink"
# What the gui may know of processing/ besides the registry's algorithms (tests/
# test_architecture.py): the key of our metadata on parameter definitions, the stages' names.
METADATA_KEY = parameters.METADATA_KEY


def stage_names() -> dict[str, str]:
    """{group id: the stage's name as the algorithms' groups call it (one translation)}."""
    return CarbonSinkAlgorithm().group_names()


class CarbonSinkProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return self.tr("Urban carbon sink (DB4403/T 348)")

    def longName(self) -> str:
        return f"{self.name()} {about.version()}"

    def versionInfo(self) -> str:
        return about.version()

    def icon(self) -> QIcon:
        return QIcon(resource_path("icons", "icon.svg"))

    def svgIconPath(self) -> str:
        return resource_path("icons", "icon.svg")

    def loadAlgorithms(self) -> None:
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())

    def supportedOutputRasterLayerExtensions(self) -> list[str]:
        # Our engine writes tiled, compressed GeoTIFF only (SPEC §1).
        return ["tif"]

    def tr(self, text: str) -> str:
        return tr_for(self, text)
