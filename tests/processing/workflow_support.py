"""The reduced Shenzhen sample for the workflow and model tests: the sample-data generator at
500 m (the demo uses 100 m), vegetation types from its land cover (carbonsink:vegetationtypes,
WorldCover preset) and the NEP of the two earlier years (casanpp → soilrespiration →
carbonsink), as scripts/demo.py prepares them."""

from __future__ import annotations

import os

from carbonsink_plugin import sampledata

RESOLUTION = 500.0
YEARS = (2021, 2022, 2023)
YEAR = YEARS[-1]


def run(algorithm: str, parameters: dict, feedback=None) -> dict:
    import processing

    return processing.run(f"carbonsink:{algorithm}", parameters, feedback=feedback)


def prepare(folder: str) -> dict:
    """{'sample': generator paths, 'VEGETATION': path, 'nep': {year: path} (earlier years)}."""
    sample = sampledata.generate(os.path.join(folder, "sample"), RESOLUTION, years=YEARS)
    out = os.path.join(folder, "prepared")
    os.makedirs(out, exist_ok=True)
    vegetation = run(
        "vegetationtypes",
        {
            "INPUT": sample["landcover"],
            "PRESET": "worldcover",
            "OUTPUT": os.path.join(out, "vegetation_types.tif"),
        },
    )["OUTPUT"]
    nep = {}
    for year in YEARS[:-1]:
        npp = run(
            "casanpp",
            {
                **stacks(sample, year),
                "VEGETATION": vegetation,
                "NDVI_EXTREMES": "data",
                "OUTPUT": os.path.join(out, f"npp_{year}.tif"),
            },
        )["OUTPUT"]
        rh = run(
            "soilrespiration",
            {
                "TEMPERATURE": sample[f"temperature_{year}"],
                "PRECIPITATION": sample[f"precipitation_{year}"],
                "VEGETATION": vegetation,
                "OUTPUT": os.path.join(out, f"rh_{year}.tif"),
            },
        )["OUTPUT"]
        nep[year] = run(
            "carbonsink",
            {
                "NPP": npp,
                "RH": rh,
                "VEGETATION": vegetation,
                "OUTPUT": os.path.join(out, f"nep_{year}.tif"),
                "CO2_DENSITY": None,
                "SINK_CLASS": None,
                "TOTALS": None,
            },
        )["OUTPUT"]
    return {"sample": sample, "VEGETATION": vegetation, "nep": nep}


def stacks(sample: dict, year: int) -> dict:
    return {
        "NDVI": sample[f"ndvi_{year}"],
        "SOL": sample[f"solar_radiation_{year}"],
        "TEMPERATURE": sample[f"temperature_{year}"],
        "PRECIPITATION": sample[f"precipitation_{year}"],
    }


def common_inputs(prepared: dict) -> dict:
    """The inputs the workflow and the shipped model share, for the last year."""
    sample = prepared["sample"]
    return {
        **stacks(sample, YEAR),
        "VEGETATION": prepared["VEGETATION"],
        "NDVI_EXTREMES": "data",
        "ZONES": sample["districts"] + "|layername=districts",
        "ZONE_FIELD": "name_en",
        "PLOTS": sample["field_plots"],
        "MEASURED_FIELD": f"npp_{YEAR}",
        "STRATUM_FIELD": "veg_code",
        "LANGUAGE": "en",
        "AREA_NAME": "Shenzhen",
    }


def workflow_parameters(prepared: dict, folder: str, **overrides) -> dict:
    """carbonsink:workflow for the last year with plots, earlier years and English report."""
    parameters = {
        **common_inputs(prepared),
        "YEAR": YEAR,
        "PREVIOUS_NEP": [prepared["nep"][year] for year in YEARS[:-1]],
        "RECORDED_TYPE_FIELD": "veg_code",
        "OUTPUT_FOLDER": folder,
    }
    parameters.update(overrides)
    return parameters
