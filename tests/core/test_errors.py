"""Messages of the core (core/errors.py): English str as before, translatable by template.

The translate functions here are hand-made dictionaries standing in for Qt's translator, so
the core is tested without Qt; tests/test_core_messages.py runs the real .qm."""

import pickle

import pytest

from carbonsink_plugin.core.errors import (
    COLON,
    QT_TRANSLATE_NOOP,
    SEPARATOR,
    InputError,
    Listing,
    Message,
    message_of,
)

# A stand-in translation: (context, English template) → French, by hand.
FRENCH = {
    ("Core", "{name}: expected {expected} band(s) but '{file}' has {count}."): (
        "{name} : {expected} bande(s) attendue(s) mais '{file}' en a {count}."
    ),
    ("Core", "size {width}×{height} vs {other_width}×{other_height} pixels"): (
        "taille {width}×{height} contre {other_width}×{other_height} pixels"
    ),
    ("Core", "CRS {this} vs {other}"): "SCR {this} contre {other}",
    ("Core", "(none)"): "(aucun)",
    ("Core", "; "): " ; ",
    ("Core", ": "): " : ",
    ("Units", "every sampled pixel is non-vegetated (type 0)."): "aucun pixel végétalisé.",
}


def french(context: str, text: str) -> str:
    return FRENCH.get((context, text), text)


def test_the_no_op_marker_returns_its_text():
    assert QT_TRANSLATE_NOOP("Core", "{name}: x") == "{name}: x"


def test_a_message_is_its_english_sentence_and_keeps_template_and_values():
    template = "{name}: expected {expected} band(s) but '{file}' has {count}."
    message = Message(template, name="NDVI [NDVI]", expected=12, file="ndvi.tif", count=1)
    english = "NDVI [NDVI]: expected 12 band(s) but 'ndvi.tif' has 1."
    assert message == english and str(message) == english and isinstance(message, str)
    assert message.startswith("NDVI [NDVI]:") and "12 band(s)" in message
    assert message.template == template and message.context == "Core"
    assert message.values == {"name": "NDVI [NDVI]", "expected": 12, "file": "ndvi.tif", "count": 1}
    # The translated template, formatted with the same values.
    assert message.text(french) == "NDVI [NDVI] : 12 bande(s) attendue(s) mais 'ndvi.tif' en a 1."
    assert message.text() == english and type(message.text()) is str


def test_format_specs_apply_to_the_values_in_both_languages():
    message = Message("{share:.0%} of {high:.3g}", share=0.254, high=1234.5678)
    assert message == "25% of 1.23e+03"
    assert message.text(lambda context, text: "{high:.3g} · {share:.0%}") == "1.23e+03 · 25%"


def test_a_template_without_values_is_not_formatted():
    """A finished sentence (e.g. already translated by the processing layer) may hold braces."""
    assert Message("keep {this} as it is") == "keep {this} as it is"
    assert str(InputError("a {brace} in a finished sentence")) == "a {brace} in a finished sentence"


def test_nested_messages_and_listings_are_translated_in_turn():
    differences = Listing(
        [
            Message(
                "size {width}×{height} vs {other_width}×{other_height} pixels",
                width=4,
                height=4,
                other_width=2,
                other_height=2,
            ),
            Message("CRS {this} vs {other}", this="EPSG:4547", other=Message("(none)")),
        ]
    )
    assert differences == "size 4×4 vs 2×2 pixels; CRS EPSG:4547 vs (none)"
    assert differences.text(french) == (
        "taille 4×4 contre 2×2 pixels ; SCR EPSG:4547 contre (aucun)"
    )
    # A separator other than the marked ones is kept in every language.
    assert Listing(["a", "b"], " | ").text(french) == "a | b"
    assert Listing(["T [T]", Message("x", "Units")], COLON).text(french) == "T [T] : x"
    assert SEPARATOR == "; " and COLON == ": "


def test_input_error_from_a_template_or_a_message():
    error = InputError("{name}: the file is empty.", name="PARAMETERS_CSV ('t.csv')")
    assert str(error) == "PARAMETERS_CSV ('t.csv'): the file is empty."
    assert error.message.template == "{name}: the file is empty."
    assert error.text() == str(error)
    wrapped = InputError(Message("{name}: the file is empty.", name="X"))
    assert str(wrapped) == "X: the file is empty." and wrapped.message.values == {"name": "X"}
    with pytest.raises(TypeError):
        InputError(Message("{name}", name="X"), name="Y")
    assert isinstance(error, ValueError)  # callers that catch ValueError still do


def test_message_of_any_error_or_text():
    finding = Message("every sampled pixel is non-vegetated (type 0).", "Units")
    assert message_of(InputError(finding)).text(french) == "aucun pixel végétalisé."
    assert message_of(finding) is finding
    assert message_of(RuntimeError("GDAL said no")).text(french) == "GDAL said no"


def test_messages_survive_pickling():
    """Processing may copy results across threads; a Message stays itself."""
    message = Message("CRS {this} vs {other}", this="A", other=Message("(none)"))
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.text(french) == "SCR A contre (aucun)"
    listing = pickle.loads(pickle.dumps(Listing([message, "x"])))
    assert listing.text(french) == "SCR A contre (aucun) ; x"
