"""carbonsink:monthlycomposite — dated scenes → one 12-band monthly stack."""

from __future__ import annotations

import os
import shutil
import tempfile

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
)

from ..compat import FILE_BEHAVIOR_FOLDER, SOURCE_RASTER, set_advanced
from ..core import align, modis, raster
from ..core import composite as core
from ..core import units as core_units
from ..core.errors import InputError
from ..core.parameters import MONTH_DESCRIPTIONS
from ..i18n import message_text
from . import units
from .base import CarbonSinkAlgorithm
from .parameters import checked, enum_parameter, number_parameter
from .preprocessing_common import IGNORE_UNIT_CHECKS, monthly_layer_name

VARIABLES = ("ndvi", "temperature", "precipitation", "radiation", "other")
STYLES = {
    "ndvi": "ndvi_monthly",
    "temperature": "temperature_monthly",
    "precipitation": "precipitation_monthly",
    "radiation": "radiation_monthly",
}


class MonthlyCompositeAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "monthlycomposite"
    GROUP_ID = "preprocessing"

    INPUTS = "INPUTS"
    MODIS_FOLDER = "MODIS_FOLDER"
    METHOD = "METHOD"
    DATES = "DATES"
    REFERENCE = "REFERENCE"
    FILL_GAPS = "FILL_GAPS"
    ALLOW_FEW_MONTHS = "ALLOW_FEW_MONTHS"
    VARIABLE = "VARIABLE"
    SCALE = "SCALE"
    OFFSET = "OFFSET"
    OUTPUT = "OUTPUT"
    FILLED = "FILLED"

    def displayName(self):
        return self.tr("Monthly composite (12-band stack)")

    def shortDescription(self):
        return self.tr("Dated scenes → 12 monthly bands by maximum, mean or sum, gaps filled")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUTS,
                self.tr("Scenes (one band each, dated by file name; MODIS .hdf files too)"),
                SOURCE_RASTER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.MODIS_FOLDER,
                self.tr("Or a folder of MODIS MOD13 granules (.hdf, tiles mosaicked by date)"),
                behavior=FILE_BEHAVIOR_FOLDER,
                optional=True,
            )
        )
        self.addParameter(
            enum_parameter(
                self.METHOD, self.tr("Combine scenes of a month by"), core.METHODS, "max"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DATES,
                self.tr("Dates, one per scene in order (empty: from the file names)"),
                multiLine=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.REFERENCE,
                self.tr("Reference grid (empty: the scenes' common grid)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.FILL_GAPS,
                self.tr("Fill months without a valid observation by interpolation in time"),
                defaultValue=True,
            )
        )
        self.addParameter(
            set_advanced(
                QgsProcessingParameterBoolean(
                    self.ALLOW_FEW_MONTHS,
                    self.tr(
                        "Allow gap filling of more than half the year (fewer than 6 months "
                        "observed)"
                    ),
                    defaultValue=False,
                )
            )
        )
        self.addParameter(
            enum_parameter(
                self.VARIABLE, self.tr("Variable (for value checks and style)"), VARIABLES, "ndvi"
            )
        )
        self.addParameter(
            number_parameter(
                self.SCALE,
                self.tr("Scale factor applied to the scene values (e.g. 0.0001 for MOD13 NDVI)"),
                1.0,
            )
        )
        self.addParameter(
            set_advanced(
                number_parameter(
                    self.OFFSET,
                    self.tr("Offset added after scaling (e.g. −273.15 for kelvin → °C)"),
                    0.0,
                )
            )
        )
        self.addParameter(units.override_parameter(IGNORE_UNIT_CHECKS))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Monthly stack"))
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.FILLED, self.tr("Pixel-months filled by interpolation"))
        )

    def parameter_help(self):
        return {
            (self.INPUTS, self.DATES): self.tr(
                "Scenes: single-band rasters. Dates come from the file names: Landsat "
                "and Sentinel-2 product names, MODIS A<yyyyddd> (first day of the "
                "composite period), any YYYYMMDD, YYYY-MM-DD or YYYY-MM; or from DATES "
                "(one per scene, in order: YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYDDD or a "
                "month number)."
            ),
            self.MODIS_FOLDER: self.tr(
                "MODIS_FOLDER: a folder of MOD13 .hdf granules, instead of or with the scenes; "
                "the tiles of each date are mosaicked, and NDVI is scaled by 0.0001 unless "
                "SCALE says otherwise."
            ),
            self.METHOD: self.tr(
                "METHOD: how the valid scenes of one month combine: maximum (NDVI), mean "
                "(temperature) or sum (precipitation)."
            ),
            self.REFERENCE: self.tr(
                "REFERENCE (optional): the grid of the stack; empty: the scenes' common grid."
            ),
            (self.FILL_GAPS, self.ALLOW_FEW_MONTHS): self.tr(
                "FILL_GAPS: months without a valid value are interpolated linearly in time "
                "per pixel; ALLOW_FEW_MONTHS allows it when fewer than 6 months are observed."
            ),
            self.VARIABLE: self.tr(
                "VARIABLE: what the scenes hold, for the value checks and the style of the output."
            ),
            (self.SCALE, self.OFFSET): self.tr(
                "value = stored value × SCALE + OFFSET (after nodata is removed), e.g. "
                "SCALE 0.0001 for raw MOD13 NDVI whose fill value −3000 is declared as "
                "nodata, or OFFSET −273.15 for temperatures in kelvin."
            ),
            self.OUTPUT: self.tr(
                "12-band Float32 stack, nodata −9999, in the unit of the (scaled) "
                "scenes; styled by variable."
            ),
            self.FILLED: self.tr("FILLED: number of pixel-months filled by interpolation."),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Combines dated single-band scenes into one GeoTIFF with 12 bands, band m = "
                "calendar month m (descriptions month=01 … month=12): NDVI by maximum-value "
                "composite, meteorological series by mean or sum."
            ),
            "formula": self.tr(
                "max:  V(m) = max of the valid scenes of month m (maximum-value composite)\n"
                "mean: V(m) = Σ valid / number valid\n"
                "sum:  V(m) = Σ valid\n"
                "gap filling (per pixel, months cyclic Dec→Jan):\n"
                "  V(m) = V(a) + (V(b) − V(a))·(m − a)/(b − a), a < m < b the nearest valid months"
            ),
            "notes": [
                self.tr("A scene whose date cannot be found stops the run and is named."),
                self.tr(
                    "Scenes of the same calendar month are combined whatever their year; "
                    "the log warns when the scenes span several years."
                ),
                self.tr(
                    "Without a reference the scenes must share one grid. With a reference "
                    "each scene is warped to it on the fly (bilinear, or average when the "
                    "reference is ≥ 1.5× coarser); a scene that does not overlap it stops "
                    "the run."
                ),
                self.tr(
                    "With gap filling off, a month without any scene stops the run, and "
                    "pixels without a valid observation in a month stay nodata (counted). "
                    "With it on, a pixel with a single valid month gets that value in every "
                    "month; a pixel with none stays nodata."
                ),
                self.tr(
                    "A stack that cannot be right stops the run and nothing is written: every "
                    "scene all nodata (e.g. all cloud), or, with gap filling, more than half "
                    "the year (7 or more months) without a valid observation — e.g. 13 scenes "
                    "all of January would copy January into every month. The message names "
                    "the empty months; add scenes for them, or tick ALLOW_FEW_MONTHS to accept "
                    "such a stack."
                ),
                self.tr(
                    "sum: a pixel-month with some scenes missing sums the valid ones; the "
                    "log counts such pixel-months."
                ),
                self.tr(
                    "Value check (VARIABLE): NDVI must lie in −1…1 after scaling (values up "
                    "to 10 000 mean a missing SCALE); temperatures near 273 look like "
                    "Kelvin, near 250 like tenths of °C. They stop the run unless "
                    "IGNORE_UNIT_CHECKS is ticked (then a warning)."
                ),
            ],
            "references": [
                "Holben B.N. (1986) Characteristics of maximum-value composite images from "
                "temporal AVHRR data. Int. J. Remote Sens. 7(11):1417–1434.",
            ],
        }

    # ----------------------------------------------------------------------------------------

    def _with_hdf_inputs(self, parameters):
        """INPUTS with each MODIS .hdf container path replaced by its NDVI sub-dataset layer
        (QGIS cannot load a container as a layer), and log lines naming them."""
        values = parameters.get(self.INPUTS)
        if not isinstance(values, (list, tuple)):
            return parameters, []
        resolved, lines = [], []
        for value in values:
            if modis.is_hdf_container(value):
                path = modis.subdataset(value, "ndvi", self.label(self.INPUTS))
                resolved.append(QgsRasterLayer(path, os.path.basename(value), "gdal"))
                lines.append(self.tr("{0}: sub-dataset {1}").format(os.path.basename(value), path))
            else:
                resolved.append(value)
        return {**parameters, self.INPUTS: resolved}, lines

    def checkParameterValues(self, parameters, context):
        try:
            parameters, _lines = self._with_hdf_inputs(parameters)
        except InputError as error:
            return False, message_text(error)

        def check():
            if not parameters.get(self.INPUTS) and not parameters.get(self.MODIS_FOLDER):
                raise QgsProcessingException(
                    self.tr("{0}: give scenes, or a folder of MODIS granules in {1}.").format(
                        self.label(self.INPUTS), self.label(self.MODIS_FOLDER)
                    )
                )
            text = self.parameterAsString(parameters, self.DATES, context)
            if text.strip():
                layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
                core.scene_dates([layer.source() for layer in layers], text, self.label(self.DATES))

        return checked(self, parameters, context, check)

    def execute(self, parameters, context, feedback):
        workdir = tempfile.mkdtemp(prefix="carbonsink_composite_")
        try:
            return self._composite(parameters, context, feedback, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _composite(self, parameters, context, feedback, workdir):
        parameters, lines = self._with_hdf_inputs(parameters)
        for line in lines:
            feedback.pushInfo(line)
        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        paths = [self.layer_path(layer, self.INPUTS) for layer in layers]
        folder = self.parameterAsFile(parameters, self.MODIS_FOLDER, context)
        if folder:
            mosaics = modis.mosaic_dates(folder, workdir, self.label(self.MODIS_FOLDER))
            feedback.pushInfo(
                self.tr("{0}: {1} date(s), the tiles of each mosaicked.").format(
                    self.label(self.MODIS_FOLDER), len(mosaics)
                )
            )
            paths += mosaics
        if not paths:
            raise QgsProcessingException(
                self.tr("{0}: no scene given.").format(self.label(self.INPUTS))
            )
        method = self.parameterAsEnumString(parameters, self.METHOD, context)
        variable = self.parameterAsEnumString(parameters, self.VARIABLE, context)
        fill = self.parameterAsBoolean(parameters, self.FILL_GAPS, context)
        allow_few = self.parameterAsBoolean(parameters, self.ALLOW_FEW_MONTHS, context)
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        offset = self.parameterAsDouble(parameters, self.OFFSET, context)
        if folder and variable == "ndvi" and scale == 1.0 and offset == 0.0:
            scale = modis.MOD13_SCALE
            feedback.pushInfo(
                self.tr("MOD13 NDVI from {0}: {1} = {2:g} applied.").format(
                    self.label(self.MODIS_FOLDER), self.label(self.SCALE), scale
                )
            )
        dates_text = self.parameterAsString(parameters, self.DATES, context)

        dates = core.scene_dates(paths, dates_text, self.label(self.DATES))
        for path, found in zip(paths, dates):
            feedback.pushInfo(
                self.tr("{0}: {1} ({2}) → month {3}").format(
                    os.path.basename(path), found, found.how, found.month
                )
            )
        by_month = core.scenes_by_month(dates)
        empty_months = [m for m in range(1, 13) if m not in by_month]
        if empty_months and not fill:
            raise QgsProcessingException(
                self.tr(
                    "{0}: no scene falls in month(s) {1}, and gap filling is off. Add scenes for "
                    "those months or turn on {2}."
                ).format(
                    self.label(self.INPUTS),
                    ", ".join(str(m) for m in empty_months),
                    self.label(self.FILL_GAPS),
                )
            )
        if not allow_few:
            core.check_month_coverage(
                by_month, self.label(self.INPUTS), self.label(self.ALLOW_FEW_MONTHS)
            )
        if empty_months:
            feedback.pushWarning(
                self.tr(
                    "No scene in month(s) {0}; they are filled entirely by "
                    "interpolation between the neighbouring months."
                ).format(", ".join(str(m) for m in empty_months))
            )
        years = sorted({d.year for d in dates if d.year})
        if len(years) > 1:
            feedback.pushWarning(
                self.tr(
                    "The scenes span the years {0}; each band combines that calendar "
                    "month of all years."
                ).format(", ".join(str(y) for y in years))
            )

        sources = self._sources(parameters, context, paths, workdir, feedback)
        self._check_values(parameters, context, feedback, sources, variable, scale, offset)
        output = self.raster_output(
            parameters,
            self.OUTPUT,
            context,
            bands=12,
            dtype="float32",
            descriptions=list(MONTH_DESCRIPTIONS),
        )
        composite = core.CompositePass(sources, by_month, method, scale, offset, fill)

        def accept(_summary):
            # after the pass, before the stack is moved into place (raster.run_blocks)
            observed = composite.observed
            core.check_any_observation(int(observed.sum()), len(paths), self.label(self.INPUTS))
            if fill and not allow_few:
                core.check_month_coverage(
                    [m for m in range(1, 13) if observed[m - 1]],
                    self.label(self.INPUTS),
                    self.label(self.ALLOW_FEW_MONTHS),
                    with_scenes=by_month,
                )

        self.engine(
            feedback,
            sources,
            {"OUTPUT": output},
            composite.compute,
            on_block=composite.on_block,
            temporaries=6.0,
            accept=accept,
        )

        totals = composite.totals
        feedback.pushInfo(
            self.tr(
                "Pixel-months without a valid observation: {0}; filled by interpolation: {1}."
            ).format(totals["empty"], totals["filled"])
        )
        if totals["partial"]:
            feedback.pushInfo(
                self.tr("Pixel-months summed from only part of their scenes: {0}.").format(
                    totals["partial"]
                )
            )
        style = STYLES.get(variable)
        if style:
            self.style_output(context, output.path, style, monthly_layer_name(variable))
        return {self.OUTPUT: output.path, self.FILLED: totals["filled"]}

    def _sources(self, parameters, context, paths, workdir, feedback):
        reference = self.raster_path(parameters, self.REFERENCE, context)
        sources = {}
        names = {}
        for index, path in enumerate(paths):
            source = raster.Source(
                path, f"{self.label(self.INPUTS)} '{os.path.basename(path)}'", bands=[1]
            )
            if source.band_count != 1:
                raise QgsProcessingException(
                    self.tr(
                        "{0}: '{1}' has {2} bands; a scene must hold one band (the variable). "
                        "Extract the band first (Raster → Conversion → Translate)."
                    ).format(self.label(self.INPUTS), os.path.basename(path), source.band_count)
                )
            sources[f"S{index}"] = source
            names[f"S{index}"] = path
        if reference is None:
            try:
                raster.check_same_grid(list(sources.values()))
            except raster.GridMismatchError as error:
                raise QgsProcessingException(
                    self.tr("{0} Or give a reference grid in {1}.").format(
                        message_text(error), self.label(self.REFERENCE)
                    )
                )
            return sources
        grid = raster.Grid.of(raster.open_dataset(reference, self.label(self.REFERENCE)))
        for key, path in names.items():
            align.check_overlap(path, grid, sources[key].name, self.label(self.REFERENCE))
            if not sources[key].grid.differences(grid):
                continue
            method = align.choose_resampling(
                False, align.pixel_size_in(path, grid), min(grid.pixel_size)
            )
            vrt = align.warped_vrt(
                path, grid, os.path.join(workdir, f"{key}.vrt"), method, sources[key].name
            )
            sources[key].close()
            sources[key] = raster.Source(vrt, sources[key].name)
            feedback.pushInfo(
                self.tr("{0}: warped to the reference grid ({1}).").format(
                    os.path.basename(path), method
                )
            )
        return sources

    def _check_values(self, parameters, context, feedback, sources, variable, scale, offset):
        """Unit check of each scene after SCALE and OFFSET. Only NDVI and temperature: a scene
        of precipitation or radiation may hold a day or a month, so its range says little."""
        check = {"ndvi": core_units.check_ndvi, "temperature": core_units.check_temperature}
        if variable not in check:
            return
        remedy = self.tr(
            "Set {0} (e.g. 0.0001 for NDVI × 10 000) or {1} (e.g. −273.15 for Kelvin)."
        ).format(self.label(self.SCALE), self.label(self.OFFSET))
        for source in sources.values():
            sample = source.sample(20_000) * scale + offset
            units.enforce(
                self,
                parameters,
                context,
                feedback,
                source.name,
                check[variable](sample),
                override=IGNORE_UNIT_CHECKS,
                remedy=remedy,
            )
