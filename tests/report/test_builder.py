"""The report's content from plain data, without rendering: sections, the numbers in its
tables, what happens when inputs are missing, and the plausibility checks of SPEC §7."""

import math
import re
from pathlib import Path

import pytest
from report_support import SECTIONS

from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.report import builder, charts
from carbonsink_plugin.report.document import Figure, KeyFigures, Paragraph, Table
from carbonsink_plugin.report.inputs import GridInfo, Provenance, RasterSummary, Run
from carbonsink_plugin.report.vocabulary import LANGUAGES, TEXTS, Vocabulary

GRID = GridInfo(4, 3, 30.0, 30.0, "EPSG:4547 (CGCS2000)", (0, 0, 120, 90), False, 1)


def zone_row(zone_id, name, nep_tc, rank, veg_km2=10.0, nep_mean=500.0):
    return {
        "zone_id": zone_id,
        "zone": name,
        "area_km2": 20.0,
        "valid_km2": 20.0,
        "veg_km2": veg_km2,
        "veg_pct": veg_km2 / 20.0 * 100,
        "sink_km2": 9.0,
        "source_km2": 1.0,
        "npp_tc": None,
        "npp_tco2": None,
        "nep_tc": nep_tc,
        "nep_tco2": nep_tc * 44 / 12,
        "nep_mean": nep_mean,
        "co2_per_ha": 1.0,
        "share_pct": 50.0,
        "rank": rank,
        "poly_km2": 21.0,
    }


def table(role, rows):
    return builder.TableInput(role, f"{role.lower()}.gpkg", rows, "", "")


def texts(section) -> str:
    """Every word of a section's paragraphs and lists."""
    found = []
    for block in section.blocks:
        if isinstance(block, Paragraph):
            found.append(block.text)
        elif hasattr(block, "items") and isinstance(block.items, (list, tuple)):
            found += [str(item) for item in block.items if isinstance(item, str)]
    return "\n".join(found)


def test_every_section_is_present_and_says_what_is_missing():
    document = builder.build(builder.ReportData(language="en"))
    assert [s.id for s in document.sections] == SECTIONS
    for section_id in ("maps", "districts", "types", "grades", "trend", "groundcheck"):
        section = document.section(section_id)
        assert not section.provided
        assert "Not provided" in texts(section)
    assert "ZONAL_TABLE" in texts(document.section("districts"))
    assert "METRICS" in texts(document.section("groundcheck"))
    assert document.figures() == []


def test_district_table_keeps_the_input_numbers_ranked_and_the_chart_follows_the_ranks():
    rows = [
        zone_row(1, "Futian", 120.5, 2),
        zone_row(2, "Longgang", 9876.25, 1),
        zone_row(3, "Luohu", -3.0, 3),
    ]
    data = builder.ReportData(tables={"ZONAL_TABLE": table("ZONAL_TABLE", rows)})
    section = builder.build(data).section("districts")
    assert section.provided
    districts = next(b for b in section.blocks if isinstance(b, Table))
    keys = [c.key for c in districts.columns]
    assert "npp_tc" not in keys  # every npp_tc is NULL: the column is left out
    zone, nep = keys.index("zone"), keys.index("nep_tc")
    assert [r[zone] for r in districts.rows] == ["Longgang", "Futian", "Luohu"]
    assert [r[nep] for r in districts.rows] == [9876.25, 120.5, -3.0]  # values as given
    chart = next(b for b in section.blocks if isinstance(b, Figure)).chart
    assert isinstance(chart, charts.Bars)
    assert list(chart.labels) == ["Longgang", "Futian", "Luohu"]
    assert list(chart.values) == [9876.25 * 44 / 12, 120.5 * 44 / 12, -3.0 * 44 / 12]
    # a net source is named, the top district is named with its share
    assert "Net carbon sources: Luohu" in texts(section)
    assert "Longgang has the largest carbon sink" in texts(section)


def test_headline_numbers_come_from_totals_then_the_zone_table_then_the_raster():
    totals = [
        {"quantity": "total_nep_tc", "value": 1000.0},
        {"quantity": "total_nep_tco2", "value": 3666.6},
        {"quantity": "mean_nep_vegetated", "value": 512.5},
    ]
    zones = [
        zone_row(1, "A", 100.0, 2, veg_km2=10.0, nep_mean=400.0),
        zone_row(2, "B", 300.0, 1, veg_km2=30.0, nep_mean=600.0),
    ]
    summary = RasterSummary(
        valid_m2=4e6,
        total=2e9,
        minimum=0,
        maximum=900,
        positive_m2=3e6,
        negative_m2=0.0,
        nonzero_m2=3e6,
    )
    nep = builder.RasterInput("NEP", "/x/nep.tif", GRID, summary)

    def figures(data):
        document = builder.build(data)
        block = next(b for b in document.section("summary").blocks if isinstance(b, KeyFigures))
        return {item.key: item.value for item in block.items}, block.note

    data = builder.ReportData(rasters={"NEP": nep})
    values, note = figures(data)
    # raster: Σ NEP = 2e9 g = 2000 t; mean over NEP ≠ 0 = 2e9 g / 3e6 m² = 666.67 g·m⁻²
    assert values["nep_tc"] == pytest.approx(2000.0)
    assert values["nep_tco2"] == pytest.approx(2000.0 * 44 / 12)
    assert values["mean_nep"] == pytest.approx(2e9 / 3e6)
    assert values["sink_area"] == pytest.approx(3.0)
    assert "NEP raster" in note

    data.tables["ZONAL_TABLE"] = table("ZONAL_TABLE", zones)
    values, note = figures(data)
    assert values["nep_tc"] == pytest.approx(400.0)
    # area-weighted mean of the zone means: (400·10 + 600·30) / 40 = 550
    assert values["mean_nep"] == pytest.approx(550.0)
    assert "ZONAL_TABLE" in note

    data.tables["TOTALS"] = table("TOTALS", totals)
    values, note = figures(data)
    assert values["nep_tc"] == pytest.approx(1000.0)
    assert values["mean_nep"] == pytest.approx(512.5)
    assert "TOTALS" in note


@pytest.mark.parametrize(
    ("npp_mean", "nep_mean", "expected"),
    [
        (890.0, 450.0, set()),
        (2400.0, 450.0, {"npp"}),
        (890.0, 850.0, {"nep"}),
        (2400.0, 850.0, {"npp", "nep"}),
    ],
)
def test_plausibility_warnings_name_the_likely_unit_errors(npp_mean, nep_mean, expected):
    # NPP raster: 1 km² vegetated (VEGETATION on the grid) with Σ = mean × 1e6 m²
    npp = RasterSummary(
        valid_m2=2e6,
        total=npp_mean * 1e6,
        minimum=0,
        maximum=npp_mean,
        positive_m2=1e6,
        negative_m2=0,
        nonzero_m2=1e6,
        vegetated_m2=1e6,
        vegetated_total=npp_mean * 1e6,
    )
    totals = [{"quantity": "mean_nep_vegetated", "value": nep_mean}]
    data = builder.ReportData(
        rasters={"NPP": builder.RasterInput("NPP", "/x/npp.tif", GRID, npp)},
        tables={"TOTALS": table("TOTALS", totals)},
    )
    b = builder.Builder(data)
    found = b.warnings()
    assert any("2,000" in w and "J·m⁻²" in w and "10 000" in w for w in found) == (
        "npp" in expected
    )
    assert any("above 800" in w and "unit error" in w for w in found) == ("nep" in expected)
    checks = texts(builder.build(data).section("warnings"))
    assert f"{npp_mean:,.0f} gC·m⁻²·a⁻¹" in checks and f"{nep_mean:,.0f} gC·m⁻²·a⁻¹" in checks


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mean_below_the_unit_threshold_passes_the_unit_check_without_being_called_plausible(
    language,
):
    """City mean NEP 740 gC·m⁻²·a⁻¹ is below the unit-error threshold of SPEC §7 (800) but
    outside the published Pearl River Delta range (−40 to 638): the report says the unit check
    passed, never that 740 is plausible, and names the published ranges the workflow judges;
    the workflow's range warning (WARNINGS) is listed as given."""
    workflow_warning = "Mean NEP over vegetated land is 740 gC·m⁻²·a⁻¹, outside the range"
    totals = [{"quantity": "mean_nep_vegetated", "value": 740.0}]
    data = builder.ReportData(
        language=language,
        tables={"TOTALS": table("TOTALS", totals)},
        warnings=[workflow_warning],
    )
    section = builder.build(data).section("warnings")
    words = texts(section)
    v = Vocabulary(language)
    assert v("check_value", "740", v("check_ok")) in words
    assert v("check_high") not in words
    assert {"en": "plausible,", "zh": "合理，"}[language] not in words
    # the published ranges (core/parameters.py, SPEC §7) are named, with a real minus sign
    assert "600–1,200" in words and "−40" in words and "638" in words
    assert workflow_warning in words
    expected = {"en": "unit-error check passed", "zh": "单位错误检查通过"}[language]
    assert v("check_ok") == expected


def test_mean_npp_from_totals_when_there_is_no_npp_raster():
    # 2 000 000 tC over 1 000 ha: 2e6·1e6 g / 1e7 m² = 200 000 g·m⁻² — far above 2 000
    totals = [
        {"quantity": "total_npp_tc", "value": 2e6},
        {"quantity": "vegetated_area_ha", "value": 1000.0},
    ]
    data = builder.ReportData(tables={"TOTALS": table("TOTALS", totals)})
    assert builder.Builder(data).mean_npp_vegetated() == pytest.approx(2e5)
    assert any("J·m⁻²" in w for w in builder.Builder(data).warnings())


def test_a_table_of_the_wrong_kind_is_refused_with_the_expected_fields():
    type_fields = [name for name, _ in builder.TYPE_TABLE_FIELDS]
    with pytest.raises(InputError) as error:
        builder.check_fields("ZONAL_TABLE", type_fields, "District statistics [ZONAL_TABLE]")
    message = str(error.value)
    assert message.startswith("District statistics [ZONAL_TABLE]")
    assert "carbonsink:zonalstats OUTPUT" in message
    assert "zone_id" in message and "rank" in message  # missing ones named
    builder.check_fields("TYPE_TABLE", type_fields, "x")  # the right one passes


@pytest.mark.qgis  # reads the algorithm's columns: not in the Qt-free tier
def test_metrics_fields_are_those_groundcheck_writes():
    from carbonsink_plugin.processing.groundcheck import METRIC_COLUMNS

    assert ("scope", "stratum", "stratum_name", *METRIC_COLUMNS, "passed") == builder.METRICS_FIELDS


def test_ground_check_verdict_and_a_threshold_that_contradicts_the_table():
    metrics = [
        {
            "scope": "all",
            "stratum": None,
            "stratum_name": None,
            "n": 12,
            "r": 0.9,
            "r2": 0.81,
            "rmse": 80.0,
            "mae": 60.0,
            "bias": 5.0,
            "mre": 0.22,
            "accuracy": 0.78,
            "passed": 1,
        },
        {
            "scope": "stratum",
            "stratum": "2",
            "stratum_name": "x",
            "n": 12,
            "r": 0.9,
            "r2": 0.81,
            "rmse": 80.0,
            "mae": 60.0,
            "bias": 5.0,
            "mre": 0.22,
            "accuracy": 0.78,
            "passed": None,
        },
    ]
    data = builder.ReportData(tables={"METRICS": table("METRICS", metrics)}, threshold=0.8)
    section = builder.build(data).section("groundcheck")
    verdict = section.blocks[0]
    assert verdict.kind == "ok" and "PASSED" in verdict.text and "0.780" in verdict.text
    rows = next(b for b in section.blocks if isinstance(b, Table)).rows
    assert rows[0][0] == "All plots" and rows[1][0] == "2 Evergreen broadleaf forest"
    assert any("below the required 0.80" in w for w in builder.Builder(data).warnings())
    metrics[0]["passed"] = 0
    verdict = builder.build(data).section("groundcheck").blocks[0]
    assert verdict.kind == "fail" and "FAILED" in verdict.text


def test_scatter_drawn_from_the_checked_plots_in_the_report_language():
    plots = [
        {"model": 110.0, "measured_c": 100.0, "excluded": 0, "stratum": 2},
        {"model": 180.0, "measured_c": 200.0, "excluded": 0, "stratum": "6"},
        {"model": 400.0, "measured_c": 400.0, "excluded": 0, "stratum": 2},
        {"model": None, "measured_c": 300.0, "excluded": 1, "stratum": 2},  # left out
    ]
    data = builder.ReportData(
        language="zh", tables={"CHECKED_PLOTS": table("CHECKED_PLOTS", plots)}
    )
    section = builder.build(data).section("groundcheck")
    assert section.provided
    chart = next(b for b in section.blocks if isinstance(b, Figure)).chart
    assert isinstance(chart, charts.Scatter)
    assert (list(chart.x), list(chart.y)) == ([100.0, 200.0, 400.0], [110.0, 180.0, 400.0])
    assert chart.group_labels == {2: "常绿阔叶林", 6: "灌丛"}
    # MRE = (10/100 + 20/200 + 0/400) / 3 = 0.0667 → accuracy 0.933; bias = (10 − 20 + 0)/3
    assert "精度 = 0.933" in chart.notes
    assert "偏差 = -3.3 gC·m⁻²·a⁻¹" in chart.notes
    assert chart.x_label.startswith("样地实测值")


def test_grades_use_the_table_bounds_and_default_names_are_translated():
    rows = [
        {
            "grade": 1,
            "label": "Carbon source",
            "lower": None,
            "upper": 0.0,
            "area_km2": 1.5,
            "area_pct": 10.0,
            "nep_tc": -1.0,
            "nep_tco2": -3.6,
        },
        {
            "grade": 2,
            "label": "Weak sink",
            "lower": 0.0,
            "upper": 250.0,
            "area_km2": 13.5,
            "area_pct": 90.0,
            "nep_tc": 9.0,
            "nep_tco2": 33.0,
        },
    ]
    data = builder.ReportData(language="zh", tables={"GRADE_TABLE": table("GRADE_TABLE", rows)})
    section = builder.build(data).section("grades")
    grades = next(b for b in section.blocks if isinstance(b, Table))
    assert [r[1] for r in grades.rows] == ["碳源", "弱碳汇"]
    assert [r[2] for r in grades.rows] == ["< 0 gC·m⁻²·a⁻¹", "0 – 250 gC·m⁻²·a⁻¹"]
    assert [r[3] for r in grades.rows] == [1.5, 13.5]
    chart = next(b for b in section.blocks if isinstance(b, Figure)).chart
    # colours of core.grades.grade_colours: sources red, sinks green (one class each)
    assert chart.colours == ["#d73027", "#d9f0a3"]


def test_trend_summary_and_the_note_that_three_years_cannot_be_significant():
    rows = [
        {
            "zone_id": i,
            "zone": name,
            "first_year": 2021,
            "last_year": 2023,
            "years": 3,
            "area_km2": area,
            "mean_first": 500.0,
            "mean_last": 480.0,
            "tc_first": first,
            "tc_last": last,
            "change_tc": last - first,
            "change_pct": None,
            "slope_mean": -2.0,
            "sigdec_pct": 0.0,
            "slidec_pct": 0.0,
            "stable_pct": 100.0,
            "sliinc_pct": 0.0,
            "siginc_pct": 0.0,
        }
        for i, (name, area, first, last) in enumerate(
            [("A", 10.0, 1000.0, 900.0), ("B", 30.0, 3000.0, 2900.0)], start=1
        )
    ]
    data = builder.ReportData(tables={"TREND_TABLE": table("TREND_TABLE", rows)})
    text = texts(builder.build(data).section("trend"))
    # Σ first 4 000, Σ last 3 800: change −200 tC = −5.0 %
    assert "from 4,000 to 3,800" in text and "-200" in text and "-5.0 %" in text
    # n = 3: |Z| ≤ (3 − 1)/√(3·2·11/18) = 2/√3.667 = 1.04; 4 years for 1.645, 5 for 1.96
    assert "cannot exceed 1.04" in text and "at least 4 years" in text and "one 5" in text


def test_parameter_tables_list_every_run_of_the_chain():
    runs = [
        Run(
            "carbonsink:soilrespiration",
            "0.1.0",
            "2024-01-01T00:00:00+00:00",
            {"RH_COEFFICIENT": 0.22, "TEMPERATURE": "/data/t.tif"},
            ["rh.tif"],
        ),
        Run(
            "carbonsink:carbonsink",
            "0.1.0",
            "2024-01-01T00:01:00+00:00",
            {"NPP": "/data/npp.tif", "RH": "/data/rh.tif"},
            ["nep.tif"],
        ),
    ]
    data = builder.ReportData(provenance=Provenance(runs=runs))
    tables = [b for b in builder.build(data).section("parameters").blocks if isinstance(b, Table)]
    assert len(tables) == 2
    assert "carbonsink:soilrespiration" in tables[0].caption and "rh.tif" in tables[0].caption
    assert ["RH_COEFFICIENT", "0.22"] in tables[0].rows
    assert ["TEMPERATURE", "t.tif"] in tables[0].rows  # paths shortened to the file name


def test_runs_of_one_algorithm_share_a_table_with_a_column_each():
    runs = [
        Run("carbonsink:carbonsink", "0.1.0", f"2024-01-01T00:0{i}:00", {"NPP": f"/d/npp_{y}.tif",
            **({"SCOPE": "land"} if y == 2022 else {})}, [f"nep_{y}.tif"])
        for i, y in enumerate((2021, 2022))
    ]  # fmt: skip
    data = builder.ReportData(provenance=Provenance(runs=runs))
    [table] = [b for b in builder.build(data).section("parameters").blocks if isinstance(b, Table)]
    assert [c.title for c in table.columns] == ["Parameter", "nep_2021.tif", "nep_2022.tif"]
    assert table.rows == [["NPP", "npp_2021.tif", "npp_2022.tif"], ["SCOPE", "–", "land"]]
    assert "2 runs" in table.caption


def test_generated_sample_data_puts_a_banner_and_a_warning():
    data = builder.ReportData(provenance=Provenance(sample_files=["ndvi_2022.tif"]))
    document = builder.build(data)
    assert "GENERATED SAMPLE DATA" in document.banner
    assert any("sample data" in w for w in builder.Builder(data).warnings())
    assert builder.build(builder.ReportData(sample_data=True)).banner
    assert builder.build(builder.ReportData()).banner == ""


def test_chinese_report_uses_chinese_words_and_type_names():
    rows = [
        {
            "code": 2,
            "type_en": "Evergreen broadleaf forest",
            "type_zh": "常绿阔叶林",
            "area_km2": 5.0,
            "area_pct": 100.0,
            "npp_tc": None,
            "nep_tc": 10.0,
            "nep_tco2": 36.7,
            "nep_mean": 200.0,
            "share_pct": 100.0,
        }
    ]
    document = builder.build(
        builder.ReportData(language="zh", tables={"TYPE_TABLE": table("TYPE_TABLE", rows)})
    )
    assert document.title == "城市碳汇遥感评价报告"
    assert [s.title for s in document.sections][:2] == ["评价结论摘要", "研究区与数据"]
    types = next(b for b in document.section("types").blocks if isinstance(b, Table))
    assert types.rows[0][1] == "常绿阔叶林"
    assert types.caption.startswith("表")


# --- the vocabulary ---------------------------------------------------------------------------


def test_every_text_has_both_languages_with_the_same_placeholders():
    for key, (english, chinese) in TEXTS.items():
        assert english.strip() and chinese.strip(), key
        placeholders = re.compile(r"\{\d+[^}]*\}")
        assert sorted(placeholders.findall(english)) == sorted(placeholders.findall(chinese)), key
    with pytest.raises(ValueError):
        Vocabulary("fr")
    assert LANGUAGES == ("en", "zh")


def test_every_key_the_builder_uses_exists():
    source = Path(builder.__file__).read_text(encoding="utf-8")
    keys = set(re.findall(r'v\(\s*"([a-z_A-Z0-9]+)"', source))
    keys |= set(re.findall(r'"(gc_passed|gc_failed|kf_mean_over_\w+)"', source))
    assert keys and not keys - set(TEXTS)
    for role in builder.RASTER_ROLES:
        for prefix in ("role_", "map_", "legend_"):
            assert prefix + role in TEXTS
    for role in builder.TABLES:
        assert "role_" + role in TEXTS


def test_numbers_are_read_from_tables_whatever_their_type():
    assert builder.number("12.5") == 12.5
    assert builder.number(None) is None
    assert builder.number("abc") is None
    assert builder.number(float("nan")) is None
    assert builder.number(3) == 3.0
    assert math.isinf(float("inf")) and builder.number(float("inf")) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_intervals_of_the_totals_give_a_sentence_and_a_table(language):
    """Rows <quantity>_low/_high of TOTALS (the workflow's Monte Carlo): 2 746 438 tCO₂ with
    2 412 000–3 081 000 reads "2.75 Mt CO₂·a⁻¹ (95 % interval 2.41–3.08)"."""
    totals = [
        {"quantity": "total_nep_tco2", "value": 2_746_438.0},
        {"quantity": "total_nep_tco2_low", "value": 2_412_000.0},
        {"quantity": "total_nep_tco2_high", "value": 3_081_000.0},
        {"quantity": "total_npp_tc", "value": 1_195_434.0},
    ]
    data = builder.ReportData(tables={"TOTALS": table("TOTALS", totals)}, language=language)
    section = builder.Builder(data).summary_section([])
    assert "2.75 Mt CO₂·a⁻¹" in texts(section) and "2.41–3.08" in texts(section)
    (intervals,) = [b for b in section.blocks if isinstance(b, Table) and b.id == "intervals"]
    assert [row[1:] for row in intervals.rows] == [(2_746_438.0, 2_412_000.0, 3_081_000.0)]
    # The headline carbon-sink figure carries the interval as its note (report-look's cards).
    (figures,) = [b for b in section.blocks if isinstance(b, KeyFigures)]
    (sink,) = [item for item in figures.items if item.key == "nep_tco2"]
    assert "2.41–3.08 Mt CO₂·a⁻¹" in sink.note
    # Without the rows: neither.
    plain = builder.ReportData(tables={"TOTALS": table("TOTALS", totals[:1])}, language=language)
    section = builder.Builder(plain).summary_section([])
    assert "95" not in texts(section)
    assert not [b for b in section.blocks if isinstance(b, Table) and b.id == "intervals"]
    (figures,) = [b for b in section.blocks if isinstance(b, KeyFigures)]
    assert all(not item.note for item in figures.items if item.key == "nep_tco2")
