"""The public contract of the stage-5 algorithms (SPEC §8): ids, parameter names, declared
outputs for the modeler, static-string enums, help."""

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterEnum

pytestmark = pytest.mark.usefixtures("provider")

CONTRACT = {
    "zonalstats": (
        {"NEP", "ZONES", "ZONE_FIELD", "NPP", "VEGETATION"},
        {"OUTPUT", "TYPE_TABLE", "TOTAL_NEP_TC", "TOTAL_NEP_TCO2", "TOTAL_AREA_KM2",
         "VEGETATED_KM2"},
    ),
    "grade": (
        {"NEP", "METHOD", "BREAKS", "CLASSES", "ZONES", "ZONE_FIELD"},
        {"OUTPUT", "TABLE", "ZONE_TABLE"},
    ),
    "trend": (
        {"INPUTS", "YEARS", "ZONES", "ZONE_FIELD"},
        {"DIFFERENCE", "PERCENT_CHANGE", "SLOPE", "Z", "P_VALUE", "CLASS", "CV", "ZONE_TABLE"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_ids_parameters_and_declared_outputs(name):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"carbonsink:{name}")
    assert algorithm is not None and algorithm.groupId() == "evaluation"
    inputs, outputs = CONTRACT[name]
    parameters = {p.name() for p in algorithm.parameterDefinitions()}
    assert inputs <= parameters
    assert outputs == {o.name() for o in algorithm.outputDefinitions()}
    for parameter in algorithm.parameterDefinitions():
        if isinstance(parameter, QgsProcessingParameterEnum):
            assert parameter.usesStaticStrings()
    help_text = algorithm.shortHelpString()
    for section in ("Method", "Inputs and units", "Outputs", "Decisions and checks"):
        assert f"<h3>{section}</h3>" in help_text


def test_grade_methods_are_stable_keys():
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("carbonsink:grade")
    assert algorithm.parameterDefinition("METHOD").options() == ["breaks", "quantiles", "jenks"]
    assert algorithm.parameterDefinition("BREAKS").headers() == ["lower", "upper", "label"]
