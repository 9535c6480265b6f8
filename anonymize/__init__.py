"""Clearance: detection and anonymization of interview transcripts (scan and anonymize stages)."""

__version__ = "0.1.0"
