"""The one raster engine: aligned inputs, windows under a memory budget, safe outputs.

Every algorithm of the plugin reads and writes rasters through this module, so big rasters,
nodata, progress, cancel and "no half-written output" are solved once.

Conventions (SPEC §1):
- inside a window every value is float32 and nodata is NaN; NaN is never written to disk:
  outputs get an explicit nodata value (-9999 for floats, 255 for UInt8, -32768 for Int16);
- inputs of one computation share size, geotransform and CRS, or a GridMismatchError names them;
- outputs are tiled, compressed GeoTIFFs, written under a temporary name and moved into place only
  when the whole run succeeded.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import ctypes
import functools
import json
import math
import os
import queue as _queue
import sys
import threading
import uuid
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterator, Mapping, Protocol, Sequence

import numpy as np
from osgeo import gdal, osr

from .errors import QT_TRANSLATE_NOOP, Canceled, InputError, Listing, Message

NODATA_FLOAT = -9999.0
NODATA_BYTE = 255
NODATA_INT16 = -32768

_GDAL_TYPES = {"float32": gdal.GDT_Float32, "uint8": gdal.GDT_Byte, "int16": gdal.GDT_Int16}
_DEFAULT_NODATA = {"float32": NODATA_FLOAT, "uint8": NODATA_BYTE, "int16": NODATA_INT16}
_OUTPUT_TILE = 256  # GeoTIFF tile size of every output; windows are multiples of it

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


class RasterError(InputError):
    """Bad raster input; the message is meant for the user as it is."""


class GridMismatchError(RasterError):
    """Inputs of one computation are not on the same grid."""


ROTATED = QT_TRANSLATE_NOOP("Core", "{name}: rotated rasters are not supported; warp it "
    "north-up first.")  # fmt: skip


# --------------------------------------------------------------------------------------------
# Grid and cell areas


@dataclass(frozen=True)
class Grid:
    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @classmethod
    def of(cls, dataset: gdal.Dataset) -> Grid:
        return cls(
            dataset.RasterXSize,
            dataset.RasterYSize,
            tuple(dataset.GetGeoTransform()),
            dataset.GetProjection() or "",
        )

    @property
    def pixel_size(self) -> tuple[float, float]:
        gt = self.geotransform
        return abs(gt[1]), abs(gt[5])

    @property
    def srs(self) -> osr.SpatialReference | None:
        return spatial_reference(self.crs_wkt)

    @property
    def is_geographic(self) -> bool:
        srs = self.srs
        return bool(srs and srs.IsGeographic())

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of a north-up grid."""
        gt = self.geotransform
        xs = (gt[0], gt[0] + gt[1] * self.width)
        ys = (gt[3], gt[3] + gt[5] * self.height)
        return min(xs), min(ys), max(xs), max(ys)

    def differences(self, other: Grid) -> list[Message]:
        """What differs between two grids, in words; empty when they are the same grid."""
        found = []
        if (self.width, self.height) != (other.width, other.height):
            found.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "size {width}×{height} vs {other_width}×"
                        "{other_height} pixels"),
                    width=self.width,
                    height=self.height,
                    other_width=other.width,
                    other_height=other.height,
                )
            )  # fmt: skip
        tolerance = 1e-6 * min(self.pixel_size + other.pixel_size)
        if any(abs(a - b) > tolerance for a, b in zip(self.geotransform, other.geotransform)):
            found.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "origin/pixel size {this} vs {other}"),
                    this=_describe_transform(self.geotransform),
                    other=_describe_transform(other.geotransform),
                )
            )
        if not _same_crs(self.crs_wkt, other.crs_wkt):
            found.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "CRS {this} vs {other}"),
                    this=_crs_name(self.crs_wkt),
                    other=_crs_name(other.crs_wkt),
                )
            )
        return found

    def cell_area(self, row_start: int = 0, rows: int | None = None) -> np.ndarray:
        """Area in m² of the cells of rows [row_start, row_start + rows), shape (rows, 1).

        Projected CRS: |a·e − b·d| of the geotransform times the squared linear unit.
        Geographic CRS: the exact area of each row's cells on the CRS's ellipsoid (see
        ellipsoidal_cell_area), so totals do not drift with latitude.
        """
        rows = self.height - row_start if rows is None else rows
        gt = self.geotransform
        srs = self.srs
        if srs is not None and srs.IsGeographic():
            lat_top = gt[3] + gt[5] * np.arange(row_start, row_start + rows)
            lat_bottom = lat_top + gt[5]
            area = ellipsoidal_cell_area(
                lat_top, lat_bottom, abs(gt[1]), srs.GetSemiMajor(), srs.GetInvFlattening()
            )
            return area.reshape(rows, 1)
        unit = srs.GetLinearUnits() if srs is not None else 1.0
        area = abs(gt[1] * gt[5] - gt[2] * gt[4]) * unit * unit
        return np.full((rows, 1), area)


def ellipsoidal_cell_area(
    lat1_deg, lat2_deg, dlon_deg: float, semi_major: float, inverse_flattening: float
) -> np.ndarray:
    """Exact area (m²) of an ellipsoid cell between two latitudes, dlon_deg wide.

    The area of the zone from the equator to latitude φ over Δλ radians of longitude is
        S(φ) = b²·Δλ/2 · [ sinφ / (1 − e²·sin²φ) + 1/(2e) · ln((1 + e·sinφ) / (1 − e·sinφ)) ]
    (authalic-latitude formula; e.g. Snyder 1987, Map Projections — A Working Manual, eq. 3-12),
    and the cell is |S(φ2) − S(φ1)|.
    """
    a = semi_major
    f = 1.0 / inverse_flattening if inverse_flattening else 0.0
    b = a * (1.0 - f)
    dlon = math.radians(dlon_deg)
    e = math.sqrt(1.0 - (b * b) / (a * a))

    def zone(lat_deg):
        s = np.sin(np.radians(np.asarray(lat_deg, dtype=np.float64)))
        if e == 0.0:
            return a * a * dlon * s
        return (b * b * dlon / 2.0) * (
            s / (1.0 - e * e * s * s) + np.log((1.0 + e * s) / (1.0 - e * s)) / (2.0 * e)
        )

    return np.abs(zone(lat2_deg) - zone(lat1_deg))


def spatial_reference(wkt: str) -> osr.SpatialReference | None:
    """The CRS of a WKT with x = easting/longitude, y = northing/latitude; None for ''."""
    if not wkt:
        return None
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _describe_transform(gt) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Core", "(x0={x0:.6g}, y0={y0:.6g}, pixel {dx:.6g}×{dy:.6g})"),
        x0=gt[0],
        y0=gt[3],
        dx=gt[1],
        dy=abs(gt[5]),
    )


def _same_crs(wkt_a: str, wkt_b: str) -> bool:
    if not wkt_a or not wkt_b:
        return wkt_a == wkt_b
    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromWkt(wkt_a)
    b.ImportFromWkt(wkt_b)
    return bool(a.IsSame(b))


def _crs_name(wkt: str) -> str:
    if not wkt:
        return Message(QT_TRANSLATE_NOOP("Core", "(none)"))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    code = srs.GetAuthorityCode(None)
    name = srs.GetName() or Message(QT_TRANSLATE_NOOP("Core", "unnamed"))
    return f"{srs.GetAuthorityName(None)}:{code} ({name})" if code else name


# --------------------------------------------------------------------------------------------
# Inputs


# --------------------------------------------------------------------------------------------
# GDAL calls: the same behaviour with GDAL exceptions on and off


def gdal_call(function: Callable, *args, cancel: CancelFn | None = None, partial=(), **kwargs):
    """Call a GDAL/OGR function so it behaves the same with GDAL exceptions on and off.

    QGIS 3.40's Processing turns GDAL exceptions on for the whole process (GDAL 4 will make them
    the default), QGIS 3.22 leaves them off: failures then come as a RuntimeError or as None.
    Here both become `(None, reason)`; a CPLErr return code other than CE_None (RasterizeLayer)
    counts as a failure too. When `cancel()` is true after the call (a progress callback stopped
    GDAL), Canceled is raised. On failure or cancel the files in `partial` are removed, so a
    stopped run leaves nothing behind. Returns (result, reason).
    """
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        result = function(*args, **kwargs)
        reason = gdal.GetLastErrorMsg()
    except RuntimeError as error:
        result, reason = None, str(error)
    except BaseException:
        remove_files(partial)
        raise
    finally:
        gdal.PopErrorHandler()
    if type(result) is int and result != gdal.CE_None:
        result = None
    if cancel is not None and cancel():
        remove_files(partial)
        raise Canceled()
    if result is None:
        remove_files(partial)
    return result, reason


def remove_files(paths: Sequence[str]) -> None:
    """Remove files and their .aux.xml sidecars, when they exist."""
    for path in [paths] if isinstance(paths, str) else paths:
        for candidate in (path, path + ".aux.xml"):
            if os.path.exists(candidate):
                os.remove(candidate)


def open_dataset(path: str, name: str) -> gdal.Dataset:
    """Open a raster read-only, or raise a RasterError that names the parameter and the file."""
    dataset, reason = gdal_call(gdal.OpenEx, path, gdal.OF_RASTER | gdal.OF_READONLY)
    if dataset is None:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "{name}: cannot open '{path}' as a raster ({reason})."),
            name=name,
            path=path,
            reason=reason or Message(QT_TRANSLATE_NOOP("Core", "unknown format")),
        )
    return dataset


def open_vector(path: str, name: str) -> gdal.Dataset:
    """Open a vector data source read-only, or raise a RasterError that names the parameter."""
    datasource, reason = gdal_call(gdal.OpenEx, path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if datasource is None:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "{name}: cannot open '{path}' as a vector layer."),
            name=name,
            path=path,
        )
    return datasource


class Source:
    """One input raster (some or all of its bands), read window by window as float32 + NaN.

    Each thread gets its own GDAL handle (GDAL datasets are not thread-safe); the blocks read are
    dropped from GDAL's cache after each window so memory does not grow with the raster.
    """

    def __init__(self, path: str, name: str, bands: Sequence[int] | None = None):
        self.path = path
        self.name = name
        dataset = open_dataset(path, name)
        self.grid = Grid.of(dataset)
        self.band_count = dataset.RasterCount
        if self.band_count == 0:
            raise RasterError(
                QT_TRANSLATE_NOOP("Core", "{name}: '{path}' has no raster bands."),
                name=name,
                path=path,
            )
        self.bands = list(bands) if bands else list(range(1, self.band_count + 1))
        for band in self.bands:
            if not 1 <= band <= self.band_count:
                raise RasterError(
                    QT_TRANSLATE_NOOP("Core", "{name}: band {band} requested but '{file}' has "
                        "{count} band(s)."),
                    name=name,
                    band=band,
                    file=os.path.basename(path),
                    count=self.band_count,
                )  # fmt: skip
        first = dataset.GetRasterBand(self.bands[0])
        self.block_size = tuple(first.GetBlockSize())
        self.data_type = gdal.GetDataTypeName(first.DataType)
        self.nodata = [dataset.GetRasterBand(b).GetNoDataValue() for b in self.bands]
        self.descriptions = [dataset.GetRasterBand(b).GetDescription() for b in self.bands]
        self._local = threading.local()
        self._local.dataset = dataset
        self._handles = [dataset]
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Source({self.name!r}, {self.path!r}, bands={self.bands})"

    @property
    def count(self) -> int:
        """Number of bands this source delivers per window."""
        return len(self.bands)

    def _dataset(self) -> gdal.Dataset:
        dataset = getattr(self._local, "dataset", None)
        if dataset is None:
            dataset = open_dataset(self.path, self.name)
            self._local.dataset = dataset
            with self._lock:
                self._handles.append(dataset)
        return dataset

    def read(self, window: Window, bands: Sequence[int] | None = None) -> np.ndarray:
        """Bands (1-based, of the file) in a window as float32 (bands, rows, cols), NaN = nodata.

        Band by band, each turned to NaN where it holds its nodata value while it is still in
        the CPU cache (a pixel-interleaved stack has each tile decoded once all the same: GDAL
        keeps the other bands of a decoded tile in its cache until the window is done).
        """
        bands = list(bands) if bands else self.bands
        dataset = self._dataset()
        out = np.empty((len(bands), window.height, window.width), dtype=np.float32)
        missing = np.empty((window.height, window.width), dtype=bool)  # one for every band
        for i, band_number in enumerate(bands):
            band = dataset.GetRasterBand(band_number)
            band.ReadAsArray(window.col, window.row, window.width, window.height, buf_obj=out[i])
            _nodata_to_nan(out[i], band.GetNoDataValue(), missing)
        dataset.FlushCache()  # drop the blocks just read from GDAL's cache
        return out

    def sample(self, max_values: int = 1_000_000, blocks: int = 8) -> np.ndarray:
        """Valid values of every band from a few whole blocks spread over the raster.

        For unit and range checks before the real pass. The raster is read in whole,
        block-aligned windows (GDAL's block size: a tile, or a strip of rows), so each
        compressed block sampled is decoded once and no other block is touched. At least
        `blocks` of them (more when that many hold fewer than `max_values` values; all when
        the raster has fewer) are read: always the first (top-left) and the last
        (bottom-right), the others spread evenly over rows and columns (a 2-D low-discrepancy
        sequence). Each block keeps at most its share of `max_values` (an evenly spaced subset of
        its valid values), so memory and the checks' cost stay bounded. When
        they hold none (data in a small part of a large raster), the other blocks are read in
        turn until one holds some: the sample is empty only when the whole raster is nodata.
        """
        order, wanted = self._sample_windows(max_values, blocks)
        share = max(1, -(-max_values // wanted))  # values kept per block at most
        values = []
        for i, window in enumerate(order):
            if i >= wanted and values:
                break
            data = self.read(window).ravel()
            data = data[~np.isnan(data)]
            if data.size > share:  # thinned evenly: memory and the checks' cost stay bounded
                data = data[np.linspace(0, data.size - 1, share).astype(np.intp)]
            if data.size:
                values.append(data)
        return np.concatenate(values)[:max_values] if values else np.empty(0, np.float32)

    def _sample_windows(self, max_values: int, blocks: int) -> tuple[list[Window], int]:
        """Block-aligned windows in sampling order, and how many the sample reads at least."""
        grid = self.grid
        block_w = max(1, min(self.block_size[0], grid.width))
        block_h = max(1, min(self.block_size[1], grid.height))
        cap = 4 * max(max_values, 2**20)  # values per window: formats with huge blocks
        if block_w * block_h * self.count > cap:
            block_h = max(1, cap // (block_w * self.count))
        columns, rows = -(-grid.width // block_w), -(-grid.height // block_h)
        total = columns * rows
        per_block = block_w * block_h * self.count
        wanted = min(total, max(blocks, -(-max_values // per_block)))
        chosen = dict.fromkeys([(0, 0), (rows - 1, columns - 1)])
        g = 1.32471795724474602596  # plastic number: the R2 sequence (Roberts 2018)
        j = 0
        while len(chosen) < wanted and j < 16 * total:
            j += 1
            row = int(((0.5 + j / g) % 1.0) * rows)
            col = int(((0.5 + j / g**2) % 1.0) * columns)
            chosen.setdefault((row, col))
        for key in ((r, c) for r in range(rows) for c in range(columns)):
            if len(chosen) >= wanted:
                break
            chosen.setdefault(key)  # a few blocks only: the sequence may not reach them all
        rest = ((r, c) for r in range(rows) for c in range(columns) if (r, c) not in chosen)
        order = [
            Window(
                c * block_w,
                r * block_h,
                min(block_w, grid.width - c * block_w),
                min(block_h, grid.height - r * block_h),
            )
            for r, c in (*chosen, *rest)
        ]
        return order, len(chosen)

    def close(self) -> None:
        with self._lock:
            self._handles.clear()
        self._local = threading.local()


def _nodata_to_nan(data: np.ndarray, nodata: float | None, missing: np.ndarray) -> None:
    """NaN where a float32 array holds the nodata value (in place); missing: a bool array of
    data's shape for the mask (a band without nodata in the window is left as it is)."""
    if nodata is not None and not math.isnan(nodata):
        np.equal(data, np.float32(nodata), out=missing)
        if missing.any():
            np.copyto(data, np.float32(np.nan), where=missing)


def sample_all(sources: Mapping[str, Source], max_values: int = 1_000_000) -> dict[str, np.ndarray]:
    """Source.sample(max_values) of every source, the sources read side by side on every core.

    The checks before a pass decode a few whole blocks of every band of every input; on one
    thread that left the other core idle (casanpp's four stacks at 4000² × 12: 0.46 s of a
    whole process one after the other, 0.40 s side by side). Each source is read by one thread
    (its own GDAL handle); an error is raised for the first source in order that fails, as one
    loop would."""
    drop_block_cache()  # what QGIS decoded loading the layers: not needed, see there
    names = list(sources)
    workers = min(len(names), os.cpu_count() or 1)
    if workers <= 1:
        return {name: sources[name].sample(max_values) for name in names}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="carbonsink-sample") as pool:
        samples = list(pool.map(lambda name: sources[name].sample(max_values), names))
    return dict(zip(names, samples))


def open_sources(
    paths: Mapping[str, str], expect_bands: Mapping[str, int] | None = None
) -> dict[str, Source]:
    """Open named inputs, check band counts, and check that they share one grid. On a refusal
    the inputs opened so far are closed: no GDAL handle outlives the error."""
    sources: dict[str, Source] = {}
    try:
        for name, path in paths.items():
            sources[name] = Source(path, name)
        _check_band_counts(sources, expect_bands or {})
        check_same_grid(list(sources.values()))
    except BaseException:
        for source in sources.values():
            source.close()
        raise
    return sources


def _check_band_counts(sources: Mapping[str, Source], expect_bands: Mapping[str, int]) -> None:
    for name, expected in expect_bands.items():
        source = sources[name]
        if source.count != expected:
            raise RasterError(
                QT_TRANSLATE_NOOP("Core", "{name}: expected {expected} band(s) but '{file}' has "
                    "{count}."),
                name=name,
                expected=expected,
                file=os.path.basename(source.path),
                count=source.count,
            )  # fmt: skip


def check_same_grid(sources: Sequence[Source]) -> Grid:
    """The common grid of the sources, or a GridMismatchError naming the ones that differ."""
    reference = sources[0]
    problems = []
    for other in sources[1:]:
        differences = other.grid.differences(reference.grid)  # the named layer's values first
        if differences:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "{name} differs from {reference}: {differences}"),
                    name=other.name,
                    reference=reference.name,
                    differences=Listing(differences),
                )
            )
    if problems:
        raise GridMismatchError(
            QT_TRANSLATE_NOOP("Core", "The input rasters are not on the same grid. {problems}. "
                "Put them on one grid first with 'Align rasters to a reference grid' "
                "(carbonsink:align)."),
            problems=Listing(problems, " | "),
        )  # fmt: skip
    return reference.grid


# --------------------------------------------------------------------------------------------
# Windows


@dataclass(frozen=True)
class Window:
    col: int
    row: int
    width: int
    height: int

    @property
    def size(self) -> int:
        return self.width * self.height

    @property
    def slices(self) -> tuple[slice, slice]:
        """(rows, cols) slices of this window in a whole-raster array."""
        return slice(self.row, self.row + self.height), slice(self.col, self.col + self.width)


def default_memory_budget() -> int:
    """Bytes of window data in flight: GDAL's cache size, kept between 128 and 256 MB.

    GDAL sizes its cache from the machine (5 % of RAM by default) or from the user's
    GDAL_CACHEMAX, so this follows both; the cap keeps a run polite beside QGIS itself (a
    run inside qgis_process starts from about 300 MB). Issue 19 measured the cap: 256 MB
    is as fast as 512 MB (casanpp, 4000² × 12: wall 0.96×, peak 291 vs 350 MiB), 128 MB
    5 % slower.
    """
    return int(min(max(gdal.GetCacheMax(), 128 * 2**20), 256 * 2**20))


def iter_windows(
    grid: Grid, bytes_per_pixel: float, budget: int, step: int = _OUTPUT_TILE
) -> Iterator[Window]:
    """Windows covering the grid, row-major, each at most `budget` bytes of pixel data.

    Windows are whole rows of the raster when a band of `step` rows fits, else squares of
    `step`-multiples; their edges fall on multiples of `step` (the output tile size), so every
    output tile is written exactly once. The last row and column of windows may be smaller.
    """
    max_pixels = max(step * step, int(budget / max(bytes_per_pixel, 1.0)))
    if grid.width * step <= max_pixels:
        width = grid.width
        height = max(step, (max_pixels // grid.width) // step * step)
    else:
        width = max(step, (max_pixels // step) // step * step)
        height = step
    for row in range(0, grid.height, height):
        for col in range(0, grid.width, width):
            yield Window(col, row, min(width, grid.width - col), min(height, grid.height - row))


# --------------------------------------------------------------------------------------------
# Outputs


@dataclass
class Output:
    """A GeoTIFF to write: its path, band count, pixel type, nodata and descriptions."""

    path: str
    bands: int = 1
    dtype: str = "float32"
    nodata: float | None = None
    descriptions: Sequence[str] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self):
        if self.dtype not in _GDAL_TYPES:
            raise ValueError(f"unsupported output type {self.dtype}")
        if self.nodata is None:
            self.nodata = _DEFAULT_NODATA[self.dtype]


def creation_options(dtype: str) -> list[str]:
    """Tiled, DEFLATE-compressed GeoTIFF (float predictor for floats), BigTIFF if needed."""
    predictor = "3" if dtype == "float32" else "2"
    return [
        "TILED=YES",
        f"BLOCKXSIZE={_OUTPUT_TILE}",
        f"BLOCKYSIZE={_OUTPUT_TILE}",
        "COMPRESS=DEFLATE",
        f"PREDICTOR={predictor}",
        "ZLEVEL=1",  # fast; level 6 saves ~5 % more space at twice the time
        "BIGTIFF=IF_SAFER",
        "NUM_THREADS=ALL_CPUS",
    ]


def provenance(algorithm: str, parameters: Mapping[str, object], version: str) -> dict[str, str]:
    """Dataset metadata that says what made a file."""
    return {
        "CARBONSINK_ALGORITHM": algorithm,
        "CARBONSINK_VERSION": version,
        "CARBONSINK_PARAMETERS": json.dumps(parameters, ensure_ascii=False, default=str),
        "CARBONSINK_CREATED": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


class _PendingOutput:
    """An output under its temporary name until commit()."""

    def __init__(self, spec: Output, grid: Grid):
        self.spec = spec
        folder = os.path.dirname(os.path.abspath(spec.path))
        if not os.path.isdir(folder):
            raise RasterError(
                QT_TRANSLATE_NOOP("Core", "Output folder '{folder}' does not exist."),
                folder=folder,
            )
        base = os.path.basename(spec.path)
        self.temp_path = os.path.join(folder, f".{base}.{uuid.uuid4().hex[:8]}.partial.tif")
        self.dataset, reason = gdal_call(
            gdal.GetDriverByName("GTiff").Create,
            self.temp_path,
            grid.width,
            grid.height,
            spec.bands,
            _GDAL_TYPES[spec.dtype],
            creation_options(spec.dtype),
            partial=[self.temp_path],
        )
        if self.dataset is None:
            raise RasterError(
                QT_TRANSLATE_NOOP("Core", "Cannot create '{path}': {reason}"),
                path=spec.path,
                reason=reason,
            )
        self.dataset.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            self.dataset.SetProjection(grid.crs_wkt)
        for i in range(spec.bands):
            band = self.dataset.GetRasterBand(i + 1)
            band.SetNoDataValue(spec.nodata)
            if i < len(spec.descriptions):
                band.SetDescription(spec.descriptions[i])
        if spec.metadata:
            self.dataset.SetMetadata(dict(spec.metadata))
        self.valid = 0
        self.nodata = 0

    def write(self, window: Window, data: np.ndarray) -> None:
        data = np.asarray(data)
        if data.ndim == 2:
            data = data[np.newaxis]
        if data.shape != (self.spec.bands, window.height, window.width):
            raise ValueError(
                f"{self.spec.path}: block of shape {data.shape}, expected "
                f"{(self.spec.bands, window.height, window.width)}"
            )
        if data.dtype.kind == "f":
            missing = ~np.isfinite(data)
            data = np.where(missing, np.float32(self.spec.nodata), data)
        else:
            missing = data == self.spec.nodata
        self.nodata += int(missing.sum())
        self.valid += missing.size - int(missing.sum())
        for i in range(self.spec.bands):
            band = self.dataset.GetRasterBand(i + 1)
            band.WriteArray(data[i], window.col, window.row)
        self.dataset.FlushCache()  # compress and write the finished tiles now

    def commit(self) -> None:
        self.dataset.FlushCache()
        self.dataset = None
        for stale in (self.spec.path + ".aux.xml",):
            if os.path.exists(stale):
                os.remove(stale)
        os.replace(self.temp_path, self.spec.path)

    def discard(self) -> None:
        self.dataset = None
        for path in (self.temp_path, self.temp_path + ".aux.xml"):
            if os.path.exists(path):
                os.remove(path)


# --------------------------------------------------------------------------------------------
# The block loop


@dataclass
class Block:
    """What a compute function sees: one window of every source, float32 with NaN as nodata."""

    window: Window
    grid: Grid
    data: dict[str, np.ndarray]

    def __getitem__(self, name: str) -> np.ndarray:
        return self.data[name]

    def cell_area(self) -> np.ndarray:
        """Cell areas (m²) of this window's rows, shape (rows, 1): broadcasts over columns."""
        return self.grid.cell_area(self.window.row, self.window.height)


@dataclass
class RunSummary:
    """Counts of valid and nodata pixels per output (summed over bands)."""

    windows: int = 0
    valid: dict[str, int] = field(default_factory=dict)
    nodata: dict[str, int] = field(default_factory=dict)


class Compute(Protocol):
    """What run_blocks calls on a worker thread, one window at a time: {output name: array
    (bands, rows, cols) or (rows, cols)} and anything else on_block wants (totals, counts).
    A block pass object's bound `compute` method is one."""

    def __call__(self, block: Block) -> Mapping[str, object]: ...


class OnBlock(Protocol):
    """What run_blocks calls on the calling thread, in window order, with compute's result."""

    def __call__(self, block: Block, result: Mapping[str, object]) -> None: ...


class Engine(Protocol):
    """A pass through the engine as multi-pass drivers (casa.run_casa, nppimport) receive it:
    run_blocks with the start…end share of the progress bar. plain_engine below, or the
    processing layer's CarbonSinkAlgorithm.engine bound to its feedback (progress, Cancel)."""

    def __call__(
        self,
        sources: Mapping[str, Source],
        outputs: Mapping[str, Output],
        compute: Compute,
        start: float = 0.0,
        end: float = 100.0,
        **options,
    ) -> RunSummary: ...


def plain_engine(sources, outputs, compute, start=0.0, end=100.0, **options) -> RunSummary:
    """run_blocks without progress reporting (the processing layer passes its own engine)."""
    return run_blocks(sources, outputs, compute, **options)


def run_blocks(
    sources: Mapping[str, Source],
    outputs: Mapping[str, Output],
    compute: Compute,
    *,
    grid: Grid | None = None,
    on_block: OnBlock | None = None,
    progress: ProgressFn | None = None,
    is_canceled: CancelFn | None = None,
    memory_budget: int | None = None,
    workers: int | None = None,
    temporaries: float = 3.0,
    accept: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Run `compute` over the grid window by window and write its results.

    compute(block) -> {name: array} runs on worker threads (numpy releases the GIL, so this uses
    every core). Entries whose name is an output are written there, as (bands, rows, cols) or
    (rows, cols) arrays; NaN and ±inf become the output's nodata. The whole result also goes to
    on_block(block, result), called on the calling thread in window order: the place to
    accumulate totals in the same pass.

    Memory: windows are sized so that all windows in flight (workers + 1) together hold at most
    `memory_budget` bytes, counting input and output bands times `temporaries` (the compute
    function's own scratch arrays). Outputs are moved into place only if every window succeeded;
    on error or cancel no output file is left behind (Canceled is raised on cancel).

    accept(summary), when given, sees the counts of valid and nodata pixels of every output
    after the last window and before anything is moved into place: it raises (an InputError
    saying why) to refuse a product that cannot be right, e.g. all nodata. A refused run is a
    failed run: its temporary files go, an older file at an output path is untouched.
    """
    try:
        if grid is None:
            if not sources:
                raise ValueError("run_blocks needs sources or a grid")
            grid = check_same_grid(list(sources.values()))
        _refuse_overwriting_inputs(sources, outputs)
    except BaseException:  # refused before the pass: the sources are closed as after it
        for source in sources.values():
            source.close()
        raise
    drop_block_cache()
    workers = max(1, workers or os.cpu_count() or 1)
    budget = memory_budget or default_memory_budget()
    bands = sum(s.count for s in sources.values()) + sum(o.bands for o in outputs.values())
    bytes_per_pixel = 4.0 * max(bands, 1) * temporaries * (workers + 1)
    windows = list(iter_windows(grid, bytes_per_pixel, budget))
    total_pixels = float(grid.width * grid.height)

    def work(window: Window):
        block = Block(window, grid, {n: s.read(window) for n, s in sources.items()})
        return block, compute(block)

    pending = {name: _PendingOutput(spec, grid) for name, spec in outputs.items()}
    summary = RunSummary(windows=len(windows))
    done_pixels = 0
    writer = _Writer(pending) if pending else None
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="carbonsink") as pool:
            queue: deque = deque()
            todo = iter(windows)
            try:
                for window in todo:
                    queue.append(pool.submit(work, window))
                    if len(queue) <= workers:
                        continue
                    done_pixels += _finish(queue.popleft().result(), pending, on_block, writer)
                    _report(progress, done_pixels / total_pixels)
                    if is_canceled is not None and is_canceled():
                        raise Canceled()
                while queue:
                    done_pixels += _finish(queue.popleft().result(), pending, on_block, writer)
                    _report(progress, done_pixels / total_pixels)
                    if is_canceled is not None and is_canceled() and queue:
                        raise Canceled()
            finally:
                for future in queue:
                    future.cancel()
        if writer is not None:
            writer.close()  # every window written, or the writer's error raised here
        for name, output in pending.items():
            summary.valid[name] = output.valid
            summary.nodata[name] = output.nodata
        if accept is not None:
            accept(summary)
        for output in pending.values():
            output.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        for output in pending.values():
            output.discard()
        raise
    finally:
        for source in sources.values():
            source.close()
        release_free_memory()
    return summary


def drop_block_cache() -> None:
    """Empty GDAL's block cache (and give the memory back), before a pass allocates its windows.

    Inside QGIS the cache holds what others left there, above all the tiles QGIS decoded for
    the approximate histograms it computes when it first loads a raster (its default
    rendering; Processing loads every input layer to check it): at 10 m, ≈ 360 MB for
    casanpp's four stacks, held for the whole run on top of the pass. A pass reads every block
    again anyway, so the cached ones only cost memory. Lowering the cache limit to 0 makes GDAL
    evict every block, as it does under memory pressure (a dirty block is written, not lost);
    the user's limit is restored at once."""
    limit = gdal.GetCacheMax()
    gdal.SetCacheMax(0)
    gdal.SetCacheMax(limit)
    release_free_memory()


def release_free_memory() -> None:
    """Give the memory the pass freed back to the system (glibc only; elsewhere a no-op).

    The workers' window arrays are freed into their threads' malloc arenas, which glibc keeps:
    without this, every pass of a chain (the workflow's steps) starts from the previous one's
    peak instead of from where it began."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl)
        return None


def _finish(done, pending, on_block, writer) -> int:
    block, result = done
    if on_block is not None:
        on_block(block, result)
    if writer is not None:
        for name in pending:
            if name not in result:
                raise KeyError(f"compute returned no '{name}' block")
        writer.put(block.window, {name: result[name] for name in pending})
    return block.window.size


class _Writer:
    """The thread that writes the outputs, window after window in the order given.

    Only this thread touches the output datasets between their creation and commit() or
    discard() (a GDAL dataset must not be used from two threads at once), so compressing and
    writing window k overlaps reading and computing the next ones. Its queue holds one window
    (the output arrays only): with the one being written, memory stays within the budget's
    `temporaries` margin. An error while writing is raised on the calling thread by the next
    put() or by close(); the windows after it are not written.
    """

    def __init__(self, pending: Mapping[str, _PendingOutput]):
        self._pending = pending
        self._queue: _queue.Queue = _queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="carbonsink-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if self._error is not None or self._stop:
                continue  # after an error or abort: drained, never written
            window, arrays = item
            try:
                for name, output in self._pending.items():
                    output.write(window, arrays[name])
            except BaseException as error:  # noqa: BLE001 - raised again on the calling thread
                self._error = error

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, window: Window, arrays: Mapping[str, np.ndarray]) -> None:
        """Queue a window for writing (waits while the writer is a window behind)."""
        self._raise()
        self._queue.put((window, arrays))  # the writer always drains: this cannot hang

    def close(self) -> None:
        """Wait for every queued window to be written; raise the writer's error if any."""
        self._queue.put(None)
        self._thread.join()
        self._raise()

    def abort(self) -> None:
        """Stop writing (error or cancel on the calling thread) and wait for the thread."""
        self._stop = True
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


def _report(progress: ProgressFn | None, fraction: float) -> None:
    if progress is not None:
        progress(min(1.0, fraction))


def _refuse_overwriting_inputs(sources: Mapping[str, Source], outputs: Mapping[str, Output]):
    inputs: dict[str, str] = {}
    for source in sources.values():  # a file read twice (NIR as a band of RED): its first name
        if os.path.exists(source.path):
            inputs.setdefault(os.path.realpath(source.path), source.name)
    for name, spec in outputs.items():
        target = os.path.realpath(spec.path)
        if target in inputs:
            raise RasterError(
                QT_TRANSLATE_NOOP("Core", "Output {name} ('{path}') is the input {input}: "
                    "inputs are never overwritten. Choose another output file."),
                name=name,
                path=spec.path,
                input=inputs[target],
            )  # fmt: skip


def read_whole(path: str, name: str, band: int = 1) -> np.ndarray:
    """One band of a small raster as float32 with NaN nodata (tests and tiny lookups only)."""
    source = Source(path, name, bands=[band])
    try:
        grid = source.grid
        return source.read(Window(0, 0, grid.width, grid.height))[0]
    finally:
        source.close()
