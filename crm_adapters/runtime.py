"""The one place where CRM work runs: an asyncio event loop on its own daemon thread.

Why: CRM calls are slow network I/O (``httpx.AsyncClient``) and must never freeze the window
the agent is looking at. Every CRM call in the program goes through :class:`CrmRuntime`:
other threads hand it a coroutine with :meth:`CrmRuntime.submit` and get a
``concurrent.futures.Future`` back (the Qt console turns its result into a signal; the CLI
simply waits on it). Nothing else creates event loops for CRM work, so adapters and their
HTTP connection pools always live on the same loop.

Heavy work on a CRM's answer (parsing a large JSON body, mapping thousands of records) must not
run on that loop, or one CRM's big answer would hold up every other lookup and write-back:
such work goes through :func:`off_loop`, a small pool of worker threads of its own.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import inspect
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


ANSWER_WORKERS = 2  # threads for heavy answer processing; more would only fight over the GIL
_answer_pool: concurrent.futures.ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


async def off_loop(fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)`` on the answer workers and wait for it without blocking the loop. If the
    caller gives up (its deadline passed), the work finishes on its own; keep it bounded."""
    global _answer_pool
    with _pool_lock:
        if _answer_pool is None:
            _answer_pool = concurrent.futures.ThreadPoolExecutor(ANSWER_WORKERS, thread_name_prefix="crm-answers")
    return await asyncio.get_running_loop().run_in_executor(_answer_pool, functools.partial(fn, *args))


class CrmRuntime:
    """Start once, submit coroutines from any thread, stop at exit (closing the adapters)."""

    def __init__(self, name: str = "crm-runtime", close_timeout_s: float = 3.0) -> None:
        self.name = name
        self.close_timeout_s = close_timeout_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closeables: list[Any] = []
        self._lock = threading.Lock()
        self._stopping = False

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> None:
        """Start the loop thread and return once it is running. Calling it twice is harmless."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            ready = threading.Event()
            loop = asyncio.new_event_loop()
            loop.set_exception_handler(_log_loop_error)

            def run() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                try:
                    loop.run_forever()
                finally:
                    loop.run_until_complete(loop.shutdown_asyncgens())
                    loop.close()

            self._loop, self._stopping = loop, False
            self._thread = threading.Thread(target=run, name=self.name, daemon=True)
            self._thread.start()
        if not ready.wait(5.0):  # pragma: no cover - only on a badly overloaded machine
            raise RuntimeError("the CRM event loop did not start within 5 s")

    @property
    def running(self) -> bool:
        return self._loop is not None and self._loop.is_running() and not self._stopping

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise RuntimeError("the CRM runtime has not been started")
        return self._loop

    def in_loop_thread(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    def own(self, *closeables: Any) -> None:
        """Close these (adapters, a LookupChain, anything with ``close()``) when stopping."""
        with self._lock:
            self._closeables.extend(closeables)

    def stop(self, timeout_s: float = 5.0) -> None:
        """Close what it owns (newest first), cancel what is still running, end the thread.
        Safe to call twice, and from atexit; never from inside the loop itself."""
        if self.in_loop_thread():
            raise RuntimeError("CrmRuntime.stop() cannot be called from the CRM loop itself")
        with self._lock:
            loop, thread = self._loop, self._thread
            if loop is None or thread is None or self._stopping:
                return
            self._stopping = True
            closeables, self._closeables = list(reversed(self._closeables)), []
        if loop.is_running():
            try:
                asyncio.run_coroutine_threadsafe(self._shutdown(closeables), loop).result(timeout_s)
            except Exception as exc:  # noqa: BLE001 - stopping must finish regardless
                log.warning("CRM runtime did not shut down cleanly: %s", type(exc).__name__)
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout_s)
        with self._lock:
            self._loop = self._thread = None

    async def _shutdown(self, closeables: list[Any]) -> None:
        for item in closeables:
            try:
                result = item.close()
                if inspect.isawaitable(result):
                    await asyncio.wait_for(result, self.close_timeout_s)
            except Exception as exc:  # noqa: BLE001
                log.warning("closing %s failed: %s", type(item).__name__, type(exc).__name__)
        current = asyncio.current_task()
        pending = [t for t in asyncio.all_tasks() if t is not current]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=self.close_timeout_s)

    # -- the bridge ---------------------------------------------------------------------
    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run ``coro`` on the CRM loop; safe from any thread. Cancelling the returned future
        cancels the coroutine. Raises RuntimeError when the runtime is not running."""
        if not self.running:
            coro.close()  # no "coroutine was never awaited" warning
            raise RuntimeError("the CRM runtime is not running (start() it first)")
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run a plain function on the CRM loop thread, e.g. to touch loop-owned state."""
        if not self.running:
            raise RuntimeError("the CRM runtime is not running (start() it first)")
        self.loop.call_soon_threadsafe(fn, *args)

    def run(self, coro: Coroutine[Any, Any, T], timeout_s: float | None = None) -> T:
        """Submit and wait: for command-line tools that have nothing else to do meanwhile.
        At ``timeout_s`` the coroutine is cancelled too (not left running) and TimeoutError raised."""
        future = self.submit(coro)
        try:
            return future.result(timeout_s)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise

    def __enter__(self) -> CrmRuntime:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _log_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Log without the traceback text: it may carry a URL with a customer's number in it."""
    from crm_adapters.lookup_chain import describe_failure

    exc = context.get("exception")
    what = describe_failure(exc) if exc is not None else "no exception"
    log.error("CRM loop: %s (%s)", context.get("message", "unhandled error"), what)
