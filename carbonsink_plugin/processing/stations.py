"""carbonsink:stations — a station table → 12-band monthly raster by inverse distance weighting."""

from __future__ import annotations

import os
from urllib.parse import parse_qs, unquote, urlparse

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterPoint,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProperty,
    QgsVectorLayer,
)

from ..compat import SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY, WKB_POINT, make_field, set_advanced
from ..core import cma, raster
from ..core import stations as core
from ..core.errors import InputError, Listing
from ..core.parameters import MONTH_DESCRIPTIONS
from ..i18n import message_text
from . import units
from .base import CarbonSinkAlgorithm, _plain
from .parameters import enum_parameter, number_parameter, plain_value
from .preprocessing_common import IGNORE_UNIT_CHECKS, monthly_layer_name

CSV_EXTENSIONS = core.STATION_EXTENSIONS
STYLES = {
    "temperature": "temperature_monthly",
    "precipitation": "precipitation_monthly",
    "radiation": "radiation_monthly",
    "sunshine": "radiation_monthly",
}


class StationsAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "stations"
    GROUP_ID = "preprocessing"

    STATIONS = "STATIONS"
    VARIABLE = "VARIABLE"
    REFERENCE = "REFERENCE"
    DEM = "DEM"
    LAPSE_RATE = "LAPSE_RATE"
    POWER = "POWER"
    SEARCH_RADIUS = "SEARCH_RADIUS"
    NEIGHBORS = "NEIGHBORS"
    RADIATION_UNIT = "RADIATION_UNIT"
    SUNSHINE_UNIT = "SUNSHINE_UNIT"
    TEMPERATURE_UNIT = "TEMPERATURE_UNIT"
    PRECIPITATION_UNIT = "PRECIPITATION_UNIT"
    ANGSTROM_A = "ANGSTROM_A"
    ANGSTROM_B = "ANGSTROM_B"
    YEAR = "YEAR"
    ID_FIELD = "ID_FIELD"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    ELEVATION_FIELD = "ELEVATION_FIELD"
    MONTH_FIELD = "MONTH_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    CSV_CRS = "CSV_CRS"
    LOCATION = "LOCATION"
    SKIP_MISSING = "SKIP_MISSING"
    MISSING_VALUES = "MISSING_VALUES"
    OUTPUT = "OUTPUT"
    OUTPUT_STATIONS = "OUTPUT_STATIONS"

    def displayName(self):
        return self.tr("Station data to monthly rasters (IDW)")

    def shortDescription(self):
        return self.tr("Temperature, precipitation or radiation of weather stations → 12 bands")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STATIONS,
                self.tr("Stations: point layer, CSV/TXT table or CMA station file/folder"),
                [SOURCE_VECTOR_ANY],
            )
        )
        self.addParameter(
            enum_parameter(self.VARIABLE, self.tr("Variable"), core.VARIABLES, "temperature")
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid raster"))
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.DEM,
                self.tr("DEM on the reference grid (temperature lapse-rate correction), m"),
                optional=True,
            )
        )
        self.addParameter(
            enum_parameter(
                self.RADIATION_UNIT,
                self.tr("Unit of radiation values"),
                list(core.RADIATION_UNITS),
                "MJ_m2_month",
            )
        )
        advanced = [
            number_parameter(
                self.LAPSE_RATE, self.tr("Lapse rate (°C per m)"), core.LAPSE_RATE, 0.0, 0.02
            ),
            number_parameter(self.POWER, self.tr("IDW power"), 2.0, 0.1, 10.0),
            number_parameter(
                self.SEARCH_RADIUS, self.tr("Search radius in metres (0: no limit)"), 0.0, 0.0
            ),
            number_parameter(
                self.NEIGHBORS,
                self.tr("Nearest stations used per pixel (0: all)"),
                0,
                0,
                integer=True,
            ),
            enum_parameter(
                self.SUNSHINE_UNIT,
                self.tr("Unit of sunshine values (hours per month or per day)"),
                list(core.SUNSHINE_UNITS),
                "h_month",
            ),
            enum_parameter(
                self.TEMPERATURE_UNIT,
                self.tr("Unit of temperature values"),
                list(core.TEMPERATURE_UNITS),
                "C",
            ),
            enum_parameter(
                self.PRECIPITATION_UNIT,
                self.tr("Unit of precipitation values"),
                list(core.PRECIPITATION_UNITS),
                "mm",
            ),
            number_parameter(self.ANGSTROM_A, self.tr("Ångström a"), core.ANGSTROM_A, 0.0, 1.0),
            number_parameter(self.ANGSTROM_B, self.tr("Ångström b"), core.ANGSTROM_B, 0.0, 1.0),
            number_parameter(
                self.YEAR,
                self.tr("Year (long tables: use only this year; 0: average all years)"),
                0,
                0,
                2100,
                integer=True,
            ),
        ]
        for name, label in (
            (self.ID_FIELD, self.tr("Station id column (empty: detect)")),
            (self.X_FIELD, self.tr("Longitude / x column (empty: detect)")),
            (self.Y_FIELD, self.tr("Latitude / y column (empty: detect)")),
            (self.ELEVATION_FIELD, self.tr("Elevation column, m (empty: detect)")),
            (self.MONTH_FIELD, self.tr("Month column of a long table (empty: detect)")),
            (self.VALUE_FIELD, self.tr("Value column of a long table (empty: detect)")),
        ):
            advanced.append(QgsProcessingParameterString(name, label, optional=True))
        advanced += [
            QgsProcessingParameterCrs(
                self.CSV_CRS,
                self.tr("CRS of the table's coordinates (empty: WGS84 longitude/latitude)"),
                defaultValue="EPSG:4326",
                optional=True,
            ),
            QgsProcessingParameterPoint(
                self.LOCATION,
                self.tr("Location of a single station when the table has no coordinates"),
                optional=True,
            ),
            QgsProcessingParameterBoolean(
                self.SKIP_MISSING,
                self.tr("Interpolate each month from the stations that have it (allow gaps)"),
                defaultValue=False,
            ),
            QgsProcessingParameterString(
                self.MISSING_VALUES,
                self.tr("Numbers that mean 'missing'"),
                defaultValue=", ".join(f"{v:g}" for v in core.DEFAULT_MISSING_CODES),
                optional=True,
            ),
        ]
        for parameter in advanced:
            self.addParameter(set_advanced(parameter))
        self.addParameter(units.override_parameter(IGNORE_UNIT_CHECKS))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Monthly raster"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_STATIONS,
                self.tr("Stations as used (points with converted monthly values)"),
                optional=True,
                createByDefault=False,
            )
        )

    def parameter_help(self):
        return {
            self.STATIONS: [
                self.tr(
                    "Stations: a point layer (any CRS, reprojected), a table layer, or a "
                    "CSV file in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16."
                ),
                self.tr(
                    "CMA files as delivered, recognised from their layout: 中国地面气候资料 "
                    "V3.0 daily or monthly text files (SURF_CLI_CHN_MUL_DAY-TEM-12001-…TXT, "
                    "PRE-13011, SSD-14032; one file, or the folder of a year's files); data-"
                    "service exports with BUFR codes (V01000 V05001 V06001 V07001 V04001 "
                    "V04002 V12001 V13201 V14032 …) and 天擎 CSV names (Station_Id_C, Lat, "
                    "Lon, Alti, Year, Mon, TEM_Avg, PRE_Time_2020, SSH). Units are read from "
                    "the layout (the unit parameters do not apply); daily values become "
                    "months. A .txt/.dat path or a folder may be typed in place of a layer."
                ),
            ],
            self.VARIABLE: self.tr(
                "VARIABLE: what the stations measured; sunshine hours are turned into "
                "radiation (Ångström–Prescott), so the output is radiation."
            ),
            self.REFERENCE: self.tr(
                "REFERENCE: the grid of the output (CRS, pixel size, extent): e.g. the NDVI."
            ),
            (self.DEM, self.LAPSE_RATE): self.tr(
                "DEM (m) on the reference grid, and station elevations, for the "
                "temperature lapse-rate correction."
            ),
            (self.POWER, self.SEARCH_RADIUS, self.NEIGHBORS): self.tr(
                "POWER, SEARCH_RADIUS, NEIGHBORS: inverse distance weighting with weights "
                "d^(−POWER) over the stations within SEARCH_RADIUS metres (0: all), at most "
                "NEIGHBORS nearest ones (0: all)."
            ),
            (
                self.TEMPERATURE_UNIT,
                self.PRECIPITATION_UNIT,
                self.RADIATION_UNIT,
                self.SUNSHINE_UNIT,
            ): self.tr(
                "Units: temperature °C (or 0.1 °C, K), precipitation mm (or 0.1 mm, "
                "cm, m), radiation MJ·m⁻² per month (or per day, 0.01 MJ·m⁻², J·cm⁻², "
                "mean W·m⁻², kWh·m⁻²), sunshine hours per month (or per day)."
            ),
            (self.ANGSTROM_A, self.ANGSTROM_B): self.tr(
                "ANGSTROM_A, ANGSTROM_B: a and b of Rs = (a + b·n/N)·Ra, from sunshine hours "
                "n to radiation (FAO-56: 0.25 and 0.50)."
            ),
            (self.YEAR, self.MONTH_FIELD, self.VALUE_FIELD): self.tr(
                "Wide tables: one row per station with 12 month columns named 1月…12月, "
                "一月…十二月, Jan…Dec, M01…M12, month_01 or 1…12. Long tables: station, "
                "month (1–12, 1月, Jan, YYYY-MM, YYYYMM) and value columns; several "
                "years are averaged month by month unless YEAR picks one."
            ),
            (
                self.ID_FIELD,
                self.X_FIELD,
                self.Y_FIELD,
                self.ELEVATION_FIELD,
                self.CSV_CRS,
            ): self.tr(
                "Columns recognised: 站号/区站号/station/id, 站名/name, 经度/lon/"
                "longitude/x, 纬度/lat/latitude/y, 海拔/高程/elevation/alt; name them in "
                "the *_FIELD parameters otherwise. Coordinates are in CSV_CRS (WGS84 "
                "degrees by default; 22°33′N style text is read too)."
            ),
            self.LOCATION: self.tr(
                "LOCATION: where the one station of a table without coordinates stands; its "
                "values then fill the whole grid."
            ),
            (self.SKIP_MISSING, self.MISSING_VALUES): self.tr(
                "MISSING_VALUES: numbers that mean 'missing' (e.g. 32766, 999999). A station "
                "with a missing month stops the run unless SKIP_MISSING interpolates each "
                "month from the stations that have it."
            ),
            self.OUTPUT: self.tr(
                "12-band Float32 raster on the reference grid (month=01…12), nodata "
                "−9999: °C, mm·month⁻¹ or MJ·m⁻²·month⁻¹ (also for sunshine input)."
            ),
            self.OUTPUT_STATIONS: self.tr(
                "Optionally the stations as points in the reference CRS with the "
                "converted monthly values m01…m12 and whether they lie inside the grid."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Interpolates monthly station values onto the reference grid by inverse distance "
                "weighting: monthly mean temperature (°C), precipitation (mm·month⁻¹) or total "
                "solar radiation (MJ·m⁻²·month⁻¹), measured or derived from sunshine hours."
            ),
            "formula": self.tr(
                "IDW: z(x) = Σ wᵢ·zᵢ / Σ wᵢ,  wᵢ = dᵢ^(−p)  (stations within the radius / the k "
                "nearest; a pixel on a station takes its value)\n"
                "Lapse rate: T₀ᵢ = Tᵢ + Γ·zᵢ;  T(x) = IDW(T₀)(x) − Γ·DEM(x),  Γ = 0.0065 °C·m⁻¹\n"
                "Sunshine → radiation (Ångström–Prescott, FAO-56):\n"
                "  Rs = (a + b·n/N)·Ra,  a = 0.25, b = 0.50\n"
                "  Ra = 24·60/π·Gsc·dr·[ωs·sinφ·sinδ + cosφ·cosδ·sinωs],  N = 24/π·ωs\n"
                "  dr = 1 + 0.033·cos(2πJ/365),  δ = 0.409·sin(2πJ/365 − 1.39),\n"
                "  ωs = arccos(−tanφ·tanδ),  Gsc = 0.0820 MJ·m⁻²·min⁻¹\n"
                "  month: n/N = H / Σ_d N_d (H = sunshine hours of the month), "
                "Rs = (a + b·n/N)·Σ_d Ra_d"
            ),
            "notes": [
                self.tr(
                    "A station without a value for some month stops the run, unless "
                    "SKIP_MISSING: then that month uses the other stations. Missing: empty "
                    "cells, NA, -, and the numbers in MISSING_VALUES (−9999, 32766 …)."
                ),
                self.tr(
                    "Duplicate station ids, two stations at the same place, a wide table "
                    "without all 12 months, swapped longitude/latitude and stations that are "
                    "all far from the grid stop the run. Stations outside the grid are used "
                    "(they inform the edges) and listed."
                ),
                self.tr(
                    "A STATIONS file that is not a table (empty, a PDF, an image, an archive, "
                    "binary data) stops the run with a message that says what the file is and "
                    "what a station table must look like."
                ),
                self.tr(
                    "Value checks: temperatures around 273 (Kelvin), tenths of units, "
                    "precipitation that looks like metres, radiation above ~1 200 MJ·m⁻² per "
                    "month (J·cm⁻²), daily means or mean W·m⁻² stop the run; choose the unit, "
                    "or tick IGNORE_UNIT_CHECKS to go on with a warning."
                ),
                self.tr(
                    "CMA V3.0: ddmm → degrees, 观测场拔海高度 0.1 m → m (≥ 100000: estimated, "
                    "100000 subtracted), values × 0.1; 32766 and 32744 missing, 32700 (trace "
                    "precipitation) 0 mm, 32xxx/31xxx/30xxx precipitation xxx. Exports: "
                    "999999/999998 missing, 999990 trace 0 mm. Daily → monthly: mean for "
                    "temperature, total for precipitation and sunshine; a month with more than "
                    "10 missing days or 5 in a row stays missing, fewer missing days count as "
                    "the mean of the others (both listed in the log)."
                ),
                self.tr(
                    "With a DEM, station elevations about 10 times the DEM at the station (0.1 "
                    "m read as metres) stop the run (IGNORE_UNIT_CHECKS: a warning); "
                    "elevations more than 50 m from the DEM are named in a warning."
                ),
                self.tr(
                    "Radiation from sunshine is computed at each station's latitude and "
                    "then interpolated. Days per month follow YEAR (365-day year when 0)."
                ),
                self.tr(
                    "Distances are in metres: planar in a projected reference CRS, "
                    "great-circle (R = 6 371 008.8 m) in a geographic one."
                ),
            ],
            "references": [
                "Allen R.G., Pereira L.S., Raes D., Smith M. (1998) FAO Irrigation and Drainage "
                "Paper 56, ch. 3 (eqs. 21–25, 34, 35).",
                "Shepard D. (1968) A two-dimensional interpolation function for irregularly-"
                "spaced data. Proc. 23rd ACM national conference, 517–524.",
            ],
        }

    # ----------------------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        # QGIS's own check of a file QGIS cannot load (empty, a PDF …) says "Could not load
        # source layer … not found" although the file exists: say what the file is instead.
        own = self._csv_path(parameters, context)
        try:
            if own is None:
                unreadable = self._unreadable_file(parameters, context)
                if unreadable is not None:
                    core.refuse_station_file(unreadable, self.label(self.STATIONS))
            elif os.path.isfile(own):
                core.refuse_unless_text(own, self.label(self.STATIONS))
        except InputError as error:
            return False, message_text(error)
        return super().checkParameterValues(parameters, context)

    def read_by_plugin(self, parameters, context) -> set:
        """A station file QGIS cannot open as a layer (.txt/.dat, CMA files, a folder of CMA
        V3.0 files) is read by the plugin: QGIS's layer check is skipped for STATIONS only."""
        return {self.STATIONS} if self._csv_path(parameters, context) is not None else set()

    def _station_file(self, parameters, context) -> str | None:
        """The file path when STATIONS is given as a path to an existing file, else None."""
        value = parameters.get(self.STATIONS)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source
        if isinstance(value, QgsProperty):
            value = value.valueAsString(context.expressionContext())
        if not isinstance(value, str):
            return None
        path = value.split("|")[0]
        return path if os.path.isfile(path) else None

    def _unreadable_file(self, parameters, context) -> str | None:
        """The STATIONS file when it exists but is no table QGIS can open, else None."""
        path = self._station_file(parameters, context)
        if path is None:
            return None
        return None if QgsVectorLayer(path, "stations", "ogr").isValid() else path

    def execute(self, parameters, context, feedback):
        variable = self.parameterAsEnumString(parameters, self.VARIABLE, context)
        reference = self.raster_path(parameters, self.REFERENCE, context)
        grid = raster.Grid.of(raster.open_dataset(reference, self.label(self.REFERENCE)))
        table, coordinates, crs = self._read_stations(parameters, context, feedback, variable)

        location = None
        if parameters.get(self.LOCATION):
            point = self.parameterAsPoint(parameters, self.LOCATION, context, crs)
            location = (point.x(), point.y())
        fields = core.FieldNames(
            *(
                self.parameterAsString(parameters, name, context).strip()
                for name in (
                    self.ID_FIELD,
                    self.X_FIELD,
                    self.Y_FIELD,
                    self.ELEVATION_FIELD,
                    self.MONTH_FIELD,
                    self.VALUE_FIELD,
                )
            )
        )
        year = self.parameterAsInt(parameters, self.YEAR, context) or None
        labels = {
            "table": self.label(self.STATIONS),
            "station": self.label(self.ID_FIELD),
            "x": self.label(self.X_FIELD),
            "y": self.label(self.Y_FIELD),
            "elevation": self.label(self.ELEVATION_FIELD),
            "month": self.label(self.MONTH_FIELD),
            "value": self.label(self.VALUE_FIELD),
            "location": self.label(self.LOCATION),
        }
        if table.format:  # a CMA file: the reader found the columns and converted the values
            fields = core.FieldNames()
            for note in table.notes:
                feedback.pushInfo(message_text(note))
            for warning in table.warnings:
                feedback.pushWarning(message_text(warning))
        data = core.parse_table(
            table,
            variable,
            fields,
            coordinates=coordinates,
            crs_wkt=crs.toWkt(),
            location=location,
            year=year,
            missing_codes=self._missing_codes(parameters, context),
            parameters=labels,
        )
        if coordinates is None:
            core.check_geographic_coordinates(
                data, self.label(self.STATIONS), self.label(self.CSV_CRS)
            )
        feedback.pushInfo(
            self.tr("{0} station(s), {1} table; columns used: {2}.").format(
                data.count,
                data.layout,
                ", ".join(f"{role} = {column}" for role, column in data.columns.items()),
            )
        )
        for note in data.notes:
            feedback.pushInfo(message_text(note))

        unit_parameter = {
            "temperature": self.TEMPERATURE_UNIT,
            "precipitation": self.PRECIPITATION_UNIT,
            "radiation": self.RADIATION_UNIT,
            "sunshine": self.SUNSHINE_UNIT,
        }[variable]
        unit = self.parameterAsEnumString(parameters, unit_parameter, context)
        if table.format and unit != core.standard_unit(variable):
            feedback.pushWarning(
                self.tr("{0} is ignored: {1} files have documented units, converted on "
                    "reading.").format(self.label(unit_parameter), table.format)
            )  # fmt: skip
        if table.format:
            unit = core.standard_unit(variable)
        options = core.StationOptions(
            variable=variable,
            unit=unit,
            year=year,
            angstrom_a=self.parameterAsDouble(parameters, self.ANGSTROM_A, context),
            angstrom_b=self.parameterAsDouble(parameters, self.ANGSTROM_B, context),
            power=self.parameterAsDouble(parameters, self.POWER, context),
            radius=self.parameterAsDouble(parameters, self.SEARCH_RADIUS, context),
            neighbors=self.parameterAsInt(parameters, self.NEIGHBORS, context),
            lapse_rate=self.parameterAsDouble(parameters, self.LAPSE_RATE, context),
            skip_missing=self.parameterAsBoolean(parameters, self.SKIP_MISSING, context),
            skip_unit_check=self.parameterAsBoolean(parameters, IGNORE_UNIT_CHECKS, context),
        )
        values, notes = core.monthly_values(
            data,
            options,
            {
                "table": self.label(self.STATIONS),
                "unit": self.label(unit_parameter),
                "skip_unit": self.label(IGNORE_UNIT_CHECKS),
            },
        )
        for note in notes:
            feedback.pushInfo(message_text(note))

        sx, sy = core.transform_points(data.x, data.y, data.crs_wkt, grid.crs_wkt)
        inside, near = core.stations_near_grid(sx, sy, grid)
        if not near.any():
            raise QgsProcessingException(
                self.tr(
                    "{0}: no station lies on or near the reference grid (stations span x "
                    "{1:.6g} … {2:.6g}, y {3:.6g} … {4:.6g}; grid {5}). Check the coordinate "
                    "columns, their CRS ({6}) and whether longitude and latitude are swapped."
                ).format(
                    self.label(self.STATIONS),
                    sx.min(),
                    sx.max(),
                    sy.min(),
                    sy.max(),
                    tuple(round(v, 3) for v in grid.bounds),
                    self.label(self.CSV_CRS),
                )
            )
        outside = [data.label(i) for i in np.flatnonzero(~inside)]
        if outside:
            feedback.pushInfo(
                self.tr("{0} station(s) outside the grid extent, used for the edges: {1}").format(
                    len(outside), ", ".join(outside[:20])
                )
            )

        sources = {}
        dem_path = self.raster_path(parameters, self.DEM, context)
        elevations = None
        if dem_path and variable != "temperature":
            feedback.pushWarning(
                self.tr("The DEM corrects temperature only; it is not used for {0}.").format(
                    variable
                )
            )
            dem_path = None
        if dem_path:
            sources[core.InterpolationPass.DEM] = self._dem(dem_path, grid)
            without = [data.label(i) for i in np.flatnonzero(~np.isfinite(data.z))]
            if without:
                raise QgsProcessingException(
                    self.tr(
                        "{0}: the lapse-rate correction needs every station's elevation; "
                        "missing for {1}. Add an elevation column (海拔/elevation) or name it in "
                        "{2}."
                    ).format(
                        self.label(self.STATIONS),
                        ", ".join(without[:10]),
                        self.label(self.ELEVATION_FIELD),
                    )
                )
            for warning in core.check_station_elevations(
                data,
                core.values_at_points(dem_path, self.label(self.DEM), sx, sy),
                {
                    "table": self.label(self.STATIONS),
                    "dem": self.label(self.DEM),
                    "skip_unit": self.label(IGNORE_UNIT_CHECKS),
                },
                override=options.skip_unit_check,
            ):
                feedback.pushWarning(message_text(warning))
            elevations = data.z
            feedback.pushInfo(
                self.tr(
                    "Temperatures reduced to sea level with {0} °C/m, then brought to the DEM."
                ).format(options.lapse_rate)
            )

        output = self.raster_output(
            parameters,
            self.OUTPUT,
            context,
            bands=12,
            dtype="float32",
            descriptions=list(MONTH_DESCRIPTIONS),
        )
        interpolation = core.InterpolationPass(grid, sx, sy, values, options, elevations)
        summary = self.engine(
            feedback,
            sources,
            {"OUTPUT": output},
            interpolation.compute,
            grid=grid,
            temporaries=6.0,
        )
        if summary.nodata["OUTPUT"] and options.radius > 0:
            feedback.pushInfo(
                self.tr("Pixels with no station within {0} m are nodata.").format(options.radius)
            )
        self.style_output(context, output.path, STYLES[variable], monthly_layer_name(variable))
        results = {self.OUTPUT: output.path}
        sink_id = self._write_stations(parameters, context, data, sx, sy, inside, values, grid)
        if sink_id is not None:
            results[self.OUTPUT_STATIONS] = sink_id
        return results

    # ----------------------------------------------------------------------------------------

    def _missing_codes(self, parameters, context):
        text = self.parameterAsString(parameters, self.MISSING_VALUES, context)
        codes = []
        for part in text.replace("，", ",").replace(";", ",").split(","):
            if part.strip():
                try:
                    codes.append(float(part))
                except ValueError:
                    raise QgsProcessingException(
                        self.tr("{0}: '{1}' is not a number.").format(
                            self.label(self.MISSING_VALUES), part.strip()
                        )
                    )
        return codes

    def _dem(self, path, grid):
        source = raster.Source(path, self.label(self.DEM), bands=[1])
        differences = source.grid.differences(grid)
        if differences:
            raise QgsProcessingException(
                self.tr(
                    "{0} is not on the grid of {1}: {2}. Put it on that grid first with 'Align "
                    "rasters to a reference grid' (carbonsink:align, bilinear)."
                ).format(
                    self.label(self.DEM),
                    self.label(self.REFERENCE),
                    message_text(Listing(differences)),
                )
            )
        return source

    def _csv_path(self, parameters, context):
        """The file path when STATIONS is a CSV file (given as a path), else None."""
        value = parameters.get(self.STATIONS)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source
        if isinstance(value, QgsProperty):
            value = value.valueAsString(context.expressionContext())
        if isinstance(value, str) and (
            (value.lower().endswith(CSV_EXTENSIONS) and os.path.isfile(value))
            or os.path.isdir(value)
        ):
            return value
        return None

    def _read_stations(self, parameters, context, feedback, variable):
        """(Table, per-row coordinates or None, CRS of the coordinates)."""
        csv_crs = self.parameterAsCrs(parameters, self.CSV_CRS, context)
        if not csv_crs.isValid():
            csv_crs = QgsCoordinateReferenceSystem("EPSG:4326")
        path = self._csv_path(parameters, context)
        layer = None
        delimiter = None
        if path is None:
            layer = self.parameterAsVectorLayer(parameters, self.STATIONS, context)
            unreadable = self._unreadable_file(parameters, context) if layer is None else None
            if unreadable is not None:
                core.refuse_station_file(unreadable, self.label(self.STATIONS))
            if layer is None:
                raise QgsProcessingException(
                    self.tr("{0}: cannot open the station table.").format(self.label(self.STATIONS))
                )
            if not layer.isSpatial():
                path, delimiter = _file_of(layer)
        if path is not None:
            table = cma.read_station_file(
                path,
                variable,
                self.label(self.STATIONS),
                delimiter=delimiter,
                value_field=self.parameterAsString(parameters, self.VALUE_FIELD, context).strip(),
            )
            feedback.pushInfo(
                self.tr("Read '{0}' as {1} text.").format(os.path.basename(path), table.encoding)
            )
            return table, None, csv_crs
        source = self.parameterAsSource(parameters, self.STATIONS, context)
        headers = [f.name() for f in source.fields()]
        rows, coordinates = [], []
        spatial = source.wkbType() != WKB_NO_GEOMETRY
        for feature in source.getFeatures():
            rows.append([plain_value(v) for v in feature.attributes()])
            if spatial:
                geometry = feature.geometry()
                if geometry is None or geometry.isEmpty():
                    raise QgsProcessingException(
                        self.tr("{0}: feature {1} has no geometry.").format(
                            self.label(self.STATIONS), feature.id()
                        )
                    )
                point = geometry.centroid().asPoint()
                coordinates.append((point.x(), point.y()))
        if not rows:
            raise QgsProcessingException(
                self.tr("{0}: the layer has no feature.").format(self.label(self.STATIONS))
            )
        table = core.Table(headers, rows, source.sourceName())
        if spatial:
            return table, coordinates, source.sourceCrs()
        return table, None, csv_crs

    def _write_stations(self, parameters, context, data, sx, sy, inside, values, grid):
        if parameters.get(self.OUTPUT_STATIONS) is None:
            return None
        fields = QgsFields()
        for name, kind in [
            ("station", "string"),
            ("name", "string"),
            ("x", "double"),
            ("y", "double"),
            ("elevation", "double"),
            ("inside", "int"),
        ] + [(f"m{m:02d}", "double") for m in range(1, 13)]:
            fields.append(make_field(name, kind))
        crs = QgsCoordinateReferenceSystem()
        crs.createFromWkt(grid.crs_wkt)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT_STATIONS, context, fields, WKB_POINT, crs
        )
        if sink is None:
            return None
        for i in range(data.count):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(sx[i], sy[i])))
            feature.setAttributes(
                [
                    data.ids[i],
                    data.names[i],
                    float(sx[i]),
                    float(sy[i]),
                    _plain(data.z[i]),
                    int(inside[i]),
                ]
                + [_plain(v) for v in values[i]]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id


def _file_of(layer):
    """(The text file behind a table layer (OGR or delimited-text provider) or None, the
    layer's own delimiter or None)."""
    source = layer.source()
    delimiter = None
    if layer.providerType() == "delimitedtext":
        url = urlparse(source)
        path = unquote(url.path)
        delimiter = _layer_delimiter(parse_qs(url.query))
    else:
        path = source.split("|")[0]
    if path.lower().endswith(CSV_EXTENSIONS) and os.path.isfile(path):
        return path, delimiter
    return None, None


def _layer_delimiter(query):
    """The delimiter of a Delimited Text layer's URI (type=csv/whitespace/regexp, delimiter=…);
    None when it is not a single character (the file's own is then sniffed)."""
    kind = (query.get("type") or ["csv"])[0].lower()
    text = (query.get("delimiter") or [""])[0]
    if kind == "whitespace" or (kind == "regexp" and text in (r"\s+", " +", r"\s", " ")):
        return core.WHITESPACE
    text = {"\\t": "\t", "tab": "\t"}.get(text.lower(), text)
    return text if kind == "csv" and len(text) == 1 else None
