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
import pyhdf.V  # noqa: F401 (HDF.vgstart needs the module loaded)
from pyhdf.HDF import HC, HDF
from pyhdf.SD import SD, SDC

GRID = "MOD_Grid_MOD17A3H"
TILE = 1111950.5196666666  # m, one MODIS sinusoidal tile
PIXEL = TILE / 2400
X_UL = -20015109.354 + 28 * TILE + 1276 * PIXEL  # tile h28, column 1276
Y_UL = 10007554.677 - 6 * TILE - 1797 * PIXEL  # tile v06, row 1797
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


def struct_metadata(nx: int, ny: int) -> str:
    fields = [
        ("Gpp_500m", "DFNT_UINT16"),
        ("Npp_500m", "DFNT_INT16"),
        ("Npp_QC_500m", "DFNT_UINT8"),
    ]
    objects = "".join(
        f'\t\t\tOBJECT=DataField_{i}\n\t\t\t\tDataFieldName="{name}"\n'
        f'\t\t\t\tDataType={kind}\n\t\t\t\tDimList=("YDim","XDim")\n'
        f"\t\t\tEND_OBJECT=DataField_{i}\n"
        for i, (name, kind) in enumerate(fields, start=1)
    )
    return (
        "GROUP=SwathStructure\nEND_GROUP=SwathStructure\nGROUP=GridStructure\n"
        f'\tGROUP=GRID_1\n\t\tGridName="{GRID}"\n\t\tXDim={nx}\n\t\tYDim={ny}\n'
        f"\t\tUpperLeftPointMtrs=({X_UL:.6f},{Y_UL:.6f})\n"
        f"\t\tLowerRightMtrs=({X_UL + nx * PIXEL:.6f},{Y_UL - ny * PIXEL:.6f})\n"
        "\t\tProjection=GCTP_SNSOID\n\t\tProjParams=(6371007.181000,0,0,0,0,0,0,0,0,0,0,0,0)\n"
        "\t\tSphereCode=-1\n\t\tGridOrigin=HDFE_GD_UL\n"
        "\t\tGROUP=Dimension\n\t\tEND_GROUP=Dimension\n"
        f"\t\tGROUP=DataField\n{objects}\t\tEND_GROUP=DataField\n"
        "\t\tGROUP=MergedFields\n\t\tEND_GROUP=MergedFields\n"
        "\tEND_GROUP=GRID_1\nEND_GROUP=GridStructure\n"
        "GROUP=PointStructure\nEND_GROUP=PointStructure\nEND\n"
    )


def main(path: str) -> None:
    npp = np.array(NPP, dtype=np.int16)
    filled = npp > 32700
    gpp = np.where(filled, 65535, np.abs(npp.astype(np.int32)) * 2).astype(np.uint16)
    qc = np.where(filled, 255, 0).astype(np.uint8)
    sd = SD(path, SDC.WRITE | SDC.CREATE | SDC.TRUNC)
    refs = []
    for name, data, kind, fill, valid, scaled in [
        ("Gpp_500m", gpp, SDC.UINT16, 65535, (0, 65500), True),
        ("Npp_500m", npp, SDC.INT16, 32767, (-30000, 32700), True),
        ("Npp_QC_500m", qc, SDC.UINT8, 255, (0, 100), False),
    ]:
        sds = sd.create(name, kind, data.shape)
        sds.dim(0).setname(f"YDim:{GRID}")
        sds.dim(1).setname(f"XDim:{GRID}")
        sds.setfillvalue(fill)
        sds.attr("valid_range").set(kind, list(valid))
        sds.attr("long_name").set(SDC.CHAR8, name)
        if scaled:
            sds.attr("units").set(SDC.CHAR8, "kg C/m^2")
            sds.attr("scale_factor").set(SDC.FLOAT64, 0.0001)
            sds.attr("add_offset").set(SDC.FLOAT64, 0.0)
        sds[:] = data
        refs.append(sds.ref())
        sds.endaccess()
    sd.attr("StructMetadata.0").set(SDC.CHAR8, struct_metadata(npp.shape[1], npp.shape[0]))
    sd.end()
    # The HDF-EOS grid: a vgroup of class GRID holding the "Data Fields" vgroup.
    hdf = HDF(path, HC.WRITE)
    v = hdf.vgstart()
    grid = v.create(GRID)
    grid._class = "GRID"
    fields = v.create("Data Fields")
    fields._class = "GRID Vgroup"
    attributes = v.create("Grid Attributes")
    attributes._class = "GRID Vgroup"
    for ref in refs:
        fields.add(HC.DFTAG_NDG, ref)
    grid.insert(fields)
    grid.insert(attributes)
    for group in (fields, attributes, grid):
        group.detach()
    v.end()
    hdf.close()


if __name__ == "__main__":
    main(sys.argv[1])
