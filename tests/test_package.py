"""The zip a technician installs: built by `make package`, loaded by QGIS's own qgis_process.

The zip is built into a temporary folder (never dist/ of the checkout), unpacked into the
plugin folder of a throw-away QGIS profile (exactly what the Plugin Manager's "Install from
ZIP" does), enabled, and asked for its algorithms. It holds exactly the files git tracks in
carbonsink_plugin/ (no untracked file can ship), minus the .ts, plus the compiled files.
"""

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


def metadata_version():
    for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise AssertionError("no version in metadata.txt")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        ["make", "-s", "package", f"DIST={dist}"], cwd=ROOT, capture_output=True, text=True
    )
    assert built.returncode == 0, f"make package failed:\n{built.stdout}\n{built.stderr}"
    return dist / f"carbonsink_plugin-{metadata_version()}.zip"


def tracked_plugin_files() -> set[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "carbonsink_plugin"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {name for name in listed.split("\0") if name and (ROOT / name).exists()}


def test_the_zip_holds_the_plugin_folder_and_nothing_else(package):
    names = zipfile.ZipFile(package).namelist()
    assert all(name.startswith("carbonsink_plugin/") for name in names)
    assert "carbonsink_plugin/metadata.txt" in names
    assert "carbonsink_plugin/__init__.py" in names
    assert "carbonsink_plugin/resources/icons/icon.svg" in names  # loaded by path, no Qt rcc
    assert "carbonsink_plugin/resources/i18n/carbonsink_zh_CN.qm" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".ts", ".pyc"))]
    assert not [n for n in names if "/tests/" in n or n.endswith(".partial.tif")]


def test_the_zip_holds_the_tracked_files_and_the_compiled_ones_only(package):
    """Untracked files in the checkout (a stray output, a local experiment) never ship."""
    files = {n for n in zipfile.ZipFile(package).namelist() if not n.endswith("/")}
    compiled = {
        "carbonsink_plugin/resources/i18n/carbonsink_zh_CN.qm",
    }
    expected = {n for n in tracked_plugin_files() if not n.endswith(".ts")}
    assert files == expected | compiled
    metadata = zipfile.ZipFile(package).read("carbonsink_plugin/metadata.txt")
    assert metadata == (ROOT / "metadata.txt").read_bytes()  # the file, not the symlink


def test_qgis_process_installs_and_lists_the_provider(package, tmp_path):
    assert QGIS_PROCESS, "qgis_process is part of Debian's qgis package (make deps installs it)"
    profile = tmp_path / "profile"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(package).extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile))
    env.pop("QGIS_PLUGINPATH", None)

    def qgis_process(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True)

    enabled = qgis_process("plugins", "enable", "carbonsink_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listing = qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    assert "Urban carbon sink (DB4403/T 348)" in listing.stdout
    ours = [line.split()[0] for line in listing.stdout.splitlines() if "carbonsink:" in line]
    assert ours == sorted(set(ours))  # every algorithm listed once
