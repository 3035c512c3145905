"""carbonsink:groundcheck through processing.run, on plot sets whose metrics are known by hand."""

import csv
import math

import numpy as np
import pytest
from osgeo import ogr
from plot_layers import read_layer, transform, write_layer
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QImage
from support import ORIGIN, PIXEL, write_raster
from test_samplingplan import Log


def centre(row, col):
    return ORIGIN[0] + (col + 0.5) * PIXEL, ORIGIN[1] - (row + 0.5) * PIXEL


# The hand-worked plot set of tests/core/test_groundcheck.py: measured 100, 200, 300, 400 and
# model 110, 190, 330, 370 gC·m⁻²·a⁻¹ (strata A, A, B, B):
#   n = 4, bias 0, MAE 20, RMSE √500 = 22.3607, MRE 0.08125, accuracy 0.91875,
#   r = 46 000/√(2.2·10⁹) = 0.980 723 3, r² = 2116/2200 = 0.961 818 2
#   A: RMSE 10, MRE 0.075, accuracy 0.925;  B: RMSE 30, MRE 0.0875, accuracy 0.9125
PLOT_PIXELS = [(1, 1), (1, 5), (5, 1), (5, 5)]
MODEL_AT_PLOTS = [110.0, 190.0, 330.0, 370.0]


@pytest.fixture
def model_raster(tmp_path):
    values = np.full((10, 10), 500.0, dtype=np.float32)
    for (row, col), value in zip(PLOT_PIXELS, MODEL_AT_PLOTS):
        values[row, col] = value
    values[8, 8] = -9999  # nodata under plot P8
    return write_raster(tmp_path / "npp.tif", values, nodata=-9999)


def plot_rows(points=None):
    """Four good plots (measured written as text, two with decimal commas) and five bad ones."""
    points = points or [centre(r, c) for r, c in PLOT_PIXELS] + [
        centre(2, 2),
        centre(3, 3),
        centre(6, 6),
        (ORIGIN[0] - 500.0, ORIGIN[1] + 500.0),  # outside the raster
        centre(8, 8),  # on nodata
    ]
    values = ["100", "200,0", "３００", "400", None, "abc", "-5", "250", "260"]
    strata = ["A", "A", "B", "B", "A", "B", "A", "B", "A"]
    return [
        (point, [f"P{i + 1}", value, stratum])
        for i, (point, value, stratum) in enumerate(zip(points, values, strata))
    ]


FIELDS = [("plot_id", "string"), ("measured", "string"), ("stratum", "string")]


def run(params, feedback=None):
    import processing

    defaults = {"MEASURED_FIELD": "measured", "WINDOW": "1x1"}
    return processing.run("carbonsink:groundcheck", {**defaults, **params}, feedback=feedback)


def outputs(tmp_path, name="check"):
    return {
        "OUTPUT": str(tmp_path / f"{name}.gpkg"),
        "METRICS": str(tmp_path / f"{name}_metrics.csv"),
        "SCATTER": str(tmp_path / f"{name}.png"),
    }


def read_metrics(path):
    with open(path, encoding="utf-8") as handle:
        return {(r["scope"], r["stratum"]): r for r in csv.DictReader(handle)}


def test_metrics_exclusions_and_outputs(provider, tmp_path, model_raster):
    plots = write_layer(tmp_path / "plots.gpkg", 4547, FIELDS, plot_rows())
    log = Log()
    result = run({"PLOTS": plots, "RASTER": model_raster, "MIN_PLOTS": 4, **outputs(tmp_path)}, log)
    assert result["N"] == 4
    assert result["RMSE"] == pytest.approx(math.sqrt(500.0))
    assert result["MAE"] == pytest.approx(20.0)
    assert result["BIAS"] == pytest.approx(0.0, abs=1e-9)
    assert result["MRE"] == pytest.approx(0.08125)
    assert result["ACCURACY"] == pytest.approx(0.91875)
    assert result["R"] == pytest.approx(0.9807233, abs=1e-7)
    assert result["R2"] == pytest.approx(2116 / 2200)
    assert result["PASSED"] == 1  # 0.91875 ≥ 0.80 and 4 ≥ 4
    assert result["KAPPA"] is None

    rows = {a["plot_id"]: a for _, a in read_layer(result["OUTPUT"])}
    assert len(rows) == 9  # every plot is listed, excluded ones too
    p2 = rows["P2"]
    assert (p2["model"], p2["measured_c"], p2["residual"]) == (190.0, 200.0, -10.0)
    assert p2["rel_error"] == pytest.approx(0.05) and p2["excluded"] == 0 and p2["n_pixels"] == 1
    assert rows["P3"]["measured_c"] == 300.0  # full-width digits
    expected = {
        "P5": "no measured value",
        "P6": "measured value is not a number",
        "P7": "measured value ≤ 0: no relative error",
        "P8": "outside the model raster",
        "P9": "no valid model pixel (nodata)",
    }
    for plot_id, reason in expected.items():
        assert rows[plot_id]["excluded"] == 1 and rows[plot_id]["reason"] == reason
    assert rows["P5"]["model"] == 500.0  # the model value is still shown for the crew
    assert rows["P8"]["model"] is None
    # the log lists the exclusions and says that text was read as numbers
    assert "5 of 9 plots excluded" in log.text
    assert "plot P8: outside the model raster" in log.text
    assert "2 value(s) written with a decimal comma, full-width digits" in log.text
    assert "'200,0' → 200" in log.text

    metrics = read_metrics(result["METRICS"])
    assert float(metrics[("all", "")]["accuracy"]) == pytest.approx(0.91875)
    assert metrics[("all", "")]["passed"] == "1"
    a, b = metrics[("stratum", "A")], metrics[("stratum", "B")]
    assert (int(a["n"]), float(a["rmse"]), float(a["mre"])) == (2, 10.0, pytest.approx(0.075))
    assert (int(b["n"]), float(b["rmse"]), float(b["accuracy"])) == (
        2,
        30.0,
        pytest.approx(0.9125),
    )

    image = QImage(result["SCATTER"])
    assert not image.isNull() and image.width() > 400
    assert "Scatter plot drawn with" in log.text


def test_pass_fail_follows_threshold_and_plot_count(provider, tmp_path, model_raster):
    plots = write_layer(tmp_path / "plots.gpkg", 4547, FIELDS, plot_rows())
    strict = run({"PLOTS": plots, "RASTER": model_raster, "THRESHOLD": 0.95, **outputs(tmp_path)})
    assert strict["PASSED"] == 0  # accuracy 0.91875 < 0.95
    log = Log()
    few = run(
        {"PLOTS": plots, "RASTER": model_raster, "MIN_PLOTS": 5, **outputs(tmp_path, "b")}, log
    )
    assert few["PASSED"] == 0 and "Only 4 plots could be compared; 5 are needed" in log.text


def test_plots_in_another_crs_are_reprojected(provider, tmp_path, model_raster):
    rows = plot_rows()
    points = transform([point for point, _ in rows], 4547, 4326)
    plots = write_layer(
        tmp_path / "wgs84.gpkg", 4326, FIELDS, [(p, a) for p, (_, a) in zip(points, rows)]
    )
    log = Log()
    result = run({"PLOTS": plots, "RASTER": model_raster, **outputs(tmp_path)}, log)
    assert "EPSG:4326" in log.text and "reprojected" in log.text and "EPSG:4547" in log.text
    assert result["N"] == 4 and result["RMSE"] == pytest.approx(math.sqrt(500.0))
    # the output keeps the plots in their own CRS
    first = read_layer(result["OUTPUT"])[0][0]
    assert first.startswith("POINT (114.")


def test_biomass_increment_is_converted_with_the_carbon_fraction(provider, tmp_path):
    # model 470 at every pixel; measured 10 t·ha⁻¹·a⁻¹ dry matter × 0.47 × 100 = 470 gC·m⁻²·a⁻¹
    # and 8 t·ha⁻¹·a⁻¹ → 376 (relative error (470 − 376)/376 = 0.25)
    npp = write_raster(tmp_path / "npp.tif", np.full((5, 5), 470.0, dtype=np.float32))
    plots = write_layer(
        tmp_path / "bio.gpkg",
        4547,
        [("plot_id", "string"), ("agb_inc", "double")],
        [(centre(1, 1), ["B1", 10.0]), (centre(3, 3), ["B2", 8.0])],
    )
    result = run(
        {
            "PLOTS": plots,
            "RASTER": npp,
            "MEASURED_FIELD": "agb_inc",
            "MEASURE_TYPE": "biomass",
            "MIN_PLOTS": 1,
            **outputs(tmp_path),
        }
    )
    rows = {a["plot_id"]: a for _, a in read_layer(result["OUTPUT"])}
    assert rows["B1"]["measured_c"] == pytest.approx(470.0)
    assert rows["B2"]["measured_c"] == pytest.approx(376.0)
    assert rows["B2"]["rel_error"] == pytest.approx(0.25)
    assert result["MRE"] == pytest.approx(0.125)


def test_plot_polygons_average_the_pixels_inside(provider, tmp_path):
    values = np.arange(36, dtype=np.float32).reshape(6, 6)
    npp = write_raster(tmp_path / "npp.tif", values)
    x0, y0 = ORIGIN
    # a 60 m square holding the centres of pixels (1,1), (1,2), (2,1), (2,2): 7, 8, 13, 14 → 10.5
    square = [(x0 + 35, y0 - 35), (x0 + 85, y0 - 35), (x0 + 85, y0 - 85), (x0 + 35, y0 - 85)]
    plots = write_layer(
        tmp_path / "squares.gpkg",
        4547,
        [("plot_id", "string"), ("measured", "double")],
        [(square, ["S1", 10.0])],
        geometry="polygon",
    )
    result = run(
        {"PLOTS": plots, "RASTER": npp, "WINDOW": "polygon", "MIN_PLOTS": 1, **outputs(tmp_path)}
    )
    row = read_layer(result["OUTPUT"])[0][1]
    assert (row["model"], row["n_pixels"]) == (10.5, 4)
    # 3×3 around the centroid (pixel (1,1)... the centroid (x0+60, y0−60) lies on a pixel
    # corner and belongs to pixel (2, 2)): rows 1–3 × columns 1–3 → mean of 7…21 = 14
    result = run(
        {"PLOTS": plots, "RASTER": npp, "WINDOW": "3x3", "MIN_PLOTS": 1, **outputs(tmp_path, "w")}
    )
    assert read_layer(result["OUTPUT"])[0][1]["model"] == 14.0


def test_polygon_window_needs_polygons(provider, tmp_path, model_raster):
    plots = write_layer(tmp_path / "plots.gpkg", 4547, FIELDS, plot_rows())
    with pytest.raises(QgsProcessingException) as caught:
        run({"PLOTS": plots, "RASTER": model_raster, "WINDOW": "polygon", **outputs(tmp_path)})
    assert "[WINDOW]" in str(caught.value) and "points" in str(caught.value)


def test_land_cover_agreement_with_kappa(provider, tmp_path):
    # map types at six plots: 2, 2, 2, 6, 6, 7; field-recorded: 2, 2, 6, 6, 6, 7 (as code,
    # English or Chinese name). By hand (see tests/core): κ = 17/23 = 0.7391, overall 5/6.
    types = np.array([[2, 2, 2, 6, 6, 7]], dtype=np.uint8)
    vegetation = write_raster(tmp_path / "types.tif", types)
    npp = write_raster(tmp_path / "npp.tif", np.full((1, 6), 800.0, dtype=np.float32))
    recorded = ["2", "常绿阔叶林", "Shrubland", "6", "灌丛", "Grassland / herbaceous wetland"]
    plots = write_layer(
        tmp_path / "plots.gpkg",
        4547,
        [("plot_id", "string"), ("measured", "double"), ("recorded_type", "string")],
        [(centre(0, i), [f"L{i}", 780.0 + i, recorded[i]]) for i in range(6)],
    )
    confusion = tmp_path / "confusion.csv"
    result = run(
        {
            "PLOTS": plots,
            "RASTER": npp,
            "VEGETATION": vegetation,
            "MIN_PLOTS": 1,
            "CONFUSION": str(confusion),
            **outputs(tmp_path),
        }
    )
    assert result["KAPPA"] == pytest.approx(17 / 23)
    assert result["OVERALL_ACCURACY"] == pytest.approx(5 / 6)
    with open(confusion, encoding="utf-8") as handle:
        table = {r["map_type"]: r for r in csv.DictReader(handle)}
    assert [float(table["2"][f"field_{c}"]) for c in (2, 6, 7)] == [2, 1, 0]
    assert [float(table["6"][f"field_{c}"]) for c in (2, 6, 7)] == [0, 2, 0]
    assert float(table["2"]["users_acc"]) == pytest.approx(2 / 3)
    assert float(table["kappa"]["users_acc"]) == pytest.approx(17 / 23)


# --- bad input ---------------------------------------------------------------------------------


def test_no_features_is_refused(provider, tmp_path, model_raster):
    plots = write_layer(tmp_path / "empty.gpkg", 4547, FIELDS, [])
    with pytest.raises(QgsProcessingException) as caught:
        run({"PLOTS": plots, "RASTER": model_raster, **outputs(tmp_path)})
    assert "[PLOTS]" in str(caught.value) and "no features" in str(caught.value)


def test_a_monthly_stack_is_not_an_annual_model_raster(provider, tmp_path):
    # The MONTHLY output of casanpp (12 bands) given for the annual NPP: refused, not read as
    # its January band.
    stack = write_raster(tmp_path / "npp_monthly.tif", np.full((12, 10, 10), 60.0, "float32"))
    plots = write_layer(tmp_path / "plots.gpkg", 4547, FIELDS, plot_rows())
    with pytest.raises(QgsProcessingException) as caught:
        run({"PLOTS": plots, "RASTER": stack, **outputs(tmp_path)})
    message = str(caught.value)
    assert "[RASTER]: expected an annual raster with 1 band" in message
    assert "'npp_monthly.tif' has 12 bands" in message and "monthly stack" in message
    assert not (tmp_path / "check.gpkg").exists()


def test_missing_measured_field_lists_the_fields(provider, tmp_path, model_raster):
    plots = write_layer(tmp_path / "plots.gpkg", 4547, FIELDS, plot_rows())
    with pytest.raises(QgsProcessingException) as caught:
        run(
            {
                "PLOTS": plots,
                "RASTER": model_raster,
                "MEASURED_FIELD": "npp_obs",
                **outputs(tmp_path),
            }
        )
    message = str(caught.value)
    assert "[MEASURED_FIELD]" in message and "'npp_obs'" in message
    assert "plot_id, measured, stratum" in message
    assert not (tmp_path / "check.gpkg").exists()


def test_all_plots_outside_the_raster(provider, tmp_path, model_raster):
    far = [((ORIGIN[0] + 50_000 + i * 100, ORIGIN[1]), [f"P{i}", "500", "A"]) for i in range(3)]
    plots = write_layer(tmp_path / "far.gpkg", 4547, FIELDS, far)
    with pytest.raises(QgsProcessingException) as caught:
        run({"PLOTS": plots, "RASTER": model_raster, **outputs(tmp_path)})
    message = str(caught.value)
    assert "None of the 3 plots lies on" in message and "[RASTER]" in message
    assert "CRS" in message
    assert not (tmp_path / "check.gpkg").exists() and not (tmp_path / "check.png").exists()


def test_duplicate_plot_ids_are_refused(provider, tmp_path, model_raster):
    rows = plot_rows()
    rows[2] = (rows[2][0], ["P1", *rows[2][1][1:]])
    plots = write_layer(tmp_path / "dup.gpkg", 4547, FIELDS, rows)
    with pytest.raises(QgsProcessingException) as caught:
        run({"PLOTS": plots, "RASTER": model_raster, **outputs(tmp_path)})
    message = str(caught.value)
    assert "[ID_FIELD]" in message and "P1 (×2)" in message


def test_no_usable_measured_value(provider, tmp_path, model_raster):
    rows = [(centre(1, 1), ["P1", None, "A"]), (centre(2, 2), ["P2", "n/a", "A"])]
    plots = write_layer(tmp_path / "blank.gpkg", 4547, FIELDS, rows)
    with pytest.raises(QgsProcessingException) as caught:
        run({"PLOTS": plots, "RASTER": model_raster, **outputs(tmp_path)})
    assert "No plot can be compared" in str(caught.value)


def test_scatter_without_matplotlib_is_painted_with_qt(
    provider, tmp_path, model_raster, monkeypatch
):
    from carbonsink_plugin.report import charts

    monkeypatch.setattr(charts, "matplotlib_available", lambda: False)
    plots = write_layer(tmp_path / "plots.gpkg", 4547, FIELDS, plot_rows())
    log = Log()
    result = run({"PLOTS": plots, "RASTER": model_raster, **outputs(tmp_path)}, log)
    assert "Scatter plot drawn with qt" in log.text
    image = QImage(result["SCATTER"])
    assert (image.width(), image.height()) == (900, 800)


def test_model_in_the_wrong_unit_is_flagged(provider, tmp_path):
    # model in kgC·m⁻²·a⁻¹ (0.8) against measured gC·m⁻²·a⁻¹ (800): 1000× off → a warning
    npp = write_raster(tmp_path / "npp_kg.tif", np.full((5, 5), 0.8, dtype=np.float32))
    rows = [(centre(i, i), [f"P{i}", "800", "A"]) for i in range(4)]
    plots = write_layer(tmp_path / "plots.gpkg", 4547, FIELDS, rows)
    log = Log()
    result = run({"PLOTS": plots, "RASTER": npp, "MIN_PLOTS": 1, **outputs(tmp_path)}, log)
    assert "0.001 times the measured values: check the units" in log.text
    assert result["PASSED"] == 0


# --- plots as a table (CSV/XLSX) with 经度/纬度 or lon/lat columns, as field teams record them


def table_rows():
    """The plot set of test_groundcheck.py in WGS84 degrees (transformed with OSR)."""
    rows = plot_rows()
    points = transform([point for point, _ in rows], 4547, 4326)
    return [(lon, lat, *attributes) for (lon, lat), (_p, attributes) in zip(points, rows)]


def test_csv_with_chinese_lon_lat_columns(provider, tmp_path, model_raster):
    path = tmp_path / "样地 记录.csv"
    with open(path, "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["经度", "纬度", "plot_id", "measured", "stratum"])
        for lon, lat, plot_id, measured, stratum in table_rows():
            writer.writerow([f"{lon:.9f}", f"{lat:.9f}", plot_id, measured or "", stratum])
    log = Log()
    result = run({"PLOTS": str(path), "RASTER": model_raster, **outputs(tmp_path)}, log)
    # n = 4, RMSE √500 (test_groundcheck.py): the same plots as the point layer.
    assert result["N"] == 4 and result["RMSE"] == pytest.approx(math.sqrt(500.0))
    assert "经度" in log.text and "纬度" in log.text


def test_xlsx_with_lon_lat_columns(provider, tmp_path, model_raster):
    path = str(tmp_path / "plots.xlsx")
    dataset = ogr.GetDriverByName("XLSX").CreateDataSource(path)
    layer = dataset.CreateLayer("plots", None, ogr.wkbNone)
    for name, kind in [("lon", ogr.OFTReal), ("lat", ogr.OFTReal), ("plot_id", ogr.OFTString),
                       ("measured", ogr.OFTString), ("stratum", ogr.OFTString)]:  # fmt: skip
        layer.CreateField(ogr.FieldDefn(name, kind))
    for lon, lat, plot_id, measured, stratum in table_rows():
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(("lon", "lat", "plot_id", "measured", "stratum"),
                               (lon, lat, plot_id, measured, stratum)):  # fmt: skip
            if value is not None:
                feature.SetField(name, value)
        layer.CreateFeature(feature)
    dataset = None
    result = run({"PLOTS": path, "RASTER": model_raster, **outputs(tmp_path)})
    assert result["N"] == 4 and result["RMSE"] == pytest.approx(math.sqrt(500.0))
