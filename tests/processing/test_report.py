"""carbonsink:report through processing.run, on the outputs of the plugin's own algorithms
(generated Shenzhen sample data at 1 km, tests/processing/report_chain.py): the sections,
tables and images are there, the numbers in the tables are the algorithm outputs, Chinese
comes out Chinese (HTML and PDF), and bad input is refused without leaving files."""

import base64
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pdf_layout
import pytest
import report_chain
from evaluation_support import read_table
from html_tables import parse
from osgeo import gdal
from qgis.core import Qgis, QgsApplication, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtGui import QImage
from report_support import APPENDICES, SECTIONS
from support import write_raster

from carbonsink_plugin.compat import FLAG_NO_THREADING
from carbonsink_plugin.report.vocabulary import Vocabulary

pytestmark = pytest.mark.usefixtures("provider")

RASTERS = ("VEGETATION", "NPP", "RH", "NEP", "SINK_CLASS", "GRADE", "TREND_CLASS", "SLOPE")
TABLES = ("TOTALS", "ZONAL_TABLE", "TYPE_TABLE", "GRADE_TABLE", "TREND_TABLE", "METRICS")


def run(parameters, feedback=None):
    import processing

    return processing.run("carbonsink:report", parameters, feedback=feedback)


@pytest.fixture(scope="module")
def chain(provider, tmp_path_factory):
    return report_chain.build(str(tmp_path_factory.mktemp("报告 chain")), resolution=1000.0)


def full_parameters(chain, folder, language):
    parameters = {name: chain[name] for name in (*RASTERS, *TABLES, "SCATTER")}
    parameters.update(
        ZONES=chain["districts"],
        ZONE_FIELD="name_zh",
        LANGUAGE=language,
        STUDY_AREA="深圳市" if language == "zh" else "Shenzhen",
        YEAR=str(report_chain.YEAR),
        THRESHOLD=0.8,
        WARNINGS="NDVI: 3 pixel-months filled by interpolation\n\n",
        DATA_SOURCES="Generated sample data (carbonsink_plugin/sampledata.py)",
        OUTPUT_HTML=os.path.join(folder, f"报告 {language}.html"),
        OUTPUT_PDF=os.path.join(folder, f"报告 {language}.pdf"),
        OUTPUT_ODT=os.path.join(folder, f"报告 {language}.odt"),
    )
    if language == "zh":  # the report draws the scatter plot itself, in Chinese
        parameters.update(CHECKED_PLOTS=chain["check"]["OUTPUT"], PLOT_STRATUM_FIELD="veg_code")
    return parameters


@pytest.fixture(scope="module")
def reports(chain, tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("reports"))
    found = {}
    for language in ("en", "zh"):
        results = run(full_parameters(chain, folder, language))
        with open(results["OUTPUT_HTML"], encoding="utf-8") as stream:
            found[language] = (results, parse(stream.read()))
    return found


def value(cell) -> float | None:
    text = cell[1].get("data-value", "")
    return float(text) if text else None


# --- contract -----------------------------------------------------------------------------


def test_contract_background_task_and_help():
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("carbonsink:report")
    assert algorithm.groupId() == "evaluation"
    assert not algorithm.flags() & FLAG_NO_THREADING  # a task; each map on the main thread
    assert "background task" in algorithm.shortHelpString()
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {
        *RASTERS,
        *TABLES,
        "ZONES",
        "ZONE_FIELD",
        "SCATTER",
        "THRESHOLD",
        "TITLE",
        "STUDY_AREA",
        "YEAR",
        "LANGUAGE",
        "SAMPLE_DATA",
        "DATA_SOURCES",
        "WARNINGS",
        "OUTPUT_HTML",
        "OUTPUT_PDF",
        "OUTPUT_ODT",
    } <= names
    outputs = {o.name() for o in algorithm.outputDefinitions()}
    assert outputs == {"OUTPUT_HTML", "OUTPUT_PDF", "OUTPUT_ODT"}
    odt = algorithm.parameterDefinition("OUTPUT_ODT")
    assert odt.flags() & 8 and odt.createByDefault()  # optional, made by default (SPEC §8)
    language = algorithm.parameterDefinition("LANGUAGE")
    assert language.usesStaticStrings() and language.options() == ["en", "zh"]
    for name in (*RASTERS, *TABLES, "ZONES", "SCATTER"):
        assert algorithm.parameterDefinition(name).flags() & 8  # optional
    help_text = algorithm.shortHelpString()
    assert "background task" in help_text and "main thread" in help_text
    assert "2000" in help_text and "800" in help_text


# --- the full report ----------------------------------------------------------------------


def test_every_section_table_and_image_is_there_and_self_contained(reports):
    results, html = reports["en"]
    assert list(html.sections) == SECTIONS
    assert "Not provided" not in "".join(html.sections.values())
    for table_id in (
        "study_area",
        "inputs",
        "districts",
        "types",
        "grades",
        "trend",
        "metrics",
        "environment",
        "checksums",
    ):
        assert table_id in html.tables, table_id
    images = html.images()
    # the summary's key map (NEP), 8 maps, the district and grade bar charts, the scatter plot
    assert len(images) == 12
    summary = next(i for i, (t, a) in enumerate(html.tags) if a.get("id") == "summary_map")
    nep = next(i for i, (t, a) in enumerate(html.tags) if a.get("id") == "map_nep")
    assert html.tags[summary + 1][1]["src"] == html.tags[nep + 1][1]["src"]  # drawn once
    for attrs in images:
        assert attrs["src"].startswith("data:image/png;base64,")
        image = QImage()
        assert image.loadFromData(base64.b64decode(attrs["src"].split(",", 1)[1]), "PNG")
        assert image.width() >= 800
    for _tag, attrs in html.tags:
        for name in ("src", "href"):
            if name in attrs:
                assert attrs[name].startswith(("data:", "#")), attrs[name]
    assert os.path.getsize(results["OUTPUT_PDF"]) > 100_000


def test_district_table_is_the_zonalstats_output(chain, reports):
    expected = {row["zone"]: row for row in read_table(chain["ZONAL_TABLE"])}
    _results, html = reports["en"]
    rows = html.rows("districts")
    assert len(rows) == len(expected) == 9
    ranks = [int(row["rank"][0]) for row in rows]
    assert ranks == sorted(ranks) == list(range(1, 10))
    for row in rows:
        truth = expected[row["zone"][0]]
        for field in (
            "area_km2",
            "veg_pct",
            "npp_tc",
            "nep_tc",
            "nep_tco2",
            "nep_mean",
            "co2_per_ha",
            "share_pct",
        ):
            assert value(row[field]) == truth[field], (row["zone"][0], field)
        assert int(row["rank"][0]) == truth["rank"]
    # shown rounded: 0 decimals for tonnes, with thousands separators
    top = rows[0]
    assert top["nep_tco2"][0] == f"{expected[top['zone'][0]]['nep_tco2']:,.0f}"


def test_headline_numbers_are_the_carbonsink_totals(chain, reports):
    totals = {row["quantity"]: row["value"] for row in read_table(chain["TOTALS"])}
    _results, html = reports["en"]
    cards = {}
    for index, (tag, attrs) in enumerate(html.tags):
        if tag == "div" and attrs.get("class") == "card":
            cards[attrs["data-key"]] = float(html.tags[index + 1][1]["data-value"])
    assert cards["nep_tc"] == totals["total_nep_tc"]
    assert cards["nep_tco2"] == totals["total_nep_tco2"]
    assert cards["mean_nep"] == totals["mean_nep_vegetated"]
    assert cards["sink_area"] == totals["sink_area_km2"]
    assert cards["npp_tc"] == totals["total_npp_tc"]
    # and the carbonsink algorithm's own number output is the same total
    assert cards["nep_tco2"] == pytest.approx(chain["carbon"]["TOTAL_NEP_TCO2"], rel=1e-12)


def test_type_grade_trend_and_metric_tables_are_the_algorithm_outputs(chain, reports):
    _results, html = reports["en"]
    types = {row["code"]: row for row in read_table(chain["TYPE_TABLE"])}
    for row in html.rows("types"):
        truth = types[int(row["code"][0])]
        assert row["type_en"][0] == truth["type_en"]
        for field in ("area_km2", "area_pct", "nep_tc", "nep_tco2", "share_pct"):
            assert value(row[field]) == truth[field]
    grades = {row["grade"]: row for row in read_table(chain["GRADE_TABLE"])}
    shown = html.rows("grades")
    assert [int(r["grade"][0]) for r in shown] == sorted(grades)
    for row in shown:
        truth = grades[int(row["grade"][0])]
        assert value(row["area_km2"]) == truth["area_km2"]
        assert value(row["nep_tco2"]) == truth["nep_tco2"]
    # the grade areas add up to the classified area (100 %)
    assert sum(value(r["area_pct"]) for r in shown) == pytest.approx(100.0)
    trend = {row["zone"]: row for row in read_table(chain["TREND_TABLE"])}
    for row in html.rows("trend"):
        truth = trend[row["zone"][0]]
        assert value(row["change_tc"]) == truth["change_tc"]
        assert value(row["slope_mean"]) == truth["slope_mean"]
    metrics = read_table(chain["METRICS"])
    overall = next(m for m in metrics if m["scope"] == "all")
    shown = html.rows("metrics")
    assert shown[0]["stratum_name"][0] == "All plots"
    assert value(shown[0]["accuracy"]) == overall["accuracy"] == chain["check"]["ACCURACY"]
    assert int(value(shown[0]["n"])) == overall["n"] == chain["check"]["N"]
    verdict = [a for t, a in html.tags if t == "p" and a.get("class") in ("ok", "fail")]
    assert verdict[0]["class"] == ("ok" if chain["check"]["PASSED"] else "fail")


def test_parameters_come_from_the_files_provenance(reports):
    _results, html = reports["en"]
    captions = {
        table_id: rows
        for table_id, rows in html.tables.items()
        if table_id.startswith("parameters_")
    }
    text = html.sections["parameters"]
    for algorithm in (
        "carbonsink:soilrespiration",
        "carbonsink:carbonsink",
        "carbonsink:grade",
        "carbonsink:trend",
    ):
        assert algorithm in text
    # carbonsink ran once per year (the trend's INPUTS lead to the other years): one table,
    # one column per run headed by the NEP file it wrote; the default Rh constants are shown
    carbon = next(rows for rows in captions.values() if any(r[0][0] == "RH" for r in rows))
    header = [cell[0] for cell in carbon[0]]
    assert header == ["Parameter", "nep_2021.tif", "nep_2022.tif", "nep_2023.tif"]
    cells = {row[0][0]: [cell[0] for cell in row[1:]] for row in carbon[1:]}
    assert cells["NPP"] == ["npp_2021.tif", "npp_2022.tif", "npp_2023.tif"]  # file names
    assert cells["RH_COEFFICIENT"] == ["0.22"] * 3
    assert cells["SCOPE"] == ["vegetated"] * 3


def test_sample_data_warnings_and_provenance(chain, reports):
    _results, html = reports["en"]
    assert any(a.get("class") == "banner" for t, a in html.tags if t == "div")
    warnings = html.sections["warnings"]
    assert "NDVI: 3 pixel-months filled by interpolation" in warnings
    assert "generated sample data" in warnings
    # mean NPP ≈ 1 000, mean NEP ≈ 600: both below the unit-error thresholds of SPEC §7
    assert warnings.count("unit-error check passed") == 2
    checksums = {row["parameter"][0]: row["sha256"][0] for row in html.rows("checksums")}
    with open(chain["NEP"], "rb") as stream:
        assert checksums["NEP"] == hashlib.sha256(stream.read()).hexdigest()
    assert set(checksums) >= {*RASTERS, *TABLES, "ZONES", "SCATTER"}
    environment = {row["item"][0]: row["value"][0] for row in html.rows("environment")}
    assert environment["QGIS version"] == Qgis.QGIS_VERSION
    assert environment["GDAL version"] == gdal.__version__


def test_scatter_plot_as_given_or_drawn_in_the_report_language(chain, reports):
    with open(chain["SCATTER"], "rb") as stream:
        given = stream.read()

    def scatter(language):
        html = reports[language][1]
        index = next(i for i, (t, a) in enumerate(html.tags) if a.get("id") == "scatter")
        source = next(a["src"] for t, a in html.tags[index:] if t == "img")
        return base64.b64decode(source.split(",", 1)[1])

    assert scatter("en") == given  # the ground check's own PNG, byte for byte
    drawn = scatter("zh")  # from CHECKED_PLOTS: a new chart with the strata's colours
    assert drawn != given
    image = QImage()
    assert image.loadFromData(drawn, "PNG") and image.width() == 900
    rows = reports["zh"][1].rows("inputs")
    assert any(row["role"][0] == "核查样地" for row in rows)


def test_chinese_report_html_and_pdf(chain, reports):
    results, html = reports["zh"]
    assert ("html", {"lang": "zh-CN"}) in html.tags
    titles = [a for t, a in html.tags if t == "h2"]
    assert titles and "评价结论摘要" in html.sections["summary"]
    assert "分区碳汇统计" in html.sections["districts"]
    zones = [row["zone"][0] for row in html.rows("districts")]
    assert set(zones) == {row["zone"] for row in read_table(chain["ZONAL_TABLE"])}
    assert "龙岗区" in zones
    assert [row["type_zh"][0] for row in html.rows("types")][0] == "常绿阔叶林"
    assert "生成的示例数据" in "".join(html.text)
    data = Path(results["OUTPUT_PDF"]).read_bytes()
    assert b"NotoSansCJK" in data
    if shutil.which("pdftotext"):  # scripts/deps.sh installs poppler-utils
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", results["OUTPUT_PDF"], "-"],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        total = next(r for r in read_table(chain["TOTALS"]) if r["quantity"] == "total_nep_tco2")
        for expected in (
            "城市碳汇遥感评价报告",
            "评价结论摘要",
            "龙岗区",
            "地面核查",
            "生成的示例数据",
            f"{total['value']:,.0f}",
        ):
            assert expected in text, expected


@pytest.mark.parametrize("language", ["en", "zh"])
def test_pdf_sections_in_reading_order_with_the_appendices_last(reports, language):
    results, _html = reports[language]
    found = pdf_layout.words(results["OUTPUT_PDF"])
    v = Vocabulary(language)
    body = [s for s in SECTIONS if s not in APPENDICES]
    headings = [(str(i), v("sec_" + s)) for i, s in enumerate(body, start=1)] + [
        (v("appendix_n", letter), v("sec_" + s)) for letter, s in zip("AB", APPENDICES)
    ]
    pages = [pdf_layout.heading_page(found, *heading) for heading in headings]
    assert None not in pages, dict(zip(headings, pages))
    assert pages == sorted(pages)
    assert pdf_layout.page_of(found, v("default_title")) == 1  # the cover page
    assert pages[0] == 2  # the summary on the page after it
    maps, appendix = pages[body.index("maps")], pages[len(body)]
    assert maps < appendix


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_table_cell_of_the_pdf_is_on_its_page(reports, language):
    results, html = reports[language]
    found = pdf_layout.words(results["OUTPUT_PDF"])
    # inside the page and its right margin (6 mm + 2 cm = 74 pt on A4's 595 pt)
    assert [w.text for w in found if not w.on_page or w.x1 > w.page_width - 60.0] == []
    words = {w.text for w in found}
    for table_id, rows in html.tables.items():
        for text, attrs in (cell for row in rows for cell in row):
            if "data-value" in attrs and text:  # numbers never wrap: whole words
                assert pdf_layout.normal(text) in words, (table_id, text)
            elif language == "en" and attrs.get("class") != "code":
                for token in text.split():  # headers and names: no word broken in two
                    assert pdf_layout.normal(token) in words, (table_id, text, token)


# --- minimal and bad input ----------------------------------------------------------------


def nep_raster(folder, values):
    return write_raster(
        os.path.join(folder, "nep.tif"),
        np.asarray(values, dtype=np.float32),
        pixel=100.0,
        nodata=-9999.0,
    )


def test_a_minimal_report_from_one_nep_raster(tmp_path):
    # 100 m pixels (10 000 m² = 1 ha): NEP 300, 500, 0, −100 and nodata
    # Σ NEP = (300 + 500 + 0 − 100) g·m⁻² · 10 000 m² = 7 000 000 g = 7 tC; tCO₂ = 7 · 44/12
    # mean over NEP ≠ 0 (no vegetation raster): 700 · 10 000 / 30 000 m² = 233.33 gC·m⁻²
    path = nep_raster(tmp_path, [[300, 500, 0], [-100, -9999, -9999]])
    out = tmp_path / "min 报告.html"
    results = run({"NEP": path, "LANGUAGE": "en", "OUTPUT_HTML": str(out), "OUTPUT_PDF": None})
    assert results["OUTPUT_PDF"] is None
    html = parse(out.read_text(encoding="utf-8"))
    cards = {}
    for index, (tag, attrs) in enumerate(html.tags):
        if tag == "div" and attrs.get("class") == "card":
            cards[attrs["data-key"]] = float(html.tags[index + 1][1]["data-value"])
    assert cards["nep_tc"] == pytest.approx(7.0)
    assert cards["nep_tco2"] == pytest.approx(7.0 * 44 / 12)
    assert cards["mean_nep"] == pytest.approx(7e6 / 3e4)
    assert cards["sink_area"] == pytest.approx(0.02)  # 2 ha
    assert cards["source_area"] == pytest.approx(0.01)
    # the NEP map (shown again, the same image, as the summary's key map)
    assert len(html.images()) == 2 and len({a["src"] for a in html.images()}) == 1
    for section in ("districts", "types", "grades", "trend", "groundcheck"):
        assert "Not provided" in html.sections[section]
    assert "No processing record" in html.sections["parameters"]


@pytest.mark.parametrize(
    ("npp", "nep", "clue"), [(2600.0, 300.0, "J·m⁻²"), (900.0, 950.0, "above 800")]
)
def test_plausibility_warnings_from_the_rasters(tmp_path, npp, nep, clue):
    npp_path = write_raster(tmp_path / "npp.tif", np.full((3, 3), npp, np.float32))
    nep_path = write_raster(tmp_path / "nep.tif", np.full((3, 3), nep, np.float32))
    out = tmp_path / "r.html"
    log = Recorder()
    run({"NPP": npp_path, "NEP": nep_path, "OUTPUT_HTML": str(out), "OUTPUT_PDF": None}, log)
    html = parse(out.read_text(encoding="utf-8"))
    assert clue in html.sections["warnings"]
    assert "TOO HIGH" in html.sections["warnings"]
    assert any(clue in w for w in log.warnings)


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)


def test_rasters_on_different_grids_are_drawn_each_on_its_own(tmp_path):
    nep = nep_raster(tmp_path, np.full((4, 5), 400.0))
    classes = write_raster(
        tmp_path / "classes.tif", np.ones((8, 10), np.uint8), pixel=50.0, nodata=255
    )
    out = tmp_path / "r.html"
    run({"NEP": nep, "SINK_CLASS": classes, "OUTPUT_HTML": str(out), "OUTPUT_PDF": None})
    html = parse(out.read_text(encoding="utf-8"))
    assert len({a["src"] for a in html.images()}) == 2  # (the summary repeats the NEP map)
    assert "not on the grid of" in html.sections["data"]
    assert "own grid" in html.sections["maps"]


def test_a_table_of_the_wrong_kind_is_refused_and_nothing_is_written(chain, tmp_path):
    out = tmp_path / "r.html"
    out.write_text("an older report", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        run(
            {
                "NEP": chain["NEP"],
                "ZONAL_TABLE": chain["TYPE_TABLE"],
                "OUTPUT_HTML": str(out),
                "OUTPUT_PDF": str(tmp_path / "r.pdf"),
            }
        )
    message = str(error.value)
    assert "[ZONAL_TABLE]" in message and "zonalstats OUTPUT" in message
    assert "zone_id" in message and "rank" in message
    assert out.read_text(encoding="utf-8") == "an older report"
    assert not (tmp_path / "r.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_nothing_to_report_and_a_scatter_that_is_not_a_png(tmp_path):
    with pytest.raises(QgsProcessingException, match="Nothing to report"):
        run({"OUTPUT_HTML": str(tmp_path / "r.html")})
    text = tmp_path / "scatter.png"
    text.write_text("not an image", encoding="utf-8")
    nep = nep_raster(tmp_path, np.full((2, 2), 100.0))
    with pytest.raises(QgsProcessingException, match=r"\[SCATTER\].*not a PNG"):
        run({"NEP": nep, "SCATTER": str(text), "OUTPUT_HTML": str(tmp_path / "r.html")})
    assert not (tmp_path / "r.html").exists()


def test_a_monthly_stack_given_as_annual_nep_is_refused(tmp_path):
    stack = write_raster(tmp_path / "monthly.tif", np.ones((12, 2, 2), np.float32))
    with pytest.raises(QgsProcessingException, match=r"\[NEP\].*expected 1 band"):
        run({"NEP": stack, "OUTPUT_HTML": str(tmp_path / "r.html")})


def test_a_canceled_run_writes_nothing(tmp_path):
    nep = nep_raster(tmp_path, np.full((2, 2), 100.0))
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(
            {
                "NEP": nep,
                "OUTPUT_HTML": str(tmp_path / "r.html"),
                "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                "OUTPUT_ODT": str(tmp_path / "r.odt"),
            },
            feedback,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nep.tif"]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_editable_odt_has_the_sections_tables_and_images(chain, reports, language):
    import odt_content

    results, html = reports[language]
    found = odt_content.read(results["OUTPUT_ODT"])
    assert found.mimetype_ok
    v = Vocabulary(language)
    # every section a level-1 heading, in the report's order, appendices last
    titles = [text for level, text in found.headings if level == 1]
    expected = [v("sec_" + s) for s in SECTIONS]
    assert len(titles) == len(expected)
    for title, section in zip(titles, expected):
        assert section in title, (title, section)
    # a table cell: every district of the zonalstats table, and the ground check's n
    zones = {row["zone"] for row in read_table(chain["ZONAL_TABLE"])}
    assert zones <= set(found.cells)
    assert ("龙岗区" in found.cells) and len(found.cells) > 100
    # every image of the HTML (maps, charts, the scatter plot) is in Pictures/ as a PNG shown
    # in its own proportions
    assert len(found.images) == len(html.images()) >= 8
    for image in found.images:
        assert image.href.startswith("Pictures/") and image.data.startswith(b"\x89PNG")
        picture = QImage()
        assert picture.loadFromData(image.data, "PNG")
        ratio = picture.width() / picture.height()
        assert image.width_pt / image.height_pt == pytest.approx(ratio, rel=0.01), image.href
    # Chinese text takes a word processor's "Asian" properties: the headings are as large and
    # bold in Chinese as in Latin script, and Asian text has the report's CJK font
    assert len(found.heading_properties) >= len(titles)
    for properties in found.heading_properties:
        assert properties["fo:font-weight"] == "bold"
        assert properties["style:font-weight-asian"] == "bold"
        assert properties["style:font-size-asian"] == properties["fo:font-size"]
        assert "CJK" in properties["style:font-family-asian"]  # Noto Sans CJK SC (make deps)


def test_a_failing_odt_leaves_nothing_and_keeps_the_older_report(tmp_path, monkeypatch):
    from carbonsink_plugin.processing import report

    def broken(document, path):
        with open(path, "wb") as stream:
            stream.write(b"half an ODT")
        raise OSError("disk full")

    monkeypatch.setattr(report, "write_odt", broken)
    nep = nep_raster(tmp_path, np.full((2, 2), 100.0))
    out = tmp_path / "报告 out"
    out.mkdir()
    (out / "r.html").write_text("an older report", encoding="utf-8")
    with pytest.raises(Exception, match="disk full"):
        run(
            {
                "NEP": nep,
                "OUTPUT_HTML": str(out / "r.html"),
                "OUTPUT_PDF": str(out / "r.pdf"),
                "OUTPUT_ODT": str(out / "r.odt"),
            }
        )
    assert [p.name for p in out.iterdir()] == ["r.html"]  # no .partial, no PDF, no ODT
    assert (out / "r.html").read_text(encoding="utf-8") == "an older report"


def test_an_odt_destination_equal_to_an_input_is_refused(tmp_path):
    nep = nep_raster(tmp_path, np.full((2, 2), 100.0))
    before = Path(nep).read_bytes()
    with pytest.raises(QgsProcessingException):
        run({"NEP": nep, "OUTPUT_HTML": str(tmp_path / "r.html"), "OUTPUT_ODT": nep})
    assert Path(nep).read_bytes() == before
    assert not (tmp_path / "r.html").exists()
