"""Errors and user-visible messages of the core, translatable although core has no Qt.

A sentence the core shows to the user (an error, a warning, a note for the log) is a Message:
an English str.format template with named {placeholders}, marked for pylupdate5 with
QT_TRANSLATE_NOOP("Core", "…"), and the values to put in it. str() of a Message (or of an
InputError) is the English sentence, so core, its tests and the command line need no Qt; the
processing layer formats the translated template with the same values
(i18n.message_text(), used by CarbonSinkAlgorithm.processAlgorithm and wherever a core warning
is logged). Values may be Messages themselves (translated in turn) or Listings of them.

    raise InputError(
        QT_TRANSLATE_NOOP("Core", "{name}: the file '{file}' is empty."), name=name, file=file
    )

pylupdate5 reads a QT_TRANSLATE_NOOP only when its context and the start of its text share a
line, and only string literals (no f-strings): keep the template a literal, the values apart.

The processing layer turns InputError into QgsProcessingException, once.
"""

from __future__ import annotations

from typing import Callable, Sequence

# (context, English text) → text in the user's language
Translate = Callable[[str, str], str]

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message template for pylupdate5 (core cannot import Qt); returns it unchanged."""
    return text


# Separators of Listings that Chinese writes otherwise ('；', '：').
SEPARATOR = QT_TRANSLATE_NOOP("Core", "; ")
COLON = QT_TRANSLATE_NOOP("Core", ": ")
NONE = QT_TRANSLATE_NOOP("Core", "none")  # an empty list, in a message


class Message(str):
    """A user-visible sentence: the English text (it is a str, so it can be logged, compared
    and searched as before) that also keeps its template and values for translation."""

    template: str
    context: str
    values: dict

    def __new__(cls, template: str, /, context: str = CONTEXT, **values):
        if values:
            english = template.format(**{k: _text(v, None) for k, v in values.items()})
        else:
            english = template  # a finished sentence may hold braces
        self = super().__new__(cls, english)
        self.template, self.context, self.values = template, context, values
        return self

    def text(self, translate: Translate | None = None) -> str:
        """The sentence; in the language of `translate` when given (English otherwise).

        A template without values is not formatted (it may be a finished sentence holding
        braces)."""
        if translate is None:
            return str.__str__(self)
        template = translate(self.context, self.template)
        if not self.values:
            return template
        return template.format(**{k: _text(v, translate) for k, v in self.values.items()})

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __reduce__(self):
        return (_message, (self.template, self.context, self.values))


def _message(template: str, context: str, values: dict) -> Message:
    return Message(template, context, **values)


class Listing(Message):
    """Several values (Messages or plain text) shown as one, joined by a separator; the
    separators SEPARATOR ('; ') and COLON (': ') are translated too (Chinese writes '；', '：')."""

    items: list
    separator: str

    def __new__(cls, items: Sequence, separator: str = SEPARATOR):
        items = list(items)
        self = str.__new__(cls, separator.join(_text(item, None) for item in items))
        self.template, self.context, self.values = str(self), CONTEXT, {}
        self.items, self.separator = items, separator
        return self

    def text(self, translate: Translate | None = None) -> str:
        if translate is None:
            return str.__str__(self)
        separator = self.separator
        if separator in (SEPARATOR, COLON):
            separator = translate(CONTEXT, separator)
        return separator.join(_text(item, translate) for item in self.items)

    def __repr__(self) -> str:
        return f"Listing({self.items!r}, {self.separator!r})"

    def __reduce__(self):
        return (Listing, (self.items, self.separator))


def _text(value, translate: Translate | None):
    """A value ready for str.format: a Message becomes text in the language of `translate`
    (a plain str, so format specs apply as to any text); anything else stays as it is
    (numbers keep their format specs)."""
    if isinstance(value, Message):
        return value.text(translate)
    return value


def message_of(value) -> Message:
    """A Message for a Message, an InputError or any other text (kept as it is)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, InputError):
        return value.message
    return Message(str(value))


class InputError(ValueError):
    """Bad input found by the core; the message names the input, what was found and the fix.

    InputError(template, **values), the template marked with QT_TRANSLATE_NOOP("Core", …), or
    InputError(message) with a Message or finished text (e.g. one already translated by the
    processing layer). str() is the English sentence.
    """

    def __init__(self, message: str | Message, /, **values):
        if not isinstance(message, Message):
            message = Message(message, **values)
        elif values:
            raise TypeError("InputError(Message) takes no further values")
        self.message = message
        super().__init__(str(message))

    def text(self, translate: Translate | None = None) -> str:
        """The message in the language of `translate` (English without)."""
        return self.message.text(translate)


class Canceled(Exception):
    """The user canceled; nothing was written."""
