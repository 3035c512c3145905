"""QgsProcessingAlgorithm.run() stays QGIS's own: our algorithms write execute(), not run()."""

from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputNumber

from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.processing.base import CarbonSinkAlgorithm


class _Answer(CarbonSinkAlgorithm):
    ALGORITHM_ID = "answer"
    GROUP_ID = "workflow"

    def initAlgorithm(self, config=None):
        self.addOutput(QgsProcessingOutputNumber("ANSWER", "answer"))

    def execute(self, parameters, context, feedback):
        if parameters.get("FAIL"):
            raise InputError("FAIL: asked to fail")
        return {"ANSWER": 42}


def _algorithm():
    algorithm = _Answer().createInstance()
    algorithm.initAlgorithm()
    return algorithm


def test_the_dialog_and_processing_run_call_paths_work(qgis_processing):
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    # The algorithm dialog calls run(parameters, context, feedback) and unpacks (results, ok);
    # processing.run() calls run(parameters, context, feedback, {}, False).
    results, ok = _algorithm().run({}, context, feedback)
    assert ok and results["ANSWER"] == 42
    results, ok = _algorithm().run({}, context, feedback, {}, False)
    assert ok and results["ANSWER"] == 42


def test_input_errors_reach_qgis_as_processing_errors(qgis_processing):
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    results, ok = _algorithm().run({"FAIL": True}, context, feedback)
    assert not ok and results == {}
