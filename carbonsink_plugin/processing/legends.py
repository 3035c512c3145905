"""Legend labels of the shipped styles, in the user's language.

The .qml files in resources/styles label their classes in English. When an algorithm's output
is loaded, the style post-processor passes every class label through this table (translation
context "StyleLegend"), so QGIS running in Chinese shows 碳汇 where English shows "Carbon sink".
Labels that are only numbers, units or symbols ("0.01 < p ≤ 0.05", "800 gC·m⁻²·a⁻¹") are not in
the table and stay as they are. tests/test_translation.py checks that every worded label of
every .qml is listed here.
"""

from __future__ import annotations

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
