"""The core tests run with GDAL exceptions off or on (`--gdal-exceptions`), set for every test.

Set per test, not once per session: importing QGIS's Processing plugin (as the processing tests
do) turns exceptions on for the whole process on QGIS 3.40, which must not change the mode here.
"""

import pytest
from osgeo import gdal, ogr, osr

MODULES = (gdal, ogr, osr)


def _set(states):
    """Turn exceptions on in module order and off in reverse (GDAL stacks their handlers)."""
    for module, on in zip(MODULES, states):
        if on and not module.GetUseExceptions():
            module.UseExceptions()
    for module, on in reversed(list(zip(MODULES, states))):
        if not on and module.GetUseExceptions():
            module.DontUseExceptions()


@pytest.fixture(autouse=True)
def gdal_exceptions(request):
    wanted = request.config.getoption("--gdal-exceptions") == "on"
    before = [bool(module.GetUseExceptions()) for module in MODULES]
    _set([wanted] * len(MODULES))
    yield wanted
    _set(before)
