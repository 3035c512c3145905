"""The block raster engine, on rasters of a few pixels whose results are known by hand."""

import math
import os
import threading
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from support import read_raster, write_raster

from carbonsink_plugin.core import raster
from carbonsink_plugin.core.raster import (
    Canceled,
    GridMismatchError,
    Output,
    RasterError,
    Source,
    Window,
    iter_windows,
    run_blocks,
)

WGS84_A = 6378137.0
WGS84_INVF = 298.257223563


def grid(width, height):
    return raster.Grid(width, height, (0.0, 1.0, 0.0, 0.0, 0.0, -1.0), "")


@pytest.mark.parametrize("width,height", [(1, 1), (255, 257), (1000, 700), (513, 2049)])
@pytest.mark.parametrize("budget", [1, 300_000, 10**9])
def test_windows_cover_every_pixel_exactly_once(width, height, budget):
    covered = np.zeros((height, width), dtype=int)
    for window in iter_windows(grid(width, height), bytes_per_pixel=4, budget=budget):
        covered[window.slices] += 1
    assert (covered == 1).all()


def test_windows_start_on_tile_edges_and_respect_the_budget():
    # 4 bytes per pixel and a 1 MB budget allow 262 144 pixels: 1000-pixel-wide rows fit
    # 262 rows, rounded down to one 256-row tile band.
    windows = list(iter_windows(grid(1000, 700), bytes_per_pixel=4, budget=2**20))
    assert [w.row for w in windows] == [0, 256, 512]
    assert [w.height for w in windows] == [256, 256, 188]
    assert all(w.width == 1000 and w.col == 0 for w in windows)
    # A raster too wide for a 256-row band is cut across too: 262 144 pixels / 256 rows
    # = 1024 columns, so 5000 columns make 4 windows of 1024 and one of 904.
    wide = list(iter_windows(grid(5000, 300), bytes_per_pixel=4, budget=2**20))
    assert [w.width for w in wide if w.row == 0] == [1024, 1024, 1024, 1024, 904]
    assert all(w.col % 256 == 0 and w.row % 256 == 0 for w in wide)
    assert max(w.size for w in wide) * 4 <= 2**20


@pytest.mark.parametrize(
    "cache_mb,budget_mb", [(64, 128), (128, 128), (200, 200), (256, 256), (1200, 256)]
)
def test_the_budget_follows_gdals_cache_between_128_and_256_mb(cache_mb, budget_mb):
    # 256 MB at most: a run inside qgis_process starts from ~300 MB and the workflow must stay
    # under 1 GB at 10 m (issue 19); GDAL's default cache is 5 % of the machine's memory.
    before = gdal.GetCacheMax()
    gdal.SetCacheMax(cache_mb * 2**20)
    try:
        assert raster.default_memory_budget() == budget_mb * 2**20
    finally:
        gdal.SetCacheMax(before)


def test_a_pass_gives_its_freed_memory_back_without_error(tmp_path):
    # glibc's malloc_trim after every pass (elsewhere a no-op); the pass's results stand.
    write_raster(tmp_path / "a.tif", np.arange(12.0, dtype=np.float32).reshape(3, 4))
    summary = run_blocks(
        {"A": Source(str(tmp_path / "a.tif"), "A")},
        {"OUT": Output(str(tmp_path / "out.tif"))},
        lambda block: {"OUT": block["A"][0] * 2},
    )
    assert summary.valid["OUT"] == 12
    written, _nodata = read_raster(tmp_path / "out.tif")
    np.testing.assert_allclose(written[0], np.arange(12).reshape(3, 4) * 2)
    raster.release_free_memory()  # callable on its own too


def test_a_pass_starts_from_an_empty_block_cache_and_keeps_the_users_limit(tmp_path):
    # Blocks another handle left in GDAL's cache (QGIS's layers, issue 19) are dropped before
    # a pass allocates its windows; the cache limit stays the one set.
    data = np.arange(512 * 512, dtype=np.float32).reshape(512, 512)
    path = write_raster(tmp_path / "a.tif", data)
    other = gdal.Open(path)  # another handle, as a QGIS layer's
    other.GetRasterBand(1).ReadAsArray()
    assert gdal.GetCacheUsed() >= data.nbytes
    limit = gdal.GetCacheMax()
    seen = []

    def compute(block):
        seen.append(gdal.GetCacheUsed())
        return {"OUT": block["A"][0]}

    source = Source(path, "A")
    run_blocks({"A": source}, {"OUT": Output(str(tmp_path / "out.tif"))}, compute, workers=1)
    assert seen[0] < data.nbytes  # only the first window's own blocks, read after the drop
    assert gdal.GetCacheMax() == limit
    np.testing.assert_array_equal(other.GetRasterBand(1).ReadAsArray(), data)  # still usable
    other = None


def test_reads_as_float32_with_nodata_as_nan(tmp_path):
    data = np.array([[1, -3000, 3], [4, 5, 6]], dtype=np.int16)
    path = write_raster(tmp_path / "in.tif", data, nodata=-3000)
    block = Source(path, "IN").read(Window(0, 0, 3, 2))
    assert block.dtype == np.float32
    assert block.shape == (1, 2, 3)
    assert np.isnan(block[0, 0, 1])
    assert block[0, 1].tolist() == [4.0, 5.0, 6.0]


def test_nodata_in_any_input_is_nodata_in_the_output(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.array([[1.0, 2.0], [3.0, -1.0]], "float32"), nodata=-1)
    b = write_raster(tmp_path / "b.tif", np.array([[10, 0], [30, 40]], "uint8"), nodata=0)
    out = tmp_path / "sum.tif"
    sources = {"A": Source(a, "A"), "B": Source(b, "B")}
    summary = run_blocks(
        sources, {"SUM": Output(str(out))}, lambda blk: {"SUM": blk["A"] + blk["B"]}
    )
    values, nodata = read_raster(out)
    # (1+10), (2+nodata), (3+30), (nodata+40)
    np.testing.assert_array_equal(values[0], [[11, np.nan], [33, np.nan]])
    assert nodata == [raster.NODATA_FLOAT]
    assert summary.valid["SUM"] == 2 and summary.nodata["SUM"] == 2


def test_infinite_values_are_written_as_nodata_not_inf(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.array([[0.0, 2.0]], "float32"))
    out = tmp_path / "inv.tif"

    def inverse(block):
        with np.errstate(divide="ignore"):  # errstate is per thread: set it where numpy runs
            return {"INV": 1 / block["A"]}

    run_blocks({"A": Source(a, "A")}, {"INV": Output(str(out))}, inverse)
    values, _ = read_raster(out)
    assert np.isnan(values[0, 0, 0]) and values[0, 0, 1] == 0.5


def test_grid_mismatch_names_the_inputs_and_what_differs(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.zeros((4, 5), "float32"))
    b = write_raster(tmp_path / "b.tif", np.zeros((4, 6), "float32"))
    c = write_raster(tmp_path / "c.tif", np.zeros((4, 5), "float32"), pixel=10)
    d = write_raster(
        tmp_path / "d.tif",
        np.zeros((4, 5), "float32"),
        epsg=4326,
        pixel=0.001,
        origin=(114.0, 22.6),
    )
    with pytest.raises(GridMismatchError) as error:
        raster.open_sources({"NDVI": a, "SOL": b, "TEMPERATURE": c, "PRECIPITATION": d})
    message = str(error.value)
    # the named layer's values first: SOL (b) is 6 wide, NDVI (a) 5
    assert "SOL differs from NDVI: size 6×4 vs 5×4 pixels" in message
    assert "TEMPERATURE differs from NDVI" in message and "pixel 30×30" in message
    assert "pixel 10×10" in message
    assert "PRECIPITATION differs from NDVI" in message and "EPSG:4326" in message
    assert "carbonsink:align" in message


def test_band_count_is_checked(tmp_path):
    a = write_raster(tmp_path / "a.tif", np.zeros((11, 2, 2), "float32"))
    with pytest.raises(RasterError, match="NDVI: expected 12 band"):
        raster.open_sources({"NDVI": a}, expect_bands={"NDVI": 12})


def test_unreadable_input_names_the_parameter(tmp_path):
    bad = tmp_path / "not a raster.tif"
    bad.write_text("hello")
    with pytest.raises(RasterError, match=r"SOL: cannot open .*not a raster\.tif"):
        Source(str(bad), "SOL")


def test_many_windows_on_many_threads_give_the_single_window_result(tmp_path):
    rng = np.random.default_rng(1)
    data = rng.random((2, 700, 1000), dtype=np.float32)
    path = write_raster(tmp_path / "in.tif", data)
    expected = data[0] * 2 - data[1]
    order, totals = [], []

    def on_block(block, result):
        order.append((block.window.row, block.window.col))
        totals.append(float(np.sum(result["OUT"], dtype=np.float64)))

    out = tmp_path / "out.tif"
    summary = run_blocks(
        {"IN": Source(path, "IN")},
        {"OUT": Output(str(out))},
        lambda b: {"OUT": b["IN"][0] * 2 - b["IN"][1]},
        on_block=on_block,
        memory_budget=600_000,
        workers=3,
    )
    assert summary.windows > 4
    assert order == sorted(order)  # on_block sees windows in row-major order
    np.testing.assert_allclose(read_raster(out)[0][0], expected, rtol=1e-6)
    assert sum(totals) == pytest.approx(float(expected.sum(dtype=np.float64)), rel=1e-6)


def test_outputs_are_tiled_compressed_and_described(tmp_path):
    path = write_raster(tmp_path / "in.tif", np.ones((3, 4), "float32"))
    out = tmp_path / "class.tif"
    spec = Output(
        str(out),
        bands=2,
        dtype="uint8",
        descriptions=["month=01", "month=02"],
        metadata=raster.provenance("carbonsink:test", {"A": 1}, "9.9"),
    )
    run_blocks(
        {"IN": Source(path, "IN")},
        {"C": spec},
        lambda b: {"C": np.stack([b["IN"][0], b["IN"][0] * 2])},
    )
    dataset = gdal.Open(str(out))
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert dataset.GetRasterBand(1).GetBlockSize() == [256, 256]
    assert dataset.GetRasterBand(1).DataType == gdal.GDT_Byte
    assert dataset.GetRasterBand(2).GetNoDataValue() == 255
    assert dataset.GetRasterBand(2).GetDescription() == "month=02"
    assert dataset.GetMetadataItem("CARBONSINK_ALGORITHM") == "carbonsink:test"
    assert dataset.GetMetadataItem("CARBONSINK_VERSION") == "9.9"
    assert dataset.GetRasterBand(2).ReadAsArray().tolist() == [[2] * 4] * 3


def test_cancel_leaves_no_file_behind(tmp_path):
    path = write_raster(tmp_path / "in.tif", np.ones((700, 1000), "float32"))
    out = tmp_path / "out.tif"
    calls = []

    def is_canceled():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(Canceled):
        run_blocks(
            {"IN": Source(path, "IN")},
            {"OUT": Output(str(out))},
            lambda b: {"OUT": b["IN"]},
            is_canceled=is_canceled,
            memory_budget=200_000,
            workers=1,
        )
    assert sorted(os.listdir(tmp_path)) == ["in.tif"]


def test_an_error_while_computing_leaves_no_file_and_keeps_the_old_output(tmp_path):
    path = write_raster(tmp_path / "in.tif", np.ones((700, 1000), "float32"))
    out = tmp_path / "out.tif"
    out.write_bytes(b"previous result")

    def compute(block):
        if block.window.row > 0:
            raise RuntimeError("boom")
        return {"OUT": block["IN"]}

    with pytest.raises(RuntimeError, match="boom"):
        run_blocks(
            {"IN": Source(path, "IN")}, {"OUT": Output(str(out))}, compute, memory_budget=200_000
        )
    assert sorted(os.listdir(tmp_path)) == ["in.tif", "out.tif"]
    assert out.read_bytes() == b"previous result"


# The pipeline: windows read and computed on worker threads, written on the writer thread,
# on_block on the calling thread in window order.


def _ramp(tmp_path, bands=1, rows=700, cols=256):
    """A ramp raster; with memory_budget=200_000 its windows are 256-row bands, one a row."""
    data = np.arange(bands * rows * cols, dtype=np.float32).reshape(bands, rows, cols)
    return write_raster(tmp_path / "in.tif", data), data


def test_on_block_runs_in_window_order_on_the_calling_thread_when_windows_finish_out_of_order(
    tmp_path,
):
    path, data = _ramp(tmp_path)
    second_done = threading.Event()
    seen, threads = [], set()

    def compute(block):
        if block.window.row == 0:  # the first window waits until the second one is computed
            assert second_done.wait(timeout=60)
        result = {"OUT": block["IN"][0] + 1}
        if block.window.row == 256:
            second_done.set()
        threads.add(threading.current_thread().name)
        return result

    def on_block(block, result):
        seen.append(block.window.row)
        assert threading.current_thread() is threading.main_thread()

    out = tmp_path / "out.tif"
    summary = run_blocks(
        {"IN": Source(path, "IN")},
        {"OUT": Output(str(out))},
        compute,
        on_block=on_block,
        memory_budget=200_000,
        workers=2,
    )
    assert seen == [0, 256, 512] and summary.windows == 3
    assert threading.main_thread().name not in threads  # compute ran on the workers
    np.testing.assert_array_equal(read_raster(out)[0][0], data[0] + 1)


def test_outputs_are_written_on_one_writer_thread_in_window_order(tmp_path, monkeypatch):
    path, data = _ramp(tmp_path)
    writes = []
    original = raster._PendingOutput.write

    def write(self, window, block):
        writes.append((window.row, window.col, threading.current_thread().name))
        original(self, window, block)

    monkeypatch.setattr(raster._PendingOutput, "write", write)
    run_blocks(
        {"IN": Source(path, "IN")},
        {"A": Output(str(tmp_path / "a.tif")), "B": Output(str(tmp_path / "b.tif"))},
        lambda b: {"A": b["IN"][0] * 2, "B": b["IN"][0] - 1},
        memory_budget=200_000,
        workers=3,
    )
    assert [(r, c) for r, c, _ in writes] == [
        (0, 0),
        (0, 0),
        (256, 0),
        (256, 0),
        (512, 0),
        (512, 0),
    ]
    assert {name for _, _, name in writes} == {"carbonsink-writer"}
    np.testing.assert_array_equal(read_raster(tmp_path / "a.tif")[0][0], data[0] * 2)
    np.testing.assert_array_equal(read_raster(tmp_path / "b.tif")[0][0], data[0] - 1)


def test_cancel_mid_run_on_many_threads_leaves_no_file_and_keeps_the_old_output(tmp_path):
    path, _ = _ramp(tmp_path, rows=2000)
    out = tmp_path / "out.tif"
    out.write_bytes(b"previous result")
    checks = []

    def is_canceled():
        checks.append(1)
        return len(checks) >= 3

    with pytest.raises(Canceled):
        run_blocks(
            {"IN": Source(path, "IN")},
            {"OUT": Output(str(out))},
            lambda b: {"OUT": b["IN"]},
            is_canceled=is_canceled,
            memory_budget=200_000,
            workers=2,
        )
    assert len(checks) == 3  # stopped at the first check that said so
    assert sorted(os.listdir(tmp_path)) == ["in.tif", "out.tif"]
    assert out.read_bytes() == b"previous result"


def test_an_error_in_compute_on_a_worker_stops_the_run_and_leaves_nothing(tmp_path):
    path, _ = _ramp(tmp_path, rows=2000)
    out = tmp_path / "out.tif"
    calls = []

    def compute(block):
        if block.window.row == 3 * 256:
            raise ZeroDivisionError("window 4")
        return {"OUT": block["IN"]}

    with pytest.raises(ZeroDivisionError, match="window 4"):
        run_blocks(
            {"IN": Source(path, "IN")},
            {"OUT": Output(str(out))},
            compute,
            on_block=lambda block, result: calls.append(block.window.row),
            memory_budget=200_000,
            workers=2,
        )
    assert calls == [0, 256, 512]  # the windows before it, in order; none after
    assert sorted(os.listdir(tmp_path)) == ["in.tif"]


def test_an_error_in_the_writer_is_raised_and_leaves_nothing(tmp_path):
    path, _ = _ramp(tmp_path, rows=2000)
    out = tmp_path / "out.tif"
    out.write_bytes(b"previous result")

    def compute(block):  # the third window has the wrong shape: the writer refuses it
        data = block["IN"][0]
        return {"OUT": data[:-1] if block.window.row == 512 else data}

    with pytest.raises(ValueError, match="block of shape"):
        run_blocks(
            {"IN": Source(path, "IN")},
            {"OUT": Output(str(out))},
            compute,
            memory_budget=200_000,
            workers=2,
        )
    assert sorted(os.listdir(tmp_path)) == ["in.tif", "out.tif"]
    assert out.read_bytes() == b"previous result"
    assert not [t for t in threading.enumerate() if t.name == "carbonsink-writer"]


def test_a_gdal_write_failure_on_the_writer_thread_is_raised(tmp_path, monkeypatch):
    path, _ = _ramp(tmp_path)
    out = tmp_path / "out.tif"

    def failing(self, window, block):
        raise RuntimeError("disk full")

    monkeypatch.setattr(raster._PendingOutput, "write", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        run_blocks(
            {"IN": Source(path, "IN")},
            {"OUT": Output(str(out))},
            lambda b: {"OUT": b["IN"]},
            memory_budget=200_000,
        )
    assert sorted(os.listdir(tmp_path)) == ["in.tif"]


def test_a_refused_product_is_not_written_after_the_writer_finished(tmp_path):
    path, _ = _ramp(tmp_path)
    out = tmp_path / "out.tif"
    seen = []

    def accept(summary):
        seen.append(dict(summary.valid))
        raise RasterError("refused")

    with pytest.raises(RasterError, match="refused"):
        run_blocks(
            {"IN": Source(path, "IN")},
            {"OUT": Output(str(out))},
            lambda b: {"OUT": b["IN"]},
            accept=accept,
            memory_budget=200_000,
            workers=2,
        )
    assert seen == [{"OUT": 700 * 256}]  # every window written before accept sees the counts
    assert sorted(os.listdir(tmp_path)) == ["in.tif"]


def test_reads_every_band_with_its_own_nodata(tmp_path):
    # A GeoTIFF has one nodata value for all bands; a VRT keeps one per band.
    first = write_raster(tmp_path / "a.tif", np.array([[1, 2]], "float32"), nodata=2)
    second = write_raster(tmp_path / "b.tif", np.array([[3, 4]], "float32"), nodata=3)
    path = str(tmp_path / "two.vrt")
    gdal.BuildVRT(path, [first, second], separate=True).FlushCache()
    source = Source(path, "TWO")
    both = source.read(Window(0, 0, 2, 1))
    np.testing.assert_array_equal(both, [[[1, np.nan]], [[np.nan, 4]]])
    np.testing.assert_array_equal(source.read(Window(0, 0, 2, 1), bands=[2]), [[[np.nan, 4]]])
    source.close()


def test_an_input_is_never_overwritten(tmp_path):
    path = write_raster(tmp_path / "in.tif", np.ones((2, 2), "float32"))
    before = Path(path).read_bytes()
    with pytest.raises(RasterError, match="inputs are never overwritten"):
        run_blocks({"IN": Source(path, "IN")}, {"OUT": Output(path)}, lambda b: {"OUT": b["IN"]})
    assert Path(path).read_bytes() == before


def test_chinese_characters_and_spaces_in_paths(tmp_path):
    folder = tmp_path / "深圳 数据"
    folder.mkdir()
    path = write_raster(folder / "归一化 植被指数.tif", np.full((2, 2), 0.5, "float32"))
    out = folder / "输出 结果.tif"
    run_blocks({"IN": Source(path, "NDVI")}, {"OUT": Output(str(out))}, lambda b: {"OUT": b["IN"]})
    assert read_raster(out)[0].tolist() == [[[0.5, 0.5], [0.5, 0.5]]]


def test_projected_cell_area_is_the_pixel_size_squared(tmp_path):
    path = write_raster(tmp_path / "a.tif", np.zeros((3, 2), "float32"), pixel=(30.0, 20.0))
    area = Source(path, "A").grid.cell_area(0, 3)
    assert area.shape == (3, 1)
    assert (area == 600.0).all()


def _area_by_integration(lat1, lat2, dlon_deg, a=WGS84_A, invf=WGS84_INVF, steps=2000):
    """Independent truth: integrate dA = M(φ)·N(φ)·cos φ dφ dλ with Simpson's rule.

    M = a(1−e²)/(1−e² sin²φ)^{3/2} (meridional radius), N = a/(1−e² sin²φ)^{1/2} (prime vertical).
    """
    f = 1 / invf
    e2 = f * (2 - f)
    phi = np.linspace(math.radians(lat1), math.radians(lat2), steps + 1)
    w = 1 - e2 * np.sin(phi) ** 2
    integrand = (a * (1 - e2) / w**1.5) * (a / np.sqrt(w)) * np.cos(phi)
    h = (phi[-1] - phi[0]) / steps
    simpson = (
        h
        / 3
        * (integrand[0] + integrand[-1] + 4 * integrand[1:-1:2].sum() + 2 * integrand[2:-1:2].sum())
    )
    return simpson * math.radians(dlon_deg)


def test_geographic_cell_area_at_22_5_degrees_north(tmp_path):
    # A 0.001° × 0.001° WGS84 cell whose top edge is at 22.5°N.
    path = write_raster(
        tmp_path / "g.tif",
        np.zeros((2, 2), "float32"),
        epsg=4326,
        pixel=0.001,
        origin=(114.0, 22.5),
    )
    area = Source(path, "G").grid.cell_area(0, 2)
    expected = _area_by_integration(22.499, 22.5, 0.001)
    assert area[0, 0] == pytest.approx(expected, rel=1e-9)
    # Sanity by hand: 111.32 km·cos(22.5°) ≈ 102.9 m wide and ≈ 110.7 m tall ≈ 11 390 m².
    assert area[0, 0] == pytest.approx(11_390, rel=0.005)
    # Cells shrink towards the pole: the second row (further south) is larger.
    assert area[1, 0] > area[0, 0]


def test_geographic_areas_are_not_degree_areas():
    # The same 1° cell on the equator and at 60°N differ by cos 60° ≈ 0.5 (about 0.502 on the
    # ellipsoid), which a degree-based area would miss entirely.
    equator = raster.ellipsoidal_cell_area(0.0, 1.0, 1.0, WGS84_A, WGS84_INVF)
    north = raster.ellipsoidal_cell_area(60.0, 61.0, 1.0, WGS84_A, WGS84_INVF)
    assert float(north / equator) == pytest.approx(
        _area_by_integration(60, 61, 1) / _area_by_integration(0, 1, 1), rel=1e-9
    )
    assert float(north / equator) == pytest.approx(0.4958, abs=0.002)


def test_sample_returns_valid_values_from_across_the_raster(tmp_path):
    data = np.arange(100 * 50, dtype=np.float32).reshape(100, 50)
    data[0, 0] = -1
    path = write_raster(tmp_path / "s.tif", data, nodata=-1)
    sample = Source(path, "S").sample(max_values=500)
    assert not np.isnan(sample).any()
    assert sample.min() < 100 and sample.max() >= 99 * 50  # first and last rows are sampled


def test_sample_finds_values_the_strips_miss_and_is_empty_only_when_all_nodata(tmp_path):
    # 100 rows × 20 columns, valid only in rows 37–38 (a small study area in a large extent):
    # the sample holds exactly their 40 values, whichever blocks (strips) it reads first.
    data = np.full((100, 20), -9999.0, dtype=np.float32)
    data[37:39] = 5.0
    path = write_raster(tmp_path / "island.tif", data, nodata=-9999)
    sample = Source(path, "S").sample(max_values=160)
    assert sample.size == 40 and (sample == 5.0).all()
    empty = write_raster(tmp_path / "empty.tif", np.full((100, 20), -9999.0, "f4"), nodata=-9999)
    assert Source(empty, "E").sample(max_values=160).size == 0


def _tiled(tmp_path, data, name="tiled.tif"):
    options = ["TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"]
    return write_raster(tmp_path / name, data, nodata=-1, options=options)


def test_sample_reads_whole_blocks_spread_over_the_raster(tmp_path, monkeypatch):
    # 1024² in 64² tiles = 16 × 16 blocks; value = row·1024 + col, so a value names its pixel.
    data = np.arange(1024 * 1024, dtype=np.float32).reshape(1024, 1024)
    source = Source(_tiled(tmp_path, data), "S")
    windows = []
    read = Source.read
    monkeypatch.setattr(Source, "read", lambda self, w: windows.append(w) or read(self, w))
    sample = source.sample(max_values=10_000)
    source.close()
    # 8 blocks of 4 096 values (10 000 wanted need 3; 8 is the minimum), each a whole tile:
    assert len(windows) == 8
    assert all(w.row % 64 == 0 and w.col % 64 == 0 and w.width == w.height == 64 for w in windows)
    tiles = {(w.row // 64, w.col // 64) for w in windows}
    assert {(0, 0), (15, 15)} <= tiles  # the first and the last block
    assert len({r for r, _ in tiles}) >= 4 and len({c for _, c in tiles}) >= 6  # spread
    # 32 768 valid values thinned evenly to 10 000: still from the top-left pixel (value 0,
    # the first read) to the last tile (rows 960–1023: values ≥ 960·1024 + 960).
    assert sample.size == 10_000 and np.isfinite(sample).all()
    assert sample.min() == 0.0 and sample.max() >= 960 * 1024 + 960


def test_sample_of_a_tiled_raster_finds_a_block_the_spread_misses(tmp_path):
    # Valid only in a 3 × 3 patch of tile (0, 1), which the 8 spread tiles do not include.
    data = np.full((1024, 1024), -1.0, dtype=np.float32)
    data[5:8, 100:103] = 5.0
    source = Source(_tiled(tmp_path, data), "S")
    order, wanted = source._sample_windows(10_000, 8)
    assert all((w.row, w.col) != (0, 64) for w in order[:wanted])
    sample = source.sample(max_values=10_000)
    assert sample.size == 9 and (sample == 5.0).all()


def test_sample_all_reads_the_sources_side_by_side_and_gives_each_its_own_sample(tmp_path):
    # Three tiled stacks of different values: every source's sample is its sample() alone,
    # bit for bit, in the order of the sources, whichever thread read it.
    rng = np.random.default_rng(3)
    stacks = {
        name: _tiled(tmp_path, (rng.random((3, 512, 512)) + k).astype(np.float32), f"{name}.tif")
        for k, name in enumerate(["A", "B", "C"])
    }
    threads = set()
    read = Source.read

    def spy(self, window, bands=None):
        threads.add(threading.current_thread().name)
        return read(self, window, bands)

    alone = {name: Source(path, name).sample(5_000) for name, path in stacks.items()}
    sources = {name: Source(path, name) for name, path in stacks.items()}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Source, "read", spy)
        together = raster.sample_all(sources, 5_000)
    assert list(together) == ["A", "B", "C"]
    for name in stacks:
        np.testing.assert_array_equal(together[name], alone[name])
        offset = "ABC".index(name)  # the stack's values are offset + [0, 1)
        assert offset <= together[name].min() and together[name].max() < offset + 1
        sources[name].close()
    if (os.cpu_count() or 1) > 1:
        assert threads and all(t.startswith("carbonsink-sample") for t in threads)


def test_sample_all_raises_the_first_failing_source_in_order(tmp_path, monkeypatch):
    good = write_raster(tmp_path / "good.tif", np.ones((8, 8), np.float32))
    sources = {name: Source(good, name) for name in ("A", "B", "C")}

    def fail_b_and_c(self, max_values=1_000_000, blocks=8):
        if self.name != "A":
            raise raster.RasterError(f"{self.name}: cannot be read")
        return np.ones(1, np.float32)

    monkeypatch.setattr(Source, "sample", fail_b_and_c)
    with pytest.raises(raster.RasterError, match="^B: cannot be read"):
        raster.sample_all(sources)


def test_spatial_reference_keeps_x_east_and_y_north():
    srs = raster.spatial_reference(raster.Grid(1, 1, (0, 1, 0, 0, 0, -1), "").crs_wkt)
    assert srs is None
    wgs84 = osr_wkt(4326)
    srs = raster.spatial_reference(wgs84)
    # EPSG:4326 is latitude-first by authority; traditional GIS order puts longitude first.
    assert srs.GetDataAxisToSRSAxisMapping() == [2, 1]


def osr_wkt(epsg: int) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def test_the_core_tests_run_in_the_gdal_exceptions_mode_asked_for(request, gdal_exceptions):
    assert bool(gdal.GetUseExceptions()) == (request.config.getoption("--gdal-exceptions") == "on")
    assert gdal_exceptions == bool(gdal.GetUseExceptions())


def test_gdal_call_gives_none_and_the_reason_in_both_modes(tmp_path):
    missing = str(tmp_path / "missing.tif")
    dataset, reason = raster.gdal_call(gdal.Open, missing)
    assert dataset is None
    assert "missing.tif" in reason


def test_gdal_call_turns_a_callback_cancel_into_canceled_and_removes_the_partial_file(tmp_path):
    source = write_raster(tmp_path / "in.tif", np.ones((1, 64, 64), dtype=np.float32))
    partial = str(tmp_path / "out.tif")
    with pytest.raises(Canceled):
        raster.gdal_call(
            gdal.Translate, partial, source, callback=lambda *_: 0, cancel=lambda: True,
            partial=[partial],
        )  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.tif"]


def test_a_block_pass_object_runs_through_the_plain_engine(tmp_path):
    """The two core shapes meet here: a pass object's bound compute/on_block are the engine's
    Compute and OnBlock, and plain_engine is the Engine a multi-pass driver defaults to."""

    class Doubling:  # a block pass: compute on worker threads, on_block accumulates in order
        def __init__(self):
            self.total = 0.0

        def compute(self, block):
            values = block["IN"]
            return {"OUTPUT": 2 * values, "sum": float(np.nansum(values))}

        def on_block(self, block, result):
            self.total += result["sum"]

    path = write_raster(str(tmp_path / "in.tif"), np.array([[1, 2, 3], [4, np.nan, 6]], "f4"))
    sources = {"IN": raster.Source(path, "IN")}
    out = raster.Output(str(tmp_path / "out.tif"), bands=1)
    pass_ = Doubling()
    compute: raster.Compute = pass_.compute  # the protocols are structural: nothing to inherit
    summary = raster.plain_engine(
        sources, {"OUTPUT": out}, compute, 10.0, 90.0, on_block=pass_.on_block
    )
    assert pass_.total == pytest.approx(16.0)  # 1 + 2 + 3 + 4 + 6, NaN left out
    assert summary.valid["OUTPUT"] == 5 and summary.nodata["OUTPUT"] == 1
    doubled = np.squeeze(read_raster(out.path)[0])
    assert doubled[0].tolist() == [2.0, 4.0, 6.0] and doubled[1, 2] == pytest.approx(12.0)
