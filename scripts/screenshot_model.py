#!/usr/bin/env python3
"""Screenshots of the shipped graphical model in the real QGIS Model Designer (for the README).

    xvfb-run -a -s "-screen 0 1800x1000x24" /usr/bin/python3 scripts/screenshot_model.py \\
        --out docs/img/model_en.png [--lang zh_CN] [--dialog-out docs/img/model_dialog_en.png]

Starts the QGIS desktop with a throw-away profile in which only this plugin is enabled (as
scripts/screenshot_qgis.py does), takes the model the plugin shows in the toolbox for that
language from the Processing registry, opens it in the Model Designer, zooms to the whole
model, saves the window as PNG; optionally also the model's run dialog. Chinese needs a CJK
font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(globals().get("__file__", "."))))
IN_QGIS = "CARBONSINK_MODEL_SCREENSHOT"
PLUGIN = "carbonsink_plugin"
MODEL_NAMES = {
    "en": "Urban carbon sink evaluation (stages 2–5)",
    "zh_CN": "城市碳汇遥感评价（第2–5阶段）",
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--dialog-out")
    parser.add_argument("--lang", default="en", choices=sorted(MODEL_NAMES))
    parser.add_argument("--size", default="1800x1000")
    args = parser.parse_args(argv)
    job = {k: (os.path.abspath(v) if k.endswith("out") and v else v) for k, v in vars(args).items()}
    job["lang"] = args.lang
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from screenshot_qgis import launch_qgis

    locale = "zh-Hans" if args.lang == "zh_CN" else "en_US"
    launch_qgis(os.path.abspath(__file__), IN_QGIS, job, locale, timeout=300)
    if not os.path.exists(args.out):
        print("screenshot_model: QGIS ended without writing " + args.out, file=sys.stderr)
        return 1
    print(args.out)
    return 0


def in_qgis() -> None:
    """Inside the QGIS desktop (`qgis --code`)."""
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QAction

    job = json.loads(os.environ[IN_QGIS])
    width, height = (int(v) for v in job["size"].split("x"))
    state = {}

    def fail(message):
        print("screenshot_model: " + message, file=sys.stderr)
        sys.stdout.flush()
        os._exit(1)

    def open_designer():
        from processing.modeler.ModelerDialog import ModelerDialog

        model = QgsApplication.processingRegistry().algorithmById(
            "model:" + MODEL_NAMES[job["lang"]]
        )
        if model is None:
            fail("the plugin's model is not in the toolbox: " + MODEL_NAMES[job["lang"]])
        copy = QgsProcessingModelAlgorithm()
        copy.loadVariant(model.toVariant())
        copy.setSourceFilePath(model.sourceFilePath())
        dialog = ModelerDialog.create(copy)
        dialog.setGeometry(0, 0, width, height)
        dialog.show()
        state["dialog"], state["model"] = dialog, model
        QTimer.singleShot(2000, zoom)

    def zoom():
        dialog = state["dialog"]
        action = dialog.findChild(QAction, "mActionZoomToItems")
        if action is not None:
            action.trigger()
        QTimer.singleShot(1500, grab)

    def grab():
        state["dialog"].grab().save(job["out"], "PNG")
        if job.get("dialog_out"):
            from processing.gui.AlgorithmDialog import AlgorithmDialog

            run = AlgorithmDialog(state["model"].create(), parent=None)
            run.resize(900, 1000)
            run.show()
            state["run"] = run
            QTimer.singleShot(2000, grab_dialog)
        else:
            finish()

    def grab_dialog():
        state["run"].grab().save(job["dialog_out"], "PNG")
        finish()

    def finish():
        sys.stdout.flush()
        os._exit(0)

    QTimer.singleShot(3000, open_designer)


if os.environ.get(IN_QGIS) and "qgis.utils" in sys.modules and sys.modules["qgis.utils"].iface:
    in_qgis()
elif __name__ == "__main__":
    sys.exit(main())
