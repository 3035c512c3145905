"""carbonsink:soilrespiration — monthly and annual soil heterotrophic respiration (SPEC §4).

Also home of RespirationInputs, the parameters and checks that carbonsink:carbonsink shares
with this algorithm (scope, the Pei et al. constants, the climate stacks).
"""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..compat import set_advanced
from ..core import parameters as defaults
from ..core import raster
from ..core import units as core_units
from ..core.parameters import MONTH_DESCRIPTIONS, MONTHS
from ..core.respiration import (
    SCOPE_VEGETATED,
    SCOPES,
    RespirationPass,
    RhConstants,
)
from . import units
from .base import CarbonSinkAlgorithm, RasterOutput
from .parameters import (
    checked,
    enum_parameter,
    monthly_stack_source,
    number_parameter,
    raster_input,
)


class RespirationInputs:
    """Parameters and checks shared by soilrespiration and carbonsink (a mixin)."""

    TEMPERATURE = "TEMPERATURE"
    PRECIPITATION = "PRECIPITATION"
    VEGETATION = "VEGETATION"
    SCOPE = "SCOPE"
    RH_COEFFICIENT = "RH_COEFFICIENT"
    RH_TEMPERATURE_FACTOR = "RH_TEMPERATURE_FACTOR"
    RH_PRECIPITATION_FACTOR = "RH_PRECIPITATION_FACTOR"
    RH_DAYS = "RH_DAYS"
    RH_CARBON_FACTOR = "RH_CARBON_FACTOR"
    IGNORE_UNIT_CHECKS = "IGNORE_UNIT_CHECKS"

    def add_climate_parameters(self, optional: bool) -> None:
        self.addParameter(raster_input(self.TEMPERATURE, "temperature", optional))
        self.addParameter(raster_input(self.PRECIPITATION, "precipitation", optional))

    def add_vegetation_and_scope(self) -> None:
        self.addParameter(raster_input(self.VEGETATION, "vegetation", optional=True))
        self.addParameter(
            enum_parameter(
                self.SCOPE,
                self.tr("Evaluate on (vegetated: type ≠ 0 only; land: every valid pixel)"),
                SCOPES,
                SCOPE_VEGETATED,
            )
        )

    def add_advanced_parameters(self) -> None:
        """The Pei et al. constants and the unit-check override."""
        specs = (
            (self.RH_COEFFICIENT, self.tr("Rh coefficient a (Pei et al.: 0.22)"),
             defaults.RH_COEFFICIENT, 10.0),
            (self.RH_TEMPERATURE_FACTOR,
             self.tr("Rh temperature factor b, °C⁻¹ (0.0913; 0.0912 also published)"),
             defaults.RH_TEMPERATURE, 1.0),
            (self.RH_PRECIPITATION_FACTOR, self.tr("Rh precipitation factor c, mm⁻¹ (0.3145)"),
             defaults.RH_PRECIPITATION, 10.0),
            (self.RH_DAYS, self.tr("Days per month d (30)"), defaults.RH_DAYS, 31.0),
            (self.RH_CARBON_FACTOR, self.tr("Rh carbon conversion factor k (0.465)"),
             defaults.RH_CARBON, 1.0),
        )  # fmt: skip
        for name, label, default, maximum in specs:
            self.addParameter(set_advanced(number_parameter(name, label, default, 1e-6, maximum)))
        self.addParameter(units.override_parameter(self.IGNORE_UNIT_CHECKS))

    def respiration_help(self) -> dict:
        """The help of the scope and the Pei et al. constants (for parameter_help())."""
        return {
            self.SCOPE: self.tr(
                "SCOPE: 'vegetated' evaluates pixels of type 1–8 only (needs VEGETATION), "
                "'land' every valid pixel, non-vegetated ones included."
            ),
            (
                self.RH_COEFFICIENT,
                self.RH_TEMPERATURE_FACTOR,
                self.RH_PRECIPITATION_FACTOR,
                self.RH_DAYS,
                self.RH_CARBON_FACTOR,
            ): self.tr(
                "RH_COEFFICIENT a, RH_TEMPERATURE_FACTOR b, RH_PRECIPITATION_FACTOR c, RH_DAYS "
                "d and RH_CARBON_FACTOR k of Rh(month) = a·(exp(b·T) + ln(c·P + 1))·d·k (Pei "
                "et al.); change them only for a published local fit."
            ),
        }

    # --- reading ----------------------------------------------------------------------------

    def scope(self, parameters, context) -> str:
        value = self.parameterAsEnumString(parameters, self.SCOPE, context) or SCOPE_VEGETATED
        if value not in SCOPES:
            raise QgsProcessingException(
                self.tr("{0}: '{1}' is not one of {2}.").format(
                    self.label(self.SCOPE), value, ", ".join(SCOPES)
                )
            )
        return value

    def rh_constants(self, parameters, context) -> RhConstants:
        def number(name):
            return self.parameterAsDouble(parameters, name, context)

        return RhConstants(
            coefficient=number(self.RH_COEFFICIENT),
            temperature=number(self.RH_TEMPERATURE_FACTOR),
            precipitation=number(self.RH_PRECIPITATION_FACTOR),
            days=number(self.RH_DAYS),
            carbon=number(self.RH_CARBON_FACTOR),
        )

    def with_vegetation(self, sources, parameters, context, scope: str) -> dict:
        """The sources with VEGETATION added (needed by the vegetated scope), all checked to
        share one grid."""
        source = self.raster_source(parameters, self.VEGETATION, context, expect_bands=1)
        if source is None and scope == SCOPE_VEGETATED:
            raise QgsProcessingException(
                self.tr(
                    "{0}: the scope 'vegetated' (the default) evaluates Rh and NEP on vegetated "
                    "pixels only and needs the vegetation-type raster. Give it (make one with "
                    "carbonsink:vegetationtypes), or set {1} to 'land' to evaluate every valid "
                    "pixel."
                ).format(self.label(self.VEGETATION), self.label(self.SCOPE))
            )
        if source is not None:
            sources["VEGETATION"] = source
        raster.check_same_grid(list(sources.values()))
        return sources

    def checkParameterValues(self, parameters, context):
        """What can be known before running: open the inputs (band counts, grids, scope)."""

        def check():
            for source in self.open_inputs(parameters, context).values():
                source.close()

        return checked(self, parameters, context, check)

    def prepare(self, parameters, context, feedback):
        """(scope, Rh constants, checked input sources) of a run."""
        scope = self.scope(parameters, context)
        constants = self.rh_constants(parameters, context)
        sources = self.open_inputs(parameters, context)
        self.check_units(parameters, context, sources, feedback)
        return scope, constants, sources

    # The unit check (core/units.py) of each input, run on a sample before the pass.
    UNIT_CHECKS = {
        "NPP": core_units.check_annual_flux,
        "RH": core_units.check_annual_rh,
        "TEMPERATURE": core_units.check_temperature,
        "PRECIPITATION": core_units.check_precipitation,
        "VEGETATION": core_units.check_vegetation_codes,
    }

    def check_units(self, parameters, context, sources, feedback) -> None:
        """Unit checks on sampled values before the pass (errors stop, warnings are logged)."""
        for key, values in raster.sample_all(sources).items():
            findings = self.UNIT_CHECKS[key](values)
            units.enforce(
                self,
                parameters,
                context,
                feedback,
                sources[key].name,
                findings,
                override=self.IGNORE_UNIT_CHECKS,
            )


class SoilRespirationAlgorithm(RespirationInputs, CarbonSinkAlgorithm):
    ALGORITHM_ID = "soilrespiration"
    GROUP_ID = "carbonsink"

    OUTPUT = "OUTPUT"
    MONTHLY = "MONTHLY"

    def displayName(self) -> str:
        return self.tr("Soil heterotrophic respiration (Rh)")

    def shortDescription(self) -> str:
        return self.tr("Monthly and annual Rh from temperature and precipitation (Pei et al.).")

    def initAlgorithm(self, config=None):
        self.add_climate_parameters(optional=False)
        self.add_vegetation_and_scope()
        self.add_advanced_parameters()
        self.declare_outputs()

    def output_specs(self):
        return (
            RasterOutput(
                self.OUTPUT,
                self.tr("Annual soil heterotrophic respiration (gC·m⁻²·a⁻¹)"),
                descriptions=["Rh gC m-2 a-1"],
                style="rh",
                layer_name=self.tr("Soil respiration Rh (annual)"),
            ),
            RasterOutput(
                self.MONTHLY,
                self.tr("Monthly soil heterotrophic respiration (12 bands, gC·m⁻²·month⁻¹)"),
                bands=MONTHS,
                descriptions=MONTH_DESCRIPTIONS,
                style="rh_monthly",
                layer_name=self.tr("Soil respiration Rh (monthly)"),
                optional=True,
                by_default=False,
            ),
        )

    def parameter_help(self):
        return {
            self.TEMPERATURE: self.tr(
                "Temperature: 12-band stack, band m = month m, monthly mean air °C."
            ),
            self.PRECIPITATION: self.tr(
                "Precipitation: 12-band stack, monthly totals in mm·month⁻¹."
            ),
            self.VEGETATION: self.tr(
                "Vegetation types: codes of SPEC §2.5 (0 = non-vegetated), from "
                "'Vegetation types from land cover'. Needed for the vegetated scope."
            ),
            **self.respiration_help(),
            self.OUTPUT: self.tr("Annual Rh, Float32, gC·m⁻²·a⁻¹, nodata −9999."),
            self.MONTHLY: self.tr("Optional monthly Rh, 12 bands (month=01…12), gC·m⁻²·month⁻¹."),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Soil heterotrophic respiration Rh (carbon released by soil microbes) for each "
                "month and the year, from monthly mean air temperature and precipitation, after "
                "Pei et al. The annual output is the RH input of 'Carbon sink (NEP)'."
            ),
            "formula": self.tr(
                "Rh(month) = a · (exp(b·T) + ln(c·P + 1)) · d · k      gC·m⁻²·month⁻¹\n"
                "Rh(year)  = Σ of the 12 months                        gC·m⁻²·a⁻¹\n"
                "a = 0.22, b = 0.0913 °C⁻¹ (0.0912 also published), c = 0.3145 mm⁻¹,\n"
                "d = 30 days per month, k = 0.465 (conversion factor of the published formula)\n"
                "Worked example: T = 20 °C, P = 100 mm → 0.22 · (e^1.826 + ln 32.45) · 30 · 0.465\n"
                "= 0.22 · (6.2090 + 3.4797) · 13.95 ≈ 29.73 gC·m⁻²·month⁻¹"
            ),
            "inputs": [
                self.tr("All inputs on one grid (same CRS, pixel size, extent): see 'Align'."),
            ],
            "notes": [
                self.tr(
                    "Scope 'vegetated' (default): Rh is evaluated where the vegetation type is "
                    "not 0 and is 0 on non-vegetated pixels, so that NEP = 0 there. Scope "
                    "'land': Rh on every valid pixel (sealed land then becomes a carbon source "
                    "in NEP); water should be nodata in an input if it must not count."
                ),
                self.tr(
                    "A pixel that is nodata in any input (or in any month) is nodata in the "
                    "annual output; a month is nodata where that month's T or P is."
                ),
                self.tr(
                    "Days per month is the constant 30 of the published model, not the "
                    "calendar length of the month (≤ 3.3 % difference per month)."
                ),
                self.tr(
                    "Unit checks before the run: temperature in Kelvin or °C × 10, "
                    "precipitation in metres, negative precipitation and undeclared nodata "
                    "values stop the run with a message (nothing is written) unless you tick "
                    "the override; undeclared nodata always stops it."
                ),
            ],
            "references": [
                "Pei Zhiyong, Ouyang Hua, Zhou Caiping, Xu Xingliang (2009/2010): carbon "
                "balance of the alpine steppe on the Qinghai–Tibet Plateau (Rh model).",
                "DB4403/T 348—2023 《城市碳汇遥感评价技术规范》, Shenzhen.",
            ],
        }

    def open_inputs(self, parameters, context) -> dict[str, raster.Source]:
        scope = self.scope(parameters, context)
        sources = {
            "TEMPERATURE": monthly_stack_source(self, parameters, self.TEMPERATURE, context),
            "PRECIPITATION": monthly_stack_source(self, parameters, self.PRECIPITATION, context),
        }
        return self.with_vegetation(sources, parameters, context, scope)

    def execute(self, parameters, context, feedback):
        scope, constants, sources = self.prepare(parameters, context, feedback)
        outputs = self.open_outputs(parameters, context)
        work = RespirationPass(scope, constants)
        self.engine(feedback, sources, outputs, work.compute, on_block=work.on_block)

        totals = work.totals
        feedback.pushInfo(
            self.tr(
                "Rh evaluated on {0} of {1} valid pixels ({2:.2f} ha); area-weighted mean "
                "annual Rh {3:.1f} gC·m⁻²·a⁻¹."
            ).format(
                totals.evaluated_pixels,
                totals.valid_pixels,
                totals.evaluated_area_m2 / 1e4,
                totals.mean_rh,
            )
        )
        if scope == SCOPE_VEGETATED and totals.evaluated_pixels == 0:
            feedback.pushWarning(
                self.tr("{0}: no vegetated pixel (type ≠ 0) found; Rh is 0 everywhere.").format(
                    self.label(self.VEGETATION)
                )
            )
        return self.finish_outputs(context, outputs)
