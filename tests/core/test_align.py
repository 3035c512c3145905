"""Warping onto a reference grid: values by hand, resampling choice, study area, cancel."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from support import read_raster, write_raster

from carbonsink_plugin.core import align, raster
from carbonsink_plugin.core.errors import Canceled
from carbonsink_plugin.core.raster import Grid, RasterError


def grid_of(path):
    return Grid.of(gdal.Open(str(path)))


def test_aggregating_by_average_and_identity(tmp_path):
    # 4×4 at 30 m → 2×2 at 60 m: each output pixel is the mean of a 2×2 block.
    data = np.arange(16, dtype=np.float32).reshape(4, 4)
    fine = write_raster(tmp_path / "fine.tif", data, nodata=-9999)
    coarse_ref = write_raster(tmp_path / "ref.tif", np.zeros((2, 2), np.float32), pixel=60)
    out = tmp_path / "out.tif"
    result = align.warp_to_grid(fine, grid_of(coarse_ref), str(out), resampling="average")
    values, nodata = read_raster(out)
    # blocks: (0+1+4+5)/4 = 2.5, (2+3+6+7)/4 = 4.5, (8+9+12+13)/4 = 10.5, (10+11+14+15)/4 = 12.5
    np.testing.assert_allclose(values[0], [[2.5, 4.5], [10.5, 12.5]], rtol=1e-6)
    assert nodata == [-9999] and result.data_type == "Float32"
    assert grid_of(out).differences(grid_of(coarse_ref)) == []
    # Warping onto its own grid changes nothing.
    same = tmp_path / "same.tif"
    align.warp_to_grid(fine, grid_of(fine), str(same), resampling="bilinear")
    assert read_raster(same)[0][0].tolist() == data.tolist()


def test_classes_keep_their_codes_and_colour_table(tmp_path):
    data = np.array([[10, 10, 50, 50], [10, 10, 50, 50]], np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, nodata=0)
    dataset = gdal.Open(path, gdal.GA_Update)
    table = gdal.ColorTable()
    table.SetColorEntry(10, (0, 100, 0, 255))
    dataset.GetRasterBand(1).SetColorTable(table)
    dataset = None
    ref = write_raster(
        tmp_path / "ref.tif", np.zeros((2, 4), np.float32), pixel=15, origin=(500000.0, 2500000.0)
    )
    assert align.guess_is_classes(path) == (True, "it has a colour table")
    out = tmp_path / "out.tif"
    align.warp_to_grid(path, grid_of(ref), str(out), resampling="nearest")
    result = gdal.Open(str(out))
    assert set(np.unique(result.ReadAsArray()).tolist()) <= {10, 50}
    assert result.GetRasterBand(1).GetColorTable().GetColorEntry(10)[:3] == (0, 100, 0)
    assert result.GetRasterBand(1).DataType == gdal.GDT_Byte


def test_data_kind_guess_and_resampling_choice(tmp_path):
    floats = write_raster(tmp_path / "f.tif", np.zeros((2, 2), np.float32))
    ints = write_raster(tmp_path / "i.tif", np.zeros((2, 2), np.int16))
    assert align.guess_is_classes(floats)[0] is False
    assert align.guess_is_classes(ints) == (True, "its pixels are integers")
    dataset = gdal.Open(ints, gdal.GA_Update)
    dataset.SetMetadataItem("scale_factor", "0.0001")
    dataset = None
    assert align.guess_is_classes(ints)[0] is False
    assert align.choose_resampling(True, 10, 30) == "nearest"
    assert align.choose_resampling(False, 10, 30) == "average"
    assert align.choose_resampling(False, 30, 30) == "bilinear"
    assert align.choose_resampling(False, 30, 10) == "bilinear"


def test_reprojection_between_crs(tmp_path):
    # A constant field in WGS84 over Shenzhen, warped to a CGCS2000 GK grid: still constant.
    source = write_raster(
        tmp_path / "wgs.tif",
        np.full((40, 40), 7.0, np.float32),
        epsg=4326,
        pixel=0.01,
        origin=(113.8, 22.8),
    )
    ref = write_raster(
        tmp_path / "ref.tif",
        np.zeros((10, 10), np.float32),
        origin=(490000.0, 2500000.0),
        pixel=100,
    )
    out = tmp_path / "gk.tif"
    align.warp_to_grid(source, grid_of(ref), str(out), resampling="bilinear")
    values = read_raster(out)[0][0]
    assert np.all(values == 7.0)


def test_no_overlap_is_an_error_that_names_the_input(tmp_path):
    source = write_raster(
        tmp_path / "far away.tif", np.ones((2, 2), np.float32), origin=(700000.0, 3000000.0)
    )
    ref = write_raster(tmp_path / "ref.tif", np.zeros((2, 2), np.float32))
    with pytest.raises(RasterError, match="INPUT: 'far away.tif' does not overlap REFERENCE"):
        align.check_overlap(source, grid_of(ref), "INPUT", "REFERENCE")
    assert align.check_overlap(ref, grid_of(ref), "INPUT", "REFERENCE") == pytest.approx(1.0)


def polygon_layer(path, wkt_polygons, epsg=4547):
    driver = ogr.GetDriverByName("GPKG")
    datasource = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = datasource.CreateLayer("area", srs, ogr.wkbPolygon)
    for wkt in wkt_polygons:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    datasource = None
    return str(path)


def test_study_area_clips_to_nodata(tmp_path):
    # 4×4 at 30 m from (500000, 2500000); the polygon covers the left two columns.
    data = np.ones((4, 4), np.float32)
    source = write_raster(tmp_path / "in.tif", data, nodata=-9999)
    area = polygon_layer(
        tmp_path / "研究 区.gpkg",
        [
            "POLYGON((500000 2500000, 500060 2500000, 500060 2499880, "
            "500000 2499880, 500000 2500000))"
        ],
    )
    assert align.check_cutline(area, "area", grid_of(source), "STUDY_AREA") == 1
    out = tmp_path / "clip.tif"
    align.warp_to_grid(
        source, grid_of(source), str(out), resampling="nearest", cutline=(area, "area")
    )
    values = read_raster(out)[0][0]
    assert np.all(values[:, :2] == 1) and np.all(np.isnan(values[:, 2:]))


def test_study_area_outside_or_empty(tmp_path):
    source = write_raster(tmp_path / "in.tif", np.ones((4, 4), np.float32))
    far = polygon_layer(tmp_path / "far.gpkg", ["POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"])
    with pytest.raises(RasterError, match="STUDY_AREA: the study area .* does not overlap"):
        align.check_cutline(far, "area", grid_of(source), "STUDY_AREA")
    empty = polygon_layer(tmp_path / "empty.gpkg", [])
    with pytest.raises(RasterError, match="has no polygon"):
        align.check_cutline(empty, "area", grid_of(source), "STUDY_AREA")


def test_cancel_stops_gdal_and_leaves_nothing(tmp_path):
    source = write_raster(tmp_path / "in.tif", np.ones((300, 300), np.float32))
    ref = write_raster(tmp_path / "ref.tif", np.zeros((900, 900), np.float32), pixel=10)
    out = tmp_path / "out.tif"
    out.write_bytes(b"older result")
    with pytest.raises(Canceled):
        align.warp_to_grid(
            source, grid_of(ref), str(out), resampling="bilinear", is_canceled=lambda: True
        )
    assert sorted(os.listdir(tmp_path)) == ["in.tif", "out.tif", "ref.tif"]
    assert out.read_bytes() == b"older result"


def test_output_equal_to_input_is_refused(tmp_path):
    source = write_raster(tmp_path / "in.tif", np.ones((2, 2), np.float32))
    with pytest.raises(RasterError, match="inputs are never overwritten"):
        align.warp_to_grid(source, grid_of(source), source, resampling="nearest")


def test_warped_vrt_reads_like_a_file(tmp_path):
    data = np.arange(16, dtype=np.float32).reshape(4, 4)
    fine = write_raster(tmp_path / "fine.tif", data, nodata=-9999)
    ref = write_raster(tmp_path / "ref.tif", np.zeros((2, 2), np.float32), pixel=60)
    vrt = align.warped_vrt(fine, grid_of(ref), str(tmp_path / "w.vrt"), "average", "INPUT")
    block = raster.read_whole(vrt, "INPUT")
    np.testing.assert_allclose(block, [[2.5, 4.5], [10.5, 12.5]], rtol=1e-6)


def test_a_nodata_pixel_of_one_band_never_leaks_into_its_neighbours(tmp_path):
    # Two months, 10 everywhere; month 2 has one nodata pixel. 4×4 at 30 m → 2×2 at 60 m by
    # average: month 2's top-left block averages its 3 valid pixels (10), not (3·10 − 9999)/4.
    # (GDAL's default warps a pixel as nodata only when every band is nodata there.)
    data = np.full((2, 4, 4), 10.0, np.float32)
    data[1, 0, 0] = -9999
    stack = write_raster(tmp_path / "stack.tif", data, nodata=-9999)
    coarse = write_raster(tmp_path / "ref.tif", np.zeros((2, 2), np.float32), pixel=60)
    for resampling in ("average", "bilinear"):
        out = tmp_path / f"out_{resampling}.tif"
        align.warp_to_grid(stack, grid_of(coarse), str(out), resampling=resampling)
        values, _nodata = read_raster(out)
        assert np.nanmin(values) == pytest.approx(10.0) and np.nanmax(values) == pytest.approx(10.0)
