"""Write the tiny synthetic MOD17A3HGF file used by the importnpp tests.

There is no real MOD17A3HGF granule in the project's data, so this writes a 6 × 6 pixel
HDF-EOS2 grid with the product's real conventions (MOD17 User's Guide / LP DAAC product page):
grid `MOD_Grid_MOD17A3H` in the MODIS sinusoidal projection (sphere R = 6 371 007.181 m,
GCTP_SNSOID), 463.3127 m pixels cut from tile h28v06 (rows 1797–1802, columns 1276–1281, over
Shenzhen), SDS `Gpp_500m` (UInt16), `Npp_500m` (Int16, scale_factor 0.0001 kgC·m⁻², valid
range −30000…32700, _FillValue 32767, land-cover codes 32761–32766) and `Npp_QC_500m` (UInt8).
The NPP values are made up (see NPP below); nothing else is.

Needs pyhdf (not a test dependency: the file is shipped in tests/data):
    python -m venv /tmp/hdf && /tmp/hdf/bin/pip install pyhdf numpy
    /tmp/hdf/bin/python scripts/make_mod17_testfile.py tests/data/mod17a3hgf_synthetic/<name>.hdf
"""

import sys

import numpy as np
from hdfeos_grid import TILE, X_WEST, Y_NORTH, write_grid
from pyhdf.SD import SDC

GRID = "MOD_Grid_MOD17A3H"
PIXEL = TILE / 2400
X_UL = X_WEST + 28 * TILE + 1276 * PIXEL  # tile h28, column 1276
Y_UL = Y_NORTH - 6 * TILE - 1797 * PIXEL  # tile v06, row 1797
# Stored values: NPP in 0.0001 kgC·m⁻² (8000 → 0.8 kgC·m⁻² = 800 gC·m⁻²), one negative value,
# a zero, and every code above the valid range.
NPP = [
    [8000, 8200, 8400, 8600, 32766, 32766],
    [7000, 7200, 7400, 7600, 32766, 32767],
    [6000, 6200, -500, 0, 32762, 32762],
    [5000, 5200, 5400, 5600, 32762, 32761],
    [4000, 4400, 32765, 32764, 32763, 3000],
    [4100, 4300, 4500, 4700, 4900, 5100],
]


def main(path: str) -> None:
    npp = np.array(NPP, dtype=np.int16)
    filled = npp > 32700
    gpp = np.where(filled, 65535, np.abs(npp.astype(np.int32)) * 2).astype(np.uint16)
    qc = np.where(filled, 255, 0).astype(np.uint8)
    scaled = {"units": "kg C/m^2", "scale_factor": 0.0001, "add_offset": 0.0}
    sds = [
        ("Gpp_500m", "DFNT_UINT16", gpp, SDC.UINT16, 65535, (0, 65500), scaled),
        ("Npp_500m", "DFNT_INT16", npp, SDC.INT16, 32767, (-30000, 32700), scaled),
        ("Npp_QC_500m", "DFNT_UINT8", qc, SDC.UINT8, 255, (0, 100), {}),
    ]
    write_grid(path, GRID, sds, X_UL, Y_UL, PIXEL)


if __name__ == "__main__":
    main(sys.argv[1])
