"""What each input needs is metadata on its definition (processing/parameters.describe), the one
source the panel reads: every monthly-stack input of every registered algorithm declares 12
bands (SPEC §1: band m = calendar month m), every single-band input 1, and the layer-name hints
reach every input, also those cloned into the workflow."""

import pytest
from qgis.core import QgsProcessingParameterRasterLayer

from carbonsink_plugin.processing.parameters import METADATA_KEY, input_metadata
from carbonsink_plugin.processing.provider import METADATA_KEY as PROVIDER_METADATA_KEY

STACKS = ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION")
SINGLE_BAND = ("VEGETATION", "NPP", "NEP")


def raster_inputs(provider):
    for algorithm in provider.algorithms():
        for parameter in algorithm.parameterDefinitions():
            if isinstance(parameter, QgsProcessingParameterRasterLayer):
                yield algorithm.id(), parameter


def test_every_monthly_stack_input_declares_12_bands(provider):
    found = [(a, p.name()) for a, p in raster_inputs(provider) if p.name() in STACKS]
    assert len(found) >= 10  # casanpp, soilrespiration, carbonsink, workflow, …
    for algorithm, parameter in raster_inputs(provider):
        if parameter.name() in STACKS:
            assert input_metadata(parameter).get("bands") == 12, (algorithm, parameter.name())


def test_single_band_inputs_declare_one_band(provider):
    declared = [
        (a, p.name(), input_metadata(p).get("bands"))
        for a, p in raster_inputs(provider)
        if p.name() in SINGLE_BAND and "bands" in input_metadata(p)
    ]
    assert len(declared) >= 8
    assert {bands for _a, _n, bands in declared} == {1}


@pytest.mark.parametrize(
    ("algorithm", "name", "word"),
    [
        ("carbonsink:casanpp", "NDVI", "ndvi"),
        ("carbonsink:workflow", "TEMPERATURE", "气温"),
        ("carbonsink:zonalstats", "ZONES", "districts"),
        ("carbonsink:groundcheck", "MEASURED_FIELD", "实测"),
    ],
)
def test_inputs_carry_their_layer_name_hints(provider, algorithm, name, word):
    parameter = provider.algorithm(algorithm.split(":")[1]).parameterDefinition(name)
    assert word in input_metadata(parameter)["hints"]


def test_outputs_carry_no_metadata_and_the_key_is_the_providers(provider):
    for algorithm in provider.algorithms():
        for parameter in algorithm.destinationParameterDefinitions():
            assert METADATA_KEY not in parameter.metadata(), (algorithm.id(), parameter.name())
    assert PROVIDER_METADATA_KEY == METADATA_KEY == provider.id()
