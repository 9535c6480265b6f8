"""Shared build-and-check code of the hand-written labelled sets (make_set_c.py ... make_set_i.py).

A transcript is written with inline markup, [[value|TYPE]] or [[value|TYPE|phenomenon]]; OBF_EMAIL
and OBF_PHONE mark obfuscated contacts. `write_set` checks every span (turn structure, every other
occurrence of a labelled value is labelled too, no overlaps, no stray spaces) and writes
<name>.jsonl next to this file.

Example of the markup (not a real transcript; each real one needs 8-12 turns alternating AI:/User:):
T.append(\"\"\"AI: Hello, thanks for joining. Could you tell me about your work?

User: I am [[Ana Costa|PERSON]], [[41|AGE]], a [[payroll analyst|JOB_TITLE]] at [[Grupo Fénix|ORGANIZATION]] in [[Recife|CITY]]. I use [[ChatGPT|AI_PRODUCT]] a lot, and [[my manager|GENERIC_ROLE]] too. Write me at [[ana dot costa at gmail dot com|OBF_EMAIL|spelled_at_dot]].\"\"\")
"""
import json, re

KIND = {}
for t in ["PERSON","EMAIL_ADDRESS","PHONE_NUMBER","URL","SOCIAL_HANDLE","ADDRESS","NATIONAL_ID"]: KIND[t]="direct"
for t in ["ORGANIZATION","CITY","JOB_TITLE","AGE","DATE","SCHOOL"]: KIND[t]="quasi"
for t in ["AI_PRODUCT","SOFTWARE","PUBLIC_FIGURE","GENERIC_ROLE","GENERIC_TIME","COUNTRY","CONTINENT"]: KIND[t]="decoy"
OBF = {"OBF_EMAIL":"EMAIL_ADDRESS","OBF_PHONE":"PHONE_NUMBER"}

MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)(?:\|([a-z_]+))?\]\]")

def phen(etype, value, text, s, e, override):
    if override: return override
    if etype == "PERSON":
        para_start = text.rfind("\n\n", 0, s)
        if text[e:e+2] == "'s": return "possessive"
        if text[para_start+2 if para_start >= 0 else 0:].startswith("AI:"): return "interviewer_echo"
        if value.islower(): return "lowercase_name"
        return "full_name" if " " in value else "single_name"
    if etype == "AGE": return "number_words" if not value.isdigit() else "digits"
    if value.islower() and etype in ("AI_PRODUCT","SOFTWARE","GENERIC_TIME"): return "lowercase"
    return "standard"

def build(raw):
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(raw):
        out.append(raw[last:m.start()]); pos += m.start() - last
        val, typ, ov = m.group(1), m.group(2), m.group(3)
        if typ in OBF: etype, kind = OBF[typ], "obfuscated"
        else: etype, kind = typ, KIND[typ]
        spans.append(dict(start=pos, end=pos+len(val), entity_type=etype, kind=kind, _ov=ov))
        out.append(val); pos += len(val); last = m.end()
    out.append(raw[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text
    for sp in spans:
        sp["phenomenon"] = phen(sp["entity_type"], text[sp["start"]:sp["end"]], text, sp["start"], sp["end"], sp.pop("_ov"))
    return text, spans


def write_set(T, name, id_prefix=None):
    id_prefix = id_prefix or name
    rows = []
    for i, raw in enumerate(T, 1):
        raw = raw.strip()
        text, spans = build(raw)
        turns = text.split("\n\n")
        assert 8 <= len(turns) <= 12, (i, len(turns))
        for j, t in enumerate(turns):
            assert t.startswith("AI: " if j % 2 == 0 else "User: "), (i, j, t[:30])
        # every occurrence of each labelled value must be covered by some span
        for sp in spans:
            v = text[sp["start"]:sp["end"]]
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                assert any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans), (i, v, m.start())
        # no overlapping spans
        ss = sorted(spans, key=lambda s: s["start"])
        for a, b in zip(ss, ss[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for sp in spans:
            assert text[sp["start"]:sp["end"]].strip() == text[sp["start"]:sp["end"]]
        rows.append({"transcript_id": f"{id_prefix}-{i:04d}", "locale": "mixed", "text": text, "spans": ss})

    # verify round trip against markup values
    for raw, row in zip(T, rows):
        vals = [m.group(1) for m in MARK.finditer(raw.strip())]
        assert vals == [row["text"][s["start"]:s["end"]] for s in row["spans"]]

    with open(__import__("os").path.join(__import__("os").path.dirname(__file__), name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

    from collections import Counter
    tot = Counter()
    for r in rows:
        c = Counter(s["kind"] for s in r["spans"]); tot += c
        print(r["transcript_id"], len(r["text"].split("\n\n")), dict(c))
    print("TOTAL", dict(tot), "spans", sum(tot.values()))
    print(Counter(s["entity_type"] for r in rows for s in r["spans"]))
