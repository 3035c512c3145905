"""What the stage-1 (preprocessing) algorithms share: the unit-check flag's name, the names of
loaded monthly stacks."""

from __future__ import annotations

from ..i18n import TranslationContext

IGNORE_UNIT_CHECKS = "IGNORE_UNIT_CHECKS"

# The translation context of this module's labels and messages (see i18n.TranslationContext).
Preprocessing = TranslationContext("Preprocessing")


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
