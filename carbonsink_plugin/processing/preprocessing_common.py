"""Parameter helpers shared by the stage-1 (preprocessing) algorithms."""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
)

from ..core.errors import InputError
from ..i18n import TranslationContext
from .compat import NUMBER_DOUBLE, NUMBER_INTEGER

SKIP_UNIT_CHECK = "SKIP_UNIT_CHECK"

# The translation context of this module's labels and messages (see i18n.TranslationContext).
Preprocessing = TranslationContext("Preprocessing")


def enum_parameter(name, description, options, default, optional=False):
    """An enum whose values are the stable English keys (safe in models and batch files)."""
    return QgsProcessingParameterEnum(
        name,
        description,
        options=list(options),
        allowMultiple=False,
        defaultValue=default,
        optional=optional,
        usesStaticStrings=True,
    )


def number_parameter(name, description, default, minimum=None, maximum=None, integer=False):
    parameter = QgsProcessingParameterNumber(
        name,
        description,
        type=NUMBER_INTEGER if integer else NUMBER_DOUBLE,
        defaultValue=default,
    )
    if minimum is not None:
        parameter.setMinimum(minimum)
    if maximum is not None:
        parameter.setMaximum(maximum)
    return parameter


def monthly_layer_name(variable: str) -> str:
    """The name of a loaded monthly stack of `variable`, in the user's language."""
    names = {
        "ndvi": Preprocessing.tr("Monthly NDVI"),
        "temperature": Preprocessing.tr("Monthly mean temperature (°C)"),
        "precipitation": Preprocessing.tr("Monthly precipitation (mm)"),
        "radiation": Preprocessing.tr("Monthly solar radiation (MJ·m⁻²)"),
        "sunshine": Preprocessing.tr("Monthly solar radiation (MJ·m⁻²)"),
    }
    return names.get(variable) or Preprocessing.tr("Monthly {0}").format(variable)


def plain_value(value):
    """QVariant NULL → None; everything else as Python gives it."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def matrix_values(algorithm, parameters, name, context) -> list:
    """A matrix parameter's cells without the NULL QGIS gives for an empty matrix."""
    values = algorithm.parameterAsMatrix(parameters, name, context) or []
    return [v for v in (plain_value(v) for v in values) if v is not None]


def checked(algorithm, parameters, context, check) -> tuple[bool, str]:
    """checkParameterValues of the base class, then `check()`; its InputError or
    QgsProcessingException becomes the (False, message) the dialog shows before running."""
    ok, message = QgsProcessingAlgorithm.checkParameterValues(algorithm, parameters, context)
    if not ok:
        return ok, message
    try:
        check()
    except (InputError, QgsProcessingException) as error:
        return False, str(error)
    return True, ""


def same_path(a: str | None, b: str | None) -> bool:
    return bool(a and b) and os.path.realpath(a) == os.path.realpath(b)


def refuse_input_as_output(algorithm, output_path, inputs: dict):
    """Stop when an output file is one of the inputs (name → path)."""
    for name, path in inputs.items():
        if same_path(output_path, path):
            raise QgsProcessingException(
                Preprocessing.tr(
                    "{0}: the output '{1}' is this input; inputs are never overwritten. Choose "
                    "another output file."
                ).format(algorithm.label(name), output_path)
            )


def remove_output(path: str | None) -> None:
    """Delete an output written by a run that then turned out useless (e.g. all nodata)."""
    for candidate in (path, f"{path}.aux.xml") if path else ():
        if os.path.exists(candidate):
            os.remove(candidate)
