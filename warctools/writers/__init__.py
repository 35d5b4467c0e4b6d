"""Writers: sharded atomic Parquet (``parquet``); release layout lives in ``release``."""

from warctools.writers.parquet import ParquetSink, file_metadata, write_table_atomic

__all__ = ["ParquetSink", "file_metadata", "write_table_atomic"]
