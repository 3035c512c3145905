"""Ground-check science (core.groundcheck) against hand-worked values and published matrices."""

import math

import numpy as np
import pytest
from osgeo import ogr
from support import ORIGIN, PIXEL, write_raster

from carbonsink_plugin.core import groundcheck as gc
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.raster import Source

# --------------------------------------------------------------------------------------------
# Measured values


@pytest.mark.parametrize(
    "raw,expected",
    [
        (1234.5, 1234.5),
        (800, 800.0),
        ("1234.5", 1234.5),
        ("1234,5", 1234.5),  # decimal comma
        ("１２３４．５", 1234.5),  # full-width digits and full stop
        ("１２３４，５", 1234.5),  # full-width digits and comma
        (" 812 ", 812.0),
        ("1,234.5", 1234.5),  # comma groups thousands when a point follows
        ("1.234,5", 1234.5),  # European: point groups thousands
        ("1,234,567", 1234567.0),
        ("1 234,5", 1234.5),  # space as thousands separator
        ("−45", -45.0),  # Unicode minus
        ("1e3", 1000.0),
    ],
)
def test_measured_values_are_read(raw, expected):
    assert gc.parse_measured(raw) == (expected, None)


@pytest.mark.parametrize(
    "raw,reason",
    [
        (None, "missing"),
        ("", "missing"),
        ("  ", "missing"),
        (float("nan"), "missing"),
        ("NULL", "missing"),
        ("abc", "not_numeric"),
        ("12a", "not_numeric"),
        ("约800", "not_numeric"),
        ("800 gC", "not_numeric"),
        (True, "not_numeric"),
    ],
)
def test_unreadable_measured_values_get_a_reason(raw, reason):
    assert gc.parse_measured(raw) == (None, reason)


def test_biomass_increment_to_carbon():
    # 10 t·ha⁻¹·a⁻¹ dry matter × 0.47 gC/g = 4.7 tC·ha⁻¹·a⁻¹; 1 t·ha⁻¹ = 10⁶ g / 10⁴ m² = 100 g·m⁻²
    # → 470 gC·m⁻²·a⁻¹. With CF 0.5: 10 × 0.5 × 100 = 500.
    np.testing.assert_allclose(gc.biomass_to_carbon([10.0, 2.5], 0.47), [470.0, 117.5])
    assert float(gc.biomass_to_carbon(10.0, 0.5)) == pytest.approx(500.0)
    with pytest.raises(InputError, match="CARBON_FRACTION"):
        gc.biomass_to_carbon(10.0, 47)


# --------------------------------------------------------------------------------------------
# Metrics

MEASURED = [100.0, 200.0, 300.0, 400.0]
MODEL = [110.0, 190.0, 330.0, 370.0]


def test_metrics_of_a_small_plot_set_by_hand():
    # residuals p − m = 10, −10, 30, −30
    #   bias = 0; MAE = (10+10+30+30)/4 = 20; RMSE = √((100+100+900+900)/4) = √500 = 22.3607
    #   MRE = (10/100 + 10/200 + 30/300 + 30/400)/4 = (0.1+0.05+0.1+0.075)/4 = 0.08125
    #   accuracy = 1 − 0.08125 = 0.91875
    # r: m̄ = p̄ = 250; dm = −150, −50, 50, 150; dp = −140, −60, 80, 120
    #   Σdm·dp = 21 000 + 3 000 + 4 000 + 18 000 = 46 000; Σdm² = 50 000; Σdp² = 44 000
    #   r = 46 000 / √(50 000 · 44 000) = 46 000 / 46 904.158 = 0.980 723 3
    #   r² = 46 000² / 2.2e9 = 0.961 818 2
    #   least squares: slope = 46 000 / 50 000 = 0.92; intercept = 250 − 0.92 · 250 = 20
    result = gc.metrics(MEASURED, MODEL)
    assert result.n == 4
    assert result.bias == pytest.approx(0.0, abs=1e-12)
    assert result.mae == pytest.approx(20.0)
    assert result.rmse == pytest.approx(math.sqrt(500.0))
    assert result.mre == pytest.approx(0.08125)
    assert result.accuracy == pytest.approx(0.91875)
    assert result.r == pytest.approx(0.9807233, abs=1e-7)
    assert result.r2 == pytest.approx(2116.0 / 2200.0)
    assert result.slope == pytest.approx(0.92)
    assert result.intercept == pytest.approx(20.0)


def test_r_squared_of_a_negative_correlation():
    # m = 1, 2, 3; p = 3, 1, 2: dm = −1, 0, 1; dp = 1, −1, 0 → Σdm·dp = −1, Σdm² = Σdp² = 2
    # r = −1/2 = −0.5, r² = 0.25; bias = (2 − 1 − 1)/3 = 0
    result = gc.metrics([1.0, 2.0, 3.0], [3.0, 1.0, 2.0])
    assert result.r == pytest.approx(-0.5)
    assert result.r2 == pytest.approx(0.25)
    assert result.bias == pytest.approx(0.0)


def test_metrics_per_stratum_by_hand():
    # stratum A: m 100, 200 / p 110, 190 → residuals 10, −10: RMSE 10, MAE 10, bias 0,
    #   MRE (0.1 + 0.05)/2 = 0.075, accuracy 0.925, r = 1 (two points, rising)
    # stratum B: m 300, 400 / p 330, 370 → residuals 30, −30: RMSE 30, MAE 30, bias 0,
    #   MRE (0.1 + 0.075)/2 = 0.0875, accuracy 0.9125, r = 1
    by = gc.metrics_by_group(MEASURED, MODEL, ["A", "A", "B", "B"])
    assert list(by) == ["A", "B"]
    a, b = by["A"], by["B"]
    assert (a.n, a.rmse, a.mae) == (2, pytest.approx(10.0), pytest.approx(10.0))
    assert a.mre == pytest.approx(0.075)
    assert a.accuracy == pytest.approx(0.925) and a.r == pytest.approx(1.0)
    assert (b.n, b.rmse, b.mae) == (2, pytest.approx(30.0), pytest.approx(30.0))
    assert b.mre == pytest.approx(0.0875) and b.accuracy == pytest.approx(0.9125)
    # numeric strata sort numerically, plots without a stratum come last
    assert list(gc.metrics_by_group([1, 1, 1], [1, 1, 1], [7, None, 2])) == [2, 7, None]


def test_degenerate_metrics_are_nan_not_errors():
    one = gc.metrics([500.0], [450.0])
    assert one.n == 1 and math.isnan(one.r) and one.rmse == pytest.approx(50.0)
    flat = gc.metrics([100.0, 200.0], [300.0, 300.0])  # no spread in the model
    assert math.isnan(flat.r) and flat.slope == pytest.approx(0.0)
    empty = gc.metrics([], [])
    assert empty.n == 0 and math.isnan(empty.accuracy)


def test_pass_needs_accuracy_and_plot_count():
    result = gc.metrics(MEASURED, MODEL)  # accuracy 0.91875, n = 4
    assert gc.passes(result, 0.80, 4)
    assert gc.passes(result, 0.91875, 4)  # equal to the threshold passes (≥)
    assert not gc.passes(result, 0.92, 4)
    assert not gc.passes(result, 0.80, 5)


# --------------------------------------------------------------------------------------------
# Land-cover agreement


def test_kappa_of_congalton_1991_error_matrix():
    # Congalton R.G. (1991) Remote Sens. Environ. 37:35–46, Table 1, reproduced in Congalton &
    # Green (1999/2009) "Assessing the Accuracy of Remotely Sensed Data", ch. 5: rows =
    # classified (D deciduous, C conifer, AG agriculture, SB shrub), columns = reference.
    # Published: overall accuracy 321/434 = 74 %, KHAT = 0.65; producer's D 87 %, C 79 %,
    # AG 74 %, SB 64 %; user's D 57 %, C 81 %, AG 74 %, SB 87 %.
    # By hand: Σ row·column = 115·75 + 100·103 + 115·115 + 104·141 = 46 814;
    # κ = (434·321 − 46 814) / (434² − 46 814) = 92 500 / 141 542 = 0.653 52.
    matrix = np.array([[65, 4, 22, 24], [6, 81, 5, 8], [0, 11, 85, 19], [4, 7, 3, 90]])
    stats = gc.agreement(matrix)
    assert stats["n"] == 434
    assert stats["overall"] == pytest.approx(321 / 434)
    assert stats["kappa"] == pytest.approx(92_500 / 141_542)
    assert round(stats["kappa"], 2) == 0.65
    assert [round(100 * v) for v in stats["producers"]] == [87, 79, 74, 64]
    assert [round(100 * v) for v in stats["users"]] == [57, 81, 74, 87]


def test_kappa_of_lunetta_and_lyon_table_9_4():
    # Lunetta R.S., Lyon J.G. (eds., 2004) Remote Sensing and GIS Accuracy Assessment, CRC
    # Press, Table 9.4 (1986 land-cover map vs aerial-photo interpretation, 9 classes):
    # published overall accuracy 68 % (263/384) and Cohen's kappa (KHAT) 0.61.
    matrix = np.array(
        [
            [19, 1, 0, 0, 0, 0, 0, 0, 0],
            [3, 35, 0, 1, 0, 0, 0, 0, 0],
            [0, 0, 17, 3, 19, 0, 1, 0, 2],
            [0, 0, 12, 77, 12, 0, 1, 0, 2],
            [0, 0, 8, 13, 74, 0, 0, 0, 0],
            [0, 0, 0, 1, 1, 19, 2, 0, 0],
            [0, 0, 1, 4, 3, 2, 9, 1, 0],
            [0, 0, 0, 5, 3, 0, 0, 13, 0],
            [0, 0, 3, 10, 7, 0, 0, 0, 0],
        ]
    )
    stats = gc.agreement(matrix)
    assert stats["n"] == 384
    assert round(100 * stats["overall"]) == 68
    assert round(stats["kappa"], 2) == 0.61


def test_confusion_matrix_from_plot_labels():
    # map 2, 2, 2, 6, 6, 7 vs field 2, 2, 6, 6, 6, 7 → classes 2, 6, 7
    # rows (map): 2 → [2, 1, 0]; 6 → [0, 2, 0]; 7 → [0, 0, 1]
    # p_o = 5/6; rows 3, 2, 1; columns 2, 3, 1; p_e = (6 + 6 + 1)/36 = 13/36
    # κ = (30/36 − 13/36)/(23/36) = 17/23
    classes, matrix = gc.confusion_matrix([2, 2, 2, 6, 6, 7], [2, 2, 6, 6, 6, 7])
    assert classes == [2, 6, 7]
    np.testing.assert_array_equal(matrix, [[2, 1, 0], [0, 2, 0], [0, 0, 1]])
    assert gc.agreement(matrix)["kappa"] == pytest.approx(17 / 23)


@pytest.mark.parametrize(
    "raw,code",
    [
        (2, 2),
        ("2", 2),
        ("２", 2),
        (6.0, 6),
        ("常绿阔叶林", 2),
        ("Evergreen broadleaf forest", 2),
        ("shrubland", 6),
        (" 灌丛 ", 6),
        ("非植被", 0),
        ("forest?", None),
        ("", None),
        (None, None),
        (2.5, None),
    ],
)
def test_recorded_types_by_code_or_name(raw, code):
    assert gc.parse_type(raw) == code


def test_duplicate_ids():
    assert gc.duplicates(["P1", "P2", "P1", " P2", "P3", None, ""]) == {"P1": 2, "P2": 2}
    assert gc.duplicates([1, 2, 3]) == {}


# --------------------------------------------------------------------------------------------
# Model values at plots


@pytest.fixture
def model_raster(tmp_path):
    # 5 × 5 pixels, value = 10·row + col, nodata −9999 at (2, 3) and the whole last row
    values = (10 * np.arange(5)[:, None] + np.arange(5)[None, :]).astype(np.float32)
    values[2, 3] = -9999
    values[4, :] = -9999
    return write_raster(tmp_path / "npp.tif", values, nodata=-9999)


def centre(row, col):
    return ORIGIN[0] + (col + 0.5) * PIXEL, ORIGIN[1] - (row + 0.5) * PIXEL


def test_window_means_by_hand(model_raster):
    source = Source(model_raster, "RASTER")
    points = [centre(1, 1), centre(0, 0), centre(2, 2), centre(4, 4), (ORIGIN[0] - 10, 0.0)]
    one, n1, r1 = gc.window_means(source, points, 1)
    # 1×1: the pixel itself: 11, 0, 22; (4, 4) nodata; the last point is outside
    assert one[:3].tolist() == pytest.approx([11.0, 0.0, 22.0])
    assert r1 == [None, None, None, "nodata", "outside"]
    three, n3, r3 = gc.window_means(source, points, 3)
    # (1,1): rows 0–2 × cols 0–2 = 0,1,2,10,11,12,20,21,22 → mean 11
    # (0,0) at the corner: rows 0–1 × cols 0–1 = 0,1,10,11 → 5.5 (4 pixels inside the raster)
    # (2,2): rows 1–3 × cols 1–3 without the nodata (2,3): 11,12,13,21,22,31,32,33 → 175/8
    # (4,4): rows 3–4 × cols 3–4: row 4 is nodata → 33, 34 → 33.5
    assert three[:4].tolist() == pytest.approx([11.0, 5.5, 175 / 8, 33.5])
    assert n3[:4].tolist() == [9, 4, 8, 2]
    assert r3 == [None, None, None, None, "outside"]


def test_polygon_means_by_hand(model_raster):
    def square(x0, y0, x1, y1):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]:
            ring.AddPoint_2D(x, y)
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        return polygon.ExportToWkb()

    x0, y0 = ORIGIN
    polygons = [
        # covers the centres of pixels (0,0), (0,1), (1,0), (1,1): 0, 1, 10, 11 → 5.5
        square(x0 + 5, y0 - 55, x0 + 55, y0 - 5),
        # 10 m square inside pixel (1, 2), no centre inside → that pixel: 12 (centroid fallback)
        square(x0 + 62, y0 - 58, x0 + 72, y0 - 48),
        # far outside
        square(x0 - 500, y0 + 100, x0 - 400, y0 + 200),
    ]
    means, counts, reasons, fallback = gc.polygon_means(Source(model_raster, "RASTER"), polygons)
    assert means[:2].tolist() == pytest.approx([5.5, 12.0])
    assert counts.tolist()[:2] == [4, 1]
    assert fallback.tolist() == [False, True, False]
    assert reasons == [None, None, "outside"]


# --------------------------------------------------------------------------------------------
# The whole comparison (compare): exclusion rules, units heuristic, land-cover table


def test_compare_excludes_plots_in_rule_order_and_measures_the_rest():
    raw = [None, "abc", -5, 100, 200, 300, "１５０"]
    model = [500.0, 500.0, 500.0, 500.0, 220.0, 500.0, 120.0]
    place = ["outside", None, None, "outside", None, "nodata", None]
    result = gc.compare(raw, model, place, threshold=0.8, min_plots=2)
    # the measured value's own reason wins over the place (plot 0), ≤ 0 is not_positive
    assert result.reasons == [
        "missing", "not_numeric", "not_positive", "outside", None, "nodata", None
    ]  # fmt: skip
    assert result.used == [4, 6]
    assert result.on_raster
    assert result.reformatted == [("１５０", 150.0)]  # full-width digits; 'abc' is not a number
    # plots 4 and 6: measured 200, 150; model 220, 120; differences +20, −30
    overall = result.overall
    assert overall.n == 2
    assert overall.bias == pytest.approx(-5.0)  # (20 − 30) / 2
    assert overall.rmse == pytest.approx(math.sqrt(650.0))  # √((400 + 900) / 2)
    assert overall.accuracy == pytest.approx(0.85)  # 1 − (20/200 + 30/150) / 2
    assert result.passed  # 0.85 ≥ 0.8 and n = 2 ≥ 2
    assert not gc.compare(raw, model, place, threshold=0.8, min_plots=3).passed
    assert result.measured_used == pytest.approx([200.0, 150.0])
    assert result.model_used == pytest.approx([220.0, 120.0])
    assert result.unit_ratio is None and result.agreement is None and result.by_stratum == {}


def test_compare_converts_biomass_before_the_not_positive_rule():
    # 10 t·ha⁻¹·a⁻¹ × 0.5 × 100 = 500 gC·m⁻²·a⁻¹; 0 stays 0 → not_positive
    result = gc.compare([10, 0], [500.0, 1.0], [None, None], threshold=0.5, min_plots=1,
                        biomass=True, carbon_fraction=0.5)  # fmt: skip
    assert result.measured == [pytest.approx(500.0), 0.0]
    assert result.reasons == [None, "not_positive"]
    assert result.overall.accuracy == pytest.approx(1.0)


def test_compare_flags_means_five_times_apart_as_a_unit_problem():
    # means 1.5 and 300: ratio 200 (biomass in t·ha⁻¹ against gC·m⁻²)
    result = gc.compare([1, 2], [300.0, 300.0], [None, None], threshold=0.5, min_plots=1)
    assert result.unit_ratio == pytest.approx(200.0)
    assert gc.unit_ratio([100.0], [400.0]) is None  # 4: within 0.2…5
    assert gc.unit_ratio([100.0], [600.0]) == pytest.approx(6.0)
    assert gc.unit_ratio([100.0], [10.0]) == pytest.approx(0.1)


def test_compare_knows_when_no_plot_lies_on_the_raster():
    result = gc.compare([100, 200], [math.nan, math.nan], ["outside", "no_geometry"],
                        threshold=0.8, min_plots=1)  # fmt: skip
    assert not result.on_raster
    assert result.used == [] and result.overall.n == 0


def test_compare_groups_by_stratum():
    result = gc.compare([100, 200, 300], [110.0, 180.0, 300.0], [None, None, None],
                        threshold=0.5, min_plots=1, strata=[2, 3, 2])  # fmt: skip
    assert result.strata == [2, 3, 2]
    assert list(result.by_stratum) == [2, 3]
    # stratum 2: plots 100→110 and 300→300: MRE = (0.1 + 0) / 2
    assert result.by_stratum[2].accuracy == pytest.approx(0.95)
    assert result.by_stratum[3].bias == pytest.approx(-20.0)


def test_land_cover_agreement_and_its_confusion_table():
    # pairs (map, field): (2,2), (2,3), (3,3); plot 4 has no map type, plot 5 an unreadable type
    mapped = [2, 2, 3, None, 1]
    recorded = [2, "3", 3, 2, "xyz"]
    result = gc.compare([100] * 5, [100.0] * 5, [None] * 5, threshold=0.5, min_plots=1,
                        mapped=mapped, recorded=recorded)  # fmt: skip
    agreement = result.agreement
    assert agreement.classes == [2, 3]
    assert agreement.matrix.tolist() == [[1, 1], [0, 1]]
    assert agreement.unread == 1
    # p_o = 2/3; p_e = (2·1 + 1·2) / 3² = 4/9; kappa = (2/3 − 4/9) / (1 − 4/9) = 0.4
    assert agreement.stats["overall"] == pytest.approx(2 / 3)
    assert agreement.stats["kappa"] == pytest.approx(0.4)
    columns, rows = agreement.table()
    assert [name for name, _ in columns] == [
        "map_type", "name", "field_2", "field_3", "total", "users_acc"
    ]  # fmt: skip
    assert rows[0][0] == "2" and rows[0][2:] == [1, 1, 2, pytest.approx(0.5)]  # user's 1/2
    assert rows[1][0] == "3" and rows[1][2:] == [0, 1, 1, pytest.approx(1.0)]
    assert rows[2] == ["total", "", 1, 2, 3, None]
    # producer's accuracy: 1/1 and 1/2; overall accuracy in the last column
    assert rows[3] == ["producers_acc", "", 1.0, 0.5, None, pytest.approx(2 / 3)]
    assert rows[4] == ["kappa", "", None, None, None, pytest.approx(0.4)]
    assert gc.compare([100], [100.0], [None], threshold=0.5, min_plots=1).agreement is None
    none_recorded = gc.land_cover_agreement([2], [None])
    assert none_recorded.classes == [] and none_recorded.unread == 0


@pytest.mark.parametrize(
    "value,key", [(3.0, 3), (" 12 ", 12), ("-4", -4), ("park", "park"), ("  ", None), (2.5, 2.5)]
)
def test_stratum_keys(value, key):
    assert gc.stratum_key(value) == key
