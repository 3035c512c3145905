"""The step's results stay readable: no headline label loses a line (QFormLayout gave a
word-wrapped label of height-for-width one line too few, so English labels lost their units),
and a text output (the workflow's warnings) wraps inside the panel."""

from qgis.core import QgsProject

from carbonsink_plugin.gui.dock import CarbonSinkDock
from carbonsink_plugin.gui.runner import RunOutcome

HEADLINES = [
    ("TOTAL_NEP_TCO2", "Total carbon sink (tCO₂·a⁻¹)", 3950205.26),
    ("MEAN_NEP", "Mean NEP over the vegetated area (gC·m⁻²·a⁻¹)", 1063.86),
    ("SINK_AREA_HA", "Carbon sink area (ha)", 101266.0),
    ("PLAN_COUNT", "Plots in the sampling plan", 30),
    ("PASSED", "Ground check passed (1/0)", 0),
    ("WARNINGS", "Warnings of the run (one per line)", "Mean NEP over vegetated land is " * 8),
]


def test_every_headline_label_shows_all_of_its_text(qgis_app):
    dock = CarbonSinkDock(project=QgsProject())
    try:
        dock.resize(470, 900)
        dock.show()
        page = dock.page("carbonsink")
        for index in range(dock.toolbox.count()):  # the page shown, so it is laid out
            if dock.toolbox.widget(index).widget() is page:
                dock.toolbox.setCurrentIndex(index)
        page.show_outcome(RunOutcome("carbonsink:workflow", True, headlines=HEADLINES))
        for _ in range(5):
            qgis_app.processEvents()
        form = page.resultsForm
        rows = range(form.rowCount())
        labels = [form.itemAt(row, form.ItemRole.LabelRole).widget() for row in rows]
        values = [form.itemAt(row, form.ItemRole.FieldRole).widget() for row in rows]
        assert [label.text() for label in labels] == [h[1] for h in HEADLINES]
        for label in labels:
            assert not label.wordWrap()  # one line, as wide as its text
            assert label.width() >= label.sizeHint().width(), label.text()
            assert label.height() >= label.sizeHint().height(), label.text()
        assert values[-1].wordWrap()  # the long text wraps instead of widening the panel
        assert values[4].text() == "not passed ✗"
    finally:
        dock.shutdown()
        dock.deleteLater()
