"""Meteorological station tables → 12-band monthly rasters (SPEC §2.4).

Reading: CSV in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16; wide tables (one row per
station, 12 month columns) or long tables (station, month, value; several years are averaged
or one is picked). Column names are recognised in Chinese and English.

Science:
- inverse distance weighting (IDW): z(x) = Σ wᵢ zᵢ / Σ wᵢ, wᵢ = dᵢ^−p over the stations within
  the search radius (or the k nearest); a cell on a station takes its value.
- temperature lapse rate: values are reduced to sea level, T₀ = T + Γ·z_station, interpolated,
  and brought to the DEM: T = T₀ − Γ·DEM (Γ = 0.0065 °C·m⁻¹ by default).
- solar radiation from sunshine duration, Ångström–Prescott: Rs = (a + b·n/N)·Ra with
  extraterrestrial radiation Ra and day length N of FAO-56 (Allen et al. 1998, eqs. 21–25, 34),
  summed over the days of each month.

numpy and GDAL (osr) only: no qgis, no Qt.
"""

from __future__ import annotations

import calendar
import csv
import io
import math
import os
import re
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from osgeo import gdal, osr

from . import units
from .errors import NONE, QT_TRANSLATE_NOOP, InputError, Listing, Message
from .parameters import MONTHS
from .raster import Grid, open_dataset, spatial_reference

VARIABLES = ("temperature", "precipitation", "radiation", "sunshine")
STATION_EXTENSIONS = (".csv", ".txt", ".tsv", ".dat")  # what a station file is named

# --------------------------------------------------------------------------------------------
# FAO-56 extraterrestrial radiation and day length

SOLAR_CONSTANT = 0.0820  # Gsc, MJ·m⁻²·min⁻¹ (FAO-56)
ANGSTROM_A = 0.25  # FAO-56 defaults when no calibration is available
ANGSTROM_B = 0.50
LAPSE_RATE = 0.0065  # °C·m⁻¹, standard environmental lapse rate
EARTH_RADIUS = 6371008.8  # m, mean radius (IUGG), for great-circle distances


def extraterrestrial_daily(lat_deg, doy) -> tuple[np.ndarray, np.ndarray]:
    """(Ra MJ·m⁻²·d⁻¹, N h): extraterrestrial radiation and maximum possible sunshine duration
    of a day at a latitude (degrees, south negative), FAO-56 eqs. 21–25 and 34 (J/365 as there,
    also in leap years)."""
    phi = np.radians(np.asarray(lat_deg, dtype=np.float64))
    angle = 2.0 * np.pi * np.asarray(doy, dtype=np.float64) / 365.0
    dr = 1.0 + 0.033 * np.cos(angle)  # eq. 23, inverse relative Earth-Sun distance
    delta = 0.409 * np.sin(angle - 1.39)  # eq. 24, solar declination
    omega = np.arccos(np.clip(-np.tan(phi) * np.tan(delta), -1.0, 1.0))  # eq. 25, sunset angle
    ra = (
        (24.0 * 60.0 / np.pi)
        * SOLAR_CONSTANT
        * dr
        * (omega * np.sin(phi) * np.sin(delta) + np.cos(phi) * np.cos(delta) * np.sin(omega))
    )  # eq. 21
    return ra, 24.0 / np.pi * omega  # eq. 34


def month_days(year: int | None) -> list[np.ndarray]:
    """Day-of-year numbers of each month (a non-leap year when year is None)."""
    year = year or 2001
    start = 1
    days = []
    for month in range(1, MONTHS + 1):
        length = calendar.monthrange(year, month)[1]
        days.append(np.arange(start, start + length))
        start += length
    return days


def days_in_months(year: int | None) -> np.ndarray:
    return np.array([d.size for d in month_days(year)], dtype=np.float64)


def extraterrestrial_monthly(lat_deg, year: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(ΣRa MJ·m⁻²·month⁻¹, ΣN h·month⁻¹) summed day by day, shape (12,) + latitude shape."""
    latitude = np.asarray(lat_deg, dtype=np.float64)
    days = month_days(year)
    ra, n = extraterrestrial_daily(
        latitude, np.concatenate(days).reshape((-1,) + (1,) * latitude.ndim)
    )
    starts = np.cumsum([0] + [d.size for d in days[:-1]])
    return np.add.reduceat(ra, starts, axis=0), np.add.reduceat(n, starts, axis=0)


def monthly_ra_and_daylength(lat_deg, year: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(ΣRa MJ·m⁻²·month⁻¹, ΣN h·month⁻¹) per month, shape (stations, 12), summed over days."""
    ra, n = extraterrestrial_monthly(np.atleast_1d(np.asarray(lat_deg, dtype=np.float64)), year)
    return ra.T, n.T


def angstrom_radiation(
    sunshine_hours, lat_deg, a: float = ANGSTROM_A, b: float = ANGSTROM_B, year=None
) -> tuple[np.ndarray, np.ndarray]:
    """Monthly Rs (MJ·m⁻²·month⁻¹) from monthly sunshine totals (h), and the relative sunshine.

    Relative sunshine s = H / ΣN (the month's hours over its possible hours) is taken as the
    same on every day of the month, so Rs = Σ_d (a + b·s)·Ra_d = (a + b·s)·ΣRa.
    """
    hours = np.atleast_2d(np.asarray(sunshine_hours, dtype=np.float64))
    ra, n = monthly_ra_and_daylength(lat_deg, year)
    with np.errstate(invalid="ignore", divide="ignore"):
        relative = np.where(n > 0, hours / n, 0.0)
    return (a + b * relative) * ra, relative


# --------------------------------------------------------------------------------------------
# Units

TEMPERATURE_UNITS = {"C": 1.0, "0.1C": 0.1, "K": 1.0}
PRECIPITATION_UNITS = {"mm": 1.0, "0.1mm": 0.1, "cm": 10.0, "m": 1000.0}
# to MJ·m⁻²·month⁻¹: (factor, multiply by the days of the month)
RADIATION_UNITS = {
    "MJ_m2_month": (1.0, False),
    "MJ_m2_day": (1.0, True),
    "0.01MJ_m2_month": (0.01, False),
    "J_cm2_month": (0.01, False),  # 1 J·cm⁻² = 10⁴ J·m⁻² = 0.01 MJ·m⁻²
    "W_m2": (86400 / 1e6, True),  # mean irradiance × seconds of the month
    "kWh_m2_month": (3.6, False),  # 1 kWh = 3.6 MJ
}
SUNSHINE_UNITS = {"h_month": False, "h_day": True}


def to_standard_units(values, variable: str, unit: str, year: int | None = None) -> np.ndarray:
    """Monthly values (…, 12) → °C, mm·month⁻¹, MJ·m⁻²·month⁻¹ or h·month⁻¹."""
    data = np.asarray(values, dtype=np.float64)
    days = days_in_months(year)
    if variable == "temperature":
        return data - 273.15 if unit == "K" else data * TEMPERATURE_UNITS[unit]
    if variable == "precipitation":
        return data * PRECIPITATION_UNITS[unit]
    if variable == "radiation":
        factor, per_day = RADIATION_UNITS[unit]
        return data * factor * (days if per_day else 1.0)
    if variable == "sunshine":
        return data * (days if SUNSHINE_UNITS[unit] else 1.0)
    raise ValueError(variable)


# --------------------------------------------------------------------------------------------
# Reading tables


@dataclass
class Table:
    headers: list[str]
    rows: list[list]  # cells: str (from CSV) or numbers/None (from a layer)
    source: str
    encoding: str = ""
    # set by read_station_file for a recognised CMA format: its name, and notes for the log;
    # the cells then hold numbers in °C / mm / h already (the unit parameters do not apply)
    format: str = ""
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


# What a file is, from its first bytes (for a file that is not a station table).
_MAGIC = (
    (b"%PDF", QT_TRANSLATE_NOOP("Core", "a PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("Core", "a ZIP archive (or an .xlsx/.docx file "
        "saved as one)")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("Core", "an old Microsoft Office file (.xls or "
        ".doc)")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Core", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Core", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("Core", "a GIF image")),
    (b"II*\x00", QT_TRANSLATE_NOOP("Core", "a TIFF raster")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("Core", "a TIFF raster")),
    (b"SQLite format 3", QT_TRANSLATE_NOOP("Core", "an SQLite/GeoPackage database without a "
        "readable table")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Core", "a gzip archive")),
    (b"Rar!", QT_TRANSLATE_NOOP("Core", "a RAR archive")),
    (b"7z\xbc\xaf", QT_TRANSLATE_NOOP("Core", "a 7-Zip archive")),
)  # fmt: skip

STATION_TABLE = QT_TRANSLATE_NOOP("Core", "A station table is a CSV text file (UTF-8 or GBK), "
    "one row per station with its id (站号/station), longitude (经度/lon), latitude (纬度/lat) "
    "and 12 month columns (1月…12月, Jan…Dec or 1…12), or a long table with station, month and "
    "value columns; or a point layer with those fields. Save the table from your spreadsheet "
    "program as CSV.")  # fmt: skip


def _head(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(4096)


def _not_text(head: bytes) -> str | None:
    """What the first bytes of a file show it is when that is plainly no text (empty, blank, a
    known binary format, binary data), else None."""
    if not head:
        return QT_TRANSLATE_NOOP("Core", "empty (0 bytes)")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if not head.strip():
        return QT_TRANSLATE_NOOP("Core", "blank (only spaces and line breaks)")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return QT_TRANSLATE_NOOP("Core", "a binary file, not text")
    return None


def what_file(path: str) -> Message:
    """What a file is, in words, from its size and first bytes (for a file QGIS cannot read
    as a table)."""
    try:
        head = _head(path)
    except OSError as error:
        return Message(
            QT_TRANSLATE_NOOP("Core", "unreadable ({reason})"), reason=error.strerror or ""
        )
    what = _not_text(head)
    if what:
        return Message(what)
    lines = [line for line in head.splitlines() if line.strip()]
    if len(lines) < 2:
        return Message(QT_TRANSLATE_NOOP("Core", "text with a single line and no data rows"))
    return Message(QT_TRANSLATE_NOOP("Core", "text that QGIS cannot read as a table"))


def refuse_unless_text(path: str, name: str = "STATIONS") -> None:
    """refuse_station_file for a file the plugin reads itself (read_station_file) that is
    plainly no text: empty, blank, a PDF, an image, an archive, binary data."""
    try:
        head = _head(path)
    except OSError:
        return  # read_text says why it cannot be read
    if _not_text(head):
        refuse_station_file(path, name)


def refuse_station_file(path: str, name: str = "STATIONS") -> None:
    """An InputError saying what the file at `path` is and what a station table looks like
    (for a file that exists but cannot be opened as a table)."""
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: '{file}' is {what}, not a station table. {table}"),
        name=name,
        file=os.path.basename(path),
        what=what_file(path),
        table=Message(STATION_TABLE),
    )


def read_text(path: str, name: str = "STATIONS") -> tuple[str, str]:
    """(text, encoding label) of a text file: UTF-8 (BOM or not), GBK/GB18030 or UTF-16 (BOM)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: cannot read '{path}': {reason}."),
            name=name,
            path=path,
            reason=error.strerror,
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "UTF-16"
    for candidate, label in (("utf-8-sig", "UTF-8"), ("gb18030", "GBK/GB18030")):
        try:
            return raw.decode(candidate), label
        except UnicodeDecodeError:
            continue
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: '{file}' is neither UTF-8 nor GBK/GB18030 text. "
            "Save it as CSV (UTF-8) from your spreadsheet program."),
        name=name,
        file=os.path.basename(path),
    )  # fmt: skip


WHITESPACE = " "  # delimiter value meaning: runs of spaces and tabs


def read_csv(path: str, name: str = "STATIONS", delimiter: str | None = None) -> Table:
    """A CSV/TSV/whitespace-separated file as a Table (see read_text for the encodings).

    delimiter: the one to use (a Delimited Text layer's own, WHITESPACE for runs of blanks);
    None: sniffed among , ; tab |, else whitespace when every line splits into the same
    number (> 1) of fields."""
    text, encoding = read_text(path, name)
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' has no data rows."),
            name=name,
            file=os.path.basename(path),
        )
    return split_lines(lines, path, encoding, delimiter or sniff_delimiter(lines))


def sniff_delimiter(lines: Sequence[str]) -> str:
    sample = "\n".join(lines[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        pass
    counts = {len(line.split()) for line in lines[:20]}
    if not any(c in sample for c in ",;\t|") and len(counts) == 1 and counts.pop() > 1:
        return WHITESPACE
    return "\t" if sample.count("\t") > sample.count(",") else ","


def split_lines(lines: Sequence[str], path: str, encoding: str, delimiter: str) -> Table:
    if delimiter == WHITESPACE:
        rows = [line.split() for line in lines]
    else:
        rows = [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
        ]
    headers = [h.lstrip("\ufeff").strip() for h in rows[0]]
    decimal_comma = delimiter not in (",", WHITESPACE)
    body = [[c.replace(",", ".") for c in r] if decimal_comma else r for r in rows[1:]]
    return Table(headers, body, path, encoding)


def _normalise(header: str) -> str:
    text = header.strip().lstrip("\ufeff").lower()
    text = re.sub(r"\(.*?\)|（.*?）|\[.*?\]|【.*?】", "", text)
    return re.sub(r"\s+", " ", text).strip(" _-")


ID_NAMES = (
    "站号", "区站号", "站点编号", "台站号", "站点号", "站点代码", "站码", "编号", "站点",
    "station_id", "stationid", "station id", "station", "stn", "stn_id", "id", "code", "wmo",
    "wmo_id",
)  # fmt: skip
NAME_NAMES = (
    "站名", "站点名称", "台站名称", "台站名", "站点名", "名称", "name", "station_name",
    "stationname", "station name",
)  # fmt: skip
X_NAMES = ("经度", "东经", "lon", "long", "longitude", "lng", "x", "easting")
Y_NAMES = ("纬度", "北纬", "lat", "latitude", "y", "northing")
Z_NAMES = (
    "海拔", "海拔高度", "高程", "测站高度", "观测场海拔高度", "观测场拔海高度", "拔海高度",
    "高度", "elevation", "elev", "alt", "altitude", "height", "z",
)  # fmt: skip
MONTH_NAMES = (
    "月", "月份", "month", "mon", "date", "日期", "时间", "time", "年月", "yearmonth",
    "year_month",
)  # fmt: skip
YEAR_NAMES = ("年", "年份", "year", "yyyy")
VALUE_KEYWORDS = {
    "temperature": ("气温", "温度", "tmean", "tavg", "temp", "tas", "t2m", "tmp", "tg"),
    "precipitation": (
        "降水", "降雨", "雨量", "precip", "prec", "prcp", "rain", "ppt", "pr", "rr", "tp",
    ),
    "radiation": (
        "辐射", "辐照", "radiation", "rad", "solar", "glob", "global", "rs", "ssrd", "srad",
        "swdown",
    ),
    "sunshine": ("日照", "sunshine", "sun", "ssd", "ss", "sd"),
}  # fmt: skip
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ZH_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def month_of_header(header: str) -> int | None:
    """1–12 when a column name denotes a month (1月, 一月, Jan, January, M01, month_1, 1 …)."""
    text = _normalise(header)
    match = re.fullmatch(r"0?(\d{1,2})\s*月份?", text)
    if match:
        number = int(match.group(1))
        return number if 1 <= number <= 12 else None
    match = re.fullmatch(r"(十一|十二|[一二三四五六七八九十])月份?", text)
    if match:
        return _ZH_MONTHS.index(match.group(1)) + 1
    for index, short in enumerate(_EN_MONTHS):
        if text == short or text == calendar.month_name[index + 1].lower() or text == "sept":
            return 9 if text == "sept" else index + 1
    match = re.fullmatch(r"(?:m|mon|month)[\s_\-]?0?(\d{1,2})|0?(\d{1,2})", text)
    if match:
        number = int(match.group(1) or match.group(2))
        return number if 1 <= number <= 12 else None
    return None


def _find(headers: Sequence[str], names: Sequence[str], taken: set[int]) -> int | None:
    normalised = [_normalise(h) for h in headers]
    for wanted in names:
        for index, header in enumerate(normalised):
            if index not in taken and header == wanted:
                return index
    return None


def column_named(headers: Sequence[str], wanted: str, parameter: str) -> int:
    for index, header in enumerate(headers):
        if header.strip().lower() == wanted.strip().lower():
            return index
    for index, header in enumerate(headers):
        if _normalise(header) == _normalise(wanted):
            return index
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: the table has no column '{wanted}'. Its columns "
            "are: {columns}."),
        name=parameter,
        wanted=wanted,
        columns=", ".join(headers),
    )  # fmt: skip


@dataclass
class FieldNames:
    """Columns named by the user (empty: detect)."""

    station: str = ""
    x: str = ""
    y: str = ""
    elevation: str = ""
    month: str = ""
    value: str = ""
    year: str = ""


@dataclass
class StationData:
    """Stations with their coordinates (in `crs_wkt`) and 12 monthly values (raw units)."""

    ids: list[str]
    names: list[str]
    x: np.ndarray
    y: np.ndarray
    z: np.ndarray  # NaN when unknown
    values: np.ndarray  # (stations, 12), NaN = missing
    crs_wkt: str
    layout: str  # "wide" or "long"
    columns: dict[str, str] = field(default_factory=dict)  # role → column used
    years: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.ids)

    def label(self, i: int) -> str:
        if self.names[i] and self.names[i] != self.ids[i]:
            return f"{self.ids[i]} {self.names[i]}"
        return self.ids[i]


MISSING_TEXT = {"", "na", "n/a", "nan", "null", "none", "-", "--", "*", "—", "缺测", "缺省"}
DEFAULT_MISSING_CODES = (-9999.0, 9999.0, 99999.0, 999999.0, 32766.0, -999.0)


def parse_number(cell, missing_codes: Sequence[float] = DEFAULT_MISSING_CODES) -> float:
    """A cell as float; NaN for blanks, NA-like text and the missing-value codes."""
    if cell is None:
        return math.nan
    if isinstance(cell, (int, float)):
        value = float(cell)
    else:
        text = str(cell).strip()
        if text.lower() in MISSING_TEXT:
            return math.nan
        value = float(text)  # ValueError for text that is not a number
    if not math.isfinite(value) or any(value == code for code in missing_codes):
        return math.nan
    return value


_DMS = re.compile(
    r"^\s*(-?\d+(?:\.\d+)?)\s*[°度]\s*(?:(\d+(?:\.\d+)?)\s*['′’分])?\s*"
    r"(?:(\d+(?:\.\d+)?)\s*(?:[\"″”]|''|秒))?\s*([NSEWnsew]?)\s*$"
)


def parse_coordinate(cell) -> float:
    """Decimal degrees / metres, or degrees-minutes-seconds text like 22°33′N."""
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell or "").strip()
    try:
        return float(text)
    except ValueError:
        pass
    match = _DMS.match(text)
    if not match:
        return math.nan
    degrees = float(match.group(1))
    value = abs(degrees) + float(match.group(2) or 0) / 60 + float(match.group(3) or 0) / 3600
    negative = degrees < 0 or match.group(4).upper() in ("S", "W")
    return -value if negative else value


def _month_of_cell(cell) -> tuple[int | None, int | None]:
    """(year or None, month) from a month cell: 3, '3月', 'Mar', '2019-03', '201903', '2019/3/1'."""
    if isinstance(cell, (int, float)) and float(cell).is_integer():
        number = int(cell)
        return (None, number) if 1 <= number <= 12 else (None, None)
    text = str(cell or "").strip()
    month = month_of_header(text)
    if month:
        return None, month
    match = re.fullmatch(
        r"(\d{4})[-/._年]?\s*(\d{1,2})(?:月)?(?:[-/._]\d{1,2}(?:日)?)?(?:[ T].*)?", text
    )
    if match:
        year, number = int(match.group(1)), int(match.group(2))
        if 1 <= number <= 12:
            return year, number
    match = re.fullmatch(r"(\d{1,2})\.0+", text)
    if match and 1 <= int(match.group(1)) <= 12:
        return None, int(match.group(1))
    return None, None


def _value_column(
    table: Table, variable: str, explicit: str, taken: set[int], parameter: str
) -> int:
    if explicit:
        return column_named(table.headers, explicit, parameter)
    keywords = VALUE_KEYWORDS[variable]
    matches = []
    for index, header in enumerate(table.headers):
        if index in taken:
            continue
        text = _normalise(header)
        tokens = [t for t in re.split(r"[\s_\-./]+", text) if t]
        for keyword in keywords:
            if re.search(r"[\u4e00-\u9fff]", keyword):
                hit = keyword in text
            elif len(keyword) <= 3:
                hit = keyword in tokens
            else:
                hit = any(t.startswith(keyword) for t in tokens)
            if hit:
                matches.append(index)
                break
    if len(matches) == 1:
        return matches[0]
    remaining = [i for i in range(len(table.headers)) if i not in taken]
    numeric = [i for i in remaining if _mostly_numeric(table, i)]
    if not matches and len(numeric) == 1:
        return numeric[0]
    candidates = [table.headers[i] for i in (matches or numeric)]
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: cannot tell which column holds the {variable} "
            "values (candidates: {candidates}). Name it in {name}."),
        name=parameter,
        variable=variable_word(variable),
        candidates=", ".join(candidates) or Message(NONE),
    )  # fmt: skip


def _mostly_numeric(table: Table, index: int) -> bool:
    good = 0
    for row in table.rows[:50]:
        try:
            if math.isfinite(parse_number(row[index] if index < len(row) else None)):
                good += 1
        except ValueError:
            return False
    return good > 0


def parse_table(
    table: Table,
    variable: str,
    fields: FieldNames | None = None,
    *,
    coordinates: Sequence[tuple[float, float]] | None = None,
    crs_wkt: str = "",
    location: tuple[float, float] | None = None,
    year: int | None = None,
    missing_codes: Sequence[float] = DEFAULT_MISSING_CODES,
    parameters: dict[str, str] | None = None,
) -> StationData:
    """Stations and their 12 monthly values from a wide or long table.

    coordinates: one (x, y) per row when the rows come from a point layer (in crs_wkt);
    otherwise they come from coordinate columns (in crs_wkt) or, for a single station without
    coordinate columns, from `location`. parameters: parameter names for messages by role
    (station, x, y, elevation, month, value, table).
    """
    fields = fields or FieldNames()
    p = {
        "table": "STATIONS",
        "station": "ID_FIELD",
        "x": "X_FIELD",
        "y": "Y_FIELD",
        "elevation": "ELEVATION_FIELD",
        "month": "MONTH_FIELD",
        "value": "VALUE_FIELD",
        "location": "LOCATION",
    }
    p.update(parameters or {})
    headers = table.headers
    if not table.rows:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the station table has no rows."), name=p["table"]
        )
    taken: set[int] = set()
    columns: dict[str, int | None] = {}

    def pick(role, names, explicit):
        index = (
            column_named(headers, explicit, p[role]) if explicit else _find(headers, names, taken)
        )
        if index is not None:
            taken.add(index)
        columns[role] = index
        return index

    pick("station", ID_NAMES, fields.station)
    name_index = _find(headers, NAME_NAMES, taken)
    if name_index is not None:
        taken.add(name_index)
    if coordinates is None:
        pick("x", X_NAMES, fields.x)
        pick("y", Y_NAMES, fields.y)
    pick("elevation", Z_NAMES, fields.elevation)

    month_columns: dict[int, list[int]] = {}
    if not fields.month:
        for index, header in enumerate(headers):
            if index in taken:
                continue
            month = month_of_header(header)
            if month:
                month_columns.setdefault(month, []).append(index)
    notes: list[Message] = []
    if len(month_columns) >= 3 or (month_columns and not _has_month_column(headers, taken)):
        layout = "wide"
        doubled = [m for m, cols in month_columns.items() if len(cols) > 1]
        if doubled:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: month {month} appears in several columns "
                    "({columns}); keep one column per month."),
                name=p["table"],
                month=doubled[0],
                columns=", ".join(headers[i] for i in month_columns[doubled[0]]),
            )  # fmt: skip
        missing = [m for m in range(1, MONTHS + 1) if m not in month_columns]
        if missing:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: the table has month columns for {found} but "
                    "none for month(s) {missing}; a wide table needs all 12 months (columns "
                    "1月…12月, Jan…Dec, M01…M12 or 1…12)."),
                name=p["table"],
                found=", ".join(str(m) for m in sorted(month_columns)),
                missing=", ".join(str(m) for m in missing),
            )  # fmt: skip
        records = _wide_records(table, columns, name_index, month_columns, missing_codes, p)
        years: list[int] = []
    else:
        layout = "long"
        month_index = pick("month", MONTH_NAMES, fields.month)
        if month_index is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: found neither 12 month columns (1月…12月, "
                    "Jan…Dec, M01…M12, 1…12) nor a month column (月份/month/date) for a long "
                    "table. Columns: {columns}. Name the month column in {month_field}."),
                name=p["table"],
                columns=", ".join(headers),
                month_field=p["month"],
            )  # fmt: skip
        if fields.year:
            year_index = column_named(headers, fields.year, p["table"])
        else:
            year_index = _find(headers, YEAR_NAMES, taken)
        if year_index is not None:
            taken.add(year_index)
        value_index = _value_column(table, variable, fields.value, taken, p["value"])
        columns["value"] = value_index
        records, years = _long_records(
            table, columns, name_index, year_index, value_index, year, missing_codes, p, notes
        )

    ids = [r["id"] for r in records]
    seen: dict[str, int] = {}
    for i, station in enumerate(ids):
        if station in seen:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: station '{station}' appears twice (rows "
                    "{first} and {second}). Keep one row per station in a wide table, or remove "
                    "the duplicate."),
                name=p["table"],
                station=station,
                first=records[seen[station]]["row"],
                second=records[i]["row"],
            )  # fmt: skip
        seen[station] = i

    if coordinates is not None:  # one (x, y) per table row; a station's first row counts
        xs = np.array([coordinates[r["row"] - 2][0] for r in records], dtype=np.float64)
        ys = np.array([coordinates[r["row"] - 2][1] for r in records], dtype=np.float64)
    elif columns.get("x") is not None and columns.get("y") is not None:
        xs = np.array([r["x"] for r in records], dtype=np.float64)
        ys = np.array([r["y"] for r in records], dtype=np.float64)
        bad = [
            records[i]["id"]
            for i in range(len(records))
            if not (np.isfinite(xs[i]) and np.isfinite(ys[i]))
        ]
        if bad:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: station(s) {stations} have no valid "
                    "coordinates in columns '{x}' / '{y}'."),
                name=p["table"],
                stations=", ".join(bad[:10]),
                x=headers[columns["x"]],
                y=headers[columns["y"]],
            )  # fmt: skip
    elif location is not None:
        if len(records) > 1:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: {count} stations but no coordinate columns; "
                    "{location} places a single station only. Add longitude/latitude columns "
                    "(经度/纬度, lon/lat) or name them in {x_field} / {y_field}."),
                name=p["table"],
                count=len(records),
                location=p["location"],
                x_field=p["x"],
                y_field=p["y"],
            )  # fmt: skip
        xs = np.array([location[0]], dtype=np.float64)
        ys = np.array([location[1]], dtype=np.float64)
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "station placed at {location} ({x:.6g}, {y:.6g})"),
                location=p["location"],
                x=location[0],
                y=location[1],
            )
        )
    else:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: no coordinate columns found (looked for "
                "经度/纬度, lon/lat, longitude/latitude, x/y). Columns: {columns}. Name them in "
                "{x_field} / {y_field}, or give {location} for a single station."),
            name=p["table"],
            columns=", ".join(headers),
            x_field=p["x"],
            y_field=p["y"],
            location=p["location"],
        )  # fmt: skip

    order = sorted(range(len(xs)), key=lambda i: (xs[i], ys[i]))
    for a, b in zip(order, order[1:]):
        if xs[a] == xs[b] and ys[a] == ys[b]:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: stations '{first}' and '{second}' have the "
                    "same coordinates ({x:g}, {y:g}); IDW would count that place twice. Remove "
                    "the duplicate station."),
                name=p["table"],
                first=ids[a],
                second=ids[b],
                x=xs[a],
                y=ys[a],
            )  # fmt: skip

    used = {role: headers[i] for role, i in columns.items() if i is not None}
    if name_index is not None:
        used["name"] = headers[name_index]
    return StationData(
        ids=ids,
        names=[r["name"] for r in records],
        x=xs,
        y=ys,
        z=np.array([r["z"] for r in records], dtype=np.float64),
        values=np.array([r["values"] for r in records], dtype=np.float64).reshape(-1, MONTHS),
        crs_wkt=crs_wkt,
        layout=layout,
        columns=used,
        years=years,
        notes=notes,
    )


def _has_month_column(headers, taken) -> bool:
    return _find(headers, MONTH_NAMES, taken) is not None


def _cell(row, index):
    if index is None or index >= len(row):
        return None
    return row[index]


def number_in_row(row, index, row_number, headers, missing_codes, parameter) -> float:
    cell = _cell(row, index)
    try:
        return parse_number(cell, missing_codes)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: row {row}, column '{column}': '{cell}' is not a "
                "number."),
            name=parameter,
            row=row_number,
            column=headers[index],
            cell=cell,
        )  # fmt: skip


def station_fields(row, columns, name_index, number):
    station = _cell(row, columns.get("station"))
    name = _cell(row, name_index)
    station = str(station).strip() if station not in (None, "") else ""
    name = str(name).strip() if name not in (None, "") else ""
    if isinstance(_cell(row, columns.get("station")), float) and station.endswith(".0"):
        station = station[:-2]
    return station or name or f"row {number}", name


def _wide_records(table, columns, name_index, month_columns, missing_codes, p):
    records = []
    for offset, row in enumerate(table.rows):
        number = offset + 2  # header is row 1
        record = _record(table, row, number, columns, name_index, missing_codes, p)
        record["values"] = [
            number_in_row(
                row, month_columns[m][0], number, table.headers, missing_codes, p["table"]
            )
            for m in range(1, MONTHS + 1)
        ]
        records.append(record)
    return records


def _record(table, row, number, columns, name_index, missing_codes, p) -> dict:
    """A station's id, name, first row, coordinates and elevation from one table row."""
    station, name = station_fields(row, columns, name_index, number)
    elevation = columns.get("elevation")
    return dict(
        id=station,
        name=name,
        row=number,
        x=parse_coordinate(_cell(row, columns.get("x"))),
        y=parse_coordinate(_cell(row, columns.get("y"))),
        z=math.nan
        if elevation is None
        else number_in_row(row, elevation, number, table.headers, missing_codes, p["table"]),
    )


def _long_records(
    table, columns, name_index, year_index, value_index, year, missing_codes, p, notes
):
    stations: dict[str, dict] = {}
    found_years: set[int] = set()
    for offset, row in enumerate(table.rows):
        number = offset + 2
        record = _record(table, row, number, columns, name_index, missing_codes, p)
        if columns.get("station") is None and name_index is None:
            record["id"] = "station"  # no id column: one station
        station = record["id"]
        row_year, month = _month_of_cell(_cell(row, columns["month"]))
        if month is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row}: '{cell}' in column '{column}' is "
                    "not a month (1–12, 1月, Jan, YYYY-MM)."),
                name=p["table"],
                row=number,
                cell=_cell(row, columns["month"]),
                column=table.headers[columns["month"]],
            )  # fmt: skip
        if year_index is not None:
            cell = parse_number(_cell(row, year_index))
            row_year = int(cell) if math.isfinite(cell) else row_year
        if row_year is not None:
            found_years.add(row_year)
        if year and row_year is not None and row_year != year:
            continue
        value = number_in_row(row, value_index, number, table.headers, missing_codes, p["table"])
        entry = stations.setdefault(station, dict(record, cells={}))
        if columns.get("x") is not None and (
            not _close(record["x"], entry["x"]) or not _close(record["y"], entry["y"])
        ):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: station '{station}' has different "
                    "coordinates in rows {first} and {second}; give each station one location."),
                name=p["table"],
                station=station,
                first=entry["row"],
                second=number,
            )  # fmt: skip
        key = (row_year, month)
        if key in entry["cells"]:
            when = (
                f"{row_year}-{month:02d}"
                if row_year
                else Message(QT_TRANSLATE_NOOP("Core", "month {month}"), month=month)
            )
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: station '{station}' has two rows for {when} "
                    "(rows {first} and {second}). Remove the duplicate."),
                name=p["table"],
                station=station,
                when=when,
                first=entry["cells"][key][1],
                second=number,
            )  # fmt: skip
        entry["cells"][key] = (value, number)
    if year and found_years and year not in found_years:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: no rows for the year {year}; the table holds "
                "{first}–{last}."),
            name=p["table"],
            year=year,
            first=min(found_years),
            last=max(found_years),
        )  # fmt: skip
    years = sorted({y for s in stations.values() for (y, _m) in s["cells"] if y is not None})
    records = []
    for entry in stations.values():
        values = []
        for month in range(1, MONTHS + 1):
            cells = [v for (y, m), (v, _n) in entry["cells"].items() if m == month]
            finite = [v for v in cells if math.isfinite(v)]
            values.append(float(np.mean(finite)) if finite else math.nan)
        entry["values"] = values
        records.append(entry)
    if len(years) > 1:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{count} years ({first}–{last}) averaged month by "
                    "month; set YEAR to use a single year"),
                count=len(years),
                first=years[0],
                last=years[-1],
            )
        )  # fmt: skip
    return records, years


def _close(a: float, b: float) -> bool:
    if math.isnan(a) and math.isnan(b):
        return True
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# --------------------------------------------------------------------------------------------
# Coordinates


def wgs84_wkt() -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    return srs.ExportToWkt()


def transform_points(xs, ys, source_wkt: str, target_wkt: str) -> tuple[np.ndarray, np.ndarray]:
    source, target = spatial_reference(source_wkt), spatial_reference(target_wkt)
    if source is None or target is None or source.IsSame(target):  # no CRS: taken as the same
        return np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    transform = osr.CoordinateTransformation(source, target)
    points = transform.TransformPoints([(float(x), float(y)) for x, y in zip(xs, ys)])
    return (
        np.array([pt[0] for pt in points], dtype=np.float64),
        np.array([pt[1] for pt in points], dtype=np.float64),
    )


def check_geographic_coordinates(data: StationData, parameter: str, crs_parameter: str) -> None:
    """Longitude/latitude must be degrees; catch swapped columns and projected metres."""
    srs = osr.SpatialReference()
    srs.ImportFromWkt(data.crs_wkt)
    if not srs.IsGeographic():
        return
    lon, lat = data.x, data.y
    if np.all(np.abs(lon) <= 90) and np.any(np.abs(lat) > 90) and np.all(np.abs(lat) <= 180):
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the latitudes ({lat_min:g} … {lat_max:g}) "
                "exceed 90° while the longitudes ({lon_min:g} … {lon_max:g}) do not: longitude "
                "and latitude look swapped. Check the columns (经度 = longitude, 纬度 = "
                "latitude)."),
            name=parameter,
            lat_min=lat.min(),
            lat_max=lat.max(),
            lon_min=lon.min(),
            lon_max=lon.max(),
        )  # fmt: skip
    if np.any(np.abs(lon) > 180) or np.any(np.abs(lat) > 90):
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: coordinates {lon_min:g} … {lon_max:g} / "
                "{lat_min:g} … {lat_max:g} are not degrees of longitude/latitude. If they are "
                "projected metres, set their CRS in {crs_name}; if they are degrees and minutes "
                "(e.g. 2233 = 22°33′), convert them to decimal degrees."),
            name=parameter,
            lon_min=lon.min(),
            lon_max=lon.max(),
            lat_min=lat.min(),
            lat_max=lat.max(),
            crs_name=crs_parameter,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Values: missing months, units, sunshine


@dataclass
class StationOptions:
    variable: str = "temperature"
    unit: str = ""  # key of the variable's unit table; "" = the standard unit
    year: int | None = None
    angstrom_a: float = ANGSTROM_A
    angstrom_b: float = ANGSTROM_B
    power: float = 2.0
    radius: float = 0.0  # metres; 0 = no limit
    neighbors: int = 0  # 0 = all stations
    lapse_rate: float = LAPSE_RATE
    skip_missing: bool = False
    skip_unit_check: bool = False


# The variables, as messages name them.
_VARIABLE_WORDS = {
    "temperature": QT_TRANSLATE_NOOP("Core", "temperature"),
    "precipitation": QT_TRANSLATE_NOOP("Core", "precipitation"),
    "radiation": QT_TRANSLATE_NOOP("Core", "radiation"),
    "sunshine": QT_TRANSLATE_NOOP("Core", "sunshine"),
}


def variable_word(variable: str) -> Message:
    """The variable's name as a translatable word ('temperature' → 气温)."""
    return Message(_VARIABLE_WORDS.get(variable, variable))


_STANDARD_UNIT = {
    "temperature": "C",
    "precipitation": "mm",
    "radiation": "MJ_m2_month",
    "sunshine": "h_month",
}


def monthly_values(
    data: StationData,
    options: StationOptions,
    names: dict[str, str] | None = None,
) -> tuple[np.ndarray, list[Message]]:
    """The values to interpolate, in °C / mm·month⁻¹ / MJ·m⁻²·month⁻¹, and notes for the log.

    Missing station-months stop the run unless options.skip_missing (then each month is
    interpolated from the stations that have it). Units are converted and checked; sunshine
    hours become radiation by Ångström–Prescott at each station's latitude.
    """
    p = {"table": "STATIONS", "unit": "UNIT", "skip_unit": "IGNORE_UNIT_CHECKS"}
    p.update(names or {})
    notes: list[Message] = []
    missing = ~np.isfinite(data.values)
    if missing.any():
        listing = Listing(
            Message(
                QT_TRANSLATE_NOOP("Core", "{station}: month(s) {months}"),
                station=data.label(i),
                months=", ".join(str(m + 1) for m in np.flatnonzero(missing[i])),
            )
            for i in np.flatnonzero(missing.any(axis=1))[:10]
        )
        if not options.skip_missing:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: missing values — {listing}. Fill them, remove "
                    "those stations, or turn on 'interpolate each month from the stations that "
                    "have it' (SKIP_MISSING)."),
                name=p["table"],
                listing=listing,
            )  # fmt: skip
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "missing values, those months use the other stations "
                    "— {listing}"),
                listing=listing,
            )
        )  # fmt: skip
        empty = [m + 1 for m in range(MONTHS) if missing[:, m].all()]
        if empty:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: no station has a value for month(s) "
                    "{months}."),
                name=p["table"],
                months=", ".join(map(str, empty)),
            )  # fmt: skip
    variable = options.variable
    unit = options.unit or _STANDARD_UNIT[variable]
    values = to_standard_units(data.values, variable, unit, options.year)
    if unit != _STANDARD_UNIT[variable]:
        notes.append(Message(QT_TRANSLATE_NOOP("Core", "converted from {unit}"), unit=unit))
    warnings = units.enforce(
        units.CHECKS[variable](values),
        p["table"],
        overridden=options.skip_unit_check,
        remedy=Message(
            QT_TRANSLATE_NOOP("Core", "The {variable} values do not fit the chosen unit "
                "({unit}): choose the right unit in {unit_name}."),
            variable=variable_word(variable),
            unit=unit,
            unit_name=p["unit"],
        ),
        override_hint=Message(
            QT_TRANSLATE_NOOP("Core", "If the values are right, tick {name}."),
            name=p["skip_unit"],
        ),
    )  # fmt: skip
    if options.skip_unit_check:
        heading = QT_TRANSLATE_NOOP("Core", "unit check overridden: {warning}")
    else:
        heading = QT_TRANSLATE_NOOP("Core", "unit check: {warning}")
    notes += [Message(heading, warning=warning) for warning in warnings]
    if variable == "sunshine":
        _lon, lat = transform_points(data.x, data.y, data.crs_wkt, wgs84_wkt())
        radiation, relative = angstrom_radiation(
            values, lat, options.angstrom_a, options.angstrom_b, options.year
        )
        over = np.argwhere(relative > 1.05)
        if over.size and not options.skip_unit_check:
            i, m = over[0]
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: station {station} has {hours:g} h of "
                    "sunshine in month {month}, more than the {possible:.0f} h the day length "
                    "allows at {latitude:.2f}°. Check the unit ({unit_name}) or the values."),
                name=p["table"],
                station=data.label(i),
                hours=values[i, m],
                month=m + 1,
                possible=values[i, m] / relative[i, m],
                latitude=lat[i],
                unit_name=p["unit"],
            )  # fmt: skip
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "radiation from sunshine hours: Rs = ({a:g} + "
                    "{b:g}·n/N)·Ra (FAO-56), at each station's latitude"),
                a=options.angstrom_a,
                b=options.angstrom_b,
            )
        )  # fmt: skip
        values = radiation
    return values, notes


# --------------------------------------------------------------------------------------------
# Inverse distance weighting


def _distances(sx, sy, px, py, geographic: bool, unit: float) -> np.ndarray:
    """(stations, pixels) distances in metres."""
    if geographic:
        lat1 = np.radians(sy)[:, None]
        lat2 = np.radians(py)[None, :]
        dlat = lat2 - lat1
        dlon = np.radians(px[None, :] - sx[:, None])
        h = np.sin(dlat / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin(dlon / 2) ** 2
        return 2 * EARTH_RADIUS * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return np.hypot(px[None, :] - sx[:, None], py[None, :] - sy[:, None]) * unit


def idw(
    sx,
    sy,
    values,
    px,
    py,
    *,
    power: float = 2.0,
    radius: float = 0.0,
    neighbors: int = 0,
    geographic: bool = False,
    unit: float = 1.0,
) -> np.ndarray:
    """Inverse-distance-weighted estimates at points (px, py): shape (months, points).

    sx, sy: station coordinates (same CRS as px, py); values: (stations, months), NaN = missing
    (that station is left out of that month). radius (metres, 0 = none) and neighbors (k
    nearest, 0 = all) limit the stations; a point with no station in reach is NaN. A point on a
    station takes the station's value.
    """
    sx, sy = np.asarray(sx, np.float64), np.asarray(sy, np.float64)
    values = np.asarray(values, np.float64)
    px, py = np.asarray(px, np.float64).ravel(), np.asarray(py, np.float64).ravel()
    months = values.shape[1]
    result = np.full((months, px.size), np.nan)
    valid = np.isfinite(values)
    patterns: dict[bytes, list[int]] = {}
    for m in range(months):
        patterns.setdefault(valid[:, m].tobytes(), []).append(m)
    for key, month_list in patterns.items():
        stations = np.flatnonzero(np.frombuffer(key, dtype=bool))
        if stations.size == 0:
            continue
        v = values[np.ix_(stations, month_list)]  # (s, k)
        chunk = max(1, (1 << 22) // stations.size)
        for start in range(0, px.size, chunk):
            part = slice(start, start + chunk)
            d = _distances(sx[stations], sy[stations], px[part], py[part], geographic, unit)
            if 0 < neighbors < stations.size:
                nearest = np.argpartition(d, neighbors - 1, axis=0)[:neighbors]
                d = np.take_along_axis(d, nearest, axis=0)
                picked = v[nearest]  # (k, points, months)
            else:
                picked = None
            with np.errstate(divide="ignore"):
                w = np.where(d > 0, d ** (-power), 0.0)
            if radius > 0:
                w[d > radius] = 0.0
            on_station = d == 0
            exact = on_station.any(axis=0)
            if exact.any():
                w[:, exact] = on_station[:, exact].astype(np.float64)
            total = w.sum(axis=0)
            if picked is None:
                weighted = np.einsum("sp,sm->mp", w, v)
            else:
                weighted = np.einsum("sp,spm->mp", w, picked)
            with np.errstate(invalid="ignore", divide="ignore"):
                estimate = np.where(total > 0, weighted / total, np.nan)
            result[np.ix_(month_list, np.arange(px.size)[part])] = estimate
    return result


def cell_centres(grid: Grid, col: int, row: int, width: int, height: int):
    """(x, y) of the cell centres of a window, each (height, width)."""
    gt = grid.geotransform
    cols = col + np.arange(width) + 0.5
    rows = row + np.arange(height) + 0.5
    cc, rr = np.meshgrid(cols, rows)
    return gt[0] + cc * gt[1] + rr * gt[2], gt[3] + cc * gt[4] + rr * gt[5]


def grid_distance_unit(grid: Grid) -> tuple[bool, float]:
    """(geographic?, metres per map unit of a projected grid)."""
    srs = grid.srs
    if srs is None:
        return False, 1.0
    if srs.IsGeographic():
        return True, 1.0
    return False, srs.GetLinearUnits() or 1.0


def stations_near_grid(x, y, grid: Grid) -> tuple[np.ndarray, np.ndarray]:
    """(inside the grid extent, within one grid diagonal of it) per station."""
    xmin, ymin, xmax, ymax = grid.bounds
    inside = (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
    diagonal = math.hypot(xmax - xmin, ymax - ymin)
    near = (
        (x >= xmin - diagonal)
        & (x <= xmax + diagonal)
        & (y >= ymin - diagonal)
        & (y <= ymax + diagonal)
    )
    return inside, near


# --------------------------------------------------------------------------------------------
# The interpolation pass (a block pass object for raster.run_blocks)


def to_sea_level(values, elevations, lapse_rate: float) -> np.ndarray:
    """Station temperatures (stations, months) reduced to sea level: T + Γ·z (°C, Γ in °C·m⁻¹,
    z in m); the interpolation then works on values free of the stations' heights."""
    return np.asarray(values, np.float64) + lapse_rate * np.asarray(elevations, np.float64)[:, None]


class InterpolationPass:
    """The stations' monthly values onto the grid by IDW, one window at a time (compute →
    {"OUTPUT": (12, rows, cols)}). With `elevations` (temperature only) the lapse-rate
    correction is made: the station values are reduced to sea level (to_sea_level), and each
    pixel's estimate is brought to the height of the engine's DEM source: T = T₀ − Γ·z_DEM.

    sx, sy: station coordinates in the grid's CRS; values: (stations, months), NaN = missing.
    """

    DEM = "DEM"  # the engine source with the pixel heights (m), on the grid

    def __init__(self, grid: Grid, sx, sy, values, options: StationOptions, elevations=None):
        self.grid = grid
        self.sx, self.sy = sx, sy
        self.options = options
        self.corrected = elevations is not None
        if self.corrected:
            values = to_sea_level(values, elevations, options.lapse_rate)
        self.values = np.asarray(values, np.float64)
        self.geographic, self.unit = grid_distance_unit(grid)

    def compute(self, block) -> dict:
        window, options = block.window, self.options
        x, y = cell_centres(self.grid, window.col, window.row, window.width, window.height)
        estimate = idw(
            self.sx,
            self.sy,
            self.values,
            x,
            y,
            power=options.power,
            radius=options.radius,
            neighbors=options.neighbors,
            geographic=self.geographic,
            unit=self.unit,
        ).reshape(self.values.shape[1], window.height, window.width)
        if self.corrected:
            estimate = estimate - options.lapse_rate * block[self.DEM][0]
        return {"OUTPUT": estimate.astype(np.float32)}


# --------------------------------------------------------------------------------------------
# Station elevations against the DEM

ELEVATION_TOLERANCE = 50.0  # m: a station further from the DEM than this is named
TENFOLD_RATIO = (7.0, 14.0)  # station / DEM elevation in this range: decimetres read as metres
TENFOLD_MIN_DEM = 5.0  # m: below it ratios mean nothing


def values_at_points(path: str, name: str, xs, ys) -> np.ndarray:
    """Band-1 values of a raster at points in its CRS (NaN outside it or on nodata)."""
    dataset = open_dataset(path, name)
    band = dataset.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    inverse = gdal.InvGeoTransform(dataset.GetGeoTransform())
    values = np.full(len(xs), np.nan)
    for i, (x, y) in enumerate(zip(xs, ys)):
        col = math.floor(inverse[0] + inverse[1] * x + inverse[2] * y)
        row = math.floor(inverse[3] + inverse[4] * x + inverse[5] * y)
        if 0 <= col < dataset.RasterXSize and 0 <= row < dataset.RasterYSize:
            value = float(band.ReadAsArray(col, row, 1, 1)[0, 0])
            if math.isfinite(value) and (nodata is None or value != nodata):
                values[i] = value
    return values


def check_station_elevations(
    data: StationData,
    dem: np.ndarray,
    names: dict[str, str] | None = None,
    override: bool = False,
) -> list[Message]:
    """Station elevations against the DEM at the stations (NaN: not known there).

    About ten times the DEM (or a tenth of it) stops the run unless `override`: elevations in
    0.1 m read as metres (CMA 观测场拔海高度) shift every lapse-rate-corrected temperature by
    Γ·0.9·z. Further than ELEVATION_TOLERANCE from the DEM: returned as warnings."""
    p = {"table": "STATIONS", "dem": "DEM", "skip_unit": "IGNORE_UNIT_CHECKS"}
    p.update(names or {})
    z = np.asarray(data.z, dtype=np.float64)
    dem = np.asarray(dem, dtype=np.float64)
    known = np.isfinite(z) & np.isfinite(dem)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(known & (dem >= TENFOLD_MIN_DEM), z / dem, np.nan)
    low, high = TENFOLD_RATIO
    tenfold = ((ratio >= low) & (ratio <= high)) | ((ratio >= 1 / high) & (ratio <= 1 / low))
    far = known & (np.abs(z - dem) > ELEVATION_TOLERANCE)

    def listing(mask):
        return Listing(
            Message(
                QT_TRANSLATE_NOOP("Core", "{station}: {z:.1f} m, DEM {dem:.1f} m"),
                station=data.label(i),
                z=z[i],
                dem=dem[i],
            )
            for i in np.flatnonzero(mask)[:10]
        )

    warnings = []
    if tenfold.any():
        message = Message(
            QT_TRANSLATE_NOOP("Core", "{name}: station elevations about 10 times (or a tenth "
                "of) the DEM ({dem_name}) at the station — {listing}. They look like 0.1 m "
                "read as metres (CMA files store 观测场拔海高度 in 0.1 m) or the reverse; "
                "correct the elevation column."),
            name=p["table"],
            dem_name=p["dem"],
            listing=listing(tenfold),
        )  # fmt: skip
        if not override:
            raise InputError(
                Message(
                    QT_TRANSLATE_NOOP("Core", "{message} If they are right, tick {name}."),
                    message=message,
                    name=p["skip_unit"],
                )
            )
        warnings.append(message)
    if (far & ~tenfold).any():
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{name}: station elevations more than {tolerance:g} m "
                    "from the DEM ({dem_name}) at the station — {listing}. The lapse-rate "
                    "correction uses both; check the elevation column and the DEM."),
                name=p["table"],
                tolerance=ELEVATION_TOLERANCE,
                dem_name=p["dem"],
                listing=listing(far & ~tenfold),
            )
        )  # fmt: skip
    return warnings


def standard_unit(variable: str) -> str:
    """The unit key the values of a variable are in after reading (°C, mm, MJ·m⁻², h)."""
    return _STANDARD_UNIT[variable]
