"""carbonsink:importnpp — MOD17A3HGF annual NPP → gC·m⁻²·a⁻¹ on a reference grid (SPEC §3)."""

from __future__ import annotations

import functools

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
)

from ..compat import set_advanced
from ..core import nppimport, raster
from ..core.errors import InputError
from ..i18n import message_text
from .base import CarbonSinkAlgorithm, RasterOutput
from .parameters import enum_parameter, number_parameter


class ImportNppAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "importnpp"
    GROUP_ID = "npp"

    INPUT = "INPUT"
    REFERENCE = "REFERENCE"
    RESAMPLING = "RESAMPLING"
    SCALE = "SCALE"
    VALID_MIN = "VALID_MIN"
    VALID_MAX = "VALID_MAX"
    OUTPUT = "OUTPUT"

    RESAMPLING_OPTIONS = ("auto", "bilinear", "average", "nearest")

    def displayName(self) -> str:
        return self.tr("Import NPP product (MOD17A3HGF)")

    def shortDescription(self) -> str:
        return self.tr(
            "MODIS MOD17A3HGF annual NPP converted to gC·m⁻²·a⁻¹ and put on a reference grid."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.INPUT,
                self.tr("MOD17A3HGF annual NPP (HDF file, its Npp_500m sub-dataset, or GeoTIFF)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid"))
        )
        self.addParameter(
            enum_parameter(
                self.RESAMPLING,
                self.tr("Resampling (auto: average to coarser cells, else bilinear)"),
                self.RESAMPLING_OPTIONS,
                "auto",
            )
        )
        low, high = nppimport.MOD17_VALID_RANGE
        for name, label, default in (
            (self.SCALE, self.tr("Scale factor (kgC·m⁻² per stored value)"), nppimport.MOD17_SCALE),
            (self.VALID_MIN, self.tr("Lowest valid stored value"), float(low)),
            (
                self.VALID_MAX,
                self.tr("Highest valid stored value (above: fill codes)"),
                float(high),
            ),
        ):
            self.addParameter(set_advanced(number_parameter(name, label, default)))
        self.declare_outputs()

    def output_specs(self):
        return (
            RasterOutput(
                self.OUTPUT, self.tr("Annual NPP"), descriptions=["NPP gC m-2 a-1"], style="npp",
                layer_name=self.tr("NPP, MOD17 (gC·m⁻²·a⁻¹)"),
            ),
        )  # fmt: skip

    def parameter_help(self):
        return {
            self.INPUT: self.tr(
                "INPUT: MOD17A3HGF (v006/v061) HDF file — the Npp_500m sub-dataset is "
                "chosen — or that sub-dataset, or a GeoTIFF subset with the product's "
                "integers (16-bit, scale 0.0001 kgC·m⁻², fill 32767)."
            ),
            self.REFERENCE: self.tr(
                "REFERENCE: any raster on the target grid (CRS, pixel size, extent)."
            ),
            self.RESAMPLING: self.tr(
                "RESAMPLING: 'auto' averages the 500 m cells onto coarser cells and "
                "interpolates bilinearly onto finer ones."
            ),
            self.SCALE: self.tr(
                "SCALE: kgC·m⁻² per stored integer (0.0001 for MOD17A3HGF); the output is "
                "value × SCALE × 1000 gC·m⁻²·a⁻¹."
            ),
            (self.VALID_MIN, self.VALID_MAX): self.tr(
                "VALID_MIN, VALID_MAX: stored values outside this range (e.g. the product's "
                "fill codes 32761–32767) become nodata."
            ),
            self.OUTPUT: self.tr(
                "OUTPUT: annual NPP, gC·m⁻²·a⁻¹, Float32, nodata −9999, on the reference grid."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Uses the MODIS NPP product instead of (or to compare with) the CASA model: "
                "MOD17A3HGF annual NPP is converted to gC·m⁻²·a⁻¹ and warped to the reference "
                "grid, so the rest of the chain can run on it."
            ),
            "formula": self.tr(
                "NPP (gC·m⁻²·a⁻¹) = stored value × 0.0001 kgC·m⁻² × 1000 g/kg = value × 0.1\n"
                "stored values outside −30000…32700 → nodata"
            ),
            "notes": [
                self.tr(
                    "The codes 32761–32766 (unclassified, urban, wetland, snow/ice, barren, "
                    "water) and the fill value 32767 become nodata; their pixel counts are "
                    "logged. Negative NPP (down to −3000 gC·m⁻²·a⁻¹) is valid and kept."
                ),
                self.tr(
                    "Values are converted on the product's grid first, so fill codes never mix "
                    "with real values; then GDAL warps to the reference grid: 'average' when "
                    "the reference cells are coarser than the 500 m product cells, 'bilinear' "
                    "otherwise (auto). Nodata cells do not enter averages."
                ),
                self.tr(
                    "A floating-point input with fractional values looks already scaled; the "
                    "run stops unless SCALE is changed (1 for kgC·m⁻², 0.001 for gC·m⁻²)."
                ),
                self.tr(
                    "A product that does not overlap the reference grid, or holds no valid NPP "
                    "over it (only fill and land-cover codes), stops the run with both extents "
                    "or the reason named; no all-nodata raster is written."
                ),
            ],
            "references": [
                "Running S.W., Zhao M. (2019, 2021) MOD17 User's Guide (Collection 6 / 6.1), "
                "NASA EOSDIS Land Processes DAAC.",
                "MOD17A3HGF v061, doi:10.5067/MODIS/MOD17A3HGF.061.",
            ],
        }

    def checkParameterValues(self, parameters, context):
        # QGIS 3.22 cannot load an HDF container (it only has sub-datasets) nor a sub-dataset
        # string as a layer from a string value: resolve the NPP sub-dataset with GDAL and let
        # the base check see it as a layer.
        value = parameters.get(self.INPUT)
        if isinstance(value, str) and value:
            try:
                path = nppimport.npp_dataset_path(value, self.label(self.INPUT))
            except InputError as error:
                return False, message_text(error)
            layer = QgsRasterLayer(path, "npp")
            parameters = {**parameters, self.INPUT: layer}
            return super().checkParameterValues(parameters, context)
        return super().checkParameterValues(parameters, context)

    def _input_path(self, parameters, context) -> str:
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is not None and layer.isValid():
            path = self.layer_path(layer, self.INPUT)
        else:
            path = self.parameterAsString(parameters, self.INPUT, context)
            if not path:
                raise QgsProcessingException(
                    self.tr("{0}: no raster layer given.").format(self.label(self.INPUT))
                )
        return nppimport.npp_dataset_path(path, self.label(self.INPUT))

    def execute(self, parameters, context, feedback):
        path = self._input_path(parameters, context)
        source = raster.Source(path, self.label(self.INPUT), bands=[1])
        reference = self.raster_source(parameters, self.REFERENCE, context)
        reference_grid = reference.grid
        reference.close()
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        low = self.parameterAsDouble(parameters, self.VALID_MIN, context)
        high = self.parameterAsDouble(parameters, self.VALID_MAX, context)
        if not low < high:
            raise QgsProcessingException(
                self.tr("{0} must be below {1}.").format(
                    self.label(self.VALID_MIN), self.label(self.VALID_MAX)
                )
            )
        self._check_values(source, scale)
        outputs = self.open_outputs(parameters, context)
        resampling = self.parameterAsEnumString(parameters, self.RESAMPLING, context) or "auto"

        report = nppimport.import_npp(
            source,
            reference_grid,
            outputs[self.OUTPUT],
            scale=scale,
            valid_range=(low, high),
            resampling=resampling,
            engine=functools.partial(self.engine, feedback),  # passes with progress and Cancel
            workdir=QgsProcessingUtils.tempFolder(),
            reference_name=self.label(self.REFERENCE),
        )
        feedback.pushInfo(self.tr("Source: {0}; resampling: {1}.").format(path, report.resampling))
        for code, pixels in sorted(report.codes.items()):
            feedback.pushInfo(
                self.tr("Code {0} ({1}): {2} product pixels set to nodata.").format(
                    code, nppimport.MOD17_FILL_CODES[code], pixels
                )
            )
        return self.finish_outputs(context, outputs)

    def _check_values(self, source: raster.Source, scale: float) -> None:
        values = source.sample()
        if values.size == 0:
            raise QgsProcessingException(
                self.tr("{0}: the raster contains only nodata.").format(source.name)
            )
        fractional = bool(np.any(values != np.round(values)))
        if fractional and scale == nppimport.MOD17_SCALE:
            raise QgsProcessingException(
                self.tr(
                    "{0}: the values are not the product's integers (e.g. {1}): the file looks "
                    "already scaled. Set {2} to 1 for kgC·m⁻² or to 0.001 for gC·m⁻²."
                ).format(
                    source.name,
                    f"{values[values != np.round(values)][0]:.6g}",
                    self.label(self.SCALE),
                )
            )
