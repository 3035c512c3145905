"""Running stage-1 algorithms through processing.run, in folders with Chinese names and spaces."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsProcessingContext, QgsProcessingFeedback

DATA = Path(__file__).resolve().parent.parent / "data"


class LogFeedback(QgsProcessingFeedback):
    """Keeps every message an algorithm writes to the log."""

    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info):
        self.lines.append(info)

    def pushWarning(self, warning):
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N803 - QGIS API name
        self.lines.append(error)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def run(algorithm: str, parameters: dict, feedback: LogFeedback | None = None):
    """processing.run("carbonsink:<algorithm>") → (results, log text)."""
    import processing

    feedback = feedback or LogFeedback()
    results = processing.run(
        f"carbonsink:{algorithm}", parameters, feedback=feedback, context=QgsProcessingContext()
    )
    return results, feedback.text


def chinese_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "深圳 碳汇" / "输入 数据"
    folder.mkdir(parents=True)
    return folder


def copy_data(name: str, folder: Path) -> Path:
    """A copy of tests/data/<name> (file or folder) inside `folder` (tests never write to data/)."""
    source = DATA / name
    target = folder / source.name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy(source, target)
    return target


WORLDCOVER = "esa_worldcover_saotome"


def worldcover(folder: Path) -> Path:
    """The ESA WorldCover subset (tests/data), copied into `folder`."""
    return next(copy_data(WORLDCOVER, folder).glob("*.tif"))
