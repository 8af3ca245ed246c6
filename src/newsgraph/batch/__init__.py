"""Running ingestion work on many cores: the pure work functions, the local process pool, Dask."""
