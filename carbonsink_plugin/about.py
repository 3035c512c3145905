"""The plugin's own metadata (metadata.txt sits next to this file in the installed plugin)."""

import configparser
import functools
import os

METADATA = os.path.join(os.path.dirname(__file__), "metadata.txt")


@functools.cache
def metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def version() -> str:
    return metadata().get("version", "unknown")
