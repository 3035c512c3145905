"""QGIS without a window for the scripts: QgsApplication, Processing and our provider.

from qgis_app import QgisSession
with QgisSession() as session:       # a throw-away QGIS profile unless settings= is given
    processing.run("carbonsink:…", …)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


class QgisSession:
    """QgsApplication (offscreen), Processing initialised, the carbonsink provider registered.

    The QGIS profile is a temporary folder (QGIS_CUSTOM_CONFIG_PATH), so a script never
    changes the user's QGIS settings; it is removed on exit."""

    def __init__(self, settings: str | None = None):
        self.settings = settings
        self.temporary = settings is None
        self.app = None
        self.provider = None

    def __enter__(self) -> QgisSession:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if self.temporary:
            self.settings = tempfile.mkdtemp(prefix="carbonsink-qgis-profile-")
        os.environ["QGIS_CUSTOM_CONFIG_PATH"] = self.settings
        from qgis.core import QgsApplication

        QgsApplication.setPrefixPath("/usr", True)
        self.app = QgsApplication([], False)
        self.app.initQgis()
        plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
        if plugins not in sys.path:
            sys.path.append(plugins)
        from processing.core.Processing import Processing

        Processing.initialize()
        from carbonsink_plugin.processing.provider import CarbonSinkProvider

        self.provider = CarbonSinkProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)
        return self

    def __exit__(self, *_exc) -> None:
        from qgis.core import QgsApplication

        QgsApplication.processingRegistry().removeProvider(self.provider)
        self.app.exitQgis()
        if self.temporary:
            shutil.rmtree(self.settings, ignore_errors=True)
