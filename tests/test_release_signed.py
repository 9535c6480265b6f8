"""Issue 5: a documented, signed, reproducible release that anyone can verify offline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import PLANTED, ROOT, TEXTS, run_cli, write_corpus

EPOCH = "1767225600"


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """Two releases of the same inputs with the same keys and SOURCE_DATE_EPOCH."""
    from release.pipeline import release
    from release.signing import keygen

    tmp = tmp_path_factory.mktemp("signed")
    corpus = write_corpus(tmp / "in.jsonl")
    (tmp / "k").write_text("a-test-key-of-sufficient-length")
    secret, public = keygen(tmp / "keys")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    try:
        for name in ("r1", "r2"):  # same folder name in two places: the bundle names it
            outcome = release(corpus, tmp / name / "rel", key_file=tmp / "k", signing_key_file=secret,
                              datasheet=ROOT / "examples" / "datasheet.yaml", tar=True)
            assert outcome.released and outcome.signed
    finally:
        mp.undo()
    return tmp, public


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_two_releases_are_byte_identical(signed):
    tmp, _ = signed
    assert _files(tmp / "r1" / "rel") == _files(tmp / "r2" / "rel")
    assert (tmp / "r1" / "rel.tar").read_bytes() == (tmp / "r2" / "rel.tar").read_bytes()
    assert sorted(_files(tmp / "r1" / "rel")) == [
        "DATASHEET.md", "README.md", "SHA256SUMS", "SHA256SUMS.minisig", "allow/public_figures.txt",
        "allow/software.txt", "clearance.pub", "croissant.json",
        "data/train-00000-of-00001.parquet", "policy.yaml", "provenance.intoto.jsonl", "validation.json"]


def test_keygen_protects_the_secret(signed):
    tmp, public = signed
    assert (public.parent / "clearance.key").stat().st_mode & 0o777 == 0o600
    from anonymize.errors import SecretKeyError
    from release.signing import keygen

    with pytest.raises(SecretKeyError):
        keygen(public.parent)  # never overwrites a key pair


def test_audit_passes_pinned_and_fails_with_another_key(signed, tmp_path, capsys):
    tmp, public = signed
    code, out, _ = run_cli(capsys, "audit", tmp / "r1" / "rel", "--public-key", public)
    assert code == 0, out
    assert "SHA256SUMS signature" in out and "provenance subjects" in out
    from release.signing import keygen

    _, other = keygen(tmp_path / "other")
    code, out, _ = run_cli(capsys, "audit", tmp / "r1" / "rel", "--public-key", other)
    assert code == 1 and "signature does not verify" in out
    assert run_cli(capsys, "audit", tmp / "r1" / "rel.tar", "--public-key", public)[0] == 0


def test_every_byte_file_and_bundle_change_fails_audit(signed, tmp_path, monkeypatch):
    """The checksums, signature and provenance alone must catch each change: the leakage gate
    (a re-scan, most of an audit's time) is replaced by a pass once the untouched release has
    passed it."""
    from release.audit import audit
    from validation.gate import GateResult

    tmp, public = signed
    root = tmp / "r1" / "rel"
    assert audit(root).exit_code == 0
    monkeypatch.setattr("release.audit.run_gate", lambda inputs: GateResult("pass"))
    files = sorted(_files(root))
    for rel in files:
        size = (root / rel).stat().st_size
        for pos in sorted({0, 1, size // 3, size // 2, size - 2, size - 1}):
            copy = tmp_path / "c"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(root, copy)
            data = bytearray((copy / rel).read_bytes())
            data[pos] ^= 0x20
            (copy / rel).write_bytes(bytes(data))
            assert audit(copy).exit_code != 0, f"byte {pos} of {rel} changed, audit passed"
        copy = tmp_path / "rm"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(root, copy)
        (copy / rel).unlink()
        assert audit(copy).exit_code != 0, f"{rel} removed, audit passed"
    for extra in ("notes.txt", "data/extra.parquet", "SHA256SUMS.sig"):
        copy = tmp_path / "add"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(root, copy)
        (copy / extra).write_text("x")
        assert audit(copy).exit_code != 0, f"{extra} added, audit passed"
    bundle = bytearray((tmp / "r1" / "rel.tar").read_bytes())
    bundle[len(bundle) // 2] ^= 0x20
    (tmp_path / "bad.tar").write_bytes(bytes(bundle))
    assert audit(tmp_path / "bad.tar").exit_code != 0


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign CLI not installed (.ci/run installs it)")
def test_minisign_cli_verifies_the_signature(signed):
    tmp, public = signed
    proc = subprocess.run(["minisign", "-Vm", str(tmp / "r1" / "rel" / "SHA256SUMS"), "-p", str(public)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_croissant_validates_and_data_loads(signed):
    import pyarrow.dataset as pads

    tmp, _ = signed
    root = tmp / "r1" / "rel"
    mlc = Path(sys.executable).parent / "mlcroissant"
    proc = subprocess.run([str(mlc), "validate", "--jsonld", str(root / "croissant.json")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert " E1" not in proc.stderr and "WARNING" not in proc.stderr, proc.stderr[-2000:]
    cr = json.loads((root / "croissant.json").read_text())
    assert cr["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    assert {"rai:personalSensitiveInformation", "rai:dataCollection"} <= set(cr)
    rows = pads.dataset(str(root / "data"), format="parquet").count_rows()
    front = yaml.safe_load((root / "README.md").read_text().split("---\n")[1])
    assert rows == front["dataset_info"]["splits"][0]["num_examples"] == 3
    assert front["configs"][0]["data_files"][0]["path"] == "data/train-*"
    assert front["license"] == "cc-by-4.0" and "extra_gated_prompt" in front


def test_parquet_layout_and_metadata(signed):
    import pyarrow.parquet as pq

    tmp, _ = signed
    pf = pq.ParquetFile(tmp / "r1" / "rel" / "data" / "train-00000-of-00001.parquet")
    md = pf.metadata
    assert md.row_group(0).column(1).compression == "ZSTD"
    assert all(not md.row_group(g).column(c).is_stats_set
               for g in range(md.num_row_groups) for c in range(md.num_columns))
    keys = [k.decode() for k in md.metadata]
    assert keys == sorted(keys) and "clearance.policy_sha256" in keys


def test_only_parquet_holds_transcript_text(signed):
    tmp, _ = signed
    snippets = [t[i:i + 30] for t in TEXTS for i in range(0, len(t) - 30, 15)]
    for rel, data in _files(tmp / "r1" / "rel").items():
        if rel.endswith(".parquet"):
            continue
        text = data.decode("utf-8", errors="replace")
        for value in PLANTED:
            assert value not in text, f"{value!r} in {rel}"
        for snip in snippets:
            assert snip not in text, f"transcript text in {rel}"


def test_datasheet_sections_and_strict(signed, tmp_path, corpus, capsys):
    tmp, _ = signed
    sheet = (tmp / "r1" / "rel" / "DATASHEET.md").read_text()
    for section in ("Motivation", "Composition", "Collection Process", "Preprocessing / Cleaning / Labeling",
                    "Uses", "Distribution", "Maintenance"):
        assert f"## {section}" in sheet
    assert "Canary recall" in sheet and "Not answered" not in sheet
    code, _, _ = run_cli(capsys, "release", corpus, "--out", tmp_path / "plain",
                         "--key-file", tmp / "k")
    assert code == 0
    assert "_Not answered._" in (tmp_path / "plain" / "DATASHEET.md").read_text()
    code, _, err = run_cli(capsys, "release", corpus, "--out", tmp_path / "strict", "--strict")
    assert code == 2 and "motivation.purpose" in err and not (tmp_path / "strict").exists()


def test_unsigned_release_warns_loudly(tmp_path, corpus, key_file, capsys):
    code, _, err = run_cli(capsys, "release", corpus, "--out", tmp_path / "u", "--key-file", key_file)
    assert code == 0 and "UNSIGNED" in err
