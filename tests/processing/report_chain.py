"""The inputs of a report, made by the plugin's own algorithms on the generated Shenzhen sample
data (carbonsink_plugin/sampledata.py, coarse grid): vegetation types, Rh, NEP, sink classes
and totals, district and vegetation-type statistics, grades, a three-year trend and a ground
check.

NPP: stage 2 (CASA) is not on this branch, so the NPP rasters are MADE UP here with a simple
light-use-efficiency formula on the sample NDVI and solar radiation — plausible numbers for
exercising the report, not the CASA model:

    NPP = Σ_months 0.5 · SOL · FPAR · 0.47 gC·MJ⁻¹,  FPAR = clip(1.2 · NDVI − 0.1, 0, 0.95)

on vegetated pixels (type ≠ 0), 0 on non-vegetated land. The vegetation types come from the
sample WorldCover land cover through the WorldCover preset of core/parameters.py.

Used by tests/report and tests/processing/test_report.py (module-scoped fixtures),
and by scripts/screenshot_report.sh.
"""

from __future__ import annotations

import os

import numpy as np
from osgeo import gdal

from carbonsink_plugin import sampledata
from carbonsink_plugin.core import parameters

YEARS = (2021, 2022, 2023)
YEAR = 2022  # the evaluation year of the report


def _like(path: str, target: str, array: np.ndarray, dtype, nodata) -> str:
    source = gdal.Open(path)
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(target, source.RasterXSize, source.RasterYSize, 1, dtype)
    dataset.SetGeoTransform(source.GetGeoTransform())
    dataset.SetProjection(source.GetProjection())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None
    return target


def vegetation_types(landcover: str, target: str) -> str:
    """WorldCover classes → vegetation-type codes (SPEC §2.5 preset); 0 (no data) → 255."""
    classes = gdal.Open(landcover).ReadAsArray()
    types = np.full(classes.shape, 255, dtype=np.uint8)
    for value, code in parameters.LAND_COVER_PRESETS["worldcover"].items():
        types[classes == value] = code
    return _like(landcover, target, types, gdal.GDT_Byte, 255)


def made_up_npp(ndvi: str, sol: str, types: str, target: str) -> str:
    """The light-use-efficiency stand-in for CASA described in the module docstring."""
    n = gdal.Open(ndvi)
    s = gdal.Open(sol)
    ndvi_values = n.ReadAsArray().astype(np.float64)
    sol_values = s.ReadAsArray().astype(np.float64)
    nodata = n.GetRasterBand(1).GetNoDataValue()
    valid = np.all(ndvi_values != nodata, axis=0)
    fpar = np.clip(1.2 * ndvi_values - 0.1, 0.0, 0.95)
    npp = (0.5 * sol_values * fpar * 0.47).sum(axis=0)
    codes = gdal.Open(types).ReadAsArray()
    npp[codes == 0] = 0.0
    npp[~valid | (codes == 255)] = -9999.0
    return _like(ndvi, target, npp.astype(np.float32), gdal.GDT_Float32, -9999.0)


def run(algorithm: str, parameters_: dict) -> dict:
    import processing

    return processing.run(f"carbonsink:{algorithm}", parameters_)


def build(folder: str, resolution: float = 1000.0, zone_field: str = "name_zh") -> dict:
    """Run the chain in `folder`; returns every path the report needs (and a few more).
    zone_field: the district names of the tables (name_zh or name_en)."""
    sample = sampledata.generate(os.path.join(folder, "sample"), resolution=resolution)
    out = os.path.join(folder, "outputs")
    os.makedirs(out, exist_ok=True)

    def path(name):
        return os.path.join(out, name)

    paths = {"sample": sample, "districts": sample["districts"] + "|layername=districts"}
    paths["VEGETATION"] = vegetation_types(sample["landcover"], path("vegetation_types.tif"))
    neps = []
    for year in YEARS:
        npp = made_up_npp(
            sample[f"ndvi_{year}"],
            sample[f"solar_radiation_{year}"],
            paths["VEGETATION"],
            path(f"npp_{year}.tif"),
        )
        rh = run(
            "soilrespiration",
            {
                "TEMPERATURE": sample[f"temperature_{year}"],
                "PRECIPITATION": sample[f"precipitation_{year}"],
                "VEGETATION": paths["VEGETATION"],
                "OUTPUT": path(f"rh_{year}.tif"),
            },
        )["OUTPUT"]
        carbon = run(
            "carbonsink",
            {
                "NPP": npp,
                "RH": rh,
                "VEGETATION": paths["VEGETATION"],
                "OUTPUT": path(f"nep_{year}.tif"),
                "SINK_CLASS": path(f"sink_class_{year}.tif"),
                "CO2_DENSITY": None,
                "TOTALS": path(f"totals_{year}.gpkg"),
            },
        )
        neps.append(carbon["OUTPUT"])
        if year == YEAR:
            paths.update(
                NPP=npp,
                RH=rh,
                NEP=carbon["OUTPUT"],
                SINK_CLASS=carbon["SINK_CLASS"],
                TOTALS=carbon["TOTALS"],
                carbon=carbon,
            )
    zonal = run(
        "zonalstats",
        {
            "NEP": paths["NEP"],
            "NPP": paths["NPP"],
            "VEGETATION": paths["VEGETATION"],
            "ZONES": paths["districts"],
            "ZONE_FIELD": zone_field,
            "OUTPUT": path("districts.gpkg"),
            "TYPE_TABLE": path("types.gpkg"),
        },
    )
    paths.update(ZONAL_TABLE=zonal["OUTPUT"], TYPE_TABLE=zonal["TYPE_TABLE"])
    grade = run(
        "grade",
        {
            "NEP": paths["NEP"],
            "METHOD": "breaks",
            "ZONES": paths["districts"],
            "ZONE_FIELD": zone_field,
            "OUTPUT": path("grade.tif"),
            "TABLE": path("grades.gpkg"),
            "ZONE_TABLE": None,
        },
    )
    paths.update(GRADE=grade["OUTPUT"], GRADE_TABLE=grade["TABLE"])
    trend = run(
        "trend",
        {
            "INPUTS": neps,
            "YEARS": ", ".join(str(y) for y in YEARS),
            "ZONES": paths["districts"],
            "ZONE_FIELD": zone_field,
            "SLOPE": path("slope.tif"),
            "CLASS": path("trend_class.tif"),
            "DIFFERENCE": None,
            "PERCENT_CHANGE": None,
            "Z": None,
            "P_VALUE": None,
            "CV": None,
            "ZONE_TABLE": path("trend.gpkg"),
        },
    )
    paths.update(SLOPE=trend["SLOPE"], TREND_CLASS=trend["CLASS"], TREND_TABLE=trend["ZONE_TABLE"])
    check = run(
        "groundcheck",
        {
            "PLOTS": sample["field_plots"],
            "MEASURED_FIELD": f"npp_{YEAR}",
            "RASTER": paths["NPP"],
            "STRATUM_FIELD": "veg_code",
            "ID_FIELD": "plot_id",
            "MIN_PLOTS": 5,
            "OUTPUT": path("checked_plots.gpkg"),
            "METRICS": path("metrics.gpkg"),
            "SCATTER": path("scatter.png"),
            "CONFUSION": None,
        },
    )
    paths.update(METRICS=check["METRICS"], SCATTER=check["SCATTER"], check=check)
    return paths
