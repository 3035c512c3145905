"""Per-parameter help: every parameter of the algorithms has a tooltip (setHelp) in English
and in Chinese, taken from the same parameter_help() the help panel's "Inputs and units" and
"Outputs" sections list; the help panel wraps its formulas."""

from __future__ import annotations

import re

import pytest

from carbonsink_plugin import i18n
from carbonsink_plugin.processing.registry import algorithm_classes

CJK = re.compile(r"[\u4e00-\u9fff]")

# Every algorithm: each of its parameters has help.
DOCUMENTED = {cls.ALGORITHM_ID for cls in algorithm_classes()}


def fresh(algorithm_id: str):
    """A new instance, initialised now (its help in the language installed now)."""
    (cls,) = [cls for cls in algorithm_classes() if algorithm_id == cls.ALGORITHM_ID]
    return cls().create()


@pytest.fixture
def chinese(provider):
    translator = i18n.install_translator("zh_CN")
    assert translator is not None
    yield translator
    i18n.remove_translator(translator)


def prose(text: str) -> bool:
    """English words outside parameter names, product names and parentheses."""
    text = re.sub(r"\([^)]*\)|'[^']*'|\b[A-Z0-9_]{2,}\b", "", text)
    return re.search(r"\b[a-z]{4,}\b", text) is not None


@pytest.mark.parametrize("algorithm_id", sorted(DOCUMENTED))
def test_every_parameter_has_help_in_english(provider, algorithm_id):
    algorithm = fresh(algorithm_id)
    for parameter in algorithm.parameterDefinitions():
        text = parameter.help()
        assert text.strip(), (algorithm_id, parameter.name())
        assert prose(text), (algorithm_id, parameter.name())  # English words
        # Chinese only in file and column names the help quotes (中国地面气候资料, 站号).
        assert not CJK.search(text) or algorithm_id == "stations", (algorithm_id, parameter.name())
        # QGIS shows it in the label's tooltip, after the label.
        assert text in parameter.toolTip()


@pytest.mark.parametrize("algorithm_id", sorted(DOCUMENTED))
def test_every_parameter_has_help_in_chinese(chinese, algorithm_id):
    algorithm = fresh(algorithm_id)
    for parameter in algorithm.parameterDefinitions():
        text = parameter.help()
        assert CJK.search(text), (algorithm_id, parameter.name(), text[:60])
        for line in text.split("<br>"):
            assert CJK.search(line) or not prose(line), (algorithm_id, parameter.name(), line)


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda cls: cls.ALGORITHM_ID)
def test_help_names_only_parameters_and_outputs_the_algorithm_has(provider, cls):
    algorithm = cls().create()
    known = {p.name() for p in algorithm.parameterDefinitions()}
    known |= {o.name() for o in algorithm.outputDefinitions()}
    for key in algorithm.parameter_help():
        for name in (key,) if isinstance(key, str) else key:
            assert name in known, (cls.ALGORITHM_ID, name)


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda cls: cls.ALGORITHM_ID)
def test_the_help_panel_lists_each_help_line_once_under_inputs_or_outputs(provider, cls):
    import html

    algorithm = cls().create()
    page = algorithm.shortHelpString()
    inputs, _, rest = page.partition("<h3>Outputs</h3>")
    for key, content in algorithm.parameter_help().items():
        name = key if isinstance(key, str) else key[0]
        definition = algorithm.parameterDefinition(name)
        is_output = definition.isDestination() if definition else True
        for line in [content] if isinstance(content, str) else content:
            item = f"<li>{html.escape(line)}</li>"
            assert page.count(item) == 1, (cls.ALGORITHM_ID, line[:60])
            assert item in (rest if is_output else inputs), (cls.ALGORITHM_ID, line[:60])


def test_a_parameter_named_by_several_lines_gets_all_of_them(provider):
    algorithm = fresh("casanpp")
    sol = algorithm.parameterDefinition("SOL").help()
    assert sol.startswith("NDVI, SOL, TEMPERATURE, PRECIPITATION: 12-band stacks")
    assert "<br>NDVI unitless (−1…1); SOL MJ·m⁻²·month⁻¹" in sol


def test_help_is_escaped_for_the_tooltip(provider):
    """QGIS puts help() into the tooltip's HTML as it is."""
    algorithm = fresh("casanpp")
    text = algorithm.parameterDefinition("NDVI_EXTREMES").help()
    assert "'data'" in text and "<" not in text.replace("<br>", "")


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda cls: cls.ALGORITHM_ID)
def test_formulas_wrap_in_the_narrow_help_panel(provider, cls):
    algorithm = cls().create()
    page = algorithm.shortHelpString()
    assert "<pre>" not in page
    if algorithm.help_sections().get("formula"):
        assert '<p style="white-space: pre-wrap; font-family: monospace">' in page
