"""The provider's algorithms, by stage of the standard."""


def algorithm_classes() -> list:
    classes = []
    # Stage 1 — data collection and preprocessing
    from .align import AlignAlgorithm
    from .gridclimate import GridClimateAlgorithm
    from .monthlycomposite import MonthlyCompositeAlgorithm
    from .ndvi import NdviAlgorithm
    from .stations import StationsAlgorithm
    from .vegetationtypes import VegetationTypesAlgorithm

    classes += [
        NdviAlgorithm,
        MonthlyCompositeAlgorithm,
        AlignAlgorithm,
        StationsAlgorithm,
        GridClimateAlgorithm,
        VegetationTypesAlgorithm,
    ]
    # Stage 2 — NPP
    from .calibrate import CalibrateAlgorithm
    from .casanpp import CasaNppAlgorithm
    from .importnpp import ImportNppAlgorithm

    # The standard's method (CASA) first, then an NPP product's import, then the calibration.
    classes += [CasaNppAlgorithm, ImportNppAlgorithm, CalibrateAlgorithm]
    # Stage 3 — carbon sink
    from .carbonsink import CarbonSinkNepAlgorithm
    from .soilrespiration import SoilRespirationAlgorithm

    # The carbon sink (NEP = NPP − Rh, the stage's result) first; Rh alone is one of its inputs.
    classes += [CarbonSinkNepAlgorithm, SoilRespirationAlgorithm]
    # Stage 4 — ground check
    from .groundcheck import GroundCheckAlgorithm
    from .samplingplan import SamplingPlanAlgorithm

    classes += [SamplingPlanAlgorithm, GroundCheckAlgorithm]
    # Stage 5 — evaluation
    from .grade import GradeAlgorithm
    from .report import ReportAlgorithm
    from .trend import TrendAlgorithm
    from .zonalstats import ZonalStatisticsAlgorithm

    classes += [ZonalStatisticsAlgorithm, GradeAlgorithm, TrendAlgorithm, ReportAlgorithm]
    # Whole chain
    from .workflow import WorkflowAlgorithm

    classes += [WorkflowAlgorithm]
    return classes
