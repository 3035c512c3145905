"""No output may overwrite an input (processing/guard.py, called by the base class).

The cases are generated from the algorithm registry: every destination parameter of every
algorithm, pointed at each of its file inputs, is refused — by the check before running
(processing.run, the dialog, qgis_process) and again when the algorithm is run without it
(QgsProcessingAlgorithm.run, as a model or a script may) — and the input is byte-identical
afterwards. A new algorithm is covered without a line here.

Then the other spellings of the same file (a symlink, `|layername=`, a GeoPackage URI naming
another layer, another case), the workflow's output folder, and older outputs: kept when a run
fails, with no backup or sidecar left behind either way.
"""

from __future__ import annotations

import gc
import hashlib
import os

import numpy as np
import pytest
from osgeo import gdal
from plot_layers import read_layer, write_layer
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterFolderDestination,
    QgsProject,
    QgsVectorLayer,
)
from support import write_raster

from carbonsink_plugin.core import backup
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.processing.base import CarbonSinkAlgorithm, FileOutput, TableOutput
from carbonsink_plugin.processing.registry import algorithm_classes

RULE = "inputs are never overwritten"
LAYER_KINDS = ("raster", "vector", "source", "layer", "mesh", "pointcloud", "multilayer")


@pytest.fixture(autouse=True)
def collect_while_qgis_is_up():
    """A caught QgsProcessingException keeps the frames of the run alive (the traceback's
    cycle), with QGIS objects in them: free them now, not after QGIS has exited."""
    yield
    gc.collect()


def digest(path) -> str:
    with open(path, "rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def file_input(definition, folder) -> str:
    """A small real file for an input parameter: a GeoTIFF for rasters, a GeoPackage point
    layer for vectors, a few bytes with the right extension for a file."""
    name = definition.name().lower()
    kind = definition.type()
    if kind == "file":
        path = os.path.join(folder, f"{name}.{definition.extension() or 'txt'}")
        with open(path, "wb") as stream:
            stream.write(b"code,value\n1,2\n")
        return path
    if kind in ("vector", "source"):
        path = os.path.join(folder, f"{name}.gpkg")
        return write_layer(path, 4547, [("value", "double")], [((500015.0, 2499985.0), [1.0])])
    path = os.path.join(folder, f"{name}.tif")
    return write_raster(path, np.ones((2, 2), dtype=np.float32))


def generated_inputs(algorithm, folder) -> dict:
    """{parameter: value} with a file for every file input of the algorithm."""
    values = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.type() not in (*LAYER_KINDS, "file"):
            continue
        path = file_input(definition, folder)
        values[definition.name()] = [path] if definition.type() == "multilayer" else path
    return values


def input_files(values) -> dict[str, str]:
    return {name: value[0] if isinstance(value, list) else value for name, value in values.items()}


def destination_names(algorithm) -> list[str]:
    return [definition.name() for definition in algorithm.destinationParameterDefinitions()]


def run_directly(provider, algorithm_id, parameters):
    """QgsProcessingAlgorithm.run(): no checkParameterValues first (a model, a script)."""
    algorithm = provider.algorithm(algorithm_id).create()
    feedback = ErrorFeedback()
    _results, ok = algorithm.run(parameters, QgsProcessingContext(), feedback)
    return ok, " ".join(feedback.errors)


class ErrorFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 - QGIS API
        self.errors.append(error)


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda cls: cls.ALGORITHM_ID)
def test_every_output_pointed_at_each_input_is_refused_and_the_input_unchanged(
    provider, tmp_path, cls
):
    import processing

    algorithm = provider.algorithm(cls.ALGORITHM_ID)
    values = generated_inputs(algorithm, str(tmp_path))
    files = input_files(values)
    assert files, f"{cls.ALGORITHM_ID} has no file input: nothing generated"
    before = {path: digest(path) for path in files.values()}
    cases = [(output, name) for output in destination_names(algorithm) for name in files]
    assert cases
    mandatory = {name for name in values if not algorithm._is_optional(name)}
    for output, name in cases:
        # The mandatory inputs and the one under test (fewer layers to load: the same check).
        given = {key: value for key, value in values.items() if key in mandatory | {name}}
        parameters = {**given, **{other: None for other in destination_names(algorithm)}}
        parameters[output] = files[name]
        with pytest.raises(QgsProcessingException) as refused:
            processing.run(f"carbonsink:{cls.ALGORITHM_ID}", parameters)
        message = str(refused.value)
        assert f"[{output}]" in message and f"[{name}]" in message and RULE in message, (
            output,
            name,
            message,
        )
        ok, errors = run_directly(provider, cls.ALGORITHM_ID, parameters)
        assert not ok and f"[{output}]" in errors and RULE in errors, (output, name, errors)
        after = {path: digest(path) for path in files.values()}
        assert after == before, (output, name)
    # Nothing was written beside them (but the statistics QGIS keeps when it opens a raster).
    written = [name for name in os.listdir(tmp_path) if not name.endswith(".aux.xml")]
    assert sorted(written) == sorted(os.path.basename(p) for p in files.values())


# --- the same file, spelled otherwise ---------------------------------------------------------


@pytest.fixture
def plots(tmp_path):
    rows = [((500015.0, 2499985.0), [12.0])]
    return write_layer(tmp_path / "plots.gpkg", 4547, [("measured", "double")], rows)


@pytest.fixture
def model(tmp_path):
    return write_raster(tmp_path / "npp.tif", np.full((2, 2), 12.0, dtype=np.float32))


def check_groundcheck(plots, model, output) -> str:
    import processing

    before = digest(plots)
    parameters = {"PLOTS": plots, "RASTER": model, "MEASURED_FIELD": "measured"}
    parameters.update(OUTPUT=output, METRICS=None, SCATTER=None, CONFUSION=None)
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("carbonsink:groundcheck", parameters)
    assert digest(plots) == before
    assert read_layer(plots, "plots")[0][1]["measured"] == 12.0
    return str(refused.value)


def test_a_symlink_to_the_input_is_the_input(provider, tmp_path, plots, model):
    link = tmp_path / "elsewhere" / "checked.gpkg"
    link.parent.mkdir()
    link.symlink_to(plots)
    message = check_groundcheck(plots, model, str(link))
    assert "[OUTPUT]" in message and "[PLOTS]" in message and RULE in message


def test_a_layer_suffix_does_not_hide_the_input(provider, plots, model):
    message = check_groundcheck(plots, model, f"{plots}|layername=plots")
    assert "[OUTPUT]" in message and RULE in message


def test_a_geopackage_holding_the_input_is_refused_even_for_another_layer(provider, plots, model):
    message = check_groundcheck(plots, model, f"ogr:dbname='{plots}' table=\"checked\" (geom)")
    assert "[OUTPUT]" in message and "[PLOTS]" in message and RULE in message
    message = check_groundcheck(plots, model, f"{plots}|layername=checked")
    assert "[OUTPUT]" in message and RULE in message


def test_a_project_layer_given_by_id_is_compared_by_its_file(provider, plots, model):
    layer = QgsVectorLayer(f"{plots}|layername=plots", "field plots", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        import processing

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        parameters = {"PLOTS": layer.id(), "RASTER": model, "MEASURED_FIELD": "measured"}
        parameters.update(OUTPUT=plots, METRICS=None, SCATTER=None, CONFUSION=None)
        with pytest.raises(QgsProcessingException, match=RULE):
            processing.run("carbonsink:groundcheck", parameters, context=context)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_selected_features_of_a_layer_are_compared_by_its_file(provider, plots, model):
    import processing

    source = QgsProcessingFeatureSourceDefinition(plots, True)  # "selected features only"
    parameters = {"PLOTS": source, "RASTER": model, "MEASURED_FIELD": "measured"}
    parameters.update(OUTPUT=plots, METRICS=None, SCATTER=None, CONFUSION=None)
    before = digest(plots)
    with pytest.raises(QgsProcessingException, match=RULE):
        processing.run("carbonsink:groundcheck", parameters)
    assert digest(plots) == before


def test_an_output_without_extension_is_compared_with_the_extension_qgis_adds(
    provider, plots, model
):
    message = check_groundcheck(plots, model, plots[: -len(".gpkg")])
    assert "[OUTPUT]" in message and RULE in message


def test_file_names_are_compared_in_one_case_where_the_file_system_ignores_case(tmp_path):
    # The normaliser, told the file system ignores case (Windows, macOS): another case is the
    # same file; told it does not (ext4), it is not. The file system here is asked for real.
    path = str(tmp_path / "Plots.GPKG")
    assert backup.normalise(path.upper(), case_insensitive=True) == backup.normalise(
        path, case_insensitive=True
    )
    assert backup.normalise(path.upper(), case_insensitive=False) != backup.normalise(
        path, case_insensitive=False
    )
    open(path, "wb").close()
    other_case_exists = os.path.exists(str(tmp_path / "plots.gpkg"))
    assert backup.is_case_insensitive(path) == other_case_exists
    assert backup.same_file(str(tmp_path / "plots.gpkg"), path) == other_case_exists


def test_layer_suffixes_and_uris_name_their_file():
    assert backup.file_of("/d/a.gpkg|layername=x") == "/d/a.gpkg"
    assert backup.file_of("/d/a.gpkg|layerid=0") == "/d/a.gpkg"
    assert backup.file_of("ogr:dbname='/d/a b.gpkg' table=\"t\" (geom)") == "/d/a b.gpkg"
    assert backup.file_of("GPKG:/d/a.gpkg:table") == "/d/a.gpkg"
    assert backup.file_of('HDF4_EOS:EOS_GRID:"/d/a.hdf":MOD_Grid:Npp') == "/d/a.hdf"
    assert backup.file_of("file:///d/a.csv?delimiter=,") == "/d/a.csv"
    assert backup.file_of("memory:out") is None
    assert backup.file_of("TEMPORARY_OUTPUT") is None


# --- the workflow's output folder -------------------------------------------------------------


def workflow_inputs(folder) -> dict:
    rasters = {
        name: write_raster(os.path.join(folder, f"{name.lower()}.tif"), np.ones((2, 2), "f4"))
        for name in ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION")
    }
    zones = write_layer(os.path.join(folder, "zones.gpkg"), 4547, [], [])
    return {**rasters, "ZONES": zones, "YEAR": 2023}


def test_an_output_folder_where_the_run_would_write_an_input_is_refused(provider, tmp_path):
    import processing

    out = tmp_path / "out"
    out.mkdir()
    # The vegetation raster is named as the workflow names its grade raster of 2023.
    vegetation = write_raster(out / "grade_2023.tif", np.ones((2, 2), dtype=np.uint8))
    before = digest(vegetation)
    parameters = {**workflow_inputs(str(tmp_path)), "VEGETATION": vegetation}
    parameters["OUTPUT_FOLDER"] = str(out)
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("carbonsink:workflow", parameters)
    message = str(refused.value)
    assert "[OUTPUT_FOLDER]" in message and "[VEGETATION]" in message and RULE in message
    assert "grade_2023.tif" in message
    assert digest(vegetation) == before and sorted(os.listdir(out)) == ["grade_2023.tif"]
    definition = provider.algorithm("workflow").parameterDefinition("OUTPUT_FOLDER")
    assert isinstance(definition, QgsProcessingParameterFolderDestination)


# --- older outputs ----------------------------------------------------------------------------


class WritesThenFails(CarbonSinkAlgorithm):
    """Writes a table and a file, then fails (or is canceled) as a real step can fail late."""

    ALGORITHM_ID = "writesthenfails"
    GROUP_ID = "evaluation"
    fail = True

    def displayName(self):  # noqa: N802 - QGIS API
        return "writes then fails"

    def createInstance(self):
        instance = type(self)()
        instance.fail = self.fail
        return instance

    def output_specs(self):
        return [
            TableOutput("OUTPUT", "table"),
            TableOutput("SECOND", "second table", optional=True),
            FileOutput("PICTURE", "picture", "PNG files (*.png)", optional=True),
        ]

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.declare_outputs()

    def execute(self, parameters, context, feedback):
        columns, rows = [("value", "double")], [(1.0,), (2.0,)]
        table = self.write_table(parameters, "OUTPUT", context, columns, rows)
        second = self.write_table(parameters, "SECOND", context, columns, rows)
        picture = self.parameterAsFileOutput(parameters, "PICTURE", context)
        with open(picture, "wb") as stream:
            stream.write(b"new picture")
        if self.fail:
            raise InputError("the step failed late")
        return {"OUTPUT": table, "SECOND": second, "PICTURE": picture}


def older_outputs(folder) -> dict[str, str]:
    table = write_layer(os.path.join(folder, "table.gpkg"), 4547, [("older", "int")], [])
    second = write_layer(os.path.join(folder, "second.gpkg"), 4547, [("older", "int")], [])
    picture = os.path.join(folder, "picture.png")
    with open(picture, "wb") as stream:
        stream.write(b"older picture")
    for path in (table, picture):  # sidecars of the older files (statistics)
        with open(path + ".aux.xml", "wb") as stream:
            stream.write(b"<PAMDataset/>")
    return {"OUTPUT": table, "SECOND": second, "PICTURE": picture}


def test_older_outputs_survive_a_run_that_fails_late(qgis_processing, tmp_path):
    paths = older_outputs(str(tmp_path))
    before = {name: digest(tmp_path / name) for name in os.listdir(tmp_path)}
    algorithm = WritesThenFails()
    algorithm.initAlgorithm()
    feedback = ErrorFeedback()
    _results, ok = algorithm.run(paths, QgsProcessingContext(), feedback)
    assert not ok and "the step failed late" in " ".join(feedback.errors)
    assert {
        name: digest(tmp_path / name) for name in os.listdir(tmp_path)
    } == before  # nothing else


def test_after_success_the_new_outputs_replace_the_older_with_no_backup_left(
    qgis_processing, tmp_path
):
    paths = older_outputs(str(tmp_path))
    algorithm = WritesThenFails()
    algorithm.fail = False
    algorithm.initAlgorithm()
    _results, ok = algorithm.run(paths, QgsProcessingContext(), ErrorFeedback())
    assert ok
    assert sorted(os.listdir(tmp_path)) == ["picture.png", "second.gpkg", "table.gpkg"]
    with open(paths["PICTURE"], "rb") as stream:
        assert stream.read() == b"new picture"
    assert [row[1]["value"] for row in read_layer(paths["OUTPUT"])] == [1.0, 2.0]


def test_a_layer_written_into_a_geopackage_keeps_its_other_layers_when_the_run_fails(
    qgis_processing, tmp_path
):
    """An output naming a layer of an existing GeoPackage writes into it: the file is copied,
    not moved aside, so a success keeps the other layers and a failure restores every byte."""
    shared = write_layer(tmp_path / "shared.gpkg", 4547, [("older", "int")], [], layer="kept")
    before = digest(shared)
    algorithm = WritesThenFails()
    algorithm.initAlgorithm()
    parameters = {
        "OUTPUT": f"ogr:dbname='{shared}' table=\"new\" (geom)",
        "SECOND": None,
        "PICTURE": str(tmp_path / "picture.png"),
    }
    _results, ok = algorithm.run(parameters, QgsProcessingContext(), ErrorFeedback())
    assert not ok and digest(shared) == before
    assert sorted(os.listdir(tmp_path)) == ["shared.gpkg"]
    algorithm.fail = False
    _results, ok = algorithm.run(parameters, QgsProcessingContext(), ErrorFeedback())
    assert ok
    layers = gdal.OpenEx(shared, gdal.OF_VECTOR)
    assert sorted(layers.GetLayer(i).GetName() for i in range(layers.GetLayerCount())) == [
        "kept",
        "new",
    ]
    assert sorted(os.listdir(tmp_path)) == ["picture.png", "shared.gpkg"]


def test_older_secondary_outputs_survive_when_a_real_algorithm_fails_after_writing(
    provider, tmp_path
):
    """carbonsink:trend writes DIFFERENCE and PERCENT_CHANGE, then finds that no pixel has a
    value in both years and stops: the results of an earlier run at those paths come back."""
    import processing

    a = write_raster(tmp_path / "nep_2018.tif", np.array([[1, -9999]], np.float32), nodata=-9999)
    b = write_raster(tmp_path / "nep_2019.tif", np.array([[-9999, 1]], np.float32), nodata=-9999)
    older = {}
    for name in ("difference.tif", "percent_change.tif"):
        older[name] = write_raster(tmp_path / name, np.full((1, 2), 7.0, np.float32))
        with open(older[name] + ".aux.xml", "w") as stream:
            stream.write("<PAMDataset/>")
    before = {name: digest(tmp_path / name) for name in os.listdir(tmp_path)}
    parameters = {"INPUTS": [a, b], "DIFFERENCE": older["difference.tif"]}
    parameters["PERCENT_CHANGE"] = older["percent_change.tif"]
    with pytest.raises(QgsProcessingException, match="no pixel has a value in every year"):
        processing.run("carbonsink:trend", parameters)
    after = {
        name: digest(tmp_path / name)
        for name in os.listdir(tmp_path)
        if not name.startswith("nep_")  # QGIS may add statistics beside the inputs
    }
    assert after == {name: d for name, d in before.items() if not name.startswith("nep_")}
