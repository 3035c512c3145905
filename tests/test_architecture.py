"""The house rules that keep the science testable without QGIS (CONTRIBUTING, "The house"):
core/ imports neither qgis nor Qt nor anything above it, and the report's content and HTML
are built without Qt (only its maps, PDF and the Qt chart backend need QGIS). The layers above
core meet only at their edges: report/ imports neither processing/ nor gui/, and gui/ reaches
processing/ only through the provider and the registry (the algorithms QGIS lists).

Two checks: every import statement in those files, wherever it stands (also inside a
function), and a fresh interpreter that imports the modules with qgis, PyQt and sip blocked.
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "carbonsink_plugin"
QT = ("qgis", "PyQt5", "PyQt6", "sip", "processing")
ABOVE_CORE = ("processing", "gui", "report", "plugin", "i18n")

CORE = sorted(p for p in (PLUGIN / "core").glob("*.py"))
# The report's content and its HTML: Qt-free by design (report/maps.py and report/pdf.py draw
# with QGIS; report/charts.py imports Qt only inside its Qt backend).
REPORT = [PLUGIN / "report" / f"{name}.py" for name in ("builder", "document", "html", "inputs")]
REPORT += [PLUGIN / "report" / "vocabulary.py"]
REPORT_ALL = sorted((PLUGIN / "report").glob("*.py"))
GUI = sorted((PLUGIN / "gui").glob("*.py"))
# processing.legends: the legend and band titles in the user's language, which the algorithms'
# style post-processors apply and the panel applies to the sample data it loads (Qt only).
GUI_MAY_USE = (
    "processing.provider",
    "processing.registry",
    "processing.legends",  # legend titles in the user's language
    "processing.enum_labels",  # choices shown in words, as the dialogs show them
)
# The sample-data generator (shipped for the "Open sample data" action): numpy and GDAL only.
SAMPLEDATA = PLUGIN / "sampledata.py"


def imported_modules(path: Path) -> list[tuple[str, int]]:
    """(absolute or relative module name, line) of every import in the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append(("." * node.level + (node.module or ""), node.lineno))
    return found


@pytest.mark.parametrize(
    "path", CORE + REPORT + [SAMPLEDATA], ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_no_qgis_or_qt_import_anywhere_in_the_file(path):
    for name, line in imported_modules(path):
        assert name.split(".")[0] not in QT, f"{path.name}:{line} imports {name}"


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.name)
def test_core_imports_nothing_above_it(path):
    for name, line in imported_modules(path):
        if name.startswith(".."):  # carbonsink_plugin.<something> from core/
            assert name[2:].split(".")[0] not in ABOVE_CORE, f"{path.name}:{line} imports {name}"
        assert not name.startswith("carbonsink_plugin."), f"{path.name}:{line}: use . imports"


def plugin_module(name: str) -> str | None:
    """carbonsink_plugin.<module> for an import from report/ or gui/ ('..x.y' → 'x.y'), or None
    for an import from outside the plugin ('.x' stays inside the same folder)."""
    if name.startswith("carbonsink_plugin."):
        return name.split(".", 1)[1]
    if name.startswith("..") and not name.startswith("..."):
        return name[2:]
    return None


@pytest.mark.parametrize("path", REPORT_ALL, ids=lambda p: p.name)
def test_report_imports_no_processing_or_gui(path):
    for name, line in imported_modules(path):
        module = plugin_module(name) or ""
        assert module.split(".")[0] not in ("processing", "gui"), f"{path.name}:{line}: {name}"


@pytest.mark.parametrize("path", GUI, ids=lambda p: p.name)
def test_gui_uses_processing_only_through_the_provider_and_registry(path):
    for name, line in imported_modules(path):
        module = plugin_module(name) or ""
        if module.split(".")[0] == "processing":
            assert module in GUI_MAY_USE, f"{path.name}:{line} imports {name}"


def test_the_edge_checks_see_the_imports_they_forbid():
    """Both checks read what they must: a relative import of processing is recognised."""
    assert plugin_module("..processing.base") == "processing.base"
    assert plugin_module("carbonsink_plugin.gui.dock") == "gui.dock"
    assert plugin_module(".charts") is None and plugin_module("processing") is None
    dock = imported_modules(PLUGIN / "gui" / "dock.py")
    assert any(plugin_module(name) == "processing.provider" for name, _ in dock)


IMPORT_WITH_QT_BLOCKED = """
import importlib, importlib.abc, json, sys

class Blocked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"blocked: {name}")
        return None

BLOCKED = set(sys.argv[1].split(","))
sys.meta_path.insert(0, Blocked())
failures = {}
for module in sys.argv[2:]:
    try:
        importlib.import_module(module)
    except Exception as error:
        failures[module] = f"{type(error).__name__}: {error}"
print(json.dumps({"failures": failures, "loaded": sorted(
    m for m in sys.modules if m.split(".")[0] in BLOCKED)}))
"""


def test_core_and_the_report_content_import_with_qgis_and_qt_blocked():
    modules = [f"carbonsink_plugin.core.{p.stem}" for p in CORE if p.stem != "__init__"]
    modules += [f"carbonsink_plugin.report.{p.stem}" for p in REPORT]
    modules.append("carbonsink_plugin.sampledata")
    modules.append("carbonsink_plugin.report.charts")  # Qt only inside its Qt backend
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_WITH_QT_BLOCKED, ",".join(QT), *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"failures": {}, "loaded": []}
    assert len(modules) >= 20  # the globs found the modules (every core module was tried)


def test_the_blocker_does_block():
    """The check above could pass by accident if nothing were blocked: a Qt module fails."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_WITH_QT_BLOCKED, ",".join(QT), "carbonsink_plugin.i18n"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    failures = json.loads(result.stdout.strip().splitlines()[-1])["failures"]
    assert "blocked: qgis" in failures["carbonsink_plugin.i18n"]
