"""core/backup.py: which paths are one file, and older outputs kept until a run succeeds."""

from __future__ import annotations

import os

import pytest

from carbonsink_plugin.core import backup


def write(path, content: bytes) -> str:
    with open(path, "wb") as stream:
        stream.write(content)
    return str(path)


def contents(folder) -> dict[str, bytes]:
    found = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as stream:
            found[name] = stream.read()
    return found


def test_a_symlink_and_a_hard_link_are_the_file_they_point_to(tmp_path):
    original = write(tmp_path / "plots.gpkg", b"plots")
    os.symlink(original, tmp_path / "link.gpkg")
    os.link(original, tmp_path / "hard.gpkg")
    assert backup.same_file(str(tmp_path / "link.gpkg"), original)
    assert backup.same_file(str(tmp_path / "hard.gpkg"), original)
    assert backup.same_file(f"{tmp_path / 'link.gpkg'}|layername=other", original)
    assert not backup.same_file(str(tmp_path / "other.gpkg"), original)
    # A path through a symlinked folder to a file not written yet is still compared.
    os.symlink(tmp_path, tmp_path / "folder_link")
    assert backup.same_file(str(tmp_path / "folder_link" / "new.tif"), str(tmp_path / "new.tif"))


def test_a_failed_run_gets_the_older_files_back_with_their_sidecars(tmp_path):
    older = {
        "npp.tif": b"older raster",
        "npp.tif.aux.xml": b"<PAMDataset/>",
        "table.gpkg": b"older table",
        "table.gpkg-wal": b"journal",
        "notes.txt": b"mine",
    }
    for name, content in older.items():
        write(tmp_path / name, content)
    files = backup.OutputBackup([str(tmp_path / "npp.tif"), str(tmp_path / "table.gpkg")])
    files.set_aside()
    # Set aside: the output names are free, the user's other file stays.
    assert sorted(n for n in os.listdir(tmp_path) if not n.startswith(".")) == ["notes.txt"]
    write(tmp_path / "npp.tif", b"half-written")  # what the failed run left
    write(tmp_path / "npp.tif.aux.xml", b"<PAMDataset>new</PAMDataset>")
    write(tmp_path / "table.gpkg-shm", b"new journal")
    files.roll_back()
    assert contents(tmp_path) == older


def test_after_success_only_the_new_files_remain(tmp_path):
    write(tmp_path / "npp.tif", b"older")
    write(tmp_path / "npp.tif.aux.xml", b"<PAMDataset/>")  # statistics of the older raster
    files = backup.OutputBackup([str(tmp_path / "npp.tif")])
    files.set_aside()
    write(tmp_path / "npp.tif", b"new")
    files.commit()
    assert contents(tmp_path) == {"npp.tif": b"new"}


def test_a_geopackage_written_in_place_is_copied_not_moved(tmp_path):
    shared = write(tmp_path / "shared.gpkg", b"other layers")
    files = backup.OutputBackup(in_place=[shared])
    files.set_aside()
    with open(shared, "rb") as stream:
        assert stream.read() == b"other layers"  # the run adds its layer to this file
    write(shared, b"other layers + a half-written one")
    files.roll_back()
    assert contents(tmp_path) == {"shared.gpkg": b"other layers"}


def test_a_file_that_cannot_be_moved_is_copied(tmp_path, monkeypatch):
    older = write(tmp_path / "report.html", b"older report")
    files = backup.OutputBackup([older])

    def refuse(source, target):  # Windows: another program holds the file open
        raise PermissionError(source)

    with monkeypatch.context() as patched:
        patched.setattr(backup.os, "replace", refuse)
        files.set_aside()
    write(older, b"half")
    files.roll_back()
    assert contents(tmp_path) == {"report.html": b"older report"}


def test_a_shapefile_is_set_aside_whole(tmp_path):
    parts = {"zones.shp": b"shp", "zones.shx": b"shx", "zones.dbf": b"dbf", "zones.prj": b"prj"}
    for name, content in parts.items():
        write(tmp_path / name, content)
    files = backup.OutputBackup([str(tmp_path / "zones.shp")])
    files.set_aside()
    assert [n for n in os.listdir(tmp_path) if not n.startswith(".")] == []
    write(tmp_path / "zones.shp", b"new")
    write(tmp_path / "zones.dbf", b"new")
    files.roll_back()
    assert contents(tmp_path) == dict(sorted(parts.items()))


@pytest.mark.parametrize("missing", [True, False], ids=["no older file", "older file"])
def test_nothing_is_left_when_a_run_without_older_files_fails(tmp_path, missing):
    if not missing:
        write(tmp_path / "out.png", b"older")
    files = backup.OutputBackup([str(tmp_path / "out.png")])
    files.set_aside()
    write(tmp_path / "out.png", b"half")
    files.roll_back()
    assert contents(tmp_path) == ({} if missing else {"out.png": b"older"})


def test_an_older_file_the_run_did_not_write_stays_unless_the_folder_is_the_runs(tmp_path):
    write(tmp_path / "slope.tif", b"older slope")  # e.g. trend with two years writes none
    files = backup.OutputBackup([str(tmp_path / "slope.tif")])
    files.set_aside()
    files.commit()
    assert contents(tmp_path) == {"slope.tif": b"older slope"}
    files = backup.OutputBackup([str(tmp_path / "slope.tif")], keep_unwritten=False)
    files.set_aside()
    files.commit()
    assert contents(tmp_path) == {}
