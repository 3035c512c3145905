"""carbonsink:workflow — stages 2 to 5 of DB4403/T 348 in one algorithm (SPEC §8).

CASA NPP → soil respiration → NEP and totals → sampling plan → ground check → district
statistics → grades → trend (with earlier years' NEP) → report. Every step is the plugin's own
algorithm, run as a child (processing.run(..., is_child_algorithm=True)) with this run's context
and one QgsProcessingMultiStepFeedback, so the numbers are exactly those of the single steps.
The children's warnings are collected and handed to the report (WARNINGS), together with the
plausibility checks of SPEC §7 made here.

Main thread: the report draws its maps with QGIS print layouts, which only work on the main
thread, and a child runs on the thread of its parent. The workflow therefore declares
FlagNoThreading itself (as a graphical model containing the report does): QGIS runs it on the
main thread, the dialog stays responsive through the progress updates, Cancel works, and the
raster steps still use every core through the block engine's worker threads.

Outputs go into OUTPUT_FOLDER with fixed names (npp_<year>.tif …, report.html). Nothing
half-written: existing files of those names are set aside first and restored if the run fails or
is canceled, and the files this run wrote are removed; they are deleted only after success.
"""

from __future__ import annotations

import os
import re

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
    FLAG_NO_THREADING,
    FLAG_OPTIONAL,
    NUMBER_INTEGER,
    SOURCE_RASTER,
    SOURCE_VECTOR_GEOMETRY,
    set_advanced,
)
from ..core import parameters as defaults
from ..core import trend as core_trend
from ..core.backup import OutputBackup
from ..core.errors import InputError
from ..i18n import message_text, tr_for
from . import zoning
from .base import CarbonSinkAlgorithm
from .casanpp import CasaNppAlgorithm
from .groundcheck import GroundCheckAlgorithm
from .parameters import describe
from .report import ReportAlgorithm

PROVIDER = "carbonsink"


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
    DATA_SOURCES = "DATA_SOURCES"
    LOAD_LAYERS = "LOAD_LAYERS"
    # passed on unchanged to carbonsink:casanpp and carbonsink:groundcheck
    CASA_PARAMETERS = ("PARAMETERS", "NDVI_EXTREMES")
    CHECK_PARAMETERS = (
        "MEASURED_FIELD",
        "MEASURE_TYPE",
        "CARBON_FRACTION",
        "WINDOW",
        "THRESHOLD",
        "MIN_PLOTS",
        "STRATUM_FIELD",
        "ID_FIELD",
        "RECORDED_TYPE_FIELD",
    )

    # outputs: layers and files
    RASTERS = ("NPP", "RH", "NEP", "CO2_DENSITY", "SINK_CLASS", "GRADE")
    TREND_RASTERS = ("TREND_CLASS", "SLOPE", "Z", "P_VALUE", "CV", "DIFFERENCE", "PERCENT_CHANGE")
    TABLES = (
        "TOTALS",
        "SAMPLING_PLAN",
        "CHECKED_PLOTS",
        "METRICS",
        "CONFUSION",
        "ZONAL_TABLE",
        "TYPE_TABLE",
        "GRADE_TABLE",
        "ZONE_GRADE_TABLE",
        "TREND_TABLE",
    )
    # outputs: numbers (from carbonsink, zonalstats, samplingplan, groundcheck, and here)
    SINK_NUMBERS = (
        "TOTAL_NPP_TC",
        "TOTAL_RH_TC",
        "TOTAL_NEP_TC",
        "TOTAL_NEP_TCO2",
        "MEAN_NEP",
        "VEGETATED_AREA_HA",
        "SINK_AREA_HA",
        "SOURCE_AREA_HA",
    )
    CHECK_NUMBERS = ("N", "R2", "RMSE", "BIAS", "ACCURACY", "PASSED", "OVERALL_ACCURACY", "KAPPA")

    def flags(self):
        # The report child needs the main thread (QGIS print layouts); see the module docstring.
        return super().flags() | FLAG_NO_THREADING

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
            if name == "MEASURED_FIELD":  # needed only with plots
                definition.setFlags(definition.flags() | FLAG_OPTIONAL)
            self.addParameter(definition)
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

    def output_labels(self) -> dict[str, str]:
        return {
            "NPP": self.tr("Annual NPP (gC·m⁻²·a⁻¹)"),
            "RH": self.tr("Annual soil heterotrophic respiration Rh (gC·m⁻²·a⁻¹)"),
            "NEP": self.tr("Annual NEP (gC·m⁻²·a⁻¹)"),
            "CO2_DENSITY": self.tr("CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)"),
            "SINK_CLASS": self.tr("Carbon sink / source"),
            "GRADE": self.tr("Carbon sink grades"),
            "TREND_CLASS": self.tr("Trend class"),
            "SLOPE": self.tr("Theil–Sen slope (per year)"),
            "Z": self.tr("Mann–Kendall Z"),
            "P_VALUE": self.tr("Mann–Kendall p-value (two-sided)"),
            "CV": self.tr("Coefficient of variation"),
            "DIFFERENCE": self.tr("Difference (last − first year)"),
            "PERCENT_CHANGE": self.tr("Change (last vs first year, %)"),
            "TOTALS": self.tr("Carbon sink totals"),
            "SAMPLING_PLAN": self.tr("Sampling plan (plots for the next field campaign)"),
            "CHECKED_PLOTS": self.tr("Checked plots"),
            "METRICS": self.tr("Ground-check metrics"),
            "CONFUSION": self.tr("Land-cover check (confusion matrix)"),
            "ZONAL_TABLE": self.tr("District statistics"),
            "TYPE_TABLE": self.tr("Vegetation-type statistics"),
            "GRADE_TABLE": self.tr("Grade areas"),
            "ZONE_GRADE_TABLE": self.tr("Grade areas per district"),
            "TREND_TABLE": self.tr("Change per district"),
            "SCATTER": self.tr("Ground-check scatter plot (PNG)"),
            "OUTPUT_HTML": self.tr("Report (HTML)"),
            "OUTPUT_PDF": self.tr("Report (PDF)"),
            "TOTAL_NPP_TC": self.tr("Total NPP (tC·a⁻¹)"),
            "TOTAL_RH_TC": self.tr("Total Rh (tC·a⁻¹)"),
            "TOTAL_NEP_TC": self.tr("Total NEP (tC·a⁻¹)"),
            "TOTAL_NEP_TCO2": self.tr("Total carbon sink (tCO₂·a⁻¹)"),
            "ZONES_NEP_TCO2": self.tr("Carbon sink inside the zones (tCO₂·a⁻¹)"),
            "MEAN_NPP": self.tr("Mean NPP over the vegetated area (gC·m⁻²·a⁻¹)"),
            "MEAN_NEP": self.tr("Mean NEP over the vegetated area (gC·m⁻²·a⁻¹)"),
            "VEGETATED_AREA_HA": self.tr("Vegetated area (ha)"),
            "SINK_AREA_HA": self.tr("Carbon sink area (ha)"),
            "SOURCE_AREA_HA": self.tr("Carbon source area (ha)"),
            "PLAN_COUNT": self.tr("Plots in the sampling plan"),
            "N": self.tr("Plots checked"),
            "R2": self.tr("Ground check r²"),
            "RMSE": self.tr("Ground check RMSE (gC·m⁻²·a⁻¹)"),
            "BIAS": self.tr("Ground check bias (model − measured)"),
            "ACCURACY": self.tr("Ground check accuracy (1 − MRE)"),
            "PASSED": self.tr("Ground check passed (1/0)"),
            "OVERALL_ACCURACY": self.tr("Land-cover overall accuracy"),
            "KAPPA": self.tr("Land-cover Cohen's kappa"),
            "WARNING_COUNT": self.tr("Number of warnings"),
            "WARNINGS": self.tr("Warnings of the run (one per line)"),
        }

    def number_outputs(self) -> tuple[str, ...]:
        return (
            *self.SINK_NUMBERS,
            "MEAN_NPP",
            "ZONES_NEP_TCO2",
            "PLAN_COUNT",
            *self.CHECK_NUMBERS,
            "WARNING_COUNT",
        )

    def add_outputs(self) -> None:
        labels = self.output_labels()
        for name in (*self.RASTERS, *self.TREND_RASTERS):
            self.addOutput(QgsProcessingOutputRasterLayer(name, labels[name]))
        for name in self.TABLES:
            self.addOutput(QgsProcessingOutputVectorLayer(name, labels[name]))
        self.addOutput(QgsProcessingOutputFile("SCATTER", labels["SCATTER"]))
        self.addOutput(QgsProcessingOutputHtml("OUTPUT_HTML", labels["OUTPUT_HTML"]))
        self.addOutput(QgsProcessingOutputFile("OUTPUT_PDF", labels["OUTPUT_PDF"]))
        for name in self.number_outputs():
            self.addOutput(QgsProcessingOutputNumber(name, labels[name]))
        self.addOutput(QgsProcessingOutputString("WARNINGS", labels["WARNINGS"]))

    # --- help --------------------------------------------------------------------------------

    def help_sections(self):
        low, high = defaults.PLAUSIBLE_MEAN_NPP
        nep_low, nep_high = defaults.PLAUSIBLE_MEAN_NEP
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
            "inputs": [
                self.tr(
                    "NDVI, SOL (MJ·m⁻²·month⁻¹), TEMPERATURE (°C), PRECIPITATION "
                    "(mm·month⁻¹): 12-band stacks, band m = month m, and VEGETATION (codes "
                    "0–8), all on one grid — prepare them with the stage 1 algorithms."
                ),
                self.tr(
                    "PARAMETERS and NDVI_EXTREMES go to CASA NPP unchanged: the vegetation-type "
                    "table (εmax, NDVI_max, NDVI_min) is where a local calibration goes."
                ),
                self.tr(
                    "ZONES and ZONE_FIELD: districts for the statistics, grades, trend and maps."
                ),
                self.tr(
                    "PLOTS (optional) with MEASURED_FIELD and the other ground-check parameters, "
                    "as in Ground check against field plots; without plots there is no ground "
                    "check."
                ),
                self.tr(
                    "YEAR names the outputs (npp_<year>.tif …) and the report; empty: the year "
                    "in the NDVI file name. PREVIOUS_NEP: NEP rasters of earlier years (e.g. "
                    "nep_<year>.tif of earlier runs) on the same grid, with PREVIOUS_YEARS or "
                    "years in their file names; they add the trend."
                ),
            ],
            "outputs": [
                self.tr(
                    "In OUTPUT_FOLDER: npp, rh, nep, co2_density, sink_class, grade "
                    "(_<year>.tif); totals, zones, vegetation_types, grades, zone_grades, "
                    "checked_plots, ground_check, land_cover_check, sampling_plan "
                    "(_<year>.gpkg); ground_check_<year>.png; trend_* (_<first>_<last>); "
                    "report.html and report.pdf."
                ),
                self.tr(
                    "Numbers: totals (tC, tCO₂), mean NPP and NEP over vegetated land, areas, "
                    "the carbon sink inside the zones, ground-check n, r², RMSE, bias, "
                    "accuracy, passed, land-cover agreement, plan size, and the warnings."
                ),
            ],
            "notes": [
                self.tr(
                    "Runs on the main thread (FlagNoThreading): the report's maps are QGIS "
                    "print layouts, which need it, and a child algorithm runs on its parent's "
                    "thread. QGIS stays busy during the run; progress and Cancel work, and "
                    "the raster steps still use every core."
                ),
                self.tr(
                    "Warnings of every step go into the report's warnings section, together "
                    "with the plausibility checks (SPEC §7): mean NPP over vegetated land "
                    "outside {0}–{1} gC·m⁻²·a⁻¹ (the published South-China regional means ≈ "
                    "880–890 ± a third) and mean NEP outside {2}–{3} gC·m⁻²·a⁻¹ (the published "
                    "Pearl River Delta range), and a ground check that did not pass."
                ).format(int(low), int(high), int(nep_low), int(nep_high)),
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
        except (InputError, QgsProcessingException) as error:
            return False, message_text(error)
        return True, ""

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
        """{output: path} of the files a run writes in the folder (fixed names, SPEC §8)."""
        suffix = f"_{year}" if year else ""
        names = {
            "NPP": f"npp{suffix}.tif",
            "RH": f"rh{suffix}.tif",
            "NEP": f"nep{suffix}.tif",
            "CO2_DENSITY": f"co2_density{suffix}.tif",
            "SINK_CLASS": f"sink_class{suffix}.tif",
            "TOTALS": f"totals{suffix}.gpkg",
            "SAMPLING_PLAN": f"sampling_plan{suffix}.gpkg",
            "CHECKED_PLOTS": f"checked_plots{suffix}.gpkg",
            "METRICS": f"ground_check{suffix}.gpkg",
            "SCATTER": f"ground_check{suffix}.png",
            "CONFUSION": f"land_cover_check{suffix}.gpkg",
            "ZONAL_TABLE": f"zones{suffix}.gpkg",
            "TYPE_TABLE": f"vegetation_types{suffix}.gpkg",
            "GRADE": f"grade{suffix}.tif",
            "GRADE_TABLE": f"grades{suffix}.gpkg",
            "ZONE_GRADE_TABLE": f"zone_grades{suffix}.gpkg",
            "OUTPUT_HTML": "report.html",
            "OUTPUT_PDF": "report.pdf",
        }
        if earlier:
            span = f"_{min(earlier)}_{year}"
            trend = {
                "TREND_CLASS": "trend_class",
                "SLOPE": "trend_slope",
                "Z": "trend_z",
                "P_VALUE": "trend_p_value",
                "CV": "trend_cv",
                "DIFFERENCE": "trend_difference",
                "PERCENT_CHANGE": "trend_percent_change",
            }
            names.update({key: f"{stem}{span}.tif" for key, stem in trend.items()})
            names["TREND_TABLE"] = f"trend{span}.gpkg"
        return {key: os.path.abspath(os.path.join(folder, name)) for key, name in names.items()}


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
        self.results: dict = {}
        self.load = algorithm.parameterAsBoolean(parameters, algorithm.LOAD_LAYERS, context)
        self.plots = WorkflowAlgorithm._given(parameters, algorithm.PLOTS)
        self.plan_total = algorithm.parameterAsInt(parameters, algorithm.SAMPLING_TOTAL, context)
        self.child: WorkflowFeedback | None = None

    def tr(self, text: str) -> str:
        return tr_for(self, text)  # pylupdate records these strings under "Steps"

    def value(self, name):
        """A parameter of the workflow as given, or its default (passed on to a child)."""
        if WorkflowAlgorithm._given(self.parameters, name):
            return self.parameters[name]
        return self.algorithm.parameterDefinition(name).defaultValue()

    def threshold(self) -> float:
        return self.algorithm.parameterAsDouble(self.parameters, "THRESHOLD", self.context)

    def run(self, previous: list[str], earlier: list[int]) -> dict:
        steps = [self.npp, self.respiration, self.sink, self.plan, self.check, self.zones]
        steps += [self.grades, self.trend, self.report]
        self.child = WorkflowFeedback(len(steps), self.feedback)
        self.previous, self.earlier = previous, earlier
        for index, step in enumerate(steps):
            if self.feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: no output was written."))
            self.child.setCurrentStep(index)
            step()
        self.child.setProgress(100)
        return self.outputs()

    def call(self, algorithm: str, parameters: dict, load: dict | None = None, years=None) -> dict:
        """Run carbonsink:<algorithm> as a child; load: {output name: layer name} to open,
        named with the years (default: the evaluation year)."""
        self.feedback.pushInfo("")
        self.feedback.pushInfo(self.tr("Step: {0}").format(f"{PROVIDER}:{algorithm}"))
        for output, name in (load or {}).items():
            self.will_load(parameters[output], name)
        import processing  # QGIS's Processing plugin; imported when used, not at plugin load

        results = processing.run(
            f"{PROVIDER}:{algorithm}",
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
        return results

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

    def npp(self) -> None:
        parameters = {
            name: self.parameters[name]
            for name in ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION", "VEGETATION")
        }
        for name in WorkflowAlgorithm.CASA_PARAMETERS:
            parameters[name] = self.value(name)
        parameters["OUTPUT"] = self.paths["NPP"]
        result = self.call("casanpp", parameters, {"OUTPUT": self.tr("NPP")})
        self.results["NPP"] = result["OUTPUT"]

    def respiration(self) -> None:
        parameters = {name: self.parameters[name] for name in ("TEMPERATURE", "PRECIPITATION")}
        parameters.update(VEGETATION=self.parameters["VEGETATION"], OUTPUT=self.paths["RH"])
        result = self.call("soilrespiration", parameters, {"OUTPUT": self.tr("Rh")})
        self.results["RH"] = result["OUTPUT"]

    def sink(self) -> None:
        parameters = {
            "NPP": self.results["NPP"],
            "RH": self.results["RH"],
            "VEGETATION": self.parameters["VEGETATION"],
            "OUTPUT": self.paths["NEP"],
            "CO2_DENSITY": self.paths["CO2_DENSITY"],
            "SINK_CLASS": self.paths["SINK_CLASS"],
            "TOTALS": self.paths["TOTALS"],
        }
        load = {"OUTPUT": self.tr("NEP"), "SINK_CLASS": self.tr("Carbon sink / source")}
        result = self.call("carbonsink", parameters, load)
        self.results.update(
            NEP=result["OUTPUT"],
            CO2_DENSITY=result["CO2_DENSITY"],
            SINK_CLASS=result["SINK_CLASS"],
            TOTALS=result["TOTALS"],
        )
        for name in WorkflowAlgorithm.SINK_NUMBERS:
            self.results[name] = result.get(name)
        total_npp, area = result.get("TOTAL_NPP_TC"), result.get("VEGETATED_AREA_HA")
        # tC / ha = 100 gC / m²
        self.results["MEAN_NPP"] = (
            100.0 * total_npp / area if total_npp is not None and area else None
        )
        self.plausibility()

    def plan(self) -> None:
        if self.plan_total <= 0:
            self.feedback.pushInfo(self.tr("No sampling plan (SAMPLING_TOTAL is 0)."))
            return
        parameters = {
            "VEGETATION": self.parameters["VEGETATION"],
            "STUDY_AREA": self.value(WorkflowAlgorithm.ZONES),
            "TOTAL": self.plan_total,
            "OUTPUT": self.paths["SAMPLING_PLAN"],
        }
        try:
            result = self.call("samplingplan", parameters)
        except QgsProcessingException as error:
            self.warn(self.tr("No sampling plan for the next field campaign: {0}").format(error))
            return
        self.results["SAMPLING_PLAN"] = result["OUTPUT"]
        self.results["PLAN_COUNT"] = result.get("COUNT")

    def check(self) -> None:
        if not self.plots:
            self.feedback.pushInfo(self.tr("No field plots given: no ground check."))
            return
        measure = self.algorithm.parameterAsEnumString(
            self.parameters, "MEASURE_TYPE", self.context
        )
        raster = self.results["NEP" if measure == "nep" else "NPP"]
        parameters = {
            "PLOTS": self.parameters[WorkflowAlgorithm.PLOTS],
            "RASTER": raster,
            "VEGETATION": self.parameters["VEGETATION"],
            "OUTPUT": self.paths["CHECKED_PLOTS"],
            "METRICS": self.paths["METRICS"],
            "SCATTER": self.paths["SCATTER"],
            "CONFUSION": self.paths["CONFUSION"],
        }
        for name in WorkflowAlgorithm.CHECK_PARAMETERS:
            parameters[name] = self.value(name)
        result = self.call("groundcheck", parameters, {"OUTPUT": self.tr("Checked plots")})
        for name in ("CHECKED_PLOTS", "METRICS", "SCATTER", "CONFUSION"):
            key = "OUTPUT" if name == "CHECKED_PLOTS" else name
            self.results[name] = result.get(key)
        for name in WorkflowAlgorithm.CHECK_NUMBERS:
            self.results[name] = result.get(name)
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
        parameters = {
            "NEP": self.results["NEP"],
            "NPP": self.results["NPP"],
            "VEGETATION": self.parameters["VEGETATION"],
            "ZONES": self.value(WorkflowAlgorithm.ZONES),
            "ZONE_FIELD": self.value(WorkflowAlgorithm.ZONE_FIELD),
            "OUTPUT": self.paths["ZONAL_TABLE"],
            "TYPE_TABLE": self.paths["TYPE_TABLE"],
        }
        result = self.call("zonalstats", parameters, {"OUTPUT": self.tr("District statistics")})
        self.results.update(
            ZONAL_TABLE=result["OUTPUT"],
            TYPE_TABLE=result["TYPE_TABLE"],
            ZONES_NEP_TCO2=result.get("TOTAL_NEP_TCO2"),
        )

    def grades(self) -> None:
        parameters = {
            "NEP": self.results["NEP"],
            "METHOD": "breaks",
            "ZONES": self.value(WorkflowAlgorithm.ZONES),
            "ZONE_FIELD": self.value(WorkflowAlgorithm.ZONE_FIELD),
            "OUTPUT": self.paths["GRADE"],
            "TABLE": self.paths["GRADE_TABLE"],
            "ZONE_TABLE": self.paths["ZONE_GRADE_TABLE"],
        }
        result = self.call("grade", parameters, {"OUTPUT": self.tr("Carbon sink grades")})
        self.results.update(
            GRADE=result["OUTPUT"],
            GRADE_TABLE=result["TABLE"],
            ZONE_GRADE_TABLE=result["ZONE_TABLE"],
        )

    def trend(self) -> None:
        if not self.previous:
            self.feedback.pushInfo(self.tr("No earlier years' NEP given: no trend."))
            return
        parameters = {
            "INPUTS": [*self.previous, self.results["NEP"]],
            "YEARS": ", ".join(str(y) for y in [*self.earlier, self.year]),
            "ZONES": self.value(WorkflowAlgorithm.ZONES),
            "ZONE_FIELD": self.value(WorkflowAlgorithm.ZONE_FIELD),
            "CLASS": self.paths["TREND_CLASS"],
            "SLOPE": self.paths["SLOPE"],
            "Z": self.paths["Z"],
            "P_VALUE": self.paths["P_VALUE"],
            "CV": self.paths["CV"],
            "DIFFERENCE": self.paths["DIFFERENCE"],
            "PERCENT_CHANGE": self.paths["PERCENT_CHANGE"],
            "ZONE_TABLE": self.paths["TREND_TABLE"],
        }
        span = f"{min(self.earlier)}–{self.year}"
        result = self.call("trend", parameters, {"CLASS": self.tr("Trend class")}, span)
        for name in WorkflowAlgorithm.TREND_RASTERS:
            self.results[name] = result.get("CLASS" if name == "TREND_CLASS" else name)
        self.results["TREND_TABLE"] = result.get("ZONE_TABLE")

    def report(self) -> None:
        results = self.results
        parameters = {
            "LANGUAGE": self.value(WorkflowAlgorithm.LANGUAGE),
            "STUDY_AREA": self.value(WorkflowAlgorithm.AREA_NAME) or "",
            "ORGANISATION": self.value(WorkflowAlgorithm.ORGANISATION) or "",
            "YEAR": str(self.year) if self.year else "",
            "ZONES": self.value(WorkflowAlgorithm.ZONES),
            "ZONE_FIELD": self.value(WorkflowAlgorithm.ZONE_FIELD),
            "VEGETATION": self.parameters["VEGETATION"],
            "DATA_SOURCES": self.value(WorkflowAlgorithm.DATA_SOURCES) or "",
            "OUTPUT_HTML": self.paths["OUTPUT_HTML"],
            "OUTPUT_PDF": self.paths["OUTPUT_PDF"],
        }
        for role in ("NPP", "RH", "NEP", "SINK_CLASS", "GRADE", "SLOPE", "TOTALS", "TYPE_TABLE"):
            parameters[role] = results.get(role)
        parameters.update(
            TREND_CLASS=results.get("TREND_CLASS"),
            ZONAL_TABLE=results.get("ZONAL_TABLE"),
            GRADE_TABLE=results.get("GRADE_TABLE"),
            TREND_TABLE=results.get("TREND_TABLE"),
            METRICS=results.get("METRICS"),
            CHECKED_PLOTS=results.get("CHECKED_PLOTS"),
            SCATTER=results.get("SCATTER"),
        )
        if results.get("CHECKED_PLOTS"):
            parameters["THRESHOLD"] = self.threshold()
            parameters["PLOT_STRATUM_FIELD"] = self.value("STRATUM_FIELD") or ""
        parameters = {key: value for key, value in parameters.items() if value is not None}
        parameters["WARNINGS"] = "\n".join(self.child.warnings)
        result = self.call("report", parameters)
        results["OUTPUT_HTML"] = result["OUTPUT_HTML"]
        results["OUTPUT_PDF"] = result.get("OUTPUT_PDF")

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
        low, high = defaults.PLAUSIBLE_MEAN_NPP
        npp = self.results.get("MEAN_NPP")
        if npp is not None and not low <= npp <= high:
            self.warn(
                self.tr(
                    "Mean NPP over vegetated land is {0} gC·m⁻²·a⁻¹, outside {1}–{2} around "
                    "the published regional CASA means (Greater Bay Area ≈ 890, Guangxi ≈ "
                    "880). {3}"
                ).format(_number(npp), _number(low), _number(high), cause)
            )
        nep_low, nep_high = defaults.PLAUSIBLE_MEAN_NEP
        nep = self.results.get("MEAN_NEP")
        if nep is not None and not nep_low <= nep <= nep_high:
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
        algorithm = WorkflowAlgorithm
        names = (
            *algorithm.RASTERS,
            *algorithm.TREND_RASTERS,
            *algorithm.TABLES,
            "SCATTER",
            "OUTPUT_HTML",
            "OUTPUT_PDF",
            *self.algorithm.number_outputs(),
        )
        results = {name: self.results.get(name) for name in names}
        results["WARNING_COUNT"] = len(self.child.warnings)
        results["WARNINGS"] = "\n".join(self.child.warnings)
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
