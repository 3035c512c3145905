"""A product that cannot be right is an error, and messages name the true cause (issue 12 §2–3).

Through processing.run, on the real data of tests/data where there is some (MOD13Q1 scenes,
ESA WorldCover, the synthetic MOD17 file) and on hand-made rasters otherwise. Every refusal
is asserted by its message, with the inputs byte-identical afterwards, nothing left behind in
the output folder and an older file at the output path kept.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from plot_layers import write_layer
from qgis.core import QgsProcessingException
from stage1_support import DATA, chinese_folder, copy_data, run, worldcover
from support import ORIGIN, PIXEL, read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")

OLDER = b"an older result the failed run must keep"


def snapshot(folder: Path) -> dict[str, str]:
    """{relative path: SHA-256} of every file under `folder`. Not the PAM sidecar QGIS itself
    writes beside an HDF4 input when it drops the layer it loaded for the parameter
    (<file>.hdf.aux.xml, QgsRasterLayer on any run, outside the algorithm)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".hdf.aux.xml")
    }


def refused(algorithm, parameters, folder: Path, pattern: str) -> str:
    """Run, expect a QgsProcessingException matching `pattern`; the folder (inputs and the
    older OUTPUT) is unchanged afterwards. Returns the message."""
    before = snapshot(folder)
    with pytest.raises(QgsProcessingException, match=pattern) as raised:
        run(algorithm, parameters)
    assert snapshot(folder) == before, "an input or an older output changed, or a file was left"
    return str(raised.value)


def older_output(folder: Path, name: str) -> str:
    path = folder / name
    path.write_bytes(OLDER)
    return str(path)


def modis_scenes(folder: Path) -> list[Path]:
    return sorted(copy_data("modis_mod13q1_57N125E", folder).glob("*_NDVI_sub24.tif"))


def cloud_over(path: Path) -> None:
    """Every pixel of a (copied) scene set to its fill value −3000: all cloud."""
    dataset = gdal.Open(str(path), gdal.GA_Update)
    band = dataset.GetRasterBand(1)
    band.WriteArray(np.full((dataset.RasterYSize, dataset.RasterXSize), -3000, np.int16))
    dataset = None


# --- monthlycomposite -----------------------------------------------------------------------


def test_every_scene_all_cloud_is_an_error_not_a_nodata_stack(tmp_path):
    folder = chinese_folder(tmp_path)
    scenes = modis_scenes(folder)[:14]  # 14 real dates, May 2010 – Nov 2010
    for path in scenes:
        cloud_over(path)
    out = older_output(folder, "ndvi 合成.tif")
    message = refused(
        "monthlycomposite",
        {"INPUTS": [str(p) for p in scenes], "SCALE": 0.0001, "OUTPUT": out,
         "ALLOW_FEW_MONTHS": True},
        folder,
        r"none of the 14 scene\(s\) holds a valid pixel",
    )  # fmt: skip
    assert "[INPUTS]" in message and "no output was written" in message


def test_thirteen_january_scenes_are_refused_and_name_the_empty_months(tmp_path):
    folder = chinese_folder(tmp_path)
    scenes = [str(p) for p in modis_scenes(folder)[:13]]
    dates = "\n".join(f"2021-01-{day:02d}" for day in range(1, 14))  # all of them January
    out = older_output(folder, "january.tif")
    message = refused(
        "monthlycomposite",
        {"INPUTS": scenes, "DATES": dates, "SCALE": 0.0001, "OUTPUT": out},
        folder,
        r"only 1 of the 12 months have a valid observation \(1\)",
    )
    assert "the other 11 months (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)" in message
    assert "every band would be a copy of month 1" in message
    assert "Add scenes of some of the months 2, 3" in message and "[ALLOW_FEW_MONTHS]" in message
    # explicitly allowed, every band is January's maximum (one month observed: copied)
    results, _ = run(
        "monthlycomposite",
        {"INPUTS": scenes, "DATES": dates, "SCALE": 0.0001, "ALLOW_FEW_MONTHS": True,
         "OUTPUT": str(folder / "allowed.tif")},
    )  # fmt: skip
    values = read_raster(results["OUTPUT"])[0]
    raw = np.stack([gdal.Open(s).ReadAsArray().astype(np.float64) for s in scenes])
    january = np.nanmax(np.where(raw == -3000, np.nan, raw * 0.0001), axis=0)
    for band in values:
        np.testing.assert_allclose(band, january, atol=1e-6)


def test_months_whose_scenes_are_all_cloud_count_as_empty(tmp_path):
    """One real scene per month (DATES 1…12), the first seven all cloud: 5 months observed."""
    folder = chinese_folder(tmp_path)
    scenes = modis_scenes(folder)[:12]
    for path in scenes[:7]:
        cloud_over(path)
    out = older_output(folder, "stack.tif")
    message = refused(
        "monthlycomposite",
        {"INPUTS": [str(p) for p in scenes], "DATES": " ".join(str(m) for m in range(1, 13)),
         "SCALE": 0.0001, "OUTPUT": out},
        folder,
        r"only 5 of the 12 months have a valid observation \(8, 9, 10, 11, 12\)",
    )  # fmt: skip
    assert "Month(s) 1, 2, 3, 4, 5, 6, 7 have scenes, but no valid pixel" in message


# --- importnpp ------------------------------------------------------------------------------


def test_a_product_tile_beside_the_reference_is_an_error_as_in_align(tmp_path):
    folder = chinese_folder(tmp_path)
    hdf = next(copy_data("mod17a3hgf_synthetic", folder).glob("*.hdf"))
    # a reference in the Gulf of Guinea; the tile h28v06 is over Shenzhen
    reference = write_raster(
        folder / "参考 grid.tif", np.zeros((4, 4), np.float32), epsg=4326, origin=(0.0, 1.0),
        pixel=0.01,
    )  # fmt: skip
    out = older_output(folder, "npp.tif")
    message = refused(
        "importnpp",
        {"INPUT": str(hdf), "REFERENCE": reference, "OUTPUT": out},
        folder,
        r"\[INPUT\]: '.*synthetic.hdf \(Npp_500m\)' does not overlap .*\[REFERENCE\]",
    )
    assert "in the reference CRS" in message


# --- vegetationtypes ------------------------------------------------------------------------

TYPE_TABLE = "code,epsilon_max,ndvi_max,ndvi_min\n" + "\n".join(
    f"{code},0.6,0.7,0.02" for code in (1, 2, 3, 4, 5, 6, 7, 8, 9)
)


def test_a_mapping_row_to_a_type_outside_the_table_is_named(tmp_path):
    folder = chinese_folder(tmp_path)
    land = worldcover(folder)
    out = older_output(folder, "types.tif")
    parameters = {"INPUT": str(land), "TABLE": [60, 7, 95, 2, 20, 9], "OUTPUT": out}
    message = refused(
        "vegetationtypes",
        parameters,
        folder,
        r"\[TABLE\]: row 3 maps land-cover value 20 to vegetation type 9, which is not a code",
    )
    assert "(the built-in table: 0, 1, 2, 3, 4, 5, 6, 7, 8)" in message and "[TYPES_CSV]" in message
    # with the user's table that has type 9 (as the NPP step will use), it runs
    table = folder / "植被 types.csv"
    table.write_text(TYPE_TABLE, encoding="utf-8")
    results, _ = run("vegetationtypes", {**parameters, "TYPES_CSV": str(table),
                                         "OUTPUT": str(folder / "ok.tif")})  # fmt: skip
    codes = read_raster(results["OUTPUT"])[0][0]
    # WorldCover 20 (shrubland) → 9 by the table; the subset holds class 20
    original = gdal.Open(str(land)).ReadAsArray()
    assert np.all(codes[original == 20] == 9) and np.all(codes[original == 10] == 2)


# --- ndvi -----------------------------------------------------------------------------------

# Landsat C2 L2 DN for reflectance ρ: DN = (ρ + 0.2)/0.0000275 — red 0.05 → 9091, NIR 0.40
# → 21818: NDVI (0.40 − 0.05)/0.45 = 0.778; with the bands swapped −0.778.
RED_DN, NIR_DN = 9091, 21818


def landsat_pair(folder, level="L2SP", red_name=None):
    stem = f"LC09_{level}_122044_20230101_20230103_02_T1"
    red = write_raster(folder / (red_name or f"{stem}_SR_B4.TIF"),
                       np.full((3, 3), RED_DN, np.uint16))  # fmt: skip
    nir = write_raster(folder / f"{stem}_SR_B5.TIF", np.full((3, 3), NIR_DN, np.uint16))
    return red, nir


def test_swapped_red_and_nir_warn_naming_both_band_parameters(tmp_path):
    folder = chinese_folder(tmp_path)
    red, nir = landsat_pair(folder)
    results, log = run("ndvi", {"RED": red, "NIR": nir, "OUTPUT": str(folder / "right.tif")})
    assert read_raster(results["OUTPUT"])[0][0, 0, 0] == pytest.approx(0.35 / 0.45, abs=1e-3)
    assert "look swapped" not in log
    results, log = run("ndvi", {"RED": nir, "NIR": red, "OUTPUT": str(folder / "swapped.tif")})
    assert read_raster(results["OUTPUT"])[0][0, 0, 0] == pytest.approx(-0.35 / 0.45, abs=1e-3)
    assert "NDVI is negative on 100% of the 9 valid pixels" in log
    assert "red and near-infrared look swapped" in log
    assert "[RED_BAND]" in log and "[NIR_BAND]" in log


def test_a_landsat_level1_scene_is_refused_by_the_level2_preset(tmp_path):
    folder = chinese_folder(tmp_path)
    red, nir = landsat_pair(folder, level="L1TP")
    out = older_output(folder, "ndvi.tif")
    message = refused(
        "ndvi",
        {"RED": red, "NIR": nir, "SENSOR": "landsat_c2l2", "OUTPUT": out},
        folder,
        r"\[RED\]: 'LC09_L1TP_.*_SR_B4.TIF' is a Level-1 scene \(L1TP, collection 02",
    )
    assert "Collection 2 Level-2" in message and "'reflectance' preset" in message


def test_an_output_over_the_red_layer_names_red_when_nir_is_its_band(tmp_path):
    folder = chinese_folder(tmp_path)
    bands = write_raster(folder / "bands.tif", np.stack([
        np.full((3, 3), RED_DN, np.uint16), np.full((3, 3), NIR_DN, np.uint16)]))  # fmt: skip
    message = refused(
        "ndvi",
        {"RED": bands, "RED_BAND": 1, "NIR_BAND": 2, "OUTPUT": bands},
        folder,
        r"is the input [^\[]*\[RED\].*inputs are never overwritten",
    )
    assert "NIR_BAND" not in message


# --- groundcheck ----------------------------------------------------------------------------


def test_an_all_nodata_model_raster_says_it_has_no_value_at_the_plots(tmp_path):
    folder = chinese_folder(tmp_path)
    model = write_raster(folder / "npp.tif", np.full((10, 10), -9999, np.float32), nodata=-9999)
    points = [(ORIGIN[0] + (c + 0.5) * PIXEL, ORIGIN[1] - (r + 0.5) * PIXEL) for r, c in
              [(1, 1), (2, 5), (6, 3)]]  # fmt: skip
    plots = write_layer(
        folder / "plots.gpkg", 4547, [("plot_id", "string"), ("measured", "double")],
        [(p, [f"P{i}", 500.0 + i]) for i, p in enumerate(points)],
    )  # fmt: skip
    message = refused(
        "groundcheck",
        {"PLOTS": plots, "RASTER": model, "MEASURED_FIELD": "measured",
         "OUTPUT": str(folder / "check.gpkg"), "METRICS": str(folder / "metrics.csv")},
        folder,
        r"\[RASTER\]: the raster has no value at the plots \(3 of 3 plots on nodata pixels",
    )  # fmt: skip
    assert "holds no valid pixel at all" in message
    assert "Fill in" not in message and "MEASURED_FIELD" not in message


# --- stations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("站点 empty.csv", b"", "is empty (0 bytes)"),
        ("stations.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "is a PDF document"),
    ],
)
def test_a_station_file_that_is_not_a_table_is_said_to_be_what_it_is(tmp_path, name, content,
                                                                     what):  # fmt: skip
    folder = chinese_folder(tmp_path)
    stations = folder / name
    stations.write_bytes(content)
    reference = write_raster(folder / "dem.tif", np.zeros((4, 4), np.float32))
    message = refused(
        "stations",
        {"STATIONS": str(stations), "REFERENCE": reference, "OUTPUT": str(folder / "t.tif")},
        folder,
        rf"\[STATIONS\]: .{re.escape(name)}. {re.escape(what)}, not a station table",
    )
    assert "not found" not in message  # QGIS's "Could not load source layer … not found"
    assert "A station table is a CSV text file (UTF-8 or GBK)" in message


# --- samplingplan ---------------------------------------------------------------------------


def types_raster(folder):
    return write_raster(folder / "types.tif", np.full((40, 40), 2, np.uint8), nodata=255)


def square(x0, y0, side):
    return [(x0, y0), (x0 + side, y0), (x0 + side, y0 - side), (x0, y0 - side)]


def test_a_study_area_beside_the_raster_says_so_with_both_extents(tmp_path):
    folder = chinese_folder(tmp_path)
    types = types_raster(folder)
    # the raster: x 500000…501200, y 2498800…2500000; the study area 10 km east of it
    area = write_layer(folder / "研究区.gpkg", 4547, [("name", "string")],
                       [(square(511200, 2500000, 600), ["east"])], geometry="polygon")  # fmt: skip
    message = refused(
        "samplingplan",
        {"VEGETATION": types, "STUDY_AREA": area, "TOTAL": 3, "OUTPUT": str(folder / "p.gpkg")},
        folder,
        r"\[STUDY_AREA\]: the study area \(x 511200 … 511800, y 2.4994e\+06 … 2.5e\+06\) does "
        r"not overlap .*\[VEGETATION\] \(x 500000 … 501200, y 2.4988e\+06 … 2.5e\+06\)",
    )
    assert "CRS" in message


def test_a_zero_area_study_area_polygon_is_refused_and_gets_no_plots(tmp_path):
    folder = chinese_folder(tmp_path)
    types = types_raster(folder)
    x0, y0 = ORIGIN
    collapsed = [(x0 + 100, y0 - 100), (x0 + 600, y0 - 600), (x0 + 1100, y0 - 1100)]  # a line
    area = write_layer(folder / "area.gpkg", 4547, [("name", "string")],
                       [(square(x0, y0, 600), ["ok"]), (collapsed, ["line"])],
                       geometry="polygon")  # fmt: skip
    message = refused(
        "samplingplan",
        {"VEGETATION": types, "STUDY_AREA": area, "TOTAL": 3, "OUTPUT": str(folder / "p.gpkg")},
        folder,
        r"\[STUDY_AREA\]: feature 2 is a polygon of zero area",
    )
    assert "remove the feature" in message


# --- enums: a name or its number ------------------------------------------------------------


def test_an_enum_takes_its_option_number_as_qgis_process_help_says(tmp_path):
    folder = chinese_folder(tmp_path)
    land = str(worldcover(folder))
    by_name, _ = run("vegetationtypes", {"INPUT": land, "PRESET": "worldcover",
                                         "OUTPUT": str(folder / "name.tif")})  # fmt: skip
    by_number, _ = run("vegetationtypes", {"INPUT": land, "PRESET": 0,
                                           "OUTPUT": str(folder / "number.tif")})  # fmt: skip
    by_text, _ = run("vegetationtypes", {"INPUT": land, "PRESET": "0",  # as qgis_process gives it
                                         "OUTPUT": str(folder / "text.tif")})  # fmt: skip
    expected = read_raster(by_name["OUTPUT"])[0]
    np.testing.assert_array_equal(read_raster(by_number["OUTPUT"])[0], expected)
    np.testing.assert_array_equal(read_raster(by_text["OUTPUT"])[0], expected)
    # the number was recorded as the option's name in the file's provenance
    metadata = gdal.Open(by_number["OUTPUT"]).GetMetadataItem("CARBONSINK_PARAMETERS")
    assert '"PRESET": "worldcover"' in metadata


@pytest.mark.parametrize("value", ["9", 6, "bogus"])  # 0…5 are the presets
def test_an_enum_value_that_is_neither_lists_the_allowed_values(tmp_path, value):
    folder = chinese_folder(tmp_path)
    land = str(worldcover(folder))
    message = refused(
        "vegetationtypes",
        {"INPUT": land, "PRESET": value, "OUTPUT": str(folder / "t.tif")},
        folder,
        rf"\[PRESET\]: '{value}' is not an allowed value",
    )
    # cnlucc (issue 17) after custom: the older options keep their numbers
    assert "0 = worldcover, 1 = clcd, 2 = globeland30, 3 = mcd12q1, 4 = custom, 5 = cnlucc" in (
        message
    )


def test_the_test_data_are_untouched():
    """The refusals above ran on copies; tests/data itself is never written to."""
    assert not list(DATA.rglob("*.aux.xml")) and not list(DATA.rglob("*.partial.tif"))
