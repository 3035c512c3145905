"""carbonsink:trend — change of annual rasters over the years (SPEC §6, stage 5)."""

from __future__ import annotations

import dataclasses
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsRasterLayer,
)

from ..compat import SOURCE_RASTER
from ..core import raster
from ..core import trend as core_trend
from ..core.grades import write_colour_table
from . import zoning
from .base import CarbonSinkAlgorithm, RasterOutput, TableOutput
from .parameters import checked


class TrendAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "trend"
    GROUP_ID = "evaluation"

    INPUTS = "INPUTS"
    YEARS = "YEARS"
    ZONES = zoning.ZONES
    ZONE_FIELD = zoning.ZONE_FIELD
    DIFFERENCE = "DIFFERENCE"
    PERCENT_CHANGE = "PERCENT_CHANGE"
    SLOPE = "SLOPE"
    Z = "Z"
    P_VALUE = "P_VALUE"
    CLASS = "CLASS"
    CV = "CV"
    ZONE_TABLE = "ZONE_TABLE"

    def displayName(self) -> str:
        return self.tr("Carbon sink change and trend")

    def shortDescription(self) -> str:
        return self.tr(
            "Difference and % change between years; Theil–Sen slope, Mann–Kendall test, trend "
            "classes and CV for 3 or more years."
        )

    def output_labels(self) -> dict[str, str]:
        return {
            self.DIFFERENCE: self.tr("Difference (last − first year)"),
            self.PERCENT_CHANGE: self.tr("Change (last vs first year, %)"),
            self.SLOPE: self.tr("Theil–Sen slope (per year)"),
            self.Z: self.tr("Mann–Kendall Z"),
            self.P_VALUE: self.tr("Mann–Kendall p-value (two-sided)"),
            self.CLASS: self.tr("Trend class"),
            self.CV: self.tr("Coefficient of variation"),
        }

    def class_names(self) -> list[str]:
        return [
            self.tr("Significant decrease (Z < −1.96)"),
            self.tr("Slight decrease (−1.96 ≤ Z < −1.645)"),
            self.tr("Stable (|Z| ≤ 1.645)"),
            self.tr("Slight increase (1.645 < Z ≤ 1.96)"),
            self.tr("Significant increase (Z > 1.96)"),
        ]

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUTS, self.tr("Annual rasters (one per year)"), SOURCE_RASTER
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.YEARS,
                self.tr("Years, in the order of the rasters (empty: read from the file names)"),
                optional=True,
            )
        )
        zoning.add_zone_parameters(self, optional=True)
        self.declare_outputs()

    def output_specs(self):
        # Z, p and CV have fixed styles; the diverging ones and the classes are styled per run.
        styles = {self.Z: "zscore", self.P_VALUE: "p_value", self.CV: "cv"}
        rasters = [
            RasterOutput(name, label, dtype="uint8" if name == self.CLASS else "float32",
                         style=styles.get(name), layer_name=label, optional=True)
            for name, label in self.output_labels().items()
        ]  # fmt: skip
        return (*rasters, TableOutput(self.ZONE_TABLE, self.tr("Change per zone"), optional=True))

    def parameter_help(self):
        return {
            self.INPUTS: self.tr(
                "Annual rasters: one single-band raster per year on one grid (e.g. annual "
                "NEP in gC·m⁻²·a⁻¹); any order."
            ),
            self.YEARS: self.tr(
                "Years: one four-digit year per raster in the order of the rasters, "
                "separated by commas, spaces or '，'; when empty, each file name must "
                "contain exactly one year (e.g. nep_2020.tif), one date (20200115) or "
                "one MODIS year and day (MOD17A3HGF.A2020001…)."
            ),
            (self.ZONES, self.ZONE_FIELD): self.tr("Zones (optional): for the change per zone."),
            (self.DIFFERENCE, self.PERCENT_CHANGE): self.tr(
                "Difference and % change (always, last vs first year; % change is nodata "
                "where the first year is 0)."
            ),
            (self.SLOPE, self.Z, self.P_VALUE, self.CLASS, self.CV): self.tr(
                "Slope, Z, p-value, trend class (UInt8 1–5) and CV (3 or more years; not "
                "written for 2 years)."
            ),
            self.ZONE_TABLE: self.tr(
                "Change per zone (with zones): zone_id, zone, first_year, last_year, years, "
                "area_km2 (valid in every year), mean_first, mean_last (area-weighted means, "
                "input units), tc_first, tc_last (Σ value × area × 10⁻⁶: tC·a⁻¹ for "
                "gC·m⁻²·a⁻¹ inputs), change_tc, change_pct, slope_mean (area-weighted mean "
                "Sen slope), sigdec_pct, slidec_pct, stable_pct, sliinc_pct, siginc_pct (% "
                "of the zone's area in trend classes 1–5; empty for 2 years)."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Change of annual NEP (or NPP, Rh, …) over the years, per pixel and per zone "
                "(DB4403/T 348 stage 5). Two years: difference and % change. Three or more: "
                "also Theil–Sen slope, Mann–Kendall Z and p-value, trend class and coefficient "
                "of variation."
            ),
            "formula": self.tr(
                "difference = x_last − x_first\n"
                "% change   = (x_last − x_first)/|x_first| × 100\n"
                "Sen slope  = median_{i<j} (x_j − x_i)/(t_j − t_i)           (units per year)\n"
                "S          = Σ_{i<j} sign(x_j − x_i)\n"
                "Var(S)     = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18   (t: size of each tie group)\n"
                "Z          = (S−1)/√Var(S) if S > 0;  0 if S = 0;  (S+1)/√Var(S) if S < 0\n"
                "p          = 2·(1 − Φ(|Z|))   (two-sided, normal approximation)\n"
                "CV         = s / |mean|   (sample standard deviation, n − 1)\n"
                "class: 1 significant decrease Z < −1.96 · 2 slight decrease −1.96 ≤ Z < −1.645 ·"
                "\n       3 stable |Z| ≤ 1.645 · 4 slight increase 1.645 < Z ≤ 1.96 ·"
                "\n       5 significant increase Z > 1.96"
            ),
            "notes": [
                self.tr(
                    "Significance: |Z| > 1.96 (two-sided p < 0.05) is significant, "
                    "1.645 < |Z| ≤ 1.96 (p < 0.10) slight, |Z| ≤ 1.645 stable; the direction is "
                    "the sign of Z (that of S). Sen's slope can be 0 in a non-stable pixel when "
                    "more than half of the pairwise slopes are 0."
                ),
                self.tr(
                    "With n years the largest possible |Z| is (n(n−1)/2 − 1)/√(n(n−1)(2n+5)/18): "
                    "1.04 for 3 years, 1.70 for 4, so significance needs at least 5 years (a "
                    "warning says so). The normal approximation is rough below about 10 years."
                ),
                self.tr(
                    "A pixel that is nodata in any year is nodata in every output (no gaps are "
                    "filled). Ties (equal values) are exact float equality."
                ),
                self.tr(
                    "Rasters are sorted by year; repeated years, fewer than 2 rasters, or a year "
                    "list whose length differs from the number of rasters stop the algorithm. "
                    "Mismatching grids stop it too (carbonsink:align)."
                ),
                self.tr(
                    "The block engine streams windows; the n(n−1)/2 pairwise slopes of every "
                    "pixel are computed as one array per window, and the window size follows "
                    "from their memory."
                ),
                *zoning.zone_help(self),
            ],
            "references": [
                "Sen, P. K. (1968). Estimates of the regression coefficient based on Kendall's "
                "tau. JASA 63, 1379–1389.",
                "Mann, H. B. (1945). Nonparametric tests against trend. Econometrica 13, 245–259.",
                "Kendall, M. G. (1975). Rank Correlation Methods. Griffin, London.",
                "Hirsch, R. M., Slack, J. R., Smith, R. A. (1982). Techniques of trend analysis "
                "for monthly water quality data. Water Resour. Res. 18, 107–121.",
            ],
        }

    def _layers_and_years(self, parameters, context) -> tuple[list, list[str], list[int]]:
        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        paths = []
        for layer in layers:
            if not isinstance(layer, QgsRasterLayer):
                raise QgsProcessingException(
                    self.tr("{0}: '{1}' is not a raster layer.").format(
                        self.label(self.INPUTS), layer.name()
                    )
                )
            paths.append(self.layer_path(layer, self.INPUTS))
        text = self.parameterAsString(parameters, self.YEARS, context) or ""
        if text.strip():
            years = core_trend.parse_years(
                text, len(paths), self.label(self.YEARS), self.label(self.INPUTS)
            )
        else:
            years = core_trend.years_from_names(
                paths, self.label(self.YEARS), self.label(self.INPUTS)
            )
        core_trend.check_years(years, self.label(self.YEARS))
        return layers, paths, years

    def checkParameterValues(self, parameters, context):
        return checked(
            self, parameters, context, lambda: self._layers_and_years(parameters, context)
        )

    def execute(self, parameters, context, feedback):
        layers, paths, years = self._layers_and_years(parameters, context)
        order = core_trend.check_years(years, self.label(self.YEARS))
        first_layer = layers[order[0]]
        paths = [paths[i] for i in order]
        years = [years[i] for i in order]
        n = len(years)
        names = [f"Y{year}" for year in years]
        sources = {}
        for name, year, path in zip(names, years, paths):
            label = f"{self.label(self.INPUTS)} {year} ({os.path.basename(path)})"
            source = raster.Source(path, label)
            if source.count != 1:
                raise QgsProcessingException(
                    self.tr("{0}: expected 1 band, found {1}.").format(label, source.count)
                )
            sources[name] = source
        raster.check_same_grid(list(sources.values()))
        for source in sources.values():
            if source.sample(100_000).size == 0:
                raise QgsProcessingException(
                    self.tr("{0} has no valid pixel (all nodata).").format(source.name)
                )
        feedback.pushInfo(
            self.tr("{0} years: {1}.").format(
                n,
                ", ".join(f"{y} ({os.path.basename(p)})" for y, p in zip(years, paths)),
            )
        )
        if n >= 3 and core_trend.largest_possible_z(n) <= core_trend.Z_SIGNIFICANT:
            feedback.pushWarning(
                self.tr(
                    "With {0} years the Mann–Kendall |Z| cannot exceed {1:.2f}: no pixel can be "
                    "classed as a significant trend. Use 5 or more years for significance."
                ).format(n, core_trend.largest_possible_z(n))
            )
        outputs = self._outputs(parameters, context, feedback, years)
        computation_zones = 0
        with zoning.zone_raster(
            self, parameters, context, feedback, first_layer, sources[names[0]], 0.0, 10.0
        ) as (zones, zone_source):
            if zones is not None:
                sources["ZONES"] = zone_source
                computation_zones = zones.count
            computation = core_trend.TrendComputation(
                names, years, wanted=list(outputs), zone_count=computation_zones
            )

            def accept(summary):
                # before the outputs are moved into place: nothing written, older files kept
                if outputs and not summary.valid[next(iter(outputs))]:
                    raise QgsProcessingException(
                        self.tr(
                            "{0}: no pixel has a value in every year, so nothing can be "
                            "computed (no output written)."
                        ).format(self.label(self.INPUTS))
                    )

            self.engine(
                feedback,
                sources,
                outputs,
                computation.compute,
                start=10.0,
                end=100.0,
                on_block=computation.on_block,
                temporaries=core_trend.temporaries(n, len(outputs) + 2),
                accept=accept,
            )
        if self.CLASS in outputs:
            write_colour_table(outputs[self.CLASS].path, core_trend.CLASS_COLOURS)
        # only the rasters written are in the results (as before the output specs)
        written = self.finish_outputs(context, outputs)
        results = {name: path for name, path in written.items() if path is not None}
        self._style(context, outputs)
        zone_table = zoning.write_zone_table(
            self,
            parameters,
            context,
            feedback,
            self.ZONE_TABLE,
            zones,
            computation.zone_sums["area"][1:],
            core_trend.TREND_ZONE_TABLE_FIELDS,
            lambda: computation.zone_rows(zones.names),
        )
        if zone_table is not None:
            results[self.ZONE_TABLE] = zone_table
        return results

    def _outputs(self, parameters, context, feedback, years) -> dict:
        first, last = years[0], years[-1]
        descriptions = {
            self.DIFFERENCE: f"difference {last} - {first}",
            self.PERCENT_CHANGE: f"percent change {first} to {last}",
            self.SLOPE: f"Theil-Sen slope {first}-{last} (per year)",
            self.Z: f"Mann-Kendall Z {first}-{last}",
            self.P_VALUE: f"Mann-Kendall two-sided p {first}-{last}",
            self.CLASS: f"trend class {first}-{last} (1-5)",
            self.CV: f"coefficient of variation {first}-{last}",
        }
        specs, skipped = [], []
        for spec in self.output_specs():
            if not isinstance(spec, RasterOutput):
                continue
            if spec.name in core_trend.SERIES_OUTPUTS and len(years) < 3:
                if parameters.get(spec.name) is not None:
                    skipped.append(self.label(spec.name))
                continue
            specs.append(dataclasses.replace(spec, descriptions=[descriptions[spec.name]]))
        outputs = self.open_outputs(parameters, context, specs)
        if skipped:
            feedback.pushInfo(
                self.tr("Two years: {0} need 3 or more years and are not written.").format(
                    ", ".join(skipped)
                )
            )
        if not outputs and not parameters.get(self.ZONE_TABLE):
            raise QgsProcessingException(self.tr("No output requested."))
        return outputs

    def _style(self, context, outputs) -> None:
        labels = self.output_labels()
        for name, style in (
            (self.DIFFERENCE, "difference"),
            (self.PERCENT_CHANGE, "difference"),
            (self.SLOPE, "slope"),
        ):
            if name in outputs:
                zoning.style_diverging(self, context, outputs[name].path, style, labels[name])
        if self.CLASS in outputs:
            colours = core_trend.CLASS_COLOURS
            zoning.style_classes(
                self,
                context,
                outputs[self.CLASS].path,
                "trend_class",
                labels[self.CLASS],
                [(k, colours[k - 1], text) for k, text in enumerate(self.class_names(), 1)],
            )
