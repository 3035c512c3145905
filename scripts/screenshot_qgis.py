#!/usr/bin/env python3
"""Screenshots of the Urban carbon sink dock in a real QGIS window (for the README).

    xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 scripts/screenshot_qgis.py \\
        --out docs/img/dock_en.png [--lang zh_CN] [--layers a.tif b.gpkg ...] \\
        [--step carbonsink] [--algorithm carbonsink:carbonsink] [--choose NPP=npp_2022 ...] \\
        [--run] [--dock-out docs/img/dock_only_en.png]

Two ways to get the window:
- `--mode qgis` (default when the `qgis` program exists): starts the real QGIS desktop with a
  throw-away profile in which only this plugin is enabled (QGIS_PLUGINPATH = this repository),
  runs this file inside it (`qgis --code`), grabs the main window and quits;
- `--mode window`: a QgsApplication with a main window made here (layers panel, map canvas and
  the dock), when the QGIS desktop is not available.

Both load the given layers (rasters and vectors by file; `--project` opens a project instead),
open the dock on a step, choose an algorithm and layers, optionally run it and wait for the
results, and save the PNG. `--lang zh_CN` switches QGIS and the plugin to Chinese (needs a CJK
font such as Debian's fonts-noto-cjk, or Chinese text shows as boxes). `--setup FILE` runs a
Python file once the plugin is loaded (e.g. to register extra algorithms).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(globals().get("__file__", "."))))
IN_QGIS = "CARBONSINK_SCREENSHOT"  # the job, as JSON, for the copy of this file run in QGIS
PLUGIN = "carbonsink_plugin"
RASTER_EXTENSIONS = (".tif", ".tiff", ".vrt", ".img", ".nc", ".asc")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="PNG of the whole window")
    parser.add_argument("--dock-out", help="also a PNG of the dock alone")
    parser.add_argument("--lang", default="en", help="en or zh_CN")
    parser.add_argument("--layers", nargs="*", default=[], help="raster and vector files to load")
    parser.add_argument("--project", help="a .qgs/.qgz project to open instead of --layers")
    parser.add_argument(
        "--sample",
        metavar="FOLDER",
        help="load the sample data as the menu action does (generated into FOLDER, or reused)",
    )
    parser.add_argument("--step", help="the step to show (a group id, e.g. carbonsink)")
    parser.add_argument("--algorithm", help="the algorithm to choose in the step")
    parser.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="PARAMETER=LAYER",
        help="choose the layer named LAYER for PARAMETER (repeatable)",
    )
    parser.add_argument("--run", action="store_true", help="run the step and wait for it")
    parser.add_argument("--output-folder", help="the panel's output folder (a report needs one)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for a run")
    parser.add_argument("--setup", help="Python file to run once the plugin is loaded")
    parser.add_argument("--size", default="1600x1000", help="window size WIDTHxHEIGHT")
    parser.add_argument("--dock-width", type=int, default=420)
    parser.add_argument("--mode", choices=("qgis", "window"), default=None)
    args = parser.parse_args(argv)
    for name in ("out", "dock_out", "project", "setup", "sample", "output_folder"):
        if getattr(args, name):
            setattr(args, name, os.path.abspath(getattr(args, name)))
    args.layers = [os.path.abspath(path) for path in args.layers]
    if args.mode is None:
        args.mode = "qgis" if shutil.which("qgis") else "window"
    return args


def qgis_locale(lang: str) -> str:
    """QGIS's name of the language (its Simplified Chinese is zh-Hans)."""
    return "zh-Hans" if lang.lower().replace("-", "_") in ("zh_cn", "zh", "zh_hans") else lang


def warn_missing_cjk_font(lang: str) -> None:
    if not lang.lower().startswith("zh") or not shutil.which("fc-list"):
        return
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    if not found.strip():
        print(
            "screenshot: no Chinese font installed; Chinese text will show as boxes "
            "(Debian: apt-get install fonts-noto-cjk)",
            file=sys.stderr,
        )


# --- launcher --------------------------------------------------------------------------------


def main(argv=None) -> int:
    args = parse_args(argv)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    warn_missing_cjk_font(args.lang)
    job = dict(vars(args), repo=REPO)
    if args.mode == "window":
        return run_in_window(job)
    return run_in_qgis_desktop(job)


def run_in_qgis_desktop(job: dict) -> int:
    """Start the QGIS desktop with a fresh profile that enables only our plugin."""
    returncode = launch_qgis(
        os.path.abspath(__file__), IN_QGIS, job, qgis_locale(job["lang"]), job["size"],
        timeout=job["timeout"] + 300,
    )  # fmt: skip
    if not os.path.exists(job["out"]):
        print("screenshot: QGIS ended without writing " + job["out"], file=sys.stderr)
        return returncode or 1
    print(job["out"])
    return 0


def launch_qgis(code_file, job_key, job, locale, size=None, timeout=600) -> int:
    """Run `code_file` inside the QGIS desktop (`qgis --code`) with a throw-away profile in
    which only this plugin (from this checkout) and Processing are enabled, in `locale`, the
    job as JSON in the environment variable `job_key`; returns QGIS's exit code."""
    profiles = tempfile.mkdtemp(prefix="carbonsink-qgis-")
    settings_dir = os.path.join(profiles, "profiles", "default", "QGIS")
    os.makedirs(settings_dir)
    geometry = ""
    if size:
        width, height = size.split("x")
        geometry = f"[UI]\ngeometry=@Rect(0 0 {width} {height})\n"
    with open(os.path.join(settings_dir, "QGIS3.ini"), "w", encoding="utf-8") as ini:
        ini.write(
            "[PythonPlugins]\n"
            f"{PLUGIN}=true\nprocessing=true\n\n"
            "[locale]\n"
            f"overrideFlag=true\nuserLocale={locale}\nglobalLocale={locale}\n\n"
            "[qgis]\n"
            "checkVersion=false\nshowTips=false\nshowTips322=false\nallowVersionCheck=false\n"
            "askToSaveProjectChanges=false\nmessageTimeout=1\n\n"
            "[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n\n" + geometry
        )
    env = dict(os.environ, QGIS_PLUGINPATH=REPO, **{job_key: json.dumps(job)})
    command = [shutil.which("qgis"), "--nologo", "--noversioncheck", "--profiles-path"]
    command += [profiles, "--profile", "default", "--lang", locale, "--code", code_file]
    try:
        return subprocess.run(command, env=env, timeout=timeout).returncode
    finally:
        shutil.rmtree(profiles, ignore_errors=True)


def run_in_window(job: dict) -> int:
    """A QGIS application and a main window made here: layers panel, canvas, the dock."""
    config = tempfile.mkdtemp(prefix="carbonsink-config-")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = config
    sys.path.insert(0, job["repo"])
    from qgis.core import QgsApplication, QgsProject, QgsSettings
    from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas
    from qgis.PyQt.QtCore import Qt, QTranslator
    from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow

    app = QgsApplication([], True)
    app.initQgis()
    settings = QgsSettings()
    locale = qgis_locale(job["lang"])
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    qgis_translator = QTranslator()
    if qgis_translator.load(f"qgis_{locale}", QgsApplication.i18nPath()):
        app.installTranslator(qgis_translator)
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()

    from carbonsink_plugin.i18n import install_translator
    from carbonsink_plugin.processing.provider import CarbonSinkProvider

    translator = install_translator(locale)  # noqa: F841 - kept alive while the app runs
    provider = CarbonSinkProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    window = QMainWindow()
    width, height = (int(value) for value in job["size"].split("x"))
    window.resize(width, height)
    canvas = QgsMapCanvas()
    window.setCentralWidget(canvas)
    tree = QgsLayerTreeView()
    from qgis.core import QgsLayerTreeModel

    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    model.setFlag(QgsLayerTreeModel.Flag.AllowNodeReorder)
    model.setFlag(QgsLayerTreeModel.Flag.AllowNodeChangeVisibility)
    model.setFlag(QgsLayerTreeModel.Flag.ShowLegendAsTree)
    tree.setModel(model)
    bridge = QgsLayerTreeMapCanvasBridge(QgsProject.instance().layerTreeRoot(), canvas)  # noqa: F841
    layers_dock = QDockWidget(app.translate("QgisApp", "Layers"))
    layers_dock.setWidget(tree)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, layers_dock)

    def make_dock():
        from carbonsink_plugin.gui.dock import CarbonSinkDock

        dock = CarbonSinkDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.resizeDocks([layers_dock, dock], [260, job["dock_width"]], Qt.Orientation.Horizontal)
        return dock

    window.show()
    shot = Shot(job, window, canvas, make_dock)
    shot.start()
    code = app.exec_() if hasattr(app, "exec_") else app.exec()
    shutil.rmtree(config, ignore_errors=True)
    # Leave without tearing the Qt objects down in Python's order (which can crash at exit).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or shot.code)


# --- what happens in the window (both modes) ---------------------------------------------------


class Shot:
    """Load layers, open the dock on a step, optionally run it, grab the window, quit."""

    def __init__(self, job: dict, window, canvas, make_dock, quit_app=None):
        self.job = job
        self.window = window
        self.canvas = canvas
        self.make_dock = make_dock
        self.quit_app = quit_app
        self.dock = None
        self.page = None
        self.code = 0
        self.waited = 0.0

    def later(self, seconds: float, function) -> None:
        from qgis.PyQt.QtCore import QTimer

        QTimer.singleShot(int(seconds * 1000), function)

    def start(self) -> None:
        self.later(0.5, self.guarded(self.load))

    def guarded(self, function):
        def call():
            try:
                function()
            except Exception:  # report and quit rather than hang under Xvfb
                import traceback

                traceback.print_exc()
                self.code = 1
                self.finish()

        return call

    def load(self) -> None:
        from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

        project = QgsProject.instance()
        if self.job.get("project"):
            project.read(self.job["project"])
        for path in self.job["layers"]:
            name = os.path.splitext(os.path.basename(path))[0]
            if path.lower().endswith(RASTER_EXTENSIONS):
                layer = QgsRasterLayer(path, name, "gdal")
            else:
                layer = QgsVectorLayer(path, name, "ogr")
            if not layer.isValid():
                raise RuntimeError(f"cannot load {path}")
            project.addMapLayer(layer)
        if self.job.get("setup"):
            with open(self.job["setup"], encoding="utf-8") as handle:
                exec(compile(handle.read(), self.job["setup"], "exec"), {"__name__": "setup"})
        if self.job.get("sample"):  # "Open sample data / demo project", as the menu does
            from carbonsink_plugin.gui.sampledata import SampleData

            self.sample = SampleData(project, self.job["sample"])
            self.sample.start()
            self.later(0.5, self.guarded(self.sample_loaded))
            return
        self.show_dock()

    def sample_loaded(self) -> None:
        if self.sample.running:
            self.later(0.5, self.guarded(self.sample_loaded))
            return
        self.show_dock()

    def show_dock(self) -> None:
        self.dock = self.make_dock()
        if self.job.get("output_folder"):
            os.makedirs(self.job["output_folder"], exist_ok=True)
            self.dock.folder_widget.setFilePath(self.job["output_folder"])
        self.dock.show()
        self.dock.raise_()
        self.later(1.0, self.guarded(self.choose))

    def choose(self) -> None:
        dock = self.dock
        step = self.job.get("step")
        if step:
            page = dock.page(step)
            if page is None:
                raise RuntimeError(f"no step {step}; steps: {list(dock.pages)}")
            for index in range(dock.toolbox.count()):
                if dock.toolbox.widget(index).widget() is page:
                    dock.toolbox.setCurrentIndex(index)
        page = dock.toolbox.currentWidget().widget()
        self.page = page
        if self.job.get("algorithm"):
            index = page.algorithmCombo.findData(self.job["algorithm"])
            if index < 0:
                raise RuntimeError(f"no algorithm {self.job['algorithm']} in this step")
            page.algorithmCombo.setCurrentIndex(index)
        inputs = {item.name: item for item in page.inputs}
        for choice in self.job["choose"]:
            name, layer_name = choice.split("=", 1)
            from qgis.core import QgsProject

            [layer] = QgsProject.instance().mapLayersByName(layer_name)
            inputs[name].combo.setLayer(layer)
        self.zoom()
        self.tidy_layer_tree()
        if self.job.get("run"):
            page.runButton.click()
            # An algorithm that needs the main thread (e.g. the workflow) is done on return.
            if not page.running and page.last_outcome is None:
                raise RuntimeError("the run did not start: " + page.statusLabel.text())
            self.later(0.5, self.guarded(self.wait))
        else:
            self.later(2.0, self.guarded(self.grab))

    def tidy_layer_tree(self) -> None:
        """Collapse the layers' legends (band lists) so the tree shows the run's group."""
        from qgis.core import QgsProject

        root = QgsProject.instance().layerTreeRoot()
        for node in root.findLayers():
            node.setExpanded(node.parent() is not root)

    def zoom(self) -> None:
        from qgis.core import QgsProject

        project = QgsProject.instance()
        layers = [layer for layer in project.mapLayers().values() if layer.isValid()]
        if not layers or self.canvas is None:
            return
        self.canvas.setDestinationCrs(project.crs())
        extent = self.canvas.fullExtent()
        if not extent.isEmpty():
            extent.scale(1.05)
            self.canvas.setExtent(extent)
        self.canvas.refreshAllLayers()

    def wait(self) -> None:
        if self.page.running:
            self.waited += 0.5
            if self.waited > self.job["timeout"]:
                raise RuntimeError("the run did not finish in time")
            self.later(0.5, self.guarded(self.wait))
            return
        self.zoom()
        self.tidy_layer_tree()
        self.later(3.0, self.guarded(self.grab))

    def grab(self) -> None:
        self.window.grab().save(self.job["out"], "PNG")
        if self.job.get("dock_out"):
            self.dock.grab().save(self.job["dock_out"], "PNG")
        self.finish()

    def finish(self) -> None:
        from qgis.core import QgsApplication, QgsProject

        QgsProject.instance().setDirty(False)
        if self.quit_app is not None:
            self.quit_app(self.code)
        else:
            QgsApplication.exit(self.code)


def start_in_qgis() -> None:
    """Inside the QGIS desktop (`qgis --code`): the same steps on QGIS's own window."""
    import qgis.utils
    from qgis.PyQt.QtCore import Qt

    job = json.loads(os.environ[IN_QGIS])
    iface = qgis.utils.iface
    window = iface.mainWindow()
    width, height = (int(value) for value in job["size"].split("x"))
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    from qgis.PyQt.QtWidgets import QDockWidget

    for name in ("Browser", "Browser2"):  # more room for the layers panel
        panel = window.findChild(QDockWidget, name)
        if panel is not None:
            panel.hide()

    def make_dock():
        plugin = qgis.utils.plugins.get(PLUGIN)
        if plugin is None:
            raise RuntimeError(f"QGIS did not load {PLUGIN}: " + ", ".join(qgis.utils.plugins))
        plugin.action.setChecked(True)
        dock = plugin.dock
        window.resizeDocks([dock], [job["dock_width"]], Qt.Orientation.Horizontal)
        return dock

    def quit_app(code):
        # Leave at once: no "save the project?" question, no session restore.
        sys.stdout.flush()
        os._exit(code)

    Shot(job, window, iface.mapCanvas(), make_dock, quit_app).start()


if os.environ.get(IN_QGIS) and "qgis.utils" in sys.modules and sys.modules["qgis.utils"].iface:
    start_in_qgis()
elif __name__ == "__main__":
    sys.exit(main())
