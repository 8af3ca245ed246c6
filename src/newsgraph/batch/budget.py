"""A time budget for one piece of work (one article's parse and analysis): ``within(seconds)``.

    with within(settings.article_seconds):
        analysis = analyze_doc(doc, article, settings)
    # raises OverTime when the block ran longer than that

How the block is stopped: in a process's main thread (the local worker processes, ``analyze``) a
``SIGALRM`` timer raises ``OverTime`` in it; in any other thread (Dask runs work in a thread pool)
a watchdog timer raises it asynchronously in that thread. Either way Python delivers it at the next
bytecode the thread runs, so code stuck inside one long C call (a regular expression, a Cython
loop) is stopped when that call returns. The quadratic cases that once hid there are removed (see
``nlp.tokens`` and ``extract.text``); the budget is the guard for the ones nobody has found yet.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverTime(BaseException):  # noqa: N818 - not an Exception: no `except Exception` on the way may swallow it
    """The block ran past its budget. (BaseException, so analysis code cannot mistake it for its own.)"""

    def __init__(self, seconds: float = 0.0):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Run the block with a budget of ``seconds`` (0 or less: no budget); raise ``OverTime`` past it."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer") \
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expired(_signum, _frame):
        raise OverTime(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(OverTime))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except OverTime:
        raise OverTime(seconds) from None  # the asynchronous one carries no budget in its message
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:  # fired just as the block ended: take back what was not delivered
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
