"""Unit and range checks (core/units.py): values no real data in the right unit can have.

Every expected finding follows from a physical limit written in the test (the thresholds and
their reasons are in the module docstring), never from running the check on other data.
"""

import re
import sys
from pathlib import Path

import numpy as np
import pytest

from carbonsink_plugin.core import units
from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.units import (
    ERROR,
    UNIT,
    WARNING,
    check_annual_flux,
    check_annual_nep,
    check_annual_rh,
    check_ndvi,
    check_precipitation,
    check_radiation,
    check_sunshine,
    check_temperature,
    check_vegetation_codes,
    enforce,
    invalid_vegetation_codes,
)

# Shenzhen-like monthly climate (°C, mm; Futian station normals) — must pass silently.
T_CELSIUS = np.array([15.4, 16.5, 19.0, 22.7, 25.9, 27.8, 28.8, 28.6, 27.6, 25.3, 21.4, 17.0])
P_MM = np.array([27.5, 44.2, 69.3, 167.4, 235.4, 361.3, 318.5, 371.5, 279.9, 57.4, 37.9, 29.8])
# Monthly total solar radiation, MJ·m⁻²: a subtropical year (280…480) and a continental one
# whose winter months get 10…60 (a high-latitude December is dark, its June sunny).
SOL_SUBTROPICAL = [280, 260, 290, 330, 410, 430, 480, 460, 420, 400, 330, 300]
SOL_CONTINENTAL = [20, 60, 150, 300, 450, 550, 520, 400, 250, 120, 40, 10]
# Monthly sunshine hours of a subtropical station (about 1 900 h a year).
SUNSHINE_H = np.array([150, 110, 100, 110, 150, 170, 230, 200, 190, 210, 190, 180])


def kinds(findings):
    return [(f.kind, f.severity) for f in findings]


# --- NDVI --------------------------------------------------------------------------------------


def test_ndvi_inside_minus_one_to_one_passes():
    greening = [0.50, 0.52, 0.55, 0.60, 0.65, 0.70, 0.72, 0.68, 0.62, 0.58, 0.54, 0.51]
    assert check_ndvi(np.array(greening + [-0.2, 1.0, np.nan])) == []
    assert check_ndvi(np.array([1.00005])) == []  # rounding of a stored 1.0
    assert check_ndvi(np.array([])) == []


def test_ndvi_times_ten_thousand_is_a_unit_error():
    # MODIS stores NDVI × 10 000: 0.33, 0.80, 0.9016 become 3300, 8000, 9016 (all outside).
    found = check_ndvi(np.array([3300, 8000, 9016], "float32"))
    assert kinds(found) == [("ndvi_scaled", UNIT)]
    assert "look like NDVI scaled by 10 000" in found[0].message
    assert "100%" in found[0].message and "0.0001" in found[0].message


def test_a_few_ndvi_values_outside_only_warn():
    # 1 value in 1 000 outside −1…1 (0.1 % ≤ 1 %): an outlier, clamped by CASA anyway.
    few = np.r_[np.full(999, 0.5), 1.2]
    found = check_ndvi(few)
    assert kinds(found) == [("ndvi_outliers", WARNING)]
    assert "0.10%" in found[0].message


# --- temperature -------------------------------------------------------------------------------


def test_plausible_temperatures_pass():
    assert check_temperature(T_CELSIUS) == []
    assert check_temperature(np.array([-45.0, -30.0, 5.0])) == []  # a Siberian winter
    assert check_temperature(np.array([])) == []  # nothing to judge


def test_temperature_in_kelvin():
    # Shenzhen + 273.15: median (22.7 + 25.3)/2 + 273.15 = 297.15, range 288.55…301.95, all
    # inside 173…343 K (−100…+70 °C).
    found = check_temperature(T_CELSIUS + 273.15)
    assert kinds(found) == [("kelvin", UNIT)]
    assert re.search(r"median 297\.1.*Kelvin.*273\.15", found[0].message)


def test_temperature_in_tenths_of_a_degree():
    # A temperate stack × 10 (median (9 + 10)/2 · 10 = 95) reaches below 173 (−100 °C as
    # Kelvin): only tenths fit.
    temperate = np.array([-5.0, -2.0, 4.0, 9.0, 14.0, 18.0, 21.0, 20.0, 16.0, 10.0, 4.0, -1.0])
    found = check_temperature(temperate * 10)
    assert kinds(found) == [("temperature_tenths", UNIT)]
    assert re.search("median 95.0.*tenths of a degree.*Divide by 10", found[0].message)
    assert kinds(check_temperature(T_CELSIUS * 10)) == [("temperature_tenths", UNIT)]  # 154…288
    assert kinds(check_temperature(np.array([-12.0, 150.0, 285.0]))) == [
        ("temperature_tenths", UNIT)
    ]
    # An equatorial stack × 10 (26…28 °C → 260…280) is also a valid Kelvin range (−13…7 °C):
    # the message names both fixes.
    found = check_temperature(np.linspace(260.0, 280.0, 12))
    assert kinds(found) == [("kelvin", UNIT)]
    assert re.search("Kelvin.*°C × 10.*divide by 10", found[0].message)


def test_temperature_colder_than_any_monthly_mean():
    # 1st percentile of [−120, 10] = −120 + 0.01 · 130 = −118.7 < −90 °C.
    found = check_temperature(np.array([-120.0, 10.0]))
    assert kinds(found) == [("temperature_low", UNIT)]
    assert "values down to -120.0 (1st percentile -118.7)" in found[0].message


def test_a_few_impossible_temperatures_only_warn():
    # 200 months at 20 °C and one at 65: the 99th percentile stays 20, the maximum is above 60.
    found = check_temperature(np.r_[np.full(200, 20.0), 65.0])
    assert kinds(found) == [("temperature_outliers", WARNING)]


def test_undeclared_nodata_is_named():
    found = check_temperature(np.append(T_CELSIUS, -9999.0))
    assert kinds(found) == [("undeclared_nodata", ERROR)]
    assert re.search("-9999.*nodata value that the file does not declare", found[0].message)
    found = check_precipitation(np.append(P_MM, -3.4e38))
    assert kinds(found) == [("undeclared_nodata", ERROR)] and "-3.4e+38" in found[0].message


# --- precipitation -----------------------------------------------------------------------------


def test_plausible_precipitation_passes():
    assert check_precipitation(P_MM) == []
    assert check_precipitation(np.zeros(12)) == []  # a dry year is not an error


def test_precipitation_in_metres():
    # Shenzhen in metres: its wettest month (371.5 mm) is 0.3715 m ≤ 1.5.
    found = check_precipitation(P_MM / 1000)
    assert kinds(found) == [("precipitation_metres", UNIT)]
    assert re.search(r"the largest value is 0\.3715.*metres.*1000", found[0].message)


def test_negative_precipitation():
    found = check_precipitation(np.append(P_MM, -2.0))
    assert kinds(found) == [("negative_precipitation", UNIT)]
    assert re.search(r"negative precipitation \(-2\)", found[0].message)


def test_precipitation_in_tenths_of_a_millimetre():
    # Shenzhen × 10: the two wettest months 3613 and 3715, 99th percentile
    # 3613 + 0.89 · 102 = 3703.8 > 3 000 mm (above the wettest monthly means on record).
    found = check_precipitation(P_MM * 10)
    assert kinds(found) == [("precipitation_tenths", UNIT)]
    assert "99th percentile 3704" in found[0].message


def test_one_extreme_month_only_warns():
    # 99 months of 300 mm and one of 3 500: 99th percentile 300 + 0.01 · 3 200 = 332.
    found = check_precipitation(np.r_[np.full(99, 300.0), 3500.0])
    assert kinds(found) == [("precipitation_extreme", WARNING)]
    assert "tenths of mm" in found[0].message


# --- solar radiation ---------------------------------------------------------------------------


def test_plausible_radiation_passes():
    assert check_radiation(np.array(SOL_SUBTROPICAL + SOL_CONTINENTAL, float)) == []


@pytest.mark.parametrize(
    "values,kind,clue",
    [
        # J·m⁻²: 300 and 500 MJ·m⁻² × 10⁶
        ([3.0e8, 5.0e8], "radiation_joules", "1 000 000"),
        # daily means: 8 and 25 MJ·m⁻²·d⁻¹ (a month gets ≥ 300)
        ([8.0, 25.0], "radiation_daily", "daily means"),
        # mean flux: 80 and 240 W·m⁻² (= 207 and 622 MJ·m⁻² in 30 days)
        ([80.0, 240.0], "radiation_watts", "W·m⁻²"),
        ([-5.0, 300.0, 400.0], "negative_radiation", "-5"),
    ],
)
def test_radiation_in_wrong_units(values, kind, clue):
    found = check_radiation(np.array(values))
    assert kinds(found) == [(kind, UNIT)]
    assert clue in found[0].message


def test_one_impossible_radiation_value_only_warns():
    found = check_radiation(np.r_[np.full(99, 400.0), 1500.0])
    assert kinds(found) == [("radiation_extreme", WARNING)]


# --- sunshine ----------------------------------------------------------------------------------


def test_sunshine_hours():
    assert check_sunshine(SUNSHINE_H) == []
    # 6 h a day given as monthly totals: at most 24 h is a daily mean.
    assert kinds(check_sunshine(np.full(12, 6.0))) == [("sunshine_daily", UNIT)]
    # minutes: 230 h = 13 800 min, above the ~450 h of the sunniest months
    assert kinds(check_sunshine(SUNSHINE_H * 60)) == [("sunshine_tenths", UNIT)]
    assert kinds(check_sunshine(np.r_[SUNSHINE_H, -1.0])) == [("negative_sunshine", UNIT)]


# --- annual fluxes -----------------------------------------------------------------------------


def test_annual_flux():
    assert check_annual_flux(np.array([0.0, 450.0, 1200.0])) == []
    # kgC·m⁻²·a⁻¹ (MOD17): 1.2 kg = 1 200 g, but the largest value 1.2 ≤ 5.
    found = check_annual_flux(np.array([0.0, 0.5, 1.2]))
    assert kinds(found) == [("flux_kg", UNIT)]
    assert re.search("the largest value is 1.2.*kgC.*1000", found[0].message)
    found = check_annual_flux(np.full(100, 5000.0))
    assert kinds(found) == [("flux_high", WARNING)]
    assert "2 000" in found[0].message and "unit error" in found[0].message


def test_monthly_rh_given_as_annual_warns():
    # Shenzhen's July Rh is about 56.7 gC·m⁻²·month⁻¹; its year about 460.
    found = check_annual_rh(np.array([20.0, 56.7]))
    assert kinds(found) == [("rh_monthly", WARNING)] and "one month's Rh" in found[0].message
    assert check_annual_rh(np.array([300.0, 460.0])) == []
    # Rh in kgC is the unit error, not a month.
    assert kinds(check_annual_rh(np.array([0.30, 0.46]))) == [("flux_kg", UNIT)]


def test_annual_nep():
    assert check_annual_nep(np.array([-50.0, 120.0, 400.0, 650.0])) == []
    assert "800" in check_annual_nep(np.full(10, 1500.0))[0].message
    # CO₂ density (tCO₂·ha⁻¹·a⁻¹) = NEP · 0.0367: 400 gC becomes 14.7
    found = check_annual_nep(np.array([-1.5, 3.0, 12.0, 22.0]))
    assert kinds(found) == [("nep_small", WARNING)] and "tCO₂" in found[0].message
    assert check_annual_nep(np.zeros(5)) == []  # non-vegetated everywhere is no unit error


# --- vegetation codes --------------------------------------------------------------------------


def test_vegetation_codes():
    found = check_vegetation_codes(np.array([0.43, 1.0]))
    assert kinds(found) == [("vegetation_fractional", ERROR)]
    assert "non-integer values such as 0.43" in found[0].message
    found = check_vegetation_codes(np.array([-9999.0, 1.0]))
    assert kinds(found) == [("vegetation_negative", ERROR)]
    assert "negative code -9999" in found[0].message
    assert check_vegetation_codes(np.array([0.0, 2.0, 7.0, np.nan])) == []
    found = check_vegetation_codes(np.array([0.0, 0.0]))
    assert kinds(found) == [("vegetation_none", WARNING)] and "non-vegetated" in found[0].message


def test_land_cover_codes_are_not_vegetation_types():
    values = np.array([0, 2, 8, np.nan, 10, 95, 2.5], dtype=np.float32)
    codes = range(9)  # the SPEC §2.5 table
    assert invalid_vegetation_codes(values, codes).tolist() == [2.5, 10, 95]
    assert kinds(check_vegetation_codes(values, codes)) == [("vegetation_fractional", ERROR)]
    found = check_vegetation_codes(values[values != 2.5], codes)
    assert kinds(found) == [("vegetation_unknown", ERROR)]
    assert "values 10, 95 are not vegetation-type codes 0–8" in found[0].message
    assert "carbonsink:vegetationtypes" in found[0].message
    # Without a table any whole code below 255 is one (0…254), 300 is not.
    assert invalid_vegetation_codes(np.array([12.0, 254.0, 300.0])).tolist() == [300.0]


def test_undeclared_vegetation_nodata_255_gets_a_hint():
    found = check_vegetation_codes(np.array([2.0, 255.0]))
    assert kinds(found) == [("vegetation_nodata", ERROR)]
    assert "255 is the usual nodata value" in found[0].message


def test_code_lists_read_as_runs():
    assert units._ranges([0, 1, 2, 3, 4, 7, 9, 10, 11, 12]) == "0–4, 7, 9–12"


# --- one way to report -------------------------------------------------------------------------


def test_enforce_stops_on_errors_and_unit_errors_unless_overridden():
    kelvin = check_temperature(T_CELSIUS + 273.15)
    with pytest.raises(InputError) as raised:
        enforce(kelvin, "T [TEMPERATURE]", remedy="Fix it.", override_hint="Or tick X.")
    message = str(raised.value)
    assert message.startswith("T [TEMPERATURE]: median 297.1")
    assert message.endswith("Fix it. Or tick X.")
    # Overridden, the unit error is a warning naming the input.
    warnings = enforce(kelvin, "T", overridden=True)
    assert len(warnings) == 1 and warnings[0].startswith("T: median 297.1")
    # An undeclared nodata value stops even when overridden, without the override hint.
    with pytest.raises(InputError) as raised:
        enforce(check_temperature([-9999.0, 20.0]), "T", overridden=True, override_hint="X")
    assert str(raised.value).endswith("and run again.")
    # Warnings alone never stop; errors come before unit errors and warnings.
    assert enforce(check_ndvi(np.r_[np.full(999, 0.5), 1.2]), "N") == [
        "N: " + check_ndvi(np.r_[np.full(999, 0.5), 1.2])[0].message
    ]
    mixed = [
        units.Finding("flux_high", WARNING, {"p99": 2500.0}),
        units.Finding("flux_kg", UNIT, {"high": 1.0}),
        units.Finding("undeclared_nodata", ERROR, {"low": -9999.0}),
    ]
    with pytest.raises(InputError, match="N: values down to -9999"):
        enforce(mixed, "N")


def test_every_check_of_a_variable_is_listed():
    assert set(units.CHECKS) == {"ndvi", "temperature", "precipitation", "radiation", "sunshine"}


def test_every_template_is_marked_for_translation(tmp_path):
    """pylupdate5 reads a QT_TRANSLATE_NOOP only when its context and first string share a
    line: every template must come out of core/units.py under the context Units, as it is."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import translations

    found = {
        source for context, source in translations.extract([units.__file__]) if context == "Units"
    }
    assert found == set(units.TEMPLATES.values())
