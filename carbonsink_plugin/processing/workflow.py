"""carbonsink:workflow — stages 2 to 5 of DB4403/T 348 in one algorithm (SPEC §8).

CASA NPP → soil respiration → NEP and totals → sampling plan → ground check → district
statistics → grades → trend (with earlier years' NEP) → report. Every step is the plugin's own
algorithm, run as a child (processing.run(..., is_child_algorithm=True)) with this run's context
and one QgsProcessingMultiStepFeedback, so the numbers are exactly those of the single steps.
The children's warnings are collected and handed to the report (WARNINGS), together with the
plausibility checks of SPEC §7 made here.

Threads: the workflow runs as a background task like any algorithm (no FlagNoThreading). The
report child draws its maps with QGIS print layouts, which only work on the main thread: it
hands each map to the main thread (mainthread.call), the event loop running in between; run on
the main thread (batch dialog, qgis_process, the Python console) that is a plain call.

Outputs go into OUTPUT_FOLDER with fixed names (npp_<year>.tif …, report.html). Nothing
half-written: existing files of those names are set aside first and restored if the run fails or
is canceled, and the files this run wrote are removed; they are deleted only after success.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputHtml,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..compat import (
    FLAG_OPTIONAL,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_RASTER,
    SOURCE_VECTOR_GEOMETRY,
    set_advanced,
)
from ..core import parameters as defaults
from ..core import plausibility
from ..core import trend as core_trend
from ..core.backup import OutputBackup
from ..core.errors import InputError
from ..i18n import message_text, tr_for
from . import workflow_calibration as calibration
from . import zoning
from .base import CarbonSinkAlgorithm
from .calibrate import CalibrateAlgorithm
from .carbonsink import CarbonSinkNepAlgorithm
from .casanpp import CasaNppAlgorithm
from .grade import GradeAlgorithm
from .groundcheck import GroundCheckAlgorithm
from .parameters import describe
from .report import ReportAlgorithm
from .samplingplan import SamplingPlanAlgorithm
from .soilrespiration import SoilRespirationAlgorithm
from .trend import TrendAlgorithm
from .zonalstats import ZonalStatisticsAlgorithm

PROVIDER = "carbonsink"

# An output's kind: (its QGIS output class, the file extension in OUTPUT_FOLDER).
KINDS = {
    "raster": (QgsProcessingOutputRasterLayer, ".tif"),
    "table": (QgsProcessingOutputVectorLayer, ".gpkg"),
    "image": (QgsProcessingOutputFile, ".png"),
    "html": (QgsProcessingOutputHtml, ".html"),
    "pdf": (QgsProcessingOutputFile, ".pdf"),
    "odt": (QgsProcessingOutputFile, ".odt"),
    "csv": (QgsProcessingOutputFile, ".csv"),
    "number": (QgsProcessingOutputNumber, ""),
    "text": (QgsProcessingOutputString, ""),
}


@dataclass(frozen=True)
class Product:
    """One output of the workflow (a row of WorkflowAlgorithm.products()).

    The output declaration, the file plan, the children's destinations, the results and the
    report's inputs are all derived from these rows.
    """

    key: str  # the workflow's output name (public API, SPEC §8)
    kind: str  # a key of KINDS
    label: str
    stem: str | None = None  # file in OUTPUT_FOLDER: <stem><suffix><extension>; None: no file
    child: type | None = None  # the child algorithm's class; None: made by the workflow itself
    output: str | None = None  # the child's output (its class constant)
    report: str | None = None  # the report input it feeds (a ReportAlgorithm constant)
    dated: str = "year"  # file suffix: "year" _<year>, "span" _<first>_<last>, "" none


class WorkflowFeedback(QgsProcessingMultiStepFeedback):
    """The children's feedback: one step per child; keeps their warnings for the report."""

    def __init__(self, steps: int, feedback):
        super().__init__(steps, feedback)
        self.warnings: list[str] = []

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        if self.note(warning):
            super().pushWarning(warning)
        else:  # e.g. the report repeating the warnings it was given
            super().pushInfo(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 - QGIS API
        if not fatalError:
            self.note(error)
        super().reportError(error, fatalError)

    def note(self, text: str) -> bool:
        """Keep a warning for the report; False when it was already kept."""
        text = " ".join(str(text).split())
        if not text or text in self.warnings:
            return False
        self.warnings.append(text)
        return True


class WorkflowAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "workflow"
    GROUP_ID = "workflow"

    # inputs (SPEC §8)
    NDVI = "NDVI"
    SOL = "SOL"
    TEMPERATURE = "TEMPERATURE"
    PRECIPITATION = "PRECIPITATION"
    VEGETATION = "VEGETATION"
    ZONES = zoning.ZONES
    ZONE_FIELD = zoning.ZONE_FIELD
    PLOTS = "PLOTS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    # further inputs
    YEAR = "YEAR"
    PREVIOUS_NEP = "PREVIOUS_NEP"
    PREVIOUS_YEARS = "PREVIOUS_YEARS"
    AREA_NAME = "AREA_NAME"
    ORGANISATION = "ORGANISATION"
    LANGUAGE = "LANGUAGE"
    SAMPLING_TOTAL = "SAMPLING_TOTAL"
    CALIBRATION_SHARE = "CALIBRATION_SHARE"
    DATA_SOURCES = "DATA_SOURCES"
    LOAD_LAYERS = "LOAD_LAYERS"
    # passed on unchanged to carbonsink:casanpp and carbonsink:groundcheck
    CASA_PARAMETERS = (CasaNppAlgorithm.PARAMETERS, CasaNppAlgorithm.NDVI_EXTREMES)
    CHECK_PARAMETERS = (
        GroundCheckAlgorithm.MEASURED_FIELD,
        GroundCheckAlgorithm.MEASURE_TYPE,
        GroundCheckAlgorithm.CARBON_FRACTION,
        GroundCheckAlgorithm.WINDOW,
        GroundCheckAlgorithm.THRESHOLD,
        GroundCheckAlgorithm.MIN_PLOTS,
        GroundCheckAlgorithm.STRATUM_FIELD,
        GroundCheckAlgorithm.ID_FIELD,
        GroundCheckAlgorithm.RECORDED_TYPE_FIELD,
    )
    # outputs made here (the others are the children's: see products())
    MEAN_NPP = "MEAN_NPP"
    WARNING_COUNT = "WARNING_COUNT"
    WARNINGS = "WARNINGS"
    # issue 16: the calibration on part of the plots, the 95 % intervals of the totals
    CALIBRATION_PLOTS = "CALIBRATION_PLOTS"
    VALIDATION_PLOTS = "VALIDATION_PLOTS"
    CALIBRATED_TABLE = "CALIBRATED_TABLE"
    OUTPUT_FORMATS = {"CV_ACCURACY": "percent", "PRIOR_ACCURACY": "percent"}  # the panel

    def displayName(self) -> str:
        return self.tr("Complete workflow (NPP → carbon sink → ground check → report)")

    def shortDescription(self) -> str:
        return self.tr(
            "Stages 2–5 of the standard in one run, from prepared monthly stacks to the report."
        )

    # --- parameters --------------------------------------------------------------------------

    def initAlgorithm(self, config=None):
        stacks = (
            (self.NDVI, self.tr("Monthly NDVI (12 bands, unitless)")),
            (self.SOL, self.tr("Monthly total solar radiation (12 bands, MJ·m⁻²·month⁻¹)")),
            (self.TEMPERATURE, self.tr("Monthly mean air temperature (12 bands, °C)")),
            (self.PRECIPITATION, self.tr("Monthly precipitation (12 bands, mm·month⁻¹)")),
        )
        for name, label in stacks:
            self.addParameter(
                describe(QgsProcessingParameterRasterLayer(name, label), defaults.MONTHS)
            )
        self.addParameter(
            describe(
                QgsProcessingParameterRasterLayer(
                    self.VEGETATION, self.tr("Vegetation types (codes 0–8, same grid)")
                ),
                bands=1,
            )
        )
        casa = CasaNppAlgorithm()
        casa.initAlgorithm()
        for name in self.CASA_PARAMETERS:
            self.addParameter(casa.parameterDefinition(name).clone())
        zoning.add_zone_parameters(self, optional=False)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR,
                self.tr("Evaluation year (empty: from the NDVI file name)"),
                NUMBER_INTEGER,
                optional=True,
                minValue=1900,
                maxValue=2200,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.PREVIOUS_NEP,
                self.tr("Annual NEP of earlier years, for the trend (NEP outputs of earlier runs)"),
                SOURCE_RASTER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PREVIOUS_YEARS,
                self.tr("Years of the earlier NEP rasters (empty: from their file names)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLOTS,
                self.tr("Field plots with measured values (optional: no ground check without)"),
                [SOURCE_VECTOR_GEOMETRY],
                optional=True,
            )
        )
        check = GroundCheckAlgorithm()
        check.initAlgorithm()
        for name in self.CHECK_PARAMETERS:
            definition = check.parameterDefinition(name).clone()
            if name == check.MEASURED_FIELD:  # needed only with plots
                definition.setFlags(definition.flags() | FLAG_OPTIONAL)
            self.addParameter(definition)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CALIBRATION_SHARE,
                self.tr(
                    "Share of the plots that calibrates εmax (0: no calibration; the others are "
                    "ground-checked)"
                ),
                NUMBER_DOUBLE,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=0.9,
            )
        )
        self.addParameter(
            set_advanced(
                QgsProcessingParameterNumber(
                    self.SAMPLING_TOTAL,
                    self.tr("Plots of the sampling plan for the next field campaign (0: no plan)"),
                    NUMBER_INTEGER,
                    defaultValue=defaults.SAMPLING_TOTAL,
                    minValue=0,
                    maxValue=100000,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.AREA_NAME,
                self.tr("Study area name (for the report)"),
                defaultValue="",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ORGANISATION,
                self.tr("Organisation that makes the report (its cover page)"),
                defaultValue="",
                optional=True,
            )
        )
        report = ReportAlgorithm()
        report.initAlgorithm()
        self.addParameter(report.parameterDefinition(self.LANGUAGE).clone())
        self.addParameter(
            set_advanced(
                QgsProcessingParameterString(
                    self.DATA_SOURCES,
                    self.tr("Data sources for the report (one per line)"),
                    multiLine=True,
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.LOAD_LAYERS, self.tr("Open the main layers when done"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.OUTPUT_FOLDER, self.tr("Output folder (every layer, table and the report)")
            )
        )
        self.add_outputs()

    def products(self) -> tuple[Product, ...]:
        """Every output of the workflow once, in dialog order: the one table of its outputs."""
        casa, rh, sink = CasaNppAlgorithm, SoilRespirationAlgorithm, CarbonSinkNepAlgorithm
        plan, check, zones = SamplingPlanAlgorithm, GroundCheckAlgorithm, ZonalStatisticsAlgorithm
        grade, trend, report = GradeAlgorithm, TrendAlgorithm, ReportAlgorithm
        fit = CalibrateAlgorithm
        sink_labels, trend_labels = sink().number_labels(), trend().output_labels()
        interval_texts = {
            sink.TOTAL_NPP_TC: self.tr("Total NPP, 95 % interval {0} (tC·a⁻¹)"),
            sink.TOTAL_RH_TC: self.tr("Total Rh, 95 % interval {0} (tC·a⁻¹)"),
            sink.TOTAL_NEP_TC: self.tr("Total NEP, 95 % interval {0} (tC·a⁻¹)"),
            sink.TOTAL_NEP_TCO2: self.tr("Total carbon sink, 95 % interval {0} (tCO₂·a⁻¹)"),
        }
        ends = {"LOW": self.tr("low"), "HIGH": self.tr("high")}
        return (
            # rasters
            Product("NPP", "raster", self.tr("Annual NPP (gC·m⁻²·a⁻¹)"),
                    "npp", casa, casa.OUTPUT, report.NPP),
            Product("RH", "raster",
                    self.tr("Annual soil heterotrophic respiration Rh (gC·m⁻²·a⁻¹)"),
                    "rh", rh, rh.OUTPUT, report.RH),
            Product("NEP", "raster", self.tr("Annual NEP (gC·m⁻²·a⁻¹)"),
                    "nep", sink, sink.OUTPUT, report.NEP),
            Product("CO2_DENSITY", "raster", self.tr("CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)"),
                    "co2_density", sink, sink.CO2_DENSITY),
            Product("SINK_CLASS", "raster", self.tr("Carbon sink / source"),
                    "sink_class", sink, sink.SINK_CLASS, report.SINK_CLASS),
            Product("GRADE", "raster", self.tr("Carbon sink grades"),
                    "grade", grade, grade.OUTPUT, report.GRADE),
            # rasters of the trend (with earlier years' NEP), with the trend's own labels
            *(
                Product("TREND_CLASS" if name == trend.CLASS else name, "raster",
                        trend_labels[name], f"trend_{name.lower()}", trend, name,
                        {trend.CLASS: report.TREND_CLASS, trend.SLOPE: report.SLOPE}.get(name),
                        "span")
                for name in (trend.CLASS, trend.SLOPE, trend.Z, trend.P_VALUE, trend.CV,
                             trend.DIFFERENCE, trend.PERCENT_CHANGE)
            ),
            # tables
            Product("TOTALS", "table", self.tr("Carbon sink totals"),
                    "totals", sink, sink.TOTALS, report.TOTALS),
            Product("SAMPLING_PLAN", "table",
                    self.tr("Sampling plan (plots for the next field campaign)"),
                    "sampling_plan", plan, plan.OUTPUT),
            Product("CHECKED_PLOTS", "table", self.tr("Checked plots"),
                    "checked_plots", check, check.OUTPUT, report.CHECKED_PLOTS),
            Product("METRICS", "table", self.tr("Ground-check metrics"),
                    "ground_check", check, check.METRICS, report.METRICS),
            Product("CONFUSION", "table", self.tr("Land-cover check (confusion matrix)"),
                    "land_cover_check", check, check.CONFUSION),
            Product("ZONAL_TABLE", "table", self.tr("District statistics"),
                    "zones", zones, zones.OUTPUT, report.ZONAL_TABLE),
            Product("TYPE_TABLE", "table", self.tr("Vegetation-type statistics"),
                    "vegetation_types", zones, zones.TYPE_TABLE, report.TYPE_TABLE),
            Product("GRADE_TABLE", "table", self.tr("Grade areas"),
                    "grades", grade, grade.TABLE, report.GRADE_TABLE),
            Product("ZONE_GRADE_TABLE", "table", self.tr("Grade areas per district"),
                    "zone_grades", grade, grade.ZONE_TABLE),
            Product("TREND_TABLE", "table", self.tr("Change per district"),
                    "trend", trend, trend.ZONE_TABLE, report.TREND_TABLE, "span"),
            # the plots split by CALIBRATION_SHARE (made here, native:extractbyexpression)
            Product(self.CALIBRATION_PLOTS, "table", self.tr("Plots that calibrated εmax"),
                    "calibration_plots"),
            Product(self.VALIDATION_PLOTS, "table",
                    self.tr("Held-out plots of the ground check"), "validation_plots"),
            # files
            Product("SCATTER", "image", self.tr("Ground-check scatter plot (PNG)"),
                    "ground_check", check, check.SCATTER, report.SCATTER),
            Product(self.CALIBRATED_TABLE, "csv",
                    self.tr("Calibrated vegetation-type table (CSV)"),
                    "calibrated_types", fit, fit.OUTPUT),
            Product("OUTPUT_HTML", "html", self.tr("Report (HTML)"),
                    "report", report, report.OUTPUT_HTML, dated=""),
            Product("OUTPUT_PDF", "pdf", self.tr("Report (PDF)"),
                    "report", report, report.OUTPUT_PDF, dated=""),
            Product("OUTPUT_ODT", "odt", self.tr("Editable report (ODT)"),
                    "report", report, report.OUTPUT_ODT, dated=""),
            # numbers: the carbon sink's headline numbers, with its own labels
            *(
                Product(name, "number", sink_labels[name], child=sink, output=name)
                for name in (sink.TOTAL_NPP_TC, sink.TOTAL_RH_TC, sink.TOTAL_NEP_TC,
                             sink.TOTAL_NEP_TCO2, sink.MEAN_NEP, sink.VEGETATED_AREA_HA,
                             sink.SINK_AREA_HA, sink.SOURCE_AREA_HA)
            ),
            Product(self.MEAN_NPP, "number",
                    self.tr("Mean NPP over the vegetated area (gC·m⁻²·a⁻¹)")),
            Product("ZONES_NEP_TCO2", "number", self.tr("Carbon sink inside the zones (tCO₂·a⁻¹)"),
                    child=zones, output=zones.TOTAL_NEP_TCO2),
            Product("PLAN_COUNT", "number", self.tr("Plots in the sampling plan"),
                    child=plan, output=plan.COUNT),
            Product("N", "number", self.tr("Plots checked"), child=check, output=check.N),
            Product("R2", "number", self.tr("Ground check r²"), child=check, output=check.R2),
            Product("RMSE", "number", self.tr("Ground check RMSE (gC·m⁻²·a⁻¹)"),
                    child=check, output=check.RMSE),
            Product("BIAS", "number", self.tr("Ground check bias (model − measured)"),
                    child=check, output=check.BIAS),
            Product("ACCURACY", "number", self.tr("Ground check accuracy (1 − MRE)"),
                    child=check, output=check.ACCURACY),
            Product("PASSED", "number", self.tr("Ground check passed (1/0)"),
                    child=check, output=check.PASSED),
            Product("OVERALL_ACCURACY", "number", self.tr("Land-cover overall accuracy"),
                    child=check, output=check.OVERALL_ACCURACY),
            Product("KAPPA", "number", self.tr("Land-cover Cohen's kappa"),
                    child=check, output=check.KAPPA),
            Product("CALIBRATION_N", "number", self.tr("Plots that calibrated εmax (n)"),
                    child=fit, output=fit.N),
            Product("CV_ACCURACY", "number",
                    self.tr("Calibration accuracy, cross-validated (1 − MRE)"),
                    child=fit, output=fit.CV_ACCURACY),
            Product("PRIOR_ACCURACY", "number",
                    self.tr("Accuracy on the held-out plots before calibration"),
                    child=fit, output=fit.VALIDATION_PRIOR_ACCURACY),
            # the 95 % intervals of the totals (made here, workflow_calibration.uncertainty)
            *(
                Product(f"{total}_{end}", "number", text.format(word))
                for total, text in interval_texts.items()
                for end, word in ends.items()
            ),
            Product(self.WARNING_COUNT, "number", self.tr("Number of warnings")),
            Product(self.WARNINGS, "text", self.tr("Warnings of the run (one per line)")),
        )  # fmt: skip

    def add_outputs(self) -> None:
        for product in self.products():
            output_class, _ = KINDS[product.kind]
            self.addOutput(output_class(product.key, product.label))

    # --- help --------------------------------------------------------------------------------

    def parameter_help(self):
        return {
            (self.NDVI, self.SOL, self.TEMPERATURE, self.PRECIPITATION, self.VEGETATION): self.tr(
                "NDVI, SOL (MJ·m⁻²·month⁻¹), TEMPERATURE (°C), PRECIPITATION "
                "(mm·month⁻¹): 12-band stacks, band m = month m, and VEGETATION (codes "
                "0–8), all on one grid — prepare them with the stage 1 algorithms."
            ),
            self.CASA_PARAMETERS: self.tr(
                "PARAMETERS and NDVI_EXTREMES go to CASA NPP unchanged: the vegetation-type "
                "table (εmax, NDVI_max, NDVI_min) is where a local calibration goes."
            ),
            (self.ZONES, self.ZONE_FIELD): self.tr(
                "ZONES and ZONE_FIELD: districts for the statistics, grades, trend and maps."
            ),
            (self.YEAR, self.PREVIOUS_NEP, self.PREVIOUS_YEARS): self.tr(
                "YEAR names the outputs (npp_<year>.tif …) and the report; empty: the year "
                "in the NDVI file name. PREVIOUS_NEP: NEP rasters of earlier years (e.g. "
                "nep_<year>.tif of earlier runs) on the same grid, with PREVIOUS_YEARS or "
                "years in their file names; they add the trend."
            ),
            (self.PLOTS, GroundCheckAlgorithm.MEASURED_FIELD): self.tr(
                "PLOTS (optional) with MEASURED_FIELD and the other ground-check parameters, "
                "as in Ground check against field plots; without plots there is no ground "
                "check."
            ),
            self.CALIBRATION_SHARE: self.tr(
                "CALIBRATION_SHARE: the share of the plots of each vegetation type that "
                "calibrates εmax before NPP is computed; the other plots check the result "
                "(0: no calibration, every plot checks)."
            ),
            self.SAMPLING_TOTAL: self.tr(
                "SAMPLING_TOTAL: plots of a sampling plan for the next field campaign, drawn "
                "on the vegetation types (0: no plan)."
            ),
            (self.AREA_NAME, self.ORGANISATION, self.LANGUAGE, self.DATA_SOURCES): self.tr(
                "AREA_NAME, ORGANISATION, LANGUAGE and DATA_SOURCES go to the report (its "
                "cover page, its language, its list of data sources)."
            ),
            self.LOAD_LAYERS: self.tr(
                "LOAD_LAYERS: open the main layers and tables of the run in QGIS when it is "
                "done (the files are written either way)."
            ),
            self.OUTPUT_FOLDER: self.tr(
                "In OUTPUT_FOLDER: npp, rh, nep, co2_density, sink_class, grade "
                "(_<year>.tif); totals, zones, vegetation_types, grades, zone_grades, "
                "checked_plots, ground_check, land_cover_check, sampling_plan "
                "(_<year>.gpkg); ground_check_<year>.png; trend_* (_<first>_<last>); "
                "report.html and report.pdf."
            ),
            CarbonSinkNepAlgorithm.TOTAL_NPP_TC: self.tr(
                "Numbers: totals (tC, tCO₂), mean NPP and NEP over vegetated land, areas, "
                "the carbon sink inside the zones, ground-check n, r², RMSE, bias, "
                "accuracy, passed, land-cover agreement, plan size, and the warnings."
            ),
        }

    def help_sections(self):
        low, high = plausibility.NPP_RANGE
        nep_low, nep_high = plausibility.NEP_RANGE
        return {
            "summary": self.tr(
                "The standard's stages 2 to 5 in one run on prepared inputs: CASA NPP, soil "
                "heterotrophic respiration, NEP with the sink/source map and totals, a sampling "
                "plan for the next field campaign, the ground check against measured plots, "
                "district statistics, grades, the change over the years (with earlier years' "
                "NEP) and the report. Each step is the plugin's own algorithm, run with the "
                "same parameters, so the numbers are those of the single steps."
            ),
            "formula": self.tr(
                "casanpp (NPP) → soilrespiration (Rh) → carbonsink (NEP = NPP − Rh, totals)\n"
                "→ samplingplan (SAMPLING_TOTAL plots, clipped to ZONES)\n"
                "→ groundcheck (PLOTS against NPP, or NEP when MEASURE_TYPE = nep)\n"
                "→ zonalstats (ZONES) → grade (default breaks) → trend (PREVIOUS_NEP + NEP)\n"
                "→ report (HTML and PDF, LANGUAGE)\n"
                "Mean NPP over vegetated land = Σ NPP (tC) / vegetated area (ha) · 100"
            ),
            "notes": [
                self.tr(
                    "Runs as a background task: QGIS stays responsive, progress and Cancel "
                    "work. Only the drawing of each report map (a QGIS print layout) is "
                    "handed to the main thread, one map at a time; the raster steps use "
                    "every core."
                ),
                self.tr(
                    "Warnings of every step go into the report's warnings section, together "
                    "with the plausibility checks (SPEC §7): mean NPP over vegetated land "
                    "outside {0}–{1} gC·m⁻²·a⁻¹ (the published South-China regional means ≈ "
                    "880–890 ± a third) and mean NEP outside {2}–{3} gC·m⁻²·a⁻¹ (the published "
                    "Pearl River Delta range), and a ground check that did not pass."
                ).format(int(low), int(high), int(nep_low), int(nep_high)),
                self.tr(
                    "CALIBRATION_SHARE > 0 (e.g. 0.5): that share of the plots of each type "
                    "(STRATUM_FIELD; sorted by ID_FIELD, the 1st, 3rd, … for 0.5) calibrates "
                    "εmax with Calibrate εmax against field plots, CASA runs with the "
                    "calibrated table (calibrated_types_<year>.csv), and the ground check uses "
                    "the other plots only — never those of the fit; PRIOR_ACCURACY is their "
                    "accuracy with the table as given, ACCURACY with the calibrated one."
                ),
                self.tr(
                    "Every run gives 95 % intervals of Σ NPP, Σ Rh and Σ NEP (…_LOW, …_HIGH, "
                    "also rows of the totals table and a sentence in the report): a Monte Carlo "
                    "over εmax per type (the calibration's standard errors, or ±25 % without "
                    "calibration), the PAR fraction (±0.025) and the Rh coefficient (±10 %), "
                    "computed from the per-type sums of the vegetation-type table, since NPP is "
                    "linear in εmax and in the PAR fraction and Rh in its coefficient."
                ),
                self.tr(
                    "The sampling plan is a by-product for the next field campaign: if it "
                    "cannot be made (a type too small or fragmented), the run goes on and "
                    "says why in a warning. Set SAMPLING_TOTAL to 0 to skip it."
                ),
                self.tr(
                    "Other parameters of the steps keep their defaults (Rh and NEP on "
                    "vegetated land, default grade breaks, 3×3 plot window); run the steps "
                    "one by one to change them."
                ),
                self.tr(
                    "Nothing half-written: files of the same names already in the folder are "
                    "set aside and come back if the run fails or is canceled; the files the "
                    "run wrote are then removed."
                ),
            ],
            "references": [
                "DB4403/T 348—2023 《城市碳汇遥感评价技术规范》, Shenzhen.",
            ],
        }

    # --- checks ------------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.years(parameters, context)
            self.check_calibration(parameters, context)
        except (InputError, QgsProcessingException) as error:
            return False, message_text(error)
        return True, ""

    def check_calibration(self, parameters, context) -> None:
        """CALIBRATION_SHARE needs plots with measured NPP (or biomass) and a window."""
        share = self.parameterAsDouble(parameters, self.CALIBRATION_SHARE, context)
        if share <= 0:
            return
        if not self._given(parameters, self.PLOTS):
            raise QgsProcessingException(
                self.tr("{0}: calibrating εmax needs field plots; give {1} or set it to 0.").format(
                    self.label(self.CALIBRATION_SHARE), self.label(self.PLOTS)
                )
            )
        check = GroundCheckAlgorithm
        measure = self.parameterAsEnumString(parameters, check.MEASURE_TYPE, context)
        window = self.parameterAsEnumString(parameters, check.WINDOW, context)
        if measure == "nep" or window == "polygon":
            raise QgsProcessingException(
                self.tr(
                    "{0}: εmax is calibrated on measured NPP or biomass with a 1x1 or 3x3 window; "
                    "MEASURE_TYPE is {1} and WINDOW {2}. Change them or set the share to 0."
                ).format(self.label(self.CALIBRATION_SHARE), measure, window)
            )

    @staticmethod
    def _given(parameters, name) -> bool:
        return parameters.get(name) not in (None, "", [])

    def years(self, parameters, context) -> tuple[int | None, list[str], list[int]]:
        """(evaluation year or None, earlier NEP paths, their years)."""
        year = None
        if self._given(parameters, self.YEAR):
            year = self.parameterAsInt(parameters, self.YEAR, context)
        else:
            ndvi = self.parameterAsRasterLayer(parameters, self.NDVI, context)
            if ndvi is not None:
                year = core_trend.year_from_name(ndvi.source().split("|")[0])
        layers = self.parameterAsLayerList(parameters, self.PREVIOUS_NEP, context) or []
        previous = [self.layer_path(layer, self.PREVIOUS_NEP) for layer in layers]
        if not previous:
            return year, [], []
        if year is None:
            raise QgsProcessingException(
                self.tr(
                    "{0}: the trend needs this year's number; the NDVI file name has none. "
                    "Enter the year."
                ).format(self.label(self.YEAR))
            )
        text = self.parameterAsString(parameters, self.PREVIOUS_YEARS, context).strip()
        label, layers_label = self.label(self.PREVIOUS_YEARS), self.label(self.PREVIOUS_NEP)
        if text:
            earlier = core_trend.parse_years(text, len(previous), label, layers_label)
        else:
            earlier = core_trend.years_from_names(previous, label, layers_label)
        if year in earlier:
            raise QgsProcessingException(
                self.tr(
                    "{0}: {1} is also the evaluation year {2}; give earlier years only."
                ).format(self.label(self.PREVIOUS_YEARS), year, self.label(self.YEAR))
            )
        return year, previous, earlier

    # --- running -----------------------------------------------------------------------------

    def execute(self, parameters, context, feedback):
        year, previous, earlier = self.years(parameters, context)
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        if not folder:
            raise QgsProcessingException(
                self.tr("{0}: choose a folder.").format(self.label(self.OUTPUT_FOLDER))
            )
        os.makedirs(folder, exist_ok=True)
        # The base class refused a folder holding an input the run would write (folder_outputs).
        paths = self.plan_files(folder, year, earlier)
        # The folder holds one run's results: an older file the run did not write goes too.
        files = OutputBackup(paths.values(), keep_unwritten=False)
        steps = Steps(self, parameters, context, feedback, paths, year)
        files.set_aside()
        try:
            results = steps.run(previous, earlier)
        except BaseException:
            release_layers(context, files.planned)
            files.roll_back()
            raise
        files.commit()
        results[self.OUTPUT_FOLDER] = folder
        return results

    def folder_outputs(self, parameters, context) -> dict[str, list[str]]:
        """The files a run writes in OUTPUT_FOLDER (processing/guard.py: none may be an input)."""
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        if not folder:
            return {}
        year, _previous, earlier = self.years(parameters, context)
        return {self.OUTPUT_FOLDER: list(self.plan_files(folder, year, earlier).values())}

    def plan_files(self, folder: str, year, earlier) -> dict[str, str]:
        """{output: path} of the files a run writes in the folder (fixed names, SPEC §8; the
        trend's only with earlier years)."""
        suffixes = {"year": f"_{year}" if year else "", "": ""}
        if earlier:
            suffixes["span"] = f"_{min(earlier)}_{year}"
        paths = {}
        for product in self.products():
            suffix = suffixes.get(product.dated)
            if product.stem is not None and suffix is not None:
                name = f"{product.stem}{suffix}{KINDS[product.kind][1]}"
                paths[product.key] = os.path.abspath(os.path.join(folder, name))
        return paths


def release_layers(context, paths) -> None:
    """Close the layers the children opened on these files (the context's temporary layers,
    the layers to load): GDAL writes a closing raster's statistics (.aux.xml) beside it, which
    would come back after the files of a failed run were removed."""
    planned = {os.path.normcase(os.path.abspath(p)) for p in paths}

    def planned_file(source: str) -> bool:
        return os.path.normcase(os.path.abspath(source.split("|")[0])) in planned

    store = context.temporaryLayerStore()
    store.removeMapLayers(
        [layer for layer in store.mapLayers().values() if planned_file(layer.source())]
    )
    layers = context.layersToLoadOnCompletion()
    context.setLayersToLoadOnCompletion(
        {key: details for key, details in layers.items() if not planned_file(key)}
    )


class Steps:
    """One workflow run: the children in order, their results, the warnings."""

    def __init__(self, algorithm: WorkflowAlgorithm, parameters, context, feedback, paths, year):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.paths = paths
        self.year = year
        self.products = algorithm.products()
        self.results: dict = {}
        self.load = algorithm.parameterAsBoolean(parameters, algorithm.LOAD_LAYERS, context)
        self.plots = WorkflowAlgorithm._given(parameters, algorithm.PLOTS)
        self.plan_total = algorithm.parameterAsInt(parameters, algorithm.SAMPLING_TOTAL, context)
        share = algorithm.parameterAsDouble(parameters, algorithm.CALIBRATION_SHARE, context)
        self.share = share if self.plots else 0.0
        self.calibration: dict | None = None  # the calibrate child's results
        self.child: WorkflowFeedback | None = None

    def tr(self, text: str) -> str:
        return tr_for(self, text)  # pylupdate records these strings under "Steps"

    def value(self, name):
        """A parameter of the workflow as given, or its default (passed on to a child)."""
        if WorkflowAlgorithm._given(self.parameters, name):
            return self.parameters[name]
        return self.algorithm.parameterDefinition(name).defaultValue()

    def threshold(self) -> float:
        threshold = GroundCheckAlgorithm.THRESHOLD
        return self.algorithm.parameterAsDouble(self.parameters, threshold, self.context)

    def run(self, previous: list[str], earlier: list[int]) -> dict:
        steps = [self.calibrate, self.npp, self.respiration, self.sink, self.plan, self.check]
        steps += [self.zones, self.uncertainty, self.grades, self.trend, self.report]
        self.child = WorkflowFeedback(len(steps), self.feedback)
        self.previous, self.earlier = previous, earlier
        for index, step in enumerate(steps):
            if self.feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: no output was written."))
            self.child.setCurrentStep(index)
            step()
        self.child.setProgress(100)
        return self.outputs()

    def call(self, child: type, parameters: dict, load: dict | None = None, years=None) -> dict:
        """Run the child algorithm (its class) with the destinations of products() added, and
        keep its outputs of products() in the results; load: {output name: layer name} to open,
        named with the years (default: the evaluation year)."""
        algorithm = f"{PROVIDER}:{child.ALGORITHM_ID}"
        parameters = {**parameters, **self.destinations(child)}
        self.feedback.pushInfo("")
        self.feedback.pushInfo(self.tr("Step: {0}").format(algorithm))
        for output, name in (load or {}).items():
            self.will_load(parameters[output], name)
        import processing  # QGIS's Processing plugin; imported when used, not at plugin load

        results = processing.run(
            algorithm,
            parameters,
            context=self.context,
            feedback=self.child,
            is_child_algorithm=True,
        )
        if self.feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled: no output was written."))
        years = years or (str(self.year) if self.year else "")
        for output in load or {}:
            self.name_loaded(parameters[output], results.get(output), years)
        for product in self.products:
            if product.child is child:
                self.results[product.key] = results.get(product.output)
        return results

    def destinations(self, child: type) -> dict[str, str]:
        """{child output: path in OUTPUT_FOLDER} of the child's planned files."""
        return {
            product.output: self.paths[product.key]
            for product in self.products
            if product.child is child and product.key in self.paths
        }

    def will_load(self, path: str, name: str) -> None:
        """Have QGIS open the output when the workflow is done (the child styles it)."""
        project = self.context.project()
        if not self.load or project is None:
            return
        details = QgsProcessingContext.LayerDetails(name, project, name)
        self.context.addLayerToLoadOnCompletion(path, details)

    def name_loaded(self, path: str, result, years: str) -> None:
        """The child named the layer in the user's language; add the year(s)."""
        if not self.context.willLoadLayerOnCompletion(path):
            return
        details = self.context.layerToLoadOnCompletionDetails(path)
        details.name = name_with_years(details.name, years)
        details.forceName = True  # not the file name: the user chose only the folder
        if result and result != path and not self.context.willLoadLayerOnCompletion(result):
            self.context.addLayerToLoadOnCompletion(result, details)
            layers = self.context.layersToLoadOnCompletion()
            layers.pop(path, None)
            self.context.setLayersToLoadOnCompletion(layers)

    # --- the steps ---------------------------------------------------------------------------

    def calibrate(self) -> None:
        calibration.calibrate(self)

    def uncertainty(self) -> None:
        calibration.uncertainty(self)

    def npp(self) -> None:
        casa, workflow = CasaNppAlgorithm, WorkflowAlgorithm
        parameters = {
            casa.NDVI: self.parameters[workflow.NDVI],
            casa.SOL: self.parameters[workflow.SOL],
            casa.TEMPERATURE: self.parameters[workflow.TEMPERATURE],
            casa.PRECIPITATION: self.parameters[workflow.PRECIPITATION],
            casa.VEGETATION: self.parameters[workflow.VEGETATION],
        }
        for name in workflow.CASA_PARAMETERS:
            parameters[name] = self.value(name)
        if self.calibration:
            parameters[casa.PARAMETERS_CSV] = self.results[WorkflowAlgorithm.CALIBRATED_TABLE]
        self.call(casa, parameters, {casa.OUTPUT: self.tr("NPP")})

    def respiration(self) -> None:
        rh, workflow = SoilRespirationAlgorithm, WorkflowAlgorithm
        parameters = {
            rh.TEMPERATURE: self.parameters[workflow.TEMPERATURE],
            rh.PRECIPITATION: self.parameters[workflow.PRECIPITATION],
            rh.VEGETATION: self.parameters[workflow.VEGETATION],
        }
        self.call(rh, parameters, {rh.OUTPUT: self.tr("Rh")})

    def sink(self) -> None:
        sink = CarbonSinkNepAlgorithm
        parameters = {
            sink.NPP: self.results["NPP"],
            sink.RH: self.results["RH"],
            sink.VEGETATION: self.parameters[WorkflowAlgorithm.VEGETATION],
        }
        load = {sink.OUTPUT: self.tr("NEP"), sink.SINK_CLASS: self.tr("Carbon sink / source")}
        self.call(sink, parameters, load)
        self.results[WorkflowAlgorithm.MEAN_NPP] = plausibility.mean_flux(
            self.results.get("TOTAL_NPP_TC"), self.results.get("VEGETATED_AREA_HA")
        )
        self.plausibility()

    def plan(self) -> None:
        if self.plan_total <= 0:
            self.feedback.pushInfo(self.tr("No sampling plan (SAMPLING_TOTAL is 0)."))
            return
        plan = SamplingPlanAlgorithm
        parameters = {
            plan.VEGETATION: self.parameters[WorkflowAlgorithm.VEGETATION],
            plan.STUDY_AREA: self.value(WorkflowAlgorithm.ZONES),
            plan.TOTAL: self.plan_total,
        }
        try:
            self.call(plan, parameters)
        except QgsProcessingException as error:
            self.warn(self.tr("No sampling plan for the next field campaign: {0}").format(error))

    def check(self) -> None:
        if not self.plots:
            self.feedback.pushInfo(self.tr("No field plots given: no ground check."))
            return
        check, workflow = GroundCheckAlgorithm, WorkflowAlgorithm
        measure = self.algorithm.parameterAsEnumString(
            self.parameters, check.MEASURE_TYPE, self.context
        )
        plots = self.parameters[workflow.PLOTS]
        if self.calibration:  # the held-out plots only, never those of the fit
            plots = self.results[workflow.VALIDATION_PLOTS]
        parameters = {
            check.PLOTS: plots,
            check.RASTER: self.results["NEP" if measure == "nep" else "NPP"],
            check.VEGETATION: self.parameters[workflow.VEGETATION],
        }
        for name in workflow.CHECK_PARAMETERS:
            parameters[name] = self.value(name)
        self.call(check, parameters, {check.OUTPUT: self.tr("Checked plots")})
        if self.results["OVERALL_ACCURACY"] is None:
            self.results["CONFUSION"] = None  # no field-recorded types: no matrix was written
        accuracy, threshold = self.results.get("ACCURACY"), self.threshold()
        if self.results.get("PASSED") == 0 and accuracy is not None:
            self.warn(
                self.tr(
                    "The ground check did not pass: accuracy {0:.3f} (1 − mean relative "
                    "error, n = {1}) against {2:.2f} required."
                ).format(accuracy, self.results.get("N") or 0, threshold)
            )

    def zones(self) -> None:
        zones, workflow = ZonalStatisticsAlgorithm, WorkflowAlgorithm
        parameters = {
            zones.NEP: self.results["NEP"],
            zones.NPP: self.results["NPP"],
            zones.VEGETATION: self.parameters[workflow.VEGETATION],
            zones.ZONES: self.value(workflow.ZONES),
            zones.ZONE_FIELD: self.value(workflow.ZONE_FIELD),
        }
        self.call(zones, parameters, {zones.OUTPUT: self.tr("District statistics")})

    def grades(self) -> None:
        grade, workflow = GradeAlgorithm, WorkflowAlgorithm
        parameters = {
            grade.NEP: self.results["NEP"],
            grade.METHOD: "breaks",
            grade.ZONES: self.value(workflow.ZONES),
            grade.ZONE_FIELD: self.value(workflow.ZONE_FIELD),
        }
        self.call(grade, parameters, {grade.OUTPUT: self.tr("Carbon sink grades")})

    def trend(self) -> None:
        if not self.previous:
            self.feedback.pushInfo(self.tr("No earlier years' NEP given: no trend."))
            return
        trend, workflow = TrendAlgorithm, WorkflowAlgorithm
        parameters = {
            trend.INPUTS: [*self.previous, self.results["NEP"]],
            trend.YEARS: ", ".join(str(y) for y in [*self.earlier, self.year]),
            trend.ZONES: self.value(workflow.ZONES),
            trend.ZONE_FIELD: self.value(workflow.ZONE_FIELD),
        }
        span = f"{min(self.earlier)}–{self.year}"
        self.call(trend, parameters, {trend.CLASS: self.tr("Trend class")}, span)

    def report(self) -> None:
        report, workflow = ReportAlgorithm, WorkflowAlgorithm
        parameters = {
            report.LANGUAGE: self.value(workflow.LANGUAGE),
            report.STUDY_AREA: self.value(workflow.AREA_NAME) or "",
            report.ORGANISATION: self.value(workflow.ORGANISATION) or "",
            report.YEAR: str(self.year) if self.year else "",
            report.ZONES: self.value(workflow.ZONES),
            report.ZONE_FIELD: self.value(workflow.ZONE_FIELD),
            report.VEGETATION: self.parameters[workflow.VEGETATION],
            report.DATA_SOURCES: self.value(workflow.DATA_SOURCES) or "",
        }
        for product in self.products:
            if product.report is not None:
                parameters[product.report] = self.results.get(product.key)
        if self.results.get("CHECKED_PLOTS"):
            parameters[report.THRESHOLD] = self.threshold()
            stratum = self.value(GroundCheckAlgorithm.STRATUM_FIELD)
            parameters[report.PLOT_STRATUM_FIELD] = stratum or ""
        parameters = {key: value for key, value in parameters.items() if value is not None}
        parameters[report.WARNINGS] = "\n".join(self.child.warnings)
        self.call(report, parameters)

    # --- checks ------------------------------------------------------------------------------

    def warn(self, text: str) -> None:
        self.child.pushWarning(text)  # kept for the report and shown in the log

    def plausibility(self) -> None:
        """SPEC §7: the city means against published South-China figures."""
        cause = self.tr(
            "With Landsat/Sentinel-2 NDVI, FPAR saturates near its maximum and the εmax of the "
            "vegetation-type table (by default Zhu's 0.985 gC·MJ⁻¹ for evergreen broadleaf "
            "forest) then sets NPP: check the radiation input, and calibrate the table "
            "(PARAMETERS) against independent local field data."
        )
        low, high = plausibility.NPP_RANGE
        npp = self.results.get(WorkflowAlgorithm.MEAN_NPP)
        if plausibility.outside_range(npp, plausibility.NPP_RANGE):
            self.warn(
                self.tr(
                    "Mean NPP over vegetated land is {0} gC·m⁻²·a⁻¹, outside {1}–{2} around "
                    "the published regional CASA means (Greater Bay Area ≈ 890, Guangxi ≈ "
                    "880). {3}"
                ).format(_number(npp), _number(low), _number(high), cause)
            )
        nep_low, nep_high = plausibility.NEP_RANGE
        nep = self.results.get("MEAN_NEP")
        if plausibility.outside_range(nep, plausibility.NEP_RANGE):
            self.warn(
                self.tr(
                    "Mean NEP over vegetated land is {0} gC·m⁻²·a⁻¹, outside the published "
                    "Pearl River Delta range {1} to {2} gC·m⁻²·a⁻¹ (NEP = NPP − Rh; mean NPP "
                    "{3} here). {4}"
                ).format(
                    _number(nep),
                    _number(nep_low),
                    _number(nep_high),
                    _number(npp) if npp is not None else "—",
                    cause,
                )
            )

    def outputs(self) -> dict:
        results = {product.key: self.results.get(product.key) for product in self.products}
        results[WorkflowAlgorithm.WARNING_COUNT] = len(self.child.warnings)
        results[WorkflowAlgorithm.WARNINGS] = "\n".join(self.child.warnings)
        return results


def _number(value: float) -> str:
    """A rounded number with a real minus sign, as the report writes numbers."""
    return f"{value:,.0f}".replace("-", "−")


def name_with_years(name: str, years: str) -> str:
    """What and when first, the unit last: 'NEP (gC·m⁻²·a⁻¹)' and '2023' → 'NEP 2023
    (gC·m⁻²·a⁻¹)', so a narrow Layers panel cuts the unit, not the year (issue 18)."""
    if not years:
        return name.strip()
    match = re.fullmatch(r"(.*?)\s*([(（][^()（）]*[)）])", name.strip())
    if match is None or not match.group(1):
        return f"{name} {years}".strip()
    what, unit = match.groups()
    return f"{what} {years}{'' if unit.startswith('（') else ' '}{unit}"
