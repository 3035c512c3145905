"""Whole-process figures of one command for the benchmarks: wall time, CPU time (user +
system, all threads) and peak resident memory.

    from rusage import measure
    measure(["qgis_process.bin", "run", …])  # {"seconds", "cpu_seconds", "peak_mb"}

The command runs under a wrapper process of its own (this file as a script), whose
getrusage(RUSAGE_CHILDREN) then covers that one command: the same figures as
`/usr/bin/time -v` (Maximum resident set size is the largest single process).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time


def measure(command: list[str], env: dict | None = None, log: str | None = None) -> dict:
    """Run `command` and return its figures; its output goes to the file `log` (appended), or
    to this process's stderr. Raises CalledProcessError if it fails."""
    wrapper = [sys.executable, os.path.abspath(__file__), *command]
    with open(log or os.devnull, "a", encoding="utf-8") as stream:
        output = subprocess.run(
            wrapper,
            check=True,
            stdout=subprocess.PIPE,
            stderr=stream if log else None,
            text=True,
            env=env,
        )
    return json.loads(output.stdout.strip().splitlines()[-1])


def _wrap(command: list[str]) -> int:
    start = time.perf_counter()
    returncode = subprocess.run(command, stdout=sys.stderr).returncode
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
    }
    print(json.dumps(figures))
    return returncode


if __name__ == "__main__":
    sys.exit(_wrap(sys.argv[1:]))
