"""εmax calibration (core/calibrate.py): the closed form by hand, exact recovery on synthetic
plots made with a known table, the min-plots rule, cross validation and the CSV round trip."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from calibration_support import stacks as _stacks
from support import ORIGIN, PIXEL

from carbonsink_plugin.core import calibrate, casa, groundcheck, raster
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.parameters import default_type_table


def test_closed_form_of_three_plots_by_hand():
    # One type, u = NPP at εmax = 1: 1000, 1200, 800; measured 900, 1000, 800 gC·m⁻²·a⁻¹.
    # ε = Σ m·u / Σ u² = (900 000 + 1 200 000 + 640 000) / (1 000 000 + 1 440 000 + 640 000)
    #   = 2 740 000 / 3 080 000 = 137/154 = 0.889610.
    # Residuals m − ε·u: 10.3896, −67.5325, 88.3117; Σ r² = 12 467.53, s² = Σ r²/(3 − 1)
    # = 6 233.77; se = √(s² / Σ u²) = √(6 233.77 / 3 080 000) = 0.044988.
    fit = calibrate.fit_epsilon([900, 1000, 800], [[1000], [1200], [800]], [2], {2: 0.985},
                                [2, 2, 2], min_plots=3)  # fmt: skip
    t = fit.types[2]
    assert t.epsilon_max == pytest.approx(137 / 154, rel=1e-12)
    assert t.se == pytest.approx(0.044988, abs=1e-6)
    assert (t.n, t.status, t.prior) == (3, calibrate.STATUS_FITTED, 0.985)
    np.testing.assert_allclose(fit.predictions, np.array([1000, 1200, 800]) * 137 / 154)


def test_types_of_pure_windows_are_fitted_independently():
    # Type 2 as above; type 7 with u = 500, 400 and m = 250, 240: ε = (125 000 + 96 000) /
    # (250 000 + 160 000) = 221/410 = 0.539024; its fit does not depend on type 2's plots.
    a = [[1000, 0], [1200, 0], [800, 0], [0, 500], [0, 400]]
    fit = calibrate.fit_epsilon([900, 1000, 800, 250, 240], a, [2, 7], {2: 0.985, 7: 0.542},
                                [2, 2, 2, 7, 7], min_plots=2)  # fmt: skip
    assert fit.types[2].epsilon_max == pytest.approx(137 / 154, rel=1e-12)
    assert fit.types[7].epsilon_max == pytest.approx(221 / 410, rel=1e-12)


def test_a_type_with_too_few_plots_keeps_its_prior_and_implausible_values_are_flagged():
    # Type 7 has 2 plots < 3: kept at 0.542, and its share is taken off the measured values of
    # the mixed plot: m − 0.542·200 = 1000 − 108.4 = 891.6 for type 2.
    a = [[1000, 0], [1200, 0], [800, 200], [0, 500], [0, 400]]
    m = [900, 1000, 1000, 250, 240]
    fit = calibrate.fit_epsilon(m, a, [2, 7], {2: 0.985, 7: 0.542}, [2, 2, 2, 7, 7], min_plots=3)
    # the prior is kept as given, not refitted: exactly the table's value
    assert fit.types[7].epsilon_max == 0.542 and fit.types[7].status == calibrate.STATUS_PRIOR
    assert math.isnan(fit.types[7].se) and fit.types[7].n == 2
    expected = (900 * 1000 + 1000 * 1200 + (1000 - 0.542 * 200) * 800) / 3_080_000
    assert fit.types[2].epsilon_max == pytest.approx(expected, rel=1e-12)
    # Measured values three times the model: εmax 2.67 > 1.3 is flagged, not refused.
    high = calibrate.fit_epsilon([3000, 3600, 2400], [[1000], [1200], [800]], [2], {2: 0.985},
                                 [2, 2, 2])  # fmt: skip
    assert high.types[2].epsilon_max == pytest.approx(3.0)
    assert high.types[2].status == calibrate.STATUS_IMPLAUSIBLE
    assert high.types[2].se == pytest.approx(0.0, abs=1e-12)  # an exact fit


def test_leave_one_out_and_k_folds():
    # Held-out predictions of the 3-plot example by hand: without plot 1, ε = (1 200 000 +
    # 640 000)/(1 440 000 + 640 000) = 0.884615 → 884.615 for plot 1 (u = 1000).
    a = [[1000], [1200], [800]]
    cv = calibrate.cross_validate([900, 1000, 800], a, [2], {2: 0.985}, [2, 2, 2], min_plots=1)
    assert cv[0] == pytest.approx(1000 * 1_840_000 / 2_080_000, rel=1e-12)
    # With min_plots = 3 the two training plots are too few: the prior predicts.
    cv = calibrate.cross_validate([900, 1000, 800], a, [2], {2: 0.985}, [2, 2, 2], min_plots=3)
    np.testing.assert_allclose(cv, [985.0, 1182.0, 788.0])
    folds = calibrate.folds_of(10, 3)
    assert sorted(np.bincount(folds).tolist()) == [3, 3, 4]
    assert calibrate.folds_of(10, 3).tolist() == folds.tolist()  # seeded: reproducible
    with pytest.raises(InputError, match="FOLDS"):
        calibrate.folds_of(10, 1)


# --- the raster path: synthetic plots from a known table -------------------------------------


def _sources(paths):
    return {name: raster.Source(path, name) for name, path in paths.items()}


def _centres(cells):
    return [(ORIGIN[0] + (c + 0.5) * PIXEL, ORIGIN[1] - (r + 0.5) * PIXEL) for r, c in cells]


@pytest.mark.parametrize("extremes", ["table", "data"])
def test_a_known_table_is_recovered_exactly_from_synthetic_plots(tmp_path, extremes):
    paths = _stacks(tmp_path)
    prior = {c: default_type_table()[c] for c in (2, 7)}
    truth = {2: replace(prior[2], epsilon_max=0.61), 7: replace(prior[7], epsilon_max=0.83)}
    npp_path = str(tmp_path / "npp_truth.tif")
    casa.run_casa(_sources(paths), {"OUTPUT": raster.Output(npp_path)}, truth, extremes=extremes)
    unit_path = str(tmp_path / "unit.tif")
    calibrate.run_unit_npp(_sources(paths), raster.Output(unit_path), prior, extremes=extremes)
    # 3×3 windows, some mixing types 2, 0 and 7 (columns 3–5) and some cut at the edge.
    cells = [(0, 0), (2, 1), (4, 2), (5, 3), (1, 4), (3, 5), (0, 6), (2, 7), (5, 6), (4, 7)]
    points = _centres(cells)
    npp_source = raster.Source(npp_path, "NPP")
    measured, _, reasons = groundcheck.window_means(npp_source, points, 3)
    assert reasons == [None] * len(points)
    design = calibrate.plot_design(
        raster.Source(unit_path, "U"), raster.Source(paths["VEGETATION"], "V"), points, 3, [2, 7]
    )
    # The model value of any table is A·ε: the ground check's window mean of its NPP raster.
    np.testing.assert_allclose(design.matrix @ [0.61, 0.83], measured, rtol=1e-6)
    result = calibrate.calibrate(measured, design.matrix, [2, 7], {2: 0.985, 7: 0.542},
                                 design.dominant(), min_plots=3)  # fmt: skip
    assert result.fit.types[2].epsilon_max == pytest.approx(0.61, rel=1e-6)
    assert result.fit.types[7].epsilon_max == pytest.approx(0.83, rel=1e-6)
    assert result.cross_validated.accuracy == pytest.approx(1.0, abs=1e-6)
    assert result.before.accuracy < 0.9  # the prior table is far off
    # The CSV is the table casanpp reads back, with the fitted εmax.
    csv_path = str(tmp_path / "calibrated.csv")
    calibrate.write_table_csv(csv_path, prior, result.fit)
    back = casa.read_type_table_csv(csv_path)
    assert back[2].epsilon_max == pytest.approx(0.61, abs=1e-6)
    assert (back[7].ndvi_max, back[7].ndvi_min) == (prior[7].ndvi_max, prior[7].ndvi_min)
    with open(csv_path, encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
    assert header[:4] == ["code", "epsilon_max", "ndvi_max", "ndvi_min"]
    assert {"eps_max_se", "n"} <= set(header)


def test_plots_outside_or_on_nodata_are_excluded_as_in_the_ground_check(tmp_path):
    paths = _stacks(tmp_path)
    unit_path = str(tmp_path / "unit.tif")
    calibrate.run_unit_npp(_sources(paths), raster.Output(unit_path), default_type_table())
    points = _centres([(0, 0)]) + [(ORIGIN[0] - 100.0, ORIGIN[1])]
    design = calibrate.plot_design(
        raster.Source(unit_path, "U"), raster.Source(paths["VEGETATION"], "V"), points, 1, [2, 7]
    )
    assert design.reasons == [None, "outside"]
    with pytest.raises(InputError, match="WINDOW"):
        calibrate.plot_design(raster.Source(unit_path, "U"),
                              raster.Source(paths["VEGETATION"], "V"), points, 2, [2])  # fmt: skip


def test_plots_are_split_per_type_in_the_same_proportion():
    # Type 2 sorted by id: a, b, c → ⌈1·0.5⌉ = 1 > ⌈0⌉ = 0: a calibrates; ⌈1⌉ = 1 = ⌈0.5⌉: b is
    # held out; ⌈1.5⌉ = 2 > 1: c calibrates. Type 7: 1 calibrates, 2 is held out.
    groups = {2: [("b", 11), ("a", 10), ("c", 12)], 7: [(2, 21), (1, 20)]}
    assert calibrate.split_plots(groups, 0.5) == ([10, 12, 20], [11, 21])
    # A third: the 1st and 4th of six.
    six = {None: [(i, i) for i in range(6)]}
    assert calibrate.split_plots(six, 1 / 3) == ([0, 3], [1, 2, 4, 5])


def test_standard_errors_come_back_from_the_csv(tmp_path):
    fit = calibrate.fit_epsilon([900, 1000, 800], [[1000], [1200], [800]], [2], {2: 0.985},
                                [2, 2, 2])  # fmt: skip
    path = str(tmp_path / "t.csv")
    calibrate.write_table_csv(path, default_type_table(), fit)
    se = calibrate.read_standard_errors(path)
    assert se[2] == pytest.approx(0.044988, abs=1e-6) and math.isnan(se[1])
