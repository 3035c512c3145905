"""Errors the core raises; the processing layer turns them into QgsProcessingException."""


class InputError(ValueError):
    """Bad input found by the core; the message names the input, what was found and the fix."""


class Canceled(Exception):
    """The user canceled; nothing was written."""
