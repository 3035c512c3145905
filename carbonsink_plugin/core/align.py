"""Put a raster on a reference grid (SPEC §2.3): CRS, pixel size, extent and alignment.

gdal.Warp does the work window by window under a memory limit, on all cores; its progress
callback reports progress and returns 0 on cancel, which stops GDAL. Like the block engine, the
result is written under a temporary name and moved into place only when the warp succeeded.

Resampling follows the data kind: class rasters nearest neighbour; continuous rasters bilinear,
or average when aggregating to a grid at least 1.5 times coarser.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import math
import os
import re
import uuid
from dataclasses import dataclass

from osgeo import gdal, osr

from . import raster
from .errors import QT_TRANSLATE_NOOP, Message
from .raster import Grid, RasterError, gdal_call, remove_files

RESAMPLING = {
    "nearest": gdal.GRA_NearestNeighbour,
    "bilinear": gdal.GRA_Bilinear,
    "cubic": gdal.GRA_Cubic,
    "average": gdal.GRA_Average,
    "mode": gdal.GRA_Mode,
}
COARSER_RATIO = 1.5  # reference pixels this much larger than the input's → aggregate (average)

_FLOAT_TYPES = (gdal.GDT_Float32, gdal.GDT_Float64)
_NODATA_BY_TYPE = {
    gdal.GDT_Byte: 255,
    gdal.GDT_UInt16: 65535,
    gdal.GDT_Int16: -32768,
    gdal.GDT_UInt32: 4294967295,
    gdal.GDT_Int32: -2147483648,
    gdal.GDT_Float32: raster.NODATA_FLOAT,
    gdal.GDT_Float64: raster.NODATA_FLOAT,
}


def transform_bounds(bounds, source_wkt: str, target_wkt: str) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of `bounds` after reprojection (densified edges)."""
    source, target = raster.spatial_reference(source_wkt), raster.spatial_reference(target_wkt)
    if source is None or target is None or source.IsSame(target):
        return tuple(bounds)
    transform = osr.CoordinateTransformation(source, target)
    xmin, ymin, xmax, ymax = bounds
    steps = 21
    points = []
    for i in range(steps):
        t = i / (steps - 1)
        x = xmin + (xmax - xmin) * t
        y = ymin + (ymax - ymin) * t
        points += [(x, ymin), (x, ymax), (xmin, y), (xmax, y)]
    out = [p for p in transform.TransformPoints(points) if all(math.isfinite(v) for v in p[:2])]
    if not out:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "The extent cannot be transformed into the reference CRS.")
        )
    xs = [p[0] for p in out]
    ys = [p[1] for p in out]
    return min(xs), min(ys), max(xs), max(ys)


def overlap_fraction(bounds, reference: Grid) -> float:
    """Share of the reference extent covered by `bounds` (both in the reference CRS)."""
    rxmin, rymin, rxmax, rymax = reference.bounds
    xmin, ymin, xmax, ymax = bounds
    width = min(xmax, rxmax) - max(xmin, rxmin)
    height = min(ymax, rymax) - max(ymin, rymin)
    if width <= 0 or height <= 0:
        return 0.0
    return (width * height) / ((rxmax - rxmin) * (rymax - rymin))


def check_overlap(path: str, grid: Grid, name: str, reference_name: str) -> float:
    """Share of the reference covered by the raster at `path`; an error when nothing overlaps."""
    dataset = raster.open_dataset(path, name)
    source = Grid.of(dataset)
    if not source.crs_wkt and grid.crs_wkt:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' has no CRS, so it cannot be placed on "
                "the grid of {reference}. Assign its CRS first (Raster → Projections → Assign)."),
            name=name,
            file=os.path.basename(path),
            reference=reference_name,
        )  # fmt: skip
    bounds = transform_bounds(source.bounds, source.crs_wkt, grid.crs_wkt)
    share = overlap_fraction(bounds, grid)
    if share <= 0:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' does not overlap {reference} (its extent "
                "{extent} vs {reference_extent} in the reference CRS). Check that both cover the "
                "same area and that their CRS are set correctly."),
            name=name,
            file=display_name(path),
            reference=reference_name,
            extent=_fmt(bounds),
            reference_extent=_fmt(grid.bounds),
        )  # fmt: skip
    return share


def display_name(path: str) -> str:
    """A file's name for messages; a GDAL sub-dataset ('HDF4_EOS:EOS_GRID:"/d/a.hdf":…:Npp_500m')
    as 'a.hdf (Npp_500m)'."""
    match = re.search(r'"([^"]+)"(?::.*:([^:]+))?$', path)
    if match:
        name = os.path.basename(match.group(1))
        return f"{name} ({match.group(2)})" if match.group(2) else name
    return os.path.basename(path)


def _fmt(bounds) -> str:
    return "(" + ", ".join(f"{v:.6g}" for v in bounds) + ")"


# --------------------------------------------------------------------------------------------
# Data kind and resampling


def guess_is_classes(path: str) -> tuple[bool, str]:
    """(True if the raster holds classes, why). Colour table, RAT or category names → classes;
    float pixels → continuous; integers with a scale/offset (e.g. NDVI × 10 000) → continuous;
    other integers → classes (nearest neighbour never invents a class; bilinear would)."""
    dataset = raster.open_dataset(path, "INPUT")
    band = dataset.GetRasterBand(1)
    if band.GetColorTable() is not None:
        return True, "it has a colour table"
    if band.GetDefaultRAT() is not None or band.GetCategoryNames():
        return True, "it has class names"
    if band.DataType in _FLOAT_TYPES:
        return False, "its pixels are floating-point"
    scale, offset = band.GetScale(), band.GetOffset()
    metadata = {k.lower(): v for k, v in (band.GetMetadata() or {}).items()}
    metadata.update({k.lower(): v for k, v in (dataset.GetMetadata() or {}).items()})
    scale_factor = metadata.get("scale_factor")
    if (
        (scale not in (None, 1.0))
        or (offset not in (None, 0.0))
        or (scale_factor not in (None, "1", "1.0"))
    ):
        return False, "its integers carry a scale factor (scaled measurements)"
    return True, "its pixels are integers"


def pixel_size_in(path: str, grid: Grid) -> float:
    """Approximate pixel size of the raster at `path`, in the reference grid's CRS units."""
    dataset = raster.open_dataset(path, "INPUT")
    source = Grid.of(dataset)
    xmin, ymin, xmax, ymax = transform_bounds(source.bounds, source.crs_wkt, grid.crs_wkt)
    return math.sqrt(((xmax - xmin) / source.width) * ((ymax - ymin) / source.height))


def choose_resampling(is_classes: bool, source_pixel: float, target_pixel: float) -> str:
    """nearest for classes; average when aggregating ≥ 1.5× coarser; else bilinear."""
    if is_classes:
        return "nearest"
    if target_pixel >= COARSER_RATIO * source_pixel:
        return "average"
    return "bilinear"


# --------------------------------------------------------------------------------------------
# Warping


@dataclass
class WarpResult:
    path: str
    resampling: str
    nodata: float | None
    bands: int
    data_type: str


def _warp_options(grid: Grid, resampling: str, memory_limit, extra) -> dict:
    if grid.geotransform[2] or grid.geotransform[4]:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "The reference grid is rotated; only north-up grids are "
                "supported.")
        )  # fmt: skip
    xmin, ymin, xmax, ymax = grid.bounds
    options = dict(
        outputBounds=(xmin, ymin, xmax, ymax),
        width=grid.width,
        height=grid.height,
        dstSRS=grid.crs_wkt or None,
        resampleAlg=RESAMPLING[resampling],
        multithread=True,
        # each band its own nodata: GDAL's default drops a pixel only when every band is nodata
        # there, and bilinear then mixes one month's fill value into its neighbours
        warpOptions=["NUM_THREADS=ALL_CPUS", "INIT_DEST=NO_DATA", "UNIFIED_SRC_NODATA=NO"],
        warpMemoryLimit=memory_limit or raster.default_memory_budget(),
    )
    options.update(extra)
    return options


def _source_nodata(dataset: gdal.Dataset) -> tuple[float | None, float]:
    """(nodata declared by the file or None, nodata the output will use)."""
    band = dataset.GetRasterBand(1)
    declared = band.GetNoDataValue()
    if declared is not None:
        return declared, declared
    return None, _NODATA_BY_TYPE.get(band.DataType, raster.NODATA_FLOAT)


def warp_to_grid(
    path: str,
    grid: Grid,
    output: str,
    *,
    resampling: str,
    name: str = "INPUT",
    cutline: tuple[str, str | None] | None = None,
    metadata: dict | None = None,
    progress=None,
    is_canceled=None,
    memory_limit: int | None = None,
) -> WarpResult:
    """Warp the raster at `path` onto `grid` and write a tiled, compressed GeoTIFF `output`.

    Every band is kept with its pixel type and description. Pixels outside the input or outside
    the cutline polygons (cutline = (OGR path, layer name)) are nodata: the file's own nodata, or
    the type's default (255 Byte, −32768 Int16, 65535 UInt16, −9999 float) when it declares none.
    """
    if os.path.realpath(path) == os.path.realpath(output):
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "The output '{output}' is the input {name}: inputs are "
                "never overwritten. Choose another output file."),
            output=output,
            name=name,
        )  # fmt: skip
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "Output folder '{folder}' does not exist."), folder=folder
        )
    source = raster.open_dataset(path, name)
    declared, nodata = _source_nodata(source)
    first = source.GetRasterBand(1)
    data_type = gdal.GetDataTypeName(first.DataType)
    descriptions = [source.GetRasterBand(i + 1).GetDescription() for i in range(source.RasterCount)]
    color_table = first.GetColorTable()
    dtype = "float32" if first.DataType in _FLOAT_TYPES else "int16"
    extra = dict(
        format="GTiff",
        creationOptions=raster.creation_options(dtype),
        dstNodata=nodata,
    )
    if declared is not None:
        extra["srcNodata"] = declared
    if cutline is not None:
        extra.update(cutlineDSName=cutline[0], cutlineLayer=cutline[1] or None)

    def callback(complete, _message, _data):
        if progress is not None:
            progress(min(1.0, max(0.0, complete)))
        return 0 if (is_canceled is not None and is_canceled()) else 1

    options = _warp_options(grid, resampling, memory_limit, extra)
    temp = os.path.join(folder, f".{os.path.basename(output)}.{uuid.uuid4().hex[:8]}.partial.tif")
    result, reason = gdal_call(
        gdal.Warp, temp, source, callback=callback, cancel=is_canceled, partial=[temp], **options
    )
    if result is None:
        raise _warp_error(name, path, reason)
    try:
        for i, description in enumerate(descriptions):
            if description:
                result.GetRasterBand(i + 1).SetDescription(description)
        if color_table is not None:
            result.GetRasterBand(1).SetColorTable(color_table)
        if metadata:
            existing = result.GetMetadata() or {}
            existing.update(metadata)
            result.SetMetadata(existing)
        result.FlushCache()
        result = None
    except BaseException:
        result = None
        remove_files([temp])
        raise
    remove_files([output + ".aux.xml"])
    os.replace(temp, output)
    return WarpResult(output, resampling, nodata, len(descriptions), data_type)


def warped_vrt(path: str, grid: Grid, vrt_path: str, resampling: str, name: str) -> str:
    """A virtual (lazily warped) copy of `path` on `grid`: read it window by window like a file."""
    source = raster.open_dataset(path, name)
    declared, nodata = _source_nodata(source)
    extra = dict(format="VRT", dstNodata=nodata)
    if declared is not None:
        extra["srcNodata"] = declared
    options = _warp_options(grid, resampling, None, extra)
    result, reason = gdal_call(gdal.Warp, vrt_path, source, **options)
    if result is None:
        raise _warp_error(name, path, reason)
    result.FlushCache()
    result = None
    return vrt_path


def _warp_error(name: str, path: str, reason: str) -> RasterError:
    return RasterError(
        QT_TRANSLATE_NOOP("Core", "{name}: GDAL could not warp '{path}': {reason}."),
        name=name,
        path=path,
        reason=reason or Message(QT_TRANSLATE_NOOP("Core", "unknown")),
    )


# --------------------------------------------------------------------------------------------
# Study area (cutline)


def check_cutline(path: str, layer_name: str | None, grid: Grid, name: str) -> int:
    """Number of polygons in the study area; an error when it is empty or misses the grid."""
    datasource = raster.open_vector(path, name)
    layer = datasource.GetLayerByName(layer_name) if layer_name else datasource.GetLayer(0)
    if layer is None:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "{name}: no layer '{layer}' in '{path}'."),
            name=name,
            layer=layer_name,
            path=path,
        )
    count = layer.GetFeatureCount()
    if count == 0:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "{name}: the study area layer has no polygon."), name=name
        )
    xmin, xmax, ymin, ymax = layer.GetExtent()
    srs = layer.GetSpatialRef()
    wkt = srs.ExportToWkt() if srs is not None else grid.crs_wkt
    bounds = transform_bounds((xmin, ymin, xmax, ymax), wkt, grid.crs_wkt)
    if overlap_fraction(bounds, grid) <= 0:
        raise RasterError(
            QT_TRANSLATE_NOOP("Core", "{name}: the study area {extent} does not overlap the "
                "reference grid {reference_extent} (reference CRS). Check the layers and their "
                "CRS."),
            name=name,
            extent=_fmt(bounds),
            reference_extent=_fmt(grid.bounds),
        )  # fmt: skip
    return count
