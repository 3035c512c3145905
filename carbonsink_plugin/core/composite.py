"""Monthly composites (SPEC §2.2): scene dates, combining scenes per month, filling gaps.

A scene's date comes from its file name (Landsat / Sentinel-2 product names, MODIS A<yyyyddd>,
any YYYYMMDD or YYYY-MM-DD) or from an explicit list. Scenes of the same calendar month are
combined by maximum-value composite (NDVI), mean or sum; months without a valid observation can
be filled per pixel by linear interpolation in time between the neighbouring valid months,
wrapping December–January.

numpy only: no qgis, no Qt.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message

METHODS = ("max", "mean", "sum")
# More months than this without a valid observation (over half the year): a gap-filled stack
# would be mostly made up from the few months observed (our choice; SPEC §2.2 fills gaps,
# it does not invent a year). ALLOW_FEW_MONTHS accepts such a stack.
MAX_FILLED_MONTHS = 6


@dataclass(frozen=True)
class SceneDate:
    """When a scene was taken, and how that was found out."""

    year: int | None
    month: int
    day: int | None
    how: str  # e.g. "Landsat product name", "MODIS A2010129", "explicit"

    @property
    def date(self) -> date:
        return date(self.year or 2001, self.month, self.day or 1)

    def __str__(self) -> str:
        if self.year and self.day:
            return self.date.isoformat()
        if self.year:
            return f"{self.year}-{self.month:02d}"
        return f"month {self.month}"


_LANDSAT = re.compile(r"L[COTEM]0\d_L\w{3}_\d{6}_(\d{4})(\d{2})(\d{2})_\d{8}_\d{2}_\w{2}", re.I)
_SENTINEL2 = re.compile(r"S2[A-D]_MSI\w{3}_(\d{4})(\d{2})(\d{2})T\d{6}", re.I)
_S2_GRANULE = re.compile(r"T\d{2}[A-Z]{3}_(\d{4})(\d{2})(\d{2})T\d{6}")
_MODIS = re.compile(r"(?:^|[^A-Za-z0-9])A(\d{4})(\d{3})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_YEAR_MONTH = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})(?![-_.]?\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1970 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(file_name: str) -> SceneDate | None:
    """The acquisition date in a file name, or None.

    Tried in this order: Landsat product names (acquisition date, not processing date),
    Sentinel-2 product and granule names (sensing date), MODIS A<yyyyddd> (first day of the
    composite period), then the first valid YYYY-MM-DD / YYYY_MM_DD / YYYYMMDD, then YYYY-MM.
    """
    name = os.path.basename(file_name)
    for pattern, how in (
        (_LANDSAT, "Landsat product name"),
        (_SENTINEL2, "Sentinel-2 product name"),
        (_S2_GRANULE, "Sentinel-2 granule name"),
    ):
        match = pattern.search(name)
        if match:
            found = _valid(*(int(g) for g in match.groups()))
            if found:
                return SceneDate(found.year, found.month, found.day, how)
    match = _MODIS.search(name)
    if match:
        year, doy = int(match.group(1)), int(match.group(2))
        if 1970 <= year <= 2100 and 1 <= doy <= 366:
            found = date(year, 1, 1) + timedelta(days=doy - 1)
            if found.year == year:
                return SceneDate(year, found.month, found.day, f"MODIS A{year}{doy:03d}")
    for pattern, how in ((_ISO, "date YYYY-MM-DD in the name"), (_COMPACT, "date YYYYMMDD")):
        for match in pattern.finditer(name):
            found = _valid(*(int(g) for g in match.groups()))
            if found:
                return SceneDate(found.year, found.month, found.day, how)
    for match in _YEAR_MONTH.finditer(name):
        year, month = int(match.group(1)), int(match.group(2))
        if 1970 <= year <= 2100 and 1 <= month <= 12:
            return SceneDate(year, month, None, "year-month YYYY-MM in the name")
    return None


def parse_date_text(text: str) -> SceneDate | None:
    """One explicit date: YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYDDD or a month number 1–12."""
    token = text.strip()
    if re.fullmatch(r"\d{1,2}", token) and 1 <= int(token) <= 12:
        return SceneDate(None, int(token), None, "explicit month")
    if re.fullmatch(r"\d{7}", token):
        return parse_date("A" + token)
    found = parse_date(token)
    if found is None:
        return None
    return SceneDate(found.year, found.month, found.day, "explicit")


def scene_dates(paths: Sequence[str], explicit: str = "", name: str = "DATES") -> list[SceneDate]:
    """The date of every scene: from `explicit` (one entry per scene, in order) or the names."""
    entries = [e for e in re.split(r"[,;\s，；]+", explicit or "") if e]
    if entries:
        if len(entries) != len(paths):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: {dates} date(s) given for {scenes} scene(s); "
                    "give one date per input scene, in the same order (or leave it empty to read "
                    "the dates from the file names)."),
                name=name,
                dates=len(entries),
                scenes=len(paths),
            )  # fmt: skip
        dates = []
        for entry, path in zip(entries, paths):
            found = parse_date_text(entry)
            if found is None:
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "{name}: '{entry}' (for '{file}') is not a date. "
                        "Use YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYDDD or a month number 1–12."),
                    name=name,
                    entry=entry,
                    file=os.path.basename(path),
                )  # fmt: skip
            dates.append(found)
        return dates
    dates = []
    for path in paths:
        found = parse_date(path)
        if found is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "Cannot tell the date of '{file}' from its name "
                    "(looked for a Landsat or Sentinel-2 product name, MODIS A<yyyyddd>, "
                    "YYYYMMDD, YYYY-MM-DD or YYYY-MM). Rename the file or give the dates in "
                    "{name}, one per scene in order."),
                file=os.path.basename(path),
                name=name,
            )  # fmt: skip
        dates.append(found)
    return dates


def scenes_by_month(dates: Sequence[SceneDate]) -> dict[int, list[int]]:
    """Scene indices per calendar month 1–12 (months without a scene are absent)."""
    months: dict[int, list[int]] = {}
    for index, found in enumerate(dates):
        months.setdefault(found.month, []).append(index)
    return months


# --------------------------------------------------------------------------------------------
# Combining and gap filling (per window, vectorised)


def combine(scenes: Sequence[np.ndarray], method: str) -> tuple[np.ndarray, np.ndarray]:
    """Combine same-month scenes (each (rows, cols), NaN = nodata) → (value, count of valid).

    max: maximum-value composite; mean: mean of the valid scenes; sum: sum of the valid scenes.
    A pixel with no valid scene is NaN (also for sum: missing is not zero).
    """
    stack = np.stack(scenes)
    valid = np.isfinite(stack)
    count = valid.sum(axis=0)
    if method == "max":
        value = np.fmax.reduce(stack, axis=0)  # fmax ignores NaN; all-NaN stays NaN
    elif method in ("mean", "sum"):
        total = np.where(valid, stack, 0).sum(axis=0, dtype=np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            value = total / count if method == "mean" else total
        value = np.where(count > 0, value, np.nan)
    else:
        raise ValueError(f"unknown method {method}")
    return value.astype(np.float32), count


def fill_gaps_cyclic(stack: np.ndarray) -> tuple[np.ndarray, int]:
    """Fill NaN months per pixel by linear interpolation between neighbouring valid months.

    stack: (12, rows, cols). Time is cyclic (December's next month is January). A pixel with a
    single valid month gets that value in every month; a pixel with none stays NaN. Returns the
    filled stack and the number of pixel-months filled.
    """
    months = stack.shape[0]
    valid = np.isfinite(stack)
    any_valid = valid.any(axis=0)
    tiled = np.concatenate([stack, stack, stack])
    valid3 = np.concatenate([valid, valid, valid])
    index = np.arange(3 * months).reshape((-1,) + (1,) * (stack.ndim - 1))
    previous = np.maximum.accumulate(np.where(valid3, index, -1), axis=0)[months : 2 * months]
    following = np.minimum.accumulate(np.where(valid3, index, 3 * months)[::-1], axis=0)[::-1][
        months : 2 * months
    ]
    previous = np.clip(previous, 0, 3 * months - 1)
    following = np.clip(following, 0, 3 * months - 1)
    before = np.take_along_axis(tiled, previous, axis=0)
    after = np.take_along_axis(tiled, following, axis=0)
    here = index[months : 2 * months]
    span = (following - previous).astype(np.float32)
    with np.errstate(invalid="ignore", divide="ignore"):
        weight = np.where(span > 0, (here - previous) / span, 0.0).astype(np.float32)
    filled = before + (after - before) * weight
    gaps = ~valid & any_valid
    result = np.where(valid, stack, np.where(gaps, filled, np.nan)).astype(np.float32)
    return result, int(gaps.sum())


# --------------------------------------------------------------------------------------------
# The compositing pass (a block pass object for raster.run_blocks)


class CompositePass:
    """Twelve monthly bands from single-band scenes, one window at a time.

    keys: the engine's source names of the scenes, in the order of `by_month`'s indices
    (scenes_by_month). Each scene is scaled (value · scale + offset), the scenes of a month are
    combined (combine: max, mean or sum of the valid values), and with `fill` the empty
    pixel-months are interpolated cyclically (fill_gaps_cyclic). compute → {"OUTPUT": (12, rows,
    cols), "empty", "filled", "partial"}; on_block adds the counts up in `totals`:
    empty = pixel-months with no valid observation, filled = of those interpolated, partial =
    pixel-months summed from only part of their scenes (method "sum"); `observed` counts the
    valid pixels of each month before filling.
    """

    def __init__(self, keys, by_month, method: str, scale=1.0, offset=0.0, fill=False):
        self.keys = list(keys)
        self.by_month = by_month
        self.method = method
        self.scale, self.offset = np.float32(scale), np.float32(offset)
        self.fill = fill
        self.totals = {"empty": 0, "filled": 0, "partial": 0}
        self.observed = np.zeros(12, dtype=np.int64)  # valid pixels per month, before filling

    def compute(self, block) -> dict:
        scaled = [block[k][0] * self.scale + self.offset for k in self.keys]
        months = np.full((12,) + scaled[0].shape, np.nan, dtype=np.float32)
        partial = 0
        for month, indices in self.by_month.items():
            value, count = combine([scaled[i] for i in indices], self.method)
            months[month - 1] = value
            if self.method == "sum":
                partial += int(((count > 0) & (count < len(indices))).sum())
        observed = np.isfinite(months).reshape(12, -1).sum(axis=1)  # valid pixels per month
        empty = int(months.size - observed.sum())
        filled = 0
        if self.fill:
            months, filled = fill_gaps_cyclic(months)
        return {
            "OUTPUT": months,
            "empty": empty,
            "filled": filled,
            "partial": partial,
            "observed": observed,
        }

    def on_block(self, block, result) -> None:
        for key in self.totals:
            self.totals[key] += result[key]
        self.observed += result["observed"]


# --------------------------------------------------------------------------------------------
# Products that cannot be right


def _months(months: Sequence[int]) -> str:
    return ", ".join(str(m) for m in months)


def check_month_coverage(
    covered, name: str, allow: str, with_scenes=(), limit: int = MAX_FILLED_MONTHS
) -> None:
    """Refuse to fill more than `limit` months of the year from the months in `covered`.

    covered: the calendar months (1–12) with a valid observation (a scene before the pass;
    a valid pixel after it); with_scenes: the months that have scenes (after the pass, those
    of them not covered were all cloud or nodata). `name` is the scenes' parameter, `allow`
    the parameter that accepts such a stack.
    """
    covered = sorted(set(int(m) for m in covered))
    empty = [m for m in range(1, 13) if m not in covered]
    if not covered or len(empty) <= limit:
        return
    copy = ""
    if len(covered) == 1:
        copy = Message(
            QT_TRANSLATE_NOOP("Core", " (every band would be a copy of month {month})"),
            month=covered[0],
        )
    cloudy = [m for m in sorted(set(with_scenes)) if m not in covered]
    detail = ""
    if cloudy:
        detail = Message(
            QT_TRANSLATE_NOOP("Core", " Month(s) {months} have scenes, but no valid pixel in "
                "them (all cloud or nodata)."),
            months=_months(cloudy),
        )  # fmt: skip
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: only {count} of the 12 months have a valid "
            "observation ({covered}); the other {empty_count} months ({empty}) would all be "
            "filled from them, more than half of the year made up{copy}.{detail} Add scenes of "
            "some of the months {empty}, so that at least {needed} months are observed, or tick "
            "{allow} to accept a stack made mostly by gap filling."),
        name=name,
        needed=12 - limit,
        count=len(covered),
        covered=_months(covered),
        empty_count=len(empty),
        empty=_months(empty),
        copy=copy,
        detail=detail,
        allow=allow,
    )  # fmt: skip


def check_any_observation(valid: int, scenes: int, name: str) -> None:
    """Refuse a stack without a single valid value: every scene all nodata (e.g. all cloud)."""
    if valid:
        return
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: none of the {scenes} scene(s) holds a valid pixel "
            "(all nodata, e.g. all cloud or fill values), so the monthly stack would be nodata "
            "everywhere; no output was written. Check the scenes' nodata value and cloud "
            "masking, or choose clearer scenes."),
        name=name,
        scenes=scenes,
    )  # fmt: skip
