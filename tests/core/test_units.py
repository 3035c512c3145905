"""Unit sanity checks: values no real data in the right unit can have."""

import numpy as np
import pytest

from carbonsink_plugin.core.errors import InputError
from carbonsink_plugin.core.units import (
    check_annual_flux,
    check_precipitation,
    check_temperature,
)

# Shenzhen-like monthly climate (°C, mm) — must pass silently.
T_CELSIUS = np.array([15.4, 16.5, 19.0, 22.7, 25.9, 27.8, 28.8, 28.6, 27.6, 25.3, 21.4, 17.0])
P_MM = np.array([27.5, 44.2, 69.3, 167.4, 235.4, 361.3, 318.5, 371.5, 279.9, 57.4, 37.9, 29.8])


def test_plausible_values_pass():
    assert check_temperature(T_CELSIUS, "T") == []
    assert check_temperature(np.array([-45.0, -30.0, 5.0]), "T") == []  # Siberian winter
    assert check_precipitation(P_MM, "P") == []
    assert check_precipitation(np.zeros(12), "P") == []  # a dry year is not an error
    assert check_annual_flux(np.array([0.0, 450.0, 1200.0]), "NPP") == []
    assert check_temperature(np.array([]), "T") == []  # nothing to judge


def test_temperature_in_kelvin_is_refused():
    with pytest.raises(InputError, match=r"T \[TEMPERATURE\]: median 297\.1.*Kelvin.*273\.15"):
        check_temperature(T_CELSIUS + 273.15, "T [TEMPERATURE]")


def test_temperature_in_tenths_of_a_degree_is_refused():
    # A temperate stack × 10 (median (9 + 10)/2 · 10 = 95) reaches below 173 (−100 °C as
    # Kelvin): only tenths fit.
    temperate = np.array([-5.0, -2.0, 4.0, 9.0, 14.0, 18.0, 21.0, 20.0, 16.0, 10.0, 4.0, -1.0])
    with pytest.raises(InputError, match="median 95.0.*tenths of a degree.*Divide by 10"):
        check_temperature(temperate * 10, "T")
    # Shenzhen × 10 (154…288) goes below 173 too.
    with pytest.raises(InputError, match="tenths of a degree"):
        check_temperature(T_CELSIUS * 10, "T")
    # An equatorial stack × 10 (26…28 °C → 260…280) is also a valid Kelvin range (−13…7 °C):
    # the message names both fixes.
    with pytest.raises(InputError, match="Kelvin.*°C × 10.*divide by 10"):
        check_temperature(np.linspace(260.0, 280.0, 12), "T")


def test_precipitation_in_metres_is_refused():
    with pytest.raises(InputError, match=r"P: the largest value is 0\.3715.*metres.*1000"):
        check_precipitation(P_MM / 1000, "P")


def test_negative_precipitation_is_refused():
    with pytest.raises(InputError, match=r"negative precipitation \(-2\)"):
        check_precipitation(np.append(P_MM, -2.0), "P")


def test_undeclared_nodata_is_named():
    with pytest.raises(InputError, match="-9999.*nodata value that the file does not declare"):
        check_temperature(np.append(T_CELSIUS, -9999.0), "T")
    with pytest.raises(InputError, match="-3.4e\\+38"):
        check_precipitation(np.append(P_MM, -3.4e38), "P")


def test_extreme_precipitation_only_warns():
    warnings = check_precipitation(np.full(100, 3000.0), "P")
    assert len(warnings) == 1 and "tenths of mm" in warnings[0]


def test_annual_flux_in_kilograms_is_refused():
    with pytest.raises(InputError, match="NPP: the largest value is 1.2.*kgC.*1000"):
        check_annual_flux(np.array([0.0, 0.5, 1.2]), "NPP")


def test_annual_flux_above_2000_warns():
    warnings = check_annual_flux(np.full(100, 5000.0), "NPP")
    assert len(warnings) == 1 and "2 000" in warnings[0] and "unit error" in warnings[0]
