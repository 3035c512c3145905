"""carbonsink:report — the evaluation report of SPEC §6 as one self-contained HTML file and a PDF.

A thin adapter: read the layers and tables → check them → report/inputs (provenance, one-pass
raster summaries, checksums) → report/builder (content) → report/render with report/maps (QGIS
print layouts) and report/charts → report/html, report/pdf and report/odt (the editable ODT).
The files are written under temporary names and moved into place only when all succeeded.
"""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
import uuid
from datetime import datetime

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from .. import about
from ..compat import (
    FIELD_ANY,
    NUMBER_DOUBLE,
    SKIP_GEOMETRY_CHECKS,
    SOURCE_VECTOR_ANY,
    set_advanced,
)
from ..core import raster
from ..core.errors import InputError, Listing, message_of
from ..i18n import message_text, qgis_locale, translate_into, translation_for
from ..report import builder, inputs, maps
from ..report.html import write_html
from ..report.odt import write_odt
from ..report.pdf import write_pdf
from ..report.render import render_figures
from ..report.vocabulary import LANGUAGES
from . import zoning
from .base import CarbonSinkAlgorithm
from .parameters import enum_parameter, plain_value

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class ReportAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "report"
    GROUP_ID = "evaluation"

    # rasters (all optional; in the order of the report's maps)
    VEGETATION = "VEGETATION"
    NPP = "NPP"
    RH = "RH"
    NEP = "NEP"
    SINK_CLASS = "SINK_CLASS"
    GRADE = "GRADE"
    TREND_CLASS = "TREND_CLASS"
    SLOPE = "SLOPE"
    RASTERS = builder.RASTER_ROLES
    # zones and tables
    ZONES = zoning.ZONES
    ZONE_FIELD = zoning.ZONE_FIELD
    TOTALS = "TOTALS"
    ZONAL_TABLE = "ZONAL_TABLE"
    TYPE_TABLE = "TYPE_TABLE"
    GRADE_TABLE = "GRADE_TABLE"
    TREND_TABLE = "TREND_TABLE"
    METRICS = "METRICS"
    CHECKED_PLOTS = "CHECKED_PLOTS"
    PLOT_STRATUM_FIELD = "PLOT_STRATUM_FIELD"
    TABLES = tuple(builder.TABLES)
    SCATTER = "SCATTER"
    THRESHOLD = "THRESHOLD"
    # texts
    TITLE = "TITLE"
    STUDY_AREA = "STUDY_AREA"
    YEAR = "YEAR"
    ORGANISATION = "ORGANISATION"
    LANGUAGE = "LANGUAGE"
    SAMPLE_DATA = "SAMPLE_DATA"
    DATA_SOURCES = "DATA_SOURCES"
    WARNINGS = "WARNINGS"
    # outputs
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_ODT = "OUTPUT_ODT"

    def displayName(self) -> str:
        return self.tr("Evaluation report (HTML and PDF)")

    def shortDescription(self) -> str:
        return self.tr("The evaluation report of the standard: maps, tables, charts, checks.")

    # --- parameters --------------------------------------------------------------------------

    def raster_labels(self) -> dict[str, str]:
        return {
            self.VEGETATION: self.tr("Vegetation types (codes 0–8)"),
            self.NPP: self.tr("Annual NPP (gC·m⁻²·a⁻¹)"),
            self.RH: self.tr("Annual soil heterotrophic respiration Rh (gC·m⁻²·a⁻¹)"),
            self.NEP: self.tr("Annual NEP (gC·m⁻²·a⁻¹)"),
            self.SINK_CLASS: self.tr("Sink / source classes (carbonsink SINK_CLASS)"),
            self.GRADE: self.tr("Carbon sink grades (grade OUTPUT)"),
            self.TREND_CLASS: self.tr("Trend classes (trend CLASS)"),
            self.SLOPE: self.tr("Sen's slope (trend SLOPE)"),
        }

    def table_labels(self) -> dict[str, str]:
        return {
            self.TOTALS: self.tr("Carbon sink totals (carbonsink TOTALS)"),
            self.ZONAL_TABLE: self.tr("District statistics (zonalstats OUTPUT)"),
            self.TYPE_TABLE: self.tr("Vegetation-type statistics (zonalstats TYPE_TABLE)"),
            self.GRADE_TABLE: self.tr("Grade areas (grade TABLE)"),
            self.TREND_TABLE: self.tr("Change per district (trend ZONE_TABLE)"),
            self.METRICS: self.tr("Ground-check metrics (groundcheck METRICS)"),
            self.CHECKED_PLOTS: self.tr("Checked plots (groundcheck OUTPUT), for the scatter plot"),
        }

    def default_language(self) -> str:
        return "zh" if translation_for(qgis_locale()) == "zh_CN" else "en"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(
                self.TITLE, self.tr("Report title (empty: the standard title)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.STUDY_AREA, self.tr("Study area name"), defaultValue="", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.YEAR, self.tr("Evaluation year"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ORGANISATION,
                self.tr("Organisation that makes the report (its cover page)"),
                defaultValue="",
                optional=True,
            )
        )
        self.addParameter(
            enum_parameter(
                self.LANGUAGE,
                self.tr("Report language (en = English, zh = Chinese)"),
                LANGUAGES,
                self.default_language(),
            )
        )
        for name, label in self.raster_labels().items():
            self.addParameter(QgsProcessingParameterRasterLayer(name, label, optional=True))
        zoning.add_zone_parameters(self, optional=True)
        for name, label in self.table_labels().items():
            self.addParameter(
                QgsProcessingParameterFeatureSource(name, label, [SOURCE_VECTOR_ANY], optional=True)
            )
        self.addParameter(
            set_advanced(
                QgsProcessingParameterField(
                    self.PLOT_STRATUM_FIELD,
                    self.tr("Stratum field of the checked plots (colours of the scatter plot)"),
                    defaultValue="stratum",
                    parentLayerParameterName=self.CHECKED_PLOTS,
                    type=FIELD_ANY,
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.SCATTER,
                self.tr("Ground-check scatter plot (groundcheck SCATTER, PNG)"),
                extension="png",
                optional=True,
            )
        )
        self.addParameter(
            set_advanced(
                QgsProcessingParameterNumber(
                    self.THRESHOLD,
                    self.tr("Accuracy the ground check required (shown in the report)"),
                    NUMBER_DOUBLE,
                    optional=True,
                    minValue=0.0,
                    maxValue=1.0,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SAMPLE_DATA,
                self.tr("The inputs are generated sample data"),
                defaultValue=False,
            )
        )
        for name, label in (
            (self.DATA_SOURCES, self.tr("Data sources (one per line)")),
            (self.WARNINGS, self.tr("Warnings of the run to include (one per line)")),
        ):
            self.addParameter(
                set_advanced(
                    QgsProcessingParameterString(name, label, multiLine=True, optional=True)
                )
            )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("Report (PDF)"),
                self.tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_ODT,
                self.tr("Editable report (ODT, opens in LibreOffice Writer, Word and WPS)"),
                self.tr("OpenDocument text (*.odt)"),
                optional=True,
                createByDefault=True,
            )
        )

    def parameter_help(self):
        return {
            (self.TITLE, self.STUDY_AREA, self.YEAR, self.ORGANISATION): self.tr(
                "Title, study area, year and organisation (the cover page); data sources "
                "and the run's warnings as text, one per line."
            ),
            self.LANGUAGE: self.tr(
                "LANGUAGE: the language of the whole report (text, tables, legends, charts), "
                "whatever language QGIS runs in."
            ),
            tuple(self.raster_labels()): self.tr(
                "Rasters: the outputs of the plugin's algorithms (1 band each). They may be "
                "on different grids: each map is drawn on its own, and the report says so."
            ),
            (self.ZONES, self.ZONE_FIELD): self.tr(
                "Zones and zone name field: boundaries and labels on every map (e.g. the "
                "Shenzhen districts shipped with the plugin)."
            ),
            tuple(self.table_labels()): self.tr(
                "Tables: the table outputs named in each label (GeoPackage, memory layer, "
                "or CSV). A table of another kind is refused with the fields expected."
            ),
            (self.CHECKED_PLOTS, self.PLOT_STRATUM_FIELD, self.SCATTER, self.THRESHOLD): self.tr(
                "Scatter plot: with the checked plots (the ground check's OUTPUT layer) the "
                "report draws measured against model values itself, in its own language, "
                "coloured by the stratum field; otherwise it shows the ground check's "
                "SCATTER PNG as it is. Threshold: the accuracy the check required, shown "
                "next to pass/fail."
            ),
            self.SAMPLE_DATA: self.tr(
                "SAMPLE_DATA: the report warns that its figures come from generated sample "
                "data, not from an evaluation."
            ),
            (self.DATA_SOURCES, self.WARNINGS): self.tr(
                "DATA_SOURCES and WARNINGS: text, one item per line, listed in the report."
            ),
            self.OUTPUT_HTML: self.tr(
                "Report (HTML): one file with the CSS and the images inside."
            ),
            self.OUTPUT_PDF: self.tr(
                "Report (PDF): the same content on A4 pages, with page numbers."
            ),
            self.OUTPUT_ODT: self.tr(
                "Editable report (ODT; optional, made by default like the PDF): the same "
                "content as an OpenDocument text, for a technician to edit before the "
                "report is handed in: headings, tables and the maps and charts (stored "
                "inside the file). It needs nothing beyond QGIS (Qt writes it) and opens in "
                "LibreOffice Writer, Microsoft Word 2010 or later and WPS; save it as DOCX "
                "from any of them if DOCX is required, or convert it without opening: "
                "soffice --headless --convert-to docx report.odt."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "The evaluation report of DB4403/T 348 stage 5 (城市碳汇评价分析), as one "
                "self-contained HTML file (images embedded, no external requests; opens "
                "offline, can be mailed) and a PDF, in English or Chinese: a cover page, a "
                "one-page summary with the headline numbers, the ground-check verdict and the "
                "key map, study area and data, maps (vegetation types, NPP, Rh, NEP, "
                "sinks/sources, grades, trend) with legend, scale bar, north arrow and district "
                "boundaries, the district table and bar chart, vegetation-type contributions, "
                "grade areas, trend summary, ground-check metrics and scatter plot with "
                "pass/fail, warnings; appendix A the parameters actually used, appendix B "
                "provenance. Wide tables are split so every cell is on the page."
            ),
            "formula": self.tr(
                "Headline numbers: TOTALS (whole raster), else the sum of ZONAL_TABLE (inside "
                "the zones), else computed from the NEP raster:\n"
                "  Σ NEP (tC) = Σ NEP · pixel area (m²) · 10⁻⁶;  tCO₂ = tC · 44/12\n"
                "Unit-error checks (SPEC §7): mean NPP over vegetated land > 2000 or city mean "
                "NEP > 800 gC·m⁻²·a⁻¹ → a warning naming the likely unit errors. Means below "
                "these thresholds pass the unit check only: the published regional ranges are "
                "judged by the complete workflow, whose warnings arrive through WARNINGS."
            ),
            "inputs": [
                self.tr(
                    "Every input is optional; give at least one raster or table. Missing inputs "
                    "leave their section saying 'not provided' and what to give."
                ),
            ],
            "notes": [
                self.tr(
                    "Runs as a background task: QGIS stays responsive while the report is "
                    "made. Each map is a QGIS print layout, drawn on the main thread one map "
                    "at a time (QGIS requires it); the charts and the PDF are made on the "
                    "task's thread."
                ),
                self.tr(
                    "Language: the report's text comes from a bilingual dictionary of the "
                    "plugin (report/vocabulary.py), so LANGUAGE chooses the report's language "
                    "whatever language QGIS runs in. Its default is the QGIS language."
                ),
                self.tr(
                    "Parameters used: read from the processing record each algorithm of the "
                    "plugin writes into its GeoTIFFs (algorithm, version, parameters, date), "
                    "following the input paths recorded there back through the chain."
                ),
                self.tr(
                    "Generated sample data: the report carries a banner and a warning when an "
                    "input or any file in its chain was written by the sample-data generator, "
                    "or when 'generated sample data' is ticked."
                ),
                self.tr(
                    "Maps use the layer styles the algorithms apply (resources/styles); class "
                    "legends are written in the report's language; maps are drawn in each "
                    "raster's CRS with the zones reprojected on the fly."
                ),
                self.tr(
                    "Provenance: plugin, QGIS, GDAL and Python versions, date, and the SHA-256 "
                    "of every input file, so the numbers can be traced to the exact files."
                ),
                self.tr(
                    "The files are written under temporary names and only appear when the "
                    "whole report succeeded; an existing report is replaced only then."
                ),
                self.tr(
                    "The editable report is laid out by the word processor: its pages break "
                    "where the word processor decides, and page numbers, a table of contents or "
                    "the organisation's template are added there. The PDF stays the reference "
                    "layout."
                ),
            ],
            "references": [
                "DB4403/T 348—2023 城市碳汇遥感评价技术规范.",
            ],
        }

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        given = [
            name for name in (*self.RASTERS, *self.TABLES) if parameters.get(name) not in (None, "")
        ]
        if not given and not parameters.get(self.SCATTER):
            return False, self.tr(
                "Nothing to report: give at least one raster (e.g. {0}) or table (e.g. {1})."
            ).format(self.label(self.NEP), self.label(self.ZONAL_TABLE))
        for name in self.TABLES:
            source = self.parameterAsSource(parameters, name, context)
            if source is not None:
                try:
                    builder.check_fields(name, source.fields().names(), self.label(name))
                except InputError as error:
                    return False, message_text(error)
        return True, ""

    # --- running -----------------------------------------------------------------------------

    def execute(self, parameters, context, feedback):
        language = self.parameterAsEnumString(parameters, self.LANGUAGE, context) or "en"
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        pdf_path = None
        if parameters.get(self.OUTPUT_PDF) is not None:
            pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context) or None
        odt_path = None
        if parameters.get(self.OUTPUT_ODT) is not None:
            odt_path = self.parameterAsFileOutput(parameters, self.OUTPUT_ODT, context) or None
        data = builder.ReportData(
            language=language,
            title=self.parameterAsString(parameters, self.TITLE, context).strip(),
            study_area=self.parameterAsString(parameters, self.STUDY_AREA, context).strip(),
            year=self.parameterAsString(parameters, self.YEAR, context).strip(),
            organisation=self.parameterAsString(parameters, self.ORGANISATION, context).strip(),
            sample_data=self.parameterAsBoolean(parameters, self.SAMPLE_DATA, context),
            data_sources=self.parameterAsString(parameters, self.DATA_SOURCES, context),
            warnings=self.parameterAsString(parameters, self.WARNINGS, context).splitlines(),
        )
        data.plot_stratum_field = (
            self.parameterAsString(parameters, self.PLOT_STRATUM_FIELD, context) or "stratum"
        )
        if parameters.get(self.THRESHOLD) not in (None, ""):
            data.threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)

        self._read_rasters(parameters, context, feedback, data)
        self._read_tables(parameters, context, feedback, data)
        zone_layer = self._read_zones(parameters, context, feedback, data)
        self._read_scatter(parameters, context, data)
        if not (data.rasters or data.tables or data.scatter):
            raise QgsProcessingException(
                self.tr(
                    "Nothing to report: give at least one raster (e.g. {0}) or table (e.g. {1})."
                ).format(self.label(self.NEP), self.label(self.ZONAL_TABLE))
            )
        data.provenance = inputs.provenance([r.path for r in data.rasters.values()])
        data.environment = {
            "plugin": about.version(),
            "qgis": f"{Qgis.QGIS_VERSION}",
            "gdal": gdal.__version__,
            "python": platform.python_version(),
            "system": platform.platform(),
        }
        data.created = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M (UTC%z)")
        document = builder.build(data)
        for section in document.sections:
            if not section.provided:
                feedback.pushInfo(self.tr("Section not provided: {0}").format(section.title))
        warnings = document.section("warnings")
        for block in warnings.blocks if warnings else []:
            if getattr(block, "kind", "") == "warning":
                for line in block.items:
                    feedback.pushWarning(line)

        scratch = tempfile.mkdtemp(prefix="carbonsink_report_", dir=QgsProcessingUtils.tempFolder())
        pending = []
        try:
            renderer = maps.MapRenderer(zone_layer)
            render_figures(
                document,
                scratch,
                renderer,
                progress=lambda f: feedback.setProgress(40.0 + 45.0 * f),
                is_canceled=feedback.isCanceled,
                log=lambda message: feedback.pushInfo(message_text(message)),
            )
            html_tmp = _partial(html_path)
            pending.append((html_tmp, html_path))
            write_html(document, html_tmp)
            if pdf_path:
                pdf_tmp = _partial(pdf_path)
                pending.append((pdf_tmp, pdf_path))
                write_pdf(document, pdf_tmp)
            if odt_path:
                odt_tmp = _partial(odt_path)
                pending.append((odt_tmp, odt_path))
                write_odt(document, odt_tmp)
            feedback.setProgress(98.0)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: no output was written."))
            for temporary, final in pending:
                os.replace(temporary, final)
            pending = []
        finally:
            for temporary, _final in pending:
                if os.path.exists(temporary):
                    os.remove(temporary)
            shutil.rmtree(scratch, ignore_errors=True)
        feedback.pushInfo(self.tr("Report written: {0}").format(html_path))
        if pdf_path:
            feedback.pushInfo(self.tr("PDF written: {0}").format(pdf_path))
        if odt_path:
            feedback.pushInfo(self.tr("Editable report written: {0}").format(odt_path))
        feedback.setProgress(100.0)
        return {self.OUTPUT_HTML: html_path, self.OUTPUT_PDF: pdf_path, self.OUTPUT_ODT: odt_path}

    # --- inputs ------------------------------------------------------------------------------

    def _read_rasters(self, parameters, context, feedback, data) -> None:
        grids = {}
        for role in self.RASTERS:
            source = self.raster_source(parameters, role, context, expect_bands=1)
            if source is None:
                continue
            info, grid = inputs.grid_info(source.path, self.label(role))
            grids[role] = grid
            data.rasters[role] = builder.RasterInput(role, source.path, info)
        notes = inputs.grid_differences(grids)
        # The report's own language (LANGUAGE), not necessarily the one QGIS runs in.
        translate = translate_into("zh_CN" if data.language == "zh" else None)
        data.grid_notes = [
            (first, other, [message_of(d).text(translate) for d in differences])
            for first, other, differences in notes
        ]
        for first, other, differences in notes:
            feedback.pushInfo(
                self.tr(
                    "{0} is not on the grid of {1} ({2}); each map is drawn on its own."
                ).format(self.label(other), self.label(first), message_text(Listing(differences)))
            )
        flux = [role for role in builder.FLUX_ROLES if role in data.rasters]
        for step, role in enumerate(flux):
            vegetation = None
            if self.VEGETATION in data.rasters and not grids[self.VEGETATION].differences(
                grids[role]
            ):
                vegetation = raster.Source(
                    data.rasters[self.VEGETATION].path, self.label(self.VEGETATION)
                )
            start, end = 30.0 * step / len(flux), 30.0 * (step + 1) / len(flux)
            data.rasters[role].summary = inputs.summarise(
                raster.Source(data.rasters[role].path, self.label(role)),
                vegetation,
                progress=lambda f, s=start, e=end: feedback.setProgress(s + (e - s) * f),
                is_canceled=feedback.isCanceled,
            )
        for item in data.rasters.values():
            item.sha256 = inputs.sha256(item.path, feedback.isCanceled)

    def _read_tables(self, parameters, context, feedback, data) -> None:
        for role in self.TABLES:
            source = self.parameterAsSource(parameters, role, context)
            if source is None:
                continue
            names = source.fields().names()
            builder.check_fields(role, names, self.label(role))
            rows = [
                {name: plain_value(value) for name, value in zip(names, feature.attributes())}
                for feature in source.getFeatures()
            ]
            if not rows:
                feedback.pushWarning(
                    self.tr("{0}: the table has no rows.").format(self.label(role))
                )
            path, name = self._layer_file(parameters, role, context)
            data.tables[role] = builder.TableInput(
                role, name, rows, path, inputs.sha256(path) if path else ""
            )

    def _layer_file(self, parameters, name, context) -> tuple[str, str]:
        """(file of the layer or '', name shown) of a vector parameter."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            value = str(parameters.get(name, ""))
            return "", inputs.display_value(value)
        path = layer.source().split("|")[0]
        if os.path.isfile(path):
            return path, os.path.basename(path)
        return "", layer.name()

    def _read_zones(self, parameters, context, feedback, data):
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            return None
        field = (
            self.parameterAsString(parameters, self.ZONE_FIELD, context)
            or zoning.DEFAULT_ZONE_FIELD
        )
        index = source.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(
                self.tr("{0}: the zone layer has no field '{1}'. Its fields: {2}.").format(
                    self.label(self.ZONE_FIELD), field, ", ".join(source.fields().names())
                )
            )
        crs = source.sourceCrs()
        if not crs.isValid():
            first = next(iter(data.rasters.values()), None)
            crs = QgsCoordinateReferenceSystem(first.grid.crs.split(" ")[0]) if first else crs
            feedback.pushWarning(
                self.tr("{0} has no CRS; assuming the rasters' CRS {1}.").format(
                    self.label(self.ZONES), crs.authid()
                )
            )
        features = sorted(
            source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS), key=lambda f: f.id()
        )
        items = []
        for feature in features:
            geometry = feature.geometry()
            if geometry is None or geometry.isNull():
                continue
            value = plain_value(feature.attribute(index))
            items.append(("" if value is None else str(value), geometry))
        if not items:
            feedback.pushWarning(
                self.tr("{0}: no zone with a geometry; the maps have no boundaries.").format(
                    self.label(self.ZONES)
                )
            )
            return None
        path, name = self._layer_file(parameters, self.ZONES, context)
        data.zones = builder.ZonesInput(
            name=name,
            path=path,
            field=field,
            names=[n for n, _g in items],
            sha256=inputs.sha256(path) if path else "",
        )
        return maps.memory_zone_layer(crs, items)

    def _read_scatter(self, parameters, context, data) -> None:
        path = self.parameterAsFile(parameters, self.SCATTER, context)
        if not path:
            return
        if not os.path.isfile(path):
            raise QgsProcessingException(
                self.tr("{0}: the file '{1}' does not exist.").format(
                    self.label(self.SCATTER), path
                )
            )
        with open(path, "rb") as stream:
            if stream.read(8) != PNG_SIGNATURE:
                raise QgsProcessingException(
                    self.tr(
                        "{0}: '{1}' is not a PNG image; give the SCATTER output of the ground "
                        "check."
                    ).format(self.label(self.SCATTER), os.path.basename(path))
                )
        data.scatter = path
        data.scatter_sha256 = inputs.sha256(path)


def _partial(path: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    base, extension = os.path.splitext(os.path.basename(path))
    return os.path.join(folder, f".{base}.{uuid.uuid4().hex[:8]}.partial{extension}")
