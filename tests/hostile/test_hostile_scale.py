"""Scale-out: batches sized from the input and the workers, the model loaded in every worker before
work starts (the Dask worker plugin), and each worker's rate reported."""
from __future__ import annotations

from ingest_stories import generated_story
from newsgraph.ingest import RAMP_START, ingest
from newsgraph.settings import Settings
from thread_runner import ThreadRunner


def test_batches_start_small_grow_and_the_tail_is_shared_by_the_workers(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(23):
        (folder / f"{n:02d}.txt").write_text(generated_story(2000 + n))
    runner = ThreadRunner(workers=2)
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", workers=2, batch_size=8)
    summary = ingest([str(folder)], settings, progress=False, runner=runner)
    assert summary.stored == 23
    extract = [size for name, size in runner.batches if name == "run_extract"]
    analyze = [size for name, size in runner.batches if name == "run_analyze"]
    assert sum(extract) == sum(analyze) == 23
    assert extract[0] == RAMP_START and analyze[0] <= RAMP_START
    assert max(extract + analyze) <= 8
    # read at once, the 23 files go out as 4, 8, 8 (twice as big each time, up to 8), and the 3
    # left at the end of the input are shared by the 2 workers
    assert extract == [4, 8, 8, 2, 1]
    assert sum(articles for articles, _ in summary.per_worker.values()) == 23


def test_dask_workers_load_the_model_before_work_and_report_their_rate(tmp_path):
    from newsgraph.batch.dask import DaskRunner

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(generated_story(3000 + n))
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", workers=1)
    with DaskRunner(settings) as runner:

        def loaded_models():
            from newsgraph.nlp import loader

            return sorted(loader._cache)

        # the plugin ran when the runner was made: the model is there before any work
        assert list(runner._client.run(loaded_models).values())[0] != []
        # without Dask's malloc trimming and sampling profiler (batch/dask.py: ~15% of the CPU)

        def worker_setup():
            import os

            import dask

            return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")

        assert list(runner._client.run(worker_setup).values()) == [(None, False)]
        summary = ingest([str(folder)], settings, progress=False, runner=runner)
    assert summary.stored == 3
    ((worker, (articles, seconds)),) = summary.per_worker.items()
    assert articles == 3 and seconds > 0
    assert summary.describe_workers()[0].startswith(f"worker {worker}: 3 articles analysed in ")
