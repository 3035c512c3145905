"""Shared fixtures: the plugin on sys.path, QGIS Processing with our provider registered."""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """Our provider, registered once (pytest-qgis already loaded the native ones)."""
    from qgis.core import QgsApplication

    from carbonsink_plugin.processing.provider import PROVIDER_ID, CarbonSinkProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        registry.addProvider(CarbonSinkProvider())
    return registry.providerById(PROVIDER_ID)
