"""carbonsink:groundcheck — model results against field plots (SPEC §5)."""

from __future__ import annotations

import math
import os
import uuid

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..compat import (
    FIELD_ANY,
    GEOMETRY_POLYGON,
    SOURCE_VECTOR_GEOMETRY,
    make_field,
    set_advanced,
)
from ..core import groundcheck as core
from ..core.parameters import (
    ACCURACY_THRESHOLD,
    CARBON_FRACTION,
    MIN_CHECK_PLOTS,
    type_names,
)
from ..i18n import qgis_locale, translation_for
from ..report import charts
from .base import CarbonSinkAlgorithm, FileOutput, NumberOutput, TableOutput
from .field_plots import FieldPlots
from .parameters import annual_source, enum_parameter, number_parameter, plain_value
from .plot_tables import points_from_table
from .samplingplan import MEASURED, PLOT_ID, RECORDED_TYPE, STRATUM

MEASURE_TYPES = ("npp", "nep", "biomass")
WINDOWS = ("1x1", "3x3", "polygon")
# Fields added to the plot layer (≤ 10 characters, so Shapefile output keeps them whole).
RESULT_FIELDS = (
    ("model", "double"),
    ("measured_c", "double"),
    ("residual", "double"),
    ("rel_error", "double"),
    ("n_pixels", "int"),
    ("excluded", "int"),
    ("reason", "string"),
)
METRIC_COLUMNS = ("n", "r", "r2", "rmse", "mae", "bias", "mre", "accuracy")


class GroundCheckAlgorithm(FieldPlots, CarbonSinkAlgorithm):
    ALGORITHM_ID = "groundcheck"
    GROUP_ID = "groundcheck"

    PLOTS = "PLOTS"
    MEASURED_FIELD = "MEASURED_FIELD"
    RASTER = "RASTER"
    MEASURE_TYPE = "MEASURE_TYPE"
    CARBON_FRACTION = "CARBON_FRACTION"
    WINDOW = "WINDOW"
    THRESHOLD = "THRESHOLD"
    MIN_PLOTS = "MIN_PLOTS"
    STRATUM_FIELD = "STRATUM_FIELD"
    ID_FIELD = "ID_FIELD"
    RECORDED_TYPE_FIELD = "RECORDED_TYPE_FIELD"
    VEGETATION = "VEGETATION"
    OUTPUT = "OUTPUT"
    METRICS = "METRICS"
    SCATTER = "SCATTER"
    CONFUSION = "CONFUSION"
    N = "N"
    R = "R"
    R2 = "R2"
    RMSE = "RMSE"
    MAE = "MAE"
    BIAS = "BIAS"
    MRE = "MRE"
    ACCURACY = "ACCURACY"
    PASSED = "PASSED"
    NUMBERS = (N, R, R2, RMSE, MAE, BIAS, MRE, ACCURACY, PASSED)
    OVERALL_ACCURACY = "OVERALL_ACCURACY"
    KAPPA = "KAPPA"

    # The fields of a sampling plan's plot table (carbonsink:samplingplan).
    DEFAULT_FIELDS = {
        "MEASURED_FIELD": MEASURED,
        "STRATUM_FIELD": STRATUM,
        "ID_FIELD": PLOT_ID,
        "RECORDED_TYPE_FIELD": RECORDED_TYPE,
    }

    def displayName(self) -> str:
        return self.tr("Ground check against field plots")

    def shortDescription(self) -> str:
        return self.tr("Accuracy of a model raster (NPP/NEP) at measured field plots.")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLOTS,
                self.tr("Field plots (points or plot polygons)"),
                [SOURCE_VECTOR_GEOMETRY],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MEASURED_FIELD,
                self.tr("Measured value field"),
                defaultValue=self.DEFAULT_FIELDS[self.MEASURED_FIELD],
                parentLayerParameterName=self.PLOTS,
                type=FIELD_ANY,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.RASTER, self.tr("Model raster (annual NPP or NEP, gC·m⁻²·a⁻¹)")
            )
        )
        self.addParameter(
            enum_parameter(self.MEASURE_TYPE, self.tr("Measured quantity"), MEASURE_TYPES, "npp")
        )
        self.addParameter(
            number_parameter(
                self.CARBON_FRACTION,
                self.tr("Carbon fraction of dry matter (biomass only)"),
                CARBON_FRACTION,
                0.01,
                1.0,
            )
        )
        self.addParameter(
            enum_parameter(self.WINDOW, self.tr("Model value at a plot"), WINDOWS, "3x3")
        )
        self.addParameter(
            number_parameter(
                self.THRESHOLD,
                self.tr("Accuracy needed to pass (1 − MRE)"),
                ACCURACY_THRESHOLD,
                0.0,
                1.0,
            )
        )
        self.addParameter(
            number_parameter(
                self.MIN_PLOTS, self.tr("Plots needed to pass"), MIN_CHECK_PLOTS, 1, integer=True
            )
        )
        for name, label in (
            (self.STRATUM_FIELD, self.tr("Stratum (vegetation type) field")),
            (self.ID_FIELD, self.tr("Plot id field")),
            (self.RECORDED_TYPE_FIELD, self.tr("Field-recorded vegetation type field")),
        ):
            self.addParameter(
                set_advanced(
                    QgsProcessingParameterField(
                        name,
                        label,
                        defaultValue=self.DEFAULT_FIELDS[name],
                        parentLayerParameterName=self.PLOTS,
                        type=FIELD_ANY,
                        optional=True,
                    )
                )
            )
        self.addParameter(
            set_advanced(
                QgsProcessingParameterRasterLayer(
                    self.VEGETATION,
                    self.tr("Vegetation-type raster (for the land-cover agreement)"),
                    optional=True,
                )
            )
        )
        self.declare_outputs()

    def output_specs(self):
        numbers = {
            "N": self.tr("Plots compared (n)"),
            "R": self.tr("Pearson r"),
            "R2": self.tr("r²"),
            "RMSE": self.tr("RMSE (gC·m⁻²·a⁻¹)"),
            "MAE": self.tr("MAE (gC·m⁻²·a⁻¹)"),
            "BIAS": self.tr("Bias, model − measured (gC·m⁻²·a⁻¹)"),
            "MRE": self.tr("Mean relative error"),
            "ACCURACY": self.tr("Accuracy (1 − MRE)"),
            "PASSED": self.tr("Passed (1) or failed (0)"),
            self.OVERALL_ACCURACY: self.tr("Land-cover overall accuracy"),
            self.KAPPA: self.tr("Land-cover Cohen's kappa"),
        }
        return (
            TableOutput(self.OUTPUT, self.tr("Checked plots"), SOURCE_VECTOR_GEOMETRY),
            TableOutput(self.METRICS, self.tr("Ground-check metrics"), optional=True),
            FileOutput(
                self.SCATTER, self.tr("Scatter plot"), self.tr("PNG images (*.png)"), optional=True
            ),
            TableOutput(self.CONFUSION, self.tr("Land-cover confusion matrix"), optional=True),
            *(NumberOutput(name, label) for name, label in numbers.items()),
        )

    def parameter_help(self):
        return {
            self.PLOTS: self.tr(
                "Field plots: points or polygons in any CRS (reprojected to the raster's). "
                "The plan from 'Sampling plan for field plots' has all fields this needs."
            ),
            self.MEASURED_FIELD: self.tr(
                "Measured value: annual NPP or NEP in gC·m⁻²·a⁻¹, or above-ground biomass "
                "increment in t·ha⁻¹·a⁻¹ of dry matter. Numbers or text: '1234,5' (decimal "
                "comma) and full-width digits '１２３４．５' are read as 1234.5."
            ),
            self.RASTER: self.tr("Model raster: band 1, gC·m⁻²·a⁻¹ (NPP or NEP of the same year)."),
            self.MEASURE_TYPE: self.tr(
                "MEASURE_TYPE: what the measured field holds: NPP, NEP (both gC·m⁻²·a⁻¹) or "
                "the biomass increment (t·ha⁻¹·a⁻¹ of dry matter, converted with "
                "CARBON_FRACTION)."
            ),
            self.CARBON_FRACTION: self.tr(
                "CARBON_FRACTION: carbon per unit of dry matter; biomass increment × "
                "CARBON_FRACTION × 100 gives gC·m⁻²·a⁻¹."
            ),
            self.WINDOW: self.tr(
                "WINDOW: the model value at a plot: its pixel (1x1), the mean of the 3 × 3 "
                "pixels around it, or the mean over the plot polygon."
            ),
            (self.THRESHOLD, self.MIN_PLOTS): self.tr(
                "THRESHOLD and MIN_PLOTS: the check passes when accuracy = 1 − MRE reaches "
                "THRESHOLD with at least MIN_PLOTS plots compared."
            ),
            self.STRATUM_FIELD: self.tr(
                "STRATUM_FIELD: each plot's vegetation type, for the metrics per stratum."
            ),
            self.ID_FIELD: self.tr("ID_FIELD: the plot id carried into the checked plots."),
            (self.RECORDED_TYPE_FIELD, self.VEGETATION): self.tr(
                "Recorded type (optional): code 0–8 or the English/Chinese type name; the "
                "map type comes from the vegetation-type raster, or from the stratum field."
            ),
            self.OUTPUT: self.tr(
                "Checked plots: the input fields plus model, measured_c (gC·m⁻²·a⁻¹), "
                "residual, rel_error, n_pixels, excluded (1/0) and reason."
            ),
            self.METRICS: self.tr("Metrics: one row for all plots and one per stratum."),
            self.SCATTER: self.tr(
                "Scatter plot (PNG): measured vs model with 1:1 and regression lines."
            ),
            self.CONFUSION: self.tr(
                "Confusion matrix: rows = map type, columns = field-recorded type."
            ),
            self.N: self.tr("Numbers N, R, R2, RMSE, MAE, BIAS, MRE, ACCURACY, PASSED, KAPPA …"),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Compares a model raster (annual NPP or NEP) with values measured on field plots, "
                "as the ground check (地面核查) of DB4403/T 348 requires: per-plot model value, "
                "residual and relative error, metrics overall and per vegetation type, a scatter "
                "plot, and pass/fail. With a field-recorded vegetation type it also checks the "
                "vegetation-type map (confusion matrix, overall accuracy, Cohen's kappa)."
            ),
            "formula": self.tr(
                "model value = mean of the valid pixels in the 1×1 / 3×3 window around the "
                "plot's pixel, or of the pixels whose centres fall in the plot polygon\n"
                "biomass: measured (gC·m⁻²·a⁻¹) = increment (t·ha⁻¹·a⁻¹ dry matter) × CF × 100"
                "   (1 t·ha⁻¹ = 10⁶ g / 10⁴ m² = 100 g·m⁻²)\n"
                "residual = model − measured; relative error = |residual| / measured\n"
                "r = Σ(m−m̄)(p−p̄)/√(Σ(m−m̄)²·Σ(p−p̄)²); r² = r·r\n"
                "RMSE = √(Σ(p−m)²/n); MAE = Σ|p−m|/n; bias = Σ(p−m)/n\n"
                "MRE = Σ(|p−m|/m)/n; accuracy = 1 − MRE\n"
                "passed = accuracy ≥ THRESHOLD and n ≥ MIN_PLOTS\n"
                "kappa = (p_o − p_e)/(1 − p_e), p_e = Σ row_i·column_i / N²"
            ),
            "notes": [
                self.tr(
                    "Plots are excluded, listed with the reason in the output and the log, when "
                    "the measured value is missing or not a number, when it is ≤ 0 (no relative "
                    "error), or when the plot is outside the raster or on nodata."
                ),
                self.tr(
                    "When no plot can be compared the message names the cause: the raster "
                    "(no value at any plot, e.g. an all-nodata model raster) or the measured "
                    "values (MEASURED_FIELD empty or not positive)."
                ),
                self.tr(
                    "Duplicate plot ids stop the run: a plot measured twice would count twice."
                ),
                self.tr(
                    "A window at the raster edge averages the pixels inside the raster. With "
                    "polygons and a 1×1/3×3 window the polygon's centroid is used; a polygon "
                    "smaller than a pixel uses the pixel under its centroid."
                ),
                self.tr(
                    "r² is the square of Pearson's r (the coefficient of determination of the "
                    "least-squares line drawn in the scatter plot)."
                ),
                self.tr(
                    "A warning is given when the model values are on average more than 5 times "
                    "larger or smaller than the measured values (unit mix-up: kgC, t·ha⁻¹)."
                ),
            ],
            "references": [
                "DB4403/T 348—2023, 地面核查 (ground check).",
                self.tr(
                    "Willmott C.J. (1982) Some comments on the evaluation of model performance. "
                    "Bull. Am. Meteorol. Soc. 63:1309–1313."
                ),
                self.tr(
                    "Cohen J. (1960) A coefficient of agreement for nominal scales. Educ. "
                    "Psychol. Meas. 20:37–46."
                ),
                self.tr(
                    "Congalton R.G. (1991) A review of assessing the accuracy of classifications "
                    "of remotely sensed data. Remote Sens. Environ. 37:35–46."
                ),
                self.tr("IPCC (2006) Guidelines, Vol. 4 Table 4.3: carbon fraction 0.47."),
            ],
        }

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        return self._check_plots(parameters, context)

    # --- running ----------------------------------------------------------------------------

    def execute(self, parameters, context, feedback):
        plots = self.parameterAsSource(parameters, self.PLOTS, context)
        if plots is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PLOTS))
        if plots.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{0}: the layer has no features.").format(self.label(self.PLOTS))
            )
        value = parameters.get(self.PLOTS)
        plots = points_from_table(
            plots, self.label(self.PLOTS), feedback, value if isinstance(value, str) else None
        )
        raster_layer = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        model = annual_source(self, parameters, self.RASTER, context)
        measure_type = self.parameterAsEnumString(parameters, self.MEASURE_TYPE, context)
        carbon_fraction = self.parameterAsDouble(parameters, self.CARBON_FRACTION, context)
        window = self.parameterAsEnumString(parameters, self.WINDOW, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        min_plots = self.parameterAsInt(parameters, self.MIN_PLOTS, context)

        names = plots.fields().names()
        measured_field = self._measured_field(parameters, context, names, feedback)
        stratum_field = self._field(parameters, context, self.STRATUM_FIELD, names, feedback)
        id_field = self._field(parameters, context, self.ID_FIELD, names, feedback)
        recorded_field = self._field(parameters, context, self.RECORDED_TYPE_FIELD, names, feedback)

        # --- read the plots (reprojected to the raster CRS for the lookup) ------------------
        raster_crs = raster_layer.crs()
        request = QgsFeatureRequest()
        source_crs = plots.sourceCrs()
        if not source_crs.isValid():
            feedback.pushWarning(
                self.tr(
                    "{0} has no CRS; its coordinates are taken to be in the raster's {1}."
                ).format(self.label(self.PLOTS), raster_crs.authid())
            )
        elif raster_crs.isValid() and source_crs != raster_crs:
            request.setDestinationCrs(raster_crs, context.transformContext())
            feedback.pushInfo(
                self.tr("{0} is in {1}; the plots were reprojected to the raster's {2}.").format(
                    self.label(self.PLOTS), source_crs.authid(), raster_crs.authid()
                )
            )
        originals = list(plots.getFeatures())  # written back unchanged, in the layer's CRS
        transformed = {f.id(): f for f in plots.getFeatures(request)}
        is_polygon = QgsWkbTypes.geometryType(plots.wkbType()) == GEOMETRY_POLYGON
        if window == "polygon" and not is_polygon:
            raise QgsProcessingException(
                self.tr(
                    "{0}: 'polygon' needs plot polygons, but {1} has points. Choose 1x1 or 3x3, "
                    "or give the plot squares (PLOTS output of the sampling plan)."
                ).format(self.label(self.WINDOW), self.label(self.PLOTS))
            )

        ids = [f[id_field] if id_field else f.id() for f in originals]
        if id_field:
            repeated = core.duplicates(plain_value(v) for v in ids)
            if repeated:
                listed = ", ".join(f"{k} (×{n})" for k, n in list(repeated.items())[:10])
                raise QgsProcessingException(
                    self.tr(
                        "{0}: plot ids occur more than once: {1}. Each plot must be measured "
                        "once; average repeated measurements or give the plots distinct ids, "
                        "then run again."
                    ).format(self.label(self.ID_FIELD), listed)
                )

        # --- model values at the plots, then the comparison (core) -------------------------
        feedback.setProgress(10.0)
        model_values, pixel_counts, place = self._model_values(
            transformed, originals, model, window, is_polygon, feedback
        )
        mapped, map_note = None, None
        if recorded_field:
            mapped, map_note = self._mapped_types(
                parameters, context, originals, transformed, stratum_field
            )
        result = core.compare(
            [plain_value(f[measured_field]) for f in originals],
            model_values,
            place,
            threshold=threshold,
            min_plots=min_plots,
            biomass=measure_type == "biomass",
            carbon_fraction=carbon_fraction,
            strata=[core.stratum_key(plain_value(f[stratum_field])) for f in originals]
            if stratum_field
            else None,
            mapped=mapped,
            recorded=[plain_value(f[recorded_field]) for f in originals]
            if mapped is not None
            else None,
        )
        self._log_measured(result, measure_type, carbon_fraction, feedback)
        if not result.on_raster:
            xmin, ymin, xmax, ymax = model.grid.bounds
            raise QgsProcessingException(
                self.tr(
                    "None of the {0} plots lies on {1} (raster extent x {2:.6g}…{3:.6g}, "
                    "y {4:.6g}…{5:.6g} in {6}). Check that the plot layer's CRS is set correctly "
                    "and that plots and raster cover the same area."
                ).format(
                    len(originals),
                    self.label(self.RASTER),
                    xmin,
                    xmax,
                    ymin,
                    ymax,
                    raster_crs.authid() or self.tr("the raster CRS"),
                )
            )
        self._log_exclusions(ids, result.reasons, feedback)
        if not result.used:
            raise QgsProcessingException(self._nothing_to_compare(place, model))
        feedback.setProgress(60.0)
        overall, passed = result.overall, result.passed
        if result.unit_ratio is not None:
            feedback.pushWarning(
                self.tr(
                    "The model values are on average {0:.3g} times the measured values: check "
                    "the units (model in gC·m⁻²·a⁻¹? measured as NPP/NEP or as biomass in "
                    "t·ha⁻¹·a⁻¹ with MEASURE_TYPE=biomass?)."
                ).format(result.unit_ratio)
            )
        self._log_metrics(overall, passed, threshold, min_plots, feedback)
        agreement = None
        if recorded_field:
            agreement = self._log_agreement(result.agreement, map_note, feedback)

        # --- outputs (only now: a failure above leaves nothing behind) ----------------------
        results = self._write_plots(
            parameters,
            context,
            plots,
            ids,
            originals,
            model_values,
            result.measured,
            pixel_counts,
            result.reasons,
        )
        results[self.METRICS] = self._write_metrics(
            parameters, context, overall, passed, result.by_stratum
        )
        scatter = self._draw_scatter(
            parameters, context, feedback, measure_type, overall, result.measured_used,
            result.model_used, result.strata, passed, threshold, min_plots,
        )  # fmt: skip
        if scatter:
            results[self.SCATTER] = scatter
        values = overall.as_dict()
        for name in self.NUMBERS[:-1]:
            number = values[name.lower()]
            results[name] = number if math.isfinite(number) else None
        results[self.N] = overall.n
        results[self.PASSED] = 1 if passed else 0
        results[self.OVERALL_ACCURACY] = None
        results[self.KAPPA] = None
        if agreement is not None:
            results[self.OVERALL_ACCURACY] = agreement.stats["overall"]
            results[self.KAPPA] = agreement.stats["kappa"]
            confusion = self._write_confusion(parameters, context, agreement)
            if confusion:
                results[self.CONFUSION] = confusion
        feedback.setProgress(100.0)
        return results

    # --- helpers ----------------------------------------------------------------------------

    def _model_values(self, transformed, originals, model, window, is_polygon, feedback):
        count = len(originals)
        values = [math.nan] * count
        pixels = [0] * count
        place: list[str | None] = [None] * count
        points, polygons, where = [], [], []
        for i, original in enumerate(originals):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: no output was written."))
            feature = transformed.get(original.id())
            geometry = feature.geometry() if feature is not None else None
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                place[i] = "no_geometry"
                continue
            where.append(i)
            if window == "polygon":
                polygons.append(bytes(geometry.asWkb()))
            else:
                point = geometry.centroid().asPoint() if is_polygon else _first_point(geometry)
                points.append((point.x(), point.y()))
        try:
            if window == "polygon":
                means, counts, reasons, fallback = core.polygon_means(model, polygons)
                if fallback.any():
                    feedback.pushWarning(
                        self.tr(
                            "{0} plot polygon(s) contain no pixel centre; the pixel under the "
                            "centroid was used."
                        ).format(int(fallback.sum()))
                    )
            else:
                size = 1 if window == "1x1" else 3
                means, counts, reasons = core.window_means(model, points, size)
        finally:
            model.close()
        for k, i in enumerate(where):
            values[i] = float(means[k])
            pixels[i] = int(counts[k])
            place[i] = reasons[k]
        return values, pixels, place

    def _nothing_to_compare(self, place, model) -> str:
        """Why no plot can be compared, naming the true cause: the model raster when no plot
        has a model value (e.g. an all-nodata raster), else the measured values."""
        on_nodata = sum(1 for p in place if p == "nodata")
        if all(place):  # no plot has a model value
            empty = model.sample(10_000).size == 0
            model.close()
            if empty:
                whole = self.tr(
                    "the raster holds no valid pixel at all (all nodata): check the step that "
                    "made it, e.g. its inputs' grids and nodata"
                )
            else:
                whole = self.tr("the plots fall where the raster is nodata")
            return self.tr(
                "{0}: the raster has no value at the plots ({1} of {2} plots on nodata pixels, "
                "the others outside the raster or without geometry); {3}. No plot can be "
                "compared."
            ).format(self.label(self.RASTER), on_nodata, len(place), whole)
        with_value = sum(1 for p in place if not p)
        return self.tr(
            "No plot can be compared: the {0} plot(s) with a model value have no usable "
            "measured value (see the reasons above). Fill in {1} with the measured values."
        ).format(with_value, self.label(self.MEASURED_FIELD))

    def _log_measured(self, result, measure_type, carbon_fraction, feedback) -> None:
        if result.reformatted:
            raw, value = result.reformatted[0]
            feedback.pushInfo(
                self.tr(
                    "{0}: {1} value(s) written with a decimal comma, full-width digits or "
                    "thousands separators were read as numbers (e.g. '{2}' → {3:g})."
                ).format(self.label(self.MEASURED_FIELD), len(result.reformatted), raw, value)
            )
        if measure_type == "biomass":
            feedback.pushInfo(
                self.tr(
                    "Biomass increment converted to carbon: gC·m⁻²·a⁻¹ = t·ha⁻¹·a⁻¹ × {0:g} × 100."
                ).format(carbon_fraction)
            )

    def _log_metrics(self, overall, passed, threshold, min_plots, feedback) -> None:
        feedback.pushInfo(
            self.tr(
                "n = {0}, r = {1:.4f}, r² = {2:.4f}, RMSE = {3:.2f}, MAE = {4:.2f}, "
                "bias = {5:.2f} gC·m⁻²·a⁻¹, MRE = {6:.4f}, accuracy = {7:.4f}"
            ).format(
                overall.n,
                overall.r,
                overall.r2,
                overall.rmse,
                overall.mae,
                overall.bias,
                overall.mre,
                overall.accuracy,
            )
        )
        if overall.n < min_plots:
            feedback.pushWarning(
                self.tr("Only {0} plots could be compared; {1} are needed to pass.").format(
                    overall.n, min_plots
                )
            )
        verdict = self.tr("PASSED") if passed else self.tr("FAILED")
        feedback.pushInfo(
            self.tr(
                "Ground check {0}: accuracy {1:.4f} (needed {2:.2f}), n = {3} (needed {4})."
            ).format(verdict, overall.accuracy, threshold, overall.n, min_plots)
        )

    def _mapped_types(self, parameters, context, originals, transformed, stratum_field):
        """(map type per plot, the note saying where it came from), (None, note) without one."""
        vegetation = self.raster_source(parameters, self.VEGETATION, context, expect_bands=1)
        if vegetation is not None:
            points = []
            for original in originals:
                feature = transformed.get(original.id())
                geometry = feature.geometry() if feature is not None else None
                if geometry is None or geometry.isNull() or geometry.isEmpty():
                    points.append((math.inf, math.inf))
                else:
                    point = geometry.centroid().asPoint()
                    points.append((point.x(), point.y()))
            try:
                values, _, _ = core.window_means(vegetation, points, 1)
            finally:
                vegetation.close()
            note = self.tr("Land-cover agreement: map type from {0}.").format(
                self.label(self.VEGETATION)
            )
            return [int(v) if math.isfinite(v) else None for v in values], note
        if stratum_field:
            mapped = [core.parse_type(plain_value(f[stratum_field])) for f in originals]
            note = self.tr("Land-cover agreement: map type from the field '{0}'.").format(
                stratum_field
            )
            return mapped, note
        return None, None

    def _log_agreement(self, agreement, map_note, feedback):
        """Log the land-cover check; the agreement, or None when it was skipped."""
        if agreement is None:
            feedback.pushInfo(
                self.tr(
                    "Land-cover agreement skipped: give {0} or a stratum field for the map type."
                ).format(self.label(self.VEGETATION))
            )
            return None
        feedback.pushInfo(map_note)
        if agreement.unread:
            feedback.pushWarning(
                self.tr(
                    "{0} recorded type(s) are neither a type code nor a type name and were left "
                    "out of the land-cover agreement."
                ).format(agreement.unread)
            )
        if not agreement.classes:
            feedback.pushInfo(
                self.tr("Land-cover agreement skipped: no plot has a recorded vegetation type.")
            )
            return None
        stats = agreement.stats
        feedback.pushInfo(
            self.tr(
                "Land-cover agreement: {0} plots, overall accuracy {1:.4f}, kappa {2:.4f}."
            ).format(stats["n"], stats["overall"], stats["kappa"])
        )
        return agreement

    # --- writing ----------------------------------------------------------------------------

    def _write_plots(self, parameters, context, plots, ids, originals, model_values, measured,
                     pixel_counts, reasons):  # fmt: skip
        ours = {name for name, _ in RESULT_FIELDS}
        fields = QgsFields()
        keep = []
        for index, field in enumerate(plots.fields()):
            if field.name() in ours:
                continue  # an earlier check's results are replaced
            fields.append(field)
            keep.append(index)
        for name, kind in RESULT_FIELDS:
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, plots.wkbType(), plots.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for i, original in enumerate(originals):
            value = model_values[i]
            truth = measured[i]
            residual = value - truth if math.isfinite(value) and math.isfinite(truth) else None
            relative = abs(residual) / truth if residual is not None and truth > 0 else None
            attributes = original.attributes()
            feature = QgsFeature(fields)
            feature.setGeometry(original.geometry())
            feature.setAttributes(
                [attributes[k] for k in keep]
                + [
                    value if math.isfinite(value) else None,
                    truth if math.isfinite(truth) else None,
                    residual,
                    relative,
                    pixel_counts[i],
                    1 if reasons[i] else 0,
                    self._reason_text(reasons[i]) if reasons[i] else None,
                ]
            )
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    self.tr("{0}: cannot write plot {1}: {2}").format(
                        self.label(self.OUTPUT), ids[i], sink.lastError()
                    )
                )
        polygons = QgsWkbTypes.geometryType(plots.wkbType()) == GEOMETRY_POLYGON
        style = "groundcheck_plot_polygons" if polygons else "groundcheck_plots"
        self.style_output(context, dest_id, style, self.tr("Checked plots"))
        return {self.OUTPUT: dest_id}

    def _stratum_label(self, key) -> str:
        code = core.parse_type(key)
        if code is not None:
            english, chinese = type_names(code)
            return f"{english} / {chinese}"
        return "" if key is None else str(key)

    def _short_label(self, key) -> str:
        """A stratum in the user's language only (chart legends have little room)."""
        code = core.parse_type(key)
        if code is None:
            return "" if key is None else str(key)
        english, chinese = type_names(code)
        return chinese if translation_for(qgis_locale()) == "zh_CN" else english

    def _write_metrics(self, parameters, context, overall, passed, by_stratum) -> str:
        columns = [("scope", "string"), ("stratum", "string"), ("stratum_name", "string")]
        columns += [(c, "int" if c == "n" else "double") for c in METRIC_COLUMNS]
        columns += [("passed", "int")]
        rows = [["all", None, None, *_metric_row(overall), 1 if passed else 0]]
        for key, result in by_stratum.items():
            rows.append(
                [
                    "stratum",
                    None if key is None else str(key),
                    self._stratum_label(key) if key is not None else self.tr("(no stratum)"),
                    *_metric_row(result),
                    None,
                ]
            )
        return self.write_table(parameters, self.METRICS, context, columns, rows)

    def _write_confusion(self, parameters, context, agreement) -> str | None:
        if parameters.get(self.CONFUSION, "") is None:
            return None
        columns, rows = agreement.table()
        return self.write_table(parameters, self.CONFUSION, context, columns, rows)

    def _draw_scatter(self, parameters, context, feedback, measure_type, overall, m, p, strata,
                      passed, threshold, min_plots):  # fmt: skip
        if self.SCATTER in parameters and parameters[self.SCATTER] is None:
            return None
        path = self.parameterAsFileOutput(parameters, self.SCATTER, context)
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        quantity = {
            "npp": self.tr("NPP"),
            "nep": self.tr("NEP"),
            "biomass": self.tr("carbon from biomass increment"),
        }[measure_type]
        unit = "gC·m⁻²·a⁻¹"
        notes = [
            self.tr("n = {0} (at least {1} needed)").format(overall.n, min_plots),
            f"r² = {overall.r2:.3f}" if math.isfinite(overall.r2) else "r² = –",
            f"RMSE = {overall.rmse:.1f} {unit}",
            f"bias = {overall.bias:+.1f} {unit}",
            self.tr("accuracy = {0:.3f} (at least {1:.2f} needed)").format(
                overall.accuracy, threshold
            ),
            self.tr("check passed") if passed else self.tr("check FAILED"),
        ]
        groups = strata if any(s is not None for s in strata) else None
        labels = {key: self._short_label(key) for key in set(strata)} if groups else {}
        regression = (
            f"y = {overall.intercept:.1f} + {overall.slope:.3f}·x"
            if math.isfinite(overall.slope)
            else ""
        )
        chart = charts.Scatter(
            x=m,
            y=p,
            x_label=self.tr("Measured {0} ({1})").format(quantity, unit),
            y_label=self.tr("Model value at the plot ({0})").format(unit),
            title=self.tr("Ground check: model vs field plots"),
            groups=groups,
            group_labels=labels,
            slope=overall.slope,
            intercept=overall.intercept,
            notes=notes,
            one_to_one_label=self.tr("1:1 line"),
            regression_label=self.tr("least squares: {0}").format(regression),
        )
        folder = os.path.dirname(os.path.abspath(path))
        temporary = os.path.join(folder, f".{uuid.uuid4().hex[:8]}.partial.png")
        try:
            backend = charts.save_scatter(chart, temporary)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
        feedback.pushInfo(self.tr("Scatter plot drawn with {0}: {1}").format(backend, path))
        return path


def _first_point(geometry):
    if geometry.isMultipart():
        points = geometry.asMultiPoint()
        return points[0] if points else geometry.centroid().asPoint()
    return geometry.asPoint()


def _metric_row(result: core.Metrics) -> list:
    values = result.as_dict()
    return [values["n"]] + [core.finite_or_none(values[c]) for c in METRIC_COLUMNS[1:]]
