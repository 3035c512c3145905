"""Turn a Document's map requests and chart specs into PNG files (its figures' images)."""

from __future__ import annotations

import os
from typing import Callable

from ..core.errors import QT_TRANSLATE_NOOP, Canceled, Message
from . import charts
from .document import Document


def render_figures(
    document: Document,
    folder: str,
    map_renderer=None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    log: Callable[[Message], None] | None = None,
) -> None:
    """Draw every figure without an image into `folder` (maps need a maps.MapRenderer)."""
    pending = [f for f in document.figures() if not f.image and (f.map or f.chart)]
    drawn: dict[int, str] = {}  # id(MapRequest) → PNG: the summary's key map is drawn once
    for index, figure in enumerate(pending):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        path = os.path.join(folder, f"{figure.id}.png")
        if figure.map is not None:
            if map_renderer is None:
                continue
            if id(figure.map) not in drawn:
                drawn[id(figure.map)] = map_renderer.render(figure.map, path)
            figure.image = drawn[id(figure.map)]
        elif figure.chart is not None:
            draw = (
                charts.save_bars if isinstance(figure.chart, charts.Bars) else charts.save_scatter
            )
            backend = draw(figure.chart, path)
            figure.image = path
            if log is not None:
                drawn = QT_TRANSLATE_NOOP("Core", "{figure}: drawn with {backend}")
                log(Message(drawn, figure=figure.id, backend=backend))
        if progress is not None:
            progress((index + 1) / len(pending))
