"""Run a function on the main (GUI) thread from any thread, and wait for its result.

QGIS print layouts (the report's maps) and QPdfWriter/QTextDocument (its PDF) must run on the
main thread. An algorithm that needs them for one short step at a time no longer has to run
entirely on the main thread: its worker thread hands each step to the main thread with call()
(a blocking queued signal) and waits, while the main thread's event loop keeps running between
the steps (progress, Cancel, map canvas). On the main thread itself (the toolbox running the
algorithm without a task, Python console, the tests) call() is a plain call.

Never wait on the main thread for a worker that is inside call() without canceling it first:
QGIS does exactly that when it quits with a task running (the task manager cancels every task,
then waits for it). A worker inside `with canceled_by(feedback.isCanceled):` therefore gives up
a step the main thread has not started yet as soon as the run is canceled (it raises
Canceled), instead of waiting for a main thread that waits for it.
"""

from __future__ import annotations

import contextlib
import threading

from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, QThread, pyqtSignal, pyqtSlot

from .core.errors import Canceled

POLL_SECONDS = 0.05  # how often a waiting worker looks at its cancel check


def main_thread():
    app = QCoreApplication.instance()
    return app.thread() if app is not None else None


def on_main_thread() -> bool:
    thread = main_thread()
    return thread is None or QThread.currentThread() is thread


class _Job:
    def __init__(self, function, args, kwargs):
        self.function, self.args, self.kwargs = function, args, kwargs
        self.result = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.state = "queued"  # → "running" (main thread) or "abandoned" (the worker gave up)

    def run(self) -> None:
        with self.lock:
            if self.state == "abandoned":
                return
            self.state = "running"
        try:
            self.result = self.function(*self.args, **self.kwargs)
        except BaseException as error:  # noqa: BLE001 - re-raised in the calling thread
            self.error = error
        finally:
            self.done.set()

    def abandon(self) -> bool:
        """Give the job up if the main thread has not started it (then it never will)."""
        with self.lock:
            if self.state == "queued":
                self.state = "abandoned"
        return self.state == "abandoned"


class _Bridge(QObject):
    """Lives on the main thread; a job emitted from a worker runs there, the worker waiting."""

    submit = pyqtSignal(object)

    def __init__(self):
        super().__init__()
        # Queued, not BlockingQueued: the worker waits on the job's event, so it can give up.
        self.submit.connect(self._run, Qt.ConnectionType.QueuedConnection)

    # A real Qt slot of the bridge (not a PyQt proxy object, which would stay on the thread
    # that connected): the job runs on the bridge's thread, the main thread.
    @pyqtSlot(object)
    def _run(self, job: _Job) -> None:
        job.run()


_BRIDGE: _Bridge | None = None


def _bridge() -> _Bridge:
    global _BRIDGE
    if _BRIDGE is None:
        bridge = _Bridge()
        if bridge.thread() is not main_thread():
            bridge.moveToThread(main_thread())  # made on a worker: hand it to the main thread
        _BRIDGE = bridge
    return _BRIDGE


_LOCAL = threading.local()


@contextlib.contextmanager
def canceled_by(is_canceled):
    """Inside the block, call() on this thread stops waiting for a main thread that has not
    started its step once is_canceled() is true, and raises Canceled."""
    previous = getattr(_LOCAL, "is_canceled", None)
    _LOCAL.is_canceled = is_canceled
    try:
        yield
    finally:
        _LOCAL.is_canceled = previous


def call(function, *args, **kwargs):
    """function(*args, **kwargs) on the main thread; its result (or exception) here."""
    if on_main_thread():
        return function(*args, **kwargs)
    job = _Job(function, args, kwargs)
    _bridge().submit.emit(job)
    is_canceled = getattr(_LOCAL, "is_canceled", None)
    while not job.done.wait(POLL_SECONDS):
        stop = QCoreApplication.closingDown() or (is_canceled is not None and is_canceled())
        if stop and job.abandon():
            raise Canceled("canceled while waiting for the main thread")
    if job.error is not None:
        raise job.error
    return job.result


def hand_over(qobject) -> None:
    """Move a parentless QObject made on this worker thread (e.g. a memory layer) to the main
    thread, before call() uses it there."""
    thread = main_thread()
    if qobject is not None and thread is not None and qobject.thread() is not thread:
        with contextlib.suppress(RuntimeError):
            qobject.moveToThread(thread)


_KEEPER: QObject | None = None


def keeper() -> QObject:
    """A main-thread QObject to parent objects made in call() whose Python owner may go away on
    a worker thread: delete them with deleteLater() (safe from any thread)."""
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = call(QObject)
    return _KEEPER
