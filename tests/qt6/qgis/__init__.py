"""Stand-in for QGIS 4's `qgis` package: only `qgis.PyQt`, re-exporting PyQt6 (tests only)."""
