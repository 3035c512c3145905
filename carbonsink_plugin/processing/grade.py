"""carbonsink:grade — sink-intensity grades of NEP (SPEC §6, stage 5)."""

from __future__ import annotations

import math

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterMatrix,
)

from ..core import grades as core_grades
from ..core import units as core_units
from ..core.zones import M2_PER_KM2
from ..i18n import message_text
from . import units, zoning
from .base import CarbonSinkAlgorithm, RasterOutput, TableOutput
from .parameters import annual_source, checked, enum_parameter, number_parameter, raster_input


class GradeAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "grade"
    GROUP_ID = "evaluation"

    NEP = "NEP"
    METHOD = "METHOD"
    BREAKS = "BREAKS"
    CLASSES = "CLASSES"
    ZONES = zoning.ZONES
    ZONE_FIELD = zoning.ZONE_FIELD
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"
    ZONE_TABLE = "ZONE_TABLE"

    METHODS = ("breaks", "quantiles", "jenks")

    def displayName(self) -> str:
        return self.tr("Carbon sink grades")

    def shortDescription(self) -> str:
        return self.tr("Classify NEP into sink-intensity grades; area per grade and per zone.")

    def initAlgorithm(self, config=None):
        self.addParameter(raster_input(self.NEP, "nep"))
        self.addParameter(
            enum_parameter(self.METHOD, self.tr("Method"), self.METHODS, self.METHODS[0])
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.BREAKS,
                self.tr("Break table (method 'breaks'), gC·m⁻²·a⁻¹"),
                numberRows=len(core_grades.default_grades()),
                hasFixedNumberRows=False,
                # core_grades.BREAK_TABLE_COLUMNS, written out so that they are translated
                headers=[self.tr("lower"), self.tr("upper"), self.tr("label")],
                defaultValue=core_grades.default_break_matrix(),
                optional=True,
            )
        )
        self.addParameter(
            number_parameter(
                self.CLASSES,
                self.tr("Number of classes (methods 'quantiles' and 'jenks')"),
                5,
                2,
                20,
                integer=True,
            )
        )
        zoning.add_zone_parameters(self, optional=True)
        self.declare_outputs()

    def output_specs(self):
        # The grade raster is styled per run with its classes (zoning.style_classes).
        return (
            RasterOutput(self.OUTPUT, self.tr("Carbon sink grades"), dtype="uint8",
                         descriptions=[self.tr("Carbon sink grade")]),
            TableOutput(self.TABLE, self.tr("Area per grade"), optional=True),
            TableOutput(self.ZONE_TABLE, self.tr("Area per zone and grade"), optional=True),
        )  # fmt: skip

    def parameter_help(self):
        return {
            self.NEP: self.tr("NEP: annual NEP, gC·m⁻²·a⁻¹ (carbonsink:carbonsink)."),
            (self.METHOD, self.CLASSES): self.tr(
                "Method: 'breaks' (the break table), 'quantiles' (equal area per class) or "
                "'jenks' (natural breaks), with the number of classes."
            ),
            self.BREAKS: self.tr(
                "Break table: rows of lower, upper, label; the first lower and the last "
                "upper may be empty (unbounded); rows ascending and contiguous."
            ),
            (self.ZONES, self.ZONE_FIELD): self.tr(
                "Zones (optional): for the area per zone and grade."
            ),
            self.OUTPUT: self.tr(
                "Grade raster: UInt8 codes 1…n, 255 = nodata (and values outside finite "
                "outer bounds), with a colour table and a legend labelled with the class "
                "bounds."
            ),
            self.TABLE: self.tr(
                "Area per grade: grade, label, lower, upper (gC·m⁻²·a⁻¹, empty = "
                "unbounded), area_km2, area_pct (% of the classified area), nep_tc, nep_tco2 "
                "(Σ NEP of the grade, t·a⁻¹)."
            ),
            self.ZONE_TABLE: self.tr(
                "Area per zone and grade (with zones): zone_id, zone, grade, label, "
                "area_km2, area_pct (% of the zone's classified area), nep_tc."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Classifies annual NEP into sink-intensity grades (DB4403/T 348 stage 5) and "
                "reports the area of every grade, over the whole raster and per zone."
            ),
            "formula": self.tr(
                "class k:  lower_k ≤ NEP < upper_k   (the last class includes its upper bound)\n"
                "default break table, gC·m⁻²·a⁻¹ (SPEC §6):\n"
                "  1 carbon source < 0 · 2 weak sink 0–100 · 3 moderate 100–300 ·\n"
                "  4 strong 300–600 · 5 very strong ≥ 600\n"
                "quantiles: breaks that split the valid area into equal parts\n"
                "jenks: Fisher's exact optimal partition (least squared deviations from the "
                "class means)"
            ),
            "notes": [
                self.tr(
                    "Quantiles and natural breaks never load the raster: a first pass finds the "
                    "exact minimum and maximum, a second builds an area-weighted histogram of "
                    "every valid pixel (65 536 bins). Quantile breaks are read from its "
                    "cumulative area (exact to (max − min)/65 536); natural breaks are the "
                    "exact Fisher–Jenks optimum of the histogram merged to 1 024 bins (breaks "
                    "exact to (max − min)/1 024). Areas use the exact cell area, so quantiles "
                    "are equal-area even in a geographic CRS."
                ),
                self.tr(
                    "When many pixels share one value (e.g. NEP = 0 on non-vegetated land) "
                    "quantile breaks can coincide; the repeated ones are dropped and fewer "
                    "classes are made, with a warning."
                ),
                self.tr("The grade areas add up to the area of the pixels with an NEP value."),
                *zoning.zone_help(self),
            ],
            "references": [
                "DB4403/T 348—2023 城市碳汇遥感评价技术规范.",
                "Fisher, W. D. (1958). On grouping for maximum homogeneity. JASA 53, 789–798.",
                "Jenks, G. F. (1977). Optimal data classification for choropleth maps. "
                "University of Kansas, Occasional paper 2.",
            ],
        }

    def checkParameterValues(self, parameters, context):
        def check():
            if self.parameterAsEnumString(parameters, self.METHOD, context) == "breaks":
                self._break_table(parameters, context)

        return checked(self, parameters, context, check)

    def default_labels(self) -> dict[str, str]:
        """The default grade names, translatable."""
        return {
            "Carbon source": self.tr("Carbon source"),
            "Weak sink": self.tr("Weak sink"),
            "Moderate sink": self.tr("Moderate sink"),
            "Strong sink": self.tr("Strong sink"),
            "Very strong sink": self.tr("Very strong sink"),
        }

    def execute(self, parameters, context, feedback):
        nep = annual_source(self, parameters, self.NEP, context)
        sample = nep.sample(200_000)
        if sample.size == 0:
            raise QgsProcessingException(
                self.tr("{0} has no valid pixel (all nodata).").format(nep.name)
            )
        findings = core_units.check_annual_nep(sample)
        units.enforce(self, parameters, context, feedback, nep.name, findings)
        method = self.parameterAsEnumString(parameters, self.METHOD, context)
        if method == "breaks":
            grades = self._break_table(parameters, context)
            start = 0.0
        else:
            grades = self._data_grades(method, parameters, context, feedback, nep)
            start = 40.0
        names = self._class_names(method, grades)
        legend = [f"{name} ({_range_text(g)})" for name, g in zip(names, grades)]
        for text in legend:
            feedback.pushInfo(self.tr("Grade: {0}").format(text))

        outputs = self.open_outputs(parameters, context)
        output = outputs[self.OUTPUT]
        nep_layer = self.parameterAsRasterLayer(parameters, self.NEP, context)
        zone_end = start + (100.0 - start) * 0.15
        with zoning.zone_raster(
            self, parameters, context, feedback, nep_layer, nep, start, zone_end
        ) as (zones, zone_source):
            sources = {"NEP": nep, "ZONES": zone_source} if zones else {"NEP": nep}
            statistics = core_grades.GradeStatistics(grades, zones.count if zones else 0)
            self.engine(
                feedback,
                sources,
                outputs,
                statistics.compute,
                start=zone_end,
                end=100.0,
                on_block=statistics.on_block,
                temporaries=6.0,
            )
        colours = core_grades.grade_colours(grades)
        core_grades.write_colour_table(output.path, colours)
        if statistics.outside_bounds > 0:
            feedback.pushWarning(
                self.tr(
                    "{0:.4g} km² have NEP values outside the break table's bounds "
                    "[{1:g}, {2:g}] and are nodata in the grade raster."
                ).format(statistics.outside_bounds / M2_PER_KM2, grades[0].lower, grades[-1].upper)
            )
        feedback.pushInfo(
            self.tr("Classified area: {0:.6g} km².").format(statistics.classified_m2 / M2_PER_KM2)
        )
        zoning.style_classes(
            self,
            context,
            output.path,
            "grade",
            self.tr("Carbon sink grades"),
            [(g.code, colour, text) for g, colour, text in zip(grades, colours, legend)],
        )
        results = self.finish_outputs(context, outputs)
        results[self.TABLE] = self.write_table(
            parameters, self.TABLE, context, core_grades.GRADE_TABLE_FIELDS,
            statistics.grade_rows(names),
        )  # fmt: skip
        zone_table = zoning.write_zone_table(
            self,
            parameters,
            context,
            feedback,
            self.ZONE_TABLE,
            zones,
            statistics.zone_area[1:, 1:].sum(axis=1),
            core_grades.ZONE_GRADE_TABLE_FIELDS,
            lambda: statistics.zone_rows(zones.names, names),
        )
        if zone_table is not None:
            results[self.ZONE_TABLE] = zone_table
        return results

    def _break_table(self, parameters, context):
        matrix = self.parameterAsMatrix(parameters, self.BREAKS, context)
        if not matrix:
            return core_grades.default_grades()
        return core_grades.grades_from_matrix(matrix, self.label(self.BREAKS))

    def _data_grades(self, method, parameters, context, feedback, nep):
        classes = self.parameterAsInt(parameters, self.CLASSES, context)
        value_range = self._value_range(feedback, nep, 0.0, 15.0)
        histogram = core_grades.Histogram(value_range.low, value_range.high)
        self.engine(
            feedback,
            {"NEP": nep},
            {},
            histogram.compute,
            start=15.0,
            end=40.0,
            on_block=histogram.on_block,
        )
        if method == "quantiles":
            breaks = histogram.quantile_breaks(classes)
        else:
            breaks = histogram.jenks_breaks(classes)
        low, high = value_range.low, value_range.high
        kept = sorted({b for b in breaks if low < b < high})
        if len(kept) < classes - 1:
            feedback.pushWarning(
                self.tr(
                    "{0} of the {1} breaks coincide or fall on the data's minimum/maximum "
                    "(many pixels share one value, or few distinct values); {2} classes made."
                ).format(len(breaks) - len(kept), len(breaks), len(kept) + 1)
            )
        feedback.pushInfo(
            self.tr("NEP range {0:.6g} … {1:.6g}; breaks: {2}.").format(
                low, high, ", ".join(f"{b:.6g}" for b in kept) or "–"
            )
        )
        return core_grades.grades_from_breaks(kept, low, high)

    def _value_range(self, feedback, nep, start, end) -> core_grades.ValueRange:
        """Exact minimum and maximum (one reduction pass)."""
        value_range = core_grades.ValueRange()
        self.engine(
            feedback,
            {"NEP": nep},
            {},
            value_range.compute,
            start=start,
            end=end,
            on_block=value_range.on_block,
        )
        return value_range

    def _class_names(self, method, grades) -> list[str]:
        if method == "breaks":
            translated = self.default_labels()
            return [translated.get(g.label) or message_text(g.label) for g in grades]
        return [self.tr("Class {0}").format(g.code) for g in grades]


def _range_text(grade) -> str:
    """'< 0', '0 – 100', '≥ 600' (the class bounds for a legend)."""

    def number(value):
        return f"{value:.5g}" if abs(value) >= 1 or value == 0 else f"{value:.3g}"

    if math.isinf(grade.lower):
        return f"< {number(grade.upper)}"
    if math.isinf(grade.upper):
        return f"≥ {number(grade.lower)}"
    return f"{number(grade.lower)} – {number(grade.upper)}"
