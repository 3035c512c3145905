"""The input widgets a dock step builds from an algorithm's parameter definitions.

Layer parameters become combo boxes of the project's layers that fit (layer type and geometry as
Processing itself decides, GDAL rasters only, and the band count the algorithm declares), with
the layer whose name fits the parameter preselected; field parameters follow their parent layer;
required parameters without a default get Processing's own widget. Every other parameter keeps
its default here (the step's "Advanced…" button opens the full dialog).
"""

from __future__ import annotations

import json
import os

from osgeo import gdal
from qgis.core import (
    QgsIconUtils,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.gui import QgsCheckableComboBox, QgsGui, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QLabel

from ..compat import (
    FIELD_NUMERIC,
    FIELD_STRING,
    FLAG_ADVANCED,
    FLAG_OPTIONAL,
    SOURCE_RASTER,
    standard_widget_type,
)
from ..i18n import TranslationContext, in_chinese, tr_for
from ..processing.enum_labels import option_labels, relabel
from ..processing.provider import METADATA_KEY
from .matching import LayerFacts, choose_field, choose_layer, field_year, match_score

Inputs = TranslationContext("Inputs")


def input_metadata(parameter) -> dict:
    """What the algorithm declared about an input (processing/parameters.describe):
    {"bands": n when fixed, "hints": [words of a fitting layer or field name]}."""
    return dict(parameter.metadata().get(METADATA_KEY) or {})


def band_count(parameter) -> int | None:
    return input_metadata(parameter).get("bands")


def name_hints(parameter) -> tuple:
    return tuple(input_metadata(parameter).get("hints", ()))


def is_layer_parameter(parameter) -> bool:
    return isinstance(
        parameter,
        (
            QgsProcessingParameterRasterLayer,
            QgsProcessingParameterVectorLayer,
            QgsProcessingParameterFeatureSource,
            QgsProcessingParameterMapLayer,
        ),
    )


def is_raster_parameter(parameter) -> bool:
    if isinstance(parameter, QgsProcessingParameterMultipleLayers):
        return parameter.layerType() == SOURCE_RASTER
    return isinstance(parameter, QgsProcessingParameterRasterLayer)


def tree_order(project: QgsProject) -> dict:
    """{layer id: position in the layer tree, top first}."""
    nodes = project.layerTreeRoot().findLayers()
    return {node.layerId(): index for index, node in enumerate(nodes)}


_RASTER_FACTS: dict = {}  # (path, mtime, size) → (metadata, band 1 description)


def raster_file_facts(path: str) -> tuple[dict, str]:
    """A GDAL raster's dataset metadata and first band description (cached per file version)."""
    try:
        stat = os.stat(path)
    except OSError:
        return {}, ""
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _RASTER_FACTS:
        dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY) if path else None
        if dataset is None:
            _RASTER_FACTS[key] = ({}, "")
        else:
            band = dataset.GetRasterBand(1) if dataset.RasterCount else None
            description = band.GetDescription() if band is not None else ""
            _RASTER_FACTS[key] = (dict(dataset.GetMetadata() or {}), description or "")
            dataset = None
    return _RASTER_FACTS[key]


def layer_facts(layer) -> LayerFacts:
    """What matching.py needs to know about a project layer: name, file, provenance, fields."""
    path = layer.source().split("|")[0]
    facts = LayerFacts(layer.id(), layer.name(), path)
    if hasattr(layer, "fields"):
        facts.fields = tuple(layer.fields().names())
    elif layer.providerType() == "gdal":
        facts.metadata, facts.band_description = raster_file_facts(path)
    return facts


def raster_grid(layer) -> tuple | None:
    """(width, height, extent, CRS) of a raster layer, for the same-grid check."""
    if layer is None or not hasattr(layer, "bandCount"):
        return None
    extent = layer.extent()
    box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return layer.width(), layer.height(), box, layer.crs().authid() or layer.crs().toWkt()


def suitable_layers(parameter, band_count: int | None, project: QgsProject) -> list:
    """The project's layers a layer parameter accepts, in layer-tree order.

    Layer type and geometry as Processing decides (QgsProcessingUtils.compatible…Layers);
    rasters must be GDAL files (our algorithms read files, not web services) and have the
    declared band count.
    """
    if is_raster_parameter(parameter):
        layers = [
            layer
            for layer in QgsProcessingUtils.compatibleRasterLayers(project, False)
            if layer.providerType() == "gdal"
            and (band_count is None or layer.bandCount() == band_count)
        ]
    elif isinstance(
        parameter, (QgsProcessingParameterVectorLayer, QgsProcessingParameterFeatureSource)
    ):
        layers = QgsProcessingUtils.compatibleVectorLayers(project, parameter.dataTypes(), False)
    else:
        layers = QgsProcessingUtils.compatibleLayers(project, False)
    order = tree_order(project)
    layers = [layer for layer in layers if layer.isValid()]
    return sorted(layers, key=lambda layer: order.get(layer.id(), len(order)))


def is_optional(parameter) -> bool:
    return bool(parameter.flags() & FLAG_OPTIONAL)


def is_advanced(parameter) -> bool:
    return bool(parameter.flags() & FLAG_ADVANCED)


class ParameterInput(QObject):
    """One parameter's widget in a step: its value, what the project remembers, a best guess."""

    changed = pyqtSignal()

    def __init__(self, parameter, algorithm, project: QgsProject, parent=None, year=None):
        super().__init__(parent)
        self.combo = None
        self.parameter = parameter
        self.algorithm = algorithm
        self.project = project
        self.widget = None
        self.year = year  # the evaluation year the inputs follow (None: not known)
        # Why the input was left empty, or what it changes: shown under the widget.
        self.note_label = QLabel()
        self.note_label.setObjectName(f"note_{parameter.name()}")
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)
        self._quiet = 0  # >0 while the dock itself sets the value (no `changed`)

    def tr(self, text: str) -> str:
        return tr_for(self, text)

    @property
    def name(self) -> str:
        return self.parameter.name()

    def label(self) -> str:
        text = self.parameter.description()
        if is_optional(self.parameter):
            text = self.tr("{0} [optional]").format(text)
        return text

    def tooltip(self) -> str:
        help_text = self.parameter.help() if hasattr(self.parameter, "help") else ""
        return f"{self.parameter.description()} [{self.name}]" + (
            f"\n{help_text}" if help_text else ""
        )

    def _emit(self, *_args):
        if not self._quiet:
            self.clear_note()  # the user chose: the reason for an empty input no longer holds
            self.changed.emit()

    def set_note(self, text: str | None, warning: bool = True) -> None:
        """Show (or hide, None) a note under the input: why it was left empty (warning)."""
        self.note = text
        self.note_label.setText(text or "")
        self.note_label.setStyleSheet("color: #9a5b00;" if warning else "color: #505050;")
        self.note_label.setVisible(bool(text))

    note: str | None = None
    explanation: str | None = None  # the line on what a prominent parameter changes

    def clear_note(self) -> None:
        self.set_note(self.explanation, warning=False)

    def year_conflict(self) -> tuple[str, int] | None:
        """(what, its year) when the current value is known to be of another year."""
        return None

    def clear_value(self) -> None:
        """Leave the input empty (an alternative to another input that is given)."""

    def value(self):
        """The value for the algorithm's parameters; None leaves the parameter out."""
        raise NotImplementedError

    EMPTY = "(none)"  # remembered when the user left the input empty on purpose

    def stored(self):
        """What the project remembers (str or list of str); EMPTY for an empty choice."""
        value = self.value()
        if value is None:
            return self.EMPTY
        return value

    def restore(self, stored) -> bool:
        """Show a remembered value; False when it no longer fits (e.g. the layer is gone)."""
        raise NotImplementedError

    def preselect(self) -> None:
        """Show the best guess when nothing is remembered."""

    def refresh(self) -> None:
        """The project's layers changed."""

    def problem(self) -> str | None:
        """Why the current value cannot run (a required input left empty), or None."""
        if self.value() is None and not is_optional(self.parameter):
            return self.tr("Choose a value for “{0}”.").format(self.parameter.description())
        return None


class LayerInput(ParameterInput):
    """A layer parameter: the project's suitable layers, the best-named one preselected."""

    def __init__(self, parameter, algorithm, project, parent=None, year=None):
        super().__init__(parameter, algorithm, project, parent, year)
        self.band_count = band_count(parameter)
        self.combo = QgsMapLayerComboBox()  # lists QgsProject.instance(), the dock's project
        self.combo.setAllowEmptyLayer(
            True, self.tr("(not used)") if is_optional(parameter) else self.tr("(choose a layer)")
        )
        self.combo.setShowCrs(True)
        self.combo.setLayer(None)
        self.widget = self.combo
        self.refresh()
        self.combo.layerChanged.connect(self._emit)

    def tooltip(self) -> str:
        text = super().tooltip()
        if self.band_count:
            text += "\n" + self.tr("Only rasters with {0} bands are listed.").format(
                self.band_count
            )
        return text

    def candidates(self) -> list:
        return suitable_layers(self.parameter, self.band_count, self.project)

    def layer(self):
        return self.combo.currentLayer()

    def value(self):
        layer = self.layer()
        return layer.id() if layer is not None else None

    def restore(self, stored) -> bool:
        if stored == self.EMPTY:
            layer = None
        else:
            layer = self.project.mapLayer(stored) if isinstance(stored, str) else None
            if layer is None:
                return False
        if layer is not None and layer.id() not in {item.id() for item in self.candidates()}:
            return False  # no longer suitable (e.g. its band count changed)
        if layer is not None and self.year is not None:
            year = layer_facts(layer).year
            if year is not None and year != self.year:
                return False  # remembered for another evaluation year
        self._quiet += 1
        try:
            self.combo.setLayer(layer)
        finally:
            self._quiet -= 1
        return True

    def preselect(self) -> None:
        """The candidate of the right role and year, not our checked plots, best named
        (matching.choose_layer); empty, with the reason shown, when none fits."""
        candidates = {layer.id(): layer for layer in self.candidates()}
        facts = [layer_facts(layer) for layer in candidates.values()]
        choice = choose_layer(
            self.name,
            facts,
            name_hints(self.parameter),
            self.year,
            required=not is_optional(self.parameter),
        )
        self._quiet += 1
        try:
            self.combo.setLayer(candidates[choice.item.id] if choice.item is not None else None)
        finally:
            self._quiet -= 1
        if choice.reason:
            self.set_note(self.reason_text(choice))
        else:
            self.clear_note()

    def clear_value(self) -> None:
        self._quiet += 1
        try:
            self.combo.setLayer(None)
        finally:
            self._quiet -= 1

    def reason_text(self, choice) -> str | None:
        if choice.reason == "year":
            found = ", ".join(f"“{name}” ({year})" for name, year in choice.skipped if year)
            return self.tr(
                "Left empty: no layer of {0} was found (the project has {1}). Add the {0} "
                "layer, or change the evaluation year."
            ).format(self.year, found)
        if choice.reason == "checked_plots":
            names = ", ".join(f"“{name}”" for name, _year in choice.skipped)
            return self.tr(
                "Left empty: {0} is the checked-plots output of an earlier ground check (it "
                "holds that run's model values), not field plots. Add the layer of measured "
                "plots."
            ).format(names)
        return None

    def year_conflict(self):
        layer = self.layer()
        if layer is None or self.year is None:
            return None
        year = layer_facts(layer).year
        return (layer.name(), year) if year is not None and year != self.year else None

    def refresh(self) -> None:
        keep = {layer.id() for layer in self.candidates()}
        excepted = [layer for layer in self.project.mapLayers().values() if layer.id() not in keep]
        self._quiet += 1
        try:
            self.combo.setExceptedLayerList(excepted)
        finally:
            self._quiet -= 1
        if self.layer() is None:
            self.preselect()


class MultipleLayersInput(ParameterInput):
    """A multiple-layer parameter: the suitable layers as a checkable list."""

    def __init__(self, parameter, algorithm, project, parent=None, year=None):
        super().__init__(parameter, algorithm, project, parent, year)
        self.band_count = band_count(parameter)
        self.combo = QgsCheckableComboBox()
        self.combo.setDefaultText(self.tr("(choose layers)"))
        self.widget = self.combo
        self.refresh()
        self.combo.checkedItemsChanged.connect(self._emit)

    def candidates(self) -> list:
        return suitable_layers(self.parameter, self.band_count, self.project)

    def value(self):
        checked = [str(item) for item in self.combo.checkedItemsData()]
        return checked or None

    def _fill(self, layers, checked_ids) -> None:
        self._quiet += 1
        try:
            self.combo.clear()
            for layer in layers:
                self.combo.addItemWithCheckState(
                    layer.name(),
                    Qt.CheckState.Checked if layer.id() in checked_ids else Qt.CheckState.Unchecked,
                    layer.id(),
                )
                self.combo.setItemIcon(self.combo.count() - 1, QgsIconUtils.iconForLayer(layer))
        finally:
            self._quiet -= 1

    def stored(self):
        return self.value() or [self.EMPTY]

    def clear_value(self) -> None:
        self._fill(self.candidates(), set())

    def restore(self, stored) -> bool:
        layers = self.candidates()
        wanted = set(stored or [])
        if wanted != {self.EMPTY} and not wanted & {layer.id() for layer in layers}:
            return False
        self._fill(layers, wanted)
        return True

    def preselect(self) -> None:
        hints = name_hints(self.parameter)
        layers = self.candidates()
        matching = {layer.id() for layer in layers if hints and match_score(layer.name(), hints)}
        self._fill(layers, matching)

    def refresh(self) -> None:
        self._fill(self.candidates(), set(self.value() or []))


class FieldInput(ParameterInput):
    """A field parameter: the fields of its parent layer's current choice."""

    def __init__(
        self, parameter, algorithm, project, parent_input: ParameterInput, parent=None, year=None
    ):
        super().__init__(parameter, algorithm, project, parent, year)
        self.parent_input = parent_input
        self.combo = QComboBox()
        self.widget = self.combo
        self._fill(None)
        self.combo.currentIndexChanged.connect(self._emit)
        parent_input.combo.layerChanged.connect(self._parent_changed)

    def _fields(self):
        layer = self.parent_input.layer()
        fields = layer.fields() if layer is not None and hasattr(layer, "fields") else None
        if fields is None:
            return []
        kind = self.parameter.dataType()
        result = []
        for index, field in enumerate(fields):
            if kind == FIELD_NUMERIC and not field.isNumeric():
                continue
            if kind == FIELD_STRING and (field.isNumeric() or field.isDateOrTime()):
                continue
            result.append((field.name(), fields.iconForField(index)))
        return result

    def _fill(self, selected) -> None:
        self._quiet += 1
        try:
            self.combo.clear()
            empty = (
                self.tr("(not used)")
                if is_optional(self.parameter)
                else self.tr("(choose a field)")
            )
            self.combo.addItem(empty, None)
            for name, icon in self._fields():
                self.combo.addItem(icon, name, name)
            index = self.combo.findData(selected) if selected else 0
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self._quiet -= 1

    def _parent_changed(self, *_args) -> None:
        self.preselect()
        if not self.parent_input._quiet:  # the user chose another layer: a new field too
            self._emit()

    def value(self):
        return self.combo.currentData()

    def restore(self, stored) -> bool:
        if stored == self.EMPTY:
            stored = None
        elif not isinstance(stored, str) or stored not in [name for name, _ in self._fields()]:
            return False
        elif self.year is not None and field_year(stored) not in (None, self.year):
            return False  # remembered for another evaluation year
        self._fill(stored)
        return True

    def preselect(self) -> None:
        """The default field when present, else the fitting field of the evaluation year
        (matching.choose_field: npp_2023 for 2023); empty, with the reason, when the fitting
        fields are all of other years."""
        names = [name for name, _ in self._fields()]
        default = self.parameter.defaultValue()
        if isinstance(default, (list, tuple)):
            default = default[0] if default else None
        language = "zh" if in_chinese() else "en"
        choice = choose_field(names, name_hints(self.parameter), self.year, default, language)
        self._fill(choice.item)
        layer = self.parent_input.layer()
        if choice.reason == "year":
            found = ", ".join(name for name, _year in choice.skipped)
            self.set_note(
                self.tr(
                    "Left empty: “{0}” has no measured field for {1} (it has {2}). Choose the "
                    "field measured in {1}, or change the evaluation year."
                ).format(layer.name() if layer else "", self.year, found)
            )
        elif choice.reason == "no_year":
            found = ", ".join(name for name, _year in choice.skipped)
            self.set_note(
                self.tr(
                    "Left empty: “{0}” has measured fields of several years ({1}); set the "
                    "evaluation year."
                ).format(layer.name() if layer else "", found)
            )
        else:
            self.clear_note()

    def year_conflict(self):
        value = self.value()
        year = field_year(value) if value else None
        if year is None or self.year is None or year == self.year:
            return None
        return value, year

    def refresh(self) -> None:
        self._fill(self.value())


def _plain(value):
    """A parameter value comparable with its default (matrix cells as text, etc.)."""
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value) if value is not None else None


class ProcessingWidgetInput(ParameterInput):
    """Any other required parameter without a default, and the parameters that change the
    answer most (PROMINENT): Processing's own widget for it. A value equal to the algorithm's
    default is not passed (value() None): the algorithm's default applies, even a new one."""

    def __init__(self, parameter, algorithm, project, context, wrapper, parent=None):
        super().__init__(parameter, algorithm, project, parent)
        self.context = context
        self.wrapper = wrapper
        self.widget = wrapper.createWrappedWidget(context)
        relabel(self.widget, option_labels(parameter))  # choices in words, as in the dialogs
        if parameter.defaultValue() is not None:
            self._quiet += 1
            try:
                wrapper.setParameterValue(parameter.defaultValue(), context)
            finally:
                self._quiet -= 1
        wrapper.widgetValueHasChanged.connect(self._emit)

    @classmethod
    def create(cls, parameter, algorithm, project, context, parent=None):
        registry = QgsGui.processingGuiRegistry()
        wrapper = registry.createParameterWidgetWrapper(parameter, standard_widget_type())
        if wrapper is None:
            return None
        return cls(parameter, algorithm, project, context, wrapper, parent)

    def shown_value(self):
        value = self.wrapper.parameterValue()
        return None if value in (None, "", []) else value

    def value(self):
        value = self.shown_value()
        default = self.parameter.defaultValue()
        if value is not None and default is not None and _plain(value) == _plain(default):
            return None  # the algorithm's own default
        return value

    def problem(self) -> str | None:
        return None if self.shown_value() is not None else super().problem()

    def stored(self):
        value = self.value()
        try:
            return json.dumps(value)
        except (TypeError, ValueError):
            return None

    def restore(self, stored) -> bool:
        try:
            value = json.loads(stored) if isinstance(stored, str) else None
        except ValueError:
            return False
        if value is None:
            return False
        self._quiet += 1
        try:
            self.wrapper.setParameterValue(value, self.context)
        finally:
            self._quiet -= 1
        return True


def prominent_parameters() -> dict:
    """The parameters that change the answer most, shown on a step's first screen although
    they have a default, with a line on what they change (issue 15 §4)."""
    return {
        "NDVI_EXTREMES": Inputs.tr(
            "Changes NPP most: “data” (this NDVI’s own range per type) for Landsat/Sentinel-2, "
            "“table” for AVHRR/MODIS-like NDVI."
        ),
        "PARAMETERS": Inputs.tr("εmax per vegetation type scales NPP directly: calibrate it."),
    }


def create_inputs(algorithm, project: QgsProject, context, parent=None, year=None) -> list:
    """The inputs a step shows for an algorithm, in the order of its parameters."""
    inputs = []
    by_name = {}
    prominent = prominent_parameters()
    for parameter in algorithm.parameterDefinitions():
        if parameter.isDestination() or (
            is_advanced(parameter) and parameter.name() not in prominent
        ):
            continue
        item = None
        if is_layer_parameter(parameter):
            item = LayerInput(parameter, algorithm, project, parent, year)
        elif isinstance(parameter, QgsProcessingParameterMultipleLayers) and is_raster_parameter(
            parameter
        ):
            item = MultipleLayersInput(parameter, algorithm, project, parent, year)
        elif isinstance(parameter, QgsProcessingParameterField) and isinstance(
            by_name.get(parameter.parentLayerParameterName()), LayerInput
        ):
            item = FieldInput(
                parameter,
                algorithm,
                project,
                by_name[parameter.parentLayerParameterName()],
                parent,
                year,
            )
        elif parameter.name() in prominent or (
            not is_optional(parameter) and parameter.defaultValue() is None
        ):
            item = ProcessingWidgetInput.create(parameter, algorithm, project, context, parent)
            if item is not None and parameter.name() in prominent:
                item.explanation = prominent[parameter.name()]
                item.set_note(item.explanation, warning=False)
        if item is not None:
            inputs.append(item)
            by_name[parameter.name()] = item
    # What changes the answer most comes first: visible without scrolling.
    return sorted(inputs, key=lambda item: item.name not in prominent)
