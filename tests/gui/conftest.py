"""The dock tests' fixtures (their test algorithms and helpers are in gui_support.py)."""

from gui_support import dock, layers, test_provider  # noqa: F401 - fixtures for the gui tests
