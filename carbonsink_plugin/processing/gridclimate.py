"""carbonsink:gridclimate — gridded monthly climate (NetCDF/GeoTIFF) → 12-band stack on a grid."""

from __future__ import annotations

import os
import shutil
import tempfile

import numpy as np
from qgis.core import (
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..compat import set_advanced
from ..core import align, gridclimate, raster
from ..core import units as core_units
from ..core.parameters import MONTH_DESCRIPTIONS
from ..i18n import message_text
from . import units
from .base import CarbonSinkAlgorithm, RasterOutput
from .parameters import enum_parameter, number_parameter
from .preprocessing_common import IGNORE_UNIT_CHECKS, monthly_layer_name

QUANTITIES = ("temperature", "precipitation", "radiation")
STYLES = {
    "temperature": "temperature_monthly",
    "precipitation": "precipitation_monthly",
    "radiation": "radiation_monthly",
}
RESAMPLING_OPTIONS = ("auto", "bilinear", "cubic", "average")


class GridClimateAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "gridclimate"
    GROUP_ID = "preprocessing"

    INPUT = "INPUT"
    NC_VARIABLE = "NC_VARIABLE"
    QUANTITY = "QUANTITY"
    YEAR = "YEAR"
    REFERENCE = "REFERENCE"
    SCALE = "SCALE"
    OFFSET = "OFFSET"
    RESAMPLING = "RESAMPLING"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Gridded monthly climate to a 12-band stack")

    def shortDescription(self):
        return self.tr(
            "NetCDF or GeoTIFF monthly temperature, precipitation or radiation: the 12 months "
            "of a year, scaled, on the reference grid"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Gridded monthly data (NetCDF or GeoTIFF)"),
                fileFilter="NetCDF / GeoTIFF (*.nc *.nc4 *.cdf *.tif *.tiff);;All files (*)",
            )
        )
        self.addParameter(
            enum_parameter(self.QUANTITY, self.tr("Quantity"), QUANTITIES, "temperature")
        )
        self.addParameter(
            number_parameter(
                self.YEAR, self.tr("Year (0: the only year in the file)"), 0, 0, 2200, integer=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid raster"))
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.NC_VARIABLE,
                self.tr("NetCDF variable (empty: the only one)"),
                optional=True,
            )
        )
        advanced = [
            number_parameter(
                self.SCALE, self.tr("Scale factor (0: the file's scale_factor, else 1)"), 0.0
            ),
            number_parameter(self.OFFSET, self.tr("Offset, with a given scale factor"), 0.0),
            enum_parameter(
                self.RESAMPLING,
                self.tr("Resampling (auto: average onto coarser cells, else bilinear)"),
                RESAMPLING_OPTIONS,
                "auto",
            ),
        ]
        for parameter in advanced:
            self.addParameter(set_advanced(parameter))
        self.addParameter(units.override_parameter(IGNORE_UNIT_CHECKS))
        self.declare_outputs()

    def output_specs(self):
        return (
            RasterOutput(
                self.OUTPUT,
                self.tr("Monthly raster"),
                bands=12,
                descriptions=list(MONTH_DESCRIPTIONS),
            ),
        )

    def parameter_help(self):
        return {
            (self.INPUT, self.NC_VARIABLE): self.tr(
                "INPUT: a NetCDF file (the variable in NC_VARIABLE, or the only one) or a "
                "GeoTIFF. The months come from the CF time coordinate ('days since …', "
                "'months since …'; calendars standard, noleap, 360_day) or time values 1…12; "
                "without time a 12-band file is taken as January…December."
            ),
            self.QUANTITY: self.tr(
                "QUANTITY: what the file holds (temperature °C, precipitation mm·month⁻¹, "
                "radiation MJ·m⁻²·month⁻¹): its unit check and the style of the output."
            ),
            self.YEAR: self.tr(
                "YEAR picks the 12 months of one year from files of several years (e.g. 36 "
                "months); 0 takes the only year."
            ),
            self.REFERENCE: self.tr(
                "REFERENCE: any raster on the target grid (CRS, pixel size, extent)."
            ),
            (self.SCALE, self.OFFSET): self.tr(
                "SCALE / OFFSET: e.g. 0.1 for int16 values in 0.1 °C or 0.1 mm without a "
                "scale_factor attribute (the 1 km monthly datasets of the National Tibetan "
                "Plateau Data Center)."
            ),
            self.RESAMPLING: self.tr(
                "RESAMPLING: 'auto' averages onto coarser cells and interpolates bilinearly "
                "onto finer ones."
            ),
            self.OUTPUT: self.tr(
                "OUTPUT: 12-band Float32 GeoTIFF on the reference grid (month=01…12), nodata −9999."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Puts a gridded monthly climate product (NetCDF with a CF time coordinate, or a "
                "12-band raster) on the reference grid as a 12-band stack in calendar order, "
                "ready for casanpp: monthly mean temperature (°C), precipitation "
                "(mm·month⁻¹) or radiation (MJ·m⁻²·month⁻¹)."
            ),
            "formula": self.tr(
                "value = stored × scale + offset (CF scale_factor / add_offset unless SCALE is "
                "given); resampled continuously (bilinear, or average onto cells ≥ 1.5× coarser)"
            ),
            "notes": [
                self.tr(
                    "A file without a coordinate reference system whose extent is in degrees "
                    "is taken as WGS84 longitude/latitude (EPSG:4326), and the log says so."
                ),
                self.tr(
                    "Value checks after scaling: temperature in K or 0.1 °C, precipitation in "
                    "0.1 mm or m, radiation in J·m⁻² stop the run (IGNORE_UNIT_CHECKS: a "
                    "warning)."
                ),
            ],
        }

    def execute(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        name = self.label(self.INPUT)
        quantity = self.parameterAsEnumString(parameters, self.QUANTITY, context)
        variable = self.parameterAsString(parameters, self.NC_VARIABLE, context).strip()
        data = gridclimate.open_monthly(path, variable, name)
        for note in data.notes:
            feedback.pushInfo(message_text(note))
        year = self.parameterAsInt(parameters, self.YEAR, context) or None
        bands, year = gridclimate.pick_year(data, year, name)
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        offset = self.parameterAsDouble(parameters, self.OFFSET, context)
        if scale == 0:
            scale, offset = data.scale, data.offset
        feedback.pushInfo(
            self.tr(
                "{0}: bands {1} as January…December {2}; value = stored × {3:g} + {4:g}."
            ).format(
                data.path,
                ", ".join(map(str, bands)),
                year or "",
                scale,
                offset,
            )
        )
        reference = self.raster_path(parameters, self.REFERENCE, context)
        grid = raster.Grid.of(raster.open_dataset(reference, self.label(self.REFERENCE)))
        outputs = self.open_outputs(parameters, context)
        folder = tempfile.mkdtemp(prefix="carbonsink_grid_", dir=QgsProcessingUtils.tempFolder())
        try:
            months = gridclimate.prepare(data, bands, os.path.join(folder, "months.vrt"), name)
            source = raster.Source(months, name)
            sample = source.sample() * scale + offset
            units.enforce(
                self, parameters, context, feedback, name,
                core_units.CHECKS[quantity](sample), override=IGNORE_UNIT_CHECKS,
                remedy=self.tr("Set {0} (e.g. 0.1 for tenths).").format(self.label(self.SCALE)),
            )  # fmt: skip
            source.close()
            align.check_overlap(months, grid, name, self.label(self.REFERENCE))
            resampling = self.parameterAsEnumString(parameters, self.RESAMPLING, context)
            if resampling == "auto":
                resampling = align.choose_resampling(
                    False, align.pixel_size_in(months, grid), min(grid.pixel_size)
                )
            feedback.pushInfo(self.tr("Resampling: {0}.").format(resampling))
            warped = align.warped_vrt(
                months, grid, os.path.join(folder, "warped.vrt"), resampling, name
            )
            on_grid = raster.Source(warped, name)

            def compute(block):
                return {"OUTPUT": (block["INPUT"] * np.float32(scale) + np.float32(offset))}

            self.engine(feedback, {"INPUT": on_grid}, outputs, compute, grid=grid)
            on_grid.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        spec = RasterOutput(
            self.OUTPUT,
            self.tr("Monthly raster"),
            style=STYLES[quantity],
            layer_name=monthly_layer_name(quantity),
        )
        return self.finish_outputs(context, outputs, [spec])
