"""carbonsink:carbonsink — NEP = NPP − Rh, CO₂ sink density, sink/source classes, totals."""

from __future__ import annotations

import os

from qgis.core import QgsProcessingException, QgsProcessingParameterRasterLayer

from ..core import raster
from ..core.carbon import TOTALS_FIELDS, CarbonSinkPass
from ..core.respiration import SCOPE_LAND, SCOPE_VEGETATED, scope_of_rh_file
from ..i18n import in_chinese
from .base import CarbonSinkAlgorithm, NumberOutput, RasterOutput, TableOutput
from .parameters import annual_source, monthly_stack_source, raster_input
from .soilrespiration import RespirationInputs


class CarbonSinkNepAlgorithm(RespirationInputs, CarbonSinkAlgorithm):
    ALGORITHM_ID = "carbonsink"
    GROUP_ID = "carbonsink"

    NPP = "NPP"
    RH = "RH"
    OUTPUT = "OUTPUT"
    CO2_DENSITY = "CO2_DENSITY"
    SINK_CLASS = "SINK_CLASS"
    TOTALS = "TOTALS"
    TOTAL_NEP_TC = "TOTAL_NEP_TC"
    TOTAL_NEP_TCO2 = "TOTAL_NEP_TCO2"
    TOTAL_NPP_TC = "TOTAL_NPP_TC"
    TOTAL_RH_TC = "TOTAL_RH_TC"
    VEGETATED_AREA_HA = "VEGETATED_AREA_HA"
    SINK_AREA_HA = "SINK_AREA_HA"
    SOURCE_AREA_HA = "SOURCE_AREA_HA"
    MEAN_NEP = "MEAN_NEP"
    # Headline numbers declared as outputs (name, totals quantity), usable in a model.
    NUMBERS = (
        (TOTAL_NEP_TC, "total_nep_tc"),
        (TOTAL_NEP_TCO2, "total_nep_tco2"),
        (TOTAL_NPP_TC, "total_npp_tc"),
        (TOTAL_RH_TC, "total_rh_tc"),
        (VEGETATED_AREA_HA, "vegetated_area_ha"),
        (SINK_AREA_HA, "sink_area_ha"),
        (SOURCE_AREA_HA, "source_area_ha"),
        (MEAN_NEP, "mean_nep_vegetated"),
    )
    # Give one of these, never both (open_inputs refuses both): the panel preselects one.
    INPUT_ALTERNATIVES = ((RH,), ("TEMPERATURE", "PRECIPITATION"))

    def displayName(self) -> str:
        return self.tr("Carbon sink (NEP = NPP − Rh)")

    def shortDescription(self) -> str:
        return self.tr("Net ecosystem production, CO₂ sink density, sink/source map and totals.")

    def initAlgorithm(self, config=None):
        self.addParameter(raster_input(self.NPP, "npp"))
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.RH,
                self.tr("Annual Rh, gC·m⁻²·a⁻¹ (or temperature + precipitation below)"),
                optional=True,
            )
        )
        self.add_vegetation_and_scope()
        self.add_climate_parameters(optional=True)
        self.add_advanced_parameters()
        self.declare_outputs()

    def output_specs(self):
        return (
            RasterOutput(
                self.OUTPUT,
                self.tr("Net ecosystem production NEP (gC·m⁻²·a⁻¹)"),
                descriptions=["NEP gC m-2 a-1"],
                style="nep",
                layer_name=self.tr("NEP (gC·m⁻²·a⁻¹)"),
            ),
            RasterOutput(
                self.CO2_DENSITY,
                self.tr("CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)"),
                descriptions=["CO2 sink tCO2 ha-1 a-1"],
                style="co2_density",
                layer_name=self.tr("CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)"),
                optional=True,
            ),
            RasterOutput(
                self.SINK_CLASS,
                self.tr("Sink / source classes"),
                dtype="uint8",
                descriptions=["0 non-vegetated, 1 sink, 2 source, 3 balance"],
                style="sink_class",
                layer_name=self.tr("Carbon sink / source"),
                optional=True,
            ),
            TableOutput(self.TOTALS, self.tr("Carbon sink totals"), optional=True),
            *(NumberOutput(name, self.number_labels()[name]) for name, _ in self.NUMBERS),
        )

    def number_labels(self) -> dict[str, str]:
        return {
            "TOTAL_NEP_TC": self.tr("Total NEP (tC·a⁻¹)"),
            "TOTAL_NEP_TCO2": self.tr("Total carbon sink (tCO₂·a⁻¹)"),
            "TOTAL_NPP_TC": self.tr("Total NPP (tC·a⁻¹)"),
            "TOTAL_RH_TC": self.tr("Total Rh (tC·a⁻¹)"),
            "VEGETATED_AREA_HA": self.tr("Vegetated area (ha)"),
            "SINK_AREA_HA": self.tr("Carbon sink area (ha)"),
            "SOURCE_AREA_HA": self.tr("Carbon source area (ha)"),
            "MEAN_NEP": self.tr("Mean NEP over the vegetated area (gC·m⁻²·a⁻¹)"),
        }

    def parameter_help(self):
        return {
            self.NPP: self.tr("NPP: annual NPP in gC·m⁻²·a⁻¹ (OUTPUT of CASA NPP or Import NPP)."),
            (self.RH, self.TEMPERATURE, self.PRECIPITATION): self.tr(
                "RH: annual Rh in gC·m⁻²·a⁻¹ (OUTPUT of Soil heterotrophic respiration); or "
                "instead the 12-band temperature (°C) and precipitation (mm) stacks, and Rh "
                "is computed on the fly with the same model and constants."
            ),
            self.VEGETATION: self.tr(
                "Vegetation types (0 = non-vegetated); needed for the vegetated scope."
            ),
            **self.respiration_help(),
            (self.OUTPUT, self.CO2_DENSITY): self.tr(
                "NEP, Float32, gC·m⁻²·a⁻¹; CO₂ sink density, Float32, tCO₂·ha⁻¹·a⁻¹."
            ),
            self.SINK_CLASS: self.tr(
                "Sink / source classes, Byte: 0 non-vegetated, 1 sink, 2 source, 3 balance, "
                "255 nodata, styled with a legend."
            ),
            self.TOTALS: self.tr(
                "Totals table, one row per quantity (fields quantity, value, unit, "
                "description, description_zh): valid_area_ha, vegetated_area_ha/_km2, "
                "non_vegetated_area_ha, evaluated_area_ha, sink_area_ha/_km2, "
                "source_area_ha/_km2, balance_area_ha, total_npp_tc/_tco2, "
                "total_rh_tc/_tco2, total_nep_tc/_tco2, mean_nep_vegetated, "
                "mean_co2_density_vegetated."
            ),
            self.TOTAL_NEP_TC: self.tr(
                "Numbers: TOTAL_NEP_TC, TOTAL_NEP_TCO2, TOTAL_NPP_TC, TOTAL_RH_TC, "
                "VEGETATED_AREA_HA, SINK_AREA_HA, SOURCE_AREA_HA, MEAN_NEP."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Urban carbon sink of the standard's stage 3: net ecosystem production "
                "NEP = NPP − Rh per pixel, the CO₂ sink density, a sink/source map, and the "
                "city totals (vegetated, sink and source area; Σ NPP, Σ Rh, Σ NEP in tC and "
                "tCO₂) as a table and as numbers a model can use."
            ),
            "formula": self.tr(
                "NEP = NPP − Rh                                  gC·m⁻²·a⁻¹\n"
                "CO₂ sink density = NEP · 0.01 · 44/12           tCO₂·ha⁻¹·a⁻¹\n"
                "Total (tC) = Σ NEP · pixel area (m²) · 10⁻⁶;  tCO₂ = tC · 44/12\n"
                "Classes: 1 sink (NEP > 0), 2 source (NEP < 0), 3 balance (NEP = 0),\n"
                "0 non-vegetated, 255 nodata\n"
                "Rh from climate (if no RH raster):\n"
                "Rh = Σ months 0.22 · (e^(0.0913·T) + ln(0.3145·P + 1)) · 30 · 0.465"
            ),
            "inputs": [self.tr("All rasters on one grid (same CRS, pixel size and extent).")],
            "notes": [
                self.tr(
                    "Scope 'vegetated' (default): NEP is evaluated where the vegetation type is "
                    "not 0; non-vegetated pixels get NEP = 0 and class 0 whatever NPP and Rh "
                    "say. Scope 'land': every valid pixel gets NEP = NPP − Rh and a class by its "
                    "sign, so sealed land with NPP = 0 becomes a carbon source."
                ),
                self.tr(
                    "Σ NPP, Σ Rh and Σ NEP are taken over the evaluated pixels, so "
                    "Σ NEP = Σ NPP − Σ Rh. Areas are exact: |a·e| of the geotransform in a "
                    "projected CRS, the ellipsoidal area of each row's cells in a geographic "
                    "CRS (never degrees × a constant)."
                ),
                self.tr(
                    "A pixel that is nodata in any input is nodata in every output, including "
                    "non-vegetated pixels whose NPP or Rh is nodata."
                ),
                self.tr(
                    "Negative NPP is used as given with a warning: CASA cannot produce it, but "
                    "MOD17 annual NPP can be slightly negative. Negative Rh, values below −1000 "
                    "(undeclared nodata) and a 12-band stack where an annual raster is "
                    "expected stop the run; NPP in kgC·m⁻²·a⁻¹, temperature in K and "
                    "precipitation in m stop it unless you tick the override."
                ),
                self.tr(
                    "An Rh file made by Soil heterotrophic respiration with scope 'vegetated' "
                    "has Rh = 0 on non-vegetated pixels, so it cannot be combined with scope "
                    "'land' here: the run stops and says so."
                ),
            ],
            "references": [
                "DB4403/T 348—2023 《城市碳汇遥感评价技术规范》, Shenzhen.",
                "Pei Zhiyong et al. (2009/2010): soil heterotrophic respiration model.",
            ],
        }

    # --- inputs -----------------------------------------------------------------------------

    def open_inputs(self, parameters, context) -> dict[str, raster.Source]:
        scope = self.scope(parameters, context)
        sources = {"NPP": annual_source(self, parameters, self.NPP, context)}
        rh = annual_source(self, parameters, self.RH, context)
        climate = [
            monthly_stack_source(self, parameters, name, context)
            for name in (self.TEMPERATURE, self.PRECIPITATION)
        ]
        given = [source is not None for source in climate]
        if rh is not None and any(given):
            raise QgsProcessingException(
                self.tr(
                    "{0} and {1}/{2} were both given. Give either the annual Rh raster or the "
                    "temperature and precipitation stacks (Rh is then computed), not both."
                ).format(
                    self.label(self.RH),
                    self.label(self.TEMPERATURE),
                    self.label(self.PRECIPITATION),
                )
            )
        if rh is None and not all(given):
            raise QgsProcessingException(
                self.tr(
                    "{0}: no annual Rh raster given. Give it (OUTPUT of Soil heterotrophic "
                    "respiration), or give both {1} and {2} to compute Rh here."
                ).format(
                    self.label(self.RH),
                    self.label(self.TEMPERATURE),
                    self.label(self.PRECIPITATION),
                )
            )
        if rh is not None:
            sources["RH"] = rh
            made_with = scope_of_rh_file(rh.path)
            if scope == SCOPE_LAND and made_with == SCOPE_VEGETATED:
                raise QgsProcessingException(
                    self.tr(
                        "{0}: '{1}' was made by Soil heterotrophic respiration with scope "
                        "'vegetated', so its Rh is 0 on non-vegetated pixels, but {2} is "
                        "'land' here. Recompute Rh with scope 'land', give temperature and "
                        "precipitation instead of Rh, or use scope 'vegetated'."
                    ).format(self.label(self.RH), os.path.basename(rh.path), self.label(self.SCOPE))
                )
        else:
            sources["TEMPERATURE"], sources["PRECIPITATION"] = climate
        return self.with_vegetation(sources, parameters, context, scope)

    # --- running ----------------------------------------------------------------------------

    def execute(self, parameters, context, feedback):
        scope, constants, sources = self.prepare(parameters, context, feedback)
        outputs = self.open_outputs(parameters, context)
        work = CarbonSinkPass(
            scope=scope,
            constants=constants,
            rh_from_climate="RH" not in sources,
            has_vegetation="VEGETATION" in sources,
        )
        self.engine(feedback, sources, outputs, work.compute, on_block=work.on_block, end=95)

        totals = work.totals
        if totals.negative_npp_pixels:
            feedback.pushWarning(
                self.tr(
                    "{0}: {1} pixel(s) have negative NPP (down to {2:.1f} gC·m⁻²·a⁻¹). CASA "
                    "cannot produce negative NPP; MOD17 annual NPP can be slightly negative. "
                    "They were used as given (NEP = NPP − Rh)."
                ).format(self.label(self.NPP), totals.negative_npp_pixels, totals.npp_min)
            )
        if "VEGETATION" in sources and totals.vegetated_area_m2 == 0:
            feedback.pushWarning(
                self.tr("{0}: no vegetated pixel (type ≠ 0) with valid inputs.").format(
                    self.label(self.VEGETATION)
                )
            )
        if "VEGETATION" not in sources:
            feedback.pushInfo(
                self.tr("No vegetation raster: vegetated area and mean NEP over it are left empty.")
            )
        rows = totals.rows()
        chinese = in_chinese()
        for quantity, value, unit, description, description_zh in rows:
            shown = "—" if value is None else f"{value:,.3f}"
            # key, value, and the table's own description in the user's language
            described = description_zh if chinese else description
            feedback.pushInfo(f"{quantity}: {shown} {unit} — {described}")
        results = self.finish_outputs(context, outputs)
        results[self.TOTALS] = self.write_table(
            parameters, self.TOTALS, context, TOTALS_FIELDS, rows
        )
        feedback.setProgress(100)
        values = totals.as_dict()
        for name, quantity in self.NUMBERS:
            results[name] = values[quantity]
        return results
