"""carbonsink:samplingplan through processing.run, on tiny type rasters written by the tests."""

import csv

import numpy as np
import pytest
from osgeo import ogr
from plot_layers import read_layer, transform, write_layer
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from support import ORIGIN, PIXEL, write_raster

FIELDS = [
    "plot_id",
    "stratum",
    "stratum_name",
    "stratum_zh",
    "x",
    "y",
    "lon",
    "lat",
    "survey_date",
    "measured",
    "recorded_type",
    "notes",
]


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)

    def pushWarning(self, warning):
        self.lines.append(warning)

    def reportError(self, error, fatal=False):
        self.lines.append(error)

    @property
    def text(self):
        return "\n".join(self.lines)


def types_raster(path):
    """120 × 120 pixels: type 2 (west), type 7 (east), a 20 × 20 block of type 6."""
    a = np.full((120, 120), 2, dtype=np.uint8)
    a[:, 60:] = 7
    a[50:70, 20:40] = 6
    return write_raster(path, a, nodata=255), a


def run(params, feedback=None):
    import processing

    return processing.run("carbonsink:samplingplan", params, feedback=feedback or Log())


def test_plan_as_geopackage_has_the_field_crew_fields(provider, tmp_path):
    path, array = types_raster(tmp_path / "types.tif")
    out = tmp_path / "plan.gpkg"
    log = Log()
    result = run(
        {
            "VEGETATION": path,
            "TOTAL": 12,
            "MIN_PER_STRATUM": 3,
            "MIN_DISTANCE": 150,
            "SEED": 3,
            "OUTPUT": str(out),
            "PLOTS": str(tmp_path / "squares.gpkg"),
            "ALLOCATION": str(tmp_path / "allocation.csv"),
        },
        log,
    )
    assert result["COUNT"] == 12
    rows = read_layer(out)
    assert len(rows) == 12
    assert list(rows[0][1]) == FIELDS
    # allocation by hand: pixels 2 → 60·120 − 400 = 6 800, 7 → 7 200, 6 → 400 (sum 14 400);
    # R = 12 − 9 = 3: quotas 1.417, 1.5, 0.083 → 1, 1, 0 + 1 to the largest fraction .5 (7)
    # → 2: 4, 7: 5, 6: 3
    counts = {}
    for _wkt, attrs in rows:
        counts[attrs["stratum"]] = counts.get(attrs["stratum"], 0) + 1
    assert counts == {2: 4, 6: 3, 7: 5}
    names = {a["stratum"]: (a["stratum_name"], a["stratum_zh"]) for _, a in rows}
    assert names[6] == ("Shrubland", "灌丛")
    assert names[2] == ("Evergreen broadleaf forest", "常绿阔叶林")
    ids = [a["plot_id"] for _, a in rows]
    assert ids == [f"P{i:03d}" for i in range(1, 13)]
    lonlat = transform([(a["x"], a["y"]) for _, a in rows], 4547, 4326)
    for (wkt, a), (lon, lat) in zip(rows, lonlat):
        col = (a["x"] - ORIGIN[0]) / PIXEL - 0.5
        row = (ORIGIN[1] - a["y"]) / PIXEL - 0.5
        assert col == int(col) and row == int(row)  # pixel centres
        assert array[int(row), int(col)] == a["stratum"]
        assert a["lon"] == pytest.approx(lon, abs=1e-6) and a["lat"] == pytest.approx(lat, abs=1e-6)
        assert 113.9 < a["lon"] < 114.1 and 22.5 < a["lat"] < 22.7  # Shenzhen
        point = ogr.CreateGeometryFromWkt(wkt)
        assert (point.GetX(), point.GetY()) == (a["x"], a["y"])
        assert a["measured"] is None and a["survey_date"] is None and a["notes"] is None
    # square plot polygons: 30 m side, centred on the points
    squares = read_layer(tmp_path / "squares.gpkg")
    assert len(squares) == 12
    for wkt, a in squares:
        geometry = ogr.CreateGeometryFromWkt(wkt)
        assert geometry.GetArea() == pytest.approx(900.0)
        centroid = geometry.Centroid()
        assert (centroid.GetX(), centroid.GetY()) == pytest.approx((a["x"], a["y"]))
    with open(tmp_path / "allocation.csv", encoding="utf-8") as handle:
        allocation = {int(r["stratum"]): r for r in csv.DictReader(handle)}
    assert {c: int(r["allocated"]) for c, r in allocation.items()} == {2: 4, 6: 3, 7: 5}
    assert float(allocation[6]["area_ha"]) == pytest.approx(400 * 900 / 10_000)
    assert "灌丛" in log.text and "allocated" in log.text


def test_same_seed_same_plots_other_seed_other_plots(provider, tmp_path):
    path, _ = types_raster(tmp_path / "types.tif")

    def coordinates(seed, name):
        run({"VEGETATION": path, "TOTAL": 9, "SEED": seed, "OUTPUT": str(tmp_path / name)})
        return [(a["x"], a["y"]) for _, a in read_layer(tmp_path / name)]

    first = coordinates(8, "a.gpkg")
    assert coordinates(8, "b.gpkg") == first
    assert coordinates(9, "c.gpkg") != first


def test_csv_and_kml_through_the_destination_choice(provider, tmp_path):
    path, _ = types_raster(tmp_path / "types.tif")
    folder = tmp_path / "外业 样地"  # Chinese characters and a space
    folder.mkdir()
    run({"VEGETATION": path, "TOTAL": 9, "OUTPUT": str(folder / "plots.gpkg")})
    reference = {a["plot_id"]: a for _, a in read_layer(folder / "plots.gpkg")}

    run({"VEGETATION": path, "TOTAL": 9, "OUTPUT": str(folder / "样地.csv")})
    with open(folder / "样地.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 9 and list(rows[0])[:4] == FIELDS[:4]
    for row in rows:
        expected = reference[row["plot_id"]]
        assert row["stratum_zh"] == expected["stratum_zh"]
        assert float(row["lon"]) == pytest.approx(expected["lon"], abs=1e-6)

    run({"VEGETATION": path, "TOTAL": 9, "OUTPUT": str(folder / "plots.kml")})
    data = ogr.Open(str(folder / "plots.kml"))
    placemarks = list(data.GetLayer(0))
    assert len(placemarks) == 9
    for feature in placemarks:
        # KML is always WGS 84: the writer reprojected the CGCS2000 points
        expected = reference[feature.GetField("plot_id")]
        assert feature.GetField("Name") == feature.GetField("plot_id")  # the placemark label
        point = feature.GetGeometryRef()
        assert point.GetX() == pytest.approx(expected["lon"], abs=1e-6)
        assert point.GetY() == pytest.approx(expected["lat"], abs=1e-6)


def test_study_area_in_another_crs_is_reprojected_and_respected(provider, tmp_path):
    path, _ = types_raster(tmp_path / "types.tif")
    # the north-west quarter (60 × 60 pixels = 1 800 m) as a WGS 84 polygon
    x0, y0 = ORIGIN
    corners = [(x0, y0), (x0 + 1800, y0), (x0 + 1800, y0 - 1800), (x0, y0 - 1800)]
    ring = transform(corners, 4547, 4326)
    area = write_layer(
        tmp_path / "area.gpkg", 4326, [("name", "string")], [(ring, ["NW"])], geometry="polygon"
    )
    log = Log()
    run(
        {
            "VEGETATION": path,
            "STUDY_AREA": area,
            "TOTAL": 6,
            "MIN_DISTANCE": 100,
            "OUTPUT": str(tmp_path / "plots.gpkg"),
        },
        log,
    )
    assert "EPSG:4326" in log.text and "reprojected" in log.text
    rows = read_layer(tmp_path / "plots.gpkg")
    assert len(rows) == 6
    for _wkt, a in rows:
        assert x0 < a["x"] < x0 + 1800 and y0 - 1800 < a["y"] < y0
    # the quarter holds type 2 and the north half of the type-6 block (rows 50–59, cols 20–39)
    assert {a["stratum"] for _, a in rows} == {2, 6}


def test_empty_study_area_is_refused(provider, tmp_path):
    path, _ = types_raster(tmp_path / "types.tif")
    area = write_layer(tmp_path / "empty.gpkg", 4547, [("name", "string")], [], geometry="polygon")
    with pytest.raises(QgsProcessingException) as caught:
        run({"VEGETATION": path, "STUDY_AREA": area, "OUTPUT": str(tmp_path / "p.gpkg")})
    assert "STUDY_AREA" in str(caught.value) and "no features" in str(caught.value)


def test_a_type_too_small_for_its_minimum_stops_with_its_name(provider, tmp_path):
    a = np.full((60, 60), 2, dtype=np.uint8)
    a[10:13, 10:13] = 7  # 3 × 3 grassland: exactly one homogeneous pixel
    path = write_raster(tmp_path / "types.tif", a)
    out = tmp_path / "plots.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        run({"VEGETATION": path, "TOTAL": 8, "MIN_DISTANCE": 0, "OUTPUT": str(out)})
    message = str(caught.value)
    assert "7 Grassland / herbaceous wetland (草地)" in message
    assert "too small" in message and "only 1 of its 9 pixel(s)" in message
    assert "[WINDOW]" in message and "[STRATA]" in message
    assert not out.exists()
    # leaving the type out works
    result = run(
        {"VEGETATION": path, "TOTAL": 8, "MIN_DISTANCE": 0, "STRATA": "2", "OUTPUT": str(out)}
    )
    assert result["COUNT"] == 8


def test_a_fragmented_type_stops_with_its_name(provider, tmp_path):
    a = np.full((60, 60), 2, dtype=np.uint8)
    a[5:10, 5:10] = 6
    path = write_raster(tmp_path / "types.tif", a)
    with pytest.raises(QgsProcessingException) as caught:
        run(
            {
                "VEGETATION": path,
                "TOTAL": 8,
                "MIN_DISTANCE": 200,
                "OUTPUT": str(tmp_path / "p.gpkg"),
            }
        )
    message = str(caught.value)
    assert "6 Shrubland (灌丛)" in message and "too fragmented" in message
    assert "[MIN_DISTANCE]" in message


def test_even_window_is_refused_before_running(provider, tmp_path):
    path, _ = types_raster(tmp_path / "types.tif")
    with pytest.raises(QgsProcessingException) as caught:
        run({"VEGETATION": path, "WINDOW": 4, "OUTPUT": str(tmp_path / "p.gpkg")})
    assert "[WINDOW]" in str(caught.value) and "odd" in str(caught.value)


def test_outputs_arrive_styled_and_named_when_loaded(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    path, _ = types_raster(tmp_path / "types.tif")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = str(tmp_path / "plots.gpkg")
    result = processing.run(
        "carbonsink:samplingplan",
        {
            "VEGETATION": path,
            "TOTAL": 9,
            "OUTPUT": QgsProcessingOutputLayerDefinition(out, QgsProject.instance()),
        },
        context=context,
        feedback=Log(),
    )
    details = context.layerToLoadOnCompletionDetails(result["OUTPUT"])
    assert details.name == "Field plots"
    processor = details.postProcessor()
    assert processor is not None and processor.style_path.endswith("sampling_plots.qml")


def test_total_below_the_minimums_says_how_many_are_needed(provider, tmp_path):
    path, _ = types_raster(tmp_path / "types.tif")
    with pytest.raises(QgsProcessingException) as caught:
        run({"VEGETATION": path, "TOTAL": 6, "OUTPUT": str(tmp_path / "p.gpkg")})
    message = str(caught.value)
    assert "[TOTAL]" in message and "at least 9" in message and "灌丛" in message


def test_plot_squares_on_a_degree_raster_are_30_m_wide(provider, tmp_path):
    # 0.0001° pixels near Shenzhen (22.6° N); squares built in degrees must still be 30 × 30 m
    a = np.full((200, 200), 2, dtype=np.uint8)
    path = write_raster(tmp_path / "geo.tif", a, origin=(114.0, 22.6), pixel=0.0001, epsg=4326)
    run(
        {
            "VEGETATION": path,
            "TOTAL": 5,
            "MIN_DISTANCE": 200,
            "OUTPUT": str(tmp_path / "p.gpkg"),
            "PLOTS": str(tmp_path / "squares.gpkg"),
        }
    )
    for wkt, _attrs in read_layer(tmp_path / "squares.gpkg"):
        polygon = ogr.CreateGeometryFromWkt(wkt)  # keep: the ring belongs to it
        ring = polygon.GetGeometryRef(0)
        corners = [ring.GetPoint_2D(i) for i in range(4)]
        # to UTM 49N (metres) with OSR, independent of the plugin
        # (edge lengths: the UTM grid is rotated ~1° against the meridians here)
        xy = transform(corners, 4326, 32649)
        for (x1, y1), (x2, y2) in zip(xy, xy[1:] + xy[:1]):
            assert np.hypot(x2 - x1, y2 - y1) == pytest.approx(30.0, rel=0.005)


def test_help_states_formula_units_and_references(provider):
    for algorithm_id in ("samplingplan", "groundcheck"):
        text = provider.algorithm(algorithm_id).shortHelpString()
        assert "References" in text and "Decisions and checks" in text
    check = provider.algorithm("groundcheck").shortHelpString()
    assert "MRE" in check and "gC·m⁻²·a⁻¹" in check and "× CF × 100" in check
    assert "largest remainder" in provider.algorithm("samplingplan").shortHelpString()
