"""Gridded monthly climate (NetCDF with CF time, or a 12-band raster) → the 12 months of a year.

The common gridded sources of monthly temperature and precipitation (e.g. the 1 km monthly
datasets of the National Tibetan Plateau Data Center: int16 in 0.1 °C / 0.1 mm, lat/lon without a
CRS variable, files of 12 or 36 months) are read as they come:

- the variable: the file itself, or the NetCDF variable named (or the only 2-D+ one);
- the months: from the CF time coordinate (`<unit> since <date>`, calendars standard /
  gregorian / proleptic_gregorian, noleap / 365_day, 360_day), bands whose time values are the
  month numbers 1…12 (or 0…11), or, with no time at all, 12 bands taken as January…December;
- the scale: y = stored × scale + offset, from the CF attributes (GDAL's band scale / offset)
  unless given;
- the CRS: the file's, or WGS84 longitude/latitude when it has none and its extent is in
  degrees (said in the log).

prepare() writes a VRT of the year's 12 bands in calendar order (Float32, the file's nodata)
for core.align.warped_vrt; scaling happens on the reference grid, block by block.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field

from osgeo import gdal, osr

from . import raster
from .errors import QT_TRANSLATE_NOOP, InputError, Message

_CF_TIME = re.compile(
    r"^\s*(days?|d|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|months?|common_years?|years?)"
    r"\s+since\s+(-?\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?",
    re.IGNORECASE,
)
_SECONDS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}


@dataclass
class MonthlyGrid:
    """A gridded monthly dataset: GDAL name, (year or None, month) per band, file scale."""

    path: str
    months: list[tuple[int | None, int]]
    scale: float = 1.0
    offset: float = 0.0
    crs_wkt: str = ""  # the file's CRS, or WGS84 when assumed
    notes: list = field(default_factory=list)


def open_monthly(path: str, variable: str = "", name: str = "INPUT") -> MonthlyGrid:
    """The dataset (the NetCDF variable when named or the only one) and its months."""
    dataset = raster.open_dataset(path, name)
    subdatasets = [s for s, _d in dataset.GetSubDatasets()]
    if variable:
        wanted = [s for s in subdatasets if s.rsplit(":", 1)[-1] == variable]
        if not wanted and dataset.RasterCount and not subdatasets:
            wanted = [path]  # a single-variable file opened directly
        if not wanted:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: '{file}' has no variable '{variable}'; its "
                    "variables are: {variables}."),
                name=name,
                file=path,
                variable=variable,
                variables=", ".join(s.rsplit(":", 1)[-1] for s in subdatasets) or "—",
            )  # fmt: skip
        path = wanted[0]
    elif subdatasets and not dataset.RasterCount:
        if len(subdatasets) > 1:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: '{file}' holds several variables ({variables})"
                    "; name the one to read in NC_VARIABLE."),
                name=name,
                file=path,
                variables=", ".join(s.rsplit(":", 1)[-1] for s in subdatasets),
            )  # fmt: skip
        path = subdatasets[0]
    if path != dataset.GetDescription():
        dataset = raster.open_dataset(path, name)
    band = dataset.GetRasterBand(1)
    grid = MonthlyGrid(
        path=path,
        months=_months(dataset, name),
        scale=band.GetScale() if band.GetScale() not in (None, 0) else 1.0,
        offset=band.GetOffset() or 0.0,
        crs_wkt=dataset.GetProjection() or "",
    )
    if not grid.crs_wkt:
        grid.crs_wkt = _assumed_wgs84(dataset, name)
        grid.notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{name} has no coordinate reference system; its "
                    "extent is in degrees, so WGS84 longitude/latitude (EPSG:4326) is assumed"),
                name=name,
            )
        )  # fmt: skip
    return grid


def _assumed_wgs84(dataset: gdal.Dataset, name: str) -> str:
    gt = dataset.GetGeoTransform(can_return_null=True)
    if gt is not None:
        xs = (gt[0], gt[0] + gt[1] * dataset.RasterXSize)
        ys = (gt[3], gt[3] + gt[5] * dataset.RasterYSize)
        if all(-360.5 <= x <= 360.5 for x in xs) and all(-90.5 <= y <= 90.5 for y in ys):
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(4326)
            return srs.ExportToWkt()
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name} has no coordinate reference system and its extent is "
            "not in degrees; assign its CRS (Layer Properties → Source, or gdal_edit.py -a_srs)."),
        name=name,
    )  # fmt: skip


def _months(dataset: gdal.Dataset, name: str) -> list[tuple[int | None, int]]:
    """(year or None, month) of each band: CF time, month numbers, or 12 bands in order."""
    metadata = dataset.GetMetadata() or {}
    dims = metadata.get("NETCDF_DIM_EXTRA", "").strip("{}").split(",")
    dims = [d.strip() for d in dims if d.strip()]
    count = dataset.RasterCount
    for dim in dims:
        values = []
        for i in range(count):
            item = dataset.GetRasterBand(i + 1).GetMetadataItem(f"NETCDF_DIM_{dim}")
            values.append(float(item) if item not in (None, "") else None)
        if None in values:
            continue
        units = metadata.get(f"{dim}#units", "")
        match = _CF_TIME.match(units)
        if match:
            cal = metadata.get(f"{dim}#calendar", "standard").strip().lower()
            return [_cf_month(v, match, cal, name, units) for v in values]
        whole = all(v == int(v) for v in values)
        if whole and (set(values) <= set(range(1, 13)) or set(values) <= set(range(12))):
            first = 0 if 0 in values else 1
            return [(None, int(v) - first + 1) for v in values]
    if count == 12:
        return [(None, m) for m in range(1, 13)]
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: cannot tell the month of its {count} bands: it has "
            "no CF time coordinate ('days since …', 'months since …') and not 12 bands."),
        name=name,
        count=count,
    )  # fmt: skip


def _cf_month(value: float, match, cal: str, name: str, units: str) -> tuple[int, int]:
    unit = match.group(1).lower()
    year, month, day = int(match.group(2)), int(match.group(3)), int(match.group(4) or 1)
    if unit.startswith("month"):
        index = year * 12 + (month - 1) + int(round(value))
        return index // 12, index % 12 + 1
    if "year" in unit:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the time unit '{units}' counts years; monthly "
                "data needs days, hours or months."),
            name=name,
            units=units,
        )  # fmt: skip
    days = value * _SECONDS[unit[0]] / 86400.0
    if cal in ("360_day",):
        total = (year * 360 + (month - 1) * 30 + (day - 1)) + int(days // 1)
        return total // 360, (total % 360) // 30 + 1
    if cal in ("noleap", "365_day"):
        start = sum(_NOLEAP[: month - 1]) + day - 1 + int(days // 1)
        year += start // 365
        doy = start % 365
        for index, length in enumerate(_NOLEAP):
            if doy < length:
                return year, index + 1
            doy -= length
    if cal not in ("standard", "gregorian", "proleptic_gregorian", "julian", ""):
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the calendar '{calendar}' of the time coordinate "
                "is not supported (standard, noleap/365_day, 360_day)."),
            name=name,
            calendar=cal,
        )  # fmt: skip
    when = datetime.datetime(year, month, day) + datetime.timedelta(days=days)
    return when.year, when.month


_NOLEAP = [calendar.monthrange(2001, m)[1] for m in range(1, 13)]


def pick_year(grid: MonthlyGrid, year: int | None, name: str = "INPUT") -> tuple[list[int], int]:
    """(1-based band numbers of January…December, the year or 0 when the file has none)."""
    years = sorted({y for y, _m in grid.months if y is not None})
    if year and years and year not in years:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: no band of the year {year}; the file holds "
                "{first}–{last}."),
            name=name,
            year=year,
            first=years[0],
            last=years[-1],
        )  # fmt: skip
    if not year:
        if len(years) > 1:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: the file holds the years {first}–{last}; "
                    "choose one in YEAR."),
                name=name,
                first=years[0],
                last=years[-1],
            )  # fmt: skip
        year = years[0] if years else None
    chosen: dict[int, int] = {}
    for index, (y, m) in enumerate(grid.months):
        if years and y != year:
            continue
        if m in chosen:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: bands {first} and {second} are both month "
                    "{month}."),
                name=name,
                first=chosen[m],
                second=index + 1,
                month=m,
            )  # fmt: skip
        chosen[m] = index + 1
    missing = [m for m in range(1, 13) if m not in chosen]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: month(s) {months} of {year} are not in the file."),
            name=name,
            months=", ".join(map(str, missing)),
            year=year or "—",
        )  # fmt: skip
    return [chosen[m] for m in range(1, 13)], year or 0


def prepare(grid: MonthlyGrid, bands: list[int], vrt_path: str, name: str = "INPUT") -> str:
    """A VRT of `bands` in this order, Float32, with the (possibly assumed) CRS; the stored
    values unscaled (scale applies later)."""
    source = raster.open_dataset(grid.path, name)
    nodata = source.GetRasterBand(1).GetNoDataValue()
    options = dict(
        format="VRT", bandList=bands, outputType=gdal.GDT_Float32, outputSRS=grid.crs_wkt
    )
    if nodata is not None:
        options["noData"] = nodata
    result, reason = raster.gdal_call(gdal.Translate, vrt_path, source, **options)
    if result is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: GDAL cannot read it ({reason})."),
            name=name,
            reason=reason,
        )
    for i in range(result.RasterCount):  # the scale is applied by the caller, once
        result.GetRasterBand(i + 1).SetScale(1.0)
        result.GetRasterBand(i + 1).SetOffset(0.0)
    result.FlushCache()
    result = None
    return vrt_path
