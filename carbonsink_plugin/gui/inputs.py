"""The input widgets a dock step builds from an algorithm's parameter definitions.

Layer parameters become combo boxes of the project's layers that fit (layer type and geometry as
Processing itself decides, GDAL rasters only, and the band count the algorithm declares), with
the layer whose name fits the parameter preselected; field parameters follow their parent layer;
required parameters without a default get Processing's own widget. Every other parameter keeps
its default here (the step's "Advanced…" button opens the full dialog).
"""

from __future__ import annotations

import json
import re

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
from qgis.PyQt.QtWidgets import QComboBox

from ..compat import (
    FIELD_NUMERIC,
    FIELD_STRING,
    FLAG_ADVANCED,
    FLAG_OPTIONAL,
    SOURCE_RASTER,
    standard_widget_type,
)
from ..i18n import tr_for
from ..processing.provider import METADATA_KEY

_CJK = re.compile(r"[\u3400-\u9fff]")


def input_metadata(parameter) -> dict:
    """What the algorithm declared about an input (processing/parameters.describe):
    {"bands": n when fixed, "hints": [words of a fitting layer or field name]}."""
    return dict(parameter.metadata().get(METADATA_KEY) or {})


def band_count(parameter) -> int | None:
    return input_metadata(parameter).get("bands")


def name_hints(parameter) -> tuple:
    return tuple(input_metadata(parameter).get("hints", ()))


def match_score(text: str, hints) -> int:
    """How well a layer or field name fits a parameter's hint words (0 = not at all)."""
    lowered = text.lower()
    words = [word for word in re.split(r"[^0-9a-z\u3400-\u9fff]+", lowered) if word]
    best = 0
    for rank, hint in enumerate(hints):
        weight = len(hints) - rank  # earlier hints are the more specific ones
        if _CJK.search(hint):
            score = 3 if hint in lowered else 0
        elif hint in words:
            score = 3
        elif len(hint) >= 3 and any(word.startswith(hint) for word in words):
            score = 2
        else:
            score = 0
        if score:
            best = max(best, score * 100 + weight)
    return best


def best_match(items, name_of, hints):
    """The item whose name fits the hints best (ties: the first), or None."""
    scored = [(match_score(name_of(item), hints), -index, item) for index, item in enumerate(items)]
    scored = [entry for entry in scored if entry[0] > 0]
    return max(scored, key=lambda entry: entry[:2])[2] if scored else None


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

    def __init__(self, parameter, algorithm, project: QgsProject, parent=None):
        super().__init__(parent)
        self.combo = None
        self.parameter = parameter
        self.algorithm = algorithm
        self.project = project
        self.widget = None
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
            self.changed.emit()

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

    def __init__(self, parameter, algorithm, project, parent=None):
        super().__init__(parameter, algorithm, project, parent)
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
        self._quiet += 1
        try:
            self.combo.setLayer(layer)
        finally:
            self._quiet -= 1
        return True

    def preselect(self) -> None:
        candidates = self.candidates()
        choice = best_match(candidates, lambda layer: layer.name(), name_hints(self.parameter))
        if choice is None and len(candidates) == 1 and not is_optional(self.parameter):
            choice = candidates[0]
        self._quiet += 1
        try:
            self.combo.setLayer(choice)
        finally:
            self._quiet -= 1

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

    def __init__(self, parameter, algorithm, project, parent=None):
        super().__init__(parameter, algorithm, project, parent)
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

    def __init__(self, parameter, algorithm, project, parent_input: ParameterInput, parent=None):
        super().__init__(parameter, algorithm, project, parent)
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
        self._fill(stored)
        return True

    def preselect(self) -> None:
        names = [name for name, _ in self._fields()]
        default = self.parameter.defaultValue()
        if isinstance(default, (list, tuple)):
            default = default[0] if default else None
        choice = default if default in names else None
        if choice is None:
            choice = best_match(names, str, name_hints(self.parameter))
        self._fill(choice)

    def refresh(self) -> None:
        self._fill(self.value())


class ProcessingWidgetInput(ParameterInput):
    """Any other required parameter without a default: Processing's own widget for it."""

    def __init__(self, parameter, algorithm, project, context, wrapper, parent=None):
        super().__init__(parameter, algorithm, project, parent)
        self.context = context
        self.wrapper = wrapper
        self.widget = wrapper.createWrappedWidget(context)
        wrapper.widgetValueHasChanged.connect(self._emit)

    @classmethod
    def create(cls, parameter, algorithm, project, context, parent=None):
        registry = QgsGui.processingGuiRegistry()
        wrapper = registry.createParameterWidgetWrapper(parameter, standard_widget_type())
        if wrapper is None:
            return None
        return cls(parameter, algorithm, project, context, wrapper, parent)

    def value(self):
        value = self.wrapper.parameterValue()
        return None if value in (None, "", []) else value

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


def create_inputs(algorithm, project: QgsProject, context, parent=None) -> list:
    """The inputs a step shows for an algorithm, in the order of its parameters."""
    inputs = []
    by_name = {}
    for parameter in algorithm.parameterDefinitions():
        if parameter.isDestination() or is_advanced(parameter):
            continue
        item = None
        if is_layer_parameter(parameter):
            item = LayerInput(parameter, algorithm, project, parent)
        elif isinstance(parameter, QgsProcessingParameterMultipleLayers) and is_raster_parameter(
            parameter
        ):
            item = MultipleLayersInput(parameter, algorithm, project, parent)
        elif isinstance(parameter, QgsProcessingParameterField) and isinstance(
            by_name.get(parameter.parentLayerParameterName()), LayerInput
        ):
            item = FieldInput(
                parameter, algorithm, project, by_name[parameter.parentLayerParameterName()], parent
            )
        elif not is_optional(parameter) and parameter.defaultValue() is None:
            item = ProcessingWidgetInput.create(parameter, algorithm, project, context, parent)
        if item is not None:
            inputs.append(item)
            by_name[parameter.name()] = item
    return inputs
