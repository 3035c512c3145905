"""Legend labels of the shipped styles, in the user's language.

The .qml files in resources/styles label their classes in English. When an algorithm's output
is loaded, the style post-processor passes every class label through this table (translation
context "StyleLegend"), so QGIS running in Chinese shows 碳汇 where English shows "Carbon sink".
Labels that are only numbers, units or symbols ("0.01 < p ≤ 0.05", "800 gC·m⁻²·a⁻¹") are not in
the table and stay as they are. tests/test_translation.py checks that every worded label of
every .qml is listed here.
"""

from __future__ import annotations

import re

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.parameters import type_names

CONTEXT = "StyleLegend"

LABELS = (
    # sink_class.qml (core.carbon.SINK_CLASSES)
    QT_TRANSLATE_NOOP("StyleLegend", "Non-vegetated"),
    QT_TRANSLATE_NOOP("StyleLegend", "Carbon sink (NEP > 0)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Carbon source (NEP < 0)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Carbon balance (NEP = 0)"),
    # vegetation_types.qml, sampling_plots.qml, sampling_plot_polygons.qml (SPEC §2.5 codes)
    QT_TRANSLATE_NOOP("StyleLegend", "0 Non-vegetated"),
    QT_TRANSLATE_NOOP("StyleLegend", "1 Evergreen needleleaf forest"),
    QT_TRANSLATE_NOOP("StyleLegend", "2 Evergreen broadleaf forest"),
    QT_TRANSLATE_NOOP("StyleLegend", "3 Deciduous needleleaf forest"),
    QT_TRANSLATE_NOOP("StyleLegend", "4 Deciduous broadleaf forest"),
    QT_TRANSLATE_NOOP("StyleLegend", "5 Mixed needleleaf-broadleaf forest"),
    QT_TRANSLATE_NOOP("StyleLegend", "6 Shrubland"),
    QT_TRANSLATE_NOOP("StyleLegend", "7 Grassland / herbaceous wetland"),
    QT_TRANSLATE_NOOP("StyleLegend", "8 Cropland"),
    # nep.qml, co2_density.qml (colour-ramp ends)
    QT_TRANSLATE_NOOP("StyleLegend", "−800 source"),
    QT_TRANSLATE_NOOP("StyleLegend", "0 balance"),
    QT_TRANSLATE_NOOP("StyleLegend", "800 gC·m⁻²·a⁻¹ sink"),
    QT_TRANSLATE_NOOP("StyleLegend", "−30 source"),
    QT_TRANSLATE_NOOP("StyleLegend", "30 tCO₂·ha⁻¹·a⁻¹ sink"),
    # grade.qml (the algorithm sets this run's classes; these are the defaults)
    QT_TRANSLATE_NOOP("StyleLegend", "Carbon source (< 0)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Weak sink (0 – 100)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Moderate sink (100 – 300)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Strong sink (300 – 600)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Very strong sink (≥ 600)"),
    # trend_class.qml
    QT_TRANSLATE_NOOP("StyleLegend", "Significant decrease (Z < −1.96)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Slight decrease (−1.96 ≤ Z < −1.645)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Stable (|Z| ≤ 1.645)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Slight increase (1.645 < Z ≤ 1.96)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Significant increase (Z > 1.96)"),
    # groundcheck_plots.qml, groundcheck_plot_polygons.qml
    QT_TRANSLATE_NOOP("StyleLegend", "Excluded (see reason)"),
    QT_TRANSLATE_NOOP("StyleLegend", "Relative error ≤ 10 %"),
)


def translate(label: str) -> str:
    return QCoreApplication.translate(CONTEXT, label)


def vegetation_type_label(code: int) -> str:
    """'2 Evergreen broadleaf forest' — a vegetation type as its legend names it, in the user's
    language ('2 常绿阔叶林' in Chinese)."""
    return translate(f"{code} {type_names(code)[0]}")


def translate_legend(layer) -> None:
    """Relabel the classes of the layer's renderer (paletted or pseudocolour rasters,
    categorized or rule-based vectors) in the user's language."""
    renderer = layer.renderer() if layer is not None else None
    if renderer is None:
        return
    kind = renderer.type()
    if kind == "paletted":
        for item in renderer.classes():
            renderer.setLabel(item.value, translate(item.label))
    elif kind == "singlebandpseudocolor":
        shader = renderer.shader()
        function = shader.rasterShaderFunction() if shader is not None else None
        if function is not None and hasattr(function, "colorRampItemList"):
            items = function.colorRampItemList()
            for item in items:
                item.label = translate(item.label)
            function.setColorRampItemList(items)
    elif kind == "categorizedSymbol":
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, translate(category.label()))
    elif kind == "RuleRenderer":
        for rule in renderer.rootRule().descendants():
            rule.setLabel(translate(rule.label()))


# The band descriptions our rasters carry (written in English by the algorithms: they are the
# layer's role for the panel, gui/matching.py, so the file keeps them) → the title of the layer's
# legend in QGIS, instead of QGIS's "Band 1: NEP gC m-2 a-1 (Gray)".
BAND_TITLES = {
    "NPP gC m-2 a-1": QT_TRANSLATE_NOOP("StyleLegend", "NPP (gC·m⁻²·a⁻¹)"),
    "Rh gC m-2 a-1": QT_TRANSLATE_NOOP("StyleLegend", "Rh (gC·m⁻²·a⁻¹)"),
    "NEP gC m-2 a-1": QT_TRANSLATE_NOOP("StyleLegend", "NEP (gC·m⁻²·a⁻¹)"),
    "CO2 sink tCO2 ha-1 a-1": QT_TRANSLATE_NOOP("StyleLegend", "CO₂ sink (tCO₂·ha⁻¹·a⁻¹)"),
    "0 non-vegetated, 1 sink, 2 source, 3 balance": QT_TRANSLATE_NOOP(
        "StyleLegend", "Carbon sink / source"
    ),
    "vegetation type": QT_TRANSLATE_NOOP("StyleLegend", "Vegetation type"),
    "NDVI": QT_TRANSLATE_NOOP("StyleLegend", "NDVI"),
    "Carbon sink grade": QT_TRANSLATE_NOOP("StyleLegend", "Carbon sink grade"),
}
# Descriptions with years or a month in them (trend.py, core.parameters.MONTH_DESCRIPTIONS).
BAND_PATTERNS = (
    (r"difference (\d+) - (\d+)", QT_TRANSLATE_NOOP("StyleLegend", "Difference {1} − {0}")),
    (
        r"percent change (\d+) to (\d+)",
        QT_TRANSLATE_NOOP("StyleLegend", "Change {0}–{1} (%)"),
    ),
    (
        r"Theil-Sen slope (\d+)-(\d+) \(per year\)",
        QT_TRANSLATE_NOOP("StyleLegend", "Theil–Sen slope {0}–{1} (per year)"),
    ),
    (r"Mann-Kendall Z (\d+)-(\d+)", QT_TRANSLATE_NOOP("StyleLegend", "Mann–Kendall Z {0}–{1}")),
    (
        r"Mann-Kendall two-sided p (\d+)-(\d+)",
        QT_TRANSLATE_NOOP("StyleLegend", "Mann–Kendall p (two-sided) {0}–{1}"),
    ),
    (r"trend class (\d+)-(\d+) \(1-5\)", QT_TRANSLATE_NOOP("StyleLegend", "Trend class {0}–{1}")),
    (
        r"coefficient of variation (\d+)-(\d+)",
        QT_TRANSLATE_NOOP("StyleLegend", "Coefficient of variation {0}–{1}"),
    ),
    (r"month=(\d+)", QT_TRANSLATE_NOOP("StyleLegend", "Month {0}")),
)
# Renderers whose legend starts with the band's title (QgsRasterRenderer::displayBandName).
TITLED_RENDERERS = ("paletted", "singlebandpseudocolor", "singlebandgray")


def band_title(description: str) -> str:
    """The legend title of a band in the user's language ('NEP gC m-2 a-1' → 'NEP
    (gC·m⁻²·a⁻¹)'; in Chinese 净生态系统生产力 NEP（gC·m⁻²·a⁻¹）). A description not in the
    tables is shown as it is."""
    description = description.strip()
    if description in BAND_TITLES:
        return translate(BAND_TITLES[description])
    for pattern, template in BAND_PATTERNS:
        match = re.fullmatch(pattern, description)
        if match:
            return translate(template).format(*(str(int(g)) for g in match.groups()))
    return translate(description)


def _band_description(layer, band: int) -> str:
    """The GDAL description of the layer's band ("" when none or not a GDAL file)."""
    if layer.providerType() != "gdal":
        return ""
    from osgeo import gdal

    try:  # GDAL exceptions on or off
        dataset = gdal.OpenEx(layer.source().split("|")[0], gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError:
        return ""
    if dataset is None or not 1 <= band <= dataset.RasterCount:
        return ""
    return dataset.GetRasterBand(band).GetDescription() or ""


def translate_band_title(layer, project) -> bool:
    """Give the layer's legend its band title in the user's language, in place of QGIS's
    'Band 1: <description> (<colour interpretation>)' (English words in every language).

    The title is the layer tree's legend label (what "Rename legend item" in QGIS sets, kept in
    the project); the band description of the file is left as it is. True when set.
    """
    renderer = layer.renderer() if layer is not None and layer.type() == layer.RasterLayer else None
    if renderer is None or renderer.type() not in TITLED_RENDERERS or project is None:
        return False
    band = renderer.grayBand() if renderer.type() == "singlebandgray" else renderer.band()
    description = _band_description(layer, band)
    if not description.strip():
        return False
    from qgis.core import QgsMapLayerLegendUtils

    title = band_title(description)
    nodes = project.layerTreeRoot().findLayers()
    found = False
    for node in nodes:
        if node.layerId() == layer.id():
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, title)
            found = True
    if found:
        layer.legendChanged.emit()  # the layer tree shows the new title
    return found
