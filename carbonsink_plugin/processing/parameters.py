"""Parameter definitions and readers every algorithm shares, declared one way.

- number_parameter / enum_parameter: numbers with their range on the parameter, enums with
  static-string options (stable English keys, safe in models and batch files);
- raster_input: the inputs that recur across stages (the 12-band stacks, the annual rasters,
  the vegetation-type raster), with one label and one band count each;
- describe / input_metadata: what an input needs, as metadata on its definition
  (metadata()["carbonsink"] = {"bands": 12, "hints": [...]}): the one source the panel, the
  dialog and the checks read;
- monthly_stack_source / annual_source: those inputs read as core Sources, their band count
  checked with a message that says what the file looks like and how to fix it;
- checked: checkParameterValues that turns an InputError into the dialog's message;
- plain_value / matrix_values: attribute and matrix values as plain Python.
"""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER
from ..core.errors import InputError
from ..core.parameters import MONTHS
from ..core.raster import Source
from ..i18n import TranslationContext, message_text

# The translation context of this module's labels (see i18n.TranslationContext).
Parameters = TranslationContext("Parameters")

# The key of our entry in a parameter definition's metadata() (the provider's id).
METADATA_KEY = "carbonsink"

# Words in a layer (or field) name that say it fits a parameter, by parameter name; the base
# class puts them on every parameter it adds. Chinese words match anywhere in a name, Latin
# ones as a whole word or the start of one (3+ letters); earlier words are the more specific.
LAYER_HINTS = {
    "NDVI": ("ndvi", "归一化植被指数"),
    "SOL": ("sol", "solar", "radiation", "rad", "srad", "ssrd", "rs", "辐射"),
    "TEMPERATURE": ("temperature", "temp", "tmp", "tas", "t2m", "tmean", "tem", "气温", "温度"),
    "PRECIPITATION": ("precipitation", "prec", "pre", "pr", "ppt", "rain", "tp", "降水", "降雨"),
    "VEGETATION": ("vegetation", "vegtype", "veg", "types", "植被类型", "植被"),
    "NPP": ("npp",),
    "RH": ("rh", "respiration", "resp", "呼吸"),
    "NEP": ("nep",),
    "ZONES": ("districts", "district", "zones", "zone", "行政区", "区划", "街道"),
    "STUDY_AREA": ("study", "boundary", "aoi", "extent", "研究区", "边界"),
    "PLOTS": ("plots", "plot", "samples", "sample", "样地", "样方"),
    "RED": ("red", "b4", "sr_b4", "b04"),
    "NIR": ("nir", "b5", "sr_b5", "b08", "b8"),
    "QA": ("qa", "qa_pixel", "scl", "mask"),
    "DEM": ("dem", "elevation", "srtm", "高程"),
    "STATIONS": ("stations", "station", "meteo", "气象站", "站点"),
    "RASTER": ("npp", "nep"),
    "ZONE_FIELD": ("name", "district", "zone", "名称", "区名"),
    "MEASURED_FIELD": ("measured", "field", "npp", "nep", "实测"),
    "STRATUM_FIELD": ("stratum", "type", "veg", "类型"),
}

# Band count of each recurring raster input (a key of raster_labels()): SPEC §1.
RASTER_BANDS = {
    "ndvi": MONTHS,
    "radiation": MONTHS,
    "temperature": MONTHS,
    "precipitation": MONTHS,
    "vegetation": 1,
    "npp": 1,
    "nep": 1,
}


def describe(parameter, bands: int | None = None, hints=()):
    """`parameter` with our metadata: the band count a raster input needs (None: any) and the
    words of a fitting layer name (`hints` first, then LAYER_HINTS of its name)."""
    metadata = parameter.metadata()
    entry = dict(metadata.get(METADATA_KEY) or {})
    if bands is not None:
        entry["bands"] = int(bands)
    words = [*hints, *entry.get("hints", ()), *LAYER_HINTS.get(parameter.name(), ())]
    if words:
        entry["hints"] = list(dict.fromkeys(words))  # once each, in order
    if entry:  # nothing to say: the definition stays as it was
        metadata[METADATA_KEY] = entry
        parameter.setMetadata(metadata)
    return parameter


def input_metadata(parameter) -> dict:
    """Our metadata of a parameter definition: {"bands": n (when fixed), "hints": [...]}."""
    return dict(parameter.metadata().get(METADATA_KEY) or {})


def number_parameter(
    name,
    description,
    default,
    minimum=None,
    maximum=None,
    integer=False,
    *,
    optional=False,
):
    """A number with its default and range on the parameter (dialog, batch grid and modeler
    enforce them)."""
    parameter = QgsProcessingParameterNumber(
        name,
        description,
        type=NUMBER_INTEGER if integer else NUMBER_DOUBLE,
        defaultValue=default,
        optional=optional,
    )
    if minimum is not None:
        parameter.setMinimum(minimum)
    if maximum is not None:
        parameter.setMaximum(maximum)
    return parameter


def option_labels() -> dict[str, str]:
    """Every enum option of the provider in words, in the user's language, by key. The dialogs
    show these instead of the keys (processing/enum_labels.py); the values stay the keys."""
    return {
        # resampling and data kinds (align, gridclimate, importnpp)
        "auto": Parameters.tr("Automatic"),
        "nearest": Parameters.tr("Nearest neighbour"),
        "bilinear": Parameters.tr("Bilinear"),
        "cubic": Parameters.tr("Cubic"),
        "average": Parameters.tr("Average"),
        "mode": Parameters.tr("Mode (most frequent value)"),
        "continuous": Parameters.tr("Continuous values"),
        "classes": Parameters.tr("Classes"),
        # quantities
        "ndvi": Parameters.tr("NDVI"),
        "temperature": Parameters.tr("Air temperature"),
        "precipitation": Parameters.tr("Precipitation"),
        "radiation": Parameters.tr("Solar radiation"),
        "sunshine": Parameters.tr("Sunshine duration"),
        "other": Parameters.tr("Other"),
        # units of station values
        "MJ_m2_month": Parameters.tr("MJ·m⁻² per month"),
        "MJ_m2_day": Parameters.tr("MJ·m⁻² per day"),
        "0.01MJ_m2_month": Parameters.tr("0.01 MJ·m⁻² per month"),
        "J_cm2_month": Parameters.tr("J·cm⁻² per month"),
        "W_m2": Parameters.tr("Mean W·m⁻²"),
        "kWh_m2_month": Parameters.tr("kWh·m⁻² per month"),
        "h_month": Parameters.tr("Hours per month"),
        "h_day": Parameters.tr("Hours per day"),
        "C": Parameters.tr("°C"),
        "0.1C": Parameters.tr("0.1 °C"),
        "K": Parameters.tr("Kelvin"),
        "mm": Parameters.tr("mm"),
        "0.1mm": Parameters.tr("0.1 mm"),
        "cm": Parameters.tr("cm"),
        "m": Parameters.tr("m"),
        # NDVI sensors and land-cover products
        "landsat_c2l2": Parameters.tr("Landsat Collection 2 Level-2"),
        "sentinel2_l2a": Parameters.tr("Sentinel-2 L2A"),
        "modis_mod13": Parameters.tr("MODIS MOD13 (NDVI layer)"),
        "reflectance": Parameters.tr("Reflectance 0–1"),
        "custom": Parameters.tr("Custom"),
        "worldcover": Parameters.tr("ESA WorldCover"),
        "clcd": Parameters.tr("CLCD (China Land Cover Dataset)"),
        "globeland30": Parameters.tr("GlobeLand30"),
        "mcd12q1": Parameters.tr("MODIS MCD12Q1 (IGBP)"),
        "cnlucc": Parameters.tr("CNLUCC (Chinese Academy of Sciences)"),
        "nodata": Parameters.tr("Nodata"),
        "zero": Parameters.tr("0 (non-vegetated)"),
        # methods
        "max": Parameters.tr("Maximum"),
        "mean": Parameters.tr("Mean"),
        "sum": Parameters.tr("Sum"),
        "breaks": Parameters.tr("Break table"),
        "quantiles": Parameters.tr("Quantiles (equal area)"),
        "jenks": Parameters.tr("Natural breaks (Jenks)"),
        "table": Parameters.tr("From the vegetation-type table"),
        "data": Parameters.tr("From the data (percentile of NDVI per type)"),
        "vegetated": Parameters.tr("Vegetated pixels (types 1–8)"),
        "land": Parameters.tr("Every valid pixel"),
        # ground check
        "npp": Parameters.tr("NPP (gC·m⁻²·a⁻¹)"),
        "nep": Parameters.tr("NEP (gC·m⁻²·a⁻¹)"),
        "biomass": Parameters.tr("Biomass increment (t·ha⁻¹·a⁻¹)"),
        "1x1": Parameters.tr("The plot's pixel (1 × 1)"),
        "3x3": Parameters.tr("Mean of 3 × 3 pixels"),
        "polygon": Parameters.tr("Mean over the plot polygon"),
        # report language
        "en": Parameters.tr("English"),
        "zh": Parameters.tr("Chinese"),
    }


def enum_parameter(name, description, options, default, optional=False, labels=None):
    """An enum whose values are the stable English keys (safe in models and batch files).

    labels: {key: words in the user's language} (default: option_labels()) for every option,
    shown in the dialogs instead of the keys (processing/enum_labels.py); the values stay the
    keys."""
    if labels is None:
        labels = option_labels()
    parameter = QgsProcessingParameterEnum(
        name,
        description,
        options=list(options),
        allowMultiple=False,
        defaultValue=default,
        optional=optional,
        usesStaticStrings=True,
    )
    if labels:
        missing = [option for option in options if option not in labels]
        if missing:
            raise ValueError(f"{name}: no label for {missing}")
        from .enum_labels import LABELS, WRAPPER_PATH

        metadata = parameter.metadata()
        entry = dict(metadata.get(METADATA_KEY) or {})
        entry[LABELS] = {option: labels[option] for option in options}  # strings only
        metadata[METADATA_KEY] = entry
        metadata["widget_wrapper"] = {"class": WRAPPER_PATH}
        parameter.setMetadata(metadata)
    return parameter


def enum_choice(definition, value):
    """(value, ok) of a static-string enum: an option's name stays as it is, an option number
    (0, "1", 2.0: what `qgis_process help` lists and QGIS's own enums take) becomes its name,
    and a name in another case its spelling. ok is False for anything else; None and ''
    (the default) are left to QGIS."""
    if value is None or value == "" or not definition.usesStaticStrings():
        return value, True
    if definition.allowMultiple() or not isinstance(value, (str, int, float)):
        return value, True
    options = list(definition.options())
    if isinstance(value, str):
        text = value.strip()
        if text in options:
            return text, True
        folded = {option.lower(): option for option in options}
        if text.lower() in folded:
            return folded[text.lower()], True
        try:
            number = float(text)
        except ValueError:
            return value, False
    elif isinstance(value, bool):
        return value, False
    else:
        number = float(value)
    if number.is_integer() and 0 <= number < len(options):
        return options[int(number)], True
    return value, False


def enum_values_text(definition) -> str:
    """The allowed values of an enum, as its messages list them: '0 = max, 1 = mean …'."""
    return ", ".join(f"{i} = {option}" for i, option in enumerate(definition.options()))


def raster_labels() -> dict[str, str]:
    """The label of each recurring raster input, in the user's language."""
    return {
        "ndvi": Parameters.tr("Monthly NDVI (12 bands, unitless −1…1)"),
        "radiation": Parameters.tr("Monthly total solar radiation (12 bands, MJ·m⁻²·month⁻¹)"),
        "temperature": Parameters.tr("Monthly mean air temperature (12 bands, °C)"),
        "precipitation": Parameters.tr("Monthly precipitation (12 bands, mm·month⁻¹)"),
        "vegetation": Parameters.tr("Vegetation types (codes 0–8, 0 = non-vegetated)"),
        "npp": Parameters.tr("Annual NPP (gC·m⁻²·a⁻¹)"),
        "nep": Parameters.tr("Annual NEP (gC·m⁻²·a⁻¹)"),
    }


def raster_helps() -> dict[str, str]:
    """The help (tooltip) of each recurring raster input; an algorithm's parameter_help() may
    say more."""
    # Whole sentences each (joined with a space, Chinese would get a stray one).
    return {
        "ndvi": Parameters.tr(
            "Monthly NDVI, unitless −1…1 (not scaled × 10000); 12 bands, band m = calendar month m."
        ),
        "radiation": Parameters.tr(
            "Monthly total solar radiation in MJ·m⁻²·month⁻¹; 12 bands, band m = calendar month m."
        ),
        "temperature": Parameters.tr(
            "Monthly mean air temperature in °C; 12 bands, band m = calendar month m."
        ),
        "precipitation": Parameters.tr(
            "Monthly precipitation in mm·month⁻¹; 12 bands, band m = calendar month m."
        ),
        "vegetation": Parameters.tr(
            "Vegetation-type codes of carbonsink:vegetationtypes: 0 non-vegetated, 1–8 the "
            "types of the table, 255 nodata."
        ),
        "npp": Parameters.tr("Annual NPP in gC·m⁻²·a⁻¹, one band (carbonsink:casanpp OUTPUT)."),
        "nep": Parameters.tr("Annual NEP in gC·m⁻²·a⁻¹, one band (carbonsink:carbonsink OUTPUT)."),
    }


def raster_input(name: str, kind: str, optional=False) -> QgsProcessingParameterRasterLayer:
    """A raster input of a recurring kind (a key of raster_labels()), with its band count and
    help."""
    parameter = QgsProcessingParameterRasterLayer(name, raster_labels()[kind], optional=optional)
    parameter.setHelp(raster_helps()[kind])
    return describe(parameter, bands=RASTER_BANDS[kind])


def checked(algorithm, parameters, context, check) -> tuple[bool, str]:
    """checkParameterValues of the base class (enums, the output guard, QGIS's checks), then
    `check()`; its InputError or
    QgsProcessingException becomes the (False, message) the dialog shows before running."""
    from .base import CarbonSinkAlgorithm  # here: base imports this module

    ok, message = CarbonSinkAlgorithm.checkParameterValues(algorithm, parameters, context)
    if not ok:
        return ok, message
    try:
        check()
    except (InputError, QgsProcessingException) as error:
        return False, message_text(error)
    return True, ""


def plain_value(value):
    """An attribute value as Python gives it: NULL (a QVariant or a null QDate …) → None, a
    QVariant → its value."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def matrix_values(algorithm, parameters, name, context) -> list:
    """A matrix parameter's cells without the NULL QGIS gives for an empty matrix."""
    values = algorithm.parameterAsMatrix(parameters, name, context) or []
    return [v for v in (plain_value(v) for v in values) if v is not None]


def monthly_stack_source(algorithm, parameters, name, context) -> Source | None:
    """The core Source of a 12-band monthly stack input (band m = calendar month m); None when
    an optional one is empty."""
    source = algorithm.raster_source(parameters, name, context)
    if source is not None and source.count != MONTHS:
        raise QgsProcessingException(
            Parameters.tr(
                "{0}: expected a monthly stack of 12 bands (band m = calendar month m) but "
                "'{1}' has {2}. Build it with 'Monthly composite' (carbonsink:"
                "monthlycomposite) or 'Station data to monthly rasters' (carbonsink:stations)."
            ).format(algorithm.label(name), os.path.basename(source.path), source.count)
        )
    return source


def annual_source(algorithm, parameters, name, context) -> Source | None:
    """The core Source of a single-band annual raster input (NPP, Rh, NEP); None when an
    optional one is empty. A 12-band file is named as the monthly stack it is."""
    source = algorithm.raster_source(parameters, name, context)
    if source is not None and source.count != 1:
        raise QgsProcessingException(
            Parameters.tr(
                "{0}: expected an annual raster with 1 band but '{1}' has {2} bands. {3}"
            ).format(
                algorithm.label(name),
                os.path.basename(source.path),
                source.count,
                Parameters.tr(
                    "A 12-band file is a monthly stack (e.g. the MONTHLY output): use the "
                    "annual OUTPUT instead, or sum the 12 bands first."
                )
                if source.count == MONTHS
                else Parameters.tr("Choose the single-band annual raster."),
            )
        )
    return source
