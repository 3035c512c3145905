"""Shared fixtures: the plugin on sys.path, QGIS Processing with our provider registered."""

import importlib.abc
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class QtBlocked(importlib.abc.MetaPathFinder):
    """`make test-core` (CARBONSINK_TEST_TIER=core): the tier proves it needs no QGIS or Qt."""

    BLOCKED = ("qgis", "PyQt5", "PyQt6", "sip", "processing")

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.BLOCKED:
            raise ImportError(f"{name} imported in the Qt-free test tier")
        return None


if os.environ.get("CARBONSINK_TEST_TIER") == "core":
    sys.meta_path.insert(0, QtBlocked())


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """Our provider, registered once (pytest-qgis already loaded the native ones)."""
    from qgis.core import QgsApplication

    from carbonsink_plugin.processing.provider import PROVIDER_ID, CarbonSinkProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        registry.addProvider(CarbonSinkProvider())
    return registry.providerById(PROVIDER_ID)


def pytest_addoption(parser):
    parser.addoption(
        "--gdal-exceptions",
        choices=("off", "on"),
        default="off",
        help="GDAL/OGR/OSR exceptions during the core tests: off (QGIS 3.22's Processing) or on "
        "(QGIS 3.40's Processing, GDAL 4's default); `make test` runs the core tests both ways",
    )
