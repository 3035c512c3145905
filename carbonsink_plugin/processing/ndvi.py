"""carbonsink:ndvi — NDVI from red and near-infrared reflectance with sensor presets."""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..compat import set_advanced
from ..core import ndvi as core
from ..core import raster
from ..i18n import message_text
from . import units
from .base import CarbonSinkAlgorithm, RasterOutput
from .parameters import checked, enum_parameter, number_parameter
from .preprocessing_common import IGNORE_UNIT_CHECKS, with_hdf_subdatasets


class NdviAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "ndvi"
    GROUP_ID = "preprocessing"

    RED = "RED"
    RED_BAND = "RED_BAND"
    NIR = "NIR"
    NIR_BAND = "NIR_BAND"
    SENSOR = "SENSOR"
    S2_OFFSET = "S2_OFFSET"
    QA = "QA"
    QA_BAND = "QA_BAND"
    QA_RULE = "QA_RULE"
    RED_SCALE = "RED_SCALE"
    RED_OFFSET = "RED_OFFSET"
    NIR_SCALE = "NIR_SCALE"
    NIR_OFFSET = "NIR_OFFSET"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("NDVI from red and near-infrared bands")

    def shortDescription(self):
        return self.tr("NDVI = (NIR − Red) / (NIR + Red) with Landsat, Sentinel-2 or MODIS presets")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.RED, self.tr("Red band layer (MODIS preset: the NDVI layer)")
            )
        )
        self.addParameter(
            number_parameter(self.RED_BAND, self.tr("Band number of red"), 1, 1, integer=True)
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.NIR,
                self.tr("Near-infrared layer (empty: a band of the red layer)"),
                optional=True,
            )
        )
        self.addParameter(
            number_parameter(
                self.NIR_BAND, self.tr("Band number of near-infrared"), 1, 1, integer=True
            )
        )
        self.addParameter(
            enum_parameter(
                self.SENSOR,
                self.tr("Sensor preset"),
                list(core.PRESETS),
                "landsat_c2l2",
            )
        )
        self.addParameter(
            number_parameter(
                self.S2_OFFSET,
                self.tr(
                    "Sentinel-2 BOA offset in DN (−1000 for processing baseline ≥ 04.00, "
                    "from 25 Jan 2022; 0 before)"
                ),
                core.S2_OFFSET_BASELINE_04,
                -2000,
                0,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.QA,
                self.tr("Quality / cloud mask layer (QA_PIXEL, SCL, VI_Quality or a mask)"),
                optional=True,
            )
        )
        self.addParameter(
            set_advanced(number_parameter(self.QA_BAND, self.tr("QA band"), 1, 1, integer=True))
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.QA_RULE,
                self.tr("QA rule (empty: the preset's; 'bits:0,1,3' or 'values:0,1,3,8')"),
                optional=True,
            )
        )
        for name, label, default in (
            (self.RED_SCALE, self.tr("Custom preset: red scale"), 1.0),
            (self.RED_OFFSET, self.tr("Custom preset: red offset"), 0.0),
            (self.NIR_SCALE, self.tr("Custom preset: near-infrared scale"), 1.0),
            (self.NIR_OFFSET, self.tr("Custom preset: near-infrared offset"), 0.0),
        ):
            self.addParameter(set_advanced(number_parameter(name, label, default)))
        self.addParameter(units.override_parameter(IGNORE_UNIT_CHECKS))
        self.declare_outputs()

    def output_specs(self):
        return (
            RasterOutput(
                self.OUTPUT, self.tr("NDVI"), descriptions=["NDVI"], style="ndvi",
                layer_name=self.tr("NDVI"),
            ),
        )  # fmt: skip

    def parameter_help(self):
        return {
            (self.RED, self.NIR): self.tr(
                "Red and NIR: digital numbers of the chosen preset, or reflectance 0–1."
            ),
            (self.RED_BAND, self.NIR_BAND): self.tr(
                "RED_BAND, NIR_BAND: the band of each layer; with no NIR layer, NIR_BAND is a "
                "band of the red layer (a multi-band scene)."
            ),
            self.SENSOR: self.tr(
                "SENSOR: the preset that turns digital numbers into reflectance and reads the "
                "quality layer (Landsat C2 L2, Sentinel-2 L2A, MODIS MOD13 NDVI, reflectance "
                "as it is, or custom scale and offset)."
            ),
            self.S2_OFFSET: self.tr(
                "S2_OFFSET: the BOA offset added to Sentinel-2 digital numbers before scaling "
                "(−1000 from processing baseline 04.00)."
            ),
            (self.QA, self.QA_BAND): self.tr(
                "QA: the preset's quality layer on the same grid (resample Sentinel-2 "
                "SCL from 20 m to 10 m with nearest neighbour, e.g. carbonsink:align). "
                "With 'reflectance' or 'custom', a mask layer whose value 1 is masked "
                "unless QA_RULE says otherwise."
            ),
            self.QA_RULE: self.tr(
                "QA_RULE: which QA pixels are masked: 'bits:…' masks pixels with any of these "
                "bits set, 'values:…' pixels with these values; empty: the preset's rule."
            ),
            (self.RED_SCALE, self.RED_OFFSET, self.NIR_SCALE, self.NIR_OFFSET): self.tr(
                "Custom preset: reflectance = digital number × scale + offset, for each band."
            ),
            self.OUTPUT: self.tr("NDVI, Float32, unitless, nodata −9999, styled."),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Computes NDVI from surface reflectance. A sensor preset turns the stored digital "
                "numbers into reflectance and supplies the cloud/quality rule of its QA layer. "
                "Red and near-infrared may be separate layers or two bands of one layer."
            ),
            "formula": self.tr(
                "NDVI = (NIR − Red) / (NIR + Red), on reflectance 0–1, clipped to [−1, 1]\n"
                "Landsat 8/9 C2 L2 (SR_B4/SR_B5): ρ = DN × 0.0000275 − 0.2;"
                " QA_PIXEL bits 0 fill, 1 dilated cloud, 3 cloud, 4 shadow, 5 snow\n"
                "Sentinel-2 L2A (B04/B08): ρ = (DN + offset) / 10000, offset −1000 from"
                " baseline 04.00; SCL classes 0, 1, 3, 8, 9, 10, 11\n"
                "MODIS MOD13 NDVI band: NDVI = DN × 0.0001, valid −2000…10000 (fill −3000);"
                " VI_Quality bit 1 set (MODLAND QA 2 cloudy, 3 not produced)\n"
                "reflectance: ρ as is; custom: ρ = DN × scale + offset per band"
            ),
            "notes": [
                self.tr(
                    "A pixel is nodata when any input is nodata, the QA rule masks it, "
                    "its reflectance after scaling is outside [0, 1] (fill, saturation) or "
                    "NIR + Red = 0. The log counts each reason."
                ),
                self.tr(
                    "Before running, sampled values are checked against the preset: "
                    "digital numbers given as reflectance, reflectance given as digital "
                    "numbers or a QA layer of another sensor stop the run with a message "
                    "(a warning when IGNORE_UNIT_CHECKS is ticked)."
                ),
                self.tr(
                    "Sentinel-2: a processing baseline in the file name (…_N0400_…) must "
                    "fit the offset; a sensing date before 25 Jan 2022 with offset −1000 "
                    "(or after it with 0) gives a warning."
                ),
                self.tr("Red and NIR must be on one grid; nothing is resampled silently."),
                self.tr(
                    "Landsat preset: a scene that is not Collection 2 Level-2 (its product name "
                    "says _L1TP_, _L1GT_ or collection 01, or the MTL file beside it says so) "
                    "stops the run, naming what the scene is and the product or preset needed: "
                    "on Level-1 digital numbers the preset's scaling gives NDVI off by up to "
                    "0.75."
                ),
                self.tr(
                    "A run whose NDVI is negative on 90 % or more of the valid pixels warns that "
                    "red and near-infrared look swapped, naming RED_BAND and NIR_BAND (only "
                    "water, snow and cloud have NDVI < 0). A run without any valid NDVI pixel "
                    "stops and writes nothing (an older file of that name is kept)."
                ),
            ],
            "references": [
                "USGS (2022) Landsat 8-9 Collection 2 Level 2 Science Product Guide, LSDS-1619.",
                "ESA (2021) Sentinel-2 L2A: harmonisation of processing baseline 04.00.",
                "Didan K. (2015) MOD13 user guide, collection 6.",
                "Tucker C.J. (1979) Remote Sens. Environ. 8:127–150.",
            ],
        }

    # ----------------------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):
        def check():
            text = self.parameterAsString(parameters, self.QA_RULE, context).strip()
            if text:
                core.parse_qa_rule(text, self.label(self.QA_RULE))

        try:
            parameters, _lines = with_hdf_subdatasets(self, parameters, self._hdf_fields())
        except QgsProcessingException as error:
            return False, str(error)
        return checked(self, parameters, context, check)

    def _hdf_fields(self):
        """The parameters that may be a MOD13 .hdf container, and the sub-dataset each takes."""
        return {self.RED: "ndvi", self.NIR: "ndvi", self.QA: "quality"}

    def _preset(self, parameters, context):
        key = self.parameterAsEnumString(parameters, self.SENSOR, context)
        if key == "sentinel2_l2a":
            return core.sentinel2_preset(
                self.parameterAsDouble(parameters, self.S2_OFFSET, context)
            )
        if key == "custom":
            return core.custom_preset(
                *(
                    self.parameterAsDouble(parameters, name, context)
                    for name in (self.RED_SCALE, self.RED_OFFSET, self.NIR_SCALE, self.NIR_OFFSET)
                )
            )
        return core.PRESETS[key]

    def execute(self, parameters, context, feedback):
        parameters, lines = with_hdf_subdatasets(self, parameters, self._hdf_fields())
        for line in lines:
            feedback.pushInfo(line)
        preset = self._preset(parameters, context)
        red_path = self.raster_path(parameters, self.RED, context)
        nir_path = self.raster_path(parameters, self.NIR, context)
        red_band = self.parameterAsInt(parameters, self.RED_BAND, context)
        nir_band = self.parameterAsInt(parameters, self.NIR_BAND, context)

        sources = {"RED": raster.Source(red_path, self.label(self.RED), bands=[red_band])}
        if preset.single_band:
            if nir_path:
                feedback.pushInfo(self.tr("MODIS preset: the NDVI layer is RED; NIR is ignored."))
        else:
            nir_name = self.label(self.NIR) if nir_path else self.label(self.NIR_BAND)
            if nir_path is None:
                nir_path = red_path
                if nir_band == red_band:
                    raise QgsProcessingException(
                        self.tr(
                            "{0}: no near-infrared layer was given, so NIR is read from the red "
                            "layer — but as band {1}, the red band itself. Give the NIR layer, "
                            "or the NIR band number of the red layer."
                        ).format(self.label(self.NIR_BAND), nir_band)
                    )
            sources["NIR"] = raster.Source(nir_path, nir_name, bands=[nir_band])

        if preset.key == "landsat_c2l2":
            for key, path in (("RED", red_path), ("NIR", nir_path)):
                if key in sources:
                    core.check_landsat_level(path, sources[key].name)

        def check(function, *args):
            units.overridable(
                self, parameters, context, feedback, IGNORE_UNIT_CHECKS, function, *args
            )

        for key, band in (("RED", "red"), ("NIR", "nir")):
            if key in sources:
                source = sources[key]
                check(core.check_band_values, source.sample(50_000), preset, source.name, band)
        if preset.key == "sentinel2_l2a":
            for path in {red_path, nir_path}:
                check(self._check_s2_offset, path, preset, feedback)

        rule = None
        qa_path = self.raster_path(parameters, self.QA, context)
        if qa_path:
            qa_band = self.parameterAsInt(parameters, self.QA_BAND, context)
            sources["QA"] = raster.Source(qa_path, self.label(self.QA), bands=[qa_band])
            text = self.parameterAsString(parameters, self.QA_RULE, context).strip()
            rule = core.parse_qa_rule(text or preset.qa_rule, self.label(self.QA_RULE))
            if not text:
                qa = sources["QA"]
                check(core.check_qa_matches_sensor, qa.sample(50_000), preset, qa.name)
            feedback.pushInfo(self.tr("QA rule: {0}").format(rule))

        outputs = self.open_outputs(parameters, context)
        totals = core.NdviCounts()

        def compute(block):
            ndvi, counts = core.compute_ndvi(
                block["RED"][0],
                block["NIR"][0] if "NIR" in block.data else None,
                preset,
                block["QA"][0] if "QA" in block.data else None,
                rule,
            )
            return {"OUTPUT": ndvi, "counts": counts}

        def accept(_summary):
            # after the pass, before the output is moved into place: an older file survives
            if totals.valid == 0:
                raise QgsProcessingException(
                    self.tr(
                        "{0}: no valid NDVI pixel (QA-masked {1}, reflectance out of range {2}, "
                        "input nodata {3}); no output was written. Check the sensor preset, the "
                        "QA rule and the layers."
                    ).format(
                        self.label(self.RED),
                        totals.qa_masked,
                        totals.out_of_range,
                        totals.input_nodata,
                    )
                )

        self.engine(
            feedback,
            sources,
            outputs,
            compute,
            on_block=lambda _block, result: totals.add(result["counts"]),
            accept=accept,
        )
        feedback.pushInfo(
            self.tr(
                "Pixels: {0} valid NDVI; nodata because: input nodata {1}, QA mask {2}, "
                "reflectance outside 0–1 {3}, NIR + Red = 0 {4}."
            ).format(
                totals.valid,
                totals.input_nodata,
                totals.qa_masked,
                totals.out_of_range,
                totals.zero_denominator,
            )
        )
        if not preset.single_band:
            red_bands = f"{self.label(self.RED)} / {self.label(self.RED_BAND)}"
            nir_bands = (
                f"{self.label(self.NIR)} / {self.label(self.NIR_BAND)}"
                if parameters.get(self.NIR)
                else self.label(self.NIR_BAND)
            )
            hint = core.swapped_bands_hint(totals, red_bands, nir_bands)
            if hint is not None:
                feedback.pushWarning(message_text(hint))
        return self.finish_outputs(context, outputs)

    def _check_s2_offset(self, path, preset, feedback):
        """A BOA offset that does not fit the product's baseline stops the run; one that does
        not fit its sensing date only warns."""
        offset = preset.red_offset / 0.0001
        hint = core.sentinel2_offset_hint(os.path.basename(path), round(offset))
        if hint is None:
            return
        severity, message = hint
        if severity == "error":
            raise QgsProcessingException(
                self.tr("{0}: {1} Set S2_OFFSET accordingly.").format(
                    self.label(self.S2_OFFSET), message_text(message)
                )
            )
        feedback.pushWarning(message_text(message))
