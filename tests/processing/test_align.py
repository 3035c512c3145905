"""carbonsink:align on the real ESA WorldCover subset, and align → vegetationtypes as a model."""

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from stage1_support import DATA, WORLDCOVER, LogFeedback, chinese_folder, run, worldcover
from support import model_destination, read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")


def utm_reference(folder, pixel=30.0, size=(50, 50), shift=(0.0, 0.0)):
    """A UTM 32N grid inside the WorldCover subset (6.7067–6.7317°E, 0.315–0.34°N)."""
    srs, wgs = osr.SpatialReference(), osr.SpatialReference()
    srs.ImportFromEPSG(32632)
    wgs.ImportFromEPSG(4326)
    for s in (srs, wgs):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(wgs, srs).TransformPoint(6.7075, 0.3395)
    origin = (round(x) + shift[0], round(y) + shift[1])
    return write_raster(
        folder / "参考 网格.tif",
        np.zeros(size[::-1], np.float32),
        epsg=32632,
        pixel=pixel,
        origin=origin,
    )


def test_real_worldcover_to_a_utm_grid_nearest_and_clipped(tmp_path):
    folder = chinese_folder(tmp_path)
    source = worldcover(folder)
    reference = utm_reference(folder)
    classes = set(np.unique(gdal.Open(str(source)).ReadAsArray()).tolist())
    # The study area: the western half of the reference grid (a polygon in WGS84).
    ref = gdal.Open(reference)
    gt = ref.GetGeoTransform()
    srs = osr.SpatialReference(wkt=ref.GetProjection())
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    for s in (srs, wgs):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs = osr.CoordinateTransformation(srs, wgs)
    x0, x1 = gt[0] - 10, gt[0] + 25 * gt[1]  # up to column 25
    y0, y1 = gt[3] + 10, gt[3] + 50 * gt[5] - 10
    corners = [
        to_wgs.TransformPoint(x, y)[:2]
        for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0))
    ]
    area_path = str(folder / "研究 区域.gpkg")
    datasource = ogr.GetDriverByName("GPKG").CreateDataSource(area_path)
    layer = datasource.CreateLayer("area", wgs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(
        ogr.CreateGeometryFromWkt("POLYGON((" + ", ".join(f"{x} {y}" for x, y in corners) + "))")
    )
    layer.CreateFeature(feature)
    datasource = feature = layer = None

    out = folder / "对齐 结果.tif"
    results, log = run(
        "align",
        {
            "INPUT": str(source),
            "REFERENCE": reference,
            "RESAMPLING": "auto",
            "STUDY_AREA": area_path,
            "OUTPUT": str(out),
        },
    )
    assert "treated as a class raster because it has a colour table" in log
    assert "Resampling: nearest" in log
    dataset = gdal.Open(str(out))
    values = dataset.ReadAsArray()
    assert dataset.GetGeoTransform() == gdal.Open(reference).GetGeoTransform()
    assert dataset.RasterXSize == 50 and dataset.GetRasterBand(1).GetNoDataValue() == 0
    assert set(np.unique(values[:, :24]).tolist()) <= classes  # only real classes, no blends
    assert (values[:, :24] != 0).all() and (values[:, 26:] == 0).all()  # clipped east half
    assert dataset.GetMetadataItem("CARBONSINK_ALGORITHM") == "carbonsink:align"


def test_align_refuses_a_raster_outside_the_reference(tmp_path):
    folder = chinese_folder(tmp_path)
    source = worldcover(folder)
    far = utm_reference(folder, shift=(200000.0, 0.0))
    out = folder / "out.tif"
    with pytest.raises(QgsProcessingException, match=r"INPUT\]: '.*WorldCover.*' does not overlap"):
        run("align", {"INPUT": str(source), "REFERENCE": far, "OUTPUT": str(out)})
    assert not out.exists()


def test_cancel_stops_the_warp(tmp_path):
    folder = chinese_folder(tmp_path)
    source = worldcover(folder)
    reference = utm_reference(folder, pixel=5.0, size=(400, 400))
    feedback = LogFeedback()
    feedback.cancel()
    out = folder / "canceled.tif"
    with pytest.raises(QgsProcessingException, match="Canceled: no output was written"):
        run("align", {"INPUT": str(source), "REFERENCE": reference, "OUTPUT": str(out)}, feedback)
    assert sorted(p.name for p in folder.iterdir()) == sorted([source.parent.name, "参考 网格.tif"])


def test_the_reference_is_never_overwritten(tmp_path):
    source = write_raster(tmp_path / "in.tif", np.ones((2, 2), np.float32))
    reference = write_raster(tmp_path / "参考 网格.tif", np.zeros((2, 2), np.float32))
    before = (tmp_path / "参考 网格.tif").read_bytes()
    with pytest.raises(QgsProcessingException, match="inputs are never overwritten"):
        run("align", {"INPUT": source, "REFERENCE": reference, "OUTPUT": reference})
    assert (tmp_path / "参考 网格.tif").read_bytes() == before


def test_continuous_data_are_averaged_when_coarsened(tmp_path):
    data = np.arange(16, dtype=np.float32).reshape(4, 4)
    fine = write_raster(tmp_path / "fine.tif", data, nodata=-9999)
    coarse = write_raster(tmp_path / "coarse.tif", np.zeros((2, 2), np.float32), pixel=60)
    results, log = run(
        "align", {"INPUT": fine, "REFERENCE": coarse, "OUTPUT": str(tmp_path / "o.tif")}
    )
    assert "Resampling: average" in log
    np.testing.assert_allclose(
        read_raster(results["OUTPUT"])[0][0], [[2.5, 4.5], [10.5, 12.5]], rtol=1e-6
    )


def test_align_then_vegetation_types_as_a_graphical_model(tmp_path):
    """The two algorithms chained in a model, as a user would in the modeler."""
    folder = chinese_folder(tmp_path)
    source = worldcover(folder)
    reference = utm_reference(folder)
    model = QgsProcessingModelAlgorithm("stage 1", "tests")
    for name in ("landcover", "grid"):
        model.addModelParameter(
            QgsProcessingParameterRasterLayer(name, name), QgsProcessingModelParameter(name)
        )
    align = QgsProcessingModelChildAlgorithm("carbonsink:align")
    align.setChildId("align")
    align.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("landcover")]
    )
    align.addParameterSources(
        "REFERENCE", [QgsProcessingModelChildParameterSource.fromModelParameter("grid")]
    )
    align.addParameterSources(
        "RESAMPLING", [QgsProcessingModelChildParameterSource.fromStaticValue("auto")]
    )
    model.addChildAlgorithm(align)
    types = QgsProcessingModelChildAlgorithm("carbonsink:vegetationtypes")
    types.setChildId("types")
    types.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("align", "OUTPUT")]
    )
    types.addParameterSources(
        "PRESET", [QgsProcessingModelChildParameterSource.fromStaticValue("worldcover")]
    )
    output = QgsProcessingModelOutput("types_out", "Vegetation types")
    output.setChildOutputName("OUTPUT")
    types.setModelOutputs({"types_out": output})
    model.addChildAlgorithm(types)
    destination = model_destination(model, "Vegetation types")
    assert isinstance(
        model.parameterDefinition(destination), QgsProcessingParameterRasterDestination
    )
    out = str(folder / "模型 输出.tif")
    results, ok = model.run(
        {"landcover": str(source), "grid": reference, destination: out},
        QgsProcessingContext(),
        QgsProcessingFeedback(),
    )
    assert ok
    values = gdal.Open(out).ReadAsArray()
    assert set(np.unique(values).tolist()) <= {0, 2, 6, 7, 8, 255}
    assert (values == 2).sum() > 0


def test_data_readme_credits_the_copied_files():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    for name in (WORLDCOVER, "modis_mod13q1_57N125E", "knmi_debilt_260_monthly_2010_2019.csv"):
        assert name in text
