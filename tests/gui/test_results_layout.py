"""The step's results are a compact table: quantity, value, unit; pass/fail in colour; areas
in km² as in the report (the algorithms return ha); the run's warnings (a text output) in a
box that stays closed until clicked, so the numbers stay on screen."""

from gui_support import table_rows
from qgis.core import QgsProject

from carbonsink_plugin.gui.dock import CarbonSinkDock
from carbonsink_plugin.gui.runner import RunOutcome
from carbonsink_plugin.gui.step import FAIL_COLOUR, PASS_COLOUR

HEADLINES = [
    ("TOTAL_NEP_TCO2", "Total carbon sink (tCO₂·a⁻¹)", 3950205.26),
    ("MEAN_NEP", "Mean NEP over the vegetated area (gC·m⁻²·a⁻¹)", 1063.86),
    ("SINK_AREA_HA", "Carbon sink area (ha)", 101266.0),
    ("ACCURACY", "Ground-check accuracy", 0.8123),
    ("PLAN_COUNT", "Plots in the sampling plan", 30),
    ("PASSED", "Ground check passed (1/0)", 0),
    ("BIAS", "Ground check bias (model − measured)", 67.13),
    ("WARNINGS", "Warnings of the run (one per line)", "Mean NEP is high\nForest FPAR saturated"),
]


def show(qgis_app, dock, outcome):
    page = dock.page("carbonsink")
    for index in range(dock.toolbox.count()):  # the page shown, so it is laid out
        if dock.toolbox.widget(index).widget() is page:
            dock.toolbox.setCurrentIndex(index)
    page.show_outcome(outcome)
    for _ in range(5):
        qgis_app.processEvents()
    return page


def test_the_results_are_a_table_of_value_and_unit(qgis_app):
    dock = CarbonSinkDock(project=QgsProject())
    try:
        dock.resize(470, 900)
        dock.show()
        page = show(qgis_app, dock, RunOutcome("carbonsink:workflow", True, headlines=HEADLINES))
        rows = table_rows(page)
        assert [(quantity, unit) for quantity, _value, unit in rows] == [
            ("Total carbon sink", "tCO₂·a⁻¹"),
            ("Mean NEP over the vegetated area", "gC·m⁻²·a⁻¹"),
            ("Carbon sink area", "km²"),  # as in the report, not the algorithm's ha
            ("Ground-check accuracy", "%"),
            ("Plots in the sampling plan", ""),
            ("Ground check passed", ""),
            ("Ground check bias (model − measured)", ""),  # words in brackets: no unit
        ]
        values = [value for _quantity, value, _unit in rows]
        assert values[0].replace(",", "") == "3950205"
        assert values[2].replace(",", "") == "1013"  # 101 266 ha = 1 012.66 km², no decimals ≥ 1000
        assert values[3] == "81.2" and values[4] == "30"
        assert values[5] == "not passed ✗"
        cell = page.resultsTable.item(5, 1)
        assert cell.foreground().color() == FAIL_COLOUR != PASS_COLOUR
        # Every row visible without scrolling the table (the dock scrolls), long names
        # wrapped in their column rather than cut.
        table = page.resultsTable
        dock.resize(300, 900)
        for _ in range(5):
            qgis_app.processEvents()
        assert table.rowHeight(1) > table.rowHeight(4)  # "Mean NEP over …" on two lines
        assert table.height() >= sum(table.rowHeight(r) for r in range(table.rowCount()))
        # The warnings: closed, counted, and all of their text in it.
        box = page.warningsBox
        assert box.isVisibleTo(page) and box.isCollapsed()
        assert box.title() == "Warnings (2)"
        assert "Forest FPAR saturated" in page.warningsText.text()
        assert page.warningsText.wordWrap()  # the long text wraps inside the panel
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_a_passed_check_is_green_and_no_warning_box_without_warnings(qgis_app):
    dock = CarbonSinkDock(project=QgsProject())
    try:
        dock.show()
        outcome = RunOutcome(
            "carbonsink:workflow", True, headlines=[("PASSED", "Ground check passed (1/0)", 1)]
        )
        page = show(qgis_app, dock, outcome)
        assert table_rows(page) == [("Ground check passed", "passed ✓", "")]
        assert page.resultsTable.item(0, 1).foreground().color() == PASS_COLOUR
        assert not page.warningsBox.isVisibleTo(page)
    finally:
        dock.shutdown()
        dock.deleteLater()
