"""The provider's algorithms, by stage of the standard."""


def algorithm_classes() -> list:
    classes = []
    # Stage 1 — data collection and preprocessing
    from .align import AlignAlgorithm
    from .monthlycomposite import MonthlyCompositeAlgorithm
    from .ndvi import NdviAlgorithm
    from .stations import StationsAlgorithm
    from .vegetationtypes import VegetationTypesAlgorithm

    classes += [
        NdviAlgorithm,
        MonthlyCompositeAlgorithm,
        AlignAlgorithm,
        StationsAlgorithm,
        VegetationTypesAlgorithm,
    ]
    # Stage 2 — NPP
    # Stage 3 — carbon sink
    # Stage 4 — ground check
    # Stage 5 — evaluation
    # Whole chain
    return classes
