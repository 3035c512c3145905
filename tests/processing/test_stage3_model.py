"""Both stage-3 algorithms chained in a graphical model (what the modeler builds)."""

import numpy as np
import pytest
from qgis.core import (
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterRasterLayer,
)
from stage3_support import RecordingFeedback
from support import model_destination, read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")


def _source(kind, *value):
    return [getattr(QgsProcessingModelChildParameterSource, kind)(*value)]


def test_soil_respiration_feeds_carbon_sink_in_a_model(tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm("stage 3", "tests")
    for name in ("T", "P", "VEG", "NPP"):
        model.addModelParameter(
            QgsProcessingParameterRasterLayer(name, name), QgsProcessingModelParameter(name)
        )
    rh = QgsProcessingModelChildAlgorithm("carbonsink:soilrespiration")
    rh.setChildId("rh")
    rh.addParameterSources("TEMPERATURE", _source("fromModelParameter", "T"))
    rh.addParameterSources("PRECIPITATION", _source("fromModelParameter", "P"))
    rh.addParameterSources("VEGETATION", _source("fromModelParameter", "VEG"))
    rh.addParameterSources("SCOPE", _source("fromStaticValue", "vegetated"))
    model.addChildAlgorithm(rh)
    sink = QgsProcessingModelChildAlgorithm("carbonsink:carbonsink")
    sink.setChildId("sink")
    sink.addParameterSources("NPP", _source("fromModelParameter", "NPP"))
    sink.addParameterSources("RH", _source("fromChildOutput", "rh", "OUTPUT"))
    sink.addParameterSources("VEGETATION", _source("fromModelParameter", "VEG"))
    output = QgsProcessingModelOutput("nep", "NEP")
    output.setChildOutputName("OUTPUT")
    sink.setModelOutputs({"nep": output})
    model.addChildAlgorithm(sink)

    shape = (2, 2)
    parameters = {
        "T": write_raster(tmp_path / "t.tif", np.full((12, *shape), 20.0, np.float32)),
        "P": write_raster(tmp_path / "p.tif", np.full((12, *shape), 100.0, np.float32)),
        "VEG": write_raster(tmp_path / "v.tif", np.array([[2, 2], [0, 7]], np.uint8)),
        "NPP": write_raster(
            tmp_path / "n.tif", np.array([[500, 300], [0, 356.815488]], np.float32)
        ),  # fmt: skip
    }
    parameters[model_destination(model, "NEP")] = str(tmp_path / "nep.tif")
    results = processing.run(model, parameters, feedback=RecordingFeedback())
    # Rh = 12 · 29.734624 = 356.815488 on vegetated pixels (hand-worked in test_respiration):
    # NEP = 143.184512, −56.815488, 0 (non-vegetated), 0 (NPP = Rh exactly: balance).
    nep = read_raster(tmp_path / "nep.tif")[0][0]
    np.testing.assert_allclose(nep, [[143.184512, -56.815488], [0, 0]], atol=1e-4)
    child = results["CHILD_RESULTS"]["sink"]
    # Σ NEP = (143.184512 − 56.815488 + 0) · 900 m² · 10⁻⁶ = 0.0777321 tC
    assert child["TOTAL_NEP_TC"] == pytest.approx(0.0777321, rel=1e-4)
