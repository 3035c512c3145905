"""NEP, CO₂ sink density, sink/source classes and carbon-sink totals (SPEC §4).

    NEP(x)       = NPP(x) − Rh(x)                              gC·m⁻²·a⁻¹
    sink density = NEP · 0.01 · 44/12                          tCO₂·ha⁻¹·a⁻¹
    total (tC)   = Σ NEP(x) · area(x) · 10⁻⁶                   (area in m², exact per pixel)
    NEP > 0: carbon sink; NEP < 0: carbon source; NEP = 0: balance

Scope (as in core/respiration.py): by default NEP is evaluated on vegetated pixels (type ≠ 0);
non-vegetated pixels get NEP = 0 and class 0 whatever NPP and Rh say. With SCOPE_LAND every
valid pixel gets NEP = NPP − Rh and a class by its sign (class 0 is then not used). A pixel that
is nodata in any input is nodata in every output (class 255).

The public contract other stages rely on lives here: the class codes (SINK_CLASSES) and the
fields and quantity keys of the totals table (TOTALS_FIELDS, CarbonTotals.rows()).

numpy only: no qgis, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message
from .parameters import CO2_PER_C, G_PER_M2_TO_T_PER_HA
from .respiration import (
    SCOPE_VEGETATED,
    RhConstants,
    check_scope,
    is_last_window,
    no_valid_pixels_message,
    respiration,
    vegetated,
)

# --- Sink class raster (UInt8) ---------------------------------------------------------------
CLASS_NON_VEGETATED = 0
CLASS_SINK = 1  # NEP > 0
CLASS_SOURCE = 2  # NEP < 0
CLASS_BALANCE = 3  # NEP = 0
CLASS_NODATA = 255
# (code, English, Chinese, colour) — the legend of resources/styles/sink_class.qml.
SINK_CLASSES: tuple[tuple[int, str, str, str], ...] = (
    (CLASS_NON_VEGETATED, "Non-vegetated", "非植被", "#bdbdbd"),
    (CLASS_SINK, "Carbon sink (NEP > 0)", "碳汇", "#1a9641"),
    (CLASS_SOURCE, "Carbon source (NEP < 0)", "碳源", "#e6550d"),
    (CLASS_BALANCE, "Carbon balance (NEP = 0)", "碳平衡", "#ffd92f"),
)

# --- Conversions (SPEC §1) -------------------------------------------------------------------
CO2_DENSITY_FACTOR = G_PER_M2_TO_T_PER_HA * CO2_PER_C  # gC·m⁻² → tCO₂·ha⁻¹ (= 0.0366…)
GRAMS_PER_TONNE = 1e6
M2_PER_HA = 1e4
M2_PER_KM2 = 1e6

# --- Totals table: one row per quantity ------------------------------------------------------
TOTALS_FIELDS = (
    ("quantity", "string"),  # stable key, e.g. total_nep_tc
    ("value", "double"),  # NULL when not defined (e.g. vegetated area without VEGETATION)
    ("unit", "string"),
    ("description", "string"),
    ("description_zh", "string"),
)


def co2_density(nep: np.ndarray) -> np.ndarray:
    """NEP (gC·m⁻²·a⁻¹) → CO₂ sink density (tCO₂·ha⁻¹·a⁻¹)."""
    return (np.asarray(nep, dtype=np.float32) * np.float32(CO2_DENSITY_FACTOR)).astype(
        np.float32, copy=False
    )


def sink_class(nep: np.ndarray, non_vegetated: np.ndarray | None = None) -> np.ndarray:
    """Class codes (UInt8) of NEP: 1 sink, 2 source, 3 balance, 0 non-vegetated, 255 nodata."""
    classes = np.full(nep.shape, CLASS_NODATA, dtype=np.uint8)
    with np.errstate(invalid="ignore"):
        classes[nep > 0] = CLASS_SINK
        classes[nep < 0] = CLASS_SOURCE
        classes[nep == 0] = CLASS_BALANCE
    if non_vegetated is not None:
        classes[non_vegetated] = CLASS_NON_VEGETATED
    return classes


@dataclass
class NepBlock:
    nep: np.ndarray  # float32, NaN = nodata
    classes: np.ndarray  # uint8
    valid: np.ndarray  # every input valid
    evaluated: np.ndarray  # valid and NEP evaluated (vegetated in the default scope)
    vegetated: np.ndarray | None  # valid and type ≠ 0; None without a vegetation raster


def net_ecosystem_production(
    npp: np.ndarray, rh: np.ndarray, vegetation: np.ndarray | None, scope: str = SCOPE_VEGETATED
) -> NepBlock:
    """NEP and classes of one window (2-D float32 arrays, NaN = nodata)."""
    check_scope(scope, vegetation)
    valid = np.isfinite(npp) & np.isfinite(rh)
    veg = None
    if vegetation is not None:
        valid &= np.isfinite(vegetation)
        veg = valid & vegetated(vegetation)
    nep = np.where(valid, npp - rh, np.nan).astype(np.float32, copy=False)
    non_vegetated = None
    evaluated = valid
    if scope == SCOPE_VEGETATED:
        evaluated = veg
        non_vegetated = valid & ~veg
        nep[non_vegetated] = 0.0
    return NepBlock(nep, sink_class(nep, non_vegetated), valid, evaluated, veg)


def _area(mask: np.ndarray, cell_area: np.ndarray) -> float:
    """Σ cell area (m²) over mask; cell_area has shape (rows, 1)."""
    return float((mask.sum(axis=1) * cell_area[:, 0]).sum())


def _area_sum(values: np.ndarray, mask: np.ndarray, cell_area: np.ndarray) -> float:
    """Σ value × cell area over mask, float64 (value in g·m⁻² gives grams)."""
    per_row = np.where(mask, values, 0.0).sum(axis=1, dtype=np.float64)
    return float((per_row * cell_area[:, 0]).sum())


@dataclass
class CarbonTotals:
    """Sums over the raster, accumulated window by window (areas m², masses g of carbon).

    Σ NPP, Σ Rh and Σ NEP are taken over the evaluated pixels (vegetated ones in the default
    scope, every valid pixel with SCOPE_LAND), so Σ NEP = Σ NPP − Σ Rh exactly.
    """

    has_vegetation: bool = True
    valid_pixels: int = 0
    nodata_pixels: int = 0
    valid_area_m2: float = 0.0
    vegetated_area_m2: float = 0.0
    non_vegetated_area_m2: float = 0.0
    evaluated_area_m2: float = 0.0
    sink_area_m2: float = 0.0
    source_area_m2: float = 0.0
    balance_area_m2: float = 0.0
    npp_g: float = 0.0
    rh_g: float = 0.0
    nep_g: float = 0.0
    nep_vegetated_g: float = 0.0
    negative_npp_pixels: int = 0
    npp_min: float = float("inf")
    negative_rh_pixels: int = 0
    negative_precipitation: int = 0

    def add(self, sums: dict) -> None:
        for key, value in sums.items():
            if key == "npp_min":
                self.npp_min = min(self.npp_min, value)
            else:
                setattr(self, key, getattr(self, key) + value)

    @property
    def total_nep_tc(self) -> float:
        return self.nep_g / GRAMS_PER_TONNE

    @property
    def total_nep_tco2(self) -> float:
        return self.total_nep_tc * CO2_PER_C

    @property
    def mean_nep_vegetated(self) -> float | None:
        """Area-weighted mean NEP (gC·m⁻²·a⁻¹) over vegetated pixels; None if undefined."""
        if not self.has_vegetation or self.vegetated_area_m2 == 0:
            return None
        return self.nep_vegetated_g / self.vegetated_area_m2

    def rows(self) -> list[tuple[str, float | None, str, str, str]]:
        """The totals table: (quantity, value, unit, description, description_zh)."""
        veg = self.vegetated_area_m2 if self.has_vegetation else None
        non_veg = self.non_vegetated_area_m2 if self.has_vegetation else None
        mean = self.mean_nep_vegetated

        def ha(m2):
            return None if m2 is None else m2 / M2_PER_HA

        def km2(m2):
            return None if m2 is None else m2 / M2_PER_KM2

        def tc(g):
            return g / GRAMS_PER_TONNE

        def tco2(g):
            return g / GRAMS_PER_TONNE * CO2_PER_C

        return [
            ("valid_area_ha", ha(self.valid_area_m2), "ha",
             "Area of pixels valid in every input", "有效像元面积"),
            ("vegetated_area_ha", ha(veg), "ha",
             "Vegetated area (vegetation type ≠ 0)", "植被面积"),
            ("vegetated_area_km2", km2(veg), "km²",
             "Vegetated area (vegetation type ≠ 0)", "植被面积"),
            ("non_vegetated_area_ha", ha(non_veg), "ha",
             "Non-vegetated area (vegetation type 0)", "非植被面积"),
            ("evaluated_area_ha", ha(self.evaluated_area_m2), "ha",
             "Area where NEP = NPP − Rh was evaluated", "参与NEP计算的面积"),
            ("sink_area_ha", ha(self.sink_area_m2), "ha",
             "Carbon sink area (NEP > 0)", "碳汇面积"),
            ("sink_area_km2", km2(self.sink_area_m2), "km²",
             "Carbon sink area (NEP > 0)", "碳汇面积"),
            ("source_area_ha", ha(self.source_area_m2), "ha",
             "Carbon source area (NEP < 0)", "碳源面积"),
            ("source_area_km2", km2(self.source_area_m2), "km²",
             "Carbon source area (NEP < 0)", "碳源面积"),
            ("balance_area_ha", ha(self.balance_area_m2), "ha",
             "Carbon balance area (NEP = 0)", "碳平衡面积"),
            ("total_npp_tc", tc(self.npp_g), "tC·a⁻¹",
             "Total NPP over the evaluated area", "NPP总量"),
            ("total_npp_tco2", tco2(self.npp_g), "tCO₂·a⁻¹",
             "Total NPP over the evaluated area, as CO₂", "NPP总量(CO₂当量)"),
            ("total_rh_tc", tc(self.rh_g), "tC·a⁻¹",
             "Total soil heterotrophic respiration over the evaluated area", "土壤异养呼吸总量"),
            ("total_rh_tco2", tco2(self.rh_g), "tCO₂·a⁻¹",
             "Total soil heterotrophic respiration, as CO₂", "土壤异养呼吸总量(CO₂当量)"),
            ("total_nep_tc", tc(self.nep_g), "tC·a⁻¹",
             "Total NEP (carbon sink; negative = source)", "NEP总量(碳汇量)"),
            ("total_nep_tco2", tco2(self.nep_g), "tCO₂·a⁻¹",
             "Total NEP as CO₂ (carbon sink; negative = source)", "碳汇量(CO₂当量)"),
            ("mean_nep_vegetated", mean, "gC·m⁻²·a⁻¹",
             "Area-weighted mean NEP over the vegetated area", "植被区平均NEP"),
            ("mean_co2_density_vegetated",
             None if mean is None else mean * CO2_DENSITY_FACTOR, "tCO₂·ha⁻¹·a⁻¹",
             "Mean CO₂ sink density over the vegetated area", "植被区平均碳汇密度"),
        ]  # fmt: skip

    def as_dict(self) -> dict[str, float | None]:
        """quantity → value (for logs, reports and tests)."""
        return {row[0]: row[1] for row in self.rows()}


def block_sums(
    block: NepBlock, npp: np.ndarray, rh: np.ndarray, cell_area: np.ndarray
) -> dict[str, float]:
    """This window's share of every CarbonTotals sum (computed on the worker thread)."""
    evaluated = block.evaluated
    nep = block.nep
    with np.errstate(invalid="ignore"):
        negative_npp = block.valid & (npp < 0)
        negative_rh = block.valid & (rh < 0)
    sums = {
        "valid_pixels": int(block.valid.sum()),
        "nodata_pixels": int(block.valid.size - block.valid.sum()),
        "valid_area_m2": _area(block.valid, cell_area),
        "evaluated_area_m2": _area(evaluated, cell_area),
        "sink_area_m2": _area(evaluated & (block.classes == CLASS_SINK), cell_area),
        "source_area_m2": _area(evaluated & (block.classes == CLASS_SOURCE), cell_area),
        "balance_area_m2": _area(evaluated & (block.classes == CLASS_BALANCE), cell_area),
        "npp_g": _area_sum(npp, evaluated, cell_area),
        "rh_g": _area_sum(rh, evaluated, cell_area),
        "nep_g": _area_sum(nep, evaluated, cell_area),
        "negative_npp_pixels": int(negative_npp.sum()),
        "npp_min": float(npp[block.valid].min()) if block.valid.any() else float("inf"),
        "negative_rh_pixels": int(negative_rh.sum()),
    }
    if block.vegetated is not None:
        sums["vegetated_area_m2"] = _area(block.vegetated, cell_area)
        sums["non_vegetated_area_m2"] = _area(block.valid & ~block.vegetated, cell_area)
        sums["nep_vegetated_g"] = _area_sum(nep, block.vegetated, cell_area)
    return sums


@dataclass
class CarbonSinkPass:
    """compute / on_block for raster.run_blocks: NEP, CO₂ density, classes and the totals.

    Sources: NPP (1 band), and either RH (1 band) or TEMPERATURE + PRECIPITATION (12 bands,
    Rh computed on the fly with core.respiration); optionally VEGETATION. The result holds
    OUTPUT (NEP), CO2_DENSITY and SINK_CLASS; the totals accumulate in on_block.
    """

    scope: str = SCOPE_VEGETATED
    constants: RhConstants = field(default_factory=RhConstants)
    rh_from_climate: bool = False
    has_vegetation: bool = True
    totals: CarbonTotals = field(default_factory=CarbonTotals)

    def __post_init__(self):
        self.totals.has_vegetation = self.has_vegetation

    def compute(self, block) -> dict:
        vegetation = block.data.get("VEGETATION")
        vegetation = vegetation[0] if vegetation is not None else None
        negative_precipitation = 0
        if self.rh_from_climate:
            _, rh, negative_precipitation = respiration(
                block["TEMPERATURE"], block["PRECIPITATION"], vegetation, self.scope,
                self.constants,
            )  # fmt: skip
        else:
            rh = block["RH"][0]
        npp = block["NPP"][0]
        result = net_ecosystem_production(npp, rh, vegetation, self.scope)
        sums = block_sums(result, npp, rh, block.cell_area())
        sums["negative_precipitation"] = negative_precipitation
        return {
            "OUTPUT": result.nep,
            "CO2_DENSITY": co2_density(result.nep),
            "SINK_CLASS": result.classes,
            "sums": sums,
        }

    def on_block(self, block, result) -> None:
        self.totals.add(result["sums"])
        totals = self.totals
        if totals.negative_rh_pixels:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "RH: {count} pixel(s) with negative soil respiration "
                    "(window starting at row {row}). Rh cannot be negative; check that the layer "
                    "is an Rh raster in gC·m⁻²·a⁻¹ with its nodata declared. Nothing was "
                    "written."),
                count=totals.negative_rh_pixels,
                row=block.window.row,
            )  # fmt: skip
        if totals.negative_precipitation:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "PRECIPITATION: {count} pixel-month(s) with negative "
                    "precipitation; monthly precipitation must be ≥ 0 mm. Fix or mask them and "
                    "run again. Nothing was written."),
                count=totals.negative_precipitation,
            )  # fmt: skip
        if is_last_window(block) and totals.valid_pixels == 0:
            inputs = Message(QT_TRANSLATE_NOOP("Core", "NPP, RH or climate, VEGETATION"))
            raise InputError(no_valid_pixels_message(inputs))
