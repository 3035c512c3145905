"""Scatter charts: both backends draw a readable PNG; Qt works without matplotlib and off-thread."""

import threading

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from carbonsink_plugin.report import charts


def scatter(**extra):
    # a 1:1 relation plus noise; two groups
    measured = [400.0, 520.0, 610.0, 700.0, 820.0, 905.0, 1010.0, 1150.0]
    model = [430.0, 500.0, 650.0, 690.0, 800.0, 960.0, 980.0, 1100.0]
    options = {"slope": 0.93, "intercept": 45.0, **extra}
    return charts.Scatter(
        x=measured,
        y=model,
        x_label="Measured NPP (gC·m⁻²·a⁻¹)",
        y_label="Model NPP (gC·m⁻²·a⁻¹)",
        title="Ground check",
        groups=[2, 2, 2, 2, 6, 6, 6, 6],
        group_labels={2: "Evergreen broadleaf forest", 6: "Shrubland"},
        notes=["n = 8", "r² = 0.97"],
        **options,
    )


def colour_counts(path):
    image = QImage(str(path))
    assert not image.isNull()
    counts = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            name = QColor(image.pixel(x, y)).name().upper()
            counts[name] = counts.get(name, 0) + 1
    return image, counts


@pytest.mark.parametrize("backend", ["qt", "matplotlib"])
def test_both_backends_draw_points_lines_and_text(tmp_path, backend):
    path = tmp_path / f"scatter {backend} 散点图.png"
    assert charts.save_scatter(scatter(), str(path), backend=backend) == backend
    image, counts = colour_counts(path)
    assert (image.width(), image.height()) == (900, 800)
    assert max(counts, key=counts.get) == "#FFFFFF"  # white background
    # both groups' colours, the regression line's colour and dark text/axes are present
    for colour in (charts.PALETTE[0], charts.PALETTE[1], charts.REGRESSION_COLOUR):
        assert counts.get(colour.upper(), 0) > 5, colour
    assert sum(n for c, n in counts.items() if QColor(c).lightness() < 80) > 200


def test_qt_backend_runs_off_the_gui_thread(tmp_path):
    """Processing runs algorithms in a background task: the Qt painter must work there."""
    path = tmp_path / "thread.png"
    errors = []

    def work():
        try:
            charts.save_scatter(scatter(), str(path), backend="qt")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert not errors
    _image, counts = colour_counts(path)
    assert counts.get(charts.REGRESSION_COLOUR.upper(), 0) > 5


def test_auto_picks_matplotlib_when_importable_and_qt_otherwise(tmp_path, monkeypatch):
    expected = "matplotlib" if charts.matplotlib_available() else "qt"
    assert charts.save_scatter(scatter(), str(tmp_path / "a.png")) == expected
    monkeypatch.setattr(charts, "matplotlib_available", lambda: False)
    assert charts.save_scatter(scatter(), str(tmp_path / "b.png")) == "qt"
    assert QImage(str(tmp_path / "b.png")).width() == 900


def test_no_regression_line_without_a_slope(tmp_path):
    chart = scatter(slope=float("nan"), intercept=float("nan"))
    charts.save_scatter(chart, str(tmp_path / "c.png"), backend="qt")
    _image, counts = colour_counts(tmp_path / "c.png")
    assert counts.get(charts.REGRESSION_COLOUR.upper(), 0) == 0


def test_shared_axis_range_and_round_ticks():
    chart = scatter()
    low, high = chart.limits()
    # data 400…1150 → span 750, 5 % padding = 37.5 → 362.5 … 1187.5 on both axes
    assert (low, high) == pytest.approx((362.5, 1187.5))
    # span 825 / 6 = 137.5 → step 200 (1, 2, 2.5, 5 × 10ᵏ ≥ 137.5) → 400 … 1000
    assert charts.nice_ticks(low, high) == [400.0, 600.0, 800.0, 1000.0]
    assert charts.nice_ticks(0.0, 1.0) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    # all-equal values still give a usable range
    flat = charts.Scatter([5.0], [5.0], "x", "y")
    assert flat.limits() == pytest.approx((4.5, 5.5))


# --- bar charts (districts, grades) -----------------------------------------------------------


def bars(**extra):
    options = {
        "labels": ["龙岗区", "Futian", "Luohu"],
        "values": [1226337.0, 27694.0, -5000.0],
        "x_label": "Carbon sink (tCO₂·a⁻¹)",
        **extra,
    }
    return charts.Bars(**options)


@pytest.mark.parametrize("backend", ["qt", "matplotlib"])
def test_bars_are_drawn_in_their_colours_by_both_backends(tmp_path, backend):
    path = tmp_path / f"bars {backend} 柱状图.png"
    assert charts.save_bars(bars(), str(path), backend=backend) == backend
    image, counts = colour_counts(path)
    # 3 bars: 120 + 44·3 = 252 px high, 1000 wide
    assert (image.width(), image.height()) == (1000, 252)
    assert max(counts, key=counts.get) == "#FFFFFF"
    assert counts.get(charts.POSITIVE_COLOUR.upper(), 0) > 100  # sinks green
    assert counts.get(charts.NEGATIVE_COLOUR.upper(), 0) > 5  # the source orange
    assert sum(n for c, n in counts.items() if QColor(c).lightness() < 80) > 100  # text, axis


@pytest.mark.parametrize("backend", ["qt", "matplotlib"])
def test_bars_take_given_colours(tmp_path, backend):
    chart = bars(colours=["#d73027", "#91c37f", "#006837"], values=[5.0, 3.0, 1.0])
    charts.save_bars(chart, str(tmp_path / "g.png"), backend=backend)
    _image, counts = colour_counts(tmp_path / "g.png")
    for colour in chart.colours:
        assert counts.get(colour.upper(), 0) > 20, colour


def test_bar_axis_includes_zero_and_room_for_the_labels():
    # values 0…100: span 100, 12 % padding on the side with bars → 0 … 112
    assert charts.Bars(["a", "b"], [100.0, 40.0]).limits() == pytest.approx((0.0, 112.0))
    # −50…100: span 150 → −68 … 118
    assert charts.Bars(["a", "b"], [100.0, -50.0]).limits() == pytest.approx((-68.0, 118.0))
    assert charts.Bars(["a"], [float("nan")]).finite_values() == [0.0]
    assert charts.Bars(["a"], [1234.5], decimals=1).value_text(1234.5) == "1,234.5"
    assert [charts.bar_tick(t) for t in (1250000.0, 0.25, 0.0)] == ["1,250,000", "0.25", "0"]


def test_matplotlib_finds_a_cjk_font_when_one_is_installed():
    from matplotlib import font_manager

    families = charts._font_families()
    has_cjk_file = any("cjk" in p.lower() for p in font_manager.findSystemFonts())
    if has_cjk_file:  # Debian: fonts-noto-cjk (scripts/deps.sh installs it)
        assert families[0] in charts.CJK_FONTS
    else:
        assert families == ["DejaVu Sans"]
