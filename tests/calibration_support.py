"""The synthetic grid of the calibration tests (core and processing): 12-band stacks that vary
per pixel and vegetation types 2, 0 and 7 side by side."""

from __future__ import annotations

import numpy as np
from support import write_raster

ROWS, COLS = 6, 8


def stacks(folder):
    """A 6×8 grid: type 2 (left), 7 (right), a column of 0; monthly inputs varying per pixel."""
    rng = np.random.default_rng(4)
    month = np.arange(12)[:, None, None]
    ndvi = 0.45 + 0.25 * np.sin(np.pi * month / 11) + rng.uniform(-0.1, 0.2, (12, ROWS, COLS))
    temperature = 14 + 14 * np.sin(np.pi * month / 11) + rng.uniform(-2, 2, (12, ROWS, COLS))
    precipitation = 20 + 300 * np.sin(np.pi * month / 11) + rng.uniform(0, 50, (12, ROWS, COLS))
    sol = 280 + 180 * np.sin(np.pi * month / 11) + rng.uniform(-20, 20, (12, ROWS, COLS))
    veg = np.full((ROWS, COLS), 2, np.uint8)
    veg[:, 5:] = 7
    veg[:, 4] = 0
    paths = {
        "NDVI": ndvi, "SOL": sol, "TEMPERATURE": temperature, "PRECIPITATION": precipitation,
    }  # fmt: skip
    paths = {
        name: write_raster(folder / f"{name}.tif", values.astype(np.float32), nodata=-9999.0)
        for name, values in paths.items()
    }
    paths["VEGETATION"] = write_raster(folder / "veg.tif", veg, nodata=255)
    return paths
