"""Make the evaluation report in English and Chinese from the generated Shenzhen sample data.

Runs the plugin's algorithms on the sample data (tests/processing/report_chain.py: sample
data → vegetation types, Rh, NEP, districts, grades, trend, ground check), then
carbonsink:report twice. Used by scripts/screenshot_report.sh; prints the report paths.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/report_example.py OUT_FOLDER [RESOLUTION]
"""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests", "processing")]


def main(folder: str, resolution: float) -> None:
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from carbonsink_plugin.processing.provider import CarbonSinkProvider

    provider = CarbonSinkProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import report_chain

    rasters = ("VEGETATION", "NPP", "RH", "NEP", "SINK_CLASS", "GRADE", "TREND_CLASS", "SLOPE")
    tables = ("TOTALS", "ZONAL_TABLE", "TYPE_TABLE", "GRADE_TABLE", "TREND_TABLE", "METRICS")
    for language, area, field in (("en", "Shenzhen", "name_en"), ("zh", "深圳市", "name_zh")):
        chain = report_chain.build(os.path.join(folder, f"chain_{language}"), resolution, field)
        results = processing.run(
            "carbonsink:report",
            {
                **{name: chain[name] for name in (*rasters, *tables, "SCATTER")},
                "CHECKED_PLOTS": chain["check"]["OUTPUT"],
                "PLOT_STRATUM_FIELD": "veg_code",
                "ZONES": chain["districts"],
                "ZONE_FIELD": field,
                "LANGUAGE": language,
                "STUDY_AREA": area,
                "YEAR": str(report_chain.YEAR),
                "THRESHOLD": 0.8,
                "DATA_SOURCES": "Generated sample data: carbonsink_plugin/sampledata.py",
                "OUTPUT_HTML": os.path.join(folder, f"report_{language}.html"),
                "OUTPUT_PDF": os.path.join(folder, f"report_{language}.pdf"),
            },
        )
        print(results["OUTPUT_HTML"])
        print(results["OUTPUT_PDF"])
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 500.0)
