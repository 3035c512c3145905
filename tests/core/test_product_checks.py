"""Products that cannot be right are errors (issue 12 §2–3), in the core, without QGIS.

Each check is given a case it must refuse and one it must let through; a refused pass leaves
nothing behind (no temporary file) and an older file at the output path survives.
"""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from osgeo import gdal, ogr
from support import read_raster, write_raster

from carbonsink_plugin.core import composite, landcover, ndvi, nppimport, raster, sampling, stations
from carbonsink_plugin.core.errors import InputError

HDF = os.path.join(
    os.path.dirname(os.path.dirname(__file__)),
    "data",
    "mod17a3hgf_synthetic",
    "MOD17A3HGF.A2021001.h28v06.061.synthetic.hdf",
)


# --- the engine's accept hook ---------------------------------------------------------------


def test_accept_refuses_after_the_pass_and_the_older_file_survives(tmp_path):
    source_path = write_raster(tmp_path / "in.tif", np.full((3, 4), np.nan, np.float32))
    out = tmp_path / "out.tif"
    out.write_bytes(b"older result")
    seen = []

    def accept(summary):
        seen.append((summary.valid["OUTPUT"], summary.nodata["OUTPUT"]))
        if not summary.valid["OUTPUT"]:
            raise InputError("OUTPUT: all nodata.")

    sources = {"IN": raster.Source(source_path, "IN")}
    with pytest.raises(InputError, match="all nodata"):
        raster.run_blocks(
            sources, {"OUTPUT": raster.Output(str(out))}, lambda b: {"OUTPUT": b["IN"][0]},
            accept=accept,
        )  # fmt: skip
    assert seen == [(0, 12)]  # 3 × 4 pixels, every one nodata, counted before the commit
    assert out.read_bytes() == b"older result"
    assert sorted(os.listdir(tmp_path)) == ["in.tif", "out.tif"]  # no .partial.tif left


def test_accept_lets_a_good_product_through_with_its_counts(tmp_path):
    data = np.array([[1, np.nan], [3, 4]], np.float32)
    source_path = write_raster(tmp_path / "in.tif", data)
    out = tmp_path / "out.tif"
    seen = []
    summary = raster.run_blocks(
        {"IN": raster.Source(source_path, "IN")},
        {"OUTPUT": raster.Output(str(out))},
        lambda b: {"OUTPUT": b["IN"][0] * 2},
        accept=lambda s: seen.append(dict(s.valid)),
    )
    assert seen == [{"OUTPUT": 3}] and summary.valid == {"OUTPUT": 3}
    assert read_raster(out)[0][0].tolist()[1] == [6.0, 8.0]


# --- monthlycomposite -----------------------------------------------------------------------


def test_thirteen_january_scenes_would_copy_january_into_every_month():
    with pytest.raises(InputError) as raised:
        composite.check_month_coverage([1] * 13, "INPUTS", "ALLOW_FEW_MONTHS")
    message = str(raised.value)
    assert "only 1 of the 12 months have a valid observation (1)" in message
    assert "the other 11 months (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)" in message
    assert "(every band would be a copy of month 1)" in message
    assert "tick ALLOW_FEW_MONTHS" in message


def test_half_the_year_observed_is_enough_and_five_months_are_not():
    composite.check_month_coverage([1, 3, 5, 7, 9, 11], "INPUTS", "ALLOW")  # 6 empty: fine
    composite.check_month_coverage(range(1, 13), "INPUTS", "ALLOW")
    with pytest.raises(InputError, match=r"only 5 of the 12 months.*the other 7 months"):
        composite.check_month_coverage([1, 3, 5, 7, 9], "INPUTS", "ALLOW")


def test_months_whose_scenes_are_all_cloud_are_named_as_such():
    with pytest.raises(InputError) as raised:
        composite.check_month_coverage([6, 7], "INPUTS", "ALLOW", with_scenes=[1, 2, 3, 4, 5, 6, 7])
    assert "Month(s) 1, 2, 3, 4, 5 have scenes, but no valid pixel in them" in str(raised.value)


def test_a_stack_without_any_valid_observation_is_refused():
    composite.check_any_observation(1, 3, "INPUTS")
    with pytest.raises(InputError, match=r"INPUTS: none of the 3 scene\(s\) holds a valid pixel"):
        composite.check_any_observation(0, 3, "INPUTS")


# --- importnpp ------------------------------------------------------------------------------


def test_a_product_that_misses_the_reference_is_refused_before_any_pass(tmp_path):
    path = str(tmp_path / "a.hdf")
    shutil.copy(HDF, path)
    source = raster.Source(nppimport.npp_dataset_path(path), "INPUT")
    gt = source.grid.geotransform
    # 1000 km east of the tile, same sinusoidal CRS
    far = raster.Grid(4, 4, (gt[0] + 1e6, gt[1], 0.0, gt[3], 0.0, gt[5]), source.grid.crs_wkt)
    out = tmp_path / "npp.tif"
    with pytest.raises(InputError, match=r"INPUT: 'a.hdf \(Npp_500m\)' does not overlap REFERENCE"):
        nppimport.import_npp(source, far, raster.Output(str(out)), workdir=str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["a.hdf"]


def test_a_product_with_only_fill_codes_over_the_reference_writes_nothing(tmp_path):
    # Every stored value is a code (32762 urban, 32766 water, 32767 fill): no NPP anywhere.
    codes = np.array([[32762, 32766], [32767, 32767]], np.int16)
    path = write_raster(tmp_path / "mod17.tif", codes)
    source = raster.Source(path, "INPUT")
    out = tmp_path / "npp.tif"
    out.write_bytes(b"older result")
    with pytest.raises(InputError, match="INPUT: the product has no valid NPP where it overlaps"):
        nppimport.import_npp(
            source, source.grid, raster.Output(str(out)), workdir=str(tmp_path),
            reference_name="REFERENCE",
        )  # fmt: skip
    assert out.read_bytes() == b"older result"
    assert sorted(os.listdir(tmp_path)) == ["mod17.tif", "npp.tif"]


# --- vegetationtypes ------------------------------------------------------------------------


def test_a_table_row_that_makes_a_type_outside_the_table_is_named():
    table = landcover.table_from_matrix([10, 2, 20, 6, 30, 12], "TABLE")
    mapping = landcover.build_mapping("custom", table)
    with pytest.raises(InputError) as raised:
        landcover.check_type_codes(mapping, table, landcover.KNOWN_CODES, "TABLE", "TYPES_CSV")
    message = str(raised.value)
    assert message.startswith("TABLE: row 3 maps land-cover value 30 to vegetation type 12")
    assert "(the built-in table: 0, 1, 2, 3, 4, 5, 6, 7, 8)" in message
    assert "give that file in TYPES_CSV" in message


def test_the_users_type_table_decides_which_codes_exist():
    table = landcover.table_from_matrix([30, 12], "TABLE")
    mapping = landcover.build_mapping("worldcover", table)
    # the user's table has 12 but not 8 (cropland, WorldCover 40): the preset entry is named
    with pytest.raises(InputError) as raised:
        landcover.check_type_codes(
            mapping, table, [1, 2, 3, 4, 5, 6, 7, 12], "TABLE", "TYPES_CSV", "types.csv",
            "worldcover",
        )  # fmt: skip
    message = str(raised.value)
    assert "the preset 'worldcover' maps land-cover value 40 to vegetation type 8" in message
    assert "('types.csv': 0, 1, 2, 3, 4, 5, 6, 7, 12)" in message
    landcover.check_type_codes(mapping, table, [*range(1, 9), 12], "TABLE", "TYPES_CSV", "t.csv")


def test_row_numbers_count_the_rows_as_written():
    table = landcover.table_from_matrix([10, 2, 10, 2, 20, 6], "TABLE")  # row 2 repeats row 1
    assert table == {10: 2, 20: 6} and table.rows == {10: 1, 20: 3}


# --- ndvi -----------------------------------------------------------------------------------

LEVEL1 = "LC08_L1TP_122044_20210101_20210308_02_T1_B4.TIF"
LEVEL2 = "LC08_L2SP_122044_20210101_20210308_02_T1_SR_B4.TIF"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (LEVEL1, r"is a Level-1 scene \(L1TP, collection 02.*its product name.*_L2SP_"),
        ("LC08_L1GT_122044_20210101_20210308_02_T2_B5.TIF", r"Level-1 scene \(L1GT"),
        ("LC08_L1TP_122044_20170101_20170311_01_T1_B4.TIF", r"Level-1 scene \(L1TP, collection 01"),
        (
            "LC08_L1TP_122044_20170101_20170311_01_T1_sr_band4.tif",
            r"a Collection 01 scene.*'custom' preset with scale 0.0001 and offset 0",
        ),
    ],
)
def test_a_landsat_scene_that_is_not_collection_2_level_2_is_refused(tmp_path, name, expected):
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(InputError, match=expected) as raised:
        ndvi.check_landsat_level(str(path), "RED")
    assert str(raised.value).startswith(f"RED: '{name}' is ")
    assert "wrong by up to 0.75" in str(raised.value)


def test_collection_2_level_2_and_unnamed_files_pass(tmp_path):
    (tmp_path / LEVEL2).write_bytes(b"")
    assert ndvi.landsat_scene(str(tmp_path / LEVEL2)) == ("L2SP", "02", None)
    assert ndvi.check_landsat_level(str(tmp_path / LEVEL2), "RED") is None  # not refused
    (tmp_path / "red.tif").write_bytes(b"")
    assert ndvi.landsat_scene(str(tmp_path / "red.tif")) is None  # no name, no MTL: not known
    assert ndvi.check_landsat_level(str(tmp_path / "red.tif"), "RED") is None


def test_the_mtl_file_beside_a_renamed_band_tells_the_level(tmp_path):
    (tmp_path / "red.tif").write_bytes(b"")
    (tmp_path / "LC08_L1TP_122044_20210101_20210308_02_T1_MTL.txt").write_text(
        'GROUP = PRODUCT_CONTENTS\n  COLLECTION_NUMBER = 02\n  PROCESSING_LEVEL = "L1TP"\n'
    )
    with pytest.raises(InputError, match=r"its metadata file 'LC08_L1TP_.*_MTL.txt' says"):
        ndvi.check_landsat_level(str(tmp_path / "red.tif"), "RED")
    (tmp_path / "LC08_L1TP_122044_20210101_20210308_02_T1_MTL.txt").write_text(
        "<LANDSAT_METADATA_FILE><PROCESSING_LEVEL>L2SP</PROCESSING_LEVEL>"
        "<COLLECTION_NUMBER>02</COLLECTION_NUMBER></LANDSAT_METADATA_FILE>"
    )
    ndvi.check_landsat_level(str(tmp_path / "red.tif"), "RED")


def test_swapped_red_and_nir_give_a_warning_that_names_both_bands():
    # Landsat C2 L2 DN for reflectance ρ: DN = (ρ + 0.2)/0.0000275. Vegetation: red 0.05 →
    # 9091, NIR 0.40 → 21818; NDVI = (0.40 − 0.05)/(0.45) = 0.778. Swapped: −0.778.
    red = np.full((3, 3), 9091, np.float32)
    nir = np.full((3, 3), 21818, np.float32)
    preset = ndvi.PRESETS["landsat_c2l2"]
    values, right = ndvi.compute_ndvi(red, nir, preset)
    assert values[0, 0] == pytest.approx(0.35 / 0.45, abs=1e-3)
    assert right.negative == 0 and ndvi.swapped_bands_hint(right, "RED_BAND", "NIR_BAND") is None
    values, swapped = ndvi.compute_ndvi(nir, red, preset)
    assert values[0, 0] == pytest.approx(-0.35 / 0.45, abs=1e-3)
    hint = ndvi.swapped_bands_hint(swapped, "RED_BAND", "NIR_BAND")
    assert hint is not None
    assert str(hint).startswith("NDVI is negative on 100% of the 9 valid pixels")
    assert "Check RED_BAND and NIR_BAND" in str(hint)


def test_a_lake_in_a_scene_is_not_a_swap():
    # 8 of 10 valid pixels negative (80 % < 90 %): water in a scene, no warning
    counts = ndvi.NdviCounts(valid=10, negative=8)
    assert ndvi.swapped_bands_hint(counts, "R", "N") is None
    assert ndvi.swapped_bands_hint(ndvi.NdviCounts(valid=10, negative=9), "R", "N") is not None


# --- samplingplan ---------------------------------------------------------------------------

GRID = raster.Grid(4, 4, (500000.0, 30.0, 0.0, 2500000.0, 0.0, -30.0), "")


def wkb(wkt: str) -> bytes:
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToWkb())


def test_a_zero_area_study_area_polygon_is_refused_as_such():
    inside = (
        "POLYGON((500000 2500000, 500060 2500000, 500060 2499940, 500000 2499940, 500000 2500000))"  # noqa: E501
    )
    line = "POLYGON((500000 2500000, 500060 2499940, 500120 2499880, 500000 2500000))"  # collinear
    with pytest.raises(InputError) as raised:
        sampling.check_study_area([wkb(inside), wkb(line)], GRID, "STUDY_AREA", "VEG", [7, 8])
    assert str(raised.value).startswith("STUDY_AREA: feature 8 is a polygon of zero area")
    sampling.check_study_area([wkb(inside)], GRID, "STUDY_AREA", "VEG", [7])


def test_a_study_area_beside_the_raster_is_refused_with_both_extents():
    # touching the raster's east edge (x = 500120) is not overlapping it
    beside = (
        "POLYGON((500120 2500000, 500200 2500000, 500200 2499900, 500120 2499900, 500120 2500000))"  # noqa: E501
    )
    with pytest.raises(InputError) as raised:
        sampling.check_study_area([wkb(beside)], GRID, "STUDY_AREA", "VEG")
    assert (
        "STUDY_AREA: the study area (x 500120 … 500200, y 2.4999e+06 … 2.5e+06) does not "
        "overlap VEG (x 500000 … 500120, y 2.49988e+06 … 2.5e+06)"
    ) in str(raised.value)


# --- stations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"", "is empty (0 bytes)"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "is a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is a PNG image"),
        (b"\x00\x01\x02\x03garbage\x00", "is a binary file, not text"),
        (b"\n  \n", "is blank"),
        (b"station,lon,lat", "is text with a single line and no data rows"),
    ],
)
def test_a_file_that_is_not_a_station_table_is_said_to_be_what_it_is(tmp_path, content, what):
    path = tmp_path / "气象 站.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        stations.refuse_station_file(str(path), "STATIONS")
    message = str(raised.value)
    assert message.startswith(f"STATIONS: '气象 站.csv' {what}")
    assert "A station table is a CSV text file (UTF-8 or GBK), one row per station" in message
    assert path.read_bytes() == content


def test_gdal_reads_none_of_those_files_as_a_table(tmp_path):
    """The files above are ones QGIS cannot open (it uses OGR): so the check is reached."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    dataset, _reason = raster.gdal_call(gdal.OpenEx, str(path), gdal.OF_VECTOR)
    assert dataset is None
