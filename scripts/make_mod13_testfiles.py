"""Write the tiny synthetic MOD13Q1 granules used by the MODIS-by-path / by-folder tests.

Like scripts/make_mod17_testfile.py: 4 × 4 pixel HDF-EOS2 grids with the product's real
conventions (MOD13 User's Guide, Collection 6.1; LP DAAC product page): grid
`MODIS_Grid_16DAY_250m_500m_VI` in the MODIS sinusoidal projection (sphere R = 6 371 007.181 m,
GCTP_SNSOID), 231.656358 m pixels (tile / 4800), SDS `250m 16 days NDVI` (Int16, scale 0.0001 —
stored in the file as scale_factor 10000, the MODIS "divide by" convention —, valid range
−2000…10000, _FillValue −3000) and `250m 16 days VI Quality` (UInt16, _FillValue 65535). Two
adjacent tiles, h28v06 (its last 4 columns) and h29v06 (its first 4), rows 2300–2303 (over
southern China), two dates (A2019001, A2019182): four files, in
tests/data/mod13q1_synthetic/. The values are made up (see ndvi_values below); nothing else is.

Needs pyhdf (not a test dependency: the files are shipped in tests/data):
    python -m venv /tmp/hdf && /tmp/hdf/bin/pip install pyhdf numpy
    /tmp/hdf/bin/python scripts/make_mod13_testfiles.py tests/data/mod13q1_synthetic
"""

import os
import sys

import numpy as np
from hdfeos_grid import TILE, X_WEST, Y_NORTH, write_grid
from pyhdf.SD import SDC

GRID = "MODIS_Grid_16DAY_250m_500m_VI"
PIXEL = TILE / 4800
ROW = 2300
SIZE = 4
FIELDS = [("250m 16 days NDVI", "DFNT_INT16"), ("250m 16 days VI Quality", "DFNT_UINT16")]


def ndvi_values(tile_h: int, doy: int) -> np.ndarray:
    """Stored NDVI: 1000·(1 + tile − 28) + 100·row + 10·column + (1 on day 182), so every
    pixel says where it came from; one fill value (−3000) and one cloudy pixel."""
    rows, cols = np.mgrid[0:SIZE, 0:SIZE]
    values = 1000 * (1 + tile_h - 28) + 100 * rows + 10 * cols + (1 if doy == 182 else 0)
    values[3, 3] = -3000
    return values.astype(np.int16)


def quality_values() -> np.ndarray:
    """VI Quality: 0 (good) except pixel (0, 1): bits 0–1 = 01 ("produced, check QA"), and
    pixel (1, 0): bits 0–1 = 10 (cloudy)."""
    quality = np.zeros((SIZE, SIZE), np.uint16)
    quality[0, 1] = 0b01
    quality[1, 0] = 0b10
    quality[3, 3] = 65535
    return quality


def write_granule(path: str, tile_h: int, doy: int) -> None:
    column = 4800 - SIZE if tile_h == 28 else 0
    x_ul = X_WEST + tile_h * TILE + column * PIXEL
    y_ul = Y_NORTH - 6 * TILE - ROW * PIXEL
    scaled = {"units": "NDVI", "scale_factor": 10000.0, "add_offset": 0.0}
    sds = [
        (*FIELDS[0], ndvi_values(tile_h, doy), SDC.INT16, -3000, (-2000, 10000), scaled),
        (*FIELDS[1], quality_values(), SDC.UINT16, 65535, (0, 65534), {}),
    ]
    write_grid(path, GRID, sds, x_ul, y_ul, PIXEL)


def main(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    for doy in (1, 182):
        for tile_h in (28, 29):
            name = f"MOD13Q1.A2019{doy:03d}.h{tile_h}v06.061.synthetic.hdf"
            write_granule(os.path.join(folder, name), tile_h, doy)


if __name__ == "__main__":
    main(sys.argv[1])
