"""Clearance's custom Great Expectations, registered in GX's registry on import.

Their parameters are never personal data: the values they test against (the evidence
digests and the run key) reach the metric through `GATE_CONTEXT`, set by the gate for
the duration of a run, so GX cannot copy them into results or Data Docs.
"""

from __future__ import annotations

from typing import Any

from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import ColumnMapExpectation
from great_expectations.expectations.metrics import ColumnMapMetricProvider, column_condition_partial

from anonymize.textview import view_matches
from validation import evidence as ev

GATE_CONTEXT: dict[str, Any] = {}


class ColumnValuesContainNoEvidence(ColumnMapMetricProvider):
    condition_metric_name = "column_values.clearance_no_evidence_value"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        evidence, key = GATE_CONTEXT.get("evidence"), GATE_CONTEXT.get("key")
        if evidence is None or key is None:
            raise RuntimeError("forbidden-values check needs the run's evidence and key")
        return column.map(lambda text: not ev.hits(str(text), evidence, key))


class ExpectColumnValuesToContainNoEvidenceValues(ColumnMapExpectation):
    """No word n-gram of the text hashes (keyed) to a value the anonymizer protected."""

    map_metric = "column_values.clearance_no_evidence_value"
    success_keys = ("mostly",)


class ColumnValuesContainNoObfuscatedIdentifier(ColumnMapMetricProvider):
    condition_metric_name = "column_values.clearance_no_obfuscated_identifier"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        return column.map(lambda text: not view_matches(str(text)))


class ExpectColumnValuesToContainNoObfuscatedIdentifiers(ColumnMapExpectation):
    """No email, phone number or SSN, even spelled out ("at", "dot"), spaced, full-width
    or split by zero-width characters."""

    map_metric = "column_values.clearance_no_obfuscated_identifier"
    success_keys = ("mostly",)
