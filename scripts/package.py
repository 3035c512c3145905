"""`make package`: the zip a technician installs with "Install from ZIP".

It holds the files git tracks in carbonsink_plugin/, as they are in the working tree (an edit
ships before it is committed; an untracked file never ships), minus those marked
`export-ignore` in .gitattributes, plus the compiled files given on the command line. Only git
is asked, never asked to commit: no `git stash create`, which needs a committer identity and
failed silently on a fresh clone in the Debian 13 root. The zip is written under a temporary
name and moved into place, so a failure leaves an older zip untouched.

    python3 scripts/package.py DIST_FOLDER VERSION COMPILED_FILE...
"""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "carbonsink_plugin"


def git(*args: str, stdin: bytes | None = None) -> list[str]:
    out = subprocess.run(
        ["git", *args], cwd=ROOT, input=stdin, check=True, capture_output=True
    ).stdout
    return [item for item in out.decode("utf-8").split("\0") if item]


def shipped_files() -> list[str]:
    tracked = git("ls-files", "-z", "--cached", "--", PLUGIN)
    # check-attr -z prints path, attribute, value triplets.
    attributes = git(
        "check-attr", "-z", "--stdin", "export-ignore", stdin="\0".join(tracked).encode()
    )
    ignored = {attributes[i] for i in range(0, len(attributes), 3) if attributes[i + 2] == "set"}
    return sorted(name for name in tracked if name not in ignored and (ROOT / name).is_file())


def main(dist: str, version: str, compiled: list[str]) -> Path:
    target = Path(dist).resolve() / f"{PLUGIN}-{version}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            names = sorted(set(shipped_files()) | set(compiled))
            # Folder entries first, as git archive and zip write them (some unzip tools need them).
            for folder in sorted(
                {str(parent) + "/" for n in names for parent in Path(n).parents[:-1]}
            ):
                archive.writestr(zipfile.ZipInfo(folder), b"")
            for name in names:
                # Symlinks (carbonsink_plugin/metadata.txt) are stored as the file they name.
                archive.write(ROOT / name, name)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    zip_path = main(sys.argv[1], sys.argv[2], sys.argv[3:])
    print(os.path.join(sys.argv[1], zip_path.name))
