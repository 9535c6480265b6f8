"""Validate stage: Great Expectations suites, stored as JSON files in validation/suites/,
prove the sanitized data leaks nothing. The gate fails closed."""
