"""The core's messages reach the user in the user's language (core/errors.py: Message).

A representative core error and a core warning, raised through processing.run, come out in
Chinese with our zh_CN translator installed and in English without it, with the values filled
in; and every message template of the code is one that pylupdate5 extracts and the .ts
translates (a template pylupdate5 cannot read would stay English without any test noticing).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
from support import write_raster

from carbonsink_plugin import i18n

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "carbonsink_plugin"
TS = PLUGIN / "resources" / "i18n" / "carbonsink_zh_CN.ts"
QM = TS.with_suffix(".qm")
CJK = re.compile(r"[\u4e00-\u9fff]")


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning):  # noqa: N802 - QGIS API name
        self.warnings.append(warning)


def run(algorithm: str, parameters: dict, feedback=None) -> dict:
    import processing

    return processing.run(
        f"carbonsink:{algorithm}",
        parameters,
        feedback=feedback or QgsProcessingFeedback(),
        context=QgsProcessingContext(),
    )


@pytest.fixture
def chinese(provider):
    """Our translator installed (after the session's provider exists); removed afterwards."""
    assert QM.exists() and QM.stat().st_mtime >= TS.stat().st_mtime, "run `make build` first"
    translator = i18n.install_translator("zh_CN")
    assert translator is not None
    yield translator
    i18n.remove_translator(translator)


def grid_mismatch(tmp_path) -> str:
    """The error of carbonsink:ndvi with red at 30 m on 4×4 pixels and NIR at 60 m on 2×2
    (support.write_raster puts both origins at x0 = 500 000, y0 = 2 500 000)."""
    red = write_raster(tmp_path / "B04.tif", np.full((4, 4), 1500, np.uint16))
    nir = write_raster(tmp_path / "B08.tif", np.full((2, 2), 4000, np.uint16), pixel=60)
    parameters = {"RED": red, "NIR": nir, "SENSOR": "sentinel2_l2a"}
    with pytest.raises(QgsProcessingException) as raised:
        run("ndvi", {**parameters, "OUTPUT": str(tmp_path / "ndvi.tif")})
    assert not (tmp_path / "ndvi.tif").exists()
    return str(raised.value)


def test_a_core_grid_mismatch_comes_out_in_chinese_with_its_values(chinese, tmp_path):
    message = grid_mismatch(tmp_path)
    assert message.startswith("输入栅格不在同一网格上。")
    # the values: both inputs named by their (Chinese) labels and ids, sizes, pixel sizes
    assert "[NIR] 与 " in message and "[RED] 不同：" in message
    # NIR's values first (it is the layer named as differing), then RED's
    assert "大小 2×2 与 4×4 像元；" in message
    assert (
        "原点/像元大小（x0=500000，y0=2.5e+06，像元 60×60）与（x0=500000，y0=2.5e+06，像元 30×30）"
        in (message)
    )
    assert message.endswith("请先用“栅格对齐到参考网格”（carbonsink:align）将它们统一到同一网格。")
    assert not re.search(r"differs|pixels|vs|same grid|Put them", message)


def test_the_same_error_stays_english_without_the_translator(provider, tmp_path):
    assert i18n.install_translator("en_US") is None
    message = grid_mismatch(tmp_path)
    assert message.startswith("The input rasters are not on the same grid. ")
    assert "[NIR] differs from " in message
    assert (
        "[RED]: size 2×2 vs 4×4 pixels; origin/pixel size (x0=500000, y0=2.5e+06, pixel "
        "60×60) vs (x0=500000, y0=2.5e+06, pixel 30×30). Put them on one grid first with "
        "'Align rasters to a reference grid' (carbonsink:align)."
    ) in message
    assert not CJK.search(message)


def test_a_core_table_error_before_running_is_chinese_too(chinese, tmp_path):
    """checkParameterValues (processing.run checks first): the vegetation-type table names
    its parameter by its label; code 2 twice in the PARAMETERS matrix."""
    stack = write_raster(tmp_path / "s.tif", np.ones((12, 2, 2), np.float32))
    types = write_raster(tmp_path / "v.tif", np.full((2, 2), 2, np.uint8))
    parameters = {"NDVI": stack, "SOL": stack, "TEMPERATURE": stack, "PRECIPITATION": stack}
    parameters.update(VEGETATION=types, OUTPUT=str(tmp_path / "npp.tif"))
    parameters["PARAMETERS"] = [2, 1.0, 0.9, 0.1, 2, 1.0, 0.9, 0.1]
    with pytest.raises(QgsProcessingException, match=r"\[PARAMETERS\]：植被类型 2 出现了两次。"):
        run("casanpp", parameters)


def test_a_core_warning_is_logged_in_chinese(chinese, tmp_path):
    """A unit finding of core (WARNING: NEP within ±5, likely the CO₂ density or a monthly
    value) through the warning path of the processing layer."""
    nep = write_raster(tmp_path / "nep.tif", np.full((3, 3), 5.0, np.float32))
    log = Log()
    run(
        "grade",
        {"NEP": nep, "OUTPUT": str(tmp_path / "g.tif"), "TABLE": str(tmp_path / "g.gpkg")},
        log,
    )
    found = [w for w in log.warnings if "±5" in w]
    assert found == [
        "年 NEP（gC·m⁻²·a⁻¹） [NEP]：数值都在 ±5 以内；以 gC·m⁻²·a⁻¹ 为单位的年 NEP 通常为"
        "几十到几百。这是否是 CO₂ 碳汇密度栅格（tCO₂·ha⁻¹·a⁻¹）或月值，而不是年 NEP？"
    ]


def test_the_report_language_gets_its_own_translation_whatever_the_ui_language(provider):
    """The report (LANGUAGE) may be Chinese in an English QGIS: translate_into loads our .qm
    without installing it."""
    assert i18n.translate_into("en") is None and i18n.translate_into("zh_TW") is None
    translate = i18n.translate_into("zh_CN")
    assert translate("Core", "unknown format") == "未知格式"
    assert translate("Core", "no such text") == "no such text"
    assert i18n.message_text(i18n.message_of("unknown format")) == "unknown format"  # UI: en


# --- every template is extracted and translated -------------------------------------------


def _marked_templates() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call with literal arguments in the code."""
    found = set()
    for path in sorted(PLUGIN.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QT_TRANSLATE_NOOP"
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def test_every_marked_template_is_in_the_ts_file_translated():
    """pylupdate5 reads a QT_TRANSLATE_NOOP only when its context and the start of its text
    share a line (ruff would split a long call otherwise: hence `# fmt: skip`)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_translation import messages

    translated = {(c, s): t.text for c, s, t in messages()}
    templates = _marked_templates()
    assert len(templates) > 200
    missing = sorted(templates - translated.keys())
    assert missing == [], "templates pylupdate5 did not extract (or not translated)"


RAISED = ("InputError", "RasterError", "GridMismatchError", "Message")


def test_core_and_report_messages_are_templates_not_finished_english():
    """No f-string or plain English literal handed to an InputError or a Message in core/ and
    report/: the text must be a marked template (or a Message built from one)."""
    offenders = []
    for folder in ("core", "report"):
        for path in sorted((PLUGIN / folder).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                first = node.args[0]
                if name in RAISED and isinstance(first, (ast.JoinedStr, ast.Constant, ast.BinOp)):
                    offenders.append(f"{path.name}:{node.lineno}")
                if name == "__init__" and isinstance(first, ast.JoinedStr):  # error subclasses
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
