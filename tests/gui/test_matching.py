"""gui/matching.py: which layer and field the panel preselects, by role, year and provenance
(issue 15 §1). Pure logic: the layers are LayerFacts as the panel reads them."""

from __future__ import annotations

import json

from carbonsink_plugin.gui.matching import (
    LayerFacts,
    alternatives_given,
    choose_alternatives,
    choose_field,
    choose_layer,
    grid_mismatches,
    is_checked_plots,
    layer_year,
    provenance,
    provenance_year,
)

PLOT_HINTS = ("plots", "plot", "samples", "sample", "样地", "样方")
MEASURED_HINTS = ("measured", "field", "npp", "nep", "实测")
RH_HINTS = ("rh", "respiration", "resp", "呼吸")

# The fields of the demo's field plots, and what carbonsink:groundcheck adds to them.
PLOT_FIELDS = ("fid", "plot_id", "veg_code", "npp_2021", "npp_2022", "npp_2023", "source")
CHECKED_FIELDS = (*PLOT_FIELDS, "model", "measured_c", "residual", "rel_error", "n_pixels")


def ours(algorithm: str, **parameters) -> dict:
    """Dataset metadata as core/raster.py provenance() writes it."""
    return {
        "CARBONSINK_ALGORITHM": algorithm,
        "CARBONSINK_PARAMETERS": json.dumps(parameters),
        "CARBONSINK_VERSION": "0",
    }


def test_the_year_comes_from_the_name_then_the_file_then_the_provenance():
    assert layer_year(LayerFacts("a", "NPP (gC·m⁻²·a⁻¹) 2023", "/x/npp.tif")) == 2023
    assert layer_year(LayerFacts("a", "净初级生产力 NPP（gC·m⁻²·a⁻¹） 2022", "/x/a.tif")) == 2022
    assert layer_year(LayerFacts("a", "NPP", "/data/2021/npp_2021.tif")) == 2021
    # Neither name nor file says it: the output path recorded in our metadata does.
    made = ours("carbonsink:casanpp", NDVI="/d/ndvi.tif", OUTPUT="/o/npp_2020.tif")
    assert layer_year(LayerFacts("a", "NPP", "/tmp/x/OUTPUT.tif", made)) == 2020
    # Else the one year its inputs agree on (a temporary output of an NDVI of 2019).
    made = ours("carbonsink:casanpp", NDVI="/d/ndvi_2019.tif", SOL="/d/sol_2019.tif")
    assert layer_year(LayerFacts("a", "NPP", "/tmp/OUTPUT.tif", made)) == 2019
    # Inputs of several years (a trend) or no hint at all: unknown, never guessed.
    made = ours("carbonsink:trend", INPUTS="['/n/nep_2021.tif', '/n/nep_2023.tif']")
    assert provenance_year(provenance(made)) is None
    assert layer_year(LayerFacts("a", "Trend class 2021–2023", "/t/trend_2021_2023.tif")) is None
    assert layer_year(LayerFacts("a", "vegetation_types", "/v/vegetation_types.tif")) is None


def test_the_year_recorded_as_year_wins_over_the_inputs():
    made = ours("carbonsink:report", YEAR="2024", NEP="/n/nep_2023.tif")
    assert provenance_year(provenance(made)) == 2024


def test_a_previous_ground_check_output_is_never_taken_for_field_plots():
    checked = LayerFacts(
        "c", "Checked plots 2023", "/o/checked_plots_2023.gpkg", fields=CHECKED_FIELDS
    )
    plots = LayerFacts("p", "field_plots", "/s/field_plots.gpkg", fields=PLOT_FIELDS)
    assert is_checked_plots(checked.fields) and not is_checked_plots(plots.fields)
    # The checked plots come first in the layer tree (as in the demo project) and fit the
    # hints as well: the field plots are chosen all the same.
    assert choose_layer("PLOTS", [checked, plots], PLOT_HINTS, 2023, True).item is plots
    # Only the checked plots: left empty, saying why.
    choice = choose_layer("PLOTS", [checked], PLOT_HINTS, 2023, True)
    assert choice.item is None and choice.reason == "checked_plots"
    assert choice.skipped == [("Checked plots 2023", 2023)]


def test_a_layer_of_another_year_is_never_preselected_and_the_reason_names_it():
    old = LayerFacts("o", "ndvi_2021", "/d/ndvi_2021.tif")
    new = LayerFacts("n", "ndvi_2023", "/d/ndvi_2023.tif")
    hints = ("ndvi",)
    assert choose_layer("NDVI", [old, new], hints, 2023, True).item is new
    assert choose_layer("NDVI", [old, new], hints, 2021, True).item is old
    choice = choose_layer("NDVI", [old, new], hints, 2022, True)
    assert choice.item is None and choice.reason == "year"
    assert choice.skipped == [("ndvi_2021", 2021), ("ndvi_2023", 2023)]
    # A layer without a year fits any year (the vegetation types).
    types = LayerFacts("v", "vegetation_types", "/d/vegetation_types.tif")
    assert choose_layer("VEGETATION", [types], ("vegetation",), 2022, True).item is types
    # No year chosen: the best name, as before.
    assert choose_layer("NDVI", [old, new], hints, None, True).item is old


def test_our_rasters_are_matched_by_role_not_by_name():
    # A layer named "rh …" that our metadata says is NEP is not an Rh candidate; an Rh raster
    # of ours named without any hint is found by its role.
    nep = LayerFacts(
        "1", "rh scenario", "/o/a.tif", ours("carbonsink:carbonsink"), "NEP gC m-2 a-1"
    )
    rh = LayerFacts("2", "layer 7", "/o/b.tif", ours("carbonsink:soilrespiration"), "Rh gC m-2 a-1")
    assert choose_layer("RH", [nep, rh], RH_HINTS, None, False).item is rh
    assert choose_layer("RH", [nep], RH_HINTS, None, False).item is None
    # The model raster of a ground check: NPP or NEP of ours, never the sink classes.
    classes = LayerFacts(
        "3", "npp classes", "/o/c.tif", ours("carbonsink:carbonsink"), "0 non-vegetated, 1 sink"
    )
    npp = LayerFacts("4", "NPP 2023", "/o/npp_2023.tif", ours("carbonsink:casanpp"), "NPP gC")
    assert choose_layer("RASTER", [classes, npp], ("npp", "nep"), 2023, True).item is npp


def test_the_measured_field_is_the_one_of_the_evaluation_year():
    assert choose_field(PLOT_FIELDS, MEASURED_HINTS, 2023, "measured").item == "npp_2023"
    assert choose_field(PLOT_FIELDS, MEASURED_HINTS, 2021, "measured").item == "npp_2021"
    # No field of that year: left empty, with the fields found.
    choice = choose_field(PLOT_FIELDS, MEASURED_HINTS, 2024, "measured")
    assert choice.item is None and choice.reason == "year"
    assert [name for name, _year in choice.skipped] == ["npp_2021", "npp_2022", "npp_2023"]
    # Several years and no evaluation year: not guessed either.
    assert choose_field(PLOT_FIELDS, MEASURED_HINTS, None, "measured").reason == "no_year"
    # A sampling plan's table (the default field, no year in any name) is taken for any year.
    plan = ("plot_id", "stratum", "measured")
    assert choose_field(plan, MEASURED_HINTS, 2023, "measured").item == "measured"


def test_one_alternative_is_preselected_never_both():
    groups = (("RH",), ("TEMPERATURE", "PRECIPITATION"))
    assert choose_alternatives(groups, lambda name: True) == 0
    assert choose_alternatives(groups, lambda name: name != "RH") == 1
    # Only the temperature: no alternative is complete.
    assert choose_alternatives(groups, lambda name: name == "TEMPERATURE") is None
    given = {"RH", "PRECIPITATION"}
    assert alternatives_given(groups, given.__contains__) == [0, 1]
    assert alternatives_given(groups, {"RH"}.__contains__) == [0]


def test_inputs_on_different_grids_are_named():
    grid = (100, 80, (0.0, 0.0, 3000.0, 2400.0), "EPSG:4547")
    shifted = (100, 80, (30.0, 0.0, 3030.0, 2400.0), "EPSG:4547")
    other_crs = (100, 80, (0.0, 0.0, 3000.0, 2400.0), "EPSG:32650")
    assert grid_mismatches({"NDVI": grid, "SOL": grid}) == []
    found = grid_mismatches({"NDVI": grid, "SOL": shifted, "TEMPERATURE": other_crs})
    assert found == ["SOL", "TEMPERATURE"]


def test_of_equally_fitting_fields_the_one_in_the_users_language_is_taken():
    fields = ("fid", "adcode", "name_zh", "name_en")
    hints = ("name", "district", "zone", "名称", "区名")
    assert choose_field(fields, hints, 2023, None, "en").item == "name_en"
    assert choose_field(fields, hints, 2023, None, "zh").item == "name_zh"
    assert choose_field(fields, hints, 2023, None, None).item == "name_zh"  # the first
