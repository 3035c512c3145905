"""An NPP product (MODIS MOD17A3HGF) as annual NPP in gC·m⁻²·a⁻¹ on a reference grid (SPEC §3).

MOD17A3HGF (v006 and v061) stores annual NPP in the SDS `Npp_500m` of an HDF-EOS grid
(`HDF4_EOS:EOS_GRID:"<file>":MOD_Grid_MOD17A3H:Npp_500m`), 16-bit signed integers, scale factor
0.0001 kgC·m⁻², valid range −30000…32700, fill value 32767, and the codes 32761–32766 for land
that the product leaves out (LP DAAC product page and MOD17 user guide). Subsets delivered as
GeoTIFF keep the same integers. So:

    NPP (gC·m⁻²·a⁻¹) = DN × 0.0001 kgC·m⁻² × 1000 g/kg = DN × 0.1;
    DN outside −30000…32700 → nodata

The conversion runs on the product's own grid (so fill codes never mix with real values), then
the result is warped to the reference grid by GDAL (a warped VRT read window by window through
the raster engine: progress, Cancel, tiled output written only on success).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from . import align, raster
from .errors import NONE, QT_TRANSLATE_NOOP, InputError, Listing, Message

MOD17_SCALE = 0.0001  # kgC·m⁻² per DN
MOD17_VALID_RANGE = (-30000, 32700)
KG_TO_G = 1000.0
# Codes above the valid range (MOD17A3H user guide / LP DAAC product page).
MOD17_FILL_CODES = {
    32761: "land cover unclassified / not determined",
    32762: "urban / built-up",
    32763: "permanent wetland / inundated marshland",
    32764: "perennial snow, ice",
    32765: "barren, sparse vegetation (rock, tundra, desert)",
    32766: "perennial salt or inland fresh water",
    32767: "fill value",
}
RESAMPLING = {
    "nearest": gdal.GRA_NearestNeighbour,
    "bilinear": gdal.GRA_Bilinear,
    "average": gdal.GRA_Average,
}
_NPP_SUBDATASET = re.compile(r":Npp(_\d+m)?$", re.IGNORECASE)


def npp_dataset_path(path: str, name: str = "INPUT") -> str:
    """The GDAL path of the NPP band: the path itself for a GeoTIFF or a sub-dataset string,
    the `Npp_500m` sub-dataset for an HDF container."""
    dataset = raster.open_dataset(path, name)
    if dataset.RasterCount:
        return path
    subdatasets = [sub for sub, _ in dataset.GetSubDatasets()]
    matches = [sub for sub in subdatasets if _NPP_SUBDATASET.search(sub)]
    if len(matches) != 1:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' has no single NPP sub-dataset "
                "(Npp_500m); its sub-datasets are: {listed}. Choose the NPP sub-dataset as the "
                "layer."),
            name=name,
            file=os.path.basename(path),
            listed=Listing(subdatasets) if subdatasets else Message(NONE),
        )  # fmt: skip
    return matches[0]


def to_grams(dn: np.ndarray, scale: float = MOD17_SCALE, valid_range=MOD17_VALID_RANGE):
    """DN → gC·m⁻² (DN × scale × 1000); NaN outside the valid range (fill and land codes)."""
    low, high = valid_range
    grams = dn * np.float32(scale * KG_TO_G)
    grams[(dn < low) | (dn > high)] = np.nan
    return grams


@dataclass
class ImportReport:
    valid: int = 0
    codes: dict[int, int] = field(default_factory=dict)  # fill / land code → pixels
    resampling: str = ""
    summary: raster.RunSummary | None = None


def choose_resampling(source_grid: raster.Grid, reference: raster.Grid) -> str:
    """'average' when the reference cells are coarser than the product's cells seen in the
    reference CRS, else 'bilinear' (SPEC §2.3)."""
    vrt, reason = raster.gdal_call(
        gdal.Warp, "", _grid_dataset(source_grid), format="VRT", dstSRS=reference.crs_wkt or None
    )
    if vrt is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: GDAL cannot warp it ({reason})."),
            name="INPUT",
            reason=reason,
        )
    gt = vrt.GetGeoTransform()
    native = abs(gt[1]) * abs(gt[5])
    target = reference.pixel_size[0] * reference.pixel_size[1]
    return "average" if target > native * 1.0001 else "bilinear"


def _grid_dataset(grid: raster.Grid) -> gdal.Dataset:
    dataset = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.crs_wkt)
    return dataset


def import_npp(
    source: raster.Source,
    reference: raster.Grid,
    output: raster.Output,
    *,
    scale: float = MOD17_SCALE,
    valid_range=MOD17_VALID_RANGE,
    resampling: str = "auto",
    engine: raster.Engine | None = None,
    workdir: str | None = None,
    reference_name: str = "REFERENCE",
) -> ImportReport:
    """Convert the product to gC·m⁻²·a⁻¹ and write it on the reference grid.

    engine(sources, outputs, compute, start, end, **options) runs a pass (default:
    raster.run_blocks); workdir holds the intermediate file (removed afterwards). A product
    that does not overlap the reference, or has no valid NPP over it, is an InputError and
    nothing is written (an all-nodata raster is no import).
    """
    engine = engine or raster.plain_engine
    if not source.grid.crs_wkt:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the raster has no coordinate reference system."),
            name=source.name,
        )
    if not reference.crs_wkt:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "REFERENCE: the reference raster has no coordinate "
                "reference system.")
        )  # fmt: skip
    align.check_overlap(source.path, reference, source.name, reference_name)
    if resampling == "auto":
        resampling = choose_resampling(source.grid, reference)
    if resampling not in RESAMPLING:
        raise ValueError(f"unknown resampling {resampling!r}")
    report = ImportReport(resampling=resampling)
    codes = np.zeros(len(MOD17_FILL_CODES), dtype=np.int64)
    first_code = min(MOD17_FILL_CODES)

    def convert(block):
        dn = block["INPUT"][0]
        fill = dn[(dn >= first_code) & (dn < first_code + len(codes))]
        found = np.bincount((fill - first_code).astype(np.intp), minlength=len(codes))
        return {"NPP_ON_PRODUCT_GRID": to_grams(dn, scale, valid_range), "codes": found}

    def count(block, result):
        codes[:] += result["codes"]

    folder = tempfile.mkdtemp(prefix="carbonsink_npp_", dir=workdir)
    try:
        grams_path = os.path.join(folder, "npp_g.tif")
        engine(
            {"INPUT": source},
            {"NPP_ON_PRODUCT_GRID": raster.Output(grams_path)},
            convert,
            0,
            30,
            on_block=count,
        )
        xmin, ymin, xmax, ymax = reference.bounds
        warped_path = os.path.join(folder, "npp_on_reference.vrt")
        warped, reason = raster.gdal_call(
            gdal.Warp,
            warped_path,
            grams_path,
            format="VRT",
            dstSRS=reference.crs_wkt,
            outputBounds=(xmin, ymin, xmax, ymax),
            width=reference.width,
            height=reference.height,
            resampleAlg=RESAMPLING[resampling],
            srcNodata=raster.NODATA_FLOAT,
            dstNodata=raster.NODATA_FLOAT,
            outputType=gdal.GDT_Float32,
        )
        if warped is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: GDAL cannot warp it ({reason})."),
                name=source.name,
                reason=reason,
            )
        warped = None
        on_reference = raster.Source(warped_path, source.name)

        def accept(summary):
            if not summary.valid.get("OUTPUT"):
                raise InputError(
                    QT_TRANSLATE_NOOP("Core", "{name}: the product has no valid NPP where it "
                        "overlaps {reference} (only fill values, land-cover codes such as water "
                        "or urban, or nodata there), so the NPP raster would be nodata "
                        "everywhere; no output was written. Choose the product tile that covers "
                        "the reference area."),
                    name=source.name,
                    reference=reference_name,
                )  # fmt: skip

        report.summary = engine(
            {"NPP": on_reference},
            {"OUTPUT": output},
            lambda block: {"OUTPUT": block["NPP"][0]},
            30,
            100,
            grid=reference,
            accept=accept,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report.codes = {first_code + i: int(n) for i, n in enumerate(codes) if n}
    report.valid = report.summary.valid.get("OUTPUT", 0)
    return report
