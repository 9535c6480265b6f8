"""Canary recall: measure, on this very corpus, how much injected personal data the
anonymizer removes.

Synthetic values of every protected type are written into copies of real transcripts,
as new participant turns in ordinary interview phrasing, and the copies go through the
same scan and anonymization as the real data. Canaries live only in memory: they are
never released, and reports carry counts per type, never the values.

The canary values are derived from the run's key and the sampled transcripts, so they
are new for every dataset and key (nobody can tune detection to them) while the same
inputs and key reproduce the same figures (releases stay byte-identical).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field

from faker import Faker

from anonymize.policy import Policy
from anonymize.scan import scan_text
from anonymize.transform import anonymize_text

_CITIES = ["Sacramento", "Baltimore", "Milwaukee", "Albuquerque", "Tucson", "Fresno",
           "Omaha", "Raleigh", "Cleveland", "Tampa", "Pittsburgh", "Cincinnati", "Manchester",
           "Leeds", "Glasgow", "Bristol", "Lyon", "Hamburg", "Rotterdam", "Porto", "Krakow",
           "Gdansk", "Izmir", "Pune", "Surabaya", "Cebu", "Guadalajara", "Curitiba", "Lagos",
           "Ibadan", "Da Nang", "Edmonton", "Winnipeg", "Adelaide", "Wellington"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]

# entity type -> (value maker, sentences). Phrasing as participants talk in interviews.
_CANARIES = {
    "PERSON": (lambda f: f"{f.first_name()} {f.last_name()}",
               ["My colleague {v} was the one who set that up for us.",
                "I usually ask {v} from the finance team to double-check the numbers."]),
    "EMAIL_ADDRESS": (lambda f: f"{f.first_name().lower()}.{f.last_name().lower()}@{f.domain_word()}-{f.random_element(['group', 'labs', 'consulting'])}.com",
                      ["People email me at {v} when they have questions about it."]),
    "PHONE_NUMBER": (lambda f: f"({f.random_int(201, 989)}) {f.random_int(201, 989)}-{f.random_int(1000, 9999)}",
                     ["My direct line is {v} if anyone on the team needs me."]),
    "URL": (lambda f: f"https://www.{f.domain_word()}{f.random_int(10, 99)}.com/{f.user_name()}",
            ["I wrote about the whole thing on my blog, {v}, last year."]),
    "IP_ADDRESS": (lambda f: f.ipv4_private(),
                   ["The internal tool runs on a server at {v}, so nothing leaves our network."]),
    "CREDIT_CARD": (lambda f: f.credit_card_number(card_type="visa16"),
                    ["I once pasted my card number {v} into it by accident."]),
    "IBAN_CODE": (lambda f: f.iban(),
                  ["It even pulled our account number {v} out of a scanned invoice."]),
    "US_SSN": (lambda f: f.ssn(),
               ["HR once asked me to type my social security number, {v}, into a form."]),
    "ORGANIZATION": (lambda f: f"{f.last_name()} {f.random_element(['Logistics', 'Analytics', 'Insurance', 'Foods', 'Health'])}",
                     ["Before this job I worked at {v} for about six years."]),
    "LOCATION": (lambda f: f.random_element(_CITIES),
                 ["I moved to {v} for this job, so I had to build a network from scratch."]),
    "DATE_TIME": (lambda f: f"{f.random_element(_MONTHS)} {f.random_int(1, 28)}, {f.random_int(2012, 2024)}",
                  ["I started in this role on {v}, right before the reorganisation."]),
    "AGE": (lambda f: str(f.random_int(23, 67)),
            ["I'm {v}, so I remember doing all of this by hand."]),
    "SCHOOL": (lambda f: f"University of {f.random_element(_CITIES)}",
               ["I studied economics at the {v} before I got into this field."]),
}


@dataclass
class CanaryResult:
    rows: list[dict] = field(default_factory=list)  # canary_id, entity_type, removed (0/1)

    @property
    def recall(self) -> float:
        return sum(r["removed"] for r in self.rows) / len(self.rows) if self.rows else 0.0

    def by_type(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for r in self.rows:
            t = out.setdefault(r["entity_type"], {"injected": 0, "removed": 0})
            t["injected"] += 1
            t["removed"] += r["removed"]
        return dict(sorted(out.items()))


def canary_types(policy: Policy) -> list[str]:
    return [t for t in sorted(_CANARIES) if policy.rule_for(t).action != "keep"]


def _present(value: str, text: str, joiners: str = "") -> bool:
    edge = rf"[\w{joiners}]"
    return re.search(rf"(?<!{edge}){re.escape(value)}(?!{edge})", text, re.IGNORECASE) is not None


def _survived(entity_type: str, value: str, text: str) -> bool:
    """A canary survives if its value, or for a person any part of the name, is still there."""
    if entity_type == "AGE":  # 40 is not "in" the band 40-49 that replaced it
        return _present(value, text, joiners="-")
    if _present(value, text):
        return True
    if entity_type == "PERSON":
        return any(_present(part, text) for part in value.split() if len(part) > 1)
    return False


def sample(rows: list[tuple[str, str]], n: int, key: bytes) -> list[tuple[str, str]]:
    """A keyed, order-independent sample: the n transcripts with the smallest HMAC(id)."""
    ranked = sorted(rows, key=lambda r: hmac.digest(key, b"canary-sample\x1f" + r[0].encode(), "sha256"))
    return ranked[:n]


def run_canaries(rows: list[tuple[str, str]], policy: Policy, key: bytes, analyzer, engine) -> CanaryResult:
    chosen = sample(rows, policy.gate.canary_transcripts, key)
    material = hashlib.sha256(b"\x1f".join(tid.encode() for tid, _ in chosen)).digest()
    fake = Faker("en_US")
    fake.seed_instance(int.from_bytes(hmac.digest(key, b"canary\x1f" + material, "sha256")[:8], "big"))
    result = CanaryResult()
    for tid, text in chosen:
        turns = text.split("\n\n")
        planted: list[tuple[str, str]] = []
        positions: list[int] = []  # final index of each canary's turn
        for etype in canary_types(policy):
            make, sentences = _CANARIES[etype]
            value = make(fake)
            pos = fake.random_int(1, len(turns))
            turns.insert(pos, "User: " + fake.random_element(sentences).format(v=value))
            positions = [p + 1 if p >= pos else p for p in positions] + [pos]
            planted.append((etype, value))
        copy = "\n\n".join(turns)
        findings = scan_text(analyzer, copy, policy)
        sanitized, _, _ = anonymize_text(engine, copy, findings, policy, key)
        out_turns = sanitized.split("\n\n")
        aligned = len(out_turns) == len(turns)
        for i, ((etype, value), pos) in enumerate(zip(planted, positions)):
            # Look in the canary's own turn, so the same number elsewhere is no "survival".
            scope = out_turns[pos] if aligned else sanitized
            result.rows.append({"canary_id": f"{tid}#{i}", "entity_type": etype,
                                "removed": 0 if _survived(etype, value, scope) else 1})
    return result
