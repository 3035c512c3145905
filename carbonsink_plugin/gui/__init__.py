"""The dock widget: gathers layers and launches the same Processing algorithms."""
