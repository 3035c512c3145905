"""The evaluation report's content (SPEC §6 "Report"), assembled from plain data.

build(ReportData) → document.Document: sections of text, key figures, tables with the raw
numbers of the input tables, map requests (drawn later by report/maps.py) and chart specs
(drawn by report/charts.py). Nothing here renders, so the content — which numbers go where,
what is missing, which plausibility warnings apply — is tested without Qt.

Every section is always present; a section whose inputs were not given says so (and what to
give), so a report is never silently incomplete. The text comes from report/vocabulary.py in
the report's language.

Plain Python (core only): no qgis, no Qt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..core import grades as core_grades
from ..core import groundcheck as core_groundcheck
from ..core import parameters as core_parameters
from ..core import plausibility
from ..core import trend as core_trend
from ..core.carbon import SINK_CLASSES, TOTALS_FIELDS
from ..core.errors import NONE, QT_TRANSLATE_NOOP, InputError, Message
from ..core.grades import GRADE_TABLE_FIELDS
from ..core.trend import (
    CLASS_COLOURS,
    CLASS_NAMES,
    TREND_ZONE_TABLE_FIELDS,
    Z_SIGNIFICANT,
    Z_SLIGHT,
)
from ..core.zones import TYPE_TABLE_FIELDS, ZONE_TABLE_FIELDS
from . import charts
from .document import (
    BulletList,
    Column,
    Document,
    Figure,
    KeyFigure,
    KeyFigures,
    MapRequest,
    Paragraph,
    Section,
    Table,
)
from .inputs import GridInfo, Provenance, RasterSummary, display_value
from .vocabulary import Vocabulary

# Plausibility limits (SPEC §7, core/plausibility.py): a mean annual NPP over vegetated land or
# a city mean NEP above these (gC·m⁻²·a⁻¹) almost always means a unit error; the algorithms
# check their inputs against the same limits.
NPP_LIMIT = plausibility.NPP_LIMIT
NEP_LIMIT = plausibility.NEP_LIMIT

# The ground-check METRICS table of carbonsink:groundcheck (processing/groundcheck.py).
METRICS_FIELDS = (
    "scope", "stratum", "stratum_name", "n", "r", "r2", "rmse", "mae", "bias", "mre",
    "accuracy", "passed",
)  # fmt: skip


def _names(fields) -> tuple[str, ...]:
    return tuple(name for name, _kind in fields)


# The tables the report reads, with the algorithm output each one is, and its fields.
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "TOTALS": ("carbonsink:carbonsink TOTALS", _names(TOTALS_FIELDS)[:2]),
    "ZONAL_TABLE": ("carbonsink:zonalstats OUTPUT", _names(ZONE_TABLE_FIELDS)),
    "TYPE_TABLE": ("carbonsink:zonalstats TYPE_TABLE", _names(TYPE_TABLE_FIELDS)),
    "GRADE_TABLE": ("carbonsink:grade TABLE", _names(GRADE_TABLE_FIELDS)),
    "TREND_TABLE": ("carbonsink:trend ZONE_TABLE", _names(TREND_ZONE_TABLE_FIELDS)),
    "METRICS": ("carbonsink:groundcheck METRICS", METRICS_FIELDS),
    "CHECKED_PLOTS": ("carbonsink:groundcheck OUTPUT", ("model", "measured_c", "excluded")),
}

# The maps, in report order: (parameter, style file, kind).
MAPS = (
    ("VEGETATION", "vegetation_types", "classes"),
    ("NPP", "npp", "percentile"),  # the style's ramp over the 2nd–98th percentile of the data
    ("RH", "rh", "percentile"),
    ("NEP", "nep", "diverging"),  # ± the larger of |2nd| and |98th| percentile: 0 stays neutral
    ("SINK_CLASS", "sink_class", "classes"),
    ("GRADE", "grade", "classes"),
    ("TREND_CLASS", "trend_class", "classes"),
    ("SLOPE", "slope", "diverging"),
)
RASTER_ROLES = tuple(role for role, _style, _kind in MAPS)
FLUX_ROLES = ("NPP", "RH", "NEP")  # gC·m⁻²·a⁻¹: summarised in one pass each

# Colours of the vegetation types when the style file has none for a code.
VEGETATION_COLOURS = {
    0: (200, 200, 200), 1: (0, 100, 0), 2: (26, 152, 80), 3: (102, 166, 30), 4: (166, 217, 106),
    5: (60, 130, 60), 6: (217, 179, 102), 7: (240, 228, 66), 8: (255, 187, 120),
}  # fmt: skip

SHIPPED_DISTRICTS = "shenzhen_districts.gpkg"


def check_fields(role: str, found: Sequence[str], label: str) -> None:
    """Refuse a table that is not the algorithm output the parameter expects."""
    expected_by, fields = TABLES[role]
    missing = [name for name in fields if name not in set(found)]
    if missing:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: this table is not a {expected_by} table: the "
                "field(s) {missing} are missing. Expected the fields {fields}; found {found}. "
                "Give the {expected_by} output here."),
            name=label,
            expected_by=expected_by,
            missing=", ".join(missing),
            fields=", ".join(fields),
            found=", ".join(found) or Message(NONE),
        )  # fmt: skip


def _signed(value: float) -> str:
    """A whole number with a real minus sign (−40), as the report writes figures in text."""
    return f"{value:,.0f}".replace("-", "−")


def number(value) -> float | None:
    """A table value as a float (None for NULL, text that is no number, NaN or ±inf)."""
    if value is None or isinstance(value, bool):
        return None if value is None else float(value)
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    return result if math.isfinite(result) else None


# --------------------------------------------------------------------------------------------
# Input data


@dataclass
class RasterInput:
    role: str
    path: str
    grid: GridInfo
    summary: RasterSummary | None = None
    sha256: str = ""

    @property
    def name(self) -> str:
        return display_value(self.path)


@dataclass
class TableInput:
    role: str
    name: str  # how the user knows it (layer or file name)
    rows: list[dict]
    path: str = ""  # the file, if any
    sha256: str = ""


@dataclass
class ZonesInput:
    name: str
    path: str
    field: str
    names: list[str]
    sha256: str = ""

    @property
    def shipped(self) -> bool:
        return display_value(self.path) == SHIPPED_DISTRICTS


@dataclass
class ReportData:
    language: str = "en"
    title: str = ""
    study_area: str = ""
    year: str = ""
    organisation: str = ""  # who hands the report in (the cover page)
    sample_data: bool = False  # the user says the inputs are generated sample data
    data_sources: str = ""
    warnings: list[str] = field(default_factory=list)
    rasters: dict[str, RasterInput] = field(default_factory=dict)
    tables: dict[str, TableInput] = field(default_factory=dict)
    zones: ZonesInput | None = None
    scatter: str = ""
    scatter_sha256: str = ""
    threshold: float | None = None
    plot_stratum_field: str = "stratum"  # groups of the scatter plot drawn from CHECKED_PLOTS
    provenance: Provenance = field(default_factory=Provenance)
    grid_notes: list[tuple[str, str, list[str]]] = field(default_factory=list)
    environment: dict[str, str] = field(default_factory=dict)
    created: str = ""

    def rows(self, role: str) -> list[dict]:
        table = self.tables.get(role)
        return table.rows if table is not None else []

    def totals(self) -> dict[str, float | None]:
        return {row.get("quantity"): number(row.get("value")) for row in self.rows("TOTALS")}


# --------------------------------------------------------------------------------------------
# The document


class Builder:
    def __init__(self, data: ReportData):
        self.data = data
        self.v = Vocabulary(data.language)
        self.figure_count = 0
        self.map_captions: dict[str, str] = {}  # role → caption without its number
        self.table_count = 0

    # --- numbering ---------------------------------------------------------------------------

    def figure(self, figure_id: str, caption: str, **options) -> Figure:
        self.figure_count += 1
        return Figure(figure_id, self.v("figure_n", self.figure_count, caption), **options)

    def table(self, table_id: str, caption: str, columns, rows, note: str = "") -> Table:
        self.table_count += 1
        return Table(table_id, self.v("table_n", self.table_count, caption), columns, rows, note)

    def not_provided(self, section: Section, *parameters: str) -> Section:
        section.provided = False
        section.add(Paragraph(self.v("not_provided", ", ".join(parameters)), "note"))
        return section

    # --- the whole report --------------------------------------------------------------------

    def build(self) -> Document:
        v, data = self.v, self.data
        subtitle = " · ".join(
            part
            for part in (data.study_area, v("year_label", data.year) if data.year else "")
            if part
        )
        document = Document(
            title=data.title or v("default_title"),
            subtitle=subtitle,
            language=data.language,
            banner=v("sample_banner") if self.is_sample() else "",
            footer=v("footer", data.environment.get("plugin", ""), data.created),
            contents_title=v("contents"),
            appendix_label=v("appendix_n"),
            part_label=v("table_part"),
            cover=[
                (v("study_area"), data.study_area),
                (v("year"), data.year),
                (v("organisation"), data.organisation),
                (v("report_date"), data.created.split(" ")[0] if data.created else ""),
            ],
        )
        warnings = self.warnings()
        # Decision (issue 18): what a reader needs first, the parameter dump and the file
        # checksums last, as appendices A and B.
        maps = self.map_section()
        document.sections = [
            self.summary_section(warnings, maps),
            self.data_section(),
            maps,
            self.district_section(),
            self.type_section(),
            self.grade_section(),
            self.trend_section(),
            self.groundcheck_section(),
            self.warning_section(warnings),
            self.parameter_section(),
            self.provenance_section(),
        ]
        for section in document.sections[-2:]:
            section.appendix = True
        return document

    def is_sample(self) -> bool:
        return self.data.sample_data or bool(self.data.provenance.sample_files)

    # --- 1 summary ---------------------------------------------------------------------------

    def headline(self) -> tuple[list[KeyFigure], str]:
        """The key figures and where they come from: TOTALS, else the zone table, else the
        NEP raster."""
        v, data = self.v, self.data
        unit_flux = "gC·m⁻²·a⁻¹"
        totals = data.totals()
        if totals:
            items = [
                KeyFigure(v("kf_nep_tc"), totals.get("total_nep_tc"), "tC·a⁻¹", key="nep_tc"),
                KeyFigure(
                    v("kf_nep_tco2"),
                    totals.get("total_nep_tco2"),
                    "tCO₂·a⁻¹",
                    note=self.interval_note(totals),
                    key="nep_tco2",
                ),
                KeyFigure(
                    v("kf_mean_nep"), totals.get("mean_nep_vegetated"), unit_flux, 1, key="mean_nep"
                ),
                KeyFigure(
                    v("kf_sink_area"), totals.get("sink_area_km2"), "km²", 2, key="sink_area"
                ),
                KeyFigure(
                    v("kf_source_area"), totals.get("source_area_km2"), "km²", 2, key="source_area"
                ),
                KeyFigure(
                    v("kf_veg_area"), totals.get("vegetated_area_km2"), "km²", 2, key="veg_area"
                ),
                KeyFigure(v("kf_npp_tc"), totals.get("total_npp_tc"), "tC·a⁻¹", key="npp_tc"),
                KeyFigure(v("kf_rh_tc"), totals.get("total_rh_tc"), "tC·a⁻¹", key="rh_tc"),
            ]
            return items, v("kf_from_totals")
        zones = data.rows("ZONAL_TABLE")
        if zones:

            def total(key):
                values = [number(row.get(key)) for row in zones]
                values = [x for x in values if x is not None]
                return sum(values) if values else None

            veg = total("veg_km2")
            weighted = [
                (number(r.get("nep_mean")), number(r.get("veg_km2")))
                for r in zones
                if number(r.get("nep_mean")) is not None and number(r.get("veg_km2"))
            ]
            mean = sum(m * a for m, a in weighted) / veg if weighted and veg else None
            items = [
                KeyFigure(v("kf_nep_tc"), total("nep_tc"), "tC·a⁻¹", key="nep_tc"),
                KeyFigure(v("kf_nep_tco2"), total("nep_tco2"), "tCO₂·a⁻¹", key="nep_tco2"),
                KeyFigure(v("kf_mean_nep"), mean, unit_flux, 1, key="mean_nep"),
                KeyFigure(v("kf_sink_area"), total("sink_km2"), "km²", 2, key="sink_area"),
                KeyFigure(v("kf_source_area"), total("source_km2"), "km²", 2, key="source_area"),
                KeyFigure(v("kf_veg_area"), veg, "km²", 2, key="veg_area"),
                KeyFigure(v("kf_npp_tc"), total("npp_tc"), "tC·a⁻¹", key="npp_tc"),
            ]
            return items, v("kf_from_zones")
        nep = data.rasters.get("NEP")
        if nep is not None and nep.summary is not None:
            s = nep.summary
            mean_note = (
                v("kf_mean_over_veg") if s.vegetated_m2 is not None else v("kf_mean_over_nonzero")
            )
            items = [
                KeyFigure(v("kf_nep_tc"), s.total_t, "tC·a⁻¹", key="nep_tc"),
                KeyFigure(
                    v("kf_nep_tco2"),
                    s.total_t * core_parameters.CO2_PER_C,
                    "tCO₂·a⁻¹",
                    key="nep_tco2",
                ),
                KeyFigure(
                    v("kf_mean_nep"), s.mean_vegetated, unit_flux, 1, mean_note, key="mean_nep"
                ),
                KeyFigure(v("kf_sink_area"), s.positive_m2 / 1e6, "km²", 2, key="sink_area"),
                KeyFigure(v("kf_source_area"), s.negative_m2 / 1e6, "km²", 2, key="source_area"),
            ]
            return items, v("kf_from_raster")
        return [], ""

    def summary_section(self, warnings: list[str], maps: Section | None = None) -> Section:
        v, data = self.v, self.data
        section = Section("summary", v("sec_summary"))
        area = data.study_area or v("unnamed_area")
        section.add(Paragraph(v("summary_intro", area, data.year or "—", data.created)))
        items, note = self.headline()
        if items:
            section.add(KeyFigures(items, note))
        else:
            self.not_provided(section, "TOTALS", "ZONAL_TABLE", "NEP")
        self.add_intervals(section)
        verdict = self.groundcheck_verdict()
        if verdict is not None:
            section.add(verdict)
        if warnings:
            section.add(Paragraph(v("summary_warnings", len(warnings)), "warning"))
        key_map = self.key_map(maps)
        if key_map is not None:
            section.add(key_map)
        return section

    def key_map(self, maps: Section | None) -> Figure | None:
        """The summary's map: NEP, else the sink classes, else the first map (drawn again
        from the same request, numbered as a figure of its own)."""
        figures = [b for b in (maps.blocks if maps else []) if isinstance(b, Figure) and b.map]
        if not figures:
            return None
        order = {"NEP": 0, "SINK_CLASS": 1, "GRADE": 2}
        chosen = min(figures, key=lambda f: order.get(f.map.role, 9))
        caption = self.map_captions.get(chosen.map.role, "")
        return Figure("summary_map", caption, map=chosen.map, width=chosen.width)

    def interval_note(self, totals: dict) -> str:
        """The carbon sink's 95 % interval under its headline figure (issue 16), if given."""
        low, high = totals.get("total_nep_tco2_low"), totals.get("total_nep_tco2_high")
        if low is None or high is None:
            return ""
        return self.v("kf_interval", _mega(low), _mega(high))

    def add_intervals(self, section: Section) -> None:
        """The 95 % intervals of the totals (rows <quantity>_low/_high of TOTALS, written by the
        workflow from core/uncertainty.py): one sentence and a table."""
        v, totals = self.v, self.data.totals()
        keys = ("total_npp_tc", "total_rh_tc", "total_nep_tc", "total_nep_tco2")
        rows = [
            (v(f"interval_{key}"), totals.get(key), totals.get(f"{key}_low"),
             totals.get(f"{key}_high"))
            for key in keys
            if totals.get(f"{key}_low") is not None and totals.get(key) is not None
        ]  # fmt: skip
        if not rows:
            return
        sink = totals.get("total_nep_tco2")
        if sink is not None and totals.get("total_nep_tco2_low") is not None:
            section.add(
                Paragraph(
                    v(
                        "summary_interval",
                        _mega(sink),
                        _mega(totals["total_nep_tco2_low"]),
                        _mega(totals["total_nep_tco2_high"]),
                    )
                )
            )
        columns = [
            Column("quantity", v("item")),
            Column("value", v("interval_estimate"), "number"),
            Column("low", v("interval_low"), "number"),
            Column("high", v("interval_high"), "number"),
        ]
        section.add(self.table("intervals", v("tab_intervals"), columns, rows,
                               v("interval_note")))  # fmt: skip

    # --- 2 study area and data ---------------------------------------------------------------

    def data_section(self) -> Section:
        v, data = self.v, self.data
        section = Section("data", v("sec_data"))
        rows = [[v("study_area"), data.study_area or "—"], [v("year"), data.year or "—"]]
        zones = data.zones
        if zones is not None:
            rows.append([v("zones"), f"{zones.name} ({v('zone_count', len(zones.names))})"])
            rows.append([v("zone_field"), zones.field])
        area = self.study_area_km2()
        if area is not None:
            rows.append([v("zone_area"), f"{area:,.2f} km²"])
        grids = [r.grid for r in data.rasters.values()]
        if grids:
            g = grids[0]
            rows.append([v("crs"), g.crs or "—"])
            rows.append([v("pixel_size"), self.pixel_text(g)])
            rows.append(
                [
                    v("extent"),
                    " – ".join(
                        f"({x:,.0f}, {y:,.0f})"
                        for x, y in ((g.bounds[0], g.bounds[1]), (g.bounds[2], g.bounds[3]))
                    ),
                ]
            )
        section.add(
            self.table(
                "study_area",
                v("tab_study_area"),
                [Column("item", v("item")), Column("value", v("value"))],
                rows,
            )
        )
        if self.is_sample():
            files = ", ".join(data.provenance.sample_files) or v("sample_by_parameter")
            section.add(Paragraph(v("sample_data_note", files), "warning"))

        roles = [role for role in RASTER_ROLES if role in data.rasters]
        inputs = []
        for role in roles:
            r = data.rasters[role]
            inputs.append(
                [
                    v(f"role_{role}"),
                    r.name,
                    f"{r.grid.width} × {r.grid.height}",
                    self.pixel_text(r.grid),
                    self.origin_of(r.name),
                ]
            )
        for role in TABLES:
            table = data.tables.get(role)
            if table is not None:
                origin = self.table_origin(table)
                inputs.append(
                    [v(f"role_{role}"), table.name, v("rows_n", len(table.rows)), "", origin]
                )
        if zones is not None:
            origin = v("origin_districts") if zones.shipped else v("origin_user")
            inputs.append([v("zones"), zones.name, v("zone_count", len(zones.names)), "", origin])
        if data.scatter:
            inputs.append(
                [v("role_SCATTER"), display_value(data.scatter), "", "", v("origin_groundcheck")]
            )
        if inputs:
            section.add(
                self.table(
                    "inputs",
                    v("tab_inputs"),
                    [
                        Column("role", v("data")),
                        Column("file", v("file"), "code"),
                        Column("size", v("size")),
                        Column("pixel", v("pixel_size")),
                        Column("origin", v("origin")),
                    ],
                    inputs,
                )
            )
        else:
            self.not_provided(section, *RASTER_ROLES)
        if data.grid_notes:
            lines = [
                v("grid_differs", v(f"role_{other}"), v(f"role_{first}"), v("list_sep").join(diff))
                for first, other, diff in data.grid_notes
            ]
            section.add(Paragraph(v("grids_note"), "note"))
            section.add(BulletList(lines))
        sources = [line.strip() for line in data.data_sources.splitlines() if line.strip()]
        if zones is not None and zones.shipped:
            sources.append(v("districts_source"))
        if sources:
            section.add(Paragraph(v("data_sources") + ":"))
            section.add(BulletList(sources))
        return section

    @staticmethod
    def pixel_text(grid: GridInfo) -> str:
        unit = "°" if grid.geographic else " m"
        if grid.pixel_x == grid.pixel_y:
            return f"{grid.pixel_x:g}{unit}"
        return f"{grid.pixel_x:g}{unit} × {grid.pixel_y:g}{unit}"

    def study_area_km2(self) -> float | None:
        rows = self.data.rows("ZONAL_TABLE")
        values = [number(r.get("poly_km2")) for r in rows]
        values = [x for x in values if x is not None]
        if values:
            return sum(values)
        values = [x for x in (number(r.get("area_km2")) for r in rows) if x is not None]
        return sum(values) if values else None

    def table_origin(self, table: TableInput) -> str:
        """Where a table came from. Tables carry no processing record, but the report accepts
        a table only with the fields of the algorithm output its parameter names (check_fields),
        so it is that output, not something "given by the user"."""
        origin = self.origin_of(display_value(table.path or table.name))
        if origin != self.v("origin_user"):
            return origin
        algorithm = TABLES[table.role][0].split(" ")[0]
        return self.v("origin_table", algorithm)

    def origin_of(self, name: str) -> str:
        v, prov = self.v, self.data.provenance
        if name in prov.sample_files:
            return v("origin_sample")
        for run in prov.runs:
            if name in run.outputs:
                return v("origin_run", run.algorithm, run.version)
        return v("origin_user")

    # --- 3 parameters ------------------------------------------------------------------------

    def parameter_section(self) -> Section:
        v, prov = self.v, self.data.provenance
        section = Section("parameters", v("sec_parameters"))
        if not prov.runs:
            section.provided = False
            section.add(Paragraph(v("no_provenance"), "note"))
            return section
        section.add(Paragraph(v("parameters_intro")))
        groups: dict[str, list] = {}
        for run in prov.runs:  # in the order they ran
            groups.setdefault(run.algorithm, []).append(run)
        for index, (algorithm, runs) in enumerate(groups.items(), start=1):
            # repeated runs (e.g. one per year) side by side in the order of their output files
            runs = sorted(runs, key=lambda run: sorted(run.outputs))
            keys = sorted({key for run in runs for key in run.parameters})
            rows = [
                [key, *(display_value(run.parameters.get(key, "")) for run in runs)] for key in keys
            ]
            if len(runs) == 1:
                run = runs[0]
                caption = v("tab_run", algorithm, run.version or "?", run.created or "?",
                            ", ".join(run.outputs))  # fmt: skip
                columns = [Column("value", v("value"), "code")]
            else:  # one column per run (e.g. one per year), headed by the file it wrote
                versions = ", ".join(sorted({run.version or "?" for run in runs}))
                caption = v("tab_runs", algorithm, versions, len(runs))
                columns = [Column(f"run_{i}", run.outputs[0] if run.outputs else str(i), "code")
                           for i, run in enumerate(runs, start=1)]  # fmt: skip
            columns = [Column("parameter", v("parameter"), "code"), *columns]
            section.add(self.table(f"parameters_{index}", caption, columns, rows))
        return section

    # --- 4 maps ------------------------------------------------------------------------------

    def map_section(self) -> Section:
        v, data = self.v, self.data
        section = Section("maps", v("sec_maps"))
        requests = [
            self.map_request(role, style, kind)
            for role, style, kind in MAPS
            if role in data.rasters
        ]
        if not requests:
            return self.not_provided(section, *RASTER_ROLES)
        section.add(Paragraph(v("maps_intro")))
        if data.grid_notes:
            section.add(Paragraph(v("maps_own_grid"), "note"))
        for request in requests:
            caption = v(f"map_{request.role}")
            summary = data.rasters[request.role].summary
            if summary is not None and summary.valid_m2 > 0:
                caption += " — " + v(
                    "map_range",
                    summary.minimum,
                    summary.maximum,
                    summary.mean if summary.mean is not None else math.nan,
                )
                caption = re.sub(r"-(?=\d)", "−", caption)  # a real minus, as in the tables
            self.map_captions[request.role] = caption
            section.add(self.figure(f"map_{request.role.lower()}", caption, map=request))
        return section

    def map_request(self, role: str, style: str, kind: str) -> MapRequest:
        v, data = self.v, self.data
        request = MapRequest(
            role=role,
            path=data.rasters[role].path,
            style=style,
            legend_title=v(f"legend_{role}"),
            boundary_label=v("legend_boundary") if data.zones is not None else "",
            stretch=kind if kind in ("diverging", "percentile") else "style",
        )
        if role == "NEP":
            request.minimum_label, request.maximum_label = v("word_source"), v("word_sink")
        if kind == "classes":
            request.classes = self.map_classes(role)
        return request

    def map_classes(self, role: str) -> list[tuple[int, tuple | None, str]]:
        v = self.v
        if role == "SINK_CLASS":
            return [(code, _rgb(colour), v.pick(en, zh)) for code, en, zh, colour in SINK_CLASSES]
        if role == "TREND_CLASS":
            ranges = {
                1: f"Z < −{Z_SIGNIFICANT}",
                2: f"−{Z_SIGNIFICANT} ≤ Z < −{Z_SLIGHT}",
                3: f"|Z| ≤ {Z_SLIGHT}",
                4: f"{Z_SLIGHT} < Z ≤ {Z_SIGNIFICANT}",
                5: f"Z > {Z_SIGNIFICANT}",
            }
            return [
                (code, CLASS_COLOURS[code - 1], f"{v.pick(en, zh)} ({ranges[code]})")
                for code, en, zh in CLASS_NAMES
            ]
        if role == "GRADE":
            return [(g.code, colour, label) for g, colour, label in self.grades()]
        # VEGETATION
        codes = sorted(
            {
                int(c)
                for c in (number(r.get("code")) for r in self.data.rows("TYPE_TABLE"))
                if c is not None
            }
        ) or list(range(0, 9))
        return [(c, VEGETATION_COLOURS.get(c), self.type_name(c)) for c in codes]

    def type_name(self, code: int) -> str:
        return self.v.pick(*core_parameters.type_names(code))

    def grades(self) -> list[tuple[core_grades.Grade, tuple, str]]:
        """(grade, colour, legend label) from GRADE_TABLE, else the default break table."""
        rows = self.data.rows("GRADE_TABLE")
        if rows:
            grades = []
            for row in sorted(rows, key=lambda r: number(r.get("grade")) or 0):
                lower, upper = number(row.get("lower")), number(row.get("upper"))
                grades.append(
                    core_grades.Grade(
                        int(number(row.get("grade")) or 0),
                        -math.inf if lower is None else lower,
                        math.inf if upper is None else upper,
                        str(row.get("label") or ""),
                    )
                )
        else:
            grades = core_grades.default_grades()
        colours = core_grades.grade_colours(grades)
        return [
            (g, colour, f"{self.grade_label(g.label)} ({self.range_text(g.lower, g.upper)})")
            for g, colour in zip(grades, colours)
        ]

    def grade_label(self, label: str) -> str:
        """Default grade names in the report's language; any other label as it is."""
        for _lower, _upper, en, zh in core_parameters.GRADE_BREAKS:
            if label in (en, zh):
                return self.v.pick(en, zh)
        return label

    @staticmethod
    def range_text(lower: float, upper: float) -> str:
        if not math.isfinite(lower):
            return f"< {upper:g}"
        if not math.isfinite(upper):
            return f"≥ {lower:g}"
        return f"{lower:g} – {upper:g}"

    # --- 5 districts -------------------------------------------------------------------------

    def district_section(self) -> Section:
        v = self.v
        section = Section("districts", v("sec_districts"))
        rows = self.data.rows("ZONAL_TABLE")
        if not rows:
            return self.not_provided(section, "ZONAL_TABLE")
        ranked = sorted(
            rows, key=lambda r: (number(r.get("rank")) or math.inf, number(r.get("zone_id")) or 0)
        )
        has_npp = any(number(r.get("npp_tc")) is not None for r in rows)
        columns = [
            Column("rank", v("rank"), "number"),
            Column("zone", v("zone")),
            Column("area_km2", v("col_area_km2"), "number", 2),
            Column("veg_pct", v("col_veg_pct"), "number", 1),
            *([Column("npp_tc", v("col_npp_tc"), "number", 0)] if has_npp else []),
            Column("nep_tc", v("col_nep_tc"), "number", 0),
            Column("nep_tco2", v("col_nep_tco2"), "number", 0),
            Column("nep_mean", v("col_nep_mean"), "number", 1),
            Column("co2_per_ha", v("col_co2_per_ha"), "number", 2),
            Column("share_pct", v("col_share_pct"), "number", 1),
        ]
        table_rows = [[row.get(c.key) for c in columns] for row in ranked]
        section.add(self.table("districts", v("tab_districts"), columns, table_rows))
        top = ranked[0]
        if number(top.get("nep_tco2")) is not None:
            section.add(
                Paragraph(
                    v(
                        "districts_top",
                        top.get("zone"),
                        number(top.get("nep_tco2")),
                        number(top.get("share_pct")) or 0.0,
                    )
                )
            )
        sources = [r for r in ranked if (number(r.get("nep_tco2")) or 0) < 0]
        if sources:
            names = ", ".join(str(r.get("zone")) for r in sources)
            section.add(Paragraph(v("districts_sources", names)))
        bars = [r for r in ranked if number(r.get("nep_tco2")) is not None]
        chart = charts.Bars(
            labels=[str(r.get("zone")) for r in bars],
            values=[number(r.get("nep_tco2")) for r in bars],
            x_label=v("chart_nep_tco2"),
        )
        section.add(self.figure("district_chart", v("fig_district_chart"), chart=chart, width=90))
        return section

    # --- 6 vegetation types ------------------------------------------------------------------

    def type_section(self) -> Section:
        v = self.v
        section = Section("types", v("sec_types"))
        rows = self.data.rows("TYPE_TABLE")
        if not rows:
            return self.not_provided(section, "TYPE_TABLE")
        ordered = sorted(rows, key=lambda r: -(number(r.get("nep_tc")) or 0.0))
        name_key = "type_zh" if self.data.language == "zh" else "type_en"
        columns = [
            Column("code", v("code"), "number"),
            Column(name_key, v("vegetation_type")),
            Column("area_km2", v("col_area_km2"), "number", 2),
            Column("area_pct", v("col_area_pct"), "number", 1),
            Column("nep_tc", v("col_nep_tc"), "number", 0),
            Column("nep_tco2", v("col_nep_tco2"), "number", 0),
            Column("nep_mean", v("col_nep_mean"), "number", 1),
            Column("share_pct", v("col_share_pct"), "number", 1),
        ]
        table_rows = [[row.get(c.key) for c in columns] for row in ordered]
        section.add(self.table("types", v("tab_types"), columns, table_rows))
        vegetated = [r for r in ordered if number(r.get("code")) not in (None, 0)]
        if vegetated:
            top = vegetated[0]
            section.add(
                Paragraph(v("types_top", top.get(name_key), number(top.get("share_pct")) or 0.0))
            )
        return section

    # --- 7 grades ----------------------------------------------------------------------------

    def grade_section(self) -> Section:
        v = self.v
        section = Section("grades", v("sec_grades"))
        rows = self.data.rows("GRADE_TABLE")
        if not rows:
            return self.not_provided(section, "GRADE_TABLE")
        grades = self.grades()
        by_code = {int(number(r.get("grade")) or 0): r for r in rows}
        columns = [
            Column("grade", v("grade"), "number"),
            Column("label", v("grade_name")),
            Column("range", v("col_range")),
            Column("area_km2", v("col_area_km2"), "number", 2),
            Column("area_pct", v("col_area_pct"), "number", 1),
            Column("nep_tco2", v("col_nep_tco2"), "number", 0),
        ]
        table_rows = []
        for grade, _colour, _label in grades:
            row = by_code.get(grade.code, {})
            table_rows.append(
                [
                    grade.code,
                    self.grade_label(grade.label),
                    self.range_text(grade.lower, grade.upper) + " gC·m⁻²·a⁻¹",
                    row.get("area_km2"),
                    row.get("area_pct"),
                    row.get("nep_tco2"),
                ]
            )
        section.add(self.table("grades", v("tab_grades"), columns, table_rows))
        chart = charts.Bars(
            labels=[self.grade_label(g.label) for g, _c, _l in grades],
            values=[number(by_code.get(g.code, {}).get("area_km2")) or 0.0 for g, _, _ in grades],
            colours=["#{:02x}{:02x}{:02x}".format(*colour) for _g, colour, _l in grades],
            x_label=v("chart_grade_area"),
            decimals=1,
        )
        section.add(self.figure("grade_chart", v("fig_grade_chart"), chart=chart, width=80))
        return section

    # --- 8 trend -----------------------------------------------------------------------------

    def trend_section(self) -> Section:
        v = self.v
        section = Section("trend", v("sec_trend"))
        rows = self.data.rows("TREND_TABLE")
        if not rows:
            if "TREND_CLASS" in self.data.rasters or "SLOPE" in self.data.rasters:
                section.add(Paragraph(v("trend_maps_only")))
                return section
            return self.not_provided(section, "TREND_TABLE", "TREND_CLASS", "SLOPE")
        first = [number(r.get("first_year")) for r in rows if number(r.get("first_year"))]
        last = [number(r.get("last_year")) for r in rows if number(r.get("last_year"))]
        count = max([int(number(r.get("years")) or 0) for r in rows] or [0])
        tc_first = sum(number(r.get("tc_first")) or 0.0 for r in rows)
        tc_last = sum(number(r.get("tc_last")) or 0.0 for r in rows)
        change = tc_last - tc_first
        percent = change / abs(tc_first) * 100.0 if tc_first else math.nan
        section.add(
            Paragraph(
                v(
                    "trend_summary",
                    int(min(first)) if first else "?",
                    int(max(last)) if last else "?",
                    count,
                    tc_first,
                    tc_last,
                    change,
                    percent,
                )
            )
        )
        series = count >= 3
        columns = [
            Column("zone", v("zone")),
            Column("mean_first", v("col_mean_first"), "number", 1),
            Column("mean_last", v("col_mean_last"), "number", 1),
            Column("change_tc", v("col_change_tc"), "number", 0),
            Column("change_pct", v("col_change_pct"), "number", 1),
        ]
        if series:
            columns += [
                Column("slope_mean", v("col_slope"), "number", 2),
                Column("siginc_pct", v("col_siginc"), "number", 1),
                Column("stable_pct", v("col_stable"), "number", 1),
                Column("sigdec_pct", v("col_sigdec"), "number", 1),
            ]
            area = sum(number(r.get("area_km2")) or 0.0 for r in rows)
            if area > 0:
                shares = {
                    key: sum(
                        (number(r.get(key)) or 0.0) * (number(r.get("area_km2")) or 0.0)
                        for r in rows
                    )
                    / area
                    for key in (
                        "siginc_pct",
                        "sliinc_pct",
                        "stable_pct",
                        "slidec_pct",
                        "sigdec_pct",
                    )
                }
                section.add(
                    Paragraph(
                        v(
                            "trend_classes",
                            shares["siginc_pct"],
                            shares["sliinc_pct"],
                            shares["stable_pct"],
                            shares["slidec_pct"],
                            shares["sigdec_pct"],
                        )
                    )
                )
            largest = core_trend.largest_possible_z(count)
            if largest <= Z_SLIGHT:
                needed = [
                    next(n for n in range(3, 100) if core_trend.largest_possible_z(n) > z)
                    for z in (Z_SLIGHT, Z_SIGNIFICANT)
                ]
                section.add(Paragraph(v("trend_short", count, largest, *needed), "note"))
        else:
            section.add(Paragraph(v("trend_two_years"), "note"))
        table_rows = [[row.get(c.key) for c in columns] for row in rows]
        section.add(self.table("trend", v("tab_trend"), columns, table_rows))
        return section

    # --- 9 ground check ----------------------------------------------------------------------

    def overall_metrics(self) -> dict | None:
        rows = self.data.rows("METRICS")
        overall = [r for r in rows if str(r.get("scope")) == "all"]
        return overall[0] if overall else None

    def groundcheck_verdict(self) -> Paragraph | None:
        overall = self.overall_metrics()
        if overall is None:
            return None
        v = self.v
        accuracy = number(overall.get("accuracy"))
        passed = number(overall.get("passed")) == 1
        text = v(
            "gc_passed" if passed else "gc_failed",
            accuracy if accuracy is not None else math.nan,
            int(number(overall.get("n")) or 0),
        )
        if self.data.threshold is not None:
            text += " " + v("gc_threshold", self.data.threshold)
        return Paragraph(text, "ok" if passed else "fail")

    def groundcheck_section(self) -> Section:
        v, data = self.v, self.data
        section = Section("groundcheck", v("sec_groundcheck"))
        rows = data.rows("METRICS")
        if not rows and not data.scatter and not data.rows("CHECKED_PLOTS"):
            return self.not_provided(section, "METRICS", "CHECKED_PLOTS", "SCATTER")
        verdict = self.groundcheck_verdict()
        if verdict is not None:
            section.add(verdict)
        if rows:
            columns = [
                Column("stratum_name", v("stratum")),
                Column("n", "n", "number"),
                Column("r2", "r²", "number", 3),
                Column("rmse", v("col_rmse"), "number", 1),
                Column("mae", v("col_mae"), "number", 1),
                Column("bias", v("col_bias"), "number", 1),
                Column("mre", v("col_mre"), "number", 3),
                Column("accuracy", v("col_accuracy"), "number", 3),
            ]
            ordered = sorted(rows, key=lambda r: str(r.get("scope")) != "all")
            table_rows = []
            for row in ordered:
                values = [row.get(c.key) for c in columns]
                if str(row.get("scope")) == "all":
                    values[0] = v("all_plots")
                else:
                    values[0] = self.stratum_name(row)
                table_rows.append(values)
            section.add(
                self.table("metrics", v("tab_metrics"), columns, table_rows, v("metrics_note"))
            )
        else:
            section.add(Paragraph(v("not_provided", "METRICS"), "note"))
        chart = self.scatter()
        if chart is not None:  # drawn in the report's language
            section.add(self.figure("scatter", v("fig_scatter"), chart=chart, width=70))
        elif data.scatter:  # the ground check's own PNG
            section.add(self.figure("scatter", v("fig_scatter"), image=data.scatter, width=70))
        return section

    def scatter(self) -> charts.Scatter | None:
        """The measured-against-model plot from CHECKED_PLOTS (plots not excluded), with the
        1:1 and least-squares lines and the metrics of these plots (core.groundcheck)."""
        v, data = self.v, self.data
        points = []
        for row in data.rows("CHECKED_PLOTS"):
            measured, model = number(row.get("measured_c")), number(row.get("model"))
            if number(row.get("excluded")) or measured is None or model is None:
                continue
            code = core_groundcheck.parse_type(row.get(data.plot_stratum_field))
            points.append((measured, model, code))
        if not points:
            return None
        result = core_groundcheck.metrics([p[0] for p in points], [p[1] for p in points])
        groups = [p[2] for p in points]
        unit = "gC·m⁻²·a⁻¹"
        notes = [
            f"n = {result.n}",
            f"r² = {result.r2:.3f}" if math.isfinite(result.r2) else "r² = –",
            f"RMSE = {result.rmse:.1f} {unit}",
            f"{v('word_bias')} = {result.bias:+.1f} {unit}",
            f"{v('word_accuracy')} = {result.accuracy:.3f}",
        ]
        verdict = self.overall_metrics()
        if verdict is not None:
            notes.append(v("gc_ok") if number(verdict.get("passed")) == 1 else v("gc_not_ok"))
        line = (
            f"y = {result.intercept:.1f} + {result.slope:.3f}·x"
            if math.isfinite(result.slope)
            else ""
        )
        return charts.Scatter(
            x=[p[0] for p in points],
            y=[p[1] for p in points],
            x_label=v("scatter_x", unit),
            y_label=v("scatter_y", unit),
            groups=groups if any(g is not None for g in groups) else None,
            group_labels={g: self.type_name(g) for g in set(groups) if g is not None},
            slope=result.slope,
            intercept=result.intercept,
            notes=notes,
            one_to_one_label=v("scatter_one_to_one"),
            regression_label=v("scatter_regression", line),
        )

    def stratum_name(self, row: Mapping) -> str:
        code = number(row.get("stratum"))
        if code is not None and code == int(code):
            return f"{int(code)} {self.type_name(int(code))}"
        return str(row.get("stratum_name") or row.get("stratum") or "")

    # --- 10 warnings -------------------------------------------------------------------------

    def warnings(self) -> list[str]:
        """The run's warnings (WARNINGS), then the report's own checks."""
        v, data = self.v, self.data
        found = [line.strip() for line in data.warnings if line.strip()]
        if self.is_sample():
            found.append(v("warn_sample"))
        npp = self.mean_npp_vegetated()
        if plausibility.above_limit(npp, NPP_LIMIT):
            found.append(v("warn_npp", npp, NPP_LIMIT))
        nep = self.mean_nep()
        if plausibility.above_limit(nep, NEP_LIMIT):
            found.append(v("warn_nep", nep, NEP_LIMIT))
        for first, other, differences in data.grid_notes:
            found.append(
                v(
                    "grid_differs",
                    v(f"role_{other}"),
                    v(f"role_{first}"),
                    v("list_sep").join(differences),
                )
            )
        overall = self.overall_metrics()
        if overall is not None and data.threshold is not None:
            accuracy = number(overall.get("accuracy"))
            passed = number(overall.get("passed")) == 1
            if accuracy is not None and passed and accuracy < data.threshold:
                found.append(v("warn_threshold", accuracy, data.threshold))
        return found

    def mean_npp_vegetated(self) -> float | None:
        """Mean NPP over vegetated land, gC·m⁻²·a⁻¹: the NPP raster, else TOTALS."""
        npp = self.data.rasters.get("NPP")
        if npp is not None and npp.summary is not None:
            return npp.summary.mean_vegetated
        totals = self.data.totals()
        return plausibility.mean_flux(totals.get("total_npp_tc"), totals.get("vegetated_area_ha"))

    def mean_nep(self) -> float | None:
        """City mean NEP over vegetated land: TOTALS, else the zone table, else the raster."""
        for item in self.headline()[0]:
            if item.key == "mean_nep":
                return item.value
        return None

    def check_text(self, value: float | None, limit: float) -> str:
        v = self.v
        if value is None:
            return v("check_none")
        verdict = v("check_high") if plausibility.above_limit(value, limit) else v("check_ok")
        return v("check_value", f"{value:,.0f}", verdict)

    def warning_section(self, warnings: list[str]) -> Section:
        v = self.v
        section = Section("warnings", v("sec_warnings"))
        checks = [
            v("check_npp", self.check_text(self.mean_npp_vegetated(), NPP_LIMIT), NPP_LIMIT),
            v("check_nep", self.check_text(self.mean_nep(), NEP_LIMIT), NEP_LIMIT),
        ]
        section.add(Paragraph(v("warnings_intro")))
        section.add(BulletList(checks))
        # The thresholds above are the unit-error ones of SPEC §7; the published regional
        # ranges are a separate, stricter judgement that the workflow makes (WARNINGS).
        npp_low, npp_high = plausibility.NPP_RANGE
        nep_low, nep_high = plausibility.NEP_RANGE
        ranges = [_signed(x) for x in (npp_low, npp_high, nep_low, nep_high)]
        section.add(Paragraph(v("checks_scope", *ranges), "note"))
        if warnings:
            section.add(BulletList(warnings, "warning"))
        else:
            section.add(Paragraph(v("no_warnings"), "ok"))
        return section

    # --- 11 provenance -----------------------------------------------------------------------

    def provenance_section(self) -> Section:
        v, data = self.v, self.data
        section = Section("provenance", v("sec_provenance"))
        env = data.environment
        rows = [
            [v("env_plugin"), env.get("plugin", "")],
            [v("env_qgis"), env.get("qgis", "")],
            [v("env_gdal"), env.get("gdal", "")],
            [v("env_python"), env.get("python", "")],
            [v("env_system"), env.get("system", "")],
            [v("env_created"), data.created],
            [v("env_language"), v("language_name")],
        ]
        section.add(
            self.table(
                "environment",
                v("tab_environment"),
                [Column("item", v("item")), Column("value", v("value"))],
                rows,
            )
        )
        checksums = []
        for role in RASTER_ROLES:
            r = data.rasters.get(role)
            if r is not None:
                checksums.append([role, r.name, r.sha256])
        for role in TABLES:
            t = data.tables.get(role)
            if t is not None:
                checksums.append([role, t.name, t.sha256 or v("in_memory")])
        if data.zones is not None:
            checksums.append(["ZONES", data.zones.name, data.zones.sha256 or v("in_memory")])
        if data.scatter:
            checksums.append(["SCATTER", display_value(data.scatter), data.scatter_sha256])
        if checksums:
            section.add(
                self.table(
                    "checksums",
                    v("tab_checksums"),
                    [
                        Column("parameter", v("parameter"), "code"),
                        Column("file", v("file"), "code"),
                        Column("sha256", "SHA-256", "code"),
                    ],
                    checksums,
                )
            )
        return section


def _mega(value: float) -> str:
    """Tonnes as millions with 2 decimals below 10 (2.75), 1 below 100: the report's sentence."""
    magnitude = abs(value) / 1e6
    digits = 2 if magnitude < 10 else 1 if magnitude < 100 else 0
    return f"{value / 1e6:.{digits}f}".replace("-", "−")


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def build(data: ReportData) -> Document:
    """The report's content for these inputs (see the module docstring)."""
    return Builder(data).build()
