"""What the stage-1 (preprocessing) algorithms share: the unit-check flag's name, the names of
loaded monthly stacks, and MODIS .hdf containers given by path."""

from __future__ import annotations

import os

from qgis.core import QgsProcessingException

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


def with_hdf_subdatasets(algorithm, parameters, fields: dict) -> tuple[dict, list[str]]:
    """(parameters with each MODIS .hdf container given by path in `fields` ({parameter:
    "ndvi" or "quality"}) replaced by a layer of its sub-dataset, log lines naming them).
    QGIS cannot load a container (it has only sub-datasets) as a layer, so a path to one — from
    qgis_process, a batch or a model — failed before."""
    from qgis.core import QgsRasterLayer

    from ..core import modis
    from ..core.errors import InputError
    from ..i18n import message_text

    resolved, lines = dict(parameters), []
    for name, field in fields.items():
        value = parameters.get(name)
        if not modis.is_hdf_container(value):
            continue
        try:
            path = modis.subdataset(value, field, algorithm.label(name))
        except InputError as error:
            raise QgsProcessingException(message_text(error)) from error
        resolved[name] = QgsRasterLayer(path, os.path.basename(value), "gdal")
        lines.append(Preprocessing.tr("{0}: sub-dataset {1}").format(algorithm.label(name), path))
    return resolved, lines
