"""Soil heterotrophic respiration (Pei et al., SPEC §4) against hand-worked values."""

import os

import numpy as np
import pytest
from support import read_raster, write_raster

from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.raster import Output, Source, run_blocks
from carbonsink_plugin.core.respiration import (
    SCOPE_LAND,
    SCOPE_VEGETATED,
    RespirationPass,
    RhConstants,
    monthly_rh,
    respiration,
)

# Hand-worked (bc -l):  T = 20 °C, P = 100 mm, b = 0.0913
#   0.0913 · 20 = 1.826           e^1.826       = 6.209001
#   0.3145 · 100 + 1 = 32.45      ln 32.45      = 3.479700
#   sum = 9.688701;  · 0.22 = 2.131514;  · 30 = 63.945427;  · 0.465 = 29.734624
RH_20C_100MM = 29.734624
# With b = 0.0912: e^1.824 = 6.196595; (6.196595 + 3.479700) · 0.22 · 30 · 0.465 = 29.696550
RH_20C_100MM_0912 = 29.696550
# T = 0 °C, P = 0 mm: (e^0 + ln 1) · 0.22 · 30 · 0.465 = 1 · 3.069 = 3.069 exactly.
RH_0C_0MM = 3.069


def test_hand_worked_month():
    assert monthly_rh(np.float32(20.0), np.float32(100.0)) == pytest.approx(RH_20C_100MM, rel=1e-6)
    assert monthly_rh(0.0, 0.0) == pytest.approx(RH_0C_0MM, rel=1e-6)


def test_the_temperature_constant_is_a_parameter():
    constants = RhConstants(temperature=0.0912)
    assert monthly_rh(20.0, 100.0, constants) == pytest.approx(RH_20C_100MM_0912, rel=1e-6)
    # Every constant scales as written: doubling the days doubles Rh.
    assert monthly_rh(20.0, 100.0, RhConstants(days=60.0)) == pytest.approx(
        2 * RH_20C_100MM, rel=1e-6
    )


def test_constants_must_be_positive():
    with pytest.raises(InputError, match="'carbon' must be a positive number"):
        RhConstants(carbon=0.0)


def test_annual_rh_is_the_sum_of_the_months():
    # Six months at (20 °C, 100 mm) and six at (0 °C, 0 mm): 6 · 29.734624 + 6 · 3.069
    # = 178.407744 + 18.414 = 196.821744 gC·m⁻²·a⁻¹.
    t = np.array([20.0] * 6 + [0.0] * 6, np.float32).reshape(12, 1, 1)
    p = np.array([100.0] * 6 + [0.0] * 6, np.float32).reshape(12, 1, 1)
    monthly, annual, negative = respiration(t, p, None, SCOPE_LAND)
    assert monthly.shape == (12, 1, 1) and annual.shape == (1, 1)
    assert monthly[0, 0, 0] == pytest.approx(RH_20C_100MM, rel=1e-6)
    assert monthly[11, 0, 0] == pytest.approx(RH_0C_0MM, rel=1e-6)
    assert annual[0, 0] == pytest.approx(196.821744, rel=1e-6)
    assert negative == 0


def _stack(value, shape=(1, 3)):
    return np.full((12, *shape), value, np.float32)


def test_vegetated_scope_gives_zero_on_non_vegetated_and_nodata_where_vegetation_is_nodata():
    vegetation = np.array([[2, 0, np.nan]], np.float32)
    monthly, annual, _ = respiration(_stack(0.0), _stack(0.0), vegetation, SCOPE_VEGETATED)
    # type 2: 12 · 3.069 = 36.828; type 0: 0; vegetation nodata: nodata
    assert annual[0, 0] == pytest.approx(36.828, rel=1e-6)
    assert annual[0, 1] == 0.0
    assert np.isnan(annual[0, 2])
    assert (monthly[:, 0, 1] == 0).all()


def test_land_scope_evaluates_non_vegetated_pixels_too():
    vegetation = np.array([[2, 0, np.nan]], np.float32)
    _, annual, _ = respiration(_stack(0.0), _stack(0.0), vegetation, SCOPE_LAND)
    assert annual[0, 1] == pytest.approx(36.828, rel=1e-6)
    assert np.isnan(annual[0, 2])  # a given input's nodata still counts


def test_a_nodata_month_makes_the_year_nodata_but_not_the_other_months():
    t = _stack(0.0, (1, 2))
    t[3, 0, 0] = np.nan
    vegetation = np.array([[0, 1]], np.float32)
    monthly, annual, _ = respiration(t, _stack(0.0, (1, 2)), vegetation, SCOPE_VEGETATED)
    assert np.isnan(annual[0, 0])  # non-vegetated, but April is nodata
    assert np.isnan(monthly[3, 0, 0]) and monthly[4, 0, 0] == 0.0
    assert annual[0, 1] == pytest.approx(36.828, rel=1e-6)


def test_vegetated_scope_without_vegetation_is_refused():
    with pytest.raises(InputError, match="VEGETATION: the vegetated-only scope needs"):
        respiration(_stack(0.0), _stack(0.0), None, SCOPE_VEGETATED)


def test_negative_precipitation_is_counted_and_nodata():
    p = _stack(10.0)
    p[0, 0, 0] = -5.0
    monthly, annual, negative = respiration(_stack(20.0), p, None, SCOPE_LAND)
    assert negative == 1
    assert np.isnan(monthly[0, 0, 0]) and np.isnan(annual[0, 0])


def test_shenzhen_climatology_is_plausible():
    """SPEC §7: Shenzhen summer Rh ≈ 50–55 gC·m⁻²·month⁻¹, annual ≈ 450–470 gC·m⁻²·a⁻¹.

    Climate: Shenzhen station (59493) 1981–2010 normals of the China Meteorological
    Administration as reproduced in the Wikipedia climate table for Shenzhen: monthly mean air
    temperature (°C) and precipitation (mm). They agree with the Shenzhen Meteorological
    Bureau's published summary (January coldest ≈ 15 °C, July hottest ≈ 28.7 °C, annual
    ≈ 1 930–1 970 mm, August wettest ≈ 370 mm, 85 % of the rain in April–September, 48 % in
    July–September): here annual 2 000 mm, Apr–Sep 86.7 %, Jul–Sep 48.5 %.
    """
    t = [15.4, 16.5, 19.0, 22.7, 25.9, 27.8, 28.8, 28.6, 27.6, 25.3, 21.4, 17.0]
    p = [27.5, 44.2, 69.3, 167.4, 235.4, 361.3, 318.5, 371.5, 279.9, 57.4, 37.9, 29.8]
    t = np.array(t, np.float32).reshape(12, 1, 1)
    p = np.array(p, np.float32).reshape(12, 1, 1)
    monthly, annual, _ = respiration(t, p, None, SCOPE_LAND)
    # By hand for July: e^(0.0913·28.8) = e^2.62944 = 13.866; ln(0.3145·318.5 + 1) = ln 101.17
    # = 4.6168; (13.866 + 4.6168) · 3.069 = 56.72.
    assert monthly[6, 0, 0] == pytest.approx(56.72, abs=0.01)
    summer = monthly[5:9, 0, 0]  # June–September: 53.4, 56.7, 56.4, 51.9
    assert ((summer > 50) & (summer < 57)).all()
    assert 50 <= summer.mean() <= 55
    assert 450 <= annual[0, 0] <= 470  # 460.7


def _climate_files(folder, t_value, p_value, shape=(3, 4), **kwargs):
    t = write_raster(folder / "t.tif", np.full((12, *shape), t_value, np.float32), **kwargs)
    p = write_raster(folder / "p.tif", np.full((12, *shape), p_value, np.float32), **kwargs)
    return t, p


def test_pass_writes_annual_and_monthly_and_sums_area(tmp_path):
    t, p = _climate_files(tmp_path, 20.0, 100.0)
    vegetation = np.ones((3, 4), np.uint8)
    vegetation[0, 0] = 0
    v = write_raster(tmp_path / "v.tif", vegetation)
    work = RespirationPass(SCOPE_VEGETATED)
    sources = {"TEMPERATURE": Source(t, "T"), "PRECIPITATION": Source(p, "P"),
               "VEGETATION": Source(v, "V")}  # fmt: skip
    outputs = {"OUTPUT": Output(str(tmp_path / "rh.tif")),
               "MONTHLY": Output(str(tmp_path / "rhm.tif"), bands=12)}  # fmt: skip
    run_blocks(sources, outputs, work.compute, on_block=work.on_block)
    annual = read_raster(tmp_path / "rh.tif")[0][0]
    monthly = read_raster(tmp_path / "rhm.tif")[0]
    assert annual[0, 0] == 0.0
    assert annual[1, 1] == pytest.approx(12 * RH_20C_100MM, rel=1e-6)  # 356.815
    assert monthly[5, 2, 3] == pytest.approx(RH_20C_100MM, rel=1e-6)
    # 11 vegetated 30 m pixels = 11 · 900 m² = 9 900 m²
    assert work.totals.evaluated_pixels == 11 and work.totals.valid_pixels == 12
    assert work.totals.evaluated_area_m2 == pytest.approx(9900.0)
    assert work.totals.mean_rh == pytest.approx(12 * RH_20C_100MM, rel=1e-6)


@pytest.mark.parametrize(
    "t_value,p_value,expected",
    [
        (20.0, -1.0, "PRECIPITATION: 144 pixel-month"),  # 12 months × (3 × 4) pixels
        (-9999.0, 100.0, "No pixel has valid values in all inputs"),
    ],
    ids=["negative-precipitation", "all-nodata"],
)
def test_bad_climate_stops_the_pass_and_writes_nothing(tmp_path, t_value, p_value, expected):
    t, p = _climate_files(tmp_path, t_value, p_value, nodata=-9999.0)
    work = RespirationPass(SCOPE_LAND)
    with pytest.raises(InputError, match=expected):
        run_blocks({"TEMPERATURE": Source(t, "T"), "PRECIPITATION": Source(p, "P")},
                   {"OUTPUT": Output(str(tmp_path / "rh.tif"))},
                   work.compute, on_block=work.on_block)  # fmt: skip
    assert "rh.tif" not in os.listdir(tmp_path)
