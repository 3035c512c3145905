"""Station files as the China Meteorological Administration (CMA) delivers them.

read_station_file() recognises three CMA layouts and turns each into a long Table (区站号,
站名, 纬度, 经度, 观测场拔海高度, 年, 月, value) in decimal degrees, metres and °C / mm /
h·month⁻¹, which parse_table then reads like any other long table; anything else is read as a
delimited table (read_csv).

1. 中国地面气候资料日值/月值数据集 V3.0 text files (SURF_CLI_CHN_MUL_DAY-TEM-12001-YYYYMM.TXT,
   …_MUL_MON-…): no header, whitespace-separated integers: 区站号, 纬度 and 经度 in degrees and
   minutes (ddmm), 观测场拔海高度 in 0.1 m (+100000 when estimated), 年, 月, (日,) element values
   in 0.1 °C / 0.1 mm / 0.1 h, then quality-control codes. Special values: 32766 missing,
   32744 empty, 32700 trace precipitation, 32xxx / 31xxx / 30xxx precipitation qualifiers
   (snow; rain and snow; dew, frost, fog) whose amount is xxx. Layout: the dataset's
   documentation as transcribed in github.com/CUG-Flood/tidymet (inst/Document/
   meteV3_variables_format.md; the special values in R/tidy_meteV3.R, R/fix_.R).
2. CMA data-service exports whose header holds BUFR element codes (V01000 station, V05001
   latitude, V06001 longitude, V07001 elevation, V04001 year, V04002 month, V04003 day,
   V12001 temperature, V13201 / V13011 precipitation, V14032 sunshine), values in °C, mm, h, m.
3. 天擎 / data-cloud names (Station_Id_C, Station_Name, Lat, Lon, Alti, Year, Mon, Day,
   TEM_Avg, PRE_Time_2020, SSH; Year_Data, Mon_Data, Day_Data), same units.
In 2 and 3, 999999 and 999998 are missing and 999990 is trace precipitation.

Standard library only (no GDAL, no qgis, no Qt). The tables these readers produce are read by
stations.parse_table like any other station table.
"""

from __future__ import annotations

import calendar
import math
import os
import re
from dataclasses import dataclass
from typing import Sequence

from .errors import QT_TRANSLATE_NOOP, InputError, Message
from .stations import (
    STATION_EXTENSIONS,
    Table,
    column_named,
    number_in_row,
    read_text,
    refuse_station_file,
    refuse_unless_text,
    sniff_delimiter,
    split_lines,
    station_fields,
    variable_word,
)

CMA_V3_DAILY = "CMA V3.0 daily"
CMA_V3_MONTHLY = "CMA V3.0 monthly"
CMA_BUFR = "CMA BUFR-code export"
CMA_TIANQING = "CMA 天擎 export"

# V3.0 element files: element code → (variable, project code, value column in a daily file
# (1-based, as documented), name of that column)
CMA_V3_ELEMENTS = {
    "TEM": ("temperature", "12001", 8, "平均气温"),
    "PRE": ("precipitation", "13011", 10, "20-20时累计降水量"),
    "SSD": ("sunshine", "14032", 8, "日照时数"),
}
CMA_V3_OTHER_ELEMENTS = ("EVP", "GST", "PRS", "RHU", "WIN")
CMA_V3_MONTHLY_VALUE_COLUMN = 7  # the first element column after 年, 月
CMA_V3_MISSING = (32766, 32744)
CMA_V3_TRACE = 32700
CMA_V3_ESTIMATED_ELEVATION = 100000
CMA_EXPORT_MISSING = (999999.0, 999998.0)
CMA_EXPORT_TRACE = 999990.0
# A daily series makes a monthly value when at most this many days are missing, none of them
# this many in a row (WMO-No. 1203, the "11/5 rule": not more than 10 missing days, fewer
# than 5 consecutive); the missing days then count as the mean of the others.
MAX_MISSING_DAYS = 10
MAX_CONSECUTIVE_MISSING_DAYS = 4

_CMA_VALUE_HEADERS = {"temperature": "平均气温", "precipitation": "降水量", "sunshine": "日照时数"}
_CMA_ROLES = {
    "station": ("v01000", "v01301", "station_id_c", "station_id_d"),
    "name": ("station_name",),
    "y": ("v05001", "lat"),
    "x": ("v06001", "lon"),
    "elevation": ("v07001", "alti"),
    "year": ("v04001", "year", "year_data"),
    "month": ("v04002", "mon", "mon_data"),
    "day": ("v04003", "day", "day_data"),
}
_CMA_ELEMENTS = {
    "temperature": ("v12001", "tem_avg", "tem"),
    "precipitation": ("v13201", "v13011", "pre_time_2020", "pre"),
    "sunshine": ("v14032", "ssh"),
}


@dataclass
class _Record:
    """One row of a CMA file, converted: coordinates in degrees, elevation in m, value in
    °C / mm / h (NaN when missing)."""

    station: str
    name: str
    lat: float
    lon: float
    z: float
    year: int
    month: int
    day: int | None
    value: float
    line: int


def read_station_file(
    path: str,
    variable: str,
    name: str = "STATIONS",
    *,
    delimiter: str | None = None,
    value_field: str = "",
) -> Table:
    """A station file as a Table for parse_table: the CMA layouts above converted, any other
    file read as a delimited table (delimiter: as in read_csv). value_field: the element column
    of a CMA file (its number in a V3.0 file, its name in an export); empty: the one of
    `variable`."""
    if os.path.isdir(path):
        return _read_cma_v3_folder(path, variable, name, value_field)
    refuse_unless_text(path, name)
    text, encoding = read_text(path, name)
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and _looks_like_cma_v3(lines):
        return _cma_v3_table([(path, lines)], encoding, variable, name, value_field)
    if len(lines) < 2:
        refuse_station_file(path, name)  # text with a single line: says so, and what a table is
    table = split_lines(lines, path, encoding, delimiter or sniff_delimiter(lines))
    kind = _cma_export_kind(table.headers)
    if kind:
        return _read_cma_export(table, kind, variable, name, value_field)
    return table


def _int_tokens(line: str) -> list[int] | None:
    tokens = line.split()
    if not all(re.fullmatch(r"-?\d+", t) for t in tokens):
        return None
    return [int(t) for t in tokens]


def _looks_like_cma_v3(lines: Sequence[str]) -> bool:
    """Headerless rows of integers: 5-digit 区站号, ddmm latitude and longitude, year, month."""
    for line in lines[:20]:
        numbers = _int_tokens(line)
        if numbers is None or len(numbers) < 8:
            return False
        station, lat, lon, _z, year, month = numbers[:6]
        if not (
            len(line.split()[0]) == 5
            and abs(lat) <= 9000
            and abs(lon) <= 18000
            and abs(lat) % 100 < 60
            and abs(lon) % 100 < 60
            and 1800 <= year <= 2200
            and 1 <= month <= 12
        ):
            return False
    return True


def _ddmm(value: int) -> float:
    """Degrees and minutes written as one number (2233 = 22°33′) → decimal degrees."""
    sign = -1.0 if value < 0 else 1.0
    degrees, minutes = divmod(abs(value), 100)
    return sign * (degrees + minutes / 60.0)


def _v3_layout(path: str, lines: Sequence[str]) -> tuple[bool, str | None]:
    """(daily?, element code or None) from the file name, else from the rows."""
    base = os.path.basename(path).upper()
    match = re.search(r"(?:^|[-_])(TEM|PRE|SSD|EVP|GST|PRS|RHU|WIN)-\d{5}", base)
    element = match.group(1) if match else None
    if "_DAY" in base or "-DAY-" in base:
        return True, element
    if "_MON" in base or "-MON-" in base:
        return False, element
    keys = [tuple(line.split()[:6]) for line in lines]
    return len(set(keys)) < len(keys), element


def _read_cma_v3_folder(folder: str, variable: str, name: str, value_field: str) -> Table:
    """The V3.0 files of a folder (one file per month as delivered) for the variable's element
    (by the element code in the file names; every text file when no name has one)."""
    files = sorted(
        os.path.join(folder, f)
        for f in os.listdir(folder)
        if f.lower().endswith(STATION_EXTENSIONS) and os.path.isfile(os.path.join(folder, f))
    )
    wanted = {v[0]: code for code, v in CMA_V3_ELEMENTS.items()}.get(variable)
    named = [f for f in files if _v3_layout(f, [])[1]]
    if named:
        files = [f for f in named if _v3_layout(f, [])[1] == wanted]
    parts, encoding = [], ""
    for path in files:
        text, encoding = read_text(path, name)
        lines = [line for line in text.splitlines() if line.strip()]
        if lines and not _looks_like_cma_v3(lines):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: '{file}' in the folder is not a CMA V3.0 "
                    "station file; a folder must hold only those (one file per month)."),
                name=name,
                file=os.path.basename(path),
            )  # fmt: skip
        if lines:
            parts.append((path, lines))
    if not parts:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the folder '{folder}' holds no CMA V3.0 "
                "{element} file (SURF_CLI_CHN_MUL_DAY-{element}-…TXT) for the {variable}."),
            name=name,
            folder=folder,
            element=wanted or "TEM/PRE/SSD",
            variable=variable_word(variable),
        )  # fmt: skip
    kinds = {_v3_layout(path, lines)[0] for path, lines in parts}
    if len(kinds) > 1:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the folder '{folder}' mixes daily and monthly "
                "CMA V3.0 files; keep one kind."),
            name=name,
            folder=folder,
        )  # fmt: skip
    table = _cma_v3_table(parts, encoding, variable, name, value_field)
    table.source = folder
    table.notes.insert(
        0,
        Message(
            QT_TRANSLATE_NOOP("Core", "{count} file(s) read from the folder"), count=len(parts)
        ),
    )
    return table


def _cma_v3_table(parts, encoding, variable, name, value_field) -> Table:
    """[(path, lines)] of V3.0 files of one kind → the long Table."""
    records, notes, estimated = [], [], []
    counts = {"missing": 0, "trace": 0, "qualifier": 0, "unknown": 0}
    for path, lines in parts:
        daily, element, column, column_name = _read_cma_v3(
            lines, path, variable, name, value_field, records, counts, estimated
        )
    notes = [
        Message(
            QT_TRANSLATE_NOOP("Core", "read as a CMA V3.0 {kind} file ({element}, column "
                "{column} {column_name}): latitude and longitude in ddmm, elevation in 0.1 m, "
                "values in tenths (0.1 °C, 0.1 mm, 0.1 h)"),
            kind=Message(QT_TRANSLATE_NOOP("Core", "daily")) if daily
            else Message(QT_TRANSLATE_NOOP("Core", "monthly")),
            element=element,
            column=column,
            column_name=column_name,
        )
    ]  # fmt: skip
    notes += _special_value_notes(counts, "32766/32744", "32700")
    if estimated:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "estimated elevation (stored + 100000) for station(s) "
                    "{stations}"),
                stations=", ".join(estimated[:20]),
            )
        )  # fmt: skip
    path = parts[0][0]
    return _cma_table(
        records, variable, path, encoding, CMA_V3_DAILY if daily else CMA_V3_MONTHLY, notes, name
    )


def _read_cma_v3(lines, path, variable, name, value_field, records, counts, estimated):
    """Appends the records of one V3.0 file; returns (daily?, element, column, column name)."""
    daily, element = _v3_layout(path, lines)
    file = os.path.basename(path)
    if element in CMA_V3_OTHER_ELEMENTS:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' is a CMA V3.0 {element} file; the "
                "stations algorithm reads the TEM (temperature), PRE (precipitation) and SSD "
                "(sunshine) files."),
            name=name,
            file=file,
            element=element,
        )  # fmt: skip
    by_variable = {v[0]: (code, v) for code, v in CMA_V3_ELEMENTS.items()}
    if variable not in by_variable:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' is a CMA V3.0 station file, which holds "
                "temperature, precipitation or sunshine; for radiation choose sunshine (SSD "
                "files) and radiation is computed from it."),
            name=name,
            file=file,
        )  # fmt: skip
    if element and CMA_V3_ELEMENTS[element][0] != variable:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' is a CMA V3.0 {element} file "
                "({file_variable}) but the variable chosen is {variable}. Choose "
                "{file_variable} or give the {variable} file."),
            name=name,
            file=file,
            element=element,
            file_variable=variable_word(CMA_V3_ELEMENTS[element][0]),
            variable=variable_word(variable),
        )  # fmt: skip
    element, (_variable, _project, daily_column, column_name) = by_variable[variable]
    column = daily_column if daily else CMA_V3_MONTHLY_VALUE_COLUMN
    if value_field:
        match = re.fullmatch(r"(?:col(?:umn)?\s*)?(\d+)", value_field.strip().lower())
        if not match or int(match.group(1)) <= (7 if daily else 6):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: '{file}' has no header; give the element "
                    "column by its number (e.g. 10 for the 20-20 h precipitation of a daily "
                    "PRE file), not '{value}'."),
                name=name,
                file=file,
                value=value_field,
            )  # fmt: skip
        column = int(match.group(1))
        column_name = f"col{column}"
    for number, line in enumerate(lines, start=1):
        numbers = _int_tokens(line)
        if numbers is None or len(numbers) < column:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: line {line} of '{file}' does not follow the "
                    "CMA V3.0 layout (integers, the element in column {column}): '{text}'."),
                name=name,
                line=number,
                file=file,
                column=column,
                text=line.strip()[:80],
            )  # fmt: skip
        station = line.split()[0]
        elevation = numbers[3]
        if elevation >= CMA_V3_ESTIMATED_ELEVATION:
            elevation -= CMA_V3_ESTIMATED_ELEVATION
            if station not in estimated:
                estimated.append(station)
        z = elevation / 10.0
        for lat_or_lon in numbers[1:3]:
            if abs(lat_or_lon) % 100 >= 60:
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "{name}: line {line} of '{file}': {value} is not "
                        "degrees and minutes (ddmm, minutes below 60)."),
                    name=name,
                    line=number,
                    file=file,
                    value=lat_or_lon,
                )  # fmt: skip
        value, kind = _v3_value(numbers[column - 1], variable)
        if kind != "ok":
            counts[kind] += 1
        records.append(
            _Record(
                station,
                "",
                _ddmm(numbers[1]),
                _ddmm(numbers[2]),
                z,
                numbers[4],
                numbers[5],
                numbers[6] if daily else None,
                value,
                number,
            )
        )
    return daily, element, column, column_name


def _v3_value(raw: int, variable: str) -> tuple[float, str]:
    """A V3.0 element value in tenths → (value in °C / mm / h or NaN, what it was)."""
    if raw in CMA_V3_MISSING:
        return math.nan, "missing"
    if variable == "precipitation":
        if raw == CMA_V3_TRACE:
            return 0.0, "trace"
        if 30000 <= raw < 33000:  # 32xxx snow, 31xxx rain and snow, 30xxx dew/frost/fog
            return (raw % 1000) / 10.0, "qualifier"
    if abs(raw) >= 30000:
        return math.nan, "unknown"
    return raw / 10.0, "ok"


def _special_value_notes(counts: dict, missing_codes: str, trace_code: str) -> list[Message]:
    notes = []
    if counts["missing"]:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{count} value(s) {codes}: missing"),
                count=counts["missing"],
                codes=missing_codes,
            )
        )
    if counts["trace"]:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{count} trace precipitation value(s) ({code}) "
                    "counted as 0 mm"),
                count=counts["trace"],
                code=trace_code,
            )
        )  # fmt: skip
    if counts["qualifier"]:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{count} precipitation value(s) with a 30xxx/31xxx/"
                    "32xxx code (dew or frost, rain and snow, snow) read as the amount xxx"),
                count=counts["qualifier"],
            )
        )  # fmt: skip
    if counts["unknown"]:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{count} value(s) with an unknown special code "
                    "(30000 or more): missing"),
                count=counts["unknown"],
            )
        )  # fmt: skip
    return notes


def _cma_export_kind(headers: Sequence[str]) -> str:
    names = {h.strip().lower() for h in headers}
    if names & {"v01000", "v01301"} and names & {"v04001", "v04002"}:
        return CMA_BUFR
    if names & {"station_id_c", "station_id_d"}:
        return CMA_TIANQING
    return ""


def _read_cma_export(table: Table, kind: str, variable: str, name: str, value_field) -> Table:
    lowered = [h.strip().lower() for h in table.headers]
    columns = {}
    for role, codes in _CMA_ROLES.items():
        columns[role] = next((lowered.index(c) for c in codes if c in lowered), None)
    if value_field:
        columns["value"] = column_named(table.headers, value_field, name)
    else:
        codes = _CMA_ELEMENTS.get(variable, ())
        columns["value"] = next((lowered.index(c) for c in codes if c in lowered), None)
    for role in ("station", "year", "month", "value"):
        if columns[role] is None:
            wanted = {
                "station": "V01000 / Station_Id_C",
                "year": "V04001 / Year",
                "month": "V04002 / Mon",
                "value": " / ".join(c.upper() if c[0] == "v" else c for c in
                                    _CMA_ELEMENTS.get(variable, ("?",))),
            }[role]  # fmt: skip
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: '{file}' looks like a {kind} but has no "
                    "column {wanted} for the {variable}. Its columns are: {columns}. Choose the "
                    "variable the file holds, or name the column in VALUE_FIELD."),
                name=name,
                file=os.path.basename(table.source),
                kind=kind,
                wanted=wanted,
                variable=variable_word(variable),
                columns=", ".join(table.headers),
            )  # fmt: skip
    counts = {"missing": 0, "trace": 0, "qualifier": 0, "unknown": 0}
    records = []
    for offset, row in enumerate(table.rows):
        number = offset + 2

        def number_of(role, row=row, number=number):
            index = columns[role]
            if index is None:
                return math.nan
            value = number_in_row(row, index, number, table.headers, (), name)
            return math.nan if value in CMA_EXPORT_MISSING else value

        raw = number_in_row(row, columns["value"], number, table.headers, (), name)
        if raw in CMA_EXPORT_MISSING or (raw >= 999000 and raw != CMA_EXPORT_TRACE):
            value = math.nan
            counts["missing"] += 1
        elif raw == CMA_EXPORT_TRACE:
            value = 0.0 if variable == "precipitation" else math.nan
            counts["trace" if variable == "precipitation" else "missing"] += 1
        else:
            value = raw
        year, month, day = number_of("year"), number_of("month"), number_of("day")
        if not (math.isfinite(year) and math.isfinite(month) and 1 <= month <= 12):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row} of '{file}' has no valid year and "
                    "month."),
                name=name,
                row=number,
                file=os.path.basename(table.source),
            )  # fmt: skip
        station, station_name = station_fields(
            row, {"station": columns["station"]}, columns["name"], number
        )
        records.append(
            _Record(
                station,
                station_name,
                number_of("y"),
                number_of("x"),
                number_of("elevation"),
                int(year),
                int(month),
                int(day) if math.isfinite(day) else None,
                value,
                number,
            )
        )
    daily = columns["day"] is not None
    notes = [
        Message(
            QT_TRANSLATE_NOOP("Core", "read as a {kind} ({kind_detail}, column {column}): "
                "degrees, metres, °C, mm and hours"),
            kind=kind,
            kind_detail=Message(QT_TRANSLATE_NOOP("Core", "daily")) if daily
            else Message(QT_TRANSLATE_NOOP("Core", "monthly")),
            column=table.headers[columns["value"]],
        )
    ]  # fmt: skip
    notes += _special_value_notes(counts, "999999/999998", "999990")
    present = {role for role in ("name", "y", "x", "elevation") if columns[role] is not None}
    return _cma_table(records, variable, table.source, table.encoding, kind, notes, name, present)


def _cma_table(records, variable, path, encoding, kind, notes, name, present=None) -> Table:
    """The long Table of converted records; daily records aggregated to months first."""
    present = {"y", "x", "elevation"} if present is None else present
    warnings: list = []
    if records and records[0].day is not None:
        records, aggregated = _months_from_days(records, variable, name, os.path.basename(path))
        notes.append(aggregated[0])
        warnings += aggregated[1:]
    roles = [
        ("station", "区站号", lambda r: r.station),
        ("name", "站名", lambda r: r.name),
        ("y", "纬度", lambda r: _plain_number(r.lat)),
        ("x", "经度", lambda r: _plain_number(r.lon)),
        ("elevation", "观测场拔海高度", lambda r: _plain_number(r.z)),
        ("year", "年", lambda r: r.year),
        ("month", "月", lambda r: r.month),
        ("value", _CMA_VALUE_HEADERS.get(variable, "value"), lambda r: _plain_number(r.value)),
    ]
    used = [(header, get) for role, header, get in roles if role not in {"name", "y", "x",
            "elevation"} - present]  # fmt: skip
    table = Table(
        [header for header, _get in used],
        [[get(r) for _header, get in used] for r in records],
        path,
        encoding,
        format=kind,
        notes=notes,
        warnings=warnings,
    )
    return table


def _plain_number(value: float):
    return None if not math.isfinite(value) else value


def _months_from_days(records, variable, name, file):
    """Daily records → monthly ones (temperature: mean; precipitation, sunshine: sum), by the
    missing-days rule (MAX_MISSING_DAYS, MAX_CONSECUTIVE_MISSING_DAYS). Returns the records and
    [note, warnings…]."""
    groups: dict[tuple, dict] = {}
    for record in records:
        key = (record.station, record.year, record.month)
        days = groups.setdefault(key, {"first": record, "values": {}})["values"]
        length = calendar.monthrange(record.year, record.month)[1]
        if record.day is None or not 1 <= record.day <= length:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: line {line} of '{file}': day {day} does not "
                    "exist in {year}-{month:02d}."),
                name=name,
                line=record.line,
                file=file,
                day=record.day,
                year=record.year,
                month=record.month,
            )  # fmt: skip
        if record.day in days:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: station {station} has two rows for "
                    "{year}-{month:02d}-{day:02d} in '{file}'. Remove the duplicate."),
                name=name,
                station=record.station,
                year=record.year,
                month=record.month,
                day=record.day,
                file=file,
            )  # fmt: skip
        days[record.day] = record.value
    monthly, filled, dropped = [], [], []
    for (station, year, month), group in groups.items():
        length = calendar.monthrange(year, month)[1]
        present = [math.isfinite(group["values"].get(d, math.nan)) for d in range(1, length + 1)]
        valid = [group["values"][d + 1] for d in range(length) if present[d]]
        missing = length - len(valid)
        run = longest = 0
        for ok in present:
            run = 0 if ok else run + 1
            longest = max(longest, run)
        label = f"{station} {year}-{month:02d} ({missing})"
        if not valid or missing > MAX_MISSING_DAYS or longest > MAX_CONSECUTIVE_MISSING_DAYS:
            value = math.nan
            dropped.append(label)
        else:
            mean = sum(valid) / len(valid)
            value = round(mean if variable == "temperature" else mean * length, 6)
            if missing:
                filled.append(label)
        first = group["first"]
        monthly.append(
            _Record(
                station, first.name, first.lat, first.lon, first.z, year, month, None, value,
                first.line,
            )
        )  # fmt: skip
    messages = [
        Message(
            QT_TRANSLATE_NOOP("Core", "daily values aggregated to {count} station-month(s): "
                "{how}"),
            count=len(monthly),
            how=Message(QT_TRANSLATE_NOOP("Core", "monthly mean")) if variable == "temperature"
            else Message(QT_TRANSLATE_NOOP("Core", "monthly total")),
        )
    ]  # fmt: skip
    if filled:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "months with missing days (count in brackets), the "
                    "missing days taken as the mean of the others: {months}"),
                months=", ".join(filled[:20]),
            )
        )  # fmt: skip
    if dropped:
        messages.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "months left missing, more than {days} days missing "
                    "or {run} in a row (count in brackets): {months}"),
                days=MAX_MISSING_DAYS,
                run=MAX_CONSECUTIVE_MISSING_DAYS + 1,
                months=", ".join(dropped[:20]),
            )
        )  # fmt: skip
    return monthly, messages
