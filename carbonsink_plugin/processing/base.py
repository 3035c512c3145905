"""What every algorithm of the provider shares.

An algorithm subclasses CarbonSinkAlgorithm, sets ALGORITHM_ID and GROUP_ID, declares its
parameters in initAlgorithm, writes its help in help_sections() and its work in execute().
execute() is a thin adapter: read parameters → validate → call core with progress/cancel
callables → return the outputs. Errors from the core (InputError) and cancel become
QgsProcessingException here, once, the core's message translated (i18n.message_text).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from typing import Mapping, Sequence, Union

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from .. import about, mainthread
from ..compat import FLAG_OPTIONAL, SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY, make_field
from ..core import raster
from ..core.backup import OutputBackup
from ..core.errors import Canceled, InputError
from ..i18n import message_text, tr_for
from ..paths import help_page, resource_path
from . import guard
from .legends import translate_band_title, translate_legend
from .parameters import describe, enum_choice, enum_values_text

# --- output specs -----------------------------------------------------------------------------
# An algorithm lists its outputs once, in output_specs(), in the order the dialog shows them;
# declare_outputs() adds them (initAlgorithm), open_outputs() makes the core Outputs of a run,
# finish_outputs() styles and names the written rasters and gives the results. Only the primary
# output is mandatory: secondary ones are optional and, like QGIS's own, created by default
# (by_default=False for diagnostics nobody needs every time).


@dataclass(frozen=True)
class RasterOutput:
    """A GeoTIFF destination: its parameter, its core Output and how QGIS loads it."""

    name: str
    label: str
    bands: int = 1
    descriptions: Sequence[str] = ()
    dtype: str = "float32"
    style: str | None = None  # resources/styles/<style>.qml, applied when QGIS loads it
    layer_name: str | None = None  # the loaded layer's name (None: QGIS's default)
    optional: bool = False
    by_default: bool = True  # createByDefault of an optional output

    def parameter(self):
        return QgsProcessingParameterRasterDestination(
            self.name, self.label, optional=self.optional, createByDefault=self.by_default
        )


@dataclass(frozen=True)
class TableOutput:
    """A feature sink destination (a table without geometry unless `kind` says otherwise)."""

    name: str
    label: str
    kind: int = SOURCE_VECTOR_ANY
    optional: bool = False
    by_default: bool = True

    def parameter(self):
        return QgsProcessingParameterFeatureSink(
            self.name,
            self.label,
            self.kind,
            optional=self.optional,
            createByDefault=self.by_default,
        )


@dataclass(frozen=True)
class FileOutput:
    """A file destination (an image, a page)."""

    name: str
    label: str
    file_filter: str
    optional: bool = False
    by_default: bool = True

    def parameter(self):
        return QgsProcessingParameterFileDestination(
            self.name,
            self.label,
            self.file_filter,
            optional=self.optional,
            createByDefault=self.by_default,
        )


@dataclass(frozen=True)
class NumberOutput:
    """A number in the results (usable in a model)."""

    name: str
    label: str


OutputSpec = Union[RasterOutput, TableOutput, FileOutput, NumberOutput]


class CarbonSinkAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms: ids, groups, help, inputs, outputs, errors."""

    ALGORITHM_ID = ""
    GROUP_ID = ""

    # --- identity ---------------------------------------------------------------------------

    def name(self) -> str:
        return self.ALGORITHM_ID

    def groupId(self) -> str:
        return self.GROUP_ID

    def group(self) -> str:
        return self.group_names()[self.GROUP_ID]

    def group_names(self) -> dict[str, str]:
        return {
            "preprocessing": self.tr("1 · Data collection and preprocessing"),
            "npp": self.tr("2 · Net primary productivity (NPP)"),
            "carbonsink": self.tr("3 · Carbon sink calculation"),
            "groundcheck": self.tr("4 · Ground check"),
            "evaluation": self.tr("5 · Evaluation and analysis"),
            "workflow": self.tr("Complete workflow"),
        }

    def createInstance(self):
        return type(self)()

    def addParameter(self, definition, createOutput=True) -> bool:  # noqa: N803 - QGIS API
        """Every input carries our metadata (parameters.describe): its layer-name hints, and
        its band count when raster_input (or the algorithm) declared one."""
        if not definition.isDestination():
            describe(definition)
        text = self.parameter_help_text(definition.name())
        if text:  # otherwise the help it came with (a shared builder's, a clone's) stays
            definition.setHelp(text)
        return super().addParameter(definition, createOutput)

    def icon(self) -> QIcon:
        return QIcon(resource_path("icons", "icon.svg"))

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    # --- help -------------------------------------------------------------------------------

    def help_sections(self) -> Mapping[str, str | Sequence[str]]:
        """summary, formula, inputs, outputs, notes, references (each text or list of lines)."""
        return {}

    def parameter_help(self) -> Mapping[str | tuple[str, ...], str | Sequence[str]]:
        """Help per parameter, one source for the dialog and the help panel: {name, or a tuple
        of names a line is about: text or lines}, in dialog order, through self.tr(). Each
        parameter's tooltip (setHelp) is every line that names it; the "Inputs and units" and
        "Outputs" sections of the help list the lines once, followed by the general lines of
        help_sections()["inputs"] / ["outputs"]."""
        return {}

    def _help_lines(self) -> list[tuple[tuple[str, ...], list[str]]]:
        lines = []
        for key, content in self.parameter_help().items():
            names = (key,) if isinstance(key, str) else tuple(key)
            lines.append((names, [content] if isinstance(content, str) else list(content)))
        return lines

    def parameter_help_text(self, name: str) -> str:
        """The tooltip help of one parameter (HTML: QGIS puts it into the tooltip as it is)."""
        found = [line for names, content in self._help_lines() if name in names for line in content]
        return "<br>".join(html.escape(line, quote=False) for line in found)

    def _is_output_line(self, names: tuple[str, ...]) -> bool:
        definition = self.parameterDefinition(names[0])
        if definition is not None:
            return definition.isDestination()
        return self.outputDefinition(names[0]) is not None

    def _section(self, key: str) -> list[str] | str | None:
        """A help section; "inputs" and "outputs" gather the lines of parameter_help()."""
        content = self.help_sections().get(key)
        if key not in ("inputs", "outputs"):
            return content
        wanted = key == "outputs"
        lines = [
            line
            for names, found in self._help_lines()
            if self._is_output_line(names) == wanted
            for line in found
        ]
        general = [content] if isinstance(content, str) else list(content or ())
        return lines + general

    def shortHelpString(self) -> str:
        titles = {
            "summary": "",
            "formula": self.tr("Method"),
            "inputs": self.tr("Inputs and units"),
            "outputs": self.tr("Outputs"),
            "notes": self.tr("Decisions and checks"),
            "references": self.tr("References"),
        }
        parts = []
        for key, title in titles.items():
            content = self._section(key)
            if not content:
                continue
            if title:
                parts.append(f"<h3>{html.escape(title)}</h3>")
            if isinstance(content, str):
                body = html.escape(content).replace("\n", "<br>")
                # Formulas keep their lines and spacing but wrap in the narrow help panel
                # (<pre> would need a horizontal scroll).
                style = "white-space: pre-wrap; font-family: monospace"
                parts.append(
                    f'<p style="{style}">{body}</p>' if key == "formula" else f"<p>{body}</p>"
                )
            else:
                items = "".join(f"<li>{html.escape(line)}</li>" for line in content)
                parts.append(f"<ul>{items}</ul>")
        return "\n".join(parts)

    def helpUrl(self) -> str:
        page = help_page(self.GROUP_ID)
        return QUrl.fromLocalFile(page).toString() if page else ""

    # --- running ----------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """QGIS's checks, after those every algorithm shares: enum values (an option's name or
        its number; otherwise the allowed values are listed), and no output is an input."""
        for definition in self.parameterDefinitions():
            if definition.type() != "enum" or definition.name() not in parameters:
                continue
            value = parameters[definition.name()]
            if not enum_choice(definition, value)[1]:
                return False, self.tr(
                    "{0}: '{1}' is not an allowed value. Give one of these names or its number: "
                    "{2}."
                ).format(self.label(definition.name()), value, enum_values_text(definition))
        parameters = self.normalised(parameters)
        message = guard.clash(self, parameters, context)
        if message:
            return False, message
        own = self.read_by_plugin(parameters, context)
        if not own:
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():  # QGIS's check, but for those
            if definition.name() in own or definition.isDestination():
                continue
            if not definition.checkValueIsAcceptable(parameters.get(definition.name()), context):
                return False, self.tr("Incorrect parameter value for {0}").format(
                    definition.description()
                )
        return True, ""

    def read_by_plugin(self, parameters, context) -> set:
        """Names of the parameters whose value QGIS cannot check but the algorithm reads
        itself (a station file QGIS cannot open as a layer): QGIS's check skips them."""
        return set()

    def normalised(self, parameters) -> dict:
        """The parameters with every enum given by its number turned into its option name."""
        result = dict(parameters)
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.type() == "enum" and name in result:
                result[name] = enum_choice(definition, result[name])[0]
        return result

    def parameterAsEnumString(self, parameters, name, context):  # noqa: N802 - QGIS API
        """As QGIS's, for an enum given by its name or by its number."""
        return super().parameterAsEnumString(self.normalised(parameters), name, context)

    def processAlgorithm(self, parameters, context, feedback):
        parameters = self.normalised(parameters)
        # Again here: a model or a script may run an algorithm without checkParameterValues.
        guard.refuse_overwriting_inputs(self, parameters, context)
        # Older files at the output paths survive unless the run succeeds (core/backup.py).
        replaced, in_place = guard.output_files(self, parameters, context)
        backup = OutputBackup(replaced, in_place)
        backup.set_aside()
        try:
            # A step handed to the main thread (the report's maps) is given up on Cancel: QGIS
            # quitting cancels the task, then waits for it (mainthread.py).
            with mainthread.canceled_by(feedback.isCanceled if feedback is not None else None):
                results = self.execute(parameters, context, feedback)
        except InputError as error:
            backup.roll_back()
            # The core's message in the user's language (core/errors.py: Message).
            raise QgsProcessingException(message_text(error)) from error
        except Canceled:
            backup.roll_back()
            raise QgsProcessingException(self.tr("Canceled: no output was written.")) from None
        except BaseException:
            backup.roll_back()
            raise
        backup.commit()
        return results

    def execute(self, parameters, context, feedback) -> dict:
        """The algorithm's work. (Not run(): QgsProcessingAlgorithm.run() is QGIS API that
        processing.run() and the dialogs call; overriding it breaks them.)"""
        raise NotImplementedError

    def engine(self, feedback, sources, outputs, compute, start=0.0, end=100.0, **options):
        """core.raster.run_blocks with Processing progress (start…end %) and Cancel."""
        summary = raster.run_blocks(
            sources,
            outputs,
            compute,
            progress=lambda fraction: feedback.setProgress(start + (end - start) * fraction),
            is_canceled=feedback.isCanceled,
            **options,
        )
        for name, valid in summary.valid.items():
            feedback.pushInfo(
                self.tr("{0}: {1} valid and {2} nodata pixel values written.").format(
                    name, valid, summary.nodata[name]
                )
            )
        return summary

    # --- inputs -----------------------------------------------------------------------------

    def label(self, name: str) -> str:
        """How messages name a parameter: its label and its id, e.g. 'Monthly NDVI [NDVI]'."""
        definition = self.parameterDefinition(name)
        description = definition.description() if definition else name
        return f"{description} [{name}]"

    def raster_path(self, parameters, name, context) -> str | None:
        """The GDAL path of a raster parameter, or None when an optional one is empty."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            if self._is_optional(name):
                return None
            raise QgsProcessingException(
                self.tr("{0}: no raster layer given.").format(self.label(name))
            )
        return self.layer_path(layer, name)

    def layer_path(self, layer: QgsRasterLayer, name: str) -> str:
        if not layer.isValid():
            raise QgsProcessingException(
                self.tr("{0}: the layer '{1}' is not valid.").format(
                    self.label(name), layer.source()
                )
            )
        if layer.providerType() != "gdal":
            raise QgsProcessingException(
                self.tr(
                    "{0}: '{1}' is a {2} layer; save it as a GeoTIFF first (Export → Save As)."
                ).format(self.label(name), layer.name(), layer.providerType())
            )
        return layer.source().split("|")[0]

    def raster_source(self, parameters, name, context, bands=None, expect_bands=None):
        """A core Source for a raster parameter (None when an optional one is empty)."""
        path = self.raster_path(parameters, name, context)
        if path is None:
            return None
        source = raster.Source(path, self.label(name), bands=bands)
        if expect_bands is not None and source.count != expect_bands:
            raise QgsProcessingException(
                self.tr("{0}: expected {1} band(s) but '{2}' has {3}.").format(
                    self.label(name), expect_bands, os.path.basename(path), source.count
                )
            )
        return source

    def _is_optional(self, name: str) -> bool:
        definition = self.parameterDefinition(name)
        return bool(definition.flags() & FLAG_OPTIONAL)

    # --- outputs ----------------------------------------------------------------------------

    def output_specs(self) -> Sequence[OutputSpec]:
        """Every output of the algorithm, once (see RasterOutput); labels through self.tr()."""
        return ()

    def declare_outputs(self, specs: Sequence[OutputSpec] | None = None) -> None:
        """Add the destination parameters and number outputs (in initAlgorithm)."""
        for spec in self.output_specs() if specs is None else specs:
            if isinstance(spec, NumberOutput):
                self.addOutput(QgsProcessingOutputNumber(spec.name, spec.label))
            else:
                self.addParameter(spec.parameter())

    def open_outputs(
        self, parameters, context, specs: Sequence[OutputSpec] | None = None
    ) -> dict[str, raster.Output]:
        """{name: core Output} of the raster outputs this run writes (skipped ones left out)."""
        outputs = {}
        for spec in self.output_specs() if specs is None else specs:
            if not isinstance(spec, RasterOutput):
                continue
            output = self.raster_output(
                parameters,
                spec.name,
                context,
                bands=spec.bands,
                dtype=spec.dtype,
                descriptions=list(spec.descriptions),
            )
            if output is not None:
                outputs[spec.name] = output
            elif not spec.optional:
                raise QgsProcessingException(
                    self.tr("{0}: an output file is required.").format(self.label(spec.name))
                )
        return outputs

    def finish_outputs(
        self, context, outputs: Mapping[str, raster.Output], specs=None
    ) -> dict[str, str | None]:
        """Style and name the written rasters; {name: path, or None when skipped}."""
        results = {}
        for spec in self.output_specs() if specs is None else specs:
            if not isinstance(spec, RasterOutput):
                continue
            output = outputs.get(spec.name)
            results[spec.name] = output.path if output is not None else None
            if output is not None and spec.style:
                self.style_output(context, output.path, spec.style, spec.layer_name)
        return results

    def output_raster_path(self, parameters, name, context) -> str | None:
        """Path of a raster destination; None when an optional output was skipped."""
        if name in parameters and parameters[name] is None:
            return None
        path = self.parameterAsOutputLayer(parameters, name, context)
        return path or None

    def raster_output(self, parameters, name, context, **spec) -> raster.Output | None:
        """A core Output with this run's provenance, or None when the output was skipped."""
        path = self.output_raster_path(parameters, name, context)
        if path is None:
            return None
        metadata = self.provenance(parameters, context)
        return raster.Output(path, metadata=metadata, **spec)

    def provenance(self, parameters, context) -> dict[str, str]:
        values = {}
        for key, value in parameters.items():
            if hasattr(value, "source"):
                value = value.source()
            values[key] = value if isinstance(value, (int, float, str, bool)) else str(value)
        # Parameters left out ran with their defaults: record those too, so the file says
        # every value it was made with (the report's "parameters used" table reads this).
        for definition in self.parameterDefinitions():
            default = definition.defaultValue()
            if definition.name() in values or definition.isDestination() or default is None:
                continue
            plain = default if isinstance(default, (int, float, str, bool)) else str(default)
            values[definition.name()] = plain
        return raster.provenance(f"carbonsink:{self.name()}", values, about.version())

    def style_output(self, context, path: str, style: str, layer_name: str | None = None):
        """Have QGIS apply resources/styles/<style>.qml (and a name) when it loads the output."""
        if not path or not context.willLoadLayerOnCompletion(path):
            return
        details = context.layerToLoadOnCompletionDetails(path)
        if layer_name:
            details.name = layer_name
        post_processor = StylePostProcessor.create(resource_path("styles", f"{style}.qml"))
        details.setPostProcessor(post_processor)

    def write_table(self, parameters, name, context, columns, rows) -> str | None:
        """Write rows to a table destination (FeatureSink without geometry); returns its id,
        or None when an optional table was not asked for.

        columns: [(field name, 'double' | 'int' | 'string')]; rows: sequences in that order.
        """
        fields = QgsFields()
        for column, kind in columns:
            fields.append(make_field(column, kind))
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            if self._is_optional(name):
                return None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([_plain(value) for value in row])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id


def _plain(value):
    """numpy scalars → Python numbers; NaN → NULL."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a .qml style to a layer Processing loads, its legend in the user's language.

    QGIS holds only a raw pointer to post-processors, so the instances are kept alive here
    (the QGIS docs' recommended pattern).
    """

    _alive: list = []

    def __init__(self, style_path: str):
        super().__init__()
        self.style_path = style_path

    @classmethod
    def create(cls, style_path: str) -> StylePostProcessor:
        instance = cls(style_path)
        cls._alive.append(instance)
        return instance

    def postProcessLayer(self, layer, context, feedback):
        if os.path.exists(self.style_path):
            layer.loadNamedStyle(self.style_path)
            translate_legend(layer)
            translate_band_title(layer, context.project() or QgsProject.instance())
            layer.triggerRepaint()
