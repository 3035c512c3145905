"""`make bench`: run every benchmark (scripts/bench_*.py), each in its own process.

Each benchmark prints a Markdown section and writes it to bench_output/<name>.md; this driver
collects them into bench_output/summary.md. Figures depend on the machine: the README quotes
them with the machine they came from.
"""

import glob
import os
import platform
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench_output")


def main() -> int:
    os.makedirs(OUT, exist_ok=True)
    scripts = sorted(glob.glob(os.path.join(ROOT, "scripts", "bench_*.py")))
    failures = 0
    for script in scripts:
        print(f"== {os.path.basename(script)}", flush=True)
        failures += subprocess.run([sys.executable, script, "--out", OUT]).returncode != 0
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    sections = [f"# Benchmarks ({machine})", ""]
    for name in sorted(glob.glob(os.path.join(OUT, "*.md"))):
        if not name.endswith("summary.md"):
            with open(name, encoding="utf-8") as handle:
                sections.append(handle.read())
    with open(os.path.join(OUT, "summary.md"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(sections))
    print(f"Summary: {os.path.join(OUT, 'summary.md')}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
