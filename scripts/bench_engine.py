"""Benchmark: peak memory and throughput of the raster engine on a big raster.

Writes a SIZE × SIZE float32 raster through the engine (a grid-only pass), then runs a
two-input pass (x·2 + 1 with the input read twice as two sources) over it, each in a fresh
subprocess whose peak resident memory is measured. The claim under test: memory does not grow
with raster size — peak stays under 1 GB for 20 000 × 20 000 (1.6 GB of pixels per band).

    .venv/bin/python scripts/bench_engine.py [--size 20000] [--out bench_output]
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def child(mode: str, folder: str, size: int) -> None:
    sys.path.insert(0, ROOT)
    import numpy as np

    from carbonsink_plugin.core import raster

    source_path = os.path.join(folder, f"engine_input_{size}.tif")
    if mode == "write":
        grid = raster.Grid(size, size, (500000.0, 10.0, 0.0, 2600000.0, 0.0, -10.0), _wkt_4547())

        def make(block):
            w = block.window
            rows = np.arange(w.row, w.row + w.height, dtype=np.float32)[:, None]
            cols = np.arange(w.col, w.col + w.width, dtype=np.float32)[None, :]
            return {"OUT": np.sin(rows * 0.01) + np.cos(cols * 0.01)}

        raster.run_blocks({}, {"OUT": raster.Output(source_path)}, make, grid=grid)
    else:
        sources = {
            "A": raster.Source(source_path, "A"),
            "B": raster.Source(source_path, "B"),
        }
        total = [0.0]

        def compute(block):
            out = block["A"][0] * 2 + 1
            out += block["B"][0] * 0
            return {"OUT": out, "sum": float(out.sum(dtype=np.float64))}

        def accumulate(block, result):
            total[0] += result["sum"]

        raster.run_blocks(
            sources,
            {"OUT": raster.Output(os.path.join(folder, f"engine_output_{size}.tif"))},
            compute,
            on_block=accumulate,
        )


def _wkt_4547() -> str:
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    return srs.ExportToWkt()


def measure(mode: str, folder: str, size: int) -> dict:
    start = time.perf_counter()
    command = [sys.executable, __file__, "--child", mode, "--size", str(size), "--out", folder]
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"mode": mode, "seconds": seconds, "peak_mb": peak_kb / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench_output"))
    parser.add_argument("--child", choices=["write", "process"])
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.child:
        child(args.child, args.out, args.size)
        return 0

    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: run the bigger pass last.
    results = [measure("write", args.out, args.size), measure("process", args.out, args.size)]
    megapixels = args.size * args.size / 1e6
    lines = [
        f"## Raster engine, {args.size} × {args.size} float32 ({megapixels:.0f} Mpx per band)",
        "",
        "| pass | time (s) | Mpx/s | peak memory of all passes so far (MB) |",
        "|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['mode']} | {r['seconds']:.1f} | {megapixels / r['seconds']:.1f} "
            f"| {r['peak_mb']:.0f} |"
        )
    verdict = "PASS" if results[-1]["peak_mb"] < 1024 else "FAIL"
    lines += ["", f"Peak memory under 1 GB: {verdict}", ""]
    report = "\n".join(lines)
    print(report)
    with open(os.path.join(args.out, "engine.md"), "w", encoding="utf-8") as handle:
        handle.write(report)
    with open(os.path.join(args.out, "engine.json"), "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
    for name in os.listdir(args.out):
        if name.startswith(("engine_input_", "engine_output_")):
            os.remove(os.path.join(args.out, name))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
