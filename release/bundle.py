"""Reproducible tar bundles of a release folder, and safe unpacking for `audit`.

Sorted entries, fixed mtime (SOURCE_DATE_EPOCH, else 0), uid/gid 0, empty owner names,
fixed modes, PAX format, no compression (gzip output depends on the zlib build).
"""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path


def write_tar(folder: Path, tar_path: Path) -> Path:
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH") or 0)
    prefix = folder.name
    tmp = tar_path.with_name(f".{tar_path.name}.tmp")
    with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
        entries = sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix())
        for path in [folder, *entries]:
            rel = path.relative_to(folder).as_posix()
            info = tarfile.TarInfo(prefix if rel == "." else f"{prefix}/{rel}")
            info.mtime, info.uid, info.gid, info.uname, info.gname = mtime, 0, 0, "", ""
            if path.is_dir():
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            else:
                data = path.read_bytes()
                info.size, info.mode = len(data), 0o644
                tar.addfile(info, io.BytesIO(data))
    tmp.replace(tar_path)
    return tar_path


def extract_release(tar_path: Path, dest: Path) -> Path:
    """Unpack a bundle refusing links, devices, absolute paths and '..'; returns the
    release folder inside dest."""
    with tarfile.open(tar_path, "r:") as tar:
        members = tar.getmembers()
        tops = {m.name.split("/", 1)[0] for m in members}
        for m in members:
            if not (m.isfile() or m.isdir()) or m.name.startswith("/") or ".." in m.name.split("/"):
                raise ValueError(f"{tar_path}: unsafe entry in bundle")
        if len(tops) != 1:
            raise ValueError(f"{tar_path}: a bundle holds exactly one release folder")
        tar.extractall(dest, filter="data")
    return dest / tops.pop()
