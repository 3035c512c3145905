"""Sampling plan for the ground check: stratified random field plots (SPEC §5).

Strata are the vegetation types of the type raster (codes of SPEC §2.5; 0 = non-vegetated is
never a stratum). The plan follows four rules:

1. Allocation. Every stratum gets `minimum` plots; the remaining `total − minimum·S` plots are
   shared in proportion to stratum area (inside the study area) by the largest-remainder
   (Hamilton) method: each stratum first gets the whole part of its quota, and the plots still
   missing go to the largest fractional parts (ties: smaller code first). See `allocate`.
2. Homogeneity. A plot is only placed on a pixel whose WINDOW×WINDOW neighbourhood is entirely
   that type (no mixed pixels). Neighbourhoods reaching past the raster edge or touching nodata
   are not homogeneous. The centre pixel must lie inside the study area.
3. Minimum distance. Plots (of all strata) are at least `min_distance` metres apart. Candidates
   are visited in random order and accepted when they keep the distance (simple sequential
   inhibition); strata with fewer candidates are served first so large strata cannot crowd
   them out.
4. Reproducibility. One numpy Generator(seed) draws everything, and candidates are numbered in
   row-major raster order (independent of how the raster is cut into windows), so the same
   data, parameters and seed give the same plots on every machine.

A stratum that cannot host its minimum is an error (StratumError: too small = fewer homogeneous
candidates than plots needed; too fragmented = enough candidates but the minimum distance rules
them out). A stratum that hosts its minimum but not its whole allocation hands the rest to the
strata that still have room (by the same largest-remainder rule); the plan reports it.

Big rasters: two block passes through core.raster.run_blocks. The first counts homogeneous
candidates per stratum and raster row; the second (repeated only when a stratum needs more
candidates than drawn at first) finds the pixels of the ranks drawn. Memory holds one integer per
row and stratum, never a whole raster or a list of all candidates.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Sequence

import numpy as np
from osgeo import gdal, ogr, osr

from . import units
from .errors import QT_TRANSLATE_NOOP, InputError, Message
from .raster import ROTATED, Block, Grid, Source, Window, gdal_call, remove_files, run_blocks

EARTH_RADIUS = 6371008.8  # mean Earth radius (m), IUGG; for distances in a geographic CRS
FIRST_DRAW = 20  # candidates drawn per plot needed in the first round
MIN_FIRST_DRAW = 200
DRAW_GROWTH = 8  # each further round draws this many times more candidates


class AllocationError(InputError):
    """TOTAL cannot give every stratum its minimum."""

    def __init__(self, total: int, minimum: int, strata: Sequence[int]):
        self.total, self.minimum, self.strata = total, minimum, list(strata)
        super().__init__(
            QT_TRANSLATE_NOOP("Core", "TOTAL: {total} plots cannot give each of the {count} "
                "strata ({strata}) its minimum of {minimum}; raise TOTAL to at least {needed}, "
                "lower MIN_PER_STRATUM or choose fewer strata."),
            total=total,
            count=len(strata),
            strata=", ".join(map(str, strata)),
            minimum=minimum,
            needed=minimum * len(strata),
        )  # fmt: skip


class StratumError(InputError):
    """A stratum cannot host its minimum number of plots.

    reason: 'too_small' (fewer homogeneous candidate pixels than plots needed) or
    'too_fragmented' (enough candidates, but the minimum distance rules them out).
    """

    def __init__(
        self,
        code: int,
        reason: str,
        needed: int,
        candidates: int,
        placed: int,
        window: int,
        min_distance: float,
        pixels: int = 0,
    ):
        self.code, self.reason, self.needed, self.pixels = code, reason, needed, pixels
        self.candidates, self.placed = candidates, placed
        self.window, self.min_distance = window, min_distance
        if reason == "too_small" and pixels == 0:
            detail = Message(
                QT_TRANSLATE_NOOP("Core", "too small: the type does not occur in the study area")
            )
        elif reason == "too_small":
            detail = Message(
                QT_TRANSLATE_NOOP("Core", "too small: only {candidates} pixel(s) have a "
                    "{window}×{window} neighbourhood entirely of this type, {needed} plot(s) "
                    "needed"),
                candidates=candidates,
                window=window,
                needed=needed,
            )  # fmt: skip
        else:
            detail = Message(
                QT_TRANSLATE_NOOP("Core", "too fragmented: {candidates} homogeneous candidate "
                    "pixels, but only {placed} can be placed at least {distance:g} m from each "
                    "other and from the other plots, {needed} needed"),
                candidates=candidates,
                placed=placed,
                distance=min_distance,
                needed=needed,
            )  # fmt: skip
        super().__init__(
            QT_TRANSLATE_NOOP("Core", "Stratum {code}: {detail}."), code=code, detail=detail
        )


class ShortfallError(InputError):
    """The strata together cannot host TOTAL plots at the minimum distance."""

    def __init__(self, total: int, placed: int, min_distance: float):
        self.total, self.placed, self.min_distance = total, placed, min_distance
        super().__init__(
            QT_TRANSLATE_NOOP("Core", "Only {placed} of the {total} plots fit at least "
                "{distance:g} m apart on homogeneous pixels; lower TOTAL or MIN_DISTANCE."),
            placed=placed,
            total=total,
            distance=min_distance,
        )  # fmt: skip


@dataclass
class Stratum:
    code: int
    pixels: int = 0  # pixels of this type inside the study area
    area_m2: float = 0.0
    candidates: int = 0  # of them, pixels with a homogeneous neighbourhood
    allocated: int = 0  # plots by the allocation rule
    target: int = 0  # plots after reallocation of other strata's shortfall
    placed: int = 0


@dataclass(frozen=True)
class Plot:
    code: int
    row: int
    col: int
    x: float  # pixel centre, raster CRS
    y: float


@dataclass
class Plan:
    plots: list[Plot]
    strata: dict[int, Stratum]
    reallocated: dict[int, int] = field(default_factory=dict)  # code → plots given up (−) / got (+)
    rounds: int = 0


# --------------------------------------------------------------------------------------------
# Allocation


def allocate(areas: Mapping[int, float], total: int, minimum: int) -> dict[int, int]:
    """Plots per stratum: `minimum` each, the rest proportional to area (largest remainder).

    quota_s = (total − minimum·S) · A_s / ΣA; n_s = minimum + ⌊quota_s⌋, and the
    (total − minimum·S − Σ⌊quota_s⌋) plots left go one each to the largest fractional parts
    quota_s − ⌊quota_s⌋ (ties broken by the smaller code).
    """
    codes = sorted(areas)
    if not codes:
        return {}
    extra = total - minimum * len(codes)
    if extra < 0:
        raise AllocationError(total, minimum, codes)
    return {code: minimum + n for code, n in _largest_remainder(areas, extra).items()}


def _largest_remainder(weights: Mapping[int, float], count: int) -> dict[int, int]:
    codes = sorted(weights)
    weight_sum = float(sum(weights[c] for c in codes))
    if count <= 0 or weight_sum <= 0:
        return {c: 0 for c in codes}
    quotas = {c: count * weights[c] / weight_sum for c in codes}
    shares = {c: int(math.floor(quotas[c] + 1e-9)) for c in codes}
    left = count - sum(shares.values())
    by_remainder = sorted(codes, key=lambda c: (-(quotas[c] - shares[c]), c))
    for code in by_remainder[:left]:
        shares[code] += 1
    return shares


# --------------------------------------------------------------------------------------------
# Homogeneous candidates


def homogeneous(padded: np.ndarray, size: int) -> np.ndarray:
    """True where the size×size neighbourhood of a pixel has one value (no NaN).

    padded: (rows + size − 1, cols + size − 1), the block with a halo of size//2 pixels on every
    side (NaN beyond the raster). Returns (rows, cols). Sliding min and max, done separably
    (2·size array operations); NaN propagates through np.minimum/np.maximum, so a neighbourhood
    with nodata compares False.
    """
    rows = padded.shape[0] - size + 1
    cols = padded.shape[1] - size + 1
    low = high = padded[0:rows]
    for d in range(1, size):
        low = np.minimum(low, padded[d : d + rows])
        high = np.maximum(high, padded[d : d + rows])
    low2, high2 = low[:, 0:cols], high[:, 0:cols]
    for d in range(1, size):
        low2 = np.minimum(low2, low[:, d : d + cols])
        high2 = np.maximum(high2, high[:, d : d + cols])
    return low2 == high2


def read_with_halo(source: Source, window: Window, halo: int) -> np.ndarray:
    """Band 1 of a window grown by `halo` pixels on every side; NaN beyond the raster."""
    grid = source.grid
    r0, c0 = window.row - halo, window.col - halo
    rows, cols = window.height + 2 * halo, window.width + 2 * halo
    out = np.full((rows, cols), np.nan, dtype=np.float32)
    rr0, cc0 = max(0, r0), max(0, c0)
    rr1, cc1 = min(grid.height, r0 + rows), min(grid.width, c0 + cols)
    if rr1 > rr0 and cc1 > cc0:
        data = source.read(Window(cc0, rr0, cc1 - cc0, rr1 - rr0), bands=[source.bands[0]])[0]
        out[rr0 - r0 : rr1 - r0, cc0 - c0 : cc1 - c0] = data
    return out


def _block_candidates(
    vegetation: Source, block: Block, size: int, strata: Iterable[int] | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(codes as int32 with −1 = not a stratum pixel, candidate mask, in-study-area mask)."""
    halo = size // 2
    padded = read_with_halo(vegetation, block.window, halo)
    h, w = block.window.height, block.window.width
    centre = padded[halo : halo + h, halo : halo + w]
    valid = np.isfinite(centre)
    bad = units.invalid_vegetation_codes(centre[valid])
    if bad.size:
        units.enforce(units.check_vegetation_codes(bad), vegetation.name)
    inside = valid & (centre > 0)
    if "MASK" in block.data:
        inside &= block["MASK"][0] > 0
    codes = np.full((h, w), -1, dtype=np.int32)
    codes[inside] = centre[inside].astype(np.int32)
    if strata is not None:
        keep = np.isin(codes, np.asarray(list(strata), dtype=np.int32))
        codes[~keep] = -1
    candidate = (codes >= 0) & homogeneous(padded, size)
    return codes, candidate, codes >= 0


@dataclass
class Survey:
    """What the first pass found: strata and the rank of each row's first candidate."""

    grid: Grid
    window: int
    strata: dict[int, Stratum]
    # code → window column → (height,) rank of the first candidate of that row in that window
    starts: dict[int, dict[int, np.ndarray]]


def survey(
    vegetation: Source,
    window: int,
    mask: Source | None = None,
    strata: Iterable[int] | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    memory_budget: int | None = None,
) -> Survey:
    """First pass: per stratum pixels, area, homogeneous candidates and their per-row counts."""
    _check_window(window)
    grid = vegetation.grid
    strata = None if strata is None else sorted(set(int(s) for s in strata))
    counts: dict[int, dict[int, np.ndarray]] = {}  # code → window col → per-row counts
    found: dict[int, Stratum] = {}

    def compute(block: Block):
        codes, candidate, inside = _block_candidates(vegetation, block, window, strata)
        present = np.unique(codes[inside])
        area = np.broadcast_to(block.cell_area(), codes.shape)
        per_code = {}
        for code in present.tolist():
            is_code = codes == code
            per_code[code] = (
                int(is_code.sum()),
                float(area[is_code].sum()),
                (candidate & is_code).sum(axis=1).astype(np.int64),
            )
        return {"per_code": per_code}

    def on_block(block: Block, result):
        win = block.window
        for code, (pixels, area_m2, row_counts) in result["per_code"].items():
            stratum = found.setdefault(code, Stratum(code))
            stratum.pixels += pixels
            stratum.area_m2 += area_m2
            stratum.candidates += int(row_counts.sum())
            by_col = counts.setdefault(code, {})
            column = by_col.setdefault(win.col, np.zeros(grid.height, dtype=np.int64))
            column[win.row : win.row + win.height] += row_counts

    _pass(vegetation, mask, compute, on_block, progress, is_canceled, memory_budget)
    if strata is not None:
        for code in strata:
            found.setdefault(code, Stratum(code))
    return Survey(grid, window, dict(sorted(found.items())), _row_starts(counts, grid.height))


def _row_starts(counts, height: int) -> dict[int, dict[int, np.ndarray]]:
    """Rank of the first candidate of each (row, window column), in row-major raster order."""
    starts = {}
    for code, by_col in counts.items():
        cols = sorted(by_col)
        row_total = np.sum([by_col[c] for c in cols], axis=0)
        base = np.concatenate(([0], np.cumsum(row_total)[:-1]))
        offset = np.zeros(height, dtype=np.int64)
        starts[code] = {}
        for col in cols:
            starts[code][col] = base + offset
            offset = offset + by_col[col]
    return starts


def _pass(
    vegetation: Source, mask: Source | None, compute, on_block, progress, is_canceled, memory_budget
) -> None:
    """One engine pass over the vegetation grid. compute reads the vegetation itself, with a
    halo around the window, so the study-area mask is the engine's only source."""
    try:
        run_blocks(
            {"MASK": mask} if mask is not None else {},
            {},
            compute,
            grid=vegetation.grid,
            on_block=on_block,
            progress=progress,
            is_canceled=is_canceled,
            memory_budget=memory_budget,
            temporaries=6.0,
        )
    finally:
        vegetation.close()


def _check_window(window: int) -> None:
    if window < 1 or window % 2 == 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "WINDOW: the neighbourhood must be an odd number ≥ 1, got "
                "{window}."),
            window=window,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Drawing


def locate(
    survey_result: Survey,
    vegetation: Source,
    requests: Mapping[int, np.ndarray],
    mask: Source | None = None,
    strata: Iterable[int] | None = None,
    *,
    progress=None,
    is_canceled=None,
    memory_budget: int | None = None,
) -> dict[int, dict[int, tuple[int, int]]]:
    """Second pass: (row, col) of the candidates with the requested ranks, per stratum."""
    size = survey_result.window
    strata = None if strata is None else sorted(set(int(s) for s in strata))
    wanted = {code: np.unique(np.asarray(r, dtype=np.int64)) for code, r in requests.items()}
    found: dict[int, dict[int, tuple[int, int]]] = {code: {} for code in wanted}

    def compute(block: Block):
        codes, candidate, _ = _block_candidates(vegetation, block, size, strata)
        win = block.window
        hits = []
        for code, ranks in wanted.items():
            if ranks.size == 0:
                continue
            starts = survey_result.starts.get(code, {}).get(win.col)
            if starts is None:
                continue
            first = starts[win.row : win.row + win.height]
            is_candidate = candidate & (codes == code)
            row_counts = is_candidate.sum(axis=1)
            lo = np.searchsorted(ranks, first, side="left")
            hi = np.searchsorted(ranks, first + row_counts, side="left")
            for i in np.flatnonzero(hi > lo).tolist():
                columns = np.flatnonzero(is_candidate[i])
                for rank in ranks[lo[i] : hi[i]].tolist():
                    col = int(columns[rank - first[i]])
                    hits.append((code, rank, win.row + i, win.col + col))
        return {"hits": hits}

    def on_block(block, result):
        for code, rank, row, col in result["hits"]:
            found[code][rank] = (row, col)

    _pass(vegetation, mask, compute, on_block, progress, is_canceled, memory_budget)
    for code, ranks in wanted.items():
        missing = len(ranks) - len(found[code])
        if missing:  # a programming error, never bad input: the passes must agree
            raise RuntimeError(f"stratum {code}: {missing} candidate rank(s) not found")
    return found


class _Spacing:
    """Accepted plots in a hash grid of cells of the minimum distance: O(1) distance checks."""

    def __init__(self, distance: float):
        self.distance = distance
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = {}

    def fits(self, x: float, y: float) -> bool:
        if self.distance <= 0:
            return True
        cx, cy = int(math.floor(x / self.distance)), int(math.floor(y / self.distance))
        limit = self.distance * self.distance
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for px, py in self.cells.get((cx + dx, cy + dy), ()):
                    if (px - x) ** 2 + (py - y) ** 2 < limit:
                        return False
        return True

    def add(self, x: float, y: float) -> None:
        d = self.distance if self.distance > 0 else 1.0
        self.cells.setdefault((int(math.floor(x / d)), int(math.floor(y / d))), []).append((x, y))


def pixel_centre(grid: Grid, row: int, col: int) -> tuple[float, float]:
    gt = grid.geotransform
    return (
        gt[0] + (col + 0.5) * gt[1] + (row + 0.5) * gt[2],
        gt[3] + (col + 0.5) * gt[4] + (row + 0.5) * gt[5],
    )


def metric_coordinates(grid: Grid) -> Callable[[float, float], tuple[float, float]]:
    """(x, y) in the grid's CRS → metres for distance checks.

    Projected CRS: coordinates times the linear unit. Geographic CRS: a local equirectangular
    projection at the grid's central latitude (x = R·λ·cos φ0, y = R·φ; relative error of a
    distance < 0.5 % within ±0.5° of φ0, enough for a minimum-distance rule).
    """
    srs = grid.srs
    if srs is not None and srs.IsGeographic():
        xmin, ymin, xmax, ymax = grid.bounds
        scale = math.radians(1.0) * EARTH_RADIUS
        cos_lat = math.cos(math.radians((ymin + ymax) / 2.0))
        return lambda x, y: (x * scale * cos_lat, y * scale)
    unit = srs.GetLinearUnits() if srs is not None else 1.0
    return lambda x, y: (x * unit, y * unit)


def plan_plots(
    vegetation: Source,
    *,
    total: int,
    minimum: int,
    window: int,
    min_distance: float,
    seed: int,
    mask: Source | None = None,
    strata: Iterable[int] | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    memory_budget: int | None = None,
    log: Callable[[str], None] | None = None,
) -> Plan:
    """The whole plan: survey, allocate, draw. Plots come sorted by stratum, north to south."""
    if total < 1:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "TOTAL: at least one plot is needed, got {total}."),
            total=total,
        )
    if minimum < 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "MIN_PER_STRATUM: must be 0 or more, got {value}."),
            value=minimum,
        )
    if min_distance < 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "MIN_DISTANCE: must be 0 or more, got {value}."),
            value=min_distance,
        )
    if abs(vegetation.grid.geotransform[2]) > 0 or abs(vegetation.grid.geotransform[4]) > 0:
        raise InputError(ROTATED, name=vegetation.name)
    say = log or (lambda message: None)

    def stage(start, end):
        return None if progress is None else (lambda f: progress(start + (end - start) * f))

    found = survey(
        vegetation,
        window,
        mask,
        strata,
        progress=stage(0.0, 0.5),
        is_canceled=is_canceled,
        memory_budget=memory_budget,
    )
    layers = {code: s for code, s in found.strata.items() if s.pixels > 0 or strata is not None}
    if not layers:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: no vegetated pixel (type code > 0) inside the "
                "study area; check the vegetation-type raster and the study area."),
            name=vegetation.name,
        )  # fmt: skip
    allocation = allocate({c: s.area_m2 for c, s in layers.items()}, total, minimum)
    for code, n in allocation.items():
        layers[code].allocated = layers[code].target = n
    for code, stratum in layers.items():
        if stratum.candidates < minimum:
            raise StratumError(code, "too_small", minimum, stratum.candidates, 0, window,
                               min_distance, stratum.pixels)  # fmt: skip

    rng = np.random.default_rng(seed)
    to_metres = metric_coordinates(found.grid)
    spacing = _Spacing(min_distance)
    order = sorted(layers, key=lambda c: (layers[c].candidates, c))  # scarce strata first
    drawn = {c: min(layers[c].candidates, max(MIN_FIRST_DRAW, FIRST_DRAW * layers[c].target))
             for c in order}  # fmt: skip
    seen = {c: np.zeros(0, dtype=np.int64) for c in order}  # ranks already tried, in order
    placed: dict[int, list[Plot]] = {c: [] for c in order}
    reallocated: dict[int, int] = {}
    rounds = 0

    def exhausted(code):
        return seen[code].size >= layers[code].candidates

    while True:
        requests = {}
        for code in order:
            if len(placed[code]) < layers[code].target and not exhausted(code):
                ranks = rng.choice(layers[code].candidates, size=drawn[code], replace=False)
                requests[code] = ranks[~np.isin(ranks, seen[code])]
                drawn[code] = min(layers[code].candidates, drawn[code] * DRAW_GROWTH)
        if not requests:
            shortfall = sum(layers[c].target - len(placed[c]) for c in order)
            if shortfall <= 0:
                break
            _check_minimum(layers, placed, minimum, window, min_distance)
            room = {c: layers[c].area_m2 for c in order if not exhausted(c)}
            if not room:
                raise ShortfallError(total, sum(len(p) for p in placed.values()), min_distance)
            for code in order:  # strata that cannot fill their target give the rest away
                short = layers[code].target - len(placed[code])
                if short > 0:
                    layers[code].target -= short
                    reallocated[code] = reallocated.get(code, 0) - short
            for code, extra in _largest_remainder(room, shortfall).items():
                if extra:
                    layers[code].target += extra
                    reallocated[code] = reallocated.get(code, 0) + extra
            say(f"reallocated {shortfall} plot(s): {reallocated}")
            continue
        rounds += 1
        located = locate(
            found,
            vegetation,
            requests,
            mask,
            strata,
            progress=stage(1.0 - 0.5 / rounds, 1.0 - 0.5 / (rounds + 1)),
            is_canceled=is_canceled,
            memory_budget=memory_budget,
        )
        for code, ranks in requests.items():
            tried = 0
            for rank in ranks.tolist():
                if len(placed[code]) >= layers[code].target:
                    break  # the rest of this draw stays untried for a later reallocation
                tried += 1
                row, col = located[code][rank]
                x, y = pixel_centre(found.grid, row, col)
                mx, my = to_metres(x, y)
                if spacing.fits(mx, my):
                    spacing.add(mx, my)
                    placed[code].append(Plot(code, row, col, x, y))
            seen[code] = np.concatenate((seen[code], ranks[:tried]))

    for code in order:
        layers[code].placed = len(placed[code])
    plots = sorted(
        (p for code in order for p in placed[code]), key=lambda p: (p.code, p.row, p.col)
    )
    if progress is not None:
        progress(1.0)
    return Plan(plots, layers, reallocated, rounds)


def _check_minimum(layers, placed, minimum, window, min_distance) -> None:
    for code, stratum in sorted(layers.items(), key=lambda item: item[0]):
        needed = min(minimum, stratum.allocated)
        if len(placed[code]) < needed:
            reason = "too_small" if stratum.candidates < needed else "too_fragmented"
            raise StratumError(code, reason, needed, stratum.candidates, len(placed[code]),
                               window, min_distance, stratum.pixels)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Study-area mask


def _extent(bounds) -> str:
    return "x {0:.6g} … {2:.6g}, y {1:.6g} … {3:.6g}".format(*bounds)


def check_study_area(
    geometries_wkb: Sequence[bytes],
    grid: Grid,
    name: str,
    raster_name: str,
    ids: Sequence | None = None,
) -> None:
    """Refuse a study area that cannot hold plots: a polygon of zero area (collapsed to a line
    or a point, or self-cancelling), or polygons that all miss the raster's extent.

    geometries_wkb: the study-area geometries in the grid's CRS; ids: their feature ids (for
    the message; 1, 2, … by default).
    """
    ids = list(ids) if ids is not None else list(range(1, len(geometries_wkb) + 1))
    xmin = ymin = math.inf
    xmax = ymax = -math.inf
    for feature_id, wkb in zip(ids, geometries_wkb):
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geometry is None or not geometry.Area() > 0:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: feature {id} is a polygon of zero area (its "
                    "vertices lie on a line or a point, or its rings cancel out), so it encloses "
                    "no pixel. Fix its geometry (Vector → Geometry Tools → Check Validity) or "
                    "remove the feature."),
                name=name,
                id=feature_id,
            )  # fmt: skip
        left, right, bottom, top = geometry.GetEnvelope()
        xmin, xmax = min(xmin, left), max(xmax, right)
        ymin, ymax = min(ymin, bottom), max(ymax, top)
    if not geometries_wkb:
        return
    gxmin, gymin, gxmax, gymax = grid.bounds
    if xmax <= gxmin or xmin >= gxmax or ymax <= gymin or ymin >= gymax:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the study area ({extent}) does not overlap "
                "{raster} ({raster_extent}), both in the raster's CRS, so no plot can be placed. "
                "Check that both layers cover the same place and that their CRS are set "
                "correctly."),
            name=name,
            extent=_extent((xmin, ymin, xmax, ymax)),
            raster=raster_name,
            raster_extent=_extent(grid.bounds),
        )  # fmt: skip


def rasterize_mask(geometries_wkb: Sequence[bytes], grid: Grid, path: str) -> str:
    """Write a Byte GeoTIFF on `grid`: 1 where a pixel centre falls in any geometry, else 0.

    The geometries are WKB in the grid's CRS. GDAL rasterizes in chunks, so this works for big
    grids; the file is tiled and compressed like every output.
    """
    options = ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
    dataset, reason = gdal_call(
        gdal.GetDriverByName("GTiff").Create,
        path, grid.width, grid.height, 1, gdal.GDT_Byte, options, partial=[path],
    )  # fmt: skip
    if dataset is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "Cannot create the study-area mask '{path}': {reason}"),
            path=path,
            reason=reason,
        )
    dataset.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        dataset.SetProjection(grid.crs_wkt)
    vector = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference(wkt=grid.crs_wkt) if grid.crs_wkt else None
    layer = vector.CreateLayer("area", srs=srs, geom_type=ogr.wkbUnknown)
    for wkb in geometries_wkb:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
        layer.CreateFeature(feature)
    band = dataset.GetRasterBand(1)
    band.Fill(0)
    done, reason = gdal_call(gdal.RasterizeLayer, dataset, [1], layer, burn_values=[1])
    if done is None:
        dataset = None
        remove_files([path])
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "Cannot create the study-area mask '{path}': {reason}"),
            path=path,
            reason=reason,
        )
    dataset.FlushCache()
    dataset = None
    return path


def remove_quietly(path: str | None) -> None:
    if path and os.path.exists(path):
        os.remove(path)
