"""NDVI from surface reflectance, with the sensor presets of SPEC §2.1.

NDVI = (NIR − Red) / (NIR + Red) on reflectance 0–1, clipped to [−1, 1]. A preset turns stored
digital numbers (DN) into reflectance (reflectance = DN · scale + offset) and names the cloud /
quality rule of its QA layer. Pixels whose reflectance falls outside [0, 1] after scaling
(saturation, fill), whose QA matches the rule, or whose denominator is 0 are nodata (NaN).

numpy only: no qgis, no Qt.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date

import numpy as np

from .errors import QT_TRANSLATE_NOOP, InputError, Message

# Sentinel-2 L2A from processing baseline 04.00 (products from 25 January 2022) store
# reflectance as (DN + BOA_ADD_OFFSET) / 10000 with BOA_ADD_OFFSET = −1000 (ESA, "Sentinel-2
# L2A products: harmonisation of processing baseline 04.00", 2021).
S2_OFFSET_BASELINE_04 = -1000.0
S2_BASELINE_04_START = date(2022, 1, 25)

# MOD13 NDVI: scale 0.0001, fill −3000, valid range −2000…10000 (MOD13 user guide, Didan 2015).
MODIS_NDVI_SCALE = 0.0001
MODIS_VALID_DN = (-2000.0, 10000.0)


@dataclass(frozen=True)
class SensorPreset:
    key: str
    label: str
    red_scale: float
    red_offset: float
    nir_scale: float
    nir_offset: float
    qa_rule: str  # default QA rule ("bits:…", "values:…" or "" for none)
    stores_dn: bool  # True when the bands hold scaled integers, not reflectance
    single_band: bool = False  # the layer already holds NDVI (MODIS MOD13)


# SPEC §2.1. Landsat Collection 2 Level-2: USGS, "Landsat 8-9 OLI/TIRS Collection 2 Level 2
# Science Product Guide" (LSDS-1619): SR = DN · 0.0000275 − 0.2; QA_PIXEL bits 0 fill,
# 1 dilated cloud, 3 cloud, 4 cloud shadow, 5 snow. Sentinel-2 SCL classes: 0 no data,
# 1 saturated/defective, 3 cloud shadow, 8/9 cloud medium/high probability, 10 thin cirrus,
# 11 snow (ESA Sen2Cor L2A product definition). MOD13 VI_Quality bits 0–1 (MODLAND QA):
# 0 good, 1 check other QA, 2 probably cloudy, 3 not produced — bit 1 set ⇔ value 2 or 3.
PRESETS: dict[str, SensorPreset] = {
    preset.key: preset
    for preset in (
        SensorPreset("landsat_c2l2", "Landsat 8/9 OLI Collection 2 Level-2 (SR_B4 / SR_B5)",
                     0.0000275, -0.2, 0.0000275, -0.2, "bits:0,1,3,4,5", True),
        SensorPreset("sentinel2_l2a", "Sentinel-2 MSI Level-2A (B04 / B08)",
                     0.0001, S2_OFFSET_BASELINE_04 * 0.0001, 0.0001,
                     S2_OFFSET_BASELINE_04 * 0.0001, "values:0,1,3,8,9,10,11", True),
        SensorPreset("modis_mod13", "MODIS MOD13 NDVI band",
                     MODIS_NDVI_SCALE, 0.0, 0.0, 0.0, "bits:1", True, True),
        SensorPreset("reflectance", "Reflectance already scaled 0–1",
                     1.0, 0.0, 1.0, 0.0, "values:1", False),
        SensorPreset("custom", "Custom scale and offset per band",
                     1.0, 0.0, 1.0, 0.0, "values:1", False),
    )
}  # fmt: skip


def sentinel2_preset(offset: float) -> SensorPreset:
    """The Sentinel-2 preset with a given BOA offset in DN (−1000 from baseline 04.00, else 0)."""
    base = PRESETS["sentinel2_l2a"]
    return SensorPreset(
        base.key,
        base.label,
        0.0001,
        offset * 0.0001,
        0.0001,
        offset * 0.0001,
        base.qa_rule,
        True,
    )


def custom_preset(red_scale, red_offset, nir_scale, nir_offset) -> SensorPreset:
    base = PRESETS["custom"]
    return SensorPreset(
        base.key, base.label, red_scale, red_offset, nir_scale, nir_offset, base.qa_rule, False
    )


# --------------------------------------------------------------------------------------------
# QA rules


@dataclass(frozen=True)
class QaRule:
    kind: str  # "bits" (masked if any listed bit is set) or "values" (masked if value listed)
    numbers: tuple[int, ...]

    def __str__(self) -> str:
        return f"{self.kind}:{','.join(str(n) for n in self.numbers)}"

    def mask(self, qa: np.ndarray) -> np.ndarray:
        """True where the pixel is masked. NaN (QA nodata) is masked too."""
        finite = np.isfinite(qa)
        codes = np.where(finite, qa, 0).astype(np.int64)
        if self.kind == "bits":
            bits = 0
            for bit in self.numbers:
                bits |= 1 << bit
            hit = (codes & bits) != 0
        else:
            hit = np.isin(codes, self.numbers)
        return hit | ~finite


def parse_qa_rule(text: str, name: str = "QA_RULE") -> QaRule:
    """'bits:0,1,3' or 'values:0,1,3,8' (commas, spaces or Chinese commas between numbers)."""
    cleaned = (text or "").strip().replace("：", ":")
    match = re.fullmatch(r"(?i)(bits|values)\s*:\s*([-\d\s,，;；]+)", cleaned)
    if not match:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: '{text}' is not a QA rule. Write 'bits:0,1,3' "
                "(mask a pixel when any of these bits is set) or 'values:0,1,3,8' (mask a pixel "
                "whose QA value is listed)."),
            name=name,
            text=text,
        )  # fmt: skip
    kind = match.group(1).lower()
    numbers = tuple(int(n) for n in re.split(r"[\s,，;；]+", match.group(2).strip()) if n)
    if not numbers:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the rule '{text}' lists no numbers."),
            name=name,
            text=text,
        )
    if kind == "bits" and any(not 0 <= n <= 31 for n in numbers):
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: bit numbers must be between 0 and 31; got "
                "{numbers}."),
            name=name,
            numbers=list(numbers),
        )  # fmt: skip
    return QaRule(kind, numbers)


def check_qa_matches_sensor(sample: np.ndarray, preset: SensorPreset, name: str) -> None:
    """Refuse a QA layer whose values cannot come from the preset's sensor.

    Landsat C2 QA_PIXEL: every observed pixel has the cloud-confidence bits 8–9 set (≥ 256),
    fill pixels are 1. Sentinel-2 SCL: integer classes 0–11. MOD13 VI_Quality: 16-bit integers.
    """
    values = sample[np.isfinite(sample)]
    if values.size == 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the QA layer holds no valid value."), name=name
        )
    if np.any(values != np.round(values)) or values.min() < 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the QA layer holds negative or fractional values "
                "({low:g} … {high:g}); a QA layer holds integer flags."),
            name=name,
            low=values.min(),
            high=values.max(),
        )  # fmt: skip
    top = values.max()
    if preset.key == "landsat_c2l2" and np.all((values < 256) & (values != 1)):
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the QA values ({low:g} … {high:g}) are not "
                "Landsat Collection 2 QA_PIXEL flags (observed pixels have the cloud-confidence "
                "bits 8–9 set, so values ≥ 256; e.g. 21824 = clear land). Is it a Sentinel-2 "
                "SCL layer or a plain mask? Give the QA_PIXEL band of the same scene, or set "
                "QA_RULE for your mask."),
            name=name,
            low=values.min(),
            high=top,
        )  # fmt: skip
    if preset.key == "sentinel2_l2a" and top > 11:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: values up to {high:g} are not Sentinel-2 scene "
                "classes (SCL holds 0–11). Is it a Landsat QA_PIXEL band? Give the SCL layer "
                "(resampled to 10 m with nearest neighbour) or set QA_RULE for your mask."),
            name=name,
            high=top,
        )  # fmt: skip
    if preset.key == "modis_mod13" and top > 65535:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: values up to {high:g} are not MOD13 VI_Quality "
                "(16-bit)."),
            name=name,
            high=top,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Value checks before the run


def check_band_values(sample: np.ndarray, preset: SensorPreset, name: str, band: str) -> None:
    """Refuse bands whose values cannot be what the preset expects (scaled vs unscaled).

    band: "red" or "nir" (which scale and offset of the preset apply).
    """
    values = sample[np.isfinite(sample)]
    if values.size == 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: the layer holds no valid pixel (all nodata)."),
            name=name,
        )
    top = float(values.max())
    if preset.single_band:
        if top <= 1.5:
            raise InputError(
                QT_TRANSLATE_NOOP("Core", "{name}: values {low:.3g} … {high:.3g} look like NDVI "
                    "already scaled to −1…1, not MOD13 digital numbers (−2000…10000). The layer "
                    "needs no NDVI step: use it directly, or choose the 'reflectance' preset for "
                    "red/NIR bands."),
                name=name,
                low=values.min(),
                high=top,
            )  # fmt: skip
        return
    if preset.stores_dn and top <= 1.5:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: values {low:.3g} … {high:.3g} look like "
                "reflectance already scaled to 0–1, but the preset '{preset}' expects digital "
                "numbers. Choose the preset 'Reflectance already scaled 0–1' (reflectance), or "
                "check the layer."),
            name=name,
            low=values.min(),
            high=top,
            preset=preset.label,
        )  # fmt: skip
    if preset.key == "reflectance" and top > 1.5:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: values up to {high:g} look like scaled digital "
                "numbers (e.g. reflectance or NDVI × 10 000), not reflectance 0–1. Choose the "
                "preset of your sensor, or 'custom' with scale 0.0001."),
            name=name,
            high=top,
        )  # fmt: skip
    scale, offset = (
        (preset.red_scale, preset.red_offset)
        if band == "red"
        else (preset.nir_scale, preset.nir_offset)
    )
    reflectance = values * scale + offset
    inside = float(np.mean((reflectance >= 0) & (reflectance <= 1)))
    if inside < 0.5:
        raise InputError(
            QT_TRANSLATE_NOOP("Core", "{name}: after scale {scale:g} and offset {offset:g} only "
                "{inside:.0%} of the values are reflectance between 0 and 1 (raw {low:g} … "
                "{high:g}). Check the sensor preset, or the custom scale and offset."),
            name=name,
            scale=scale,
            offset=offset,
            inside=inside,
            low=values.min(),
            high=top,
        )  # fmt: skip


def sentinel2_offset_hint(file_name: str, offset: float) -> tuple[str, Message] | None:
    """('error' | 'warning', message) when the BOA offset does not fit the product, else None.

    The processing baseline in a product name (…_N0400_…) is decisive; a sensing date before
    25 January 2022 only suggests baseline < 04.00 (older products have been reprocessed with
    the offset since), so it yields a warning.
    """
    baseline = re.search(r"_N(\d{2})(\d{2})_", file_name)
    if baseline:
        version = int(baseline.group(1)) + int(baseline.group(2)) / 100.0
        expected = S2_OFFSET_BASELINE_04 if version >= 4.0 else 0.0
        if offset != expected:
            return (
                "error",
                Message(
                    QT_TRANSLATE_NOOP("Core", "'{file}' is processing baseline {baseline}, "
                        "which needs a BOA offset of {expected:g} DN, but S2_OFFSET is "
                        "{offset:g}."),
                    file=file_name,
                    baseline=f"{baseline.group(1)}.{baseline.group(2)}",
                    expected=expected,
                    offset=offset,
                ),
            )  # fmt: skip
        return None
    from .composite import parse_date  # local: composite imports nothing from here

    found = parse_date(file_name)
    if found is None:
        return None
    before = found.date < S2_BASELINE_04_START
    if before and offset != 0:
        return (
            "warning",
            Message(
                QT_TRANSLATE_NOOP("Core", "'{file}' was sensed on {date}, before baseline 04.00 "
                    "(25 Jan 2022); S2_OFFSET {offset:g} is right only if the product was "
                    "reprocessed with baseline ≥ 04.00 (check the product name or its "
                    "metadata)."),
                file=file_name,
                date=found.date.isoformat(),
                offset=offset,
            ),
        )  # fmt: skip
    if not before and offset == 0:
        return (
            "warning",
            Message(
                QT_TRANSLATE_NOOP("Core", "'{file}' was sensed on {date}, under baseline ≥ "
                    "04.00, whose reflectance needs S2_OFFSET = −1000; 0 biases NDVI."),
                file=file_name,
                date=found.date.isoformat(),
            ),
        )  # fmt: skip
    return None


# --------------------------------------------------------------------------------------------
# The computation (per window, vectorised)


@dataclass
class NdviCounts:
    input_nodata: int = 0
    qa_masked: int = 0
    out_of_range: int = 0
    zero_denominator: int = 0
    valid: int = 0
    negative: int = 0  # valid pixels with NDVI < 0 (water, snow, cloud — or swapped bands)

    def add(self, other: NdviCounts) -> None:
        for key in vars(self):
            setattr(self, key, getattr(self, key) + getattr(other, key))


def compute_ndvi(
    red: np.ndarray,
    nir: np.ndarray | None,
    preset: SensorPreset,
    qa: np.ndarray | None = None,
    rule: QaRule | None = None,
) -> tuple[np.ndarray, NdviCounts]:
    """NDVI (float32, NaN = nodata) of one window, with counts of why pixels are nodata.

    red/nir: stored values as float32 with NaN for input nodata. For the MODIS preset `red` is
    the NDVI band and `nir` is ignored. A pixel is counted once, under the first reason met in
    the order: input nodata, QA mask, reflectance out of range, zero denominator.
    """
    counts = NdviCounts()
    if preset.single_band:
        dn = red
        missing = ~np.isfinite(dn)
        low, high = MODIS_VALID_DN
        out_of_range = ~missing & ((dn < low) | (dn > high))
        ndvi = (dn * np.float32(preset.red_scale)).astype(np.float32)
        zero = np.zeros_like(missing)
    else:
        r = red * np.float32(preset.red_scale) + np.float32(preset.red_offset)
        n = nir * np.float32(preset.nir_scale) + np.float32(preset.nir_offset)
        missing = ~(np.isfinite(r) & np.isfinite(n))
        out_of_range = ~missing & ((r < 0) | (r > 1) | (n < 0) | (n > 1))
        denominator = n + r
        zero = ~missing & ~out_of_range & (denominator == 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ndvi = ((n - r) / denominator).astype(np.float32)
    masked = np.zeros_like(missing)
    if qa is not None and rule is not None:
        masked = rule.mask(qa) & ~missing
    out_of_range &= ~masked
    zero &= ~masked
    bad = missing | masked | out_of_range | zero
    ndvi = np.clip(ndvi, -1.0, 1.0)
    ndvi[bad] = np.nan
    counts.input_nodata = int(missing.sum())
    counts.qa_masked = int(masked.sum())
    counts.out_of_range = int(out_of_range.sum())
    counts.zero_denominator = int(zero.sum())
    counts.valid = int(bad.size - bad.sum())
    counts.negative = int(np.count_nonzero(ndvi < 0))  # NaN compares False
    return ndvi, counts


# --------------------------------------------------------------------------------------------
# Products that cannot be right

# Share of valid pixels with NDVI < 0 above which red and NIR look swapped: land has NIR > red
# almost everywhere (vegetation, soil, built-up); only water, snow and cloud are negative, so
# a scene negative nearly everywhere is either open water or swapped bands (hence a warning).
SWAPPED_SHARE = 0.9


def swapped_bands_hint(counts: NdviCounts, red: str, nir: str) -> Message | None:
    """A warning when NDVI is negative over nearly all valid pixels (red and NIR swapped?);
    `red` and `nir` name the two band parameters."""
    if not counts.valid or counts.negative < SWAPPED_SHARE * counts.valid:
        return None
    return Message(
        QT_TRANSLATE_NOOP("Core", "NDVI is negative on {share:.0%} of the {valid} valid pixels: "
            "red and near-infrared look swapped (vegetation, soil and built-up land have NIR > "
            "red, so NDVI > 0; only water, snow and cloud are negative). Check {red} and {nir}: "
            "red is Landsat 8/9 band 4 (SR_B4) or Sentinel-2 B04, near-infrared Landsat 8/9 band "
            "5 (SR_B5) or Sentinel-2 B08. If the scene is open water, the values are right."),
        share=counts.negative / counts.valid,
        valid=counts.valid,
        red=red,
        nir=nir,
    )  # fmt: skip


# Landsat product identifier (USGS): LXSS_LLLL_PPPRRR_YYYYMMDD_yyyymmdd_CC_TX.
_LANDSAT_ID = re.compile(
    r"(L[COTEM]0\d)_(L1TP|L1GT|L1GS|L2SP|L2SR)_(\d{6})_(\d{8})_(\d{8})_(\d{2})_(T1|T2|RT)",
    re.IGNORECASE,
)
_MTL_LEVEL = re.compile(r"PROCESSING_LEVEL\W+(\w+)", re.IGNORECASE)
_MTL_COLLECTION = re.compile(r"COLLECTION_NUMBER\W+(\d+)", re.IGNORECASE)


def _mtl_of(path: str, product: str | None) -> str | None:
    """The MTL metadata file beside a band file: <product id>_MTL.txt/.xml, or the only MTL
    file of the folder when the band file name has no product id."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    mtl = [n for n in names if re.search(r"_MTL\.(txt|xml)$", n, re.IGNORECASE)]
    if product:
        mtl = [n for n in mtl if n.upper().startswith(product.upper())]
    return os.path.join(folder, mtl[0]) if len(mtl) == 1 else None


def landsat_scene(path: str) -> tuple[str, str, str | None] | None:
    """(processing level, collection, MTL file name or None) of a Landsat band file: from its
    product identifier in the file name (MTL None), else from the MTL file beside it; None
    when neither says."""
    name = os.path.basename(path)
    match = _LANDSAT_ID.search(name)
    if match:
        return match.group(2).upper(), match.group(6), None
    mtl = _mtl_of(path, None)
    if mtl is None:
        return None
    try:
        with open(mtl, encoding="utf-8", errors="replace") as handle:
            text = handle.read(200_000)
    except OSError:
        return None
    level, collection = _MTL_LEVEL.search(text), _MTL_COLLECTION.search(text)
    if not level and not collection:
        return None
    return (
        level.group(1).upper() if level else "",
        f"{int(collection.group(1)):02d}" if collection else "",
        os.path.basename(mtl),
    )


def check_landsat_level(path: str, name: str) -> None:
    """Refuse a Landsat scene that is not Collection 2 Level-2 for the landsat_c2l2 preset:
    Level-1 digital numbers or Collection 1 reflectance would give NDVI off by up to 0.75."""
    found = landsat_scene(path)
    if found is None:
        return
    level, collection, mtl = found
    if mtl:
        evidence = Message(QT_TRANSLATE_NOOP("Core", "its metadata file '{mtl}'"), mtl=mtl)
    else:
        evidence = Message(QT_TRANSLATE_NOOP("Core", "its product name"))
    if level.startswith("L2") and collection in ("02", ""):
        return
    # Collection 1 surface reflectance (ESPA) keeps the Level-1 identifier: …_01_T1_sr_band4
    collection1_sr = collection == "01" and "sr_band" in os.path.basename(path).lower()
    if level and not level.startswith("L2") and not collection1_sr:
        scene = Message(
            QT_TRANSLATE_NOOP("Core", "a Level-1 scene ({level}, collection {collection}: "
                "calibrated digital numbers, not surface reflectance)"),
            level=level,
            collection=collection or "?",
        )  # fmt: skip
        remedy = Message(
            QT_TRANSLATE_NOOP("Core", "Download the Collection 2 Level-2 product of the scene "
                "(…_L2SP_…_02_T1_SR_B4.TIF and _SR_B5.TIF, USGS EarthExplorer), or convert the "
                "Level-1 bands to surface reflectance first and choose the 'reflectance' preset.")
        )  # fmt: skip
    else:
        scene = Message(
            QT_TRANSLATE_NOOP("Core", "a Collection {collection} scene ({level}; Collection 1 "
                "surface reflectance is stored × 10 000)"),
            collection=collection,
            level=level or "?",
        )  # fmt: skip
        remedy = Message(
            QT_TRANSLATE_NOOP("Core", "Use the Collection 2 Level-2 product of the scene, or "
                "choose the 'custom' preset with scale 0.0001 and offset 0 for both bands.")
        )  # fmt: skip
    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: '{file}' is {scene}, as {evidence} says, but the "
            "preset 'landsat_c2l2' is for Collection 2 Level-2 surface reflectance (ρ = DN × "
            "0.0000275 − 0.2); on this scene NDVI would be wrong by up to 0.75. {remedy}"),
        name=name,
        file=os.path.basename(path),
        scene=scene,
        evidence=evidence,
        remedy=remedy,
    )  # fmt: skip
