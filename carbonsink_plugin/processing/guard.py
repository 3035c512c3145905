"""No output may overwrite an input: one check for every destination of every algorithm.

CarbonSinkAlgorithm calls `refuse_overwriting_inputs` in checkParameterValues (the dialog, the
batch runner, processing.run and qgis_process ask it first) and again at the start of
processAlgorithm (a model or a script may call run() directly), so each algorithm is covered
without code of its own. Compared are files, not strings (core/backup.py: symlinks, layer
suffixes, case on case-insensitive file systems); a GeoPackage output that holds an input layer
is refused even when it names another layer, as writing it rewrites the input's file. A folder
destination is checked through the algorithm's `folder_outputs()`: the files the run would write
into it.

`output_files` gives the files a run writes, for core.backup.OutputBackup (older outputs kept
until the run has succeeded).
"""

from __future__ import annotations

import contextlib
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameters,
    QgsProcessingParameterVectorDestination,
    QgsProviderRegistry,
)

from ..compat import SOURCE_FILE
from ..core.backup import file_of, same_file
from ..i18n import TranslationContext

# The translation context of this module's messages (see i18n.TranslationContext).
Guard = TranslationContext("Guard")

LAYER_DESTINATIONS = (
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorDestination,
)
FILE_DESTINATIONS = (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)


# --- outputs ----------------------------------------------------------------------------------


def destinations(algorithm, parameters, context) -> list[tuple[str, str, bool]]:
    """(parameter name, destination string, names a layer inside the file) of every destination
    this run writes to a file; skipped optional and temporary outputs are left out."""
    found = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        text = _destination_text(parameters.get(name), context)
        if not text:
            continue
        if isinstance(definition, LAYER_DESTINATIONS):
            text = QgsProcessingParameters.parameterAsOutputLayer(definition, parameters, context)
        elif isinstance(definition, FILE_DESTINATIONS):
            text = QgsProcessingParameters.parameterAsFileOutput(definition, parameters, context)
        else:
            continue
        path = file_of(text or "")
        if not path:
            continue
        names_layer = path != text.strip()  # 'x.gpkg|layername=…', "ogr:dbname='x.gpkg' …"
        found.append((name, os.path.abspath(path), names_layer))
        extension = _default_extension(definition)
        if extension and not os.path.splitext(path)[1] and not names_layer:
            # QGIS adds the format's extension to a destination written without one.
            found.append((name, os.path.abspath(f"{path}.{extension}"), False))
    return found


def _destination_text(value, context) -> str:
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if hasattr(value, "valueAsString"):  # a QgsProperty
        value, _ok = value.valueAsString(context.expressionContext(), "")
    text = str(value or "").strip() if value is not None else ""
    if text == QgsProcessing.TEMPORARY_OUTPUT or text.startswith("memory:"):
        return ""
    return text


def _default_extension(definition) -> str:
    try:
        return definition.defaultFileExtension()
    except AttributeError:
        return ""


def folder_files(algorithm, parameters, context) -> dict[str, list[str]]:
    """{folder destination: the files the run would write in it}, from folder_outputs()."""
    hook = getattr(algorithm, "folder_outputs", None)
    if hook is None:
        return {}
    try:
        return hook(parameters, context) or {}
    except Exception:  # bad parameters: the algorithm's own checks say what is wrong
        return {}


def output_files(algorithm, parameters, context) -> tuple[list[str], list[str]]:
    """(files a run replaces, GeoPackages it writes a layer into): the paths an OutputBackup
    keeps. Folder destinations are the algorithm's to keep (the workflow does)."""
    whole, in_place = [], []
    for name, path, names_layer in destinations(algorithm, parameters, context):
        definition = algorithm.parameterDefinition(name)
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            continue
        (in_place if names_layer else whole).append(path)
    return whole, in_place


# --- inputs -----------------------------------------------------------------------------------


def input_files(algorithm, parameters, context) -> list[tuple[str, str]]:
    """(parameter name, file) of every input file of the run: layers (their provider's path,
    also for project layers given by id or name), files, and each layer of a list."""
    found = []
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        name = definition.name()
        value = parameters.get(name)
        if value in (None, "", []):
            continue
        for path in _paths_of(definition, value, parameters, context):
            if path and os.path.exists(path):
                found.append((name, path))
    return found


def _paths_of(definition, value, parameters, context) -> list[str]:
    kind = definition.type()
    if kind == "file":
        return [QgsProcessingParameters.parameterAsFile(definition, parameters, context)]
    if kind == "multilayer":
        if definition.layerType() == SOURCE_FILE:
            return list(
                QgsProcessingParameters.parameterAsFileList(definition, parameters, context)
            )
        layers = QgsProcessingParameters.parameterAsLayerList(definition, parameters, context)
        paths = [_layer_file(layer) for layer in layers or []]
        values = value if isinstance(value, (list, tuple)) else [value]
        return paths + [file_of(item) for item in values if isinstance(item, str)]
    if kind in ("raster", "vector", "source", "layer", "mesh", "pointcloud"):
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value, _ok = value.source.valueAsString(context.expressionContext(), "")
            parameters = {**parameters, definition.name(): value}
        layer = None
        with contextlib.suppress(QgsProcessingException):
            layer = QgsProcessingParameters.parameterAsLayer(definition, parameters, context)
        paths = [_layer_file(layer)] if layer is not None else []
        if isinstance(value, str):  # a path QGIS could not load as a layer is still a file
            paths.append(file_of(value))
        return paths
    return []


def _layer_file(layer) -> str | None:
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("path") or file_of(layer.source())


# --- the check --------------------------------------------------------------------------------


def clash(algorithm, parameters, context) -> str | None:
    """The message refusing the first output that is an input, or None."""
    inputs = input_files(algorithm, parameters, context)
    if not inputs:
        return None
    for name, path, _names_layer in destinations(algorithm, parameters, context):
        for input_name, input_path in inputs:
            if same_file(path, input_path):
                return Guard.tr(
                    "{0}: the output '{1}' is the input {2} ('{3}'): inputs are never "
                    "overwritten. Choose another output file."
                ).format(algorithm.label(name), path, algorithm.label(input_name), input_path)
    for name, files in folder_files(algorithm, parameters, context).items():
        for path in files:
            for input_name, input_path in inputs:
                if same_file(path, input_path):
                    return Guard.tr(
                        "{0}: the run would write '{1}' in this folder, and that file is the "
                        "input {2}: inputs are never overwritten. Choose another folder."
                    ).format(algorithm.label(name), path, algorithm.label(input_name))
    return None


def refuse_overwriting_inputs(algorithm, parameters, context) -> None:
    """Raise QgsProcessingException when an output of the run is one of its inputs."""
    message = clash(algorithm, parameters, context)
    if message:
        raise QgsProcessingException(message)
