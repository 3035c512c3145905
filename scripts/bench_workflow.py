"""Benchmark: the complete workflow as a batch user runs it — one `qgis_process` call of
carbonsink:workflow (stages 2–5: NPP, soil respiration, NEP, sampling plan, ground check,
districts, grades, the report in HTML, PDF and ODT) — and carbonsink:casanpp alone, on the
generated Shenzhen sample at 30 m (3143 × 1852 px) and 10 m (9428 × 5555 px).

For each resolution the sample (one year, 2023) is generated and stage 1 prepared once
(vegetation types, the monthly NDVI composite of the dated scenes, the station climate: the
figures of that preparation are printed but are not the benchmark); then each `qgis_process`
call is measured as a whole process (start-up included): wall time, CPU time, peak resident
memory. Targets (issue 19): the workflow under 60 s at 10 m and under 1 GB at every
resolution, casanpp under 800 MB.

    .venv/bin/python scripts/bench_workflow.py [--resolution 30 10] [--runs 1]
        [--out bench_output] [--keep]

One piece alone, to time it from outside:

    .venv/bin/python scripts/bench_workflow.py --child prepare --resolution 10 --data DIR
    .venv/bin/python scripts/bench_workflow.py --print workflow|casanpp --data DIR   # the command
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from rusage import measure

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
YEAR = 2023
TARGETS = {"workflow": 1024.0, "casanpp": 800.0}  # MB
WORKFLOW_SECONDS_AT_10M = 60.0


# ============================================================================================
# Preparation: the sample and stage 1 (once per resolution)


def prepare(resolution: float, folder: str) -> dict:
    """The sample at `resolution` and its stage-1 products in `folder`; prepared.json there
    holds the paths (kept: a second run reuses them)."""
    done = os.path.join(folder, "prepared.json")
    if os.path.exists(done):
        with open(done, encoding="utf-8") as stream:
            return json.load(stream)
    from carbonsink_plugin import sampledata

    figures = {}
    start = time.monotonic()
    sample = sampledata.generate(os.path.join(folder, "sample"), resolution, years=[YEAR])
    figures["generate_seconds"] = time.monotonic() - start
    return stage_one(folder, sample, resolution, figures)


def stage_one(folder: str, sample: dict, resolution: float, figures: dict) -> dict:
    import demo
    from qgis_app import QgisSession

    done = os.path.join(folder, "prepared.json")
    with QgisSession():
        log = demo.Log(os.path.join(folder, "stage1.log"))
        start = time.monotonic()
        prepared = demo.Demo(folder, log).stage_one(sample, years=(YEAR,))
        figures["stage1_seconds"] = time.monotonic() - start
        log.file.close()
    prepared = {key.removesuffix(f"_{YEAR}"): path for key, path in prepared.items()}
    result = {"resolution": resolution, "sample": sample, "prepared": prepared, **figures}
    with open(done, "w", encoding="utf-8") as stream:
        json.dump(result, stream, indent=1)
    return result


# ============================================================================================
# The qgis_process calls


def parameters(algorithm: str, data: dict, out: str) -> dict[str, str]:
    prepared, sample = data["prepared"], data["sample"]
    casa = {name: prepared[name] for name in ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION")}
    casa.update(VEGETATION=prepared["VEGETATION"], NDVI_EXTREMES="data")
    if algorithm == "casanpp":
        return {**casa, "OUTPUT": os.path.join(out, "npp.tif")}
    return {
        **casa,
        "ZONES": sample["districts"] + "|layername=districts",
        "ZONE_FIELD": "name_en",
        "YEAR": str(YEAR),
        "PLOTS": sample["field_plots"],
        "MEASURED_FIELD": f"npp_{YEAR}",
        "STRATUM_FIELD": "veg_code",
        "ID_FIELD": "plot_id",
        "RECORDED_TYPE_FIELD": "veg_code",
        "AREA_NAME": "Shenzhen",
        "ORGANISATION": "Sample station (benchmark)",
        "LANGUAGE": "en",
        "OUTPUT_FOLDER": out,
    }


def command(algorithm: str, data: dict, out: str) -> list[str]:
    pairs = [f"{key}={value}" for key, value in parameters(algorithm, data, out).items()]
    return [QGIS_PROCESS, "run", f"carbonsink:{algorithm}", "--", *pairs]


def qgis_environment(profile: str) -> dict:
    """A throw-away profile with the plugin enabled (never the user's)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=ROOT,
        QGIS_CUSTOM_CONFIG_PATH=profile,
    )
    subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "carbonsink_plugin"],
        env=env,
        check=True,
        capture_output=True,
    )
    return env


def run_algorithm(algorithm: str, data: dict, env: dict, runs: int, log: str) -> dict:
    """Medians of `runs` whole-process runs (each into a fresh folder; their output in log)."""
    samples = []
    for _ in range(runs):
        out = tempfile.mkdtemp(prefix=f"bench-{algorithm}-")
        try:
            samples.append(measure(command(algorithm, data, out), env=env, log=log))
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


# ============================================================================================
# Report


def verdicts(resolution: float, results: dict) -> list[tuple[str, bool, str]]:
    checks = []
    for algorithm, limit in TARGETS.items():
        peak = results[algorithm]["peak_mb"]
        checks.append((f"{algorithm} peak memory under {limit:.0f} MB at {resolution:g} m",
                       peak < limit, f"{peak:.0f} MB"))  # fmt: skip
    if resolution <= 10.0:
        seconds = results["workflow"]["seconds"]
        checks.append((f"workflow under {WORKFLOW_SECONDS_AT_10M:.0f} s at 10 m",
                       seconds < WORKFLOW_SECONDS_AT_10M, f"{seconds:.1f} s"))  # fmt: skip
    return checks


def report(all_results: dict, runs: int) -> tuple[str, bool]:
    lines = [
        f"## Complete workflow and casanpp in `qgis_process` ({os.cpu_count()} cores, "
        f"medians of {runs} run{'s' if runs > 1 else ''})",
        "",
        "| resolution (px) | step | wall time (s) | CPU time (s) | CPU ÷ wall | peak memory (MB) |",
        "|---|---|---|---|---|---|",
    ]
    ok = True
    checks = []
    for resolution, (data, results) in all_results.items():
        size = f"{resolution:g} m ({data['width']} × {data['height']})"
        lines.append(f"| {size} | sample generated (in-process) | "
                     f"{data['generate_seconds']:.1f} | | | |")  # fmt: skip
        lines.append(f"| {size} | stage 1 (in-process: 5 algorithms) | "
                     f"{data['stage1_seconds']:.1f} | | | |")  # fmt: skip
        for algorithm, r in results.items():
            lines.append(
                f"| {size} | `qgis_process run carbonsink:{algorithm}` | {r['seconds']:.1f} "
                f"| {r['cpu_seconds']:.1f} | {r['cpu_seconds'] / r['seconds']:.2f} "
                f"| {r['peak_mb']:.0f} |"
            )
        checks += verdicts(resolution, results)
    lines.append("")
    for label, passed, value in checks:
        ok &= passed
        lines.append(f"- {label}: {value} — {'PASS' if passed else 'FAIL'}")
    resolutions = " ".join(f"{r:g}" for r in all_results)
    lines += ["", f"Command: `.venv/bin/python scripts/bench_workflow.py --resolution "
              f"{resolutions} --runs {runs}`", ""]  # fmt: skip
    return "\n".join(lines), ok


def grid_size(data: dict) -> tuple[int, int]:
    from osgeo import gdal

    dataset = gdal.Open(data["prepared"]["VEGETATION"])
    return dataset.RasterXSize, dataset.RasterYSize


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--resolution", type=float, nargs="+", default=[30.0, 10.0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench_output"))
    parser.add_argument("--keep", action="store_true", help="keep the samples for a next run")
    parser.add_argument("--child", choices=["prepare"])
    parser.add_argument("--print", choices=["workflow", "casanpp"], dest="show")
    parser.add_argument("--data", help="a folder of --child prepare")
    args = parser.parse_args()
    sys.path.insert(0, ROOT)
    if args.child:
        prepare(args.resolution[0], args.data)
        return 0
    if args.show:
        with open(os.path.join(args.data, "prepared.json"), encoding="utf-8") as stream:
            data = json.load(stream)
        out = os.path.join(args.data, f"out_{args.show}")
        print(" ".join(f"'{word}'" for word in command(args.show, data, out)))
        return 0

    os.makedirs(args.out, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="carbonsink-bench-profile-")
    all_results = {}
    try:
        env = qgis_environment(profile)
        for resolution in args.resolution:
            folder = os.path.join(args.out, f"workflow_{resolution:g}m")
            print(f"Preparing the {resolution:g} m sample and stage 1 in {folder} …", flush=True)
            subprocess.run(
                [sys.executable, __file__, "--child", "prepare", "--resolution",
                 str(resolution), "--data", folder],
                check=True,
            )  # fmt: skip
            with open(os.path.join(folder, "prepared.json"), encoding="utf-8") as stream:
                data = json.load(stream)
            data["width"], data["height"] = grid_size(data)
            results = {}
            for algorithm in ("casanpp", "workflow"):
                print(f"  qgis_process run carbonsink:{algorithm} ({resolution:g} m) …",
                      flush=True)  # fmt: skip
                log = os.path.join(args.out, f"workflow_{resolution:g}m_{algorithm}.log")
                results[algorithm] = run_algorithm(algorithm, data, env, args.runs, log)
                r = results[algorithm]
                print(f"    {r['seconds']:.1f} s, peak {r['peak_mb']:.0f} MB", flush=True)
            all_results[resolution] = (data, results)
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    text, ok = report(all_results, args.runs)
    print(text)
    with open(os.path.join(args.out, "workflow.md"), "w", encoding="utf-8") as handle:
        handle.write(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
