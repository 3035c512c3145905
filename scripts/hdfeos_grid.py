"""Write a small HDF-EOS2 grid file in the MODIS sinusoidal projection (for the synthetic MODIS
test files: scripts/make_mod17_testfile.py, scripts/make_mod13_testfiles.py).

Needs pyhdf (not a test dependency: the files are shipped in tests/data).
"""

from __future__ import annotations

import pyhdf.V  # noqa: F401 (HDF.vgstart needs the module loaded)
from pyhdf.HDF import HC, HDF
from pyhdf.SD import SD, SDC

TILE = 1111950.5196666666  # m, one MODIS sinusoidal tile
X_WEST = -20015109.354  # m, the west edge of tile h00
Y_NORTH = 10007554.677  # m, the north edge of tile v00


def struct_metadata(grid, fields, nx, ny, x_ul, y_ul, pixel) -> str:
    """The StructMetadata.0 text of one grid; fields: [(name, "DFNT_…")]."""
    objects = "".join(
        f'\t\t\tOBJECT=DataField_{i}\n\t\t\t\tDataFieldName="{name}"\n'
        f'\t\t\t\tDataType={kind}\n\t\t\t\tDimList=("YDim","XDim")\n'
        f"\t\t\tEND_OBJECT=DataField_{i}\n"
        for i, (name, kind) in enumerate(fields, start=1)
    )
    return (
        "GROUP=SwathStructure\nEND_GROUP=SwathStructure\nGROUP=GridStructure\n"
        f'\tGROUP=GRID_1\n\t\tGridName="{grid}"\n\t\tXDim={nx}\n\t\tYDim={ny}\n'
        f"\t\tUpperLeftPointMtrs=({x_ul:.6f},{y_ul:.6f})\n"
        f"\t\tLowerRightMtrs=({x_ul + nx * pixel:.6f},{y_ul - ny * pixel:.6f})\n"
        "\t\tProjection=GCTP_SNSOID\n\t\tProjParams=(6371007.181000,0,0,0,0,0,0,0,0,0,0,0,0)\n"
        "\t\tSphereCode=-1\n\t\tGridOrigin=HDFE_GD_UL\n"
        "\t\tGROUP=Dimension\n\t\tEND_GROUP=Dimension\n"
        f"\t\tGROUP=DataField\n{objects}\t\tEND_GROUP=DataField\n"
        "\t\tGROUP=MergedFields\n\t\tEND_GROUP=MergedFields\n"
        "\tEND_GROUP=GRID_1\nEND_GROUP=GridStructure\n"
        "GROUP=PointStructure\nEND_GROUP=PointStructure\nEND\n"
    )


def write_grid(path, grid, sds_list, x_ul, y_ul, pixel) -> None:
    """sds_list: [(name, "DFNT_…", data, SDC type, fill, valid range, attributes dict)]; the
    attributes (e.g. units, scale_factor, add_offset) are written as given (str → CHAR8,
    float → FLOAT64)."""
    ny, nx = sds_list[0][2].shape
    sd = SD(path, SDC.WRITE | SDC.CREATE | SDC.TRUNC)
    refs = []
    for name, _dfnt, data, kind, fill, valid, attributes in sds_list:
        sds = sd.create(name, kind, data.shape)
        sds.dim(0).setname(f"YDim:{grid}")
        sds.dim(1).setname(f"XDim:{grid}")
        sds.setfillvalue(fill)
        sds.attr("valid_range").set(kind, list(valid))
        sds.attr("long_name").set(SDC.CHAR8, name)
        for key, value in attributes.items():
            sds.attr(key).set(SDC.CHAR8 if isinstance(value, str) else SDC.FLOAT64, value)
        sds[:] = data
        refs.append(sds.ref())
        sds.endaccess()
    fields = [(name, dfnt) for name, dfnt, *_rest in sds_list]
    sd.attr("StructMetadata.0").set(
        SDC.CHAR8, struct_metadata(grid, fields, nx, ny, x_ul, y_ul, pixel)
    )
    sd.end()
    # The HDF-EOS grid: a vgroup of class GRID holding the "Data Fields" vgroup.
    hdf = HDF(path, HC.WRITE)
    v = hdf.vgstart()
    group = v.create(grid)
    group._class = "GRID"
    data_fields = v.create("Data Fields")
    data_fields._class = "GRID Vgroup"
    grid_attributes = v.create("Grid Attributes")
    grid_attributes._class = "GRID Vgroup"
    for ref in refs:
        data_fields.add(HC.DFTAG_NDG, ref)
    group.insert(data_fields)
    group.insert(grid_attributes)
    for vgroup in (data_fields, grid_attributes, group):
        vgroup.detach()
    v.end()
    hdf.close()
