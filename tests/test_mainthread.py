"""mainthread.call: a worker thread's step runs on the main thread, the worker waiting for its
result or its exception; on the main thread it is a plain call."""

from __future__ import annotations

import threading
import time

import pytest
from qgis.PyQt.QtCore import QThread

from carbonsink_plugin import mainthread


def run_in_worker(qgis_app, function):
    """function() on a Python worker thread while the main thread processes events."""
    outcome = {}

    def work():
        try:
            outcome["result"] = function()
        except Exception as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    worker = threading.Thread(target=work)
    worker.start()
    deadline = time.monotonic() + 30
    while worker.is_alive():
        assert time.monotonic() < deadline, "the worker never finished"
        qgis_app.processEvents()
        time.sleep(0.005)
    return outcome


def test_a_call_from_a_worker_runs_on_the_main_thread(qgis_app):
    main = QThread.currentThread()

    def where(x, y=0):
        return QThread.currentThread() is main, x + y

    outcome = run_in_worker(qgis_app, lambda: mainthread.call(where, 2, y=3))
    assert outcome["result"] == (True, 5)
    assert run_in_worker(qgis_app, lambda: mainthread.on_main_thread())["result"] is False


def test_the_exception_of_the_main_thread_step_reaches_the_worker(qgis_app):
    def fails():
        raise ValueError("no map")

    outcome = run_in_worker(qgis_app, lambda: mainthread.call(fails))
    assert isinstance(outcome["error"], ValueError) and str(outcome["error"]) == "no map"


def test_on_the_main_thread_it_is_a_plain_call(qgis_app):
    assert mainthread.on_main_thread()
    assert mainthread.call(lambda: QThread.currentThread()) is QThread.currentThread()
    with pytest.raises(KeyError):
        mainthread.call(dict().__getitem__, "x")


def test_a_canceled_worker_stops_waiting_for_a_main_thread_that_waits_for_it(qgis_app):
    """QGIS quitting with a task running: the task manager cancels the task, then waits for its
    thread without processing events. A worker inside call() must not wait for ever."""
    from carbonsink_plugin.core.errors import Canceled

    canceled = threading.Event()
    ran = []
    outcome = {}

    def work():
        with mainthread.canceled_by(canceled.is_set):
            try:
                outcome["result"] = mainthread.call(ran.append, "drawn")
            except Canceled as error:
                outcome["error"] = error

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(0.2)  # the step is queued; the main thread does not run its event loop
    canceled.set()  # what QgsTaskManager::cancelAll does before it waits
    worker.join(timeout=5)  # the main thread waits for the worker, like the task manager
    assert not worker.is_alive(), "deadlock: the worker still waits for the main thread"
    assert isinstance(outcome.get("error"), Canceled)
    for _ in range(5):
        qgis_app.processEvents()
    assert ran == []  # the abandoned step never runs later on the main thread


def test_without_a_cancel_the_worker_waits_for_its_step(qgis_app):
    canceled = threading.Event()

    def step():
        return "map"

    def work():
        with mainthread.canceled_by(canceled.is_set):
            return mainthread.call(step)

    assert run_in_worker(qgis_app, work)["result"] == "map"
