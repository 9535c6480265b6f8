"""Errors that the CLI turns into a one-line message and an exit code, never a traceback.

Messages name files, rows, keys and transcript ids, never transcript text: an error
message ends up in CI logs, which are artifacts too.
"""

from __future__ import annotations

# Exit codes, documented in the README.
EXIT_OK = 0
EXIT_FAILED = 1  # validation failed, audit mismatch: the data is not fit to publish
EXIT_CANNOT_RUN = 2  # bad input, bad policy, missing suite, refused output folder, crash


class ClearanceError(Exception):
    """An expected failure with a message fit for the user."""

    exit_code = EXIT_CANNOT_RUN


class InputError(ClearanceError):
    """The input cannot be read (names the file and, where known, the row)."""


class PolicyError(ClearanceError):
    """The policy file is missing, unparsable or fails the schema."""


class SecretKeyError(ClearanceError):
    """The secret key is missing or too short."""


class OutputError(ClearanceError):
    """The output location is refused (exists without --force, not writable)."""
