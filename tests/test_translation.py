"""The zh_CN translation: complete, faithful to its placeholders, in step with the code, and
actually found at runtime (the tr() contexts match what scripts/translations.py records, the
same as pylupdate5 did).

The .qm is built by `make build` (make test does it first).
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)
from support import write_raster

from carbonsink_plugin import i18n
from carbonsink_plugin.paths import resource_path
from carbonsink_plugin.processing import legends
from carbonsink_plugin.processing.base import StylePostProcessor
from carbonsink_plugin.processing.provider import CarbonSinkProvider
from carbonsink_plugin.processing.registry import algorithm_classes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import translations  # noqa: E402 - scripts/translations.py

LRELEASE = shutil.which("lrelease", path="/usr/lib/qt6/bin") or shutil.which("lrelease")

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "carbonsink_plugin"
TS = PLUGIN / "resources" / "i18n" / "carbonsink_zh_CN.ts"
QM = TS.with_suffix(".qm")
STYLES = PLUGIN / "resources" / "styles"

CJK = re.compile(r"[\u4e00-\u9fff]")
# {0}, {1:.2f}, {name}, and printf-style %s / %n / %1
PLACEHOLDER = re.compile(r"\{[^{}\s]*\}|%(?:[0-9]+|[sndL])")


def messages(path=TS) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def plugin_sources() -> list[Path]:
    return sorted(p for p in PLUGIN.rglob("*") if p.suffix in (".py", ".ui"))


# --- the .ts file -------------------------------------------------------------------------------


def test_the_ts_file_is_zh_cn_and_every_message_is_translated():
    assert ET.parse(TS).getroot().get("language") == "zh_CN"
    found = messages()
    assert len(found) > 600
    for context, source, translation in found:
        assert translation.get("type") is None, (
            f"{context}: {source!r} is {translation.get('type')}"
        )
        assert (translation.text or "").strip(), f"{context}: {source!r} has no translation"


def test_translations_keep_the_placeholders_of_their_source():
    for context, source, translation in messages():
        expected = sorted(PLACEHOLDER.findall(source))
        assert sorted(PLACEHOLDER.findall(translation.text)) == expected, (context, source)
        # Leading indentation (log lines listed under a heading) survives too.
        indent = len(source) - len(source.lstrip(" "))
        assert translation.text[:indent] == source[:indent], (context, source)


def test_translations_are_chinese_except_names_and_references():
    """Everything reads in Chinese; what may stay as is: abbreviations and units (NPP, r²),
    the bilingual dock title, separators, and bibliographic references."""
    kept = 0
    for context, source, translation in messages():
        if CJK.search(translation.text):
            continue
        kept += 1
        words = re.findall(r"[A-Za-z]{3,}", translation.text)
        is_reference = re.search(r"\(\d{4}\)", source) is not None
        assert is_reference or len(words) <= 1, (context, source, translation.text)
    assert kept < 10


def test_every_string_of_the_code_is_in_the_ts_file():
    """The extractor over the plugin gives exactly the messages of the committed .ts
    (run `make translations-update` and translate the new ones when this fails)."""
    extracted = set(translations.extract([str(p) for p in plugin_sources()]))
    committed = {(context, source) for context, source, _ in messages()}
    assert extracted - committed == set(), "strings in the code missing from the .ts"
    assert committed - extracted == set(), "stale strings in the .ts"


SAMPLE_SOURCE = """
from qgis.PyQt.QtCore import QCoreApplication
Zoning = TranslationContext("Zoning")

class Algorithm:
    def name(self):
        return self.tr("Carbon sink")

    class Inner:
        def label(self):
            return self.tr("Inner label")

def warn():
    return Zoning.tr("Zones without a polygon: {0}.")

TEMPLATE = QT_TRANSLATE_NOOP("Core", "{name}: cannot open '{path}'.")
TITLE = QCoreApplication.translate("Steps", "Stage 2")
NOT_A_MESSAGE = str.translate("abc", {})
"""

SAMPLE_UI = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0"><class>StepPageBase</class>
<widget class="QWidget" name="StepPageBase">
 <widget class="QPushButton" name="run"><property name="text"><string>Run</string></property>
 </widget>
 <widget class="QLabel" name="id"><property name="text"><string notr="true">x</string></property>
 </widget>
</widget></ui>
"""


def test_the_extractor_records_every_form_under_the_context_the_runtime_asks_for(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(SAMPLE_SOURCE, encoding="utf-8")
    form = tmp_path / "step.ui"
    form.write_text(SAMPLE_UI, encoding="utf-8")
    assert list(translations.extract([str(source), str(form)])) == [
        ("Algorithm", "Carbon sink"),
        ("Inner", "Inner label"),
        ("Zoning", "Zones without a polygon: {0}."),
        ("Core", "{name}: cannot open '{path}'."),
        ("Steps", "Stage 2"),
        ("StepPageBase", "Run"),
    ]


def test_updating_the_ts_keeps_translations_adds_new_strings_and_drops_stale_ones(tmp_path):
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        'language="zh_CN"><context><name>Algorithm</name>'
        "<message><source>Carbon sink</source><translation>碳汇</translation></message>"
        "<message><source>Gone</source><translation>旧</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    source = tmp_path / "sample.py"
    source.write_text(SAMPLE_SOURCE, encoding="utf-8")
    assert translations.update(str(ts), [str(source)]) == (1, 4, 1)
    found = {(c, s): t for c, s, t in messages(ts)}
    assert found["Algorithm", "Carbon sink"].text == "碳汇"
    assert found["Algorithm", "Carbon sink"].get("type") is None
    assert found["Core", "{name}: cannot open '{path}'."].get("type") == "unfinished"
    assert ("Algorithm", "Gone") not in found


def test_lrelease_reports_no_unfinished_translation(tmp_path):
    lrelease = LRELEASE
    assert lrelease, "Qt6's lrelease is needed (Debian: qt6-l10n-tools; `make deps`)"
    result = subprocess.run(
        [lrelease, str(TS), "-qm", str(tmp_path / "out.qm")],
        check=True,
        capture_output=True,
        text=True,
    )
    counts = re.search(r"(\d+) finished and (\d+) unfinished", result.stdout)
    assert counts, result.stdout
    assert int(counts.group(1)) == len(messages()) and int(counts.group(2)) == 0
    assert "untranslated" not in result.stdout, result.stdout


# --- the code: every tr() is extractable and found at runtime -----------------------------------


def _translation_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level `Name = TranslationContext("Context")` assignments: {Name: Context}."""
    contexts = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", None) == "TranslationContext"
        ):
            contexts[node.targets[0].id] = node.value.args[0].value
    return contexts


def _literal(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _tr_calls(tree):
    """(call, enclosing class or None) for every call of the module."""
    stack = [(tree, None)]
    while stack:
        node, klass = stack.pop()
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else klass
            if isinstance(child, ast.Call):
                yield child, klass
            stack.append((child, inner))


@pytest.mark.parametrize("path", [p for p in plugin_sources() if p.suffix == ".py"], ids=str)
def test_every_tr_call_is_one_pylupdate5_records_where_tr_for_looks(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    contexts = _translation_contexts(tree)
    for name, context in contexts.items():
        assert name == context, f"{path.name}: {name} = TranslationContext({context!r})"
    for call, klass in _tr_calls(tree):
        func = call.func
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if isinstance(func, ast.Name) and func.id == "tr":
            pytest.fail(f"{where}: bare tr() (an alias of self.tr) is recorded under @default")
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = (
                func.value.id if isinstance(func.value, ast.Name) else ast.unparse(func.value)
            )
            assert call.args and _literal(call.args[0]), f"{where}: tr() of a non-literal"
            if receiver == "self":
                assert klass is not None, f"{where}: self.tr outside a class"
            else:
                assert receiver in contexts, (
                    f"{where}: {receiver}.tr is recorded under '{receiver}', which no class or "
                    "TranslationContext of this module is called"
                )
        if getattr(func, "attr", getattr(func, "id", None)) == "QT_TRANSLATE_NOOP":
            assert _literal(call.args[0]) and _literal(call.args[1]), where
        if getattr(func, "attr", None) == "translate" and getattr(func.value, "id", "") in (
            "QCoreApplication",
            "QApplication",
        ):
            literal = call.args and all(_literal(a) for a in call.args[:2])
            helper = path.name in ("legends.py", "i18n.py")  # the runtime side of lookups
            assert literal or helper, f"{where}: translate() with a computed context or text"


def test_every_context_of_the_ts_file_is_one_the_runtime_asks_for():
    """Class names (tr_for walks the MRO), TranslationContext names, the legend context and
    the .ui forms; never @default, which nothing looks up."""
    known = {legends.CONTEXT}
    for path in plugin_sources():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".ui":
            known |= set(re.findall(r"<class>(\w+)</class>", text)[:1])
            continue
        tree = ast.parse(text)
        known |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        known |= set(_translation_contexts(tree).values())
    contexts = {context for context, _, _ in messages()}
    assert contexts - known == set()


# --- runtime: the plugin in Chinese --------------------------------------------------------------


@pytest.fixture
def chinese(request, provider):
    """Our translator installed for a Chinese locale (after the session's provider exists, so
    its algorithms stay English for the other tests); removed afterwards."""
    assert QM.exists() and QM.stat().st_mtime >= TS.stat().st_mtime, "run `make build` first"
    translator = i18n.install_translator(getattr(request, "param", "zh_CN"))
    assert translator is not None
    yield translator
    i18n.remove_translator(translator)


def prose(text: str) -> bool:
    """Whether a help line holds English words (a table such as 'CLCD (clcd): 1→8, 2→2' does
    not: product names and parenthesised keys are the same in every language)."""
    return re.search(r"\b[a-z]{3,}\b", re.sub(r"\([^)]*\)", "", text)) is not None


def fresh_algorithms():
    """New instances of every algorithm, initialised now (labels translated now)."""
    return [cls().create() for cls in algorithm_classes()]


@pytest.mark.parametrize("chinese", ["zh_CN", "zh-Hans", "zh"], indirect=True)
def test_provider_groups_algorithms_and_parameters_come_out_in_chinese(chinese):
    assert CarbonSinkProvider().name() == "城市碳汇遥感评价"
    algorithms = fresh_algorithms()
    assert len(algorithms) == len(algorithm_classes()) >= 12
    for algorithm in algorithms:
        name = algorithm.name()
        assert CJK.search(algorithm.displayName()), name
        assert CJK.search(algorithm.group()), name
        assert CJK.search(algorithm.shortDescription() or "中"), name
        for parameter in algorithm.parameterDefinitions():
            assert CJK.search(parameter.description()), (name, parameter.name())
        for output in algorithm.outputDefinitions():
            assert CJK.search(output.description()) or output.description() in (
                "NPP",
                "NEP",
            ), (name, output.name(), output.description())
        # Every help line but the references is Chinese, the zone lines included.
        sections = algorithm.help_sections()
        for key in ("summary", "formula", "inputs", "outputs", "notes"):
            content = sections.get(key) or []
            for line in [content] if isinstance(content, str) else content:
                assert CJK.search(line) or not prose(line), (name, key, line[:60])
        assert "<h3>方法</h3>" in algorithm.shortHelpString() or not sections.get("formula")


def test_a_subclass_never_shadows_a_string_of_its_base_with_another_translation():
    """tr_for tries the instance's class first: a source text that a subclass also translates
    must read the same, or the base's text (e.g. a help heading) changes in that subclass."""
    from carbonsink_plugin.gui import inputs

    by_context: dict[str, dict[str, str]] = {}
    for context, source, translation in messages():
        by_context.setdefault(context, {})[source] = translation.text
    classes = [*algorithm_classes(), inputs.LayerInput, inputs.FieldInput]
    classes += [inputs.MultipleLayersInput, inputs.ProcessingWidgetInput]
    for cls in classes:
        names = [c.__name__ for c in cls.__mro__ if c.__module__.startswith("carbonsink_plugin")]
        for i, own in enumerate(names):
            for base in names[i + 1 :]:
                shared = by_context.get(own, {}).keys() & by_context.get(base, {}).keys()
                for source in shared:
                    assert by_context[own][source] == by_context[base][source], (own, base, source)


def test_group_names_follow_the_stage_titles_of_the_standard(chinese):
    groups = {a.groupId(): a.group() for a in fresh_algorithms()}
    assert groups["preprocessing"] == "1 · 资料收集与数据处理"
    assert groups["carbonsink"] == "3 · 城市碳汇遥感计算"
    assert groups["groundcheck"] == "4 · 地面核查"
    assert groups["evaluation"] == "5 · 城市碳汇评价分析"
    stages = fresh_algorithms()[0].group_names()
    assert stages["npp"] == "2 · 净初级生产力数据获取"


def test_messages_and_layer_names_are_translated_at_runtime(chinese):
    """A few strings of each kind, through the same calls the algorithms make."""
    by_id = {a.name(): a for a in fresh_algorithms()}
    assert by_id["carbonsink"].tr("Canceled: no output was written.") == "已取消：未写出任何输出。"
    # a message of a shared module-level helper (context Zoning), formatted after translation
    from carbonsink_plugin.processing import preprocessing_common, zoning

    assert zoning.Zoning.tr("{0}: no polygon layer given.").format("分区") == (
        "分区：未提供多边形图层。"
    )
    assert preprocessing_common.monthly_layer_name("temperature") == "月平均气温（°C）"
    assert legends.vegetation_type_label(2) == "2 常绿阔叶林"
    grade = by_id["grade"]
    assert grade.default_labels()["Very strong sink"] == "极强碳汇"
    assert grade.parameterDefinition("BREAKS").headers() == ["下限", "上限", "名称"]
    trend = by_id["trend"]
    assert trend.class_names()[4] == "显著增加（Z > 1.96）"


def test_with_an_english_locale_everything_stays_english(provider):
    assert i18n.install_translator("en_US") is None
    assert CarbonSinkProvider().name() == "Urban carbon sink (DB4403/T 348)"
    for algorithm in fresh_algorithms():
        assert not CJK.search(algorithm.displayName()), algorithm.name()
        assert not CJK.search(algorithm.group()), algorithm.name()
        for parameter in algorithm.parameterDefinitions():
            assert not CJK.search(parameter.description()), (algorithm.name(), parameter.name())
    assert legends.vegetation_type_label(2) == "2 Evergreen broadleaf forest"


def test_the_dock_shows_the_stages_and_its_form_in_chinese(chinese, qgis_app):
    from qgis.core import QgsProject

    from carbonsink_plugin.gui.dock import CarbonSinkDock

    project = QgsProject()
    dock = CarbonSinkDock(project=project)
    try:
        titles = [dock.toolbox.itemText(i) for i in range(dock.toolbox.count())]
        assert titles[:5] == [
            "1 · 资料收集与数据处理",
            "2 · 净初级生产力数据获取",
            "3 · 城市碳汇遥感计算",
            "4 · 地面核查",
            "5 · 城市碳汇评价分析",
        ]
        page = dock.page("carbonsink")
        assert page.runButton.text() == "运行" and page.helpButton.text() == "帮助"
        assert CJK.search(page.descriptionLabel.text())
        assert all(
            CJK.search(page.algorithmCombo.itemText(i)) for i in range(page.algorithmCombo.count())
        )
        assert CJK.search(dock.body.introLabel.text())
        assert CJK.search(dock.body.outputFolderLabel.text())
    finally:
        dock.shutdown()
        dock.deleteLater()


# --- legends of the styles ---------------------------------------------------------------------


def qml_labels(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [
        element.get("label")
        for element in root.iter()
        if element.tag in ("paletteEntry", "item", "category", "rule") and element.get("label")
    ]


def worded(label: str) -> bool:
    """A label with words (not only numbers, units and symbols such as 'p ≤ 0.01')."""
    rest = re.sub(r"gC·m⁻²·(a|month)⁻¹|tCO₂·ha⁻¹·a⁻¹", "", label)
    return bool(re.search(r"[A-Za-z]{2,}|[\u4e00-\u9fff]", rest))


def test_every_worded_legend_label_of_the_styles_is_in_the_legend_table():
    table = set(legends.LABELS)
    for path in sorted(STYLES.glob("*.qml")):
        for label in qml_labels(path):
            assert not CJK.search(label), f"{path.name}: {label!r} (English in the file)"
            if worded(label):
                assert label in table, f"{path.name}: {label!r} missing from legends.LABELS"


def _layer(style: str, tmp_path):
    if style in ("sampling_plots", "groundcheck_plots"):
        fields = "field=stratum:integer&field=rel_error:double&field=excluded:integer"
        return QgsVectorLayer(f"Point?crs=EPSG:4547&{fields}", style, "memory")
    data = np.arange(0, 9, dtype=np.uint8 if style in ("vegetation_types", "sink_class") else "f4")
    return QgsRasterLayer(write_raster(tmp_path / f"{style}.tif", data.reshape(3, 3)), style)


def legend_labels(layer) -> list[str]:
    renderer = layer.renderer()
    kind = renderer.type()
    if kind == "paletted":
        return [c.label for c in renderer.classes()]
    if kind == "singlebandpseudocolor":
        function = renderer.shader().rasterShaderFunction()
        return [item.label for item in function.colorRampItemList()]
    if kind == "categorizedSymbol":
        return [c.label() for c in renderer.categories()]
    return [rule.label() for rule in renderer.rootRule().descendants()]


STYLED = ("vegetation_types", "sink_class", "nep", "co2_density", "sampling_plots")
STYLED += ("groundcheck_plots", "grade", "trend_class")


@pytest.mark.parametrize("style", STYLED)
def test_styled_outputs_get_their_legend_in_chinese(chinese, tmp_path, style):
    """Through the post-processor Processing runs when it loads an algorithm's output."""
    layer = _layer(style, tmp_path)
    processor = StylePostProcessor.create(resource_path("styles", f"{style}.qml"))
    processor.postProcessLayer(layer, QgsProcessingContext(), QgsProcessingFeedback())
    labels = legend_labels(layer)
    english = qml_labels(STYLES / f"{style}.qml")
    assert len(labels) == len(english)
    for label, source in zip(labels, english):
        if worded(source):
            assert CJK.search(label), (style, source, label)
        else:
            assert label == source
    if style == "vegetation_types":
        assert labels[2] == "2 常绿阔叶林" and labels[0] == "0 非植被"
    if style == "sink_class":
        assert labels[1] == "碳汇（NEP > 0）"


@pytest.mark.parametrize("style", STYLED)
def test_styled_outputs_keep_english_legends_in_english(provider, tmp_path, style):
    layer = _layer(style, tmp_path)
    processor = StylePostProcessor.create(resource_path("styles", f"{style}.qml"))
    processor.postProcessLayer(layer, QgsProcessingContext(), QgsProcessingFeedback())
    assert legend_labels(layer) == qml_labels(STYLES / f"{style}.qml")


def test_no_translator_is_left_installed_for_other_tests(provider):
    """Regression guard for the fixtures above: English again after them."""
    assert CarbonSinkProvider().name() == "Urban carbon sink (DB4403/T 348)"
    assert os.path.exists(resource_path("styles", "sink_class.qml"))


# --- Chinese typography ------------------------------------------------------------------------

# A space after Chinese sentence punctuation, or between two Chinese characters (a line break in
# an HTML page counts: Qt and browsers render it as a space).
STRAY_SPACE = re.compile(r"[。！？；] |[\u4e00-\u9fff。！？；，：、）”]\s+[\u4e00-\u9fff（“]")


def test_chinese_translations_have_no_stray_spaces_between_sentences():
    """Formulas aside (their ';  ' separates equations in the monospace block)."""
    for context, source, translation in messages():
        if "\n" in source and "=" in source:  # a formula block
            continue
        for line in translation.text.split("\n"):  # a line break becomes <br>, no space
            assert not STRAY_SPACE.search(line.strip()), (context, translation.text)


def test_chinese_unit_labels_are_written_one_way():
    """月⁻¹ in Chinese, never 'month⁻¹' (band metadata keys such as month=01 stay)."""
    for context, _source, translation in messages():
        assert "month⁻¹" not in translation.text, (context, translation.text)
        assert "·月（" not in translation.text, (context, translation.text)


@pytest.mark.parametrize("page", sorted((PLUGIN / "resources" / "help").glob("*_zh_CN.html")))
def test_chinese_help_pages_have_no_stray_spaces_between_sentences(page):
    text = re.sub(r"<pre.*?</pre>", "", page.read_text(encoding="utf-8"), flags=re.S)
    found = STRAY_SPACE.search(text)
    assert not found, text[max(0, found.start() - 30) : found.end() + 10]
    assert "month⁻¹" not in text
