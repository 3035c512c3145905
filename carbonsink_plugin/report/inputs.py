"""What the report reads from its input files, without Qt: provenance metadata, a one-pass
summary of a raster, grids, and SHA-256 checksums.

Provenance: every GeoTIFF our algorithms write carries CARBONSINK_ALGORITHM, _VERSION,
_PARAMETERS (JSON) and _CREATED (core/raster.provenance()); the sample-data generator writes
CARBONSINK_SAMPLE. The report follows the file paths found among a run's parameters to the
files that run read (NEP → the NPP and Rh it came from → …), so the parameter table of the
whole chain appears even when only the last raster is given.

Raster summary: one streaming pass of the engine (core.raster.run_blocks, no output) sums
value × exact cell area, areas above and below zero, and the same over vegetated pixels when
a vegetation-type raster on the same grid is given.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import ast
import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import numpy as np
from osgeo import gdal, osr

from ..core import raster
from ..core.errors import Canceled
from ..core.raster import gdal_call
from ..core.zones import G_TO_T, M2_PER_KM2

RASTER_SUFFIXES = (".tif", ".tiff", ".vrt", ".img")
SAMPLE_KEY = "CARBONSINK_SAMPLE"
MAX_CHAIN_DEPTH = 6


# --------------------------------------------------------------------------------------------
# Provenance


@dataclass
class Run:
    """One run of an algorithm of the plugin, as recorded in the files it wrote."""

    algorithm: str
    version: str
    created: str
    parameters: dict
    outputs: list[str] = field(default_factory=list)  # files (basenames) written by the run
    depth: int = 0  # steps from the given rasters back to the run (inputs are deeper)

    @property
    def key(self) -> tuple:
        return (self.algorithm, self.created, json.dumps(self.parameters, sort_keys=True))


@dataclass
class Provenance:
    """The runs that made the inputs (and their inputs), and the generated files among them."""

    runs: list[Run] = field(default_factory=list)
    sample_files: list[str] = field(default_factory=list)  # basenames with CARBONSINK_SAMPLE
    sample_note: str = ""
    external: list[str] = field(default_factory=list)  # inputs without any provenance


def read_metadata(path: str) -> dict[str, str]:
    """The dataset metadata (default domain) of a raster, {} when it cannot be opened."""
    dataset, _ = gdal_call(gdal.Open, path)
    return dict(dataset.GetMetadata() or {}) if dataset is not None else {}


def run_of(metadata: Mapping[str, str]) -> Run | None:
    """The run recorded in a raster's metadata, or None."""
    algorithm = metadata.get("CARBONSINK_ALGORITHM")
    if not algorithm:
        return None
    try:
        parameters = json.loads(metadata.get("CARBONSINK_PARAMETERS", "{}"))
    except ValueError:
        parameters = {"CARBONSINK_PARAMETERS": metadata.get("CARBONSINK_PARAMETERS", "")}
    if not isinstance(parameters, dict):
        parameters = {"": parameters}
    return Run(
        algorithm=algorithm,
        version=metadata.get("CARBONSINK_VERSION", ""),
        created=metadata.get("CARBONSINK_CREATED", ""),
        parameters=parameters,
    )


def as_list(value) -> list:
    """A parameter value as a list: lists stay lists, and so does the text of a list (the
    engine records values that are not plain numbers or text with str(), e.g. a layer list
    as "['a.tif', 'b.tif']")."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return [value]
        return list(parsed) if isinstance(parsed, (list, tuple)) else [value]
    return [value]


def _raster_paths_in(value) -> list[str]:
    """Existing raster files named by a parameter value (a path, or a list of paths)."""
    values = as_list(value)
    found = []
    for item in values:
        if not isinstance(item, str):
            continue
        path = item.split("|")[0]
        if path.lower().endswith(RASTER_SUFFIXES) and os.path.isfile(path):
            found.append(path)
    return found


def provenance(paths: Sequence[str], depth: int = MAX_CHAIN_DEPTH) -> Provenance:
    """The runs behind the given rasters, following the raster paths among each run's
    parameters up to `depth` steps (a run's own output paths are not followed)."""
    result = Provenance()
    runs: dict[tuple, Run] = {}
    seen: set[str] = set()
    queue = [(os.path.abspath(p), 0) for p in paths]
    while queue:
        path, level = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        metadata = read_metadata(path)
        name = os.path.basename(path)
        if SAMPLE_KEY in metadata:
            result.sample_files.append(name)
            result.sample_note = result.sample_note or metadata[SAMPLE_KEY]
        run = run_of(metadata)
        if run is None:
            if SAMPLE_KEY not in metadata and level == 0:
                result.external.append(name)
            continue
        run = runs.setdefault(run.key, run)
        run.depth = max(run.depth, level)
        if name not in run.outputs:
            run.outputs.append(name)
        if level >= depth:
            continue
        for key, value in run.parameters.items():
            for found in _raster_paths_in(value):
                found = os.path.abspath(found)
                if found != path and not _is_output_of(run, key):
                    queue.append((found, level + 1))
    # the runs that came first first: by time (to the second), then inputs before outputs
    result.runs = sorted(runs.values(), key=lambda r: (r.created, -r.depth, r.algorithm))
    return result


def _is_output_of(run: Run, key: str) -> bool:
    """Whether a parameter of a run names one of its outputs (not an input to follow)."""
    return key.startswith("OUTPUT") or key in _OUTPUT_NAMES.get(run.algorithm, ())


# Destination parameters of the plugin's algorithms (their paths are outputs, not inputs).
_OUTPUT_NAMES = {
    "carbonsink:carbonsink": ("CO2_DENSITY", "SINK_CLASS", "TOTALS"),
    "carbonsink:soilrespiration": ("MONTHLY",),
    "carbonsink:casanpp": ("MONTHLY",),
    "carbonsink:grade": ("TABLE", "ZONE_TABLE"),
    "carbonsink:trend": ("DIFFERENCE", "PERCENT_CHANGE", "SLOPE", "Z", "P_VALUE", "CLASS",
                         "CV", "ZONE_TABLE"),
    "carbonsink:zonalstats": ("TYPE_TABLE",),
    "carbonsink:groundcheck": ("METRICS", "SCATTER", "CONFUSION"),
}  # fmt: skip


def display_value(value) -> str:
    """A parameter value for the report: paths shortened to the file name."""
    values = as_list(value)
    if len(values) != 1 or values[0] is not value:
        return ", ".join(display_value(v) for v in values)
    if isinstance(value, float):
        return f"{value:g}"
    if value in ("", "None"):
        return "–"  # an unbounded entry of a break table; an output that was not written
    if isinstance(value, str):
        path = value.split("|")[0]
        if (os.sep in path or "/" in path) and len(path) > 1:
            return os.path.basename(path.rstrip("/\\")) or value
        return value
    if value is None:
        return ""
    return str(value)


# --------------------------------------------------------------------------------------------
# Grids


@dataclass
class GridInfo:
    width: int
    height: int
    pixel_x: float
    pixel_y: float
    crs: str  # "EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)"
    bounds: tuple[float, float, float, float]
    geographic: bool
    bands: int


def grid_info(path: str, name: str) -> tuple[GridInfo, raster.Grid]:
    dataset = raster.open_dataset(path, name)
    grid = raster.Grid.of(dataset)
    px, py = grid.pixel_size
    info = GridInfo(
        width=grid.width,
        height=grid.height,
        pixel_x=px,
        pixel_y=py,
        crs=crs_label(grid.crs_wkt),
        bounds=grid.bounds,
        geographic=grid.is_geographic,
        bands=dataset.RasterCount,
    )
    return info, grid


def crs_label(wkt: str) -> str:
    """'EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)', or the CRS name, or ''."""
    if not wkt:
        return ""
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None)
    name = srs.GetName() or ""
    return f"{srs.GetAuthorityName(None)}:{code} ({name})" if code else name


def grid_differences(grids: Mapping[str, raster.Grid]) -> list[tuple[str, str, list[str]]]:
    """(first role, other role, differences) for every raster not on the first one's grid."""
    items = list(grids.items())
    if len(items) < 2:
        return []
    first_role, first = items[0]
    return [
        (first_role, role, first.differences(grid))
        for role, grid in items[1:]
        if first.differences(grid)
    ]


# --------------------------------------------------------------------------------------------
# Raster summary (one pass of the engine)


@dataclass
class RasterSummary:
    """Area-weighted sums of one band (values in g·m⁻² give grams; areas m²)."""

    valid_m2: float = 0.0
    total: float = 0.0  # Σ value × area
    minimum: float = math.inf
    maximum: float = -math.inf
    positive_m2: float = 0.0
    negative_m2: float = 0.0
    nonzero_m2: float = 0.0
    vegetated_m2: float | None = None  # None: no vegetation raster on the same grid
    vegetated_total: float | None = None

    def add(self, other: dict) -> None:
        self.minimum = min(self.minimum, other.pop("minimum"))
        self.maximum = max(self.maximum, other.pop("maximum"))
        for key, value in other.items():
            current = getattr(self, key)
            setattr(self, key, value if current is None else current + value)

    @property
    def mean(self) -> float | None:
        return self.total / self.valid_m2 if self.valid_m2 > 0 else None

    @property
    def mean_vegetated(self) -> float | None:
        """Mean over vegetated pixels (type ≠ 0); without a vegetation raster, over the
        pixels ≠ 0 (NPP and NEP are 0 on non-vegetated land in the default scope)."""
        if self.vegetated_m2 is not None:
            return self.vegetated_total / self.vegetated_m2 if self.vegetated_m2 > 0 else None
        return self.total / self.nonzero_m2 if self.nonzero_m2 > 0 else None

    @property
    def total_t(self) -> float:
        """Σ value × area × 10⁻⁶: tonnes for a value in g·m⁻²."""
        return self.total * G_TO_T

    @property
    def valid_km2(self) -> float:
        return self.valid_m2 / M2_PER_KM2


def summarise(
    source: raster.Source,
    vegetation: raster.Source | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> RasterSummary:
    """One streaming pass over band 1 of `source` (and the vegetation types when given; they
    must be on the same grid, otherwise leave them out)."""
    if is_canceled is not None and is_canceled():  # the engine checks between windows only
        raise Canceled()
    sources = {"VALUE": source}
    if vegetation is not None:
        sources["VEGETATION"] = vegetation
    summary = RasterSummary()
    if vegetation is not None:
        summary.vegetated_m2 = 0.0
        summary.vegetated_total = 0.0

    def compute(block):
        values = block["VALUE"][0]
        area = block.cell_area()  # (rows, 1)
        valid = np.isfinite(values)
        weights = np.where(valid, area, 0.0)
        clean = np.where(valid, values, 0.0).astype(np.float64)
        sums = {
            "valid_m2": float(weights.sum()),
            "total": float((clean * weights).sum()),
            "minimum": float(values[valid].min()) if valid.any() else math.inf,
            "maximum": float(values[valid].max()) if valid.any() else -math.inf,
            "positive_m2": float(np.where(clean > 0, weights, 0.0).sum()),
            "negative_m2": float(np.where(clean < 0, weights, 0.0).sum()),
            "nonzero_m2": float(np.where(clean != 0, weights, 0.0).sum()),
        }
        if "VEGETATION" in block.data:
            types = block["VEGETATION"][0]
            vegetated = valid & np.isfinite(types) & (types != 0)
            veg_weights = np.where(vegetated, area, 0.0)
            sums["vegetated_m2"] = float(veg_weights.sum())
            sums["vegetated_total"] = float((clean * veg_weights).sum())
        return sums

    raster.run_blocks(
        sources,
        {},
        compute,
        on_block=lambda block, sums: summary.add(dict(sums)),
        progress=progress,
        is_canceled=is_canceled,
    )
    return summary


# --------------------------------------------------------------------------------------------
# Checksums


def sha256(path: str, is_canceled: Callable[[], bool] | None = None) -> str:
    """SHA-256 of a file, read in 4 MB chunks (a GeoPackage 'path|layername=x' → the file)."""
    digest = hashlib.sha256()
    with open(path.split("|")[0], "rb") as stream:
        while True:
            if is_canceled is not None and is_canceled():
                raise Canceled()
            chunk = stream.read(4 * 1024 * 1024)
            if not chunk:
                break
            digest.update(chunk)
    return digest.hexdigest()
