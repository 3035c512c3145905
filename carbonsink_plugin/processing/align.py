"""carbonsink:align — warp a raster onto a reference grid, optionally clipped to a study area."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..compat import SOURCE_POLYGON
from ..core import align as core
from ..core import raster
from .base import CarbonSinkAlgorithm
from .parameters import enum_parameter

RESAMPLING_CHOICES = ("auto",) + tuple(core.RESAMPLING)
DATA_KINDS = ("auto", "continuous", "classes")


class AlignAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "align"
    GROUP_ID = "preprocessing"

    INPUT = "INPUT"
    REFERENCE = "REFERENCE"
    RESAMPLING = "RESAMPLING"
    DATA_KIND = "DATA_KIND"
    STUDY_AREA = "STUDY_AREA"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Align rasters to a reference grid")

    def shortDescription(self):
        return self.tr("Warp to the reference's CRS, pixel size, extent and alignment")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Raster to align")))
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid raster"))
        )
        self.addParameter(
            enum_parameter(self.RESAMPLING, self.tr("Resampling"), RESAMPLING_CHOICES, "auto")
        )
        self.addParameter(
            enum_parameter(
                self.DATA_KIND,
                self.tr("Data kind (for automatic resampling)"),
                DATA_KINDS,
                "auto",
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STUDY_AREA,
                self.tr("Study area (pixels outside become nodata)"),
                [SOURCE_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Aligned raster"))
        )

    def parameter_help(self):
        return {
            (self.INPUT, self.REFERENCE): self.tr(
                "Any raster GDAL reads, in any CRS; a reference raster whose grid is "
                "used (its values are not read)."
            ),
            self.RESAMPLING: self.tr(
                "RESAMPLING: 'auto' chooses by DATA_KIND (nearest neighbour for classes; "
                "average or bilinear for continuous values), or name a method."
            ),
            self.DATA_KIND: self.tr(
                "Data kind 'auto': a colour table or class names → classes; floating-"
                "point pixels → continuous; integers with a scale factor (e.g. NDVI × "
                "10 000) → continuous; other integers → classes."
            ),
            self.STUDY_AREA: self.tr(
                "STUDY_AREA (optional): polygons; pixels whose centre is outside become nodata."
            ),
            self.OUTPUT: self.tr(
                "GeoTIFF on the reference grid, tiled and compressed, with the input's "
                "pixel type, band descriptions and colour table. Pixels outside the "
                "input or the study area are nodata: the input's nodata value, or 255 "
                "(Byte), −32768 (Int16), 65535 (UInt16), −9999 (float) when it has "
                "none."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Warps a raster (all bands) onto the grid of a reference raster: same CRS, pixel "
                "size, extent and pixel alignment, so it can be combined with the other layers "
                "of the evaluation. Optionally clips it to study-area polygons."
            ),
            "formula": self.tr(
                "auto resampling:\n"
                "  classes     → nearest neighbour (never invents a class)\n"
                "  continuous  → average when the reference pixel is ≥ 1.5× the input pixel\n"
                "                (aggregation), else bilinear"
            ),
            "notes": [
                self.tr(
                    "An input that does not overlap the reference, or a study area that "
                    "does not, stops the run with a message."
                ),
                self.tr(
                    "GDAL warps window by window under the plugin's memory budget on all "
                    "cores; Cancel stops GDAL and leaves no file behind (the result is "
                    "written under a temporary name and moved into place at the end)."
                ),
                self.tr(
                    "Mode resampling (majority) is available for aggregating class "
                    "rasters; automatic choice follows the method (nearest)."
                ),
            ],
            "references": ["GDAL gdalwarp documentation, https://gdal.org/programs/gdalwarp.html"],
        }

    def execute(self, parameters, context, feedback):
        input_path = self.raster_path(parameters, self.INPUT, context)
        reference = self.raster_path(parameters, self.REFERENCE, context)
        grid = raster.Grid.of(raster.open_dataset(reference, self.label(self.REFERENCE)))
        share = core.check_overlap(
            input_path, grid, self.label(self.INPUT), self.label(self.REFERENCE)
        )
        if share < 0.999:
            feedback.pushInfo(
                self.tr("{0} covers {1:.1%} of the reference extent; the rest is nodata.").format(
                    self.label(self.INPUT), share
                )
            )

        resampling = self.parameterAsEnumString(parameters, self.RESAMPLING, context)
        if resampling == "auto":
            kind = self.parameterAsEnumString(parameters, self.DATA_KIND, context)
            if kind == "auto":
                is_classes, why = core.guess_is_classes(input_path)
                feedback.pushInfo(
                    self.tr("{0} is treated as {1} because {2}; set {3} to change this.").format(
                        self.label(self.INPUT),
                        self.tr("a class raster") if is_classes else self.tr("continuous data"),
                        why,
                        self.label(self.DATA_KIND),
                    )
                )
            else:
                is_classes = kind == "classes"
            resampling = core.choose_resampling(
                is_classes, core.pixel_size_in(input_path, grid), min(grid.pixel_size)
            )
        feedback.pushInfo(self.tr("Resampling: {0}.").format(resampling))

        cutline = None
        study_area = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if study_area is not None:
            path, layer_name = self.parameterAsCompatibleSourceLayerPathAndLayerName(
                parameters, self.STUDY_AREA, context, ["gpkg", "shp"], "gpkg", feedback
            )
            count = core.check_cutline(path, layer_name, grid, self.label(self.STUDY_AREA))
            feedback.pushInfo(self.tr("Clipping to {0} study-area polygon(s).").format(count))
            cutline = (path, layer_name)

        output = self.output_raster_path(parameters, self.OUTPUT, context)
        result = core.warp_to_grid(
            input_path,
            grid,
            output,
            resampling=resampling,
            name=self.label(self.INPUT),
            cutline=cutline,
            metadata=self.provenance(parameters, context),
            progress=lambda fraction: feedback.setProgress(100.0 * fraction),
            is_canceled=feedback.isCanceled,
        )
        feedback.pushInfo(
            self.tr("Wrote {0} band(s) of {1} on a {2}×{3} grid, nodata {4}.").format(
                result.bands, result.data_type, grid.width, grid.height, result.nodata
            )
        )
        return {self.OUTPUT: output}
