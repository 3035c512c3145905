#!/usr/bin/env python3
"""How responsive QGIS stays while the panel runs the complete workflow (issue 15 §3).

Opens a demo project (demo_output/demo.qgz by default; `make demo` writes it, `--resolution`
of demo.py sets its pixel size), shows the "Urban carbon sink" panel on "Complete workflow"
with what it preselects, presses Run and measures the event loop with a QTimer heartbeat every
10 ms: the longest gap between two beats is how long QGIS could not react (repaint, progress,
Cancel). Prints the run time, the longest gaps and whether the run succeeded.

--dialog runs the same parameters (what the panel would run with) through the Processing
toolbox's own dialog (AlgorithmDialog) instead of the panel; --main-thread makes the panel run
the workflow on the main thread, as it did before (for comparison).

    python3 scripts/panel_heartbeat.py [--project demo_output/demo.qgz] [--language en|zh]
                                       [--cancel-after SECONDS] [--main-thread | --dialog]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from qgis_app import ROOT, QgisSession


class Heartbeat:
    """A QTimer every `interval` ms; gaps = the times between beats (s)."""

    def __init__(self, interval: int = 10):
        from qgis.PyQt.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.beat)
        self.gaps: list[tuple[float, float]] = []  # (gap, time since start)
        self.start_time = self.last = None

    def start(self) -> None:
        self.start_time = self.last = time.perf_counter()
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last, now - self.start_time))
        self.last = now

    def stop(self) -> None:
        self.timer.stop()
        self.beat()

    def longest(self, count: int = 5) -> list[tuple[float, float]]:
        return sorted(self.gaps, reverse=True)[:count]


def run_dialog(algorithm, parameters: dict, cancel_after: float | None) -> dict:
    """The parameters run from the toolbox's dialog, as a user pressing Run there."""
    from processing.gui import ParametersPanel
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication

    ParametersPanel.iface = None  # no QGIS window here
    dialog = AlgorithmDialog(algorithm.create(), False, None)
    dialog.setParameters(parameters)
    dialog.show()
    finished = []
    dialog.algorithmFinished.connect(lambda ok, _results: finished.append(ok))
    app = QgsApplication.instance()
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    dialog.runAlgorithm()
    canceled = False
    while not finished:
        app.processEvents()
        time.sleep(0.001)
        late = cancel_after is not None and time.perf_counter() - started > cancel_after
        if late and not canceled:
            dialog.cancelButton().click()
            canceled = True
    seconds = time.perf_counter() - started
    heartbeat.stop()
    dialog.close()
    return {
        "inputs": {k: v for k, v in parameters.items() if k != "OUTPUT_FOLDER"},
        "seconds": seconds,
        "longest": heartbeat.longest(),
        "ok": finished[0],
        "canceled": canceled,
        "errors": [],
        "progress_updates": len(heartbeat.gaps),
        "parameters": sorted(parameters),
    }


def run_panel(
    project_path: str, language: str, cancel_after: float | None, out: str, dialog=False
) -> dict:
    from qgis.core import QgsApplication, QgsProject

    from carbonsink_plugin import i18n
    from carbonsink_plugin.gui.dock import CarbonSinkDock

    translator = i18n.install_translator("zh_CN") if language == "zh" else None
    project = QgsProject.instance()
    project.read(project_path)
    dock = CarbonSinkDock(project=project)
    dock.folder_widget.setFilePath(out)
    page = dock.page("workflow")
    values = page.parameters(None)
    if dialog:
        result = run_dialog(page.algorithm(), dict(values, OUTPUT_FOLDER=out), cancel_after)
        dock.shutdown()
        dock.deleteLater()
        project.clear()
        i18n.remove_translator(translator)
        return result
    shown = {k: v for k, v in page.input_values().items()}
    names = {}
    for key, value in shown.items():
        layer = project.mapLayer(value) if isinstance(value, str) else None
        names[key] = layer.name() if layer is not None else value
    heartbeat = Heartbeat()
    app = QgsApplication.instance()
    heartbeat.start()
    started = time.perf_counter()
    page.start()
    if not page.running and page.last_outcome is None:
        raise SystemExit(f"the panel did not start: {page.statusLabel.text()}")
    canceled = False
    while page.running:
        app.processEvents()
        time.sleep(0.001)
        if (
            cancel_after is not None
            and not canceled
            and time.perf_counter() - started > cancel_after
        ):
            page.cancelButton.click()
            canceled = True
    seconds = time.perf_counter() - started
    heartbeat.stop()
    outcome = page.last_outcome
    result = {
        "inputs": names,
        "seconds": seconds,
        "longest": heartbeat.longest(),
        "ok": outcome.ok,
        "canceled": outcome.canceled,
        "errors": outcome.errors,
        "progress_updates": len(heartbeat.gaps),
        "parameters": sorted(values),
    }
    dock.shutdown()
    dock.deleteLater()
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    project.clear()
    i18n.remove_translator(translator)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", default=os.path.join(ROOT, "demo_output", "demo.qgz"))
    parser.add_argument("--language", choices=("en", "zh"), default="en")
    parser.add_argument("--cancel-after", type=float, default=None)
    parser.add_argument(
        "--dialog",
        action="store_true",
        help="run the panel's parameters through the Processing toolbox's dialog instead",
    )
    parser.add_argument(
        "--main-thread",
        action="store_true",
        help="run the workflow on the main thread, as the panel did before (for comparison)",
    )
    args = parser.parse_args(argv)
    with QgisSession(), tempfile.TemporaryDirectory(prefix="panel_heartbeat_") as out:
        if args.main_thread:
            from carbonsink_plugin.gui import runner

            runner.runs_in_task = lambda _algorithm: False
        result = run_panel(
            os.path.abspath(args.project), args.language, args.cancel_after, out, args.dialog
        )
        left = [os.path.join(root, f) for root, _d, files in os.walk(out) for f in files]
    print("inputs:", result["inputs"])
    print(f"run: {result['seconds']:.2f} s, ok={result['ok']}, canceled={result['canceled']}")
    for gap, at in result["longest"]:
        print(f"  gap {gap * 1000:7.0f} ms at {at:6.2f} s")
    if result["errors"]:
        print("errors:", result["errors"])
    print(f"files left in the output folder: {len(left)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
