"""carbonsink:casanpp — monthly and annual NPP by the improved CASA model (SPEC §3)."""

from __future__ import annotations

import functools
import math

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
)

from ..compat import FILE_BEHAVIOR_FILE, set_advanced
from ..core import casa, plausibility, raster
from ..core import parameters as defaults
from ..core.parameters import MONTH_DESCRIPTIONS, MONTHS
from ..core.plausibility import NPP_LIMIT
from . import units
from .base import CarbonSinkAlgorithm, RasterOutput
from .parameters import (
    checked,
    enum_parameter,
    monthly_stack_source,
    number_parameter,
    raster_input,
)


class CasaNppAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "casanpp"
    GROUP_ID = "npp"

    NDVI = "NDVI"
    SOL = "SOL"
    TEMPERATURE = "TEMPERATURE"
    PRECIPITATION = "PRECIPITATION"
    VEGETATION = "VEGETATION"
    PARAMETERS = "PARAMETERS"
    PARAMETERS_CSV = "PARAMETERS_CSV"
    NDVI_EXTREMES = "NDVI_EXTREMES"
    NDVI_PERCENTILE = "NDVI_PERCENTILE"
    PAR_FRACTION = "PAR_FRACTION"
    FPAR_MIN = "FPAR_MIN"
    FPAR_MAX = "FPAR_MAX"
    FPAR_ALPHA = "FPAR_ALPHA"
    TEPS2_CONSTANT = "TEPS2_CONSTANT"
    RN_CONSTANT = "RN_CONSTANT"
    FREEZING_LIMIT = "FREEZING_LIMIT"
    THORNTHWAITE_HOT = "THORNTHWAITE_HOT"
    CAP_WATER_STRESS = "CAP_WATER_STRESS"
    IGNORE_UNIT_CHECKS = "IGNORE_UNIT_CHECKS"
    OUTPUT = "OUTPUT"
    MONTHLY = "MONTHLY"
    FPAR = "FPAR"
    TEMPERATURE_STRESS = "TEMPERATURE_STRESS"
    WATER_STRESS = "WATER_STRESS"

    STACKS = (NDVI, SOL, TEMPERATURE, PRECIPITATION)
    EXTREMES = ("table", "data")

    def displayName(self) -> str:
        return self.tr("NPP by the improved CASA model")

    def shortDescription(self) -> str:
        return self.tr(
            "Monthly and annual net primary productivity (gC·m⁻²) from NDVI, solar radiation, "
            "temperature, precipitation and vegetation types."
        )

    # --- parameters -------------------------------------------------------------------------

    def initAlgorithm(self, config=None):
        self.add_casa_parameters()
        self.declare_outputs()

    def add_casa_parameters(self) -> None:
        """The inputs of the CASA pass (shared with carbonsink:calibrate)."""
        for name, kind in zip(self.STACKS, ("ndvi", "radiation", "temperature", "precipitation")):
            self.addParameter(raster_input(name, kind))
        self.addParameter(raster_input(self.VEGETATION, "vegetation"))
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.PARAMETERS,
                self.tr("Vegetation-type table (code, εmax gC·MJ⁻¹, NDVI_max, NDVI_min)"),
                hasFixedNumberRows=False,
                headers=["code", "epsilon_max", "ndvi_max", "ndvi_min"],
                defaultValue=defaults.type_table_as_matrix(),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.PARAMETERS_CSV,
                self.tr("Vegetation-type table from a CSV file (replaces the table above)"),
                behavior=FILE_BEHAVIOR_FILE,
                extension="csv",
                optional=True,
            )
        )
        self.addParameter(
            enum_parameter(
                self.NDVI_EXTREMES,
                self.tr("NDVI extremes per type: NDVI_max from the data, or from the table"),
                self.EXTREMES,
                "data",
            )
        )
        advanced = [
            number_parameter(
                self.NDVI_PERCENTILE,
                self.tr("Percentile of NDVI taken as NDVI_max in data mode"),
                defaults.NDVI_DATA_PERCENTILE,
                50.0,
                100.0,
            ),
            number_parameter(
                self.PAR_FRACTION,
                self.tr("PAR fraction of total solar radiation"),
                defaults.PAR_FRACTION,
                0.0,
                1.0,
            ),
            number_parameter(self.FPAR_MIN, self.tr("FPAR_min"), defaults.FPAR_MIN, 0.0, 1.0),
            number_parameter(self.FPAR_MAX, self.tr("FPAR_max"), defaults.FPAR_MAX, 0.0, 1.0),
            number_parameter(
                self.FPAR_ALPHA,
                self.tr("α, weight of FPAR_NDVI against FPAR_SR"),
                defaults.FPAR_ALPHA,
                0.0,
                1.0,
            ),
            number_parameter(
                self.TEPS2_CONSTANT,
                self.tr("Tε2 constant (1.184 Zhu; 1.1814 Potter/Field)"),
                defaults.TEPS2_CONSTANT,
                0.5,
                2.0,
            ),
            number_parameter(
                self.RN_CONSTANT,
                self.tr("Rn constant of the regional ET model (0.598; 0.589 also circulates)"),
                defaults.RN_CONSTANT,
                0.0,
                2.0,
            ),
            number_parameter(
                self.FREEZING_LIMIT,
                self.tr("Months at or below this temperature have NPP = 0 (°C)"),
                defaults.FREEZING_LIMIT,
                -50.0,
                10.0,
            ),
            QgsProcessingParameterBoolean(
                self.THORNTHWAITE_HOT,
                self.tr("Thornthwaite hot-month formula for T ≥ 26.5 °C"),
                defaultValue=False,
            ),
            QgsProcessingParameterBoolean(
                self.CAP_WATER_STRESS,
                self.tr("Cap the water stress factor Wε at 1"),
                defaultValue=False,
            ),
        ]
        for parameter in advanced:
            self.addParameter(set_advanced(parameter))
        self.addParameter(units.override_parameter(self.IGNORE_UNIT_CHECKS))

    def output_specs(self):
        monthly = {"bands": MONTHS, "descriptions": MONTH_DESCRIPTIONS}
        diagnostic = {**monthly, "style": "casa_factor", "optional": True, "by_default": False}
        return (
            RasterOutput(self.OUTPUT, self.tr("Annual NPP"), descriptions=["NPP gC m-2 a-1"],
                         style="npp", layer_name=self.tr("NPP (gC·m⁻²·a⁻¹)")),
            RasterOutput(self.MONTHLY, self.tr("Monthly NPP (12 bands)"), **monthly,
                         style="npp_monthly", layer_name=self.tr("Monthly NPP (gC·m⁻²·month⁻¹)"),
                         optional=True, by_default=False),
            RasterOutput(self.FPAR, self.tr("Diagnostics: FPAR (12 bands)"), **diagnostic,
                         layer_name=self.tr("FPAR")),
            RasterOutput(self.TEMPERATURE_STRESS,
                         self.tr("Diagnostics: temperature stress Tε1·Tε2 (12 bands)"),
                         **diagnostic, layer_name=self.tr("Temperature stress Tε1·Tε2")),
            RasterOutput(self.WATER_STRESS, self.tr("Diagnostics: water stress Wε (12 bands)"),
                         **diagnostic, layer_name=self.tr("Water stress Wε")),
        )  # fmt: skip

    # --- help -------------------------------------------------------------------------------

    def casa_parameter_help(self):
        """The help of the CASA inputs and constants (shared with carbonsink:calibrate)."""
        return {
            self.STACKS: [
                self.tr(
                    "NDVI, SOL, TEMPERATURE, PRECIPITATION: 12-band stacks, band m = month m, "
                    "on one grid (use carbonsink:align first)."
                ),
                self.tr("NDVI unitless (−1…1); SOL MJ·m⁻²·month⁻¹; T °C; P mm·month⁻¹."),
            ],
            self.VEGETATION: self.tr(
                "VEGETATION: type codes of carbonsink:vegetationtypes (0 non-vegetated, "
                "1–8 as in the table, 255 nodata)."
            ),
            self.PARAMETERS: self.tr(
                "PARAMETERS: per type εmax (gC·MJ⁻¹), NDVI_max and NDVI_min, editable here "
                "or loaded from a CSV (UTF-8 or GBK; columns code, epsilon_max, ndvi_max, "
                "ndvi_min)."
            ),
            self.PARAMETERS_CSV: self.tr(
                "PARAMETERS_CSV: the same table as a CSV file (e.g. the OUTPUT of "
                "carbonsink:calibrate); when given, the table above is not used."
            ),
            self.NDVI_EXTREMES: self.tr(
                "NDVI_EXTREMES: 'data' takes NDVI_max of each type from the NDVI itself "
                "(percentile below), 'table' from the table."
            ),
            self.NDVI_PERCENTILE: self.tr(
                "NDVI_PERCENTILE: the percentile of a type's monthly NDVI values used as its "
                "NDVI_max in 'data' mode."
            ),
            self.PAR_FRACTION: self.tr(
                "PAR_FRACTION: share of total solar radiation that is photosynthetically active."
            ),
            (self.FPAR_MIN, self.FPAR_MAX): self.tr(
                "FPAR_MIN, FPAR_MAX: the range FPAR is scaled to (unitless)."
            ),
            self.FPAR_ALPHA: self.tr(
                "FPAR_ALPHA: weight α of the NDVI-based FPAR against the SR-based one."
            ),
            self.TEPS2_CONSTANT: self.tr(
                "TEPS2_CONSTANT: the constant C of Tε2 (1.184 after Zhu; 1.1814 after "
                "Potter and Field)."
            ),
            self.RN_CONSTANT: self.tr(
                "RN_CONSTANT: the constant k of the regional evapotranspiration model of "
                "Zhou and Zhang."
            ),
            self.FREEZING_LIMIT: self.tr(
                "FREEZING_LIMIT: months with mean temperature at or below it (°C) have NPP = 0."
            ),
            self.THORNTHWAITE_HOT: self.tr(
                "THORNTHWAITE_HOT: Ep0 = −415.85 + 32.24·T − 0.43·T² in months of 26.5 °C "
                "and more (Thornthwaite's hot-month formula) instead of the power law."
            ),
            self.CAP_WATER_STRESS: self.tr(
                "CAP_WATER_STRESS: limit Wε to 1 in very wet months (off by default)."
            ),
        }

    def parameter_help(self):
        return {
            **self.casa_parameter_help(),
            self.OUTPUT: self.tr("OUTPUT: annual NPP, gC·m⁻²·a⁻¹, Float32, nodata −9999."),
            self.MONTHLY: self.tr("MONTHLY: monthly NPP, 12 bands, gC·m⁻²·month⁻¹."),
            (self.FPAR, self.TEMPERATURE_STRESS, self.WATER_STRESS): self.tr(
                "FPAR, TEMPERATURE_STRESS (Tε1·Tε2), WATER_STRESS (Wε): 12-band "
                "diagnostics that show why a pixel came out as it did."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Net primary productivity by the improved CASA model (Potter et al. 1993; "
                "Zhu Wenquan et al. 2006/2007), month by month, summed over the year: stage 2 "
                "of DB4403/T 348—2023."
            ),
            "formula": self.tr(
                "NPP(x,t) = SOL·FPAR·PAR fraction·Tε1·Tε2·Wε·εmax      gC·m⁻²·month⁻¹\n"
                "SR = (1+NDVI)/(1−NDVI); NDVI clamped to [NDVI_min, NDVI_max] of the type\n"
                "FPAR = α·FPAR_NDVI + (1−α)·FPAR_SR, both scaled linearly to "
                "[FPAR_min, FPAR_max]\n"
                "Topt = temperature of the month with the highest NDVI\n"
                "Tε1 = 0.8 + 0.02·Topt − 0.0005·Topt²\n"
                "Tε2 = C/(1+exp(0.2(Topt−10−T)))/(1+exp(0.3(−Topt−10+T))); "
                "T > Topt+10 or T < Topt−13: Tε2(Topt)/2\n"
                "I = Σ(T/5)^1.514 over months with T > 0; "
                "a = 6.75e-7·I³ − 7.71e-5·I² + 1.792e-2·I + 0.49239\n"
                "Ep0 = 16·(10T/I)^a (T > 0, else 0) mm\n"
                "Rn = sqrt(Ep0·P)·(0.369 + k·sqrt(Ep0/P)); "
                "E = P·Rn·(P²+Rn²+P·Rn)/((P+Rn)(P²+Rn²))\n"
                "Ep = (E + Ep0)/2; Wε = 0.5 + 0.5·E/Ep\n"
                "Annual NPP = Σ of the 12 months            gC·m⁻²·a⁻¹"
            ),
            "outputs": [
                self.tr(
                    "Log: per vegetation type the pixels, mean NPP, the share of pixels with "
                    "FPAR saturated in most months, and the NDVI_max used."
                ),
            ],
            "notes": [
                self.tr(
                    "A pixel that is nodata in any month of any input is nodata in every "
                    "month and in the annual sum (Topt and the heat index need the whole year)."
                ),
                self.tr(
                    "Type 0 (non-vegetated) gives NPP = 0, not nodata. Codes present in the "
                    "raster but missing from the table stop the run with a list of them."
                ),
                self.tr(
                    "A month with mean temperature at or below the freezing limit (−10 °C) has "
                    "NPP = 0."
                ),
                self.tr(
                    "P = 0 gives Rn = 0, E = 0 and Wε = 0.5. No evaporative demand (Ep0 = 0, "
                    "i.e. T ≤ 0 °C) gives Wε = 1, also when P = 0. Wε exceeds 1 in months "
                    "where E > Ep0 (very wet months); it is not capped unless you ask for it."
                ),
                self.tr(
                    "NDVI extremes 'data' (the default): NDVI_max of each type is the 95th "
                    "percentile of all its valid monthly NDVI values (computed from histograms "
                    "with 0.0001 bins, exact to 0.0001; kept below 1), which is how the CASA "
                    "literature defines NDVI_i,max; NDVI_min stays the table value. Types "
                    "without data keep the table value. 'table' uses the table's NDVI_max "
                    "(Zhu's AVHRR-era maxima), which Landsat/Sentinel-2 NDVI saturates."
                ),
                self.tr(
                    "A pixel counts as saturated when its NDVI reaches NDVI_max (so FPAR = "
                    "FPAR_max) in more than half of its 12 months; a warning is given when more "
                    "than half of a type's pixels are saturated."
                ),
                self.tr(
                    "Unit checks before computing: NDVI outside −1…1 (scaled ×10000), "
                    "temperature above 60 (Kelvin or tenths of °C), radiation typical of "
                    "J·m⁻², W·m⁻² or daily means, precipitation never above 1.5 (metres). "
                    "They stop the run unless you tick the override."
                ),
            ],
            "references": [
                "Potter C.S. et al. (1993) Global Biogeochemical Cycles 7(4): 811–841.",
                "Field C.B., Randerson J.T., Malmström C.M. (1995) Remote Sensing of "
                "Environment 51: 74–88.",
                "朱文泉, 潘耀忠, 张锦水 (2007) 中国陆地植被净初级生产力遥感估算. 植物生态学报 "
                "31(3): 413–424.",
                "周广胜, 张新时 (1995) 自然植被净第一性生产力模型初探. 植物生态学报 "
                "19(3): 193–200.",
                "Thornthwaite C.W. (1948) Geographical Review 38: 55–94.",
                "DB4403/T 348—2023 城市碳汇遥感评价技术规范.",
            ],
        }

    # --- checks -----------------------------------------------------------------------------

    def _sources(self, parameters, context) -> dict[str, raster.Source]:
        sources = {
            name: monthly_stack_source(self, parameters, name, context) for name in self.STACKS
        }
        sources[self.VEGETATION] = self.raster_source(
            parameters, self.VEGETATION, context, expect_bands=1
        )
        raster.check_same_grid(list(sources.values()))
        return sources

    def checkParameterValues(self, parameters, context):
        def check():
            for source in self._sources(parameters, context).values():
                source.close()
            self._table(parameters, context)

        return checked(self, parameters, context, check)

    def _table(self, parameters, context):
        csv_path = self.parameterAsFile(parameters, self.PARAMETERS_CSV, context)
        if csv_path:
            return casa.read_type_table_csv(csv_path)
        values = self.parameterAsMatrix(parameters, self.PARAMETERS, context)
        if not values:
            return defaults.default_type_table()
        return defaults.type_table_from_matrix(values, self.label(self.PARAMETERS))

    def _constants(self, parameters, context) -> casa.CasaConstants:
        number = self.parameterAsDouble
        constants = casa.CasaConstants(
            par_fraction=number(parameters, self.PAR_FRACTION, context),
            fpar_min=number(parameters, self.FPAR_MIN, context),
            fpar_max=number(parameters, self.FPAR_MAX, context),
            alpha=number(parameters, self.FPAR_ALPHA, context),
            teps2_constant=number(parameters, self.TEPS2_CONSTANT, context),
            rn_constant=number(parameters, self.RN_CONSTANT, context),
            hot_month_branch=self.parameterAsBool(parameters, self.THORNTHWAITE_HOT, context),
            freezing_limit=number(parameters, self.FREEZING_LIMIT, context),
            cap_water_stress=self.parameterAsBool(parameters, self.CAP_WATER_STRESS, context),
        )
        constants.check()
        return constants

    def _check_units(self, parameters, context, sources, feedback) -> None:
        samples = raster.sample_all({name: sources[name] for name in self.STACKS})
        for name, values in samples.items():
            if values.size == 0:
                raise QgsProcessingException(
                    self.tr("{0}: the raster contains only nodata.").format(self.label(name))
                )
            findings = casa.STACK_CHECKS[name](values)
            units.enforce(
                self,
                parameters,
                context,
                feedback,
                self.label(name),
                findings,
                override=self.IGNORE_UNIT_CHECKS,
            )

    # --- run --------------------------------------------------------------------------------

    def execute(self, parameters, context, feedback):
        sources = self._sources(parameters, context)
        table = self._table(parameters, context)
        constants = self._constants(parameters, context)
        extremes = self.parameterAsEnumString(parameters, self.NDVI_EXTREMES, context) or "data"
        percentile = self.parameterAsDouble(parameters, self.NDVI_PERCENTILE, context)
        self._check_units(parameters, context, sources, feedback)

        outputs = self.open_outputs(parameters, context)

        feedback.pushInfo(
            self.tr("NDVI extremes from the {0}; vegetation types in the table: {1}.").format(
                extremes, ", ".join(str(code) for code in sorted(table))
            )
        )

        report = casa.run_casa(
            sources,
            outputs,
            table,
            constants,
            extremes=extremes,
            percentile=percentile,
            engine=functools.partial(self.engine, feedback),  # passes with progress and Cancel
        )
        self._log_report(report, extremes, feedback)

        return self.finish_outputs(context, outputs)

    def _log_report(self, report: casa.CasaReport, extremes: str, feedback) -> None:
        feedback.pushInfo(
            self.tr(
                "Per vegetation type: pixels, mean annual NPP (gC·m⁻²·a⁻¹), share of pixels "
                "with FPAR saturated in more than half of their months, NDVI_max used:"
            )
        )
        for code, summary in sorted(report.types.items()):
            name_en, name_zh = defaults.type_names(code)
            share = math.nan if code == defaults.NON_VEGETATED else summary.saturation_share
            feedback.pushInfo(
                f"  {code} {name_en} / {name_zh}: {summary.pixels}, "
                f"{_fmt(summary.mean_npp, 1)}, {_fmt(100 * share, 1)} %, "
                f"{_fmt(summary.ndvi_max_used, 4)}"
            )
        for code, table_value in sorted(report.ndvi_max_fallbacks.items()):
            if report.codes_present.get(code):
                feedback.pushWarning(
                    self.tr(
                        "Type {0}: no usable NDVI for a data-mode NDVI_max (none above "
                        "NDVI_min); the table value {1} is used."
                    ).format(code, table_value)
                )
        for code in report.saturating_types():
            summary = report.types[code]
            advice = (
                self.tr("Set NDVI_EXTREMES to 'data' or raise NDVI_max in the table.")
                if extremes == "table"
                else self.tr("Check the NDVI input.")
            )
            feedback.pushWarning(
                self.tr(
                    "Type {0}: {1} % of its pixels reach NDVI_max = {2} in more than half of "
                    "their months, so FPAR is saturated and NPP no longer follows NDVI. {3}"
                ).format(
                    code,
                    _fmt(100 * summary.saturation_share, 0),
                    _fmt(summary.ndvi_max_used, 3),
                    advice,
                )
            )
        for code, summary in sorted(report.types.items()):
            if summary.pixels and plausibility.above_limit(summary.mean_npp, NPP_LIMIT):
                feedback.pushWarning(
                    self.tr(
                        "Type {0}: mean NPP {1} gC·m⁻²·a⁻¹ is above 2000, which almost always "
                        "means a unit error in an input or FPAR saturation."
                    ).format(code, _fmt(summary.mean_npp, 0))
                )


def _fmt(value: float, digits: int) -> str:
    return "—" if value is None or math.isnan(value) else f"{value:.{digits}f}"
