"""metadata.txt is what the QGIS plugin repository and Plugin Manager read."""

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = (
    "name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version",
    "author", "email", "repository", "tracker", "homepage", "category", "icon", "tags",
    "changelog", "hasProcessingProvider",
)  # fmt: skip


def read_metadata(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep the camelCase keys
    parser.read(path, encoding="utf-8")
    return parser["general"]


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def test_metadata_has_every_required_key():
    meta = read_metadata(ROOT / "metadata.txt")
    missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
    assert missing == []


def test_supported_qgis_versions():
    meta = read_metadata(ROOT / "metadata.txt")
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert version_tuple(meta["qgisMinimumVersion"]) <= version_tuple(meta["qgisMaximumVersion"])


def test_provider_category_icon_and_both_languages():
    meta = read_metadata(ROOT / "metadata.txt")
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["category"] == "Raster"
    assert (ROOT / "carbonsink_plugin" / meta["icon"]).is_file()
    assert "城市碳汇" in meta["about"] and "carbon sink" in meta["about"]
    assert "城市碳汇" in meta["description"]
    assert meta["version"] in meta["changelog"]


def test_the_plugin_folder_carries_the_same_metadata():
    inner = ROOT / "carbonsink_plugin" / "metadata.txt"
    assert inner.read_text(encoding="utf-8") == (ROOT / "metadata.txt").read_text(encoding="utf-8")
