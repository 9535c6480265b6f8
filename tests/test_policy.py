"""Tests for anonymize/policy.py: the packaged default policy and strict validation."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from anonymize.errors import ClearanceError, PolicyError
from anonymize.policy import EntityRule, Policy, default_policy_path, load_policy

MINIMAL = {"version": 1, "name": "t", "entities": {"PERSON": "label"}}

PROTECTED = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ORGANIZATION", "LOCATION",
             "DATE_TIME", "AGE", "SCHOOL"]


def write_yaml(tmp_path: Path, data, name: str = "policy.yaml") -> Path:
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False),
                 encoding="utf-8")
    return p


def policy_error(path: Path) -> str:
    with pytest.raises(PolicyError) as exc:
        load_policy(path)
    msg = str(exc.value)
    assert str(path) in msg  # every policy error names the file
    assert exc.value.exit_code == 2 and isinstance(exc.value, ClearanceError)
    return msg


# ---------------------------------------------------------------- default policy


def test_default_policy_loads():
    lp = load_policy()
    assert lp.policy.version == 1
    assert Path(lp.path) == default_policy_path()
    assert Path(lp.path).is_file()


@pytest.mark.parametrize("entity", PROTECTED)
def test_default_policy_protects(entity):
    policy = load_policy().policy
    assert entity in policy.entities
    assert policy.rule_for(entity).action != "keep"
    assert entity in policy.detected_entities


def test_default_policy_never_keeps_by_default():
    policy = load_policy().policy
    assert policy.default_action != "keep"
    assert policy.rule_for("SOME_NEW_RECOGNIZER_TYPE").action != "keep"


def test_default_policy_sha256_is_of_file_bytes_and_its_allow_list_files():
    lp = load_policy()
    digest = hashlib.sha256(Path(lp.path).read_bytes())
    for name in lp.policy.detection.allow_list_files:
        digest.update(b"\0" + name.encode() + b"\0" + (Path(lp.path).parent / name).read_bytes())
    assert lp.sha256 == digest.hexdigest()


def test_allow_list_files_join_the_allow_list_and_the_digest(tmp_path):
    (tmp_path / "allow").mkdir()
    (tmp_path / "allow" / "tools.txt").write_text("# tools\nAbucasis\n\nDATEV\nExcel\n", encoding="utf-8")
    text = ("version: 1\nname: t\nentities: {PERSON: label}\n"
            "detection: {allow_list: [Excel], allow_list_files: [allow/tools.txt]}\n")
    p = write_yaml(tmp_path, text)
    lp = load_policy(p)
    assert lp.policy.detection.allow_list == ["Excel", "Abucasis", "DATEV"]
    (tmp_path / "allow" / "tools.txt").write_text("Abucasis\n", encoding="utf-8")
    assert load_policy(p).sha256 != lp.sha256  # a changed list is a changed policy


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/hosts", "allow/missing.txt"])
def test_allow_list_files_must_exist_beside_the_policy(tmp_path, name):
    p = write_yaml(tmp_path, f"version: 1\nname: t\nentities: {{PERSON: label}}\n"
                             f"detection: {{allow_list_files: ['{name}']}}\n")
    assert "allow_list_files" in policy_error(p)


def test_sha256_tracks_file_content(tmp_path):
    a = write_yaml(tmp_path, "version: 1\nname: t\nentities: {PERSON: label}\n", "a.yaml")
    b = write_yaml(tmp_path, "# a comment changes the bytes\nversion: 1\nname: t\nentities: {PERSON: label}\n", "b.yaml")
    la, lb = load_policy(a), load_policy(b)
    assert la.policy == lb.policy
    assert la.sha256 == hashlib.sha256(a.read_bytes()).hexdigest()
    assert la.sha256 != lb.sha256
    assert la.path == str(a)


def test_default_policy_same_via_explicit_path():
    assert load_policy(default_policy_path()).policy == load_policy().policy


# ---------------------------------------------------------------- shorthand and rules


def test_shorthand_equals_long_form():
    short = Policy.model_validate({**MINIMAL, "entities": {"PERSON": "label", "AGE": "generalize"}})
    long = Policy.model_validate({**MINIMAL, "entities": {"PERSON": {"action": "label"},
                                                          "AGE": {"action": "generalize"}}})
    assert short == long
    assert short.entities["PERSON"] == EntityRule(action="label")


def test_shorthand_in_file(tmp_path):
    p = write_yaml(tmp_path, "version: 1\nname: t\nentities:\n  PERSON: label\n  EMAIL_ADDRESS:\n"
                             "    action: mask\n    masking_char: '#'\n    chars_to_mask: 3\n")
    policy = load_policy(p).policy
    assert policy.entities["PERSON"] == EntityRule(action="label")
    rule = policy.entities["EMAIL_ADDRESS"]
    assert (rule.action, rule.masking_char, rule.chars_to_mask) == ("mask", "#", 3)


def test_rule_for_unknown_type_uses_default_action():
    policy = Policy.model_validate({**MINIMAL, "entities": {"PERSON": "keep"}, "default_action": "hash"})
    assert policy.rule_for("PERSON").action == "keep"
    assert policy.rule_for("CRYPTO").action == "hash"
    assert policy.rule_for("person").action == "hash"  # entity types are case-sensitive


def test_default_action_defaults_to_label():
    assert Policy.model_validate(MINIMAL).rule_for("ANYTHING").action == "label"


def test_detected_entities_includes_kept_types_sorted():
    policy = Policy.model_validate({**MINIMAL, "entities": {"URL": "label", "NRP": "keep", "AGE": "mask"}})
    assert policy.detected_entities == ["AGE", "NRP", "URL"]


def test_policy_is_frozen():
    policy = Policy.model_validate(MINIMAL)
    with pytest.raises(ValidationError):
        policy.default_action = "redact"


@pytest.mark.parametrize("action", ["redact", "label", "mask", "hash"])
def test_allowed_default_actions(action):
    assert Policy.model_validate({**MINIMAL, "default_action": action}).rule_for("X").action == action


# ---------------------------------------------------------------- errors name the key


@pytest.mark.parametrize("text, key_path", [
    ("version: 1\nname: t\nentities: {PERSON: label}\ncolour: red\n", "colour"),
    ("version: 1\nname: t\nentities: {PERSON: label}\ndetection:\n  spacy_modle: x\n",
     "detection.spacy_modle"),
    ("version: 1\nname: t\nentities: {PERSON: label}\ncolumns:\n  txt: body\n", "columns.txt"),
    ("version: 1\nname: t\nentities:\n  PERSON: obliterate\n", "entities.PERSON.action"),
    ("version: 1\nname: t\nentities:\n  PERSON: {action: obliterate}\n", "entities.PERSON.action"),
    ("version: 1\nname: t\nentities:\n  PERSON: {action: label, colour: red}\n",
     "entities.PERSON.colour"),
    ("name: t\nentities: {PERSON: label}\n", "version"),
    ("version: 2\nname: t\nentities: {PERSON: label}\n", "version"),
    ("version: '1'\nname: t\nentities: {PERSON: label}\n", "version"),
    ("version: 1\nentities: {PERSON: label}\n", "name"),
    ("version: 1\nname: t\n", "entities"),
    ("version: 1\nname: t\nentities: {PERSON: label}\ndefault_action: keep\n", "default_action"),
    ("version: 1\nname: t\nentities: {PERSON: label}\ndefault_action: pseudonymize\n",
     "default_action"),
    ("version: 1\nname: t\nentities: {PERSON: label}\ndetection:\n  score_threshold: 1.5\n",
     "detection.score_threshold"),
])
def test_schema_errors_name_the_key(tmp_path, text, key_path):
    msg = policy_error(write_yaml(tmp_path, text))
    assert f"{key_path}:" in msg


def test_unknown_key_error_does_not_pass_silently_among_valid_keys(tmp_path):
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["detection"]["alow_list"] = ["typo"]
    msg = policy_error(write_yaml(tmp_path, data))
    assert "detection.alow_list" in msg


def test_all_problems_are_reported(tmp_path):
    msg = policy_error(write_yaml(tmp_path, "version: 3\nname: t\nentities: {PERSON: nope}\nextra: 1\n"))
    for key_path in ("version", "entities.PERSON.action", "extra"):
        assert key_path in msg


def test_not_yaml(tmp_path):
    msg = policy_error(write_yaml(tmp_path, "version: 1\nname: [unclosed\nentities: {}\n"))
    assert "YAML" in msg


@pytest.mark.parametrize("text", ["- a\n- b\n", "just a string\n", "", "42\n"])
def test_top_level_not_a_mapping(tmp_path, text):
    msg = policy_error(write_yaml(tmp_path, text))
    assert "mapping" in msg


def test_missing_file(tmp_path):
    policy_error(tmp_path / "does-not-exist.yaml")


def test_folder_instead_of_file(tmp_path):
    policy_error(tmp_path)


def test_default_action_cannot_be_keep_or_pseudonymize():
    for action in ("keep", "pseudonymize", "generalize"):
        with pytest.raises(ValueError):
            Policy.model_validate({**MINIMAL, "default_action": action})


def test_duplicate_entity_key_is_an_error(tmp_path):
    p = write_yaml(tmp_path, "version: 1\nname: t\nentities:\n  PERSON: pseudonymize\n"
                             "  EMAIL_ADDRESS: label\n  PERSON: keep\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(p)
    assert "PERSON" in str(exc.value)
