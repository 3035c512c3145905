"""The document model: section numbering with appendices, and tables fitted to the page."""

import pytest

from carbonsink_plugin.report.document import (
    Column,
    Document,
    Section,
    Table,
    TableMetrics,
    column_widths,
    fit_table,
    text_em,
)

# The PDF's text column (report/html.py, Qt flavour): 597 px, cells 8.5 pt = 11.33 px.
METRICS = TableMetrics(width=597.0, cell_size=11.33, header_size=10.67, padding=8.0)


def test_appendices_are_lettered_after_the_numbered_sections():
    sections = [Section("summary", "S"), Section("parameters", "P", appendix=True),
                Section("maps", "M"), Section("provenance", "V", appendix=True)]  # fmt: skip
    document = Document("t", "", "en", sections=sections, appendix_label="Appendix {0}")
    numbered = [(number, s.id) for number, s in document.numbered()]
    assert numbered == [
        ("1", "summary"),
        ("2", "maps"),
        ("Appendix A", "parameters"),
        ("Appendix B", "provenance"),
    ]


def test_a_table_that_fits_keeps_its_columns_and_gets_widths_for_its_headers():
    columns = [Column("rank", "Rank", "number"), Column("zone", "District"),
               Column("veg_pct", "Vegetated (%)", "number", 1)]  # fmt: skip
    table = Table("t", "Table 1", columns, [[1, "Longgang", 56.25], [2, "Futian", 12.5]])
    (fitted,) = fit_table(table, METRICS)
    assert [c.key for c in fitted.columns] == ["rank", "zone", "veg_pct"]
    assert sum(fitted.widths) == pytest.approx(1.0)
    # every column at least as wide as its longest header word ("Vegetated", bold 10.67 px)
    least, _preferred = column_widths(table, METRICS)
    for width, minimum in zip(fitted.widths, least):
        assert width * METRICS.width >= minimum - 1e-9
    assert least[2] >= text_em("Vegetated", bold=True) * METRICS.header_size


def test_a_wide_table_is_split_with_its_key_column_in_every_part():
    # 9 runs of one algorithm, one column each, headed by the file it wrote (issue 18)
    columns = [Column("parameter", "Parameter", "code")] + [
        Column(f"run_{i}", f"temperature_20{i:02d}.tif", "code") for i in range(9)
    ]
    rows = [[f"PARAMETER_{k}", *(f"value {k}.{i}" for i in range(9))] for k in range(5)]
    table = Table("parameters_2", "Table 5. carbonsink:stations", columns, rows, note="n")
    parts = fit_table(table, METRICS)
    assert len(parts) > 1
    assert [p.id for p in parts] == ["parameters_2"] + [f"parameters_2_{i}" for i in
                                                         range(2, len(parts) + 1)]  # fmt: skip
    assert parts[0].caption == f"Table 5. carbonsink:stations (1/{len(parts)})"
    shown = []
    for part in parts:
        assert part.columns[0].key == "parameter"  # the key column repeats
        assert [row[0] for row in part.rows] == [row[0] for row in rows]
        least, _ = column_widths(part, METRICS)
        assert sum(least) <= METRICS.width  # every cell fits
        shown += [c.key for c in part.columns[1:]]
    assert shown == [c.key for c in columns[1:]]  # every column once, in order
    assert [p.note for p in parts] == [""] * (len(parts) - 1) + ["n"]  # the note at the end


def test_a_wide_table_of_one_row_is_transposed():
    columns = [Column("name", "Name")] + [
        Column(f"c{i}", f"Quantity number {i}", "number", 2) for i in range(14)
    ]
    table = Table("t", "T", columns, [["Shenzhen", *(1234567.25 + i for i in range(14))]])
    (fitted,) = fit_table(table, METRICS)
    assert [c.title for c in fitted.columns] == ["", "Shenzhen"]
    assert [row[0] for row in fitted.rows] == [f"Quantity number {i}" for i in range(14)]
    assert fitted.rows[3][1] == 1234570.25


def test_cjk_text_is_estimated_a_full_em_per_character():
    # 碳汇 2 ideographs = 2 em; Latin letters are narrower
    assert text_em("碳汇") == 2.0
    assert text_em("ab") < 2.0
