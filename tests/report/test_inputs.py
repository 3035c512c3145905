"""What the report reads from files: one-pass raster summaries (hand-worked sums), the
provenance chain, grids and checksums."""

import json

import numpy as np
import pytest
from osgeo import gdal
from support import write_raster

from carbonsink_plugin.core import raster
from carbonsink_plugin.core.errors import Canceled
from carbonsink_plugin.report import inputs

NODATA = -9999.0


def test_summary_of_a_few_pixels_worked_by_hand(tmp_path):
    # 30 m pixels: 900 m² each. Values (gC·m⁻²·a⁻¹), one nodata:
    #   [ 100, −50,   0 ]
    #   [ 400, ND,  200 ]
    # valid area 5 · 900 = 4 500 m²; Σ value·area = (100 − 50 + 0 + 400 + 200) · 900 = 585 000 g
    # positive 3 pixels (2 700 m²), negative 1 (900 m²), non-zero 4 (3 600 m²)
    # types [2, 2, 0 / 6, 0, 0]: vegetated & valid = 100, −50, 400 → 3 pixels, Σ = 450 · 900
    values = np.array([[100, -50, 0], [400, NODATA, 200]], dtype=np.float32)
    types = np.array([[2, 2, 0], [6, 0, 0]], dtype=np.uint8)
    path = write_raster(tmp_path / "nep.tif", values, nodata=NODATA)
    veg = write_raster(tmp_path / "veg.tif", types, nodata=255)
    s = inputs.summarise(raster.Source(path, "NEP"))
    assert s.valid_m2 == pytest.approx(4500.0)
    assert s.total == pytest.approx(585000.0)
    assert (s.minimum, s.maximum) == (-50.0, 400.0)
    assert (s.positive_m2, s.negative_m2, s.nonzero_m2) == pytest.approx((2700.0, 900.0, 3600.0))
    assert s.mean == pytest.approx(130.0)  # 585 000 / 4 500
    assert s.mean_vegetated == pytest.approx(162.5)  # without types: 585 000 / 3 600
    assert s.total_t == pytest.approx(0.585)  # g → t
    assert s.vegetated_m2 is None
    v = inputs.summarise(raster.Source(path, "NEP"), raster.Source(veg, "VEGETATION"))
    assert v.vegetated_m2 == pytest.approx(2700.0)
    assert v.vegetated_total == pytest.approx(450.0 * 900)
    assert v.mean_vegetated == pytest.approx(150.0)


def test_summary_can_be_canceled(tmp_path):
    path = write_raster(tmp_path / "nep.tif", np.ones((4, 4), dtype=np.float32))
    with pytest.raises(Canceled):
        inputs.summarise(raster.Source(path, "NEP"), is_canceled=lambda: True)


def _with_metadata(path, metadata):
    dataset = gdal.Open(str(path), gdal.GA_Update)
    dataset.SetMetadata(metadata)
    dataset = None
    return str(path)


def test_provenance_follows_the_chain_and_finds_sample_data(tmp_path):
    ndvi = _with_metadata(
        write_raster(tmp_path / "ndvi.tif", np.ones((2, 2), np.float32)),
        {"CARBONSINK_SAMPLE": "GENERATED sample data"},
    )
    external = write_raster(tmp_path / "rh.tif", np.ones((2, 2), np.float32))
    npp = _with_metadata(
        write_raster(tmp_path / "npp.tif", np.ones((2, 2), np.float32)),
        raster.provenance(
            "carbonsink:casanpp",
            {"NDVI": ndvi, "OUTPUT": str(tmp_path / "npp.tif"), "PAR_FRACTION": 0.5},
            "0.1.0",
        ),
    )
    nep_meta = raster.provenance(
        "carbonsink:carbonsink",
        {"NPP": npp, "RH": external, "SINK_CLASS": str(tmp_path / "classes.tif")},
        "0.1.0",
    )
    nep = _with_metadata(write_raster(tmp_path / "nep.tif", np.ones((2, 2), np.float32)), nep_meta)
    classes = _with_metadata(
        write_raster(tmp_path / "classes.tif", np.ones((2, 2), np.uint8)), nep_meta
    )
    found = inputs.provenance([nep, classes])
    assert sorted(r.algorithm for r in found.runs) == [
        "carbonsink:carbonsink",
        "carbonsink:casanpp",
    ]
    carbon = next(r for r in found.runs if r.algorithm == "carbonsink:carbonsink")
    assert carbon.outputs == ["nep.tif", "classes.tif"]  # one run, two files
    assert carbon.version == "0.1.0"
    casa = next(r for r in found.runs if r.algorithm == "carbonsink:casanpp")
    assert casa.parameters["PAR_FRACTION"] == 0.5
    assert found.sample_files == ["ndvi.tif"]
    assert "GENERATED" in found.sample_note
    assert found.external == []  # rh.tif is an input of a run, not a given raster
    assert inputs.provenance([external]).external == ["rh.tif"]


def test_layer_lists_recorded_as_text_are_followed(tmp_path):
    years = []
    for year in (2021, 2022):
        path = tmp_path / f"nep_{year}.tif"
        years.append(
            _with_metadata(
                write_raster(path, np.ones((2, 2), np.float32)),
                raster.provenance("carbonsink:carbonsink", {"NPP": "x"}, "0.1.0"),
            )
        )
        # different creation times make different runs
    # carbonsink:trend records INPUTS with str(list): "['…/nep_2021.tif', '…/nep_2022.tif']"
    metadata = raster.provenance("carbonsink:trend", {"INPUTS": str(years)}, "0.1.0")
    slope = _with_metadata(
        write_raster(tmp_path / "slope.tif", np.ones((2, 2), np.float32)), metadata
    )
    found = inputs.provenance([slope])
    outputs = sorted(name for run in found.runs for name in run.outputs)
    assert outputs == ["nep_2021.tif", "nep_2022.tif", "slope.tif"]
    assert inputs.display_value(str(years)) == "nep_2021.tif, nep_2022.tif"
    assert json.loads(metadata["CARBONSINK_PARAMETERS"])["INPUTS"].startswith("[")


def test_display_values():
    assert inputs.display_value("/a/b/c.tif") == "c.tif"
    assert inputs.display_value("C:\\data\\nep.tif".replace("\\", "/")) == "nep.tif"
    assert inputs.display_value(0.0913) == "0.0913"
    assert inputs.display_value("breaks") == "breaks"
    assert inputs.display_value(None) == ""
    assert inputs.display_value(["/x/a.tif", "/y/b.tif"]) == "a.tif, b.tif"


def test_grid_info_and_differences(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.zeros((3, 4), np.float32))
    b = write_raster(tmp_path / "b.tif", np.zeros((3, 4), np.float32), pixel=60.0)
    info, grid_a = inputs.grid_info(a, "A")
    assert (info.width, info.height, info.pixel_x) == (4, 3, 30.0)
    assert info.crs.startswith("EPSG:4547")
    assert not info.geographic
    _info, grid_b = inputs.grid_info(b, "B")
    differences = inputs.grid_differences({"NEP": grid_a, "GRADE": grid_b, "NPP": grid_a})
    assert [(first, other) for first, other, _ in differences] == [("NEP", "GRADE")]
    assert "pixel" in differences[0][2][0]


def test_sha256_of_the_fips_180_2_test_vector(tmp_path):
    # FIPS 180-2, appendix B.1: SHA-256("abc")
    path = tmp_path / "abc 中文.txt"
    path.write_bytes(b"abc")
    assert inputs.sha256(str(path)) == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    assert inputs.sha256(str(path) + "|layername=x") == inputs.sha256(str(path))
    with pytest.raises(Canceled):
        inputs.sha256(str(path), is_canceled=lambda: True)


def test_runs_that_made_the_inputs_come_first_when_they_ran_in_the_same_second(tmp_path):
    created = "2024-01-01T00:00:00+00:00"
    rh = _with_metadata(
        write_raster(tmp_path / "rh.tif", np.ones((2, 2), np.float32)),
        {**raster.provenance("carbonsink:soilrespiration", {}, "1"), "CARBONSINK_CREATED": created},
    )
    nep_meta = raster.provenance("carbonsink:carbonsink", {"RH": rh}, "1")
    nep_meta["CARBONSINK_CREATED"] = created
    nep = _with_metadata(write_raster(tmp_path / "nep.tif", np.ones((2, 2), np.float32)), nep_meta)
    runs = inputs.provenance([nep]).runs
    assert [r.algorithm for r in runs] == ["carbonsink:soilrespiration", "carbonsink:carbonsink"]
    assert [r.depth for r in runs] == [1, 0]
    assert inputs.display_value("None") == "–"
