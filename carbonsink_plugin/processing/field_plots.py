"""Field plots as the ground check and the calibration read them: the chosen fields, the
check that the layer has plots, and why a plot is left out. One mixin for both algorithms, so
its messages are written (and translated) once."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..compat import parameter_as_fields
from ..core import groundcheck as core


class FieldPlots:
    """For an algorithm with PLOTS, MEASURED_FIELD and DEFAULT_FIELDS (field parameter →
    its default name)."""

    def _measured_field(self, parameters, context, names, feedback) -> str:
        """MEASURED_FIELD of the plot layer."""
        measured_field = self._field(parameters, context, self.MEASURED_FIELD, names, feedback)
        if measured_field is None:
            raise QgsProcessingException(
                self.tr(
                    "{0}: choose the field with the measured values; the layer has: {1}."
                ).format(self.label(self.MEASURED_FIELD), ", ".join(names))
            )
        return measured_field

    def _check_plots(self, parameters, context) -> tuple[bool, str]:
        """PLOTS with at least one feature."""
        plots = self.parameterAsSource(parameters, self.PLOTS, context)
        if plots is not None and plots.featureCount() == 0:
            return False, self.tr(
                "{0}: the layer has no features; give the plot layer with the measured values."
            ).format(self.label(self.PLOTS))
        return True, ""

    def _field(self, parameters, context, name, names, feedback) -> str | None:
        """The chosen field; a default that the layer lacks means 'not used'."""
        chosen = parameter_as_fields(self, parameters, name, context)
        field = chosen[0] if chosen else None
        if not field:
            return None
        if field in names:
            return field
        lowered = {n.lower(): n for n in names}
        if field.lower() in lowered:
            return lowered[field.lower()]
        if field == self.DEFAULT_FIELDS.get(name) and name != self.MEASURED_FIELD:
            feedback.pushInfo(
                self.tr("{0}: the layer has no field '{1}'; not used.").format(
                    self.label(name), field
                )
            )
            return None
        raise QgsProcessingException(
            self.tr("{0}: the plot layer has no field '{1}'. Its fields are: {2}.").format(
                self.label(name), field, ", ".join(names)
            )
        )

    def _reason_text(self, code: str) -> str:
        return {
            "missing": self.tr("no measured value"),
            "not_numeric": self.tr("measured value is not a number"),
            "not_positive": self.tr("measured value ≤ 0: no relative error"),
            "outside": self.tr("outside the model raster"),
            "nodata": self.tr("no valid model pixel (nodata)"),
            "no_geometry": self.tr("no geometry"),
        }.get(code, code)

    def _log_exclusions(self, ids, reasons, feedback) -> None:
        excluded = [(ids[i], r) for i, r in enumerate(reasons) if r]
        if not excluded:
            feedback.pushInfo(self.tr("All {0} plots are compared.").format(len(reasons)))
            return
        counts = core.summarise_reasons(reasons)
        summary = "; ".join(f"{self._reason_text(k)}: {n}" for k, n in counts.items())
        feedback.pushWarning(
            self.tr("{0} of {1} plots excluded — {2}").format(len(excluded), len(reasons), summary)
        )
        for plot_id, reason in excluded[:50]:
            feedback.pushInfo(self.tr("  plot {0}: {1}").format(plot_id, self._reason_text(reason)))
        if len(excluded) > 50:
            feedback.pushInfo(self.tr("  … and {0} more (see the reason field).").format(
                len(excluded) - 50
            ))  # fmt: skip
