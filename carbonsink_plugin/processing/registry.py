"""The provider's algorithms, by stage of the standard."""


def algorithm_classes() -> list:
    classes = []
    # Stage 1 — data collection and preprocessing
    # Stage 2 — NPP
    from .casanpp import CasaNppAlgorithm
    from .importnpp import ImportNppAlgorithm

    classes += [CasaNppAlgorithm, ImportNppAlgorithm]
    # Stage 3 — carbon sink
    # Stage 4 — ground check
    # Stage 5 — evaluation
    # Whole chain
    return classes
