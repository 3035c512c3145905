"""carbonsink:calibrate — εmax per vegetation type from field plots (issue 16 §1).

The CASA inputs of carbonsink:casanpp (same parameters, same checks) plus the plots; one CASA
pass with εmax = 1 into a temporary raster, the plots sampled with the ground check's window
rule, the closed-form least-squares fit of core/calibrate.py, and the calibrated table as a CSV
that casanpp's PARAMETERS_CSV reads.
"""

from __future__ import annotations

import functools
import math
import os

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..compat import FIELD_ANY, GEOMETRY_POLYGON, SOURCE_VECTOR_GEOMETRY
from ..core import calibrate as core
from ..core import groundcheck as core_check
from ..core import raster
from ..core.parameters import type_names
from .base import FileOutput, NumberOutput
from .casanpp import CasaNppAlgorithm
from .field_plots import FieldPlots
from .groundcheck import GroundCheckAlgorithm, _first_point
from .parameters import number_parameter, plain_value
from .plot_tables import points_from_table
from .samplingplan import MEASURED, STRATUM

MEASURE_TYPES = ("npp", "biomass")
WINDOWS = ("1x1", "3x3")
CODES = tuple(range(1, 9))  # εmax numbers in the results for the default table's types


class CalibrateAlgorithm(FieldPlots, CasaNppAlgorithm):
    ALGORITHM_ID = "calibrate"
    GROUP_ID = "npp"

    PLOTS = "PLOTS"
    MEASURED_FIELD = "MEASURED_FIELD"
    MEASURE_TYPE = "MEASURE_TYPE"
    CARBON_FRACTION = "CARBON_FRACTION"
    WINDOW = "WINDOW"
    MIN_PLOTS = "MIN_PLOTS"
    FOLDS = "FOLDS"
    STRATUM_FIELD = "STRATUM_FIELD"
    VALIDATION_PLOTS = "VALIDATION_PLOTS"
    OUTPUT = "OUTPUT"
    # outputs the workflow takes over (WorkflowAlgorithm.products())
    N = "N"
    CV_ACCURACY = "CV_ACCURACY"
    VALIDATION_PRIOR_ACCURACY = "VALIDATION_PRIOR_ACCURACY"
    METRICS = ("N", "R2", "RMSE", "MRE", "ACCURACY")
    DEFAULT_FIELDS = {"MEASURED_FIELD": MEASURED, "STRATUM_FIELD": STRATUM}
    OUTPUT_FORMATS = {  # how the panel shows them
        name: "percent"
        for name in ("ACCURACY", "MRE", "CV_ACCURACY", "CV_MRE", "PRIOR_ACCURACY",
                     "VALIDATION_PRIOR_ACCURACY", "VALIDATION_ACCURACY")
    }  # fmt: skip

    def displayName(self) -> str:
        return self.tr("Calibrate εmax against field plots")

    def shortDescription(self) -> str:
        return self.tr(
            "Least-squares εmax per vegetation type from measured plots, with cross-validated "
            "accuracy; writes a vegetation-type table for CASA NPP."
        )

    def initAlgorithm(self, config=None):
        self.add_casa_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLOTS, self.tr("Field plots with measured NPP"), [SOURCE_VECTOR_GEOMETRY]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MEASURED_FIELD,
                self.tr("Measured value field"),
                defaultValue=MEASURED,
                parentLayerParameterName=self.PLOTS,
                type=FIELD_ANY,
            )
        )
        check = GroundCheckAlgorithm()  # the measured quantity and the window as it has them
        check.initAlgorithm()
        for name in (self.MEASURE_TYPE, self.CARBON_FRACTION, self.WINDOW):
            self.addParameter(check.parameterDefinition(name).clone())
        self.addParameter(
            number_parameter(
                self.MIN_PLOTS,
                self.tr("Plots a type needs for its own εmax (fewer: the prior is kept)"),
                core.MIN_CALIBRATION_PLOTS,
                1,
                integer=True,
            )
        )
        self.addParameter(
            number_parameter(
                self.FOLDS,
                self.tr("Cross-validation folds (0: leave-one-out)"),
                core.LEAVE_ONE_OUT,
                0,
                integer=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.VALIDATION_PLOTS,
                self.tr("Held-out plots to validate on (optional; same fields, never fitted)"),
                [SOURCE_VECTOR_GEOMETRY],
                optional=True,
            )
        )
        stratum = check.parameterDefinition(self.STRATUM_FIELD).clone()  # advanced, optional
        stratum.setDescription(
            self.tr("Plot vegetation type field (empty: the window's main type)")
        )
        self.addParameter(stratum)
        self.declare_outputs()

    def output_specs(self):
        labels = {
            "N": self.tr("Plots used (n)"),
            "R2": self.tr("r², calibrated table, in-sample"),
            "RMSE": self.tr("RMSE, calibrated table, in-sample (gC·m⁻²·a⁻¹)"),
            "MRE": self.tr("Mean relative error, in-sample"),
            "ACCURACY": self.tr("Accuracy (1 − MRE), in-sample"),
        }
        cross = {
            f"CV_{name}": self.tr("{0}, cross-validated").format(name)
            for name in ("R2", "RMSE", "MRE", "ACCURACY")
        }
        return (
            FileOutput(
                self.OUTPUT,
                self.tr("Calibrated vegetation-type table (CSV for PARAMETERS_CSV)"),
                self.tr("CSV files (*.csv)"),
            ),
            *(NumberOutput(name, label) for name, label in labels.items()),
            *(NumberOutput(name, label) for name, label in cross.items()),
            NumberOutput("PRIOR_ACCURACY", self.tr("Accuracy (1 − MRE) of the prior table")),
            NumberOutput("VALIDATION_N", self.tr("Held-out plots used (n)")),
            NumberOutput(
                self.VALIDATION_PRIOR_ACCURACY,
                self.tr("Accuracy (1 − MRE) on the held-out plots, prior table"),
            ),
            NumberOutput(
                "VALIDATION_ACCURACY",
                self.tr("Accuracy (1 − MRE) on the held-out plots, calibrated table"),
            ),
            *(
                NumberOutput(f"EPSILON_MAX_{code}", self.tr("εmax of type {0}").format(code))
                for code in CODES
            ),
        )

    def parameter_help(self):
        return {
            **self.casa_parameter_help(),
            (self.PARAMETERS, self.PARAMETERS_CSV): self.tr(
                "The CASA inputs and constants exactly as in NPP by the improved CASA "
                "model; PARAMETERS / PARAMETERS_CSV is the prior table (NDVI_max and "
                "NDVI_min are kept, εmax is fitted)."
            ),
            (self.PLOTS, self.MEASURED_FIELD, self.MEASURE_TYPE, self.CARBON_FRACTION): self.tr(
                "PLOTS with MEASURED_FIELD: measured NPP in gC·m⁻²·a⁻¹, or the biomass "
                "increment in t·ha⁻¹·a⁻¹ (MEASURE_TYPE = biomass, × CARBON_FRACTION × 100)."
            ),
            self.WINDOW: self.tr(
                "WINDOW: the model value at a plot: its pixel (1x1), the mean of the 3 × 3 "
                "pixels around it, or the mean over the plot polygon."
            ),
            self.MIN_PLOTS: self.tr(
                "MIN_PLOTS: a type with fewer plots keeps the εmax of the prior table."
            ),
            self.FOLDS: self.tr(
                "FOLDS: folds of the cross validation; 0 leaves one plot out at a time."
            ),
            self.VALIDATION_PLOTS: self.tr(
                "VALIDATION_PLOTS (optional): plots with the same fields that are never "
                "fitted, only compared with the calibrated model."
            ),
            self.STRATUM_FIELD: self.tr(
                "STRATUM_FIELD (optional): each plot's vegetation code; without it a plot "
                "counts for the type with the largest share of its window."
            ),
            self.OUTPUT: self.tr(
                "OUTPUT: CSV with code, epsilon_max, ndvi_max, ndvi_min (the columns "
                "PARAMETERS_CSV reads) and eps_max_se, n, prior, status (fitted, prior, "
                "implausible). casanpp with PARAMETERS_CSV = this file and the same "
                "NDVI_EXTREMES reproduces the fit."
            ),
            self.N: self.tr(
                "Numbers: n, in-sample R2, RMSE, MRE, ACCURACY; cross-validated CV_R2, "
                "CV_RMSE, CV_MRE, CV_ACCURACY; PRIOR_ACCURACY; EPSILON_MAX_1 … _8."
            ),
        }

    def help_sections(self):
        low, high = core.PLAUSIBLE_EPSILON_MAX
        return {
            "summary": self.tr(
                "Fits the maximum light-use efficiency εmax of each vegetation type to measured "
                "NPP at field plots, as Zhu Wenquan derived the table itself, and writes the "
                "table for CASA NPP (PARAMETERS_CSV). Reports in-sample and cross-validated "
                "agreement: judge the table by the cross-validated figures."
            ),
            "formula": self.tr(
                "NPP = εmax(type) · u,  u = Σ_t SOL·FPAR·PAR fraction·Tε1·Tε2·Wε (CASA with "
                "εmax = 1)\n"
                "model value at plot i: p_i = Σ_k A_ik·ε_k, A_ik = Σ u of the window's type-k "
                "pixels / valid pixels\n"
                "one type per window: ε_k = Σ m·u / Σ u²,  se_k = √(s²/Σ u²),  s² = Σ (m − "
                "ε_k·u)²/(n_k − 1)\n"
                "mixed windows: AᵀA·ε = Aᵀm solved together (sandwich covariance)"
            ),
            "notes": [
                self.tr(
                    "One CASA pass (εmax = 1) into a temporary raster, then one small window per "
                    "plot: the cost of one casanpp run."
                ),
                self.tr(
                    "Plots are excluded as in the ground check (no or non-numeric measured "
                    "value, measured ≤ 0, outside the rasters, no valid pixel in the window); "
                    "polygons use their centroid's window."
                ),
                self.tr(
                    "A type with fewer than MIN_PLOTS plots (default 3, SPEC's minimum per "
                    "stratum) keeps its prior εmax, and the log says so."
                ),
                self.tr(
                    "Fitted values outside {0}–{1} gC·MJ⁻¹ are flagged 'implausible' (upper: "
                    "the largest GPP light-use efficiency of MODIS MOD17, which NPP's cannot "
                    "exceed; lower: half of the table's smallest value). They are written "
                    "all the same: check the plots and the units."
                ).format(low, high),
                self.tr(
                    "Cross validation: FOLDS = 0 leaves one plot out at a time; k ≥ 2 makes k "
                    "folds by a fixed random permutation (reproducible). Each fold is refitted "
                    "with the same rules and predicts the plots it left out."
                ),
            ],
            "references": [
                "朱文泉, 潘耀忠, 张锦水 (2007) 中国陆地植被净初级生产力遥感估算. 植物生态学报 "
                "31(3): 413–424.",
                "Running S.W. et al. (2004) BioScience 54(6): 547–560.",
                "DB4403/T 348—2023 城市碳汇遥感评价技术规范.",
            ],
        }

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        return self._check_plots(parameters, context)

    # --- run --------------------------------------------------------------------------------

    def execute(self, parameters, context, feedback):
        sources = self._sources(parameters, context)
        table = self._table(parameters, context)
        constants = self._constants(parameters, context)
        extremes = self.parameterAsEnumString(parameters, self.NDVI_EXTREMES, context) or "data"
        percentile = self.parameterAsDouble(parameters, self.NDVI_PERCENTILE, context)
        window = self.parameterAsEnumString(parameters, self.WINDOW, context) or "3x3"
        min_plots = self.parameterAsInt(parameters, self.MIN_PLOTS, context)
        folds = self.parameterAsInt(parameters, self.FOLDS, context)
        core.folds_of(10, folds)  # a bad FOLDS stops the run before the pass
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not csv_path:
            raise QgsProcessingException(
                self.tr("{0}: an output file is required.").format(self.label(self.OUTPUT))
            )
        self._check_units(parameters, context, sources, feedback)
        ids, points, measured, reasons, strata = self._read_plots(parameters, context, feedback)
        validation = None
        if parameters.get(self.VALIDATION_PLOTS) not in (None, ""):
            validation = self._read_plots(parameters, context, feedback, self.VALIDATION_PLOTS)

        unit_path = QgsProcessingUtils.generateTempFilename("carbonsink_unit_npp.tif")
        os.makedirs(os.path.dirname(unit_path), exist_ok=True)
        try:
            report = core.run_unit_npp(
                sources,
                raster.Output(unit_path, descriptions=["NPP per unit εmax"]),
                table,
                constants,
                extremes=extremes,
                percentile=percentile,
                engine=functools.partial(self.engine, feedback),
            )
            codes = sorted(table)
            where = [i for i, point in enumerate(points) if point is not None]
            size = 1 if window == "1x1" else 3
            unit = raster.Source(unit_path, "u")
            try:
                design = core.plot_design(
                    unit, sources[self.VEGETATION], [points[i] for i in where], size, codes
                )
                held_out = None
                if validation is not None:
                    _, v_points, v_measured, v_reasons, _ = validation
                    keep = [i for i, p in enumerate(v_points) if p is not None and not v_reasons[i]]
                    v_design = core.plot_design(
                        unit, sources[self.VEGETATION], [v_points[i] for i in keep], size, codes
                    )
                    used_v = [k for k, r in enumerate(v_design.reasons) if r is None]
                    held_out = (
                        [v_measured[keep[k]] for k in used_v], v_design.matrix[used_v],
                    )  # fmt: skip
            finally:
                unit.close()
        finally:
            raster.remove_files([unit_path])
        matrix = np.zeros((len(points), len(codes)))
        dominant: list[int | None] = [None] * len(points)
        for k, (i, main) in enumerate(zip(where, design.dominant())):
            matrix[i] = design.matrix[k]
            dominant[i] = main
            if reasons[i] is None:
                reasons[i] = design.reasons[k]
        if where and all(design.reasons[k] == "outside" for k in range(len(where))):
            raise QgsProcessingException(
                self.tr(
                    "None of the {0} plots lies on the rasters. Check that the plot layer's CRS "
                    "is set correctly and that plots and rasters cover the same area."
                ).format(len(points))
            )
        used = [i for i, r in enumerate(reasons) if r is None]
        self._log_exclusions(ids, reasons, feedback)
        plot_types = []
        for i in used:
            stratum = strata[i]
            plot_types.append(stratum if isinstance(stratum, int) and stratum in table
                              else dominant[i])  # fmt: skip
        result = core.calibrate(
            [measured[i] for i in used], matrix[used], codes,
            {c: table[c].epsilon_max for c in codes}, plot_types, min_plots, folds,
        )  # fmt: skip
        self._log_result(result, report, feedback)
        held = None
        if held_out is not None:
            prior = [table[c].epsilon_max for c in codes]
            fitted = [result.fit.types[c].epsilon_max for c in codes]
            held = core.validate(held_out[0], held_out[1], prior, fitted)
            for label, m in ((self.tr("held-out plots, prior table"), held[0]),
                             (self.tr("held-out plots, calibrated table"), held[1])):  # fmt: skip
                self._log_metrics(label, m, feedback)
        core.write_table_csv(csv_path, table, result.fit)
        feedback.pushInfo(self.tr("Calibrated table written: {0}").format(csv_path))

        results = {self.OUTPUT: csv_path, "N": result.in_sample.n}
        for prefix, metrics in (("", result.in_sample), ("CV_", result.cross_validated)):
            values = metrics.as_dict()
            for name in self.METRICS[1:]:
                value = values[name.lower()]
                results[prefix + name] = value if math.isfinite(value) else None
        results["PRIOR_ACCURACY"] = _finite(result.before.accuracy)
        results["VALIDATION_N"] = held[1].n if held else None
        results["VALIDATION_PRIOR_ACCURACY"] = _finite(held[0].accuracy) if held else None
        results["VALIDATION_ACCURACY"] = _finite(held[1].accuracy) if held else None
        for code in CODES:
            fit = result.fit.types.get(code)
            results[f"EPSILON_MAX_{code}"] = fit.epsilon_max if fit else None
        return results

    def _read_plots(self, parameters, context, feedback, name=PLOTS):
        """(ids, points in the rasters' CRS or None, measured gC·m⁻²·a⁻¹, reasons, strata)."""
        plots = self.parameterAsSource(parameters, name, context)
        if plots is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if plots.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("{0}: the layer has no features.").format(self.label(name))
            )
        value = parameters.get(name)  # a CSV/XLSX table with 经度/纬度 columns, as groundcheck
        plots = points_from_table(
            plots, self.label(name), feedback, value if isinstance(value, str) else None
        )
        names = plots.fields().names()
        measured_field = self._measured_field(parameters, context, names, feedback)
        stratum_field = self._field(parameters, context, self.STRATUM_FIELD, names, feedback)
        raster_crs = self.parameterAsRasterLayer(parameters, self.VEGETATION, context).crs()
        request = QgsFeatureRequest()
        if plots.sourceCrs().isValid() and raster_crs.isValid() and plots.sourceCrs() != raster_crs:
            request.setDestinationCrs(raster_crs, context.transformContext())
        is_polygon = QgsWkbTypes.geometryType(plots.wkbType()) == GEOMETRY_POLYGON
        measure_type = self.parameterAsEnumString(parameters, self.MEASURE_TYPE, context)
        fraction = self.parameterAsDouble(parameters, self.CARBON_FRACTION, context)
        ids, points, measured, reasons, strata = [], [], [], [], []
        for feature in plots.getFeatures(request):
            ids.append(feature.id())
            value, reason = core_check.parse_measured(plain_value(feature[measured_field]))
            if value is not None and measure_type == "biomass":
                value = float(core_check.biomass_to_carbon(value, fraction))
            if reason is None and not value > 0:
                reason = "not_positive"
            geometry = feature.geometry()
            point = None
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                reason = reason or "no_geometry"
            else:
                xy = geometry.centroid().asPoint() if is_polygon else _first_point(geometry)
                point = (xy.x(), xy.y())
            points.append(point)
            measured.append(value if value is not None else math.nan)
            reasons.append(reason)
            strata.append(
                core_check.stratum_key(plain_value(feature[stratum_field]))
                if stratum_field
                else None
            )
        return ids, points, measured, reasons, strata

    def _log_result(self, result: core.Calibration, report, feedback) -> None:
        feedback.pushInfo(
            self.tr("Per vegetation type: plots, prior εmax → fitted εmax ± standard error:")
        )
        for code, fit in sorted(result.fit.types.items()):
            if not report.codes_present.get(code) and not fit.n:
                continue
            name_en, name_zh = type_names(code)
            se = f" ± {fit.se:.3f}" if math.isfinite(fit.se) else ""
            feedback.pushInfo(
                f"  {code} {name_en} / {name_zh}: {fit.n}, {fit.prior:.3f} → "
                f"{fit.epsilon_max:.3f}{se} ({fit.status})"
            )
            if fit.status == core.STATUS_PRIOR and fit.n:
                feedback.pushWarning(
                    self.tr(
                        "Type {0}: {1} plot(s), fewer than needed for its own εmax; the prior "
                        "value {2} is kept."
                    ).format(code, fit.n, fit.prior)
                )
            elif fit.status == core.STATUS_IMPLAUSIBLE:
                low, high = core.PLAUSIBLE_EPSILON_MAX
                feedback.pushWarning(
                    self.tr(
                        "Type {0}: the fitted εmax {1:.3f} gC·MJ⁻¹ is outside the plausible "
                        "{2}–{3}; check the measured values and their units."
                    ).format(code, fit.epsilon_max, low, high)
                )
        folds = self.tr("leave-one-out") if result.folds == 0 else str(result.folds)
        for label, m in (
            (self.tr("prior table"), result.before),
            (self.tr("calibrated, in-sample"), result.in_sample),
            (self.tr("calibrated, cross-validated ({0})").format(folds), result.cross_validated),
        ):
            self._log_metrics(label, m, feedback)

    def _log_metrics(self, label: str, m, feedback) -> None:
        feedback.pushInfo(
            self.tr("{0}: n = {1}, r² = {2}, RMSE = {3}, MRE = {4}, accuracy = {5}").format(
                label,
                m.n,
                _text(m.r2, 3),
                _text(m.rmse, 1),
                _text(m.mre, 3),
                _text(m.accuracy, 3),
            )  # fmt: skip
        )


def _finite(value):
    return value if value is not None and math.isfinite(value) else None


def _text(value, digits):
    return "—" if value is None or not math.isfinite(value) else f"{value:.{digits}f}"
