"""Enum options in words, in the user's language, in the Processing dialogs.

An enum's values are stable English keys (`table`, `data`, `en` …: the public contract of
models, batch files and qgis_process). QGIS's own enum widget shows those keys. An
enum_parameter(..., labels={key: self.tr("words")}) keeps the labels in its metadata and names
LabelledEnumWrapper as its widget wrapper (metadata "widget_wrapper": {"class": path}, which
Processing's WidgetWrapperFactory honours in the algorithm dialog, the batch dialog and the
modeler, QGIS 3.22 to 3.40). The wrapper is QGIS's own enum wrapper from the registry, the
same as without it; once its combo boxes exist, each item whose data is an option key shows
the label instead, the key as its tooltip. Values are read and set through the item data,
never the text, so what a run, a model or a batch file receives is unchanged.
"""

from __future__ import annotations

from qgis.gui import QgsGui
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox

from ..compat import standard_widget_type

# The metadata key of the labels (under the provider's entry, processing/parameters.py).
LABELS = "labels"
WRAPPER_PATH = f"{__name__}.LabelledEnumWrapper"


def _dialog_type(dialog):
    """The widget type a Processing dialog asks for, as Processing itself decides it."""
    try:
        from processing.gui.wrappers import dialogTypes
    except ImportError:  # pragma: no cover - Processing is there whenever its dialogs are
        dialogTypes = {}  # noqa: N806 - Processing's name
    return dialogTypes.get(dialog.__class__.__name__, standard_widget_type())


def option_labels(parameter) -> dict[str, str]:
    """{key: label} of an enum_parameter (empty when it has none)."""
    entry = parameter.metadata().get("carbonsink") or {}
    return dict(entry.get(LABELS) or {})


def relabel(widget, labels: dict[str, str]) -> int:
    """Show the labels on every combo box item (of widget and its children) whose data is an
    option key; returns the number of items relabelled."""
    if widget is None or not labels:
        return 0
    boxes = [widget] if isinstance(widget, QComboBox) else []
    boxes += widget.findChildren(QComboBox)
    count = 0
    for box in boxes:
        for index in range(box.count()):
            key = box.itemData(index)
            if isinstance(key, str) and key in labels:
                box.setItemText(index, labels[key])
                box.setItemData(index, key, Qt.ItemDataRole.ToolTipRole)
                count += 1
    return count


class LabelledEnumWrapper:
    """Called as a class by WidgetWrapperFactory.create_wrapper_from_metadata(param, dialog,
    row, col); gives QGIS's own wrapper (or modeler widget) with the labels applied."""

    def __new__(cls, param, dialog, row=0, col=0, **_options):
        labels = option_labels(param)
        registry = QgsGui.processingGuiRegistry()
        if dialog.__class__.__name__ == "ModelerParametersDialog":
            widget = registry.createModelerParameterWidget(
                dialog.model, dialog.childId, param, dialog.context
            )
            relabel(widget, labels)  # the modeler's widget exists already
            return widget
        wrapper = registry.createParameterWidgetWrapper(param, _dialog_type(dialog))
        wrapper.setDialog(dialog)
        create = wrapper.createWrappedWidget

        def create_labelled(context):
            widget = create(context)
            relabel(widget, labels)
            return widget

        # The dialogs (Python) call createWrappedWidget on this very object.
        wrapper.createWrappedWidget = create_labelled
        return wrapper
