"""Packaged policy files (YAML); see default.yaml."""

