"""Release stage (sanitized Parquet in Hugging Face layout, datasheet, card, checksums),
audit, and the pipeline that runs every stage top to bottom (release/pipeline.py)."""
