"""Output files and input files: which paths are the same file, and older outputs kept safe.

Two rules every algorithm shares (README, "Inputs and older outputs are never lost"):
- no output may be an input: `file_of` and `same_file` compare what a path really is (symlinks,
  `|layername=` suffixes and `ogr:dbname=` URIs, case on case-insensitive file systems);
- an older file at an output path survives a failed or canceled run: `OutputBackup` sets it
  aside (with its sidecars) before the run, restores it if the run fails, deletes it after
  success, and removes whatever the failed run left at the path.

No qgis, no Qt: processing/guard.py applies these to the parameters of an algorithm.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from typing import Iterable

# Files that belong to a file at `path` (path + suffix): GDAL's statistics and overviews,
# SQLite's journals (a GeoPackage is not whole without them).
SIDECAR_SUFFIXES = (".aux.xml", ".ovr", ".msk", "-wal", "-shm", "-journal")
# The other files of a shapefile (same stem, another extension).
SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fix")

_DBNAME = re.compile(r"""dbname\s*=\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))""")
_GDAL_SUBDATASET = re.compile(r'^[A-Za-z0-9_]+:(?:[A-Za-z0-9_]+:)*"([^"]+)"')


def file_of(uri: str) -> str | None:
    """The file a data-source string names, without layer suffixes; None for no file.

    'a.gpkg|layername=x' and 'a.gpkg|layerid=0' → 'a.gpkg'; "ogr:dbname='a.gpkg' table=…" →
    'a.gpkg'; 'GPKG:a.gpkg:table' → 'a.gpkg'; 'HDF4_EOS:EOS_GRID:"a.hdf":…' → 'a.hdf';
    'file:///a.csv?delimiter=,' → '/a.csv'; 'memory:…', 'TEMPORARY_OUTPUT' and '' → None.
    """
    text = (uri or "").strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return None
    if text.startswith(("ogr:", "postgres:", "spatialite:")) or text.startswith("dbname="):
        match = _DBNAME.search(text)
        if not match:
            return None
        return next(group for group in match.groups() if group is not None)
    if text.startswith("file://"):
        text = text[len("file://") :].split("?")[0]
    match = _GDAL_SUBDATASET.match(text)
    if match:
        return match.group(1)
    if text.upper().startswith("GPKG:"):
        rest = text[len("GPKG:") :]
        # GPKG:<path>:<table>; a Windows path has its own colon after the drive letter.
        head, _, _table = rest.rpartition(":")
        return head or rest
    return text.split("|")[0]


def is_case_insensitive(path: str) -> bool:
    """Whether the file system holding `path` ignores case (Windows, macOS by default).

    Asked of the file system itself, not guessed from the platform: the nearest existing
    path with a letter in its name is looked up under the other case.
    """
    probe = os.path.abspath(path)
    while True:
        if os.path.exists(probe):
            name = os.path.basename(probe)
            other = os.path.join(os.path.dirname(probe), name.swapcase())
            if name != name.swapcase():
                try:
                    return os.path.exists(other) and os.path.samefile(probe, other)
                except OSError:
                    return False
        parent = os.path.dirname(probe)
        if parent == probe:
            return os.path.normcase("A") == "a"
        probe = parent


def normalise(path: str, case_insensitive: bool | None = None) -> str:
    """A path as it is on disk, for comparing: layer suffixes dropped, symlinks resolved,
    normcase, and folded to one case when the file system ignores case (None: ask it)."""
    real = os.path.normcase(os.path.realpath(file_of(path) or path))
    if case_insensitive is None:
        case_insensitive = is_case_insensitive(real)
    return real.casefold() if case_insensitive else real


def same_file(a: str, b: str) -> bool:
    """Whether two data-source strings name the same file (whatever layer each names)."""
    a, b = file_of(a), file_of(b)
    if not a or not b:
        return False
    if os.path.exists(a) and os.path.exists(b):
        try:
            return os.path.samefile(a, b)  # symlinks, hard links, case, 8.3 names
        except OSError:
            pass
    return normalise(a) == normalise(b)


def files_of(path: str) -> list[str]:
    """The file at `path` and its sidecars (and a shapefile's other parts), those that exist."""
    candidates = [path, *(path + suffix for suffix in SIDECAR_SUFFIXES)]
    stem, extension = os.path.splitext(path)
    if extension.lower() == ".shp":
        for part in SHAPEFILE_PARTS:
            candidates += [stem + part, stem + part.upper()]
    found, seen = [], set()
    for candidate in candidates:
        if os.path.lexists(candidate) and os.path.normcase(candidate) not in seen:
            seen.add(os.path.normcase(candidate))
            found.append(candidate)
    return found


def remove_with_sidecars(path: str) -> None:
    """Remove a file and everything files_of() counts as part of it."""
    for candidate in files_of(path):
        if os.path.isdir(candidate) and not os.path.islink(candidate):
            continue
        os.remove(candidate)


class OutputBackup:
    """Older files at a run's output paths, kept until the run has succeeded.

    set_aside() moves each older output (with its sidecars) to a hidden name beside it — a
    rename on the same file system, so nothing is copied — or copies it when it must stay in
    place: a GeoPackage whose other layers the run keeps (`in_place`), or a file another
    program holds open (Windows refuses the rename). commit() deletes the older files the run
    replaced; one the run did not write (an output it skipped) comes back, unless
    `keep_unwritten` is False (a folder that must hold one run's results only). roll_back()
    removes what the failed run wrote at those paths and puts the older files back.
    """

    def __init__(
        self, paths: Iterable[str] = (), in_place: Iterable[str] = (), keep_unwritten=True
    ):
        self.token = uuid.uuid4().hex[:8]
        self.keep_unwritten = keep_unwritten
        self.planned: list[str] = []
        self.in_place: set[str] = set()
        self.kept: list[tuple[str, str, str, bool]] = []  # (backup, original, output, moved)
        for path in paths:
            self.add(path)
        for path in in_place:
            self.add(path, in_place=True)

    def add(self, path: str, in_place: bool = False) -> str:
        """Plan an output path (before set_aside); returns it."""
        path = os.path.abspath(path)
        if all(not same_path(path, planned) for planned in self.planned):
            self.planned.append(path)
        if in_place:
            self.in_place.add(path)
        return path

    def _backup_name(self, path: str) -> str:
        folder, name = os.path.split(path)
        return os.path.join(folder, f".{name}.carbonsink-backup-{self.token}")

    def set_aside(self) -> None:
        for path in self.planned:
            if not os.path.isfile(path):
                continue
            for existing in files_of(path):
                backup = self._backup_name(existing)
                moved = path not in self.in_place
                if moved:
                    try:
                        os.replace(existing, backup)
                    except OSError:  # held open by another program: keep a copy instead
                        moved = False
                if not moved:
                    shutil.copy2(existing, backup)
                self.kept.append((backup, existing, path, moved))

    def commit(self) -> None:
        for backup, original, output, moved in self.kept:
            if moved and self.keep_unwritten and not os.path.lexists(output):
                os.replace(backup, original)  # not replaced by this run: it stays
            else:
                _remove_quietly(backup)
        self.kept = []

    def roll_back(self) -> None:
        for path in self.planned:
            # A file held open (Windows) stays; the copy below still restores its content.
            with contextlib.suppress(OSError):
                remove_with_sidecars(path)
        for backup, original, _output, moved in self.kept:
            if moved:
                os.replace(backup, original)
            else:
                shutil.copy2(backup, original)
                _remove_quietly(backup)
        self.kept = []


def same_path(a: str, b: str) -> bool:
    return normalise(a) == normalise(b)


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
