"""The workflow's calibration and uncertainty steps (issue 16), kept beside workflow.py.

calibrate(): CALIBRATION_SHARE of the plots (per vegetation type, core/calibrate.split_plots)
calibrate εmax with carbonsink:calibrate, which also checks the held-out plots with the prior
table; CASA then runs with the calibrated table and the ground check uses the held-out plots
only. uncertainty(): 95 % intervals of the totals from the per-type sums of the vegetation-type
table (core/uncertainty.py), in the results, the log and the totals table the report reads.
"""

from __future__ import annotations

import math

from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from ..core import calibrate as core_calibrate
from ..core import casa
from ..core import parameters as defaults
from ..core import uncertainty as core_uncertainty
from ..i18n import tr_for
from .calibrate import CalibrateAlgorithm
from .parameters import plain_value

QUANTITIES = {  # results name → (totals quantity, core key, unit)
    "TOTAL_NPP_TC": ("total_npp_tc", "npp_tc", "tC·a⁻¹"),
    "TOTAL_RH_TC": ("total_rh_tc", "rh_tc", "tC·a⁻¹"),
    "TOTAL_NEP_TC": ("total_nep_tc", "nep_tc", "tC·a⁻¹"),
    "TOTAL_NEP_TCO2": ("total_nep_tco2", "nep_tco2", "tCO₂·a⁻¹"),
}


class CalibrationSteps:
    """The two steps; their texts are translated in the context 'CalibrationSteps'."""

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    def calibrate(self, steps) -> None:
        """Split the plots, run carbonsink:calibrate, keep its results on steps."""
        if steps.share <= 0:
            return
        import processing

        algorithm, parameters = steps.algorithm, steps.parameters
        source = algorithm.parameterAsSource(parameters, algorithm.PLOTS, steps.context)
        names = source.fields().names()
        stratum = _field(steps.value("STRATUM_FIELD"), names)
        ident = _field(steps.value("ID_FIELD"), names)
        groups: dict = {}
        for feature in source.getFeatures():
            key = plain_value(feature[stratum]) if stratum else None
            order = plain_value(feature[ident]) if ident else feature.id()
            groups.setdefault(key, []).append((order, feature.id()))
        chosen, held_out = core_calibrate.split_plots(groups, steps.share)
        if not chosen or not held_out:
            raise QgsProcessingException(
                self.tr(
                    "{0}: {1} plot(s) cannot be split into calibration and ground-check plots "
                    "(share {2}); give more plots or set the share to 0."
                ).format(
                    algorithm.label(algorithm.CALIBRATION_SHARE),
                    len(chosen) + len(held_out),
                    steps.share,
                )  # fmt: skip
            )
        for name, ids in (("CALIBRATION_PLOTS", chosen), ("VALIDATION_PLOTS", held_out)):
            result = processing.run(
                "native:extractbyexpression",
                {
                    "INPUT": parameters[algorithm.PLOTS],
                    "EXPRESSION": f"$id IN ({', '.join(str(i) for i in sorted(ids))})",
                    "OUTPUT": steps.paths[name],
                },
                context=steps.context,
                feedback=steps.child,
                is_child_algorithm=True,
            )
            steps.results[name] = result["OUTPUT"]
        fit, workflow = CalibrateAlgorithm, algorithm
        child = {
            fit.NDVI: parameters[workflow.NDVI],
            fit.SOL: parameters[workflow.SOL],
            fit.TEMPERATURE: parameters[workflow.TEMPERATURE],
            fit.PRECIPITATION: parameters[workflow.PRECIPITATION],
            fit.VEGETATION: parameters[workflow.VEGETATION],
        }
        for name in (fit.PARAMETERS, fit.NDVI_EXTREMES, fit.MEASURED_FIELD, fit.MEASURE_TYPE,
                     fit.CARBON_FRACTION, fit.WINDOW, fit.STRATUM_FIELD):  # fmt: skip
            value = steps.value(name)
            if value is not None:
                child[name] = value
        child[fit.PLOTS] = steps.results[workflow.CALIBRATION_PLOTS]
        child[fit.VALIDATION_PLOTS] = steps.results[workflow.VALIDATION_PLOTS]
        # OUTPUT: the destination of products() (CALIBRATED_TABLE); N, CV_ACCURACY and
        # PRIOR_ACCURACY are kept in the results by steps.call
        result = steps.call(fit, child)
        steps.calibration = result
        if steps.previous:
            steps.warn(
                self.tr(
                    "The earlier years' NEP (PREVIOUS_NEP) was not computed with the calibrated "
                    "εmax: the trend compares two tables. Recompute those years with "
                    "PARAMETERS_CSV = {0}."
                ).format(steps.results["CALIBRATED_TABLE"])
            )
        steps.feedback.pushInfo(
            self.tr(
                "εmax calibrated on {0} plots (cross-validated accuracy {1}); the ground check "
                "uses the other {2} plots only (accuracy with the table as given: {3})."
            ).format(
                len(chosen),
                _text(result.get(fit.CV_ACCURACY)),
                len(held_out),
                _text(result.get(fit.VALIDATION_PRIOR_ACCURACY)),
            )  # fmt: skip
        )

    def uncertainty(self, steps) -> None:
        """95 % intervals of the city totals from the vegetation-type table's per-type sums."""
        path = steps.results.get("TYPE_TABLE")
        if not path:
            return
        layer = QgsVectorLayer(path, "types", "ogr")
        npp, rh = {}, {}
        for feature in layer.getFeatures():
            code = int(plain_value(feature["code"]))
            npp_tc = plain_value(feature["npp_tc"]) or 0.0
            nep_tc = plain_value(feature["nep_tc"]) or 0.0
            npp[code], rh[code] = float(npp_tc), float(npp_tc) - float(nep_tc)
        del layer
        if steps.calibration:
            csv = steps.results["CALIBRATED_TABLE"]
            table = casa.read_type_table_csv(csv)
            se = core_calibrate.read_standard_errors(csv)
        else:
            values = steps.value("PARAMETERS")
            table = (
                defaults.type_table_from_matrix(values) if values else defaults.default_type_table()
            )
            se = {}
        epsilon = {code: table[code].epsilon_max for code in npp if code in table}
        intervals = core_uncertainty.group_intervals(
            {"city": (npp, rh)}, epsilon, se, defaults.PAR_FRACTION
        )["city"]
        for name, (_, key, _) in QUANTITIES.items():
            steps.results[f"{name}_LOW"] = intervals[key].low
            steps.results[f"{name}_HIGH"] = intervals[key].high
        total = steps.results.get("TOTAL_NEP_TCO2")
        estimate = core_uncertainty.Interval(
            total if total is not None else intervals["nep_tco2"].estimate,
            intervals["nep_tco2"].low,
            intervals["nep_tco2"].high,
            intervals["nep_tco2"].sd,
        )
        value, low, high = core_uncertainty.sentence_numbers(estimate)
        source = self.tr("εmax from the calibration") if se else self.tr("εmax ± 25 %")
        steps.feedback.pushInfo(
            self.tr(
                "Carbon sink {0} Mt CO₂·a⁻¹ (95 % interval {1}–{2}; Monte Carlo over {3}, the PAR "
                "fraction and the Rh coefficient, from the per-type sums)."
            ).format(value, low, high, source)
        )
        add_interval_rows(steps.results.get("TOTALS"), intervals)


def _field(name, names) -> str | None:
    if not name:
        return None
    lowered = {n.lower(): n for n in names}
    return lowered.get(str(name).lower())


def calibrate(steps) -> None:
    CalibrationSteps().calibrate(steps)


def uncertainty(steps) -> None:
    CalibrationSteps().uncertainty(steps)


def add_interval_rows(path, intervals) -> None:
    """The interval ends as rows of the totals table (quantity <total>_low / _high)."""
    if not path:
        return
    layer = QgsVectorLayer(path, "totals", "ogr")
    if not layer.isValid():
        return
    features = []
    for quantity, key, unit in QUANTITIES.values():
        for end, value in (("low", intervals[key].low), ("high", intervals[key].high)):
            feature = QgsFeature(layer.fields())
            feature["quantity"] = f"{quantity}_{end}"
            feature["value"] = float(value)
            feature["unit"] = unit
            feature["description"] = f"95 % interval, {end} end, of {quantity} (Monte Carlo)"
            feature["description_zh"] = f"{quantity} 的 95% 区间{'下' if end == 'low' else '上'}限"
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    del layer


def _text(value) -> str:
    return "—" if value is None or not math.isfinite(value) else f"{value:.3f}"
