"""Outputs declared once (processing/base.py output specs): QGIS's convention that only the
primary output is mandatory, so scripts, batch files and qgis_process need not name the others."""

import math

import numpy as np
import pytest
from plot_layers import write_layer
from support import write_raster
from test_groundcheck import (
    FIELDS,
    PLOT_PIXELS,
    centre,
    model_raster,  # noqa: F401 - a fixture
    plot_rows,
)

from carbonsink_plugin.processing.registry import algorithm_classes

# The primary output of each algorithm: OUTPUT, except where the public API (SPEC §8) says;
# trend has none (which rasters it can write depends on the number of years).
PRIMARY = {"workflow": ["OUTPUT_FOLDER"], "report": ["OUTPUT_HTML"], "trend": []}


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda cls: cls.ALGORITHM_ID)
def test_only_the_primary_output_is_mandatory(provider, cls):
    algorithm = cls()
    algorithm.initAlgorithm()
    mandatory = [
        definition.name()
        for definition in algorithm.destinationParameterDefinitions()
        if not algorithm._is_optional(definition.name())
    ]
    assert mandatory == PRIMARY.get(cls.ALGORITHM_ID, ["OUTPUT"])


def run(algorithm, parameters):
    import processing

    return processing.run(f"carbonsink:{algorithm}", parameters)


def test_groundcheck_runs_without_its_secondary_outputs(provider, tmp_path, model_raster):  # noqa: F811
    """The four hand-worked plots of test_groundcheck (RMSE √500, accuracy 0.91875),
    with field-recorded types 1, 2, 1, 1 on a vegetation raster of type 1 left (cols 0–4) and
    2 right: plots at cols 1 and 5 map to 1, 2, 1, 2, so 3 of 4 agree (overall 0.75); map
    marginals 2/2, field 3/1: p_e = (2·3 + 2·1)/16 = 0.5, kappa = (0.75 − 0.5)/0.5 = 0.5."""
    points = [centre(r, c) for r, c in PLOT_PIXELS]
    rows = [(point, [*attributes, recorded]) for (point, attributes), recorded in
            zip(plot_rows(points), ["1", "2", "1", "1"])]  # fmt: skip
    plots = write_layer(tmp_path / "plots.gpkg", 4547, [*FIELDS, ("vtype", "string")], rows)
    types = np.where(np.arange(10) < 5, 1, 2)[None, :].repeat(10, axis=0).astype(np.uint8)
    vegetation = write_raster(tmp_path / "types.tif", types, nodata=255)
    result = run(
        "groundcheck",
        {
            "PLOTS": plots,
            "RASTER": model_raster,
            "VEGETATION": vegetation,
            "MEASURED_FIELD": "measured",
            "RECORDED_TYPE_FIELD": "vtype",
            "WINDOW": "1x1",
            "MIN_PLOTS": 4,
            "OUTPUT": str(tmp_path / "checked.gpkg"),
        },
    )
    assert result["N"] == 4
    assert result["RMSE"] == pytest.approx(math.sqrt(500.0))
    assert result["ACCURACY"] == pytest.approx(0.91875)
    assert result["OVERALL_ACCURACY"] == pytest.approx(0.75)
    assert result["KAPPA"] == pytest.approx(0.5)
    assert result["METRICS"] is None and result.get("CONFUSION") is None
    written = [p.name for p in tmp_path.iterdir() if not p.name.endswith(".aux.xml")]
    assert sorted(written) == [
        "checked.gpkg",
        "npp.tif",
        "plots.gpkg",
        "types.tif",
    ]


def test_grade_runs_without_its_table(provider, tmp_path):
    """NEP −20, 50, 300, 700 gC·m⁻²·a⁻¹ → default grades 1, 2, 4, 5 (SPEC §6 breaks)."""
    nep = np.array([[-20, 50], [300, 700]], np.float32)
    path = write_raster(tmp_path / "nep.tif", nep, nodata=-9999)
    result = run("grade", {"NEP": path, "METHOD": "breaks", "OUTPUT": str(tmp_path / "g.tif")})
    from support import read_raster

    grades, _nodata = read_raster(result["OUTPUT"])
    np.testing.assert_array_equal(grades[0], [[1, 2], [4, 5]])
    assert result["TABLE"] is None
    written = [p.name for p in tmp_path.iterdir() if not p.name.endswith(".aux.xml")]
    assert sorted(written) == ["g.tif", "nep.tif"]
