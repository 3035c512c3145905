"""The one parameter table: vegetation types, land-cover presets and model constants.

Every constant of the method lives here with its source, and every one is exposed as an
algorithm parameter whose default comes from here (SPEC: "wherever the literature disagrees, the
constant is a parameter with a documented default").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from .errors import QT_TRANSLATE_NOOP, InputError

# Monthly series (SPEC §1): one GeoTIFF with 12 bands, band m = calendar month m.
MONTHS = 12
MONTH_DESCRIPTIONS = tuple(f"month={m:02d}" for m in range(1, MONTHS + 1))

NON_VEGETATED = 0


@dataclass(frozen=True)
class VegetationType:
    code: int
    name_en: str
    name_zh: str
    epsilon_max: float  # maximum light-use efficiency εmax, gC·MJ⁻¹
    ndvi_max: float
    ndvi_min: float


# SPEC §2.5, after Zhu Wenquan et al. (2006, 2007) as used in Chinese CASA practice.
# Published implementations also use εmax 0.768 for mixed forest and 0.494 for shrub.
VEGETATION_TYPES: tuple[VegetationType, ...] = (
    VegetationType(1, "Evergreen needleleaf forest", "常绿针叶林", 0.389, 0.647, 0.023),
    VegetationType(2, "Evergreen broadleaf forest", "常绿阔叶林", 0.985, 0.676, 0.023),
    VegetationType(3, "Deciduous needleleaf forest", "落叶针叶林", 0.485, 0.738, 0.023),
    VegetationType(4, "Deciduous broadleaf forest", "落叶阔叶林", 0.692, 0.747, 0.023),
    VegetationType(5, "Mixed needleleaf-broadleaf forest", "针阔混交林", 0.475, 0.702, 0.023),
    VegetationType(6, "Shrubland", "灌丛", 0.429, 0.636, 0.023),
    VegetationType(7, "Grassland / herbaceous wetland", "草地", 0.542, 0.634, 0.023),
    VegetationType(8, "Cropland", "耕地", 0.542, 0.634, 0.023),
)
NON_VEGETATED_NAME = ("Non-vegetated", "非植被")

# Columns of the vegetation-type matrix parameter (and of a type-table CSV), in order.
TYPE_TABLE_COLUMNS = ("code", "epsilon_max", "ndvi_max", "ndvi_min")


def type_names(code: int) -> tuple[str, str]:
    """(English, Chinese) name of a vegetation-type code."""
    if code == NON_VEGETATED:
        return NON_VEGETATED_NAME
    for vt in VEGETATION_TYPES:
        if vt.code == code:
            return vt.name_en, vt.name_zh
    return f"Type {code}", f"类型 {code}"


def default_type_table() -> dict[int, VegetationType]:
    return {vt.code: vt for vt in VEGETATION_TYPES}


def type_table_as_matrix(table: Mapping[int, VegetationType] | None = None) -> list[float]:
    """The table flattened row by row, as a QgsProcessingParameterMatrix value."""
    table = table or default_type_table()
    return [
        value
        for vt in sorted(table.values(), key=lambda v: v.code)
        for value in (vt.code, vt.epsilon_max, vt.ndvi_max, vt.ndvi_min)
    ]


def type_table_from_matrix(values: Sequence, name: str = "PARAMETERS") -> dict[int, VegetationType]:
    """Parse and check a flattened (code, εmax, NDVI_max, NDVI_min) table; messages name the
    table `name` (its parameter)."""
    width = len(TYPE_TABLE_COLUMNS)
    if len(values) % width:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the vegetation-type table needs {width} columns "
                "({columns}); got {count} values."),
            name=name,
            width=width,
            columns=", ".join(TYPE_TABLE_COLUMNS),
            count=len(values),
        )  # fmt: skip
    table = {}
    defaults = default_type_table()
    for start in range(0, len(values), width):
        row = values[start : start + width]
        try:
            code = int(float(row[0]))
            eps, vmax, vmin = (float(str(v).replace(",", ".")) for v in row[1:])
        except (TypeError, ValueError):
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: row {row} is not numeric: {cells}."),
                name=name,
                row=start // width + 1,
                cells=row,
            )
        if code == NON_VEGETATED:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: code 0 is non-vegetated and takes no "
                    "parameters."),
                name=name,
            )  # fmt: skip
        if code in table:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: vegetation type {code} appears twice."),
                name=name,
                code=code,
            )
        if not 0 < eps <= 5:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: εmax of type {code} is {value}; expected "
                    "gC·MJ⁻¹ between 0 and 5."),
                name=name,
                code=code,
                value=eps,
            )  # fmt: skip
        if not -1 <= vmin < vmax <= 1:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: type {code} needs −1 ≤ NDVI_min < NDVI_max ≤ "
                    "1; got NDVI_min={low}, NDVI_max={high}."),
                name=name,
                code=code,
                low=vmin,
                high=vmax,
            )  # fmt: skip
        base = defaults.get(code) or VegetationType(code, *type_names(code), eps, vmax, vmin)
        table[code] = replace(base, epsilon_max=eps, ndvi_max=vmax, ndvi_min=vmin)
    if not table:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the vegetation-type table is empty."), name=name
        )
    return table


# SPEC §2.5: land-cover class → vegetation-type code. Values not listed are "unmapped".
LAND_COVER_PRESETS: dict[str, dict[int, int]] = {
    "worldcover": {10: 2, 20: 6, 30: 7, 40: 8, 50: 0, 60: 0, 70: 0, 80: 0, 90: 7, 95: 2, 100: 0},
    "clcd": {1: 8, 2: 2, 3: 6, 4: 7, 5: 0, 6: 0, 7: 0, 8: 0, 9: 7},
    "globeland30": {10: 8, 20: 2, 30: 7, 40: 6, 50: 7, 60: 0, 70: 0, 80: 0, 90: 0, 100: 0},
    "mcd12q1": {
        1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 6, 8: 7, 9: 7, 10: 7, 11: 7,
        12: 8, 13: 0, 14: 8, 15: 0, 16: 0, 17: 0,
    },
    # CNLUCC (中国土地利用现状遥感监测数据, RESDC / 资源环境科学数据中心), second-level codes:
    # 11 水田, 12 旱地 → cropland; 21 有林地, 23 疏林地, 24 其他林地 → forest 2 (as the other
    # presets' undivided forest); 22 灌木林 → shrub; 31–33 草地 → grass; 41–46 水域 → 0;
    # 51–53 建设用地 → 0; 64 沼泽地 → 7 (herbaceous wetland); 61–63, 65–67 未利用地 → 0;
    # 99 海洋 → 0. Our addition to SPEC §2.5 (issue 17).
    "cnlucc": {
        11: 8, 12: 8, 21: 2, 22: 6, 23: 2, 24: 2, 31: 7, 32: 7, 33: 7,
        41: 0, 42: 0, 43: 0, 44: 0, 45: 0, 46: 0, 51: 0, 52: 0, 53: 0,
        61: 0, 62: 0, 63: 0, 64: 7, 65: 0, 66: 0, 67: 0, 99: 0,
    },
}  # fmt: skip


# --- CASA (SPEC §3) ------------------------------------------------------------------------
PAR_FRACTION = 0.5  # share of photosynthetically active radiation in total solar radiation
FPAR_MIN = 0.001
FPAR_MAX = 0.95
FPAR_ALPHA = 0.5  # weight of FPAR_NDVI against FPAR_SR
TEPS2_CONSTANT = 1.184  # Zhu et al.; Potter et al. (1993) / Field et al. (1995) give 1.1814
RN_CONSTANT = 0.598  # Zhou & Zhang regional ET; 0.589 also circulates
FREEZING_LIMIT = -10.0  # °C: a month at or below it has NPP = 0
NDVI_DATA_PERCENTILE = 95.0  # NDVI_max per type in "data" mode

# --- Soil heterotrophic respiration, Pei et al. 2009 (SPEC §4) -----------------------------
RH_COEFFICIENT = 0.22
RH_TEMPERATURE = 0.0913  # 0.0912 also published
RH_PRECIPITATION = 0.3145
RH_DAYS = 30.0
RH_CARBON = 0.465

# --- Conversions (SPEC §1) -----------------------------------------------------------------
CO2_PER_C = 44.0 / 12.0
G_PER_M2_TO_T_PER_HA = 0.01

# --- Ground check (SPEC §5) ----------------------------------------------------------------
CARBON_FRACTION = 0.47
ACCURACY_THRESHOLD = 0.80
SAMPLING_MIN_PER_STRATUM = 3  # SPEC §5
SAMPLING_WINDOW = 3  # pixels: a plot's WINDOW×WINDOW neighbourhood must be one type (SPEC §5)
SAMPLING_TOTAL = 30  # plots in a plan unless the user says otherwise (our choice)
SAMPLING_MIN_DISTANCE = 100.0  # m between plots (our choice: > 3 pixels at 30 m)
SAMPLING_SEED = 1
PLOT_SIDE = 30.0  # m, side of a square field plot (SPEC §5)
MIN_CHECK_PLOTS = 10  # plots a ground check needs to pass (our choice)

# --- Grades (SPEC §6), gC·m⁻²·a⁻¹: (lower bound, upper bound, English, Chinese) ------------
GRADE_BREAKS: tuple[tuple[float, float, str, str], ...] = (
    (float("-inf"), 0.0, "Carbon source", "碳源"),
    (0.0, 100.0, "Weak sink", "弱碳汇"),
    (100.0, 300.0, "Moderate sink", "中等碳汇"),
    (300.0, 600.0, "Strong sink", "强碳汇"),
    (600.0, float("inf"), "Very strong sink", "极强碳汇"),
)


# --- Plausibility of city means (SPEC §7), gC·m⁻²·a⁻¹ -------------------------------------
# Mean NPP over vegetated land: published regional CASA means ≈ 880–890 (Greater Bay Area
# 2001–2018, Guangxi 2019); a city mean more than about a third away is flagged (our choice).
PLAUSIBLE_MEAN_NPP = (600.0, 1200.0)
# Mean NEP: the published Pearl River Delta range at 250 m (2021–2022).
PLAUSIBLE_MEAN_NEP = (-40.0, 638.0)


def unmapped_values(present: Iterable[int], mapping: Mapping[int, int]) -> list[int]:
    """Land-cover values present in the data that the mapping does not cover."""
    return sorted(int(v) for v in set(present) if int(v) not in mapping)
