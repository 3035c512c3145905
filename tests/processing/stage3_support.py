"""Helpers for the stage-3 Processing tests: run an algorithm and keep what it logged."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

DATA = Path(__file__).resolve().parent.parent / "data"


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps warnings and info lines for the test to check."""

    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)


def run(algorithm: str, parameters: dict):
    """processing.run with a recording feedback: (results, feedback)."""
    import processing

    feedback = RecordingFeedback()
    results = processing.run(f"carbonsink:{algorithm}", parameters, feedback=feedback)
    return results, feedback


def cru_climate(folder: Path) -> tuple[str, str]:
    """Copies of the CRU CL 2.0 temperature and precipitation stacks (tests/data)."""
    paths = []
    for name in ("temp_SEUSA.tif", "prec_SEUSA.tif"):
        target = folder / name
        shutil.copy(DATA / "grassmapr_se_usa" / name, target)
        paths.append(str(target))
    return paths[0], paths[1]


def run_error(algorithm: str, parameters: dict) -> str:
    """The message of the QgsProcessingException an algorithm run raises.

    The exception's traceback holds Processing's context and algorithm in a reference cycle;
    it is collected here, while QGIS still runs, instead of by the garbage collector after
    QgsApplication.exitQgis() (which crashes the test process at exit).
    """
    try:
        run(algorithm, parameters)
    except QgsProcessingException as error:
        message = str(error)
        error.__traceback__ = None
    else:
        pytest.fail(f"carbonsink:{algorithm} accepted {parameters}")
    gc.collect()
    return message
