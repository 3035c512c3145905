"""Enum options in words in Processing's own dialogs (processing/enum_labels.py): the
algorithm dialog, the batch dialog and the modeler show the labels; the values stay the keys."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProcessingContext
from qgis.PyQt.QtWidgets import QComboBox


def combo_items(widget):
    return [
        [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
        for box in widget.findChildren(QComboBox)
    ]


@pytest.fixture
def casanpp(qgis_iface, qgis_processing, provider, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()  # what Processing's dialogs ask the QGIS window for
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    return QgsApplication.processingRegistry().createAlgorithmById("carbonsink:casanpp")


def test_the_algorithm_dialog_shows_words_and_runs_with_the_keys(casanpp):
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    dialog = AlgorithmDialog(casanpp)
    try:
        expected = [
            ("From the vegetation-type table", "table"),
            ("From the data (percentile of NDVI per type)", "data"),
        ]
        assert expected in combo_items(dialog)
        wrapper = dialog.mainWidget().wrappers["NDVI_EXTREMES"]
        assert wrapper.parameterValue() == "data"  # the default, as its key
        wrapper.setParameterValue("table", QgsProcessingContext())
        assert wrapper.parameterValue() == "table"
        (box,) = [b for b in dialog.findChildren(QComboBox) if b.findData("table") >= 0]
        assert box.currentText() == "From the vegetation-type table"
    finally:
        dialog.deleteLater()


def test_the_batch_dialog_shows_words_and_keeps_the_keys(casanpp):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog

    dialog = BatchAlgorithmDialog(casanpp)
    try:
        rows = [items for items in combo_items(dialog) if ("", None) not in items]
        labelled = [items for items in rows if ("From the vegetation-type table", "table") in items]
        assert labelled, rows
        panel = dialog.mainWidget()
        column = panel.parameter_to_column["NDVI_EXTREMES"]
        assert panel.wrappers[0][column].parameterValue() == "data"
    finally:
        dialog.deleteLater()


def test_the_modeler_shows_words_and_keeps_the_keys(casanpp):
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm

    model = QgsProcessingModelAlgorithm("test", "test")
    child = QgsProcessingModelChildAlgorithm("carbonsink:casanpp")
    child.setChildId("casa")
    model.addChildAlgorithm(child)
    dialog = ModelerParametersDialog(casanpp, model, "casa")
    try:
        assert any(
            ("From the data (percentile of NDVI per type)", "data") in items
            for items in combo_items(dialog)
        )
        widget = dialog.widget.widget.wrappers["NDVI_EXTREMES"]
        assert widget.value().staticValue() == "data"
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_enum_option_of_every_algorithm_has_words(provider, language):
    import re

    from carbonsink_plugin import i18n
    from carbonsink_plugin.processing.enum_labels import WRAPPER_PATH, option_labels
    from carbonsink_plugin.processing.registry import algorithm_classes

    translator = i18n.install_translator(language)
    try:
        algorithms = [cls().create() for cls in algorithm_classes()]
        enums = 0
        for algorithm in algorithms:
            for parameter in algorithm.parameterDefinitions():
                if parameter.type() != "enum":
                    continue
                enums += 1
                where = (algorithm.name(), parameter.name())
                assert parameter.metadata()["widget_wrapper"] == {"class": WRAPPER_PATH}, where
                labels = option_labels(parameter)
                assert sorted(labels) == sorted(parameter.options()), where  # keys stay values
                for label in labels.values():
                    assert label.strip(), where
                    if language == "zh_CN" and re.search(r"[a-z]{4,}", label):
                        assert re.search(r"[\u4e00-\u9fff]", label), (where, label)
        assert enums >= 20
    finally:
        i18n.remove_translator(translator)
