"""carbonsink:calibrate through processing.run: synthetic plots from a known table are fitted
exactly, the CSV makes casanpp reproduce the fit, bad inputs are refused and leave nothing."""

from __future__ import annotations

import csv
import os

import numpy as np
import pytest
from calibration_support import COLS, ROWS, stacks
from plot_layers import write_layer
from qgis.core import QgsProcessingException
from stage3_support import RecordingFeedback
from support import ORIGIN, PIXEL

from carbonsink_plugin.core import groundcheck, raster

pytestmark = pytest.mark.usefixtures("provider")

TRUTH = {2: 0.61, 7: 0.83}


def run(algorithm, parameters):
    import processing

    feedback = RecordingFeedback()
    return processing.run(f"carbonsink:{algorithm}", parameters, feedback=feedback), feedback


def _truth_matrix():
    # code, εmax, NDVI_max, NDVI_min as in the default table, εmax of types 2 and 7 changed
    return [2, TRUTH[2], 0.676, 0.023, 7, TRUTH[7], 0.634, 0.023]


@pytest.fixture
def plots(tmp_path):
    """The synthetic stacks, and plots measured on the NPP of the known table."""
    paths = stacks(tmp_path)
    truth_npp = str(tmp_path / "truth.tif")
    run("casanpp", {**paths, "PARAMETERS": _truth_matrix(), "OUTPUT": truth_npp})
    cells = [(r, c) for r in range(0, ROWS, 2) for c in range(COLS)]
    points = [(ORIGIN[0] + (c + 0.5) * PIXEL, ORIGIN[1] - (r + 0.5) * PIXEL) for r, c in cells]
    measured, _, _ = groundcheck.window_means(raster.Source(truth_npp, "NPP"), points, 3)
    rows = [((x, y), [float(m)]) for (x, y), m in zip(points, measured)]
    rows.append(((ORIGIN[0] + 45, ORIGIN[1] - 45), [None]))  # no measured value: excluded
    layer = write_layer(tmp_path / "plots.gpkg", 4547, [("measured", "double")], rows)
    return paths, layer, truth_npp


def test_synthetic_plots_give_the_known_table_and_casanpp_reproduces_it(plots, tmp_path):
    paths, layer, truth_npp = plots
    out = str(tmp_path / "calibrated.csv")
    results, feedback = run(
        "calibrate", {**paths, "PLOTS": layer, "MEASURED_FIELD": "measured", "OUTPUT": out}
    )
    assert results["OUTPUT"] == out
    assert results["EPSILON_MAX_2"] == pytest.approx(TRUTH[2], rel=1e-5)
    assert results["EPSILON_MAX_7"] == pytest.approx(TRUTH[7], rel=1e-5)
    assert results["EPSILON_MAX_1"] == pytest.approx(0.389)  # no plots: the prior
    assert results["N"] == 3 * COLS  # rows 0, 2, 4
    assert results["CV_ACCURACY"] == pytest.approx(1.0, abs=1e-5)
    assert results["PRIOR_ACCURACY"] < 0.9
    assert results["VALIDATION_N"] is None  # no held-out plots given
    assert any("1 of 25 plots excluded" in w for w in feedback.warnings)
    with open(out, encoding="utf-8") as handle:
        rows = {int(r["code"]): r for r in csv.DictReader(handle)}
    assert rows[2]["status"] == "fitted" and int(rows[2]["n"]) > 0
    assert rows[1]["status"] == "prior" and rows[1]["n"] == "0"
    # casanpp with the CSV gives the truth's NPP (εmax to 6 decimals).
    again = str(tmp_path / "again.tif")
    run("casanpp", {**paths, "PARAMETERS_CSV": out, "OUTPUT": again})
    a, b = raster.Source(again, "a"), raster.Source(truth_npp, "b")
    window = raster.Window(0, 0, COLS, ROWS)
    np.testing.assert_allclose(a.read(window), b.read(window), rtol=1e-5)


def test_too_few_plots_keep_the_prior_with_a_warning(plots, tmp_path):
    paths, layer, _ = plots
    out = str(tmp_path / "calibrated.csv")
    parameters = {**paths, "PLOTS": layer, "MEASURED_FIELD": "measured", "OUTPUT": out}
    results, feedback = run("calibrate", {**parameters, "MIN_PLOTS": 100, "FOLDS": 4})
    assert results["EPSILON_MAX_2"] == pytest.approx(0.985)
    assert any("Type 2" in w and "prior" in w for w in feedback.warnings)
    assert results["ACCURACY"] == pytest.approx(results["PRIOR_ACCURACY"])


def test_bad_inputs_are_refused_and_an_older_output_survives(plots, tmp_path):
    paths, layer, _ = plots
    out = tmp_path / "calibrated.csv"
    out.write_text("old", encoding="utf-8")
    far = write_layer(tmp_path / "far.gpkg", 4547, [("measured", "double")],
                      [((0.0, 0.0), [900.0])])  # fmt: skip
    with pytest.raises(QgsProcessingException, match="None of the 1 plots"):
        run("calibrate", {**paths, "PLOTS": far, "MEASURED_FIELD": "measured", "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="FOLDS"):
        run(
            "calibrate",
            {**paths, "PLOTS": layer, "MEASURED_FIELD": "measured", "FOLDS": 1, "OUTPUT": str(out)},
        )
    with pytest.raises(QgsProcessingException, match="MEASURED_FIELD"):
        run("calibrate", {**paths, "PLOTS": layer, "MEASURED_FIELD": "nope", "OUTPUT": str(out)})
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(f for f in os.listdir(tmp_path) if not f.endswith(".aux.xml")) == sorted(
        ["NDVI.tif", "SOL.tif", "TEMPERATURE.tif", "PRECIPITATION.tif", "veg.tif", "truth.tif",
         "plots.gpkg", "far.gpkg", "calibrated.csv"]
    )  # fmt: skip


def test_held_out_plots_are_checked_with_both_tables(plots, tmp_path):
    """The held-out metrics are the ground check of the prior's and the fit's NPP: with the
    fitted plots as held-out plots, the prior's accuracy is PRIOR_ACCURACY and the fit's is 1."""
    paths, layer, _ = plots
    out = str(tmp_path / "calibrated.csv")
    parameters = {**paths, "PLOTS": layer, "MEASURED_FIELD": "measured", "OUTPUT": out}
    results, _ = run("calibrate", {**parameters, "VALIDATION_PLOTS": layer})
    assert results["VALIDATION_N"] == 3 * COLS
    assert results["VALIDATION_PRIOR_ACCURACY"] == pytest.approx(results["PRIOR_ACCURACY"])
    assert results["VALIDATION_ACCURACY"] == pytest.approx(1.0, abs=1e-5)


def test_plots_as_a_csv_table_with_chinese_lon_lat_columns(plots, tmp_path):
    """The same plots as a GBK CSV with 经度/纬度 (WGS84 degrees), as field teams record them and
    as groundcheck reads them: the same fit as from the point layer."""
    from osgeo import ogr
    from plot_layers import read_layer, transform

    paths, layer, _ = plots
    rows = read_layer(layer)
    xy = [ogr.CreateGeometryFromWkt(wkt).GetPoint_2D() for wkt, _ in rows]
    points = transform(xy, 4547, 4326)
    table = tmp_path / "样地.csv"
    with open(table, "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["经度", "纬度", "measured"])
        for (lon, lat), (_wkt, fields) in zip(points, rows):
            measured = fields["measured"]
            writer.writerow([f"{lon:.10f}", f"{lat:.10f}", "" if measured is None else measured])
    out = str(tmp_path / "from_table.csv")
    results, _ = run(
        "calibrate", {**paths, "PLOTS": str(table), "MEASURED_FIELD": "measured", "OUTPUT": out}
    )
    assert results["N"] == 3 * COLS
    assert results["EPSILON_MAX_2"] == pytest.approx(TRUTH[2], rel=1e-5)
    assert results["EPSILON_MAX_7"] == pytest.approx(TRUTH[7], rel=1e-5)
