"""No command opens a network connection: the whole pipeline runs under an audit hook
that records (and blocks) every socket connect and name lookup."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import write_corpus

HOOKED_RUN = textwrap.dedent('''
    import sys
    events = []
    def hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.sendto", "socket.sendmsg"):
            events.append(event)
            raise PermissionError("network use blocked by test")
    sys.addaudithook(hook)
    from release.cli import main
    code = 0
    for argv in COMMANDS:
        try:
            main(argv)
        except SystemExit as exc:
            code = code or exc.code
    print("NETWORK-EVENTS", len(events), file=sys.stderr)
    # Positive control: the hook really sees socket use.
    import socket
    try:
        socket.getaddrinfo("localhost", 9)
    except PermissionError:
        pass
    print("CONTROL-EVENTS", len(events), file=sys.stderr)
    sys.exit(code)
''')


def test_no_command_touches_the_network(tmp_path):
    corpus = write_corpus(tmp_path / "in.jsonl")
    key = tmp_path / "k"
    key.write_text("a-test-key-of-sufficient-length")
    commands = [
        ["scan", str(corpus), "--out", str(tmp_path / "f.jsonl")],
        ["anonymize", str(corpus), "--out", str(tmp_path / "o.parquet"), "--key-file", str(key)],
        ["validate", str(tmp_path / "o.parquet"), "--report-dir", str(tmp_path / "rep")],
        ["release", str(corpus), "--out", str(tmp_path / "rel"), "--key-file", str(key)],
        ["audit", str(tmp_path / "rel")],
    ]
    script = f"COMMANDS = {commands!r}\n" + HOOKED_RUN
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "NETWORK-EVENTS 0" in proc.stderr
    assert "CONTROL-EVENTS 1" in proc.stderr
    assert (tmp_path / "rel" / "SHA256SUMS").exists()
