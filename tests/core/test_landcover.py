"""Land cover → vegetation types: presets, user tables, unmapped values, the real WorldCover."""

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from carbonsink_plugin.core import landcover
from carbonsink_plugin.core.errors import InputError

WORLDCOVER = next(
    (Path(__file__).resolve().parent.parent / "data" / "esa_worldcover_saotome").glob("*.tif")
)


def test_worldcover_preset_by_hand():
    # SPEC §2.5: 10 tree → 2, 20 shrub → 6, 30 grass → 7, 40 crop → 8, 50 built-up → 0,
    # 80 water → 0, 90 herbaceous wetland → 7, 95 mangroves → 2; nodata stays nodata (255).
    values = np.array([[10, 20, 30, 40, 50, 80, 90, 95, np.nan]], np.float32)
    mapping = landcover.build_mapping("worldcover", {})
    codes, counts, _ = landcover.reclassify(values, mapping)
    assert codes.tolist() == [[2, 6, 7, 8, 0, 0, 7, 2, 255]]
    assert counts == {10: 1, 20: 1, 30: 1, 40: 1, 50: 1, 80: 1, 90: 1, 95: 1}


@pytest.mark.parametrize(
    "preset,values,expected",
    [
        ("clcd", [1, 2, 3, 4, 5, 8, 9], [8, 2, 6, 7, 0, 0, 7]),
        ("globeland30", [10, 20, 30, 40, 50, 80], [8, 2, 7, 6, 7, 0]),
        # CNLUCC: 11 水田, 12 旱地 → 8; 21 有林地 → 2; 22 灌木林 → 6; 31 高覆盖度草地 → 7;
        # 42 湖泊, 51 城镇用地, 66 裸岩 → 0; 64 沼泽地 → 7.
        ("cnlucc", [11, 12, 21, 22, 31, 42, 51, 64, 66], [8, 8, 2, 6, 7, 0, 0, 7, 0]),
        (
            "mcd12q1",
            [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 17],
            [1, 2, 3, 4, 5, 6, 6, 7, 7, 7, 8, 0, 8, 0],
        ),
    ],
)
def test_other_presets_follow_the_spec(preset, values, expected):
    codes, _, _ = landcover.reclassify(
        np.array([values], np.float32), landcover.build_mapping(preset, {})
    )
    assert codes[0].tolist() == expected


def test_unmapped_values_become_nodata_or_zero_and_are_reported():
    values = np.array([[10, 33, 33, 7]], np.float32)
    mapping = landcover.build_mapping("worldcover", {})
    codes, counts, _ = landcover.reclassify(values, mapping, "nodata")
    assert codes.tolist() == [[2, 255, 255, 255]]
    rows, per_type, missing = landcover.summarise(counts, mapping, "nodata")
    assert missing == {7: 1, 33: 2} and per_type == {2: 1}
    codes, counts, _ = landcover.reclassify(values, mapping, "zero")
    assert codes.tolist() == [[2, 0, 0, 0]]
    assert landcover.summarise(counts, mapping, "zero")[1] == {2: 1, 0: 3}


def test_user_table_extends_and_overrides_a_preset():
    table = landcover.table_from_matrix([60, 7, "10", "1"])
    mapping = landcover.build_mapping("worldcover", table)
    assert mapping[60] == 7 and mapping[10] == 1 and mapping[95] == 2
    custom = landcover.build_mapping("custom", {3: 5})
    assert custom == {3: 5}


@pytest.mark.parametrize(
    "cells,message",
    [
        ([10, 2, 20], "needs two columns"),
        ([10, "x"], "row 1 is not numeric"),
        ([10.5, 2], "whole numbers"),
        ([10, 255], "outside 0–254"),
        ([10, 2, 10, 3], "mapped twice"),
    ],
)
def test_bad_tables_are_refused(cells, message):
    with pytest.raises(InputError, match=message):
        landcover.table_from_matrix(cells)


def test_custom_needs_a_table_and_fractional_land_cover_is_refused():
    with pytest.raises(InputError, match="'custom' preset needs a table"):
        landcover.build_mapping("custom", {})
    with pytest.raises(InputError, match="0.45 is not a whole number"):
        landcover.reclassify(np.array([[10, 0.45]], np.float32), {10: 2})


def test_areas_per_value_use_the_cell_area():
    values = np.array([[10, 10], [20, np.nan]], np.float32)
    area = np.array([[100.0], [200.0]])  # row areas (m²)
    _, counts, areas = landcover.reclassify(values, {10: 2, 20: 6}, cell_area=area)
    assert counts == {10: 2, 20: 1} and areas == {10: 200.0, 20: 200.0}


def test_real_worldcover_class_counts_are_preserved():
    """ESA WorldCover 2021 around São Tomé: each type's pixels = the sum of its classes."""
    data = gdal.Open(str(WORLDCOVER)).ReadAsArray()
    raw = {int(v): int(n) for v, n in zip(*np.unique(data, return_counts=True))}
    mapping = landcover.build_mapping("worldcover", {})
    codes, counts, _ = landcover.reclassify(data.astype(np.float32), mapping)
    assert counts == {v: n for v, n in raw.items() if v != 0}
    # type 2 = tree cover (10) + mangroves (95, absent here); type 0 = built-up, bare, water.
    assert int((codes == 2).sum()) == raw[10]
    assert int((codes == 0).sum()) == raw[50] + raw[60] + raw[80]
    assert int((codes == 7).sum()) == raw[30] and int((codes == 6).sum()) == raw[20]
    assert int((codes == 8).sum()) == raw[40]
