"""Zones (districts) on the raster grid, and totals per zone in one pass of the engine.

How a pixel gets its zone (SPEC §6: "the zone totals add up to the raster total within the pixels
that the zones cover"):
- the zone polygons, already in the raster's CRS, are written to a GeoPackage with an integer
  `zone_id` (1, 2, … in the order of the user's layer, i.e. by FID); invalid geometries are
  repaired with GEOS MakeValid and only their polygonal parts kept;
- they are burnt into a temporary tiled zone-id raster on the raster's grid with GDAL's
  rasterizer under the pixel-centre rule (a pixel belongs to a zone when its centre lies inside
  the polygon); features are burnt from the highest zone_id to the lowest, so where polygons
  overlap the lowest zone_id (the first feature) wins and no pixel is counted twice. A second
  band counts how many polygons claim each pixel, to report overlaps;
- the statistics pass reads the zone-id raster next to the data rasters and sums with
  np.bincount per window, weighting every pixel by its exact cell area (Block.cell_area()).

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

import numpy as np
from osgeo import gdal, ogr, osr

from . import parameters, units
from .errors import QT_TRANSLATE_NOOP, InputError
from .raster import Block, Grid, gdal_call, open_vector, remove_files, spatial_reference

ZONE_LAYER = "zones"
ZONE_ID_FIELD = "zone_id"
RASTERIZE_CHUNK_ROWS = 512  # rows GDAL burns at a time (its default: as many as its cache holds)
M2_PER_KM2 = 1e6
M2_PER_HA = 1e4
G_TO_T = 1e-6  # total (t) = Σ value (g·m⁻²) × pixel area (m²) × 10⁻⁶ (SPEC §1)
VEGETATION_CODES = range(len(parameters.VEGETATION_TYPES) + 1)  # 0 non-vegetated, 1–8 (§2.5)
COVERAGE_WARNING = 0.9  # warn when the pixels of a zone cover less than this share of its polygon


# --------------------------------------------------------------------------------------------
# Zone polygons


MISDECODED = "\ufffd"  # what a GBK byte becomes when QGIS reads the text as UTF-8
LEGACY_ENCODINGS = ("GBK",)  # tried, in order, on a shapefile without a .cpg


def shapefile_without_cpg(path: str) -> bool:
    """A shapefile (.shp or .dbf) with no .cpg beside it: its text encoding is a guess."""
    base, extension = os.path.splitext(path)
    if extension.lower() not in (".shp", ".dbf"):
        return False
    return not any(os.path.exists(base + e) for e in (".cpg", ".CPG"))


def field_values_in_encoding(path: str, field_name: str, encoding: str) -> dict[int, str] | None:
    """{FID: text} of a string field's raw bytes decoded as `encoding` (opened with OGR's
    shapefile ENCODING= option empty: no recoding), or None when some value does not decode
    (the encoding is not that one)."""
    datasource, _reason = gdal_call(
        gdal.OpenEx, path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=["ENCODING="]
    )
    if datasource is None:
        return None
    layer = datasource.GetLayer(0)
    index = layer.GetLayerDefn().GetFieldIndex(field_name)
    if index < 0:
        return None
    values = {}
    for feature in layer:
        raw = feature.GetFieldAsBinary(index) if feature.IsFieldSetAndNotNull(index) else b""
        try:
            values[feature.GetFID()] = bytes(raw).decode(encoding).strip()
        except UnicodeDecodeError:
            return None
    return values


@dataclass
class ZoneLayerReport:
    """What write_zones did: areas, repairs and empty geometries, and the extent."""

    polygon_m2: dict[int, float] = field(default_factory=dict)
    repaired: list[int] = field(default_factory=list)
    empty: list[int] = field(default_factory=list)
    extent: tuple[float, float, float, float] | None = None  # xmin, ymin, xmax, ymax


def _polygonal(geometry: ogr.Geometry | None) -> ogr.Geometry | None:
    """The polygon parts of a geometry as a MultiPolygon (None when it has none)."""
    if geometry is None or geometry.IsEmpty():
        return None
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat == ogr.wkbPolygon:
        return ogr.ForceToMultiPolygon(geometry)
    if flat == ogr.wkbMultiPolygon:
        return geometry
    if flat == ogr.wkbGeometryCollection:
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for i in range(geometry.GetGeometryCount()):
            part = _polygonal(geometry.GetGeometryRef(i))
            if part is not None:
                for j in range(part.GetGeometryCount()):
                    multi.AddGeometry(part.GetGeometryRef(j))
        return multi if multi.GetGeometryCount() else None
    return None  # points and lines have no area


def polygon_area_m2(geometry: ogr.Geometry, srs: osr.SpatialReference | None) -> float:
    """Area of a polygon in m²: planar in a projected CRS, on a local equal-area projection
    (Lambert azimuthal, on the CRS's ellipsoid, centred on the polygon) in a geographic CRS."""
    if srs is None:
        return geometry.GetArea()
    if not srs.IsGeographic():
        unit = srs.GetLinearUnits()
        return geometry.GetArea() * unit * unit
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    laea = osr.SpatialReference()
    laea.ImportFromProj4(
        f"+proj=laea +lat_0={(ymin + ymax) / 2} +lon_0={(xmin + xmax) / 2} "
        f"+a={srs.GetSemiMajor()} +rf={srs.GetInvFlattening() or 0} +units=m +no_defs"
    )
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    projected = geometry.Clone()
    projected.Transform(osr.CoordinateTransformation(srs, laea))
    return projected.GetArea()


def write_zones(
    path: str, crs_wkt: str, zones: Sequence[tuple[int, bytes | None]]
) -> ZoneLayerReport:
    """Write (zone_id, WKB in the raster CRS) pairs to a GeoPackage layer 'zones'.

    Invalid geometries are repaired with MakeValid and keep only their polygonal parts; zones
    without any area left are listed in report.empty and not written.
    """
    srs = spatial_reference(crs_wkt)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "Cannot create the temporary zone layer '{path}'."),
            path=path,
        )
    layer = dataset.CreateLayer(ZONE_LAYER, srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn(ZONE_ID_FIELD, ogr.OFTInteger))
    report = ZoneLayerReport()
    envelope = [np.inf, np.inf, -np.inf, -np.inf]
    layer.StartTransaction()
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GEOS self-intersection notices
    try:
        for zone_id, wkb in zones:
            geometry = ogr.CreateGeometryFromWkb(bytes(wkb)) if wkb else None
            if geometry is not None and not geometry.IsEmpty() and not geometry.IsValid():
                geometry = geometry.MakeValid()
                report.repaired.append(zone_id)
            geometry = _polygonal(geometry)
            if geometry is None or geometry.GetArea() <= 0:
                report.empty.append(zone_id)
                continue
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField(ZONE_ID_FIELD, int(zone_id))
            feature.SetGeometry(geometry)
            layer.CreateFeature(feature)
            report.polygon_m2[zone_id] = polygon_area_m2(geometry, srs)
            xmin, xmax, ymin, ymax = geometry.GetEnvelope()
            envelope = [
                min(envelope[0], xmin),
                min(envelope[1], ymin),
                max(envelope[2], xmax),
                max(envelope[3], ymax),
            ]
    finally:
        gdal.PopErrorHandler()
        layer.CommitTransaction()
        dataset = None
    if report.polygon_m2:
        report.extent = tuple(envelope)
    return report


def check_overlap(extent, grid: Grid, zones_name: str, raster_name: str) -> None:
    """InputError when the zones' extent does not intersect the raster's."""
    bounds = grid.bounds
    if extent is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: no zone has a polygon with an area."),
            name=zones_name,
        )
    if (
        extent[0] >= bounds[2]
        or extent[2] <= bounds[0]
        or extent[1] >= bounds[3]
        or (extent[3] <= bounds[1])
    ):
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name} do not overlap {raster}: zones extent {extent}, "
                "raster extent {raster_extent} (both in the raster's CRS). Check that the zones "
                "cover the study area and that both layers have the right CRS."),
            name=zones_name,
            raster=raster_name,
            extent=_fmt_extent(extent),
            raster_extent=_fmt_extent(bounds),
        )  # fmt: skip


def _fmt_extent(extent) -> str:
    return "(" + ", ".join(f"{v:.6g}" for v in extent) + ")"


# --------------------------------------------------------------------------------------------
# Zone-id raster


@dataclass(frozen=True)
class ZoneRaster:
    """A temporary raster on the data grid: band 1 zone_id (0 = no zone), band 2 how many
    polygons claim the pixel (> 1 = overlap, resolved in favour of the lowest zone_id)."""

    path: str
    count: int  # highest zone_id


def rasterize_zones(
    zones_path: str,
    grid: Grid,
    out_path: str,
    zone_count: int,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> ZoneRaster:
    """Burn the zones of write_zones() onto the grid (pixel-centre rule, lowest id wins)."""
    data_type = gdal.GDT_UInt16 if zone_count < 65535 else gdal.GDT_UInt32
    options = [
        "TILED=YES",
        "BLOCKXSIZE=256",
        "BLOCKYSIZE=256",
        "COMPRESS=DEFLATE",
        "ZLEVEL=1",
        "INTERLEAVE=BAND",
        "BIGTIFF=IF_SAFER",
    ]
    target, _ = gdal_call(
        gdal.GetDriverByName("GTiff").Create,
        out_path, grid.width, grid.height, 2, data_type, options, partial=[out_path],
    )  # fmt: skip
    if target is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "Cannot create the temporary zone raster '{path}'."),
            path=out_path,
        )
    target.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        target.SetProjection(grid.crs_wkt)

    def callback(fraction, _message, offset):
        if progress is not None:
            progress(offset + fraction / 2)
        return 0 if (is_canceled is not None and is_canceled()) else 1

    source = open_vector(zones_path, "ZONES")
    ordered = source.ExecuteSQL(
        f'SELECT * FROM "{ZONE_LAYER}" ORDER BY "{ZONE_ID_FIELD}" DESC', dialect="SQLITE"
    )
    try:
        # GDAL burns in chunks of rows as big as its whole cache (a 10 m city: 200 MB a
        # band); chunks of whole output tiles keep the run's memory flat in raster size.
        chunk = f"CHUNKYSIZE={RASTERIZE_CHUNK_ROWS}"
        passes = (
            dict(options=[f"ATTRIBUTE={ZONE_ID_FIELD}", chunk], callback_data=0.0, bands=[1]),
            dict(burn_values=[1], options=["MERGE_ALG=ADD", chunk], callback_data=0.5, bands=[2]),
        )
        for burn in passes:
            bands = burn.pop("bands")
            done, reason = gdal_call(
                gdal.RasterizeLayer, target, bands, ordered, callback=callback,
                cancel=is_canceled, **burn,
            )  # fmt: skip
            if done is None:
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "Cannot burn the zones into '{path}': {reason}"),
                    path=out_path,
                    reason=reason,
                )
        target.FlushCache()
    except BaseException:
        target = None
        remove_files([out_path])
        raise
    finally:
        source.ReleaseResultSet(ordered)
        target = source = None
    return ZoneRaster(out_path, zone_count)


@contextlib.contextmanager
def rasterized(
    zones_path: str,
    grid: Grid,
    folder: str,
    zone_count: int,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> Iterator[ZoneRaster]:
    """rasterize_zones() into a temporary file of `folder`, removed on exit."""
    path = os.path.join(folder, f"zones_{uuid.uuid4().hex[:12]}.tif")
    try:
        yield rasterize_zones(zones_path, grid, path, zone_count, progress, is_canceled)
    finally:
        remove_files([path])


def bincount(index: np.ndarray, weights: np.ndarray | None, length: int) -> np.ndarray:
    """np.bincount in float64 with a fixed length (indices must be < length)."""
    if weights is not None:
        weights = weights.astype(np.float64, copy=False)
    return np.bincount(index, weights=weights, minlength=length)[:length].astype(np.float64)


def zone_ids(block: Block, name: str = "ZONES") -> np.ndarray:
    """Zone ids of a window, flattened, int64 (0 = no zone)."""
    return block[name][0].ravel().astype(np.int64)


def cell_areas(block: Block) -> np.ndarray:
    """Cell areas (m²) of a window, flattened to match block arrays' ravel()."""
    window = block.window
    return np.broadcast_to(block.cell_area(), (window.height, window.width)).ravel()


# --------------------------------------------------------------------------------------------
# Totals per zone


def vegetated_mask(
    nep: np.ndarray, npp: np.ndarray | None, vegetation: np.ndarray | None
) -> np.ndarray:
    """Which pixels count as vegetated (documented decision, in this order):
    a vegetation-type raster: codes 1–8; else NPP: NPP > 0 (CASA gives non-vegetated pixels
    NPP = 0); else NEP ≠ 0 (stage 3 gives non-vegetated pixels NEP = 0 by default)."""
    if vegetation is not None:
        return (vegetation >= 1) & (vegetation <= len(parameters.VEGETATION_TYPES))
    if npp is not None:
        return npp > 0
    return np.isfinite(nep) & (nep != 0)


_SUMS = ("area", "valid", "veg", "sink", "source", "nep", "nep_veg", "npp", "overlap")


class ZonalStatistics:
    """Accumulates per-zone (and per vegetation type) sums over the engine's windows.

    Sources by name: "NEP" (required), "ZONES" (the zone raster), optional "NPP" and
    "VEGETATION". Use `compute` as the engine's compute function and `on_block` as its
    on_block; then `result()`.
    """

    def __init__(self, zone_count: int, has_npp: bool = False, has_vegetation: bool = False):
        self.length = zone_count + 1  # index 0 = pixels outside every zone
        self.has_npp = has_npp
        self.has_vegetation = has_vegetation
        self.sums = {key: np.zeros(self.length) for key in _SUMS}
        self.type_area = np.zeros(256)
        self.type_nep = np.zeros(256)
        self.type_npp = np.zeros(256)
        self.bad_codes: set[float] = set()

    def compute(self, block: Block) -> dict:
        ids = zone_ids(block)
        area = cell_areas(block)
        nep = block["NEP"][0].ravel()
        npp = block["NPP"][0].ravel() if self.has_npp else None
        vegetation = block["VEGETATION"][0].ravel() if self.has_vegetation else None
        n = self.length
        valid = np.isfinite(nep)
        idv, av, nepv = ids[valid], area[valid], nep[valid].astype(np.float64)
        mass = av * nepv  # g
        vegetated = vegetated_mask(
            nepv,
            npp[valid] if npp is not None else None,
            vegetation[valid] if vegetation is not None else None,
        )
        result = {
            "area": bincount(ids, area, n),
            "valid": bincount(idv, av, n),
            "veg": bincount(idv[vegetated], av[vegetated], n),
            "sink": bincount(idv[nepv > 0], av[nepv > 0], n),
            "source": bincount(idv[nepv < 0], av[nepv < 0], n),
            "nep": bincount(idv, mass, n),
            "nep_veg": bincount(idv[vegetated], mass[vegetated], n),
        }
        claims = block["ZONES"][1].ravel() > 1
        result["overlap"] = bincount(ids[claims], area[claims], n)
        if npp is not None:
            ok = np.isfinite(npp)
            result["npp"] = bincount(ids[ok], area[ok] * npp[ok].astype(np.float64), n)
        if vegetation is not None:
            result["bad_codes"] = units.invalid_vegetation_codes(vegetation, VEGETATION_CODES)
            inside = (idv > 0) & np.isfinite(vegetation[valid])
            codes = np.clip(vegetation[valid][inside], 0, 255).astype(np.int64)
            result["type_area"] = bincount(codes, av[inside], 256)
            result["type_nep"] = bincount(codes, mass[inside], 256)
            if npp is not None:
                nppv = npp[valid][inside].astype(np.float64)
                ok = np.isfinite(nppv)
                result["type_npp"] = bincount(codes[ok], av[inside][ok] * nppv[ok], 256)
        return result

    def on_block(self, block: Block, result: dict) -> None:
        for key in _SUMS:
            if key in result:
                self.sums[key] += result[key]
        if self.has_vegetation:
            self.bad_codes.update(float(c) for c in result["bad_codes"])
            self.type_area += result["type_area"]
            self.type_nep += result["type_nep"]
            if "type_npp" in result:
                self.type_npp += result["type_npp"]

    def result(self) -> ZonalResult:
        return ZonalResult(
            {key: value.copy() for key, value in self.sums.items()},
            self.has_npp,
            self.type_area.copy() if self.has_vegetation else None,
            self.type_nep.copy() if self.has_vegetation else None,
            self.type_npp.copy() if self.has_vegetation and self.has_npp else None,
        )


# Output table schemas: (field name, kind). Field names are public (the report reads them) and
# at most 10 characters, so they survive a shapefile/dBASE export.
ZONE_TABLE_FIELDS = (
    ("zone_id", "int"),  # 1, 2, … in the order of the zone layer (by FID)
    ("zone", "string"),  # value of ZONE_FIELD (duplicates disambiguated)
    ("area_km2", "double"),  # area of the zone's pixels (pixel-centre rule)
    ("valid_km2", "double"),  # of which NEP has a value
    ("veg_km2", "double"),  # vegetated area (with an NEP value)
    ("veg_pct", "double"),  # veg_km2 / valid_km2 × 100
    ("sink_km2", "double"),  # NEP > 0
    ("source_km2", "double"),  # NEP < 0
    ("npp_tc", "double"),  # Σ NPP, tC·a⁻¹ (NULL without NPP)
    ("npp_tco2", "double"),  # Σ NPP × 44/12, tCO₂·a⁻¹
    ("nep_tc", "double"),  # Σ NEP, tC·a⁻¹
    ("nep_tco2", "double"),  # Σ NEP × 44/12, tCO₂·a⁻¹
    ("nep_mean", "double"),  # mean NEP over the vegetated area, gC·m⁻²·a⁻¹
    ("co2_per_ha", "double"),  # sink density over the zone, tCO₂·ha⁻¹·a⁻¹
    ("share_pct", "double"),  # nep_tc / Σ nep_tc of all zones × 100
    ("rank", "int"),  # 1 = largest Σ NEP
    ("poly_km2", "double"),  # area of the zone polygon
)

TYPE_TABLE_FIELDS = (
    ("code", "int"),  # vegetation-type code (SPEC §2.5)
    ("type_en", "string"),
    ("type_zh", "string"),
    ("area_km2", "double"),  # area with an NEP value inside the zones
    ("area_pct", "double"),  # share of the zones' area with an NEP value
    ("npp_tc", "double"),  # Σ NPP, tC·a⁻¹ (NULL without NPP)
    ("nep_tc", "double"),
    ("nep_tco2", "double"),
    ("nep_mean", "double"),  # gC·m⁻²·a⁻¹
    ("share_pct", "double"),  # share of Σ NEP inside the zones
)


def _ratio(numerator, denominator, scale=1.0):
    numerator = np.asarray(numerator, dtype=np.float64)
    denominator = np.asarray(denominator, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denominator != 0, numerator / denominator * scale, np.nan)


def competition_rank(values: np.ndarray) -> np.ndarray:
    """1 for the largest value, equal values share a rank (1, 2, 2, 4); NaN → 0 (no rank)."""
    values = np.asarray(values, dtype=np.float64)
    ranks = np.zeros(values.shape, dtype=np.int64)
    finite = np.isfinite(values)
    ranks[finite] = [1 + int((values[finite] > v).sum()) for v in values[finite]]
    return ranks


@dataclass
class ZonalResult:
    """Sums per zone (index 0 = outside every zone), m² and g, and what follows from them."""

    sums: dict[str, np.ndarray]
    has_npp: bool
    type_area: np.ndarray | None = None
    type_nep: np.ndarray | None = None
    type_npp: np.ndarray | None = None

    def __getitem__(self, key: str) -> np.ndarray:
        return self.sums[key][1:]

    @property
    def nep_t(self) -> np.ndarray:
        return self["nep"] * G_TO_T

    @property
    def covered_nep_t(self) -> float:
        """Σ NEP (tC) over every pixel that some zone covers."""
        return float(self["nep"].sum() * G_TO_T)

    @property
    def outside_nep_t(self) -> float:
        return float(self.sums["nep"][0] * G_TO_T)

    def zone_rows(
        self, names: Sequence[str], polygon_m2: Sequence[float | None]
    ) -> list[list[object]]:
        """Rows of ZONE_TABLE_FIELDS, one per zone id 1…n."""
        valid = self["valid"]
        nep_t = self.nep_t
        has_pixels = valid > 0
        npp_t = self["npp"] * G_TO_T if self.has_npp else np.full(valid.shape, np.nan)
        covered = nep_t[has_pixels].sum()
        share = _ratio(nep_t, np.full(valid.shape, covered), 100.0)
        nep_for_rank = np.where(has_pixels, nep_t, np.nan)
        rank = competition_rank(nep_for_rank)
        rows = []
        for i, name in enumerate(names):
            blank = not has_pixels[i]
            rows.append(
                [
                    i + 1,
                    name,
                    self["area"][i] / M2_PER_KM2,
                    valid[i] / M2_PER_KM2,
                    self["veg"][i] / M2_PER_KM2,
                    _ratio(self["veg"][i], valid[i], 100.0),
                    self["sink"][i] / M2_PER_KM2,
                    self["source"][i] / M2_PER_KM2,
                    np.nan if blank else npp_t[i],
                    np.nan if blank else npp_t[i] * parameters.CO2_PER_C,
                    np.nan if blank else nep_t[i],
                    np.nan if blank else nep_t[i] * parameters.CO2_PER_C,
                    _ratio(self["nep_veg"][i], self["veg"][i]),
                    _ratio(nep_t[i] * parameters.CO2_PER_C, valid[i] / M2_PER_HA),
                    np.nan if blank else share[i],
                    int(rank[i]) if rank[i] else None,
                    np.nan if polygon_m2[i] is None else polygon_m2[i] / M2_PER_KM2,
                ]
            )
        return rows

    def type_rows(self) -> list[list[object]]:
        """Rows of TYPE_TABLE_FIELDS for every vegetation code present inside the zones."""
        if self.type_area is None:
            return []
        total_area = self.type_area.sum()
        total_nep = self.type_nep.sum()
        rows = []
        for code in np.flatnonzero(self.type_area > 0):
            name_en, name_zh = parameters.type_names(int(code))
            nep_t = self.type_nep[code] * G_TO_T
            rows.append(
                [
                    int(code),
                    name_en,
                    name_zh,
                    self.type_area[code] / M2_PER_KM2,
                    _ratio(self.type_area[code], total_area, 100.0),
                    self.type_npp[code] * G_TO_T if self.type_npp is not None else np.nan,
                    nep_t,
                    nep_t * parameters.CO2_PER_C,
                    _ratio(self.type_nep[code], self.type_area[code]),
                    _ratio(self.type_nep[code], total_nep, 100.0),
                ]
            )
        return rows
