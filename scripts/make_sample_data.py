#!/usr/bin/env python3
"""Write the generated Shenzhen sample dataset (see carbonsink_plugin/sampledata.py).

    python3 scripts/make_sample_data.py [--resolution 100] [--out sample_data] [--seed 20231]

Everything written is generated except the district boundaries; README.txt in the output
folder says how each file was made. Output is never committed (sample_data/ is git-ignored).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from carbonsink_plugin import sampledata  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolution", type=float, default=100.0, help="pixel size in m")
    parser.add_argument("--out", default=os.path.join(ROOT, "sample_data"), help="folder")
    parser.add_argument("--seed", type=int, default=sampledata.SEED)
    parser.add_argument(
        "--years", type=int, nargs="+", default=list(sampledata.YEARS), help="e.g. 2021 2022"
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    start = time.monotonic()
    last = [-1]

    def progress(fraction: float, message: str) -> None:
        step = int(fraction * 10)
        if not args.quiet and step != last[0]:
            last[0] = step
            print(f"{fraction:4.0%} {message}", flush=True)

    try:
        paths = sampledata.generate(
            args.out, args.resolution, seed=args.seed, years=args.years, progress=progress
        )
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(
            f"Sample data (GENERATED, seed {args.seed}, {args.resolution:g} m): "
            f"{len(paths)} files in {os.path.abspath(args.out)} "
            f"({time.monotonic() - start:.1f} s); see README.txt there."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
