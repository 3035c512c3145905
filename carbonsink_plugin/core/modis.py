"""MODIS vegetation-index granules (MOD13Q1 / MOD13A1 / MOD13A2 / MOD13A3, MYD13…) by path and
by folder, without the MODIS Reprojection Tool.

- An .hdf container stands for its NDVI sub-dataset (`… NDVI`) or its quality sub-dataset
  (`… VI Quality`), found by name, as importnpp does for MOD17A3HGF.
- A folder of granules of a year becomes one scene per date: the tiles of the same product and
  date (`MOD13Q1.A2019001.h28v06…`, `…h29v06…`) mosaicked in a VRT of their NDVI sub-datasets
  (one sinusoidal grid, so the tiles fit edge to edge), named after the date so that
  core.composite.scene_dates reads it; warping to the reference grid and compositing to 12
  months are the monthly composite's own steps.

numpy and GDAL only: no qgis, no Qt.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict

from osgeo import gdal

from . import raster
from .errors import NONE, QT_TRANSLATE_NOOP, InputError, Listing, Message

GRANULE = re.compile(
    r"^(M[OY]D13(?:Q1|A1|A2|A3))\.A(\d{4})(\d{3})\.(h\d{2}v\d{2})\.\d{3}\..*\.hdf$", re.I
)
FIELDS = {
    "ndvi": re.compile(r"NDVI\"?$"),
    "quality": re.compile(r"VI[ _]Quality\"?$", re.I),
}
MOD13_SCALE = 0.0001  # NDVI = stored value × 0.0001 (the file says scale_factor 10000: divide)


def is_hdf_container(path: str) -> bool:
    return isinstance(path, str) and path.lower().endswith((".hdf", ".hdf4", ".h4"))


def subdataset(path: str, field: str, name: str = "INPUT") -> str:
    """The GDAL name of the `field` ("ndvi" or "quality") sub-dataset of an HDF container;
    any other path (a GeoTIFF, a sub-dataset string) is returned as it is."""
    if not is_hdf_container(path):
        return path
    dataset = raster.open_dataset(path, name)
    if dataset.RasterCount:
        return path
    subdatasets = [sub for sub, _description in dataset.GetSubDatasets()]
    matches = [sub for sub in subdatasets if FIELDS[field].search(sub)]
    if len(matches) != 1:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{file}' has no single {field} sub-dataset; its "
                "sub-datasets are: {listed}. Choose the sub-dataset as the layer."),
            name=name,
            file=os.path.basename(path),
            field="NDVI" if field == "ndvi" else "VI Quality",
            listed=Listing(subdatasets) if subdatasets else Message(NONE),
        )  # fmt: skip
    return matches[0]


def folder_granules(folder: str, name: str = "INPUT") -> dict[tuple[str, str], list[str]]:
    """{(product, 'A<yyyyddd>'): [granule paths]} of the MOD13 granules in a folder."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry in sorted(os.listdir(folder)):
        match = GRANULE.match(entry)
        if match:
            product, year, doy, _tile = match.groups()
            groups[(product.upper(), f"A{year}{doy}")].append(os.path.join(folder, entry))
    if not groups:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the folder '{folder}' holds no MODIS vegetation "
                "index granule (MOD13Q1/A1/A2/A3 or MYD13…, e.g. "
                "MOD13Q1.A2019001.h28v06.061.<production>.hdf)."),
            name=name,
            folder=folder,
        )  # fmt: skip
    products = sorted({product for product, _date in groups})
    if len(products) > 1:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the folder '{folder}' mixes the products "
                "{products}; keep one product (one resolution) per folder."),
            name=name,
            folder=folder,
            products=", ".join(products),
        )  # fmt: skip
    tiles = {len(paths) for paths in groups.values()}
    if len(tiles) > 1:
        counts = ", ".join(f"{date} {len(paths)}" for (_p, date), paths in sorted(groups.items()))
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the dates of '{folder}' have different numbers "
                "of tiles ({counts}); a date with a missing tile would leave a hole. Download "
                "the missing tiles or remove that date."),
            name=name,
            folder=folder,
            counts=counts,
        )  # fmt: skip
    return dict(groups)


def mosaic_dates(folder: str, workdir: str, name: str = "INPUT") -> list[str]:
    """One VRT per date (`<product>.A<yyyyddd>.mosaic.vrt` in workdir) mosaicking the NDVI
    sub-datasets of that date's tiles; in date order."""
    paths = []
    for (product, date), granules in sorted(folder_granules(folder, name).items()):
        sources = [subdataset(path, "ndvi", name) for path in granules]
        vrt = os.path.join(workdir, f"{product}.{date}.mosaic.vrt")
        result, reason = raster.gdal_call(gdal.BuildVRT, vrt, sources)
        if result is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: GDAL cannot mosaic the tiles of {date} "
                    "({reason})."),
                name=name,
                date=date,
                reason=reason,
            )  # fmt: skip
        result.FlushCache()
        result = None
        paths.append(vrt)
    return paths
