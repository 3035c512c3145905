"""Sampling plan (core.sampling) on constructed class rasters whose answers are counted by hand."""

import math

import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view
from osgeo import gdal
from support import ORIGIN, PIXEL, write_raster

from carbonsink_plugin.core import sampling
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.raster import Source

TINY_BUDGET = 1  # windows of one 256×256 output tile: exercises every window edge


def stripes():
    """600×600 pixels of type 2 with two stripes that cross the 256-pixel window edges.

    type 6: columns 250–261 over all rows (crosses the window column edge at 256);
    type 7: rows 253–258 in columns 0–199 (crosses the window row edge at 256).
    """
    a = np.full((600, 600), 2, dtype=np.uint8)
    a[:, 250:262] = 6
    a[253:259, 0:200] = 7
    return a


# Homogeneous 3×3 candidates of stripes(), counted by hand. A pixel is a candidate when its
# 3×3 neighbourhood lies inside the raster (rows and columns 1–598) and is one type.
#   type 6: columns 251–260 (10) × rows 1–598 (598)                          = 5 980
#   type 7: rows 254–257 (4) × columns 1–198 (198; column 199 touches type 2) =   792
#   type 2: 598 × 598 = 357 604 interior pixels, minus those whose 3×3 touches a stripe:
#           stripe 6 → columns 249–262 (14) × 598 rows = 8 372;
#           stripe 7 → rows 252–259 (8) × columns 1–200 (200) = 1 600 (disjoint from the first)
#           357 604 − 8 372 − 1 600                                           = 347 632
STRIPE_CANDIDATES = {2: 347_632, 6: 5_980, 7: 792}
# Pixels per type: 6 → 12 × 600 = 7 200; 7 → 6 × 200 = 1 200; 2 → 360 000 − 8 400 = 351 600
STRIPE_PIXELS = {2: 351_600, 6: 7_200, 7: 1_200}


def reference_candidates(array, size, nodata=None):
    """Independent check: a pixel is a candidate when all size×size values equal its own."""
    half = size // 2
    data = array.astype(float)
    if nodata is not None:
        data[array == nodata] = np.nan
    padded = np.pad(data, half, constant_values=np.nan)
    windows = sliding_window_view(padded, (size, size))
    same = np.all(windows == data[:, :, None, None], axis=(2, 3))
    return same & (data > 0)


@pytest.fixture
def stripe_raster(tmp_path):
    return write_raster(tmp_path / "types.tif", stripes(), nodata=255)


def test_allocation_minimum_plus_largest_remainder_by_area():
    # areas 36, 9, 36 km²; TOTAL 20, minimum 3: R = 20 − 3·3 = 11 to share by area.
    # quotas 11·36/81 = 4.889, 11·9/81 = 1.222, 4.889 → whole parts 4, 1, 4 (9 plots);
    # 2 left go to the largest fractions .889 (type 2) and .889 (type 7) → 5, 1, 5.
    # n = 3 + (5, 1, 5) = 8, 4, 8.
    assert sampling.allocate({2: 36e6, 6: 9e6, 7: 36e6}, 20, 3) == {2: 8, 6: 4, 7: 8}
    # equal areas, one plot left over → tie broken by the smaller code
    assert sampling.allocate({1: 1.0, 2: 1.0, 3: 1.0}, 10, 3) == {1: 4, 2: 3, 3: 3}
    # minimum 0: pure proportional; 7 plots for areas 1:2:4 → quotas 1, 2, 4 exactly
    assert sampling.allocate({5: 1.0, 6: 2.0, 8: 4.0}, 7, 0) == {5: 1, 6: 2, 8: 4}


def test_allocation_refuses_a_total_below_the_minimums():
    with pytest.raises(sampling.AllocationError) as caught:
        sampling.allocate({2: 1.0, 6: 1.0, 7: 1.0}, 8, 3)
    assert caught.value.strata == [2, 6, 7]
    assert "at least 9" in str(caught.value)


def test_homogeneous_neighbourhood_with_nodata_and_edges():
    a = np.array(
        [
            [2, 2, 2, 2, 6],
            [2, 2, 2, 2, 6],
            [2, 2, 2, 2, 2],
            [2, 2, 255, 2, 2],
            [2, 2, 2, 2, 2],
        ],
        dtype=np.uint8,
    )
    data = np.where(a == 255, np.nan, a).astype(np.float32)
    padded = np.pad(data, 1, constant_values=np.nan)
    result = sampling.homogeneous(padded, 3)
    # only pixels (1,1) and (1,2) have a full 3×3 of type 2 (row 3 holds nodata, column 4 type 6,
    # the border rows/columns reach past the raster)
    expected = np.zeros_like(result)
    expected[1, 1] = expected[1, 2] = True
    np.testing.assert_array_equal(result, expected)


def test_candidate_counts_are_exact_across_window_edges(stripe_raster):
    survey = sampling.survey(Source(stripe_raster, "VEGETATION"), 3, memory_budget=TINY_BUDGET)
    assert {c: s.candidates for c, s in survey.strata.items()} == STRIPE_CANDIDATES
    assert {c: s.pixels for c, s in survey.strata.items()} == STRIPE_PIXELS
    # area = pixels × 30 m × 30 m
    assert survey.strata[6].area_m2 == pytest.approx(7_200 * 900.0)


@pytest.mark.parametrize("size", [1, 5, 7])
def test_candidates_match_an_independent_count_for_other_windows(tmp_path, size):
    rng = np.random.default_rng(7)
    # blocky random types (8×8 patches) plus nodata holes, 520×530 pixels: windows split it
    patches = rng.integers(0, 4, size=(66, 67)).astype(np.uint8)
    array = np.kron(patches, np.ones((8, 8), dtype=np.uint8))[:520, :530]
    array[rng.random(array.shape) < 0.002] = 255
    path = write_raster(tmp_path / "blocky.tif", array, nodata=255)
    survey = sampling.survey(Source(path, "VEGETATION"), size, memory_budget=TINY_BUDGET)
    expected = reference_candidates(array, size, nodata=255)
    for code in (1, 2, 3):
        assert survey.strata[code].candidates == int((expected & (array == code)).sum())


def test_plan_follows_allocation_homogeneity_and_minimum_distance(stripe_raster):
    array = stripes()
    plan = sampling.plan_plots(
        Source(stripe_raster, "VEGETATION"),
        total=20,
        minimum=3,
        window=3,
        min_distance=300.0,
        seed=11,
        memory_budget=TINY_BUDGET,
    )
    # Allocation by hand: areas ∝ pixels 351 600 : 7 200 : 1 200 (sum 360 000); R = 20 − 9 = 11.
    # quotas 11·0.976667 = 10.743, 11·0.02 = 0.22, 11·0.003333 = 0.0367 → whole parts 10, 0, 0;
    # 1 plot left → largest fraction .743 (type 2) → 11, 0, 0 → n = 14, 3, 3.
    counts = {c: sum(1 for p in plan.plots if p.code == c) for c in (2, 6, 7)}
    assert counts == {2: 14, 6: 3, 7: 3}
    assert len(plan.plots) == 20
    for plot in plan.plots:
        window = array[plot.row - 1 : plot.row + 2, plot.col - 1 : plot.col + 2]
        assert window.shape == (3, 3) and (window == plot.code).all()
        # coordinates are the pixel centre
        assert plot.x == ORIGIN[0] + (plot.col + 0.5) * PIXEL
        assert plot.y == ORIGIN[1] - (plot.row + 0.5) * PIXEL
    xy = np.array([(p.x, p.y) for p in plan.plots])
    distances = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    assert distances[np.triu_indices(len(xy), 1)].min() >= 300.0


def test_plan_is_reproducible_and_independent_of_the_window_layout(stripe_raster):
    def plan(seed, budget):
        result = sampling.plan_plots(
            Source(stripe_raster, "VEGETATION"),
            total=12,
            minimum=2,
            window=3,
            min_distance=200.0,
            seed=seed,
            memory_budget=budget,
        )
        return [(p.code, p.row, p.col) for p in result.plots]

    first = plan(5, TINY_BUDGET)
    assert plan(5, TINY_BUDGET) == first
    # one big window instead of nine: same candidate numbering, so the same plots
    assert plan(5, 10**9) == first
    assert plan(6, TINY_BUDGET) != first


def test_a_stratum_too_small_for_its_minimum_is_named(tmp_path):
    a = np.full((40, 40), 2, dtype=np.uint8)
    a[10:13, 10:14] = 7  # a 3×4 patch: only 2 pixels (row 11, columns 11 and 12) are homogeneous
    path = write_raster(tmp_path / "t.tif", a)
    with pytest.raises(sampling.StratumError) as caught:
        sampling.plan_plots(
            Source(path, "VEGETATION"), total=8, minimum=3, window=3, min_distance=0, seed=1
        )
    error = caught.value
    assert (error.code, error.reason, error.candidates, error.needed) == (7, "too_small", 2, 3)
    assert "Stratum 7: too small" in str(error)


def test_a_fragmented_stratum_is_named(tmp_path):
    a = np.full((60, 60), 2, dtype=np.uint8)
    a[5:10, 5:10] = 6  # one 5×5 patch: 9 homogeneous pixels, all within 3 pixels (90 m)
    path = write_raster(tmp_path / "t.tif", a)
    with pytest.raises(sampling.StratumError) as caught:
        sampling.plan_plots(
            Source(path, "VEGETATION"), total=6, minimum=3, window=3, min_distance=200, seed=1
        )
    error = caught.value
    # 9 candidates ≥ 3 needed, but any two are at most √(2·90²) = 127 m apart < 200 m → 1 fits
    assert (error.code, error.reason, error.candidates, error.placed) == (6, "too_fragmented", 9, 1)
    assert "too fragmented" in str(error)


def test_shortfall_beyond_the_minimum_goes_to_other_strata(tmp_path):
    a = np.full((100, 100), 2, dtype=np.uint8)
    a[:, 50:] = 7
    a[0:5, 0:23] = 6  # a strip: homogeneous 3×3 only in rows 1–3, columns 1–21
    checker = (np.indices((80, 50)).sum(axis=0) % 2).astype(bool)
    a[20:100, 0:50][checker] = 6  # 2 000 px of type 6 with no homogeneous 3×3 at all
    path = write_raster(tmp_path / "t.tif", a)
    # Areas (px): 6 → 115 + 2 000 = 2 115; 7 → 5 000; 2 → 10 000 − 7 115 = 2 885.
    # TOTAL 30, minimum 2 → R = 24: quotas 5.076 (6), 12.0 (7), 6.924 (2) → 5, 12, 6 (23) and
    # 1 to the largest fraction .924 (type 2) → allocated 6: 7, 7: 14, 2: 9.
    # At 300 m (10 px) the strip (20 px = 600 m long, 3 rows) holds 2 plots whatever the draw
    # (from any first plot, column 1 or 21 is ≥ 10 px away) and at most 3 (0, 300, 600 m).
    plan = sampling.plan_plots(
        Source(path, "VEGETATION"), total=30, minimum=2, window=3, min_distance=300, seed=3
    )
    assert {c: s.allocated for c, s in plan.strata.items()} == {2: 9, 6: 7, 7: 14}
    assert len(plan.plots) == 30
    placed = {c: s.placed for c, s in plan.strata.items()}
    assert placed[6] in (2, 3)
    # what type 6 could not host went to the other types, and the plan says so
    assert plan.reallocated[6] == placed[6] - 7
    assert sum(plan.reallocated.values()) == 0
    assert placed[2] + placed[7] == 30 - placed[6]


def test_too_many_plots_for_the_area_is_an_error(tmp_path):
    path = write_raster(tmp_path / "t.tif", np.full((20, 20), 2, dtype=np.uint8))
    # 18 × 18 candidates span 510 m; at 400 m apart at most 4 plots fit, 10 asked
    with pytest.raises(sampling.ShortfallError):
        sampling.plan_plots(
            Source(path, "VEGETATION"), total=10, minimum=1, window=3, min_distance=400, seed=1
        )


def test_study_area_mask_limits_plots_and_areas(tmp_path, stripe_raster):
    from osgeo import ogr

    # study area: the western half (x < ORIGIN + 300 px · 30 m)
    ring = ogr.Geometry(ogr.wkbLinearRing)
    x0, y0 = ORIGIN
    for x, y in [(x0, y0), (x0 + 9000, y0), (x0 + 9000, y0 - 18000), (x0, y0 - 18000), (x0, y0)]:
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    grid = Source(stripe_raster, "VEGETATION").grid
    mask_path = sampling.rasterize_mask([polygon.ExportToWkb()], grid, str(tmp_path / "m.tif"))
    plan = sampling.plan_plots(
        Source(stripe_raster, "VEGETATION"),
        total=9,
        minimum=3,
        window=3,
        min_distance=0,
        seed=2,
        mask=Source(mask_path, "STUDY_AREA"),
    )
    assert all(p.col < 300 for p in plan.plots)
    # inside the western 300 columns: type 6 is the whole stripe (7 200 px); type 7 likewise
    # (1 200 px); type 2 is 300·600 − 7 200 − 1 200 = 171 600 px
    assert {c: s.pixels for c, s in plan.strata.items()} == {2: 171_600, 6: 7_200, 7: 1_200}


def test_geographic_raster_keeps_the_distance_in_metres(tmp_path):
    # 0.0001° pixels (≈ 11 m) at 22.5° N; 300 × 300 pixels ≈ 3.3 km × 3.1 km
    array = np.full((300, 300), 2, dtype=np.uint8)
    path = write_raster(tmp_path / "geo.tif", array, origin=(114.0, 22.6), pixel=0.0001, epsg=4326)
    plan = sampling.plan_plots(
        Source(path, "VEGETATION"), total=15, minimum=3, window=3, min_distance=500, seed=4
    )
    r = 6371008.8
    for i, a in enumerate(plan.plots):
        for b in plan.plots[i + 1 :]:
            # haversine distance, independent of the code's local projection
            p1, p2 = math.radians(a.y), math.radians(b.y)
            dl = math.radians(b.x - a.x)
            h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
            assert 2 * r * math.asin(math.sqrt(h)) >= 500 * 0.995


def test_fractional_codes_are_refused(tmp_path):
    path = write_raster(tmp_path / "ndvi.tif", np.full((10, 10), 0.55, dtype=np.float32))
    with pytest.raises(InputError, match="vegetation-type codes"):
        sampling.plan_plots(
            Source(path, "VEGETATION"), total=3, minimum=1, window=3, min_distance=0, seed=1
        )


def test_even_window_is_refused(stripe_raster):
    with pytest.raises(InputError, match="odd"):
        sampling.survey(Source(stripe_raster, "VEGETATION"), 4)


def test_real_worldcover_landscape(tmp_path):
    """ESA WorldCover 2021 at São Tomé (tests/data/groundcheck), types by the WorldCover preset."""
    from carbonsink_plugin.core.parameters import LAND_COVER_PRESETS

    here = __file__.rsplit("/core/", 1)[0]
    source = gdal.Open(f"{here}/data/groundcheck/worldcover_2021_saotome_subset.tif")
    land_cover = source.ReadAsArray()
    lookup = np.zeros(256, dtype=np.uint8)
    for value, code in LAND_COVER_PRESETS["worldcover"].items():
        lookup[value] = code
    types = lookup[land_cover]
    gt = source.GetGeoTransform()
    path = write_raster(
        tmp_path / "types.tif", types, origin=(gt[0], gt[3]), pixel=gt[1], epsg=4326
    )
    # WorldCover class 20 (shrub → type 6) has 5 pixels here: no 3×3 patch of it exists
    with pytest.raises(sampling.StratumError) as caught:
        sampling.plan_plots(
            Source(path, "VEGETATION"), total=20, minimum=3, window=3, min_distance=100, seed=1
        )
    assert (caught.value.code, caught.value.reason) == (6, "too_small")
    # forest and grassland only: every plot on a homogeneous 3×3 patch of its type
    plan = sampling.plan_plots(
        Source(path, "VEGETATION"),
        total=12,
        minimum=3,
        window=3,
        min_distance=100,
        seed=1,
        strata=[2, 7],
        memory_budget=TINY_BUDGET,
    )
    assert len(plan.plots) == 12
    assert reference_candidates(types, 3)[
        [p.row for p in plan.plots], [p.col for p in plan.plots]
    ].all()
    assert {c: s.pixels for c, s in plan.strata.items()} == {
        2: int((types == 2).sum()),
        7: int((types == 7).sum()),
    }
