"""Every message is filled with the values it names, and with the right ones.

Statically, for every message of the code: a core template (QT_TRANSLATE_NOOP("Core", …),
directly or through a module constant) is given exactly the {named} values it uses, and a
processing message `….tr("…").format(…)` exactly as many positional values as its {0}…{n}
(none left out, none unused). A template and its values that drift apart would either raise
KeyError/IndexError in front of the user or print a value nobody meant.

Then a few representative cases run for real, where a value could be the wrong one although
the count is right: the two origins of a shifted grid, the input an output points at, the
months of a composite, the extents of a study area.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import numpy as np
import pytest
from support import write_raster

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "carbonsink_plugin"
FORMATTER = string.Formatter()


def _fields(template: str) -> list[str]:
    """The replacement fields of a str.format template (names or indices), nested specs too."""
    found = []
    for _text, name, spec, _conversion in FORMATTER.parse(template):
        if name is not None:
            found.append(name.split(".")[0].split("[")[0])
            if spec:
                found += _fields(spec)
    return found


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _is_marker(node) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    )


def _modules():
    for path in sorted(PLUGIN.rglob("*.py")):
        yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))


def core_uses():
    """(where, template, keyword names given) of every call whose first argument is a core
    template: Message(…), InputError(…), RasterError(…) and the like."""
    uses = []
    for path, tree in _modules():
        constants = {
            node.targets[0].id: _literal(node.value.args[1])
            for node in tree.body
            if isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and _is_marker(node.value)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if _is_marker(first):
                template = _literal(first.args[1])
            elif isinstance(first, ast.Name) and first.id in constants:
                template = constants[first.id]
            else:
                continue
            if any(keyword.arg is None for keyword in node.keywords):  # **values: not static
                continue
            names = {k.arg for k in node.keywords} - {"context"}
            uses.append((f"{path}:{node.lineno}", template, names))
    return uses


def tr_format_uses():
    """(where, template, positional count, keyword names) of every `….tr("…").format(…)`."""
    uses = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
            ):
                continue
            inner = node.func.value
            if not (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "tr"
                and inner.args
            ):
                continue
            template = _literal(inner.args[0])
            if template is None or any(isinstance(a, ast.Starred) for a in node.args):
                continue
            names = {k.arg for k in node.keywords}
            uses.append((f"{path}:{node.lineno}", template, len(node.args), names))
    return uses


def test_every_core_template_gets_exactly_the_values_it_names():
    uses = core_uses()
    assert len(uses) > 150  # the scan finds the catalogue (not an empty pass)
    wrong = [
        (where, sorted(set(_fields(template))), sorted(names))
        for where, template, names in uses
        if (names or _fields(template)) and set(_fields(template)) != names
    ]
    assert wrong == []


def test_every_processing_message_gets_one_value_per_placeholder():
    uses = tr_format_uses()
    assert len(uses) > 150
    wrong = []
    for where, template, count, names in uses:
        fields = _fields(template)
        indices = sorted({int(f) for f in fields if f.isdigit()})
        named = {f for f in fields if not f.isdigit()}
        if indices != list(range(count)) or named != names:
            wrong.append((where, indices, count, sorted(named), sorted(names)))
    assert wrong == []


def test_the_scan_catches_a_template_and_values_that_drift_apart():
    """The checks above can fail: a value left out and an unused one are both found."""
    assert set(_fields("{name}: {count:.0%} of {total} ({detail})")) == {
        "name",
        "count",
        "total",
        "detail",
    }
    assert _fields("{0}: {1:{2}}") == ["0", "1", "2"]


# --- the right values, not only the right number of them ------------------------------------


def test_a_shifted_grid_gives_each_layer_its_own_origin(tmp_path):
    """B is A shifted by 15 m east: the message says B's origin first, as it names B."""
    from carbonsink_plugin.core import raster

    a = write_raster(tmp_path / "a.tif", np.zeros((4, 4), np.float32))
    b = write_raster(tmp_path / "b.tif", np.zeros((4, 4), np.float32), origin=(500015.0, 2.5e6))
    with pytest.raises(raster.GridMismatchError) as raised:
        raster.open_sources({"NDVI": a, "SHIFTED": b})
    assert (
        "SHIFTED differs from NDVI: origin/pixel size (x0=500015, y0=2.5e+06, pixel 30×30) vs "
        "(x0=500000, y0=2.5e+06, pixel 30×30)"
    ) in str(raised.value)


def test_the_input_an_output_points_at_is_named_by_the_parameter_that_holds_it(tmp_path):
    """NIR read as band 2 of the red layer, the output on that layer: it is RED."""
    from carbonsink_plugin.core import raster

    path = write_raster(tmp_path / "bands.tif", np.ones((2, 3, 3), np.float32))
    sources = {
        "RED": raster.Source(path, "Red [RED]", bands=[1]),
        "NIR": raster.Source(path, "Band number of near-infrared [NIR_BAND]", bands=[2]),
    }
    before = Path(path).read_bytes()
    with pytest.raises(raster.RasterError) as raised:
        raster.run_blocks(
            sources, {"OUTPUT": raster.Output(path)}, lambda b: {"OUTPUT": b["RED"][0]}
        )
    message = str(raised.value)
    assert "is the input Red [RED]: inputs are never overwritten" in message
    assert "NIR_BAND" not in message
    assert Path(path).read_bytes() == before


def test_the_months_of_a_composite_message_are_the_months_of_the_scenes():
    """Scenes in March and August only: covered 3, 8; empty the ten others; 6 needed."""
    from carbonsink_plugin.core import composite
    from carbonsink_plugin.core.errors import InputError

    with pytest.raises(InputError) as raised:
        composite.check_month_coverage([8, 3, 3], "INPUTS", "ALLOW_FEW_MONTHS")
    message = str(raised.value)
    assert "only 2 of the 12 months have a valid observation (3, 8)" in message
    assert "the other 10 months (1, 2, 4, 5, 6, 7, 9, 10, 11, 12)" in message
    assert "at least 6 months are observed" in message
    assert "copy of month" not in message  # two months observed, not one


def test_a_study_area_message_gives_both_extents_each_to_its_layer():
    from osgeo import ogr

    from carbonsink_plugin.core import raster, sampling
    from carbonsink_plugin.core.errors import InputError

    grid = raster.Grid(4, 2, (500000.0, 30.0, 0.0, 2500000.0, 0.0, -30.0), "")
    far = ogr.CreateGeometryFromWkt("POLYGON((0 0, 10 0, 10 20, 0 20, 0 0))").ExportToWkb()
    with pytest.raises(InputError) as raised:
        sampling.check_study_area([bytes(far)], grid, "STUDY_AREA", "VEGETATION")
    # the study area: x 0…10, y 0…20; the raster: x 500000…500120, y 2499940…2500000
    assert (
        "the study area (x 0 … 10, y 0 … 20) does not overlap VEGETATION (x 500000 … 500120, "
        "y 2.49994e+06 … 2.5e+06)"
    ) in str(raised.value)
