"""Land cover → CASA vegetation-type codes (SPEC §2.5).

A mapping (a preset of core/parameters.LAND_COVER_PRESETS, edited or extended by a user table)
gives each land-cover value its vegetation type 0–8. Values the mapping does not cover are
counted and become 0 (non-vegetated) or nodata (255), as the user chooses.

numpy only: no qgis, no Qt.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message
from .parameters import LAND_COVER_PRESETS, NON_VEGETATED, VEGETATION_TYPES
from .raster import NODATA_BYTE

# The PRESET options in order; their numbers are an interface (qgis_process, models, scripts
# give an option by its number), so a preset added later goes after 'custom' (4), not before it.
_FIRST_PRESETS = ("worldcover", "clcd", "globeland30", "mcd12q1")
PRESET_KEYS = (
    _FIRST_PRESETS
    + ("custom",)
    + tuple(key for key in LAND_COVER_PRESETS if key not in _FIRST_PRESETS)
)
KNOWN_CODES = {NON_VEGETATED} | {vt.code for vt in VEGETATION_TYPES}
UNMAPPED_POLICIES = ("nodata", "zero")


class MappingTable(dict):
    """{land-cover value: vegetation type} of the user's table; `rows` gives each value's row
    number (1-based) for messages."""

    rows: dict[int, int]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = {}


def table_from_matrix(values: Sequence, name: str = "TABLE") -> MappingTable:
    """A flattened (land-cover value, vegetation type) matrix → {value: type} (with rows)."""
    cells = [v for v in (values or []) if v is not None and str(v).strip() != ""]
    if len(cells) % 2:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the table needs two columns (land-cover value, "
                "vegetation type); got {count} cell(s)."),
            name=name,
            count=len(cells),
        )  # fmt: skip
    table = MappingTable()
    for start in range(0, len(cells), 2):
        row = start // 2 + 1
        try:
            source, target = (
                float(str(c).strip().replace(",", ".")) for c in cells[start : start + 2]
            )
        except ValueError:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row} is not numeric: {cells}."),
                name=name,
                row=row,
                cells=cells[start : start + 2],
            )
        if not (source.is_integer() and target.is_integer()):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row}: values and types are whole "
                    "numbers."),
                name=name,
                row=row,
            )  # fmt: skip
        source, target = int(source), int(target)
        if not 0 <= target <= 254:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row}: vegetation type {type} is outside "
                    "0–254 (255 is nodata)."),
                name=name,
                row=row,
                type=target,
            )  # fmt: skip
        if source in table and table[source] != target:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: land-cover value {value} is mapped twice "
                    "({first} and {second})."),
                name=name,
                value=source,
                first=table[source],
                second=target,
            )  # fmt: skip
        table[source] = target
        table.rows.setdefault(source, row)
    return table


def check_type_codes(
    mapping: Mapping[int, int],
    table: Mapping[int, int] | None,
    allowed: Iterable[int],
    name: str = "TABLE",
    types: str = "TYPES_CSV",
    types_file: str = "",
    preset: str = "",
) -> None:
    """Refuse a mapping that produces a vegetation type outside the type table.

    allowed: the codes of the vegetation-type table the NPP step will use (0–8 by default, or
    those of the user's table `types_file`), always with 0 = non-vegetated; `types` names the
    parameter of that table. A row of the user's `table` is named by its number, an entry of
    the preset by the preset.
    """
    allowed = sorted(set(int(c) for c in allowed) | {NON_VEGETATED})
    table = table or {}
    rows = getattr(table, "rows", {})
    for value, code in mapping.items():
        if code in allowed:
            continue
        if value in table:
            where = Message(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row} maps land-cover value {value} to "
                    "vegetation type {type}"),
                name=name,
                row=rows.get(value, "?"),
                value=value,
                type=code,
            )  # fmt: skip
        else:
            where = Message(
                QT_TRANSLATE_NOOP("Core", "{name}: the preset '{preset}' maps land-cover value "
                    "{value} to vegetation type {type}"),
                name=name,
                preset=preset,
                value=value,
                type=code,
            )  # fmt: skip
        if types_file:
            source = Message(QT_TRANSLATE_NOOP("Core", "'{file}'"), file=types_file)
        else:
            source = Message(QT_TRANSLATE_NOOP("Core", "the built-in table"))
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{where}, which is not a code of the vegetation-type table "
                "({source}: {codes}); the NPP step would have no parameters for it. Map the value "
                "to one of those codes, or, if the NPP step uses your own table (its "
                "PARAMETERS_CSV) with type {type}, give that file in {types}."),
            where=where,
            source=source,
            codes=", ".join(str(c) for c in allowed),
            types=types,
            type=code,
        )  # fmt: skip


def build_mapping(
    preset: str, table: Mapping[int, int] | None, name: str = "TABLE"
) -> dict[int, int]:
    """The preset's mapping with the user's rows added or overriding; 'custom' uses the table."""
    if preset == "custom":
        if not table:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: the 'custom' preset needs a table of "
                    "land-cover values and vegetation types (e.g. 10 → 2, 20 → 6)."),
                name=name,
            )  # fmt: skip
        return dict(table)
    if preset not in LAND_COVER_PRESETS:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "PRESET: unknown preset '{preset}'; choose one of "
                "{presets}."),
            preset=preset,
            presets=", ".join(PRESET_KEYS),
        )  # fmt: skip
    mapping = dict(LAND_COVER_PRESETS[preset])
    mapping.update(table or {})
    return mapping


def reclassify(
    values: np.ndarray,
    mapping: Mapping[int, int],
    unmapped: str = "nodata",
    cell_area: np.ndarray | None = None,
) -> tuple[np.ndarray, dict[int, int], dict[int, float]]:
    """Vegetation-type codes (uint8, 255 = nodata) of a window, and per input value its pixel
    count and area (m², when cell_area — broadcastable to values — is given).

    values: float32, NaN = nodata. Non-integer values are refused (a land-cover raster holds
    class codes).
    """
    finite = np.isfinite(values)
    codes = values[finite]
    if codes.size and np.any(codes != np.round(codes)):
        bad = codes[codes != np.round(codes)][0]
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "INPUT: the value {value:g} is not a whole number; a "
                "land-cover raster holds class codes. Is this a continuous layer (e.g. NDVI)?"),
            value=bad,
        )  # fmt: skip
    out = np.full(values.shape, NODATA_BYTE, dtype=np.uint8)
    if not codes.size:
        return out, {}, {}
    unique, inverse, counts = np.unique(
        codes.astype(np.int64), return_inverse=True, return_counts=True
    )
    fallback = NODATA_BYTE if unmapped == "nodata" else NON_VEGETATED
    lookup = np.array([mapping.get(int(u), fallback) for u in unique], dtype=np.uint8)
    out[finite] = lookup[inverse]
    areas: dict[int, float] = {}
    if cell_area is not None:
        weights = np.broadcast_to(cell_area, values.shape)[finite]
        sums = np.bincount(inverse, weights=weights, minlength=unique.size)
        areas = {int(u): float(a) for u, a in zip(unique, sums)}
    return out, {int(u): int(c) for u, c in zip(unique, counts)}, areas


def summarise(
    counts: Mapping[int, int], mapping: Mapping[int, int], unmapped: str
) -> tuple[list[tuple[int, int, int | None]], dict[int, int], dict[int, int]]:
    """(rows of (value, pixels, type or None), pixels per type code, unmapped value → pixels)."""
    rows = []
    per_type: dict[int, int] = {}
    missing: dict[int, int] = {}
    fallback = None if unmapped == "nodata" else NON_VEGETATED
    for value in sorted(counts):
        target = mapping.get(value)
        if target is None:
            missing[value] = counts[value]
            target = fallback
        rows.append((value, counts[value], target))
        if target is not None:
            per_type[target] = per_type.get(target, 0) + counts[value]
    return rows, per_type, missing
