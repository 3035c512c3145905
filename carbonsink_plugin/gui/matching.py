"""How the panel matches the project's layers and fields to an algorithm's inputs: by role, by
year and by provenance, never by name alone (issue 15 §1). Pure Python, no qgis or Qt: the
dock's input widgets (inputs.py) describe each layer as a LayerFacts and ask here.

- Name hints: the words an input declares (processing/parameters.LAYER_HINTS) scored against
  a layer or field name (match_score, best_match).
- Year: from the layer's name, else its file name, else our provenance metadata (every raster
  our algorithms write carries CARBONSINK_ALGORITHM / CARBONSINK_PARAMETERS, core/raster.py
  provenance(): the output path or the YEAR it was made for, else the one year its inputs agree
  on). A layer of another year than the evaluation year is never preselected.
- Role: the first band description of one of our rasters ("NPP gC m-2 a-1", "Rh …", "NEP …")
  says what it is; a raster of ours with another role is never preselected for an input.
- Our checked-plots output (carbonsink:groundcheck: model, measured_c, residual, rel_error) is
  never taken for field plots: it holds the model's values of a previous run.
- The measured field is the one of the evaluation year (npp_2023 for 2023); a field without a
  year in its name is taken only when no field has one.
- Alternatives (an algorithm's INPUT_ALTERNATIVES, e.g. the Rh raster vs temperature +
  precipitation): the first alternative all of whose inputs have a candidate is preselected,
  the others are left empty.

Every "left empty" comes with the reason, for the panel to show.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Sequence

from ..core.trend import year_from_name

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORDS = re.compile(r"[^0-9a-z\u3400-\u9fff]+")

# The fields carbonsink:groundcheck adds to the plots it checked (processing/groundcheck.py).
CHECKED_PLOT_FIELDS = frozenset({"model", "measured_c", "residual", "rel_error"})

# Inputs whose value is a raster of a known role (a parameter name → the roles that fit it).
ROLE_INPUTS = {
    "NPP": {"NPP"},
    "RH": {"RH"},
    "NEP": {"NEP"},
    "RASTER": {"NPP", "NEP"},
    "PREVIOUS_NEP": {"NEP"},
}

# Inputs that take field plots (measured values), by parameter name.
PLOT_INPUTS = frozenset({"PLOTS"})


# --- names ------------------------------------------------------------------------------------


def match_score(text: str, hints) -> int:
    """How well a layer or field name fits a parameter's hint words (0 = not at all)."""
    lowered = text.lower()
    words = [word for word in _WORDS.split(lowered) if word]
    best = 0
    for rank, hint in enumerate(hints):
        weight = len(hints) - rank  # earlier hints are the more specific ones
        if _CJK.search(hint):
            score = 3 if hint in lowered else 0
        elif hint in words:
            score = 3
        elif len(hint) >= 3 and any(word.startswith(hint) for word in words):
            score = 2
        else:
            score = 0
        if score:
            best = max(best, score * 100 + weight)
    return best


def best_match(items, name_of, hints):
    """The item whose name fits the hints best (ties: the first), or None."""
    scored = [(match_score(name_of(item), hints), -index, item) for index, item in enumerate(items)]
    scored = [entry for entry in scored if entry[0] > 0]
    return max(scored, key=lambda entry: entry[:2])[2] if scored else None


# --- provenance and years -------------------------------------------------------------------


@dataclass
class Provenance:
    """What one of our algorithms recorded in a raster it wrote."""

    algorithm: str  # "carbonsink:casanpp"
    parameters: dict = field(default_factory=dict)


def provenance(metadata: Mapping[str, str] | None) -> Provenance | None:
    """Our provenance in a dataset's metadata (core/raster.py provenance()), or None."""
    metadata = metadata or {}
    algorithm = metadata.get("CARBONSINK_ALGORITHM")
    if not algorithm:
        return None
    try:
        parameters = json.loads(metadata.get("CARBONSINK_PARAMETERS") or "{}")
    except ValueError:
        parameters = {}
    return Provenance(algorithm, parameters if isinstance(parameters, dict) else {})


def _path_of(value) -> str:
    return str(value).split("|")[0] if isinstance(value, str) else ""


def provenance_year(made: Provenance | None) -> int | None:
    """The year a raster of ours was made for: its YEAR, its output file's name, else the one
    year its input files agree on."""
    if made is None:
        return None
    parameters = made.parameters
    year = parameters.get("YEAR")
    if isinstance(year, int) or (isinstance(year, str) and re.fullmatch(r"\d{4}", year.strip())):
        return int(year)
    for name in ("OUTPUT", "OUTPUT_FOLDER"):
        found = year_from_name(_path_of(parameters.get(name)))
        if found is not None:
            return found
    years = set()
    for value in parameters.values():  # a list of files is recorded as its text
        for token in re.split(r"[\s,;\[\]'\"]+", value if isinstance(value, str) else ""):
            years.add(year_from_name(token.split("|")[0]))
    years.discard(None)
    return years.pop() if len(years) == 1 else None


@dataclass
class LayerFacts:
    """What the panel knows about one layer of the project."""

    id: str
    name: str
    path: str = ""  # the file, without |layername=…
    metadata: dict = field(default_factory=dict)  # GDAL dataset metadata (rasters)
    band_description: str = ""  # band 1 (rasters)
    fields: tuple = ()  # field names (vectors)

    @property
    def made_by(self) -> Provenance | None:
        return provenance(self.metadata)

    @property
    def year(self) -> int | None:
        return layer_year(self)

    @property
    def role(self) -> str | None:
        """NPP / RH / NEP / … for a raster of ours (its first band description), else None."""
        if self.made_by is None or not self.band_description:
            return None
        return self.band_description.split()[0].upper()

    @property
    def checked_plots(self) -> bool:
        return is_checked_plots(self.fields)


def layer_year(layer: LayerFacts) -> int | None:
    """The year of a layer: from its name, else its file name, else our provenance."""
    for text in (layer.name, layer.path):
        year = year_from_name(text.replace("/", " ").replace("\\", " ")) if text else None
        if year is not None:
            return year
    return provenance_year(layer.made_by)


def is_checked_plots(field_names: Iterable[str]) -> bool:
    """A layer carbonsink:groundcheck wrote (the checked plots of an earlier run)."""
    return {name.lower() for name in field_names} >= CHECKED_PLOT_FIELDS


# --- choices ----------------------------------------------------------------------------------


@dataclass
class Choice:
    """A preselection: the chosen item (None: left empty) and, when left empty although there
    were candidates, why (the reason's text is made by the caller, in the user's language)."""

    item: object = None
    reason: str | None = None  # "year" | "checked_plots" | "role" | "no_year_field" | None
    skipped: list = field(default_factory=list)  # (name, year) of the candidates set aside


def choose_layer(
    parameter: str,
    layers: Sequence[LayerFacts],
    hints: Sequence[str],
    year: int | None,
    required: bool,
) -> Choice:
    """The layer to preselect for an input: the right role, the evaluation year, not our checked
    plots, the best-named; None (with the reason) when no candidate fits."""
    wanted_roles = ROLE_INPUTS.get(parameter)
    fitting, skipped, reasons = [], [], []
    for layer in layers:
        if parameter in PLOT_INPUTS and layer.checked_plots:
            skipped.append((layer.name, layer.year))
            reasons.append("checked_plots")
            continue
        if wanted_roles and layer.role and layer.role not in wanted_roles:
            continue  # one of our rasters of another quantity: never a candidate
        if year is not None and layer.year is not None and layer.year != year:
            skipped.append((layer.name, layer.year))
            reasons.append("year")
            continue
        fitting.append(layer)

    def score(layer: LayerFacts) -> int:
        named = match_score(layer.name, hints) or match_score(layer.path.rsplit("/", 1)[-1], hints)
        by_role = 1000 if wanted_roles and layer.role in wanted_roles else 0
        dated = 10 if year is not None and layer.year == year else 0
        return (by_role + named + dated) if (named or by_role) else 0

    scored = [(score(layer), -index, layer) for index, layer in enumerate(fitting)]
    scored = [entry for entry in scored if entry[0] > 0]
    if scored:
        return Choice(max(scored, key=lambda entry: entry[:2])[2])
    if len(fitting) == 1 and required and not skipped:
        return Choice(fitting[0])  # the only layer that fits at all
    named_aside = [
        (entry, reason)
        for entry, reason in zip(skipped, reasons)
        if match_score(entry[0], hints) or reason == "checked_plots"
    ]
    if named_aside:  # a fitting layer was set aside: say why
        why = {reason for _entry, reason in named_aside}
        return Choice(None, "year" if "year" in why else "checked_plots", skipped)
    return Choice(None)


def field_year(name: str) -> int | None:
    return year_from_name(name)


def choose_field(
    names: Sequence[str],
    hints: Sequence[str],
    year: int | None,
    default: str | None = None,
    language: str | None = None,
) -> Choice:
    """The measured field for the evaluation year: a fitting field named with that year
    (npp_2023 for 2023); a field without a year only when no fitting field has one; empty (with
    the reason) when the fitting fields are all of other years. Among equally fitting fields,
    the one of the user's language (name_zh in Chinese, name_en in English)."""
    fitting = [name for name in names if match_score(name, hints) or name == default]
    dated = [name for name in fitting if field_year(name) is not None]
    if dated:
        if year is None:
            return Choice(None, "no_year", [(name, field_year(name)) for name in dated])
        same = [name for name in dated if field_year(name) == year]
        if same:
            return Choice(best_match(same, str, hints) or same[0])
        return Choice(None, "year", [(name, field_year(name)) for name in dated])
    if default in names:
        return Choice(default)
    return Choice(best_in_language(names, hints, language))


def best_in_language(names: Sequence[str], hints: Sequence[str], language: str | None):
    """best_match, ties going to the name of the language (…_zh, …_en, …-zh …)."""
    tags = {f"_{language}", f"-{language}", f"{language}_"} if language else set()

    def speaks(name: str) -> int:
        lowered = name.lower()
        return int(any(lowered.endswith(tag) or lowered.startswith(tag) for tag in tags))

    scored = [(match_score(n, hints), speaks(n), -i, n) for i, n in enumerate(names)]
    scored = [entry for entry in scored if entry[0] > 0]
    return max(scored)[3] if scored else None


def choose_alternatives(
    alternatives: Sequence[Sequence[str]], available: Callable[[str], bool]
) -> int | None:
    """Which of an algorithm's alternative input groups to preselect: the first one all of
    whose inputs have a candidate (None: none has)."""
    for index, group in enumerate(alternatives):
        if group and all(available(name) for name in group):
            return index
    return None


def alternatives_given(
    alternatives: Sequence[Sequence[str]], given: Callable[[str], bool]
) -> list[int]:
    """The alternative groups of which at least one input is given (more than one: conflict)."""
    return [index for index, group in enumerate(alternatives) if any(given(n) for n in group)]


def grid_mismatches(grids: Mapping[str, tuple]) -> list[str]:
    """The inputs whose grid (width, height, extent, CRS) differs from the first one's."""
    items = [(name, grid) for name, grid in grids.items() if grid is not None]
    if len(items) < 2:
        return []
    _first, reference = items[0]
    return [name for name, grid in items[1:] if not same_grid(reference, grid)]


def same_grid(one: tuple, other: tuple) -> bool:
    """(width, height, (xmin, ymin, xmax, ymax), crs) equal, the extent to 1e-6 of a pixel."""
    width, height, extent, crs = one
    if (width, height, crs) != (other[0], other[1], other[3]):
        return False
    tolerance = 1e-6 * max(abs(extent[2] - extent[0]) / max(width, 1), 1e-12)
    return all(abs(a - b) <= tolerance for a, b in zip(extent, other[2]))
