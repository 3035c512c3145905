"""Unit checks in the processing layer: the override flag, and what core/units.py finds,
raised or logged in the user's language with the parameter named.

Every algorithm that reads a physical quantity checks a sample of it before its real pass:

    units.enforce(self, parameters, context, feedback, source.name,
                  core_units.check_temperature(source.sample()), override=self.IGNORE_UNIT_CHECKS)

An ERROR finding stops the run; a UNIT finding stops it unless the override flag is ticked
(then it is a warning); a WARNING is logged.
"""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingParameterBoolean

from ..compat import set_advanced
from ..core import units
from ..core.errors import InputError
from ..i18n import TranslationContext, message_text

# The translation context of the core's finding templates and of this module's strings.
Units = TranslationContext("Units")


def override_parameter(name: str) -> QgsProcessingParameterBoolean:
    """The advanced flag that turns unit findings into warnings. Its name is public API:
    IGNORE_UNIT_CHECKS in every algorithm that has it."""
    parameter = QgsProcessingParameterBoolean(
        name,
        Units.tr("Continue when input values look like wrong units (warn only)"),
        defaultValue=False,
    )
    parameter.setHelp(
        Units.tr(
            "IGNORE_UNIT_CHECKS: the checks of the input values (e.g. NDVI × 10000, kelvin, "
            "J·m⁻²) stop the run; ticked, they only warn. Tick it only when you know the "
            "values are right."
        )
    )
    return set_advanced(parameter)


def enforce(
    algorithm,
    parameters,
    context,
    feedback,
    name: str,
    findings,
    override: str | None = None,
    remedy: str = "",
) -> None:
    """Raise (InputError) the first finding that stops the run, naming the input (`name`, its
    label) and adding `remedy` and how to override; log the others as warnings."""
    overridden = bool(override) and algorithm.parameterAsBoolean(parameters, override, context)
    hint = ""
    if override:
        hint = Units.tr("If the values are right, tick {0}.").format(algorithm.label(override))
    for warning in units.enforce(
        findings, name, overridden=overridden, remedy=remedy, override_hint=hint
    ):
        feedback.pushWarning(message_text(warning))


def overridable(algorithm, parameters, context, feedback, override: str, check, *args) -> None:
    """Run a check that raises InputError itself (e.g. a sensor preset's value checks) under
    the same override: ticked, its error is logged as a warning; else the error says how to
    override it."""
    try:
        check(*args)
    except InputError as error:
        if not algorithm.parameterAsBoolean(parameters, override, context):
            hint = Units.tr("If the values are right, tick {0}.").format(algorithm.label(override))
            raise QgsProcessingException(f"{message_text(error)} {hint}") from None
        feedback.pushWarning(message_text(error))
