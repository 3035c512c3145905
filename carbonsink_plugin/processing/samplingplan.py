"""carbonsink:samplingplan — stratified random field plots for the ground check (SPEC §5)."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsUnitTypes,
)

from ..compat import (
    SOURCE_POINT,
    SOURCE_POLYGON,
    SOURCE_VECTOR_ANY,
    WKB_POINT,
    WKB_POLYGON,
    distance_unit_meters,
    make_field,
    set_advanced,
)
from ..core import sampling
from ..core.parameters import (
    PLOT_SIDE,
    SAMPLING_MIN_DISTANCE,
    SAMPLING_MIN_PER_STRATUM,
    SAMPLING_SEED,
    SAMPLING_TOTAL,
    SAMPLING_WINDOW,
    type_names,
)
from ..core.raster import Source
from .base import CarbonSinkAlgorithm
from .parameters import number_parameter, raster_input

WGS84 = "EPSG:4326"

# The attribute table handed to the field crew (also what carbonsink:groundcheck reads back).
PLOT_ID, STRATUM, MEASURED, RECORDED_TYPE = "plot_id", "stratum", "measured", "recorded_type"
PLOT_FIELDS = (
    (PLOT_ID, "string"),
    (STRATUM, "int"),
    ("stratum_name", "string"),
    ("stratum_zh", "string"),
    ("x", "double"),
    ("y", "double"),
    ("lon", "double"),
    ("lat", "double"),
    ("survey_date", "string"),
    (MEASURED, "double"),
    (RECORDED_TYPE, "string"),
    ("notes", "string"),
)


def plot_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in PLOT_FIELDS:
        fields.append(make_field(name, kind))
    return fields


def parse_strata(text: str | None) -> list[int] | None:
    """'2, 6 7' → [2, 6, 7]; empty → None (all vegetated types)."""
    if text is None or not str(text).strip():
        return None
    parts = str(text).replace("，", ",").replace(";", ",").replace(",", " ").split()
    return sorted({int(float(part)) for part in parts})


class SamplingPlanAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "samplingplan"
    GROUP_ID = "groundcheck"

    VEGETATION = "VEGETATION"
    STUDY_AREA = "STUDY_AREA"
    TOTAL = "TOTAL"
    MIN_PER_STRATUM = "MIN_PER_STRATUM"
    WINDOW = "WINDOW"
    MIN_DISTANCE = "MIN_DISTANCE"
    SEED = "SEED"
    PLOT_SIDE = "PLOT_SIDE"
    STRATA = "STRATA"
    OUTPUT = "OUTPUT"
    PLOTS = "PLOTS"
    ALLOCATION = "ALLOCATION"
    COUNT = "COUNT"

    def displayName(self) -> str:
        return self.tr("Sampling plan for field plots")

    def shortDescription(self) -> str:
        return self.tr("Stratified random field plots by vegetation type, for the ground check.")

    def initAlgorithm(self, config=None):
        self.addParameter(raster_input(self.VEGETATION, "vegetation"))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STUDY_AREA, self.tr("Study area"), [SOURCE_POLYGON], optional=True
            )
        )
        integers = (
            (self.TOTAL, self.tr("Total number of plots"), SAMPLING_TOTAL, 1, 100000),
            (self.MIN_PER_STRATUM, self.tr("Minimum plots per vegetation type"),
             SAMPLING_MIN_PER_STRATUM, 0, 10000),
            (self.WINDOW, self.tr("Homogeneous window (pixels per side, odd)"), SAMPLING_WINDOW,
             1, 15),
        )  # fmt: skip
        for name, label, default, low, high in integers:
            self.addParameter(number_parameter(name, label, default, low, high, integer=True))
        self.addParameter(
            number_parameter(
                self.MIN_DISTANCE,
                self.tr("Minimum distance between plots (m)"),
                SAMPLING_MIN_DISTANCE,
                0.0,
            )
        )
        self.addParameter(
            number_parameter(self.SEED, self.tr("Random seed"), SAMPLING_SEED, 0, integer=True)
        )
        self.addParameter(
            set_advanced(
                number_parameter(
                    self.PLOT_SIDE,
                    self.tr("Plot side for the plot polygons (m)"),
                    PLOT_SIDE,
                    1.0,
                    10000.0,
                )
            )
        )
        self.addParameter(
            set_advanced(
                QgsProcessingParameterString(
                    self.STRATA,
                    self.tr("Vegetation types to sample (codes, e.g. '2 6 7'; empty = all)"),
                    defaultValue="",
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Field plots (points)"), SOURCE_POINT
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.PLOTS,
                self.tr("Field plots (square polygons)"),
                SOURCE_POLYGON,
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ALLOCATION,
                self.tr("Allocation per vegetation type"),
                SOURCE_VECTOR_ANY,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of plots")))

    def parameter_help(self):
        return {
            self.VEGETATION: self.tr("Vegetation-type raster: one band of type codes (SPEC §2.5)."),
            self.STUDY_AREA: self.tr(
                "Study area (optional): polygons; a plot's pixel centre must fall inside."
            ),
            (self.TOTAL, self.MIN_PER_STRATUM): self.tr(
                "TOTAL plots in all; each sampled vegetation type gets MIN_PER_STRATUM first, "
                "the rest in proportion to its area."
            ),
            self.WINDOW: self.tr(
                "WINDOW: a plot is placed only where the WINDOW × WINDOW pixels around it are "
                "all of one type (odd, e.g. 3)."
            ),
            self.MIN_DISTANCE: self.tr(
                "Minimum distance in metres, also on a geographic (degree) raster."
            ),
            self.SEED: self.tr(
                "Seed: the same data, parameters and seed always give the same plots."
            ),
            self.PLOT_SIDE: self.tr(
                "PLOT_SIDE: side of the square plot polygons (m), e.g. 30 for one Landsat pixel."
            ),
            self.STRATA: self.tr(
                "STRATA: the vegetation codes to sample, separated by spaces or commas; empty: "
                "every type 1–8 present."
            ),
            self.OUTPUT: self.tr(
                "Field plots: points at pixel centres with plot_id, stratum (type code), "
                "stratum_name / stratum_zh, x and y in the raster CRS, lon and lat in WGS 84, "
                "and empty survey_date, measured, recorded_type, notes."
            ),
            self.PLOTS: self.tr(
                "Plot polygons (optional): squares of the given side around each plot."
            ),
            self.ALLOCATION: self.tr(
                "Allocation (optional table): pixels, area (ha), homogeneous candidates, "
                "allocated and placed plots per type."
            ),
        }

    def help_sections(self):
        return {
            "summary": self.tr(
                "Places field plots for the ground check of DB4403/T 348 by stratified random "
                "sampling over the vegetation types of the type raster (made by "
                "'Vegetation types from land cover'). The plots come with empty fields for the "
                "field crew (survey date, measured value, recorded vegetation type, notes); fill "
                "them in and run 'Ground check against field plots'. Save the points as "
                "GeoPackage, CSV, KML or XLSX through the output's file type."
            ),
            "formula": self.tr(
                "strata: vegetation types 1–8 inside the study area (0 = non-vegetated is never "
                "sampled)\n"
                "n_s = MIN_PER_STRATUM + share of R = TOTAL − MIN_PER_STRATUM·S\n"
                "share: quota_s = R·A_s/ΣA, whole parts first, the rest to the largest "
                "fractional parts (largest remainder; ties: smaller code)\n"
                "candidate pixel: its WINDOW×WINDOW neighbourhood is all one type\n"
                "draw: candidates in random order (numpy Generator(SEED)); a candidate is "
                "accepted when it is at least MIN_DISTANCE from every accepted plot"
            ),
            "notes": [
                self.tr(
                    "Neighbourhoods that reach past the raster edge or touch nodata are not "
                    "homogeneous, so plots keep WINDOW//2 pixels from the edge."
                ),
                self.tr(
                    "Scarce types are served first, so large types cannot crowd them out under "
                    "the minimum distance."
                ),
                self.tr(
                    "A study area that does not overlap the vegetation-type raster stops the "
                    "run with both extents (in the raster's CRS); a study-area polygon of zero "
                    "area (collapsed to a line or a point) stops it too, naming the feature, "
                    "and never receives plots."
                ),
                self.tr(
                    "A type that cannot host its minimum stops the run and says why: too small "
                    "(fewer homogeneous pixels than plots needed) or too fragmented (the minimum "
                    "distance rules the candidates out). Lower WINDOW, MIN_DISTANCE or "
                    "MIN_PER_STRATUM, or leave the type out with 'Vegetation types to sample'."
                ),
                self.tr(
                    "A type that hosts its minimum but not its whole share hands the rest to "
                    "types that still have room (largest remainder by area); the log says so. "
                    "Fewer plots than TOTAL are never returned."
                ),
                self.tr(
                    "Polygons on a geographic raster use 1° = 111.2 km × cos(latitude): "
                    "accurate to well under a metre for plot-sized squares."
                ),
            ],
            "references": [
                "DB4403/T 348—2023, 地面核查 (ground check).",
                self.tr(
                    "Congalton R.G., Green K. (2019) Assessing the Accuracy of Remotely Sensed "
                    "Data, 3rd ed., CRC Press — stratified sampling, homogeneous 3×3 windows."
                ),
                self.tr(
                    "Diggle P.J. (2013) Statistical Analysis of Spatial and Spatio-Temporal "
                    "Point Patterns — simple sequential inhibition."
                ),
            ],
        }

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        window = self.parameterAsInt(parameters, self.WINDOW, context)
        if window % 2 == 0:
            return False, self.tr(
                "{0}: the window must have an odd number of pixels per side (1, 3, 5 …), got {1}."
            ).format(self.label(self.WINDOW), window)
        try:
            parse_strata(self.parameterAsString(parameters, self.STRATA, context))
        except ValueError:
            return False, self.tr(
                "{0}: write type codes separated by spaces or commas, e.g. '2 6 7'."
            ).format(self.label(self.STRATA))
        area = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if area is not None and area.featureCount() == 0:
            return False, self.tr(
                "{0}: the layer has no features; choose a layer with the study-area polygons "
                "or leave it empty to sample the whole raster."
            ).format(self.label(self.STUDY_AREA))
        return True, ""

    # --- running ----------------------------------------------------------------------------

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.VEGETATION, context)
        vegetation = self.raster_source(parameters, self.VEGETATION, context, expect_bands=1)
        crs = layer.crs()
        total = self.parameterAsInt(parameters, self.TOTAL, context)
        minimum = self.parameterAsInt(parameters, self.MIN_PER_STRATUM, context)
        window = self.parameterAsInt(parameters, self.WINDOW, context)
        min_distance = self.parameterAsDouble(parameters, self.MIN_DISTANCE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        side = self.parameterAsDouble(parameters, self.PLOT_SIDE, context)
        strata = parse_strata(self.parameterAsString(parameters, self.STRATA, context))

        mask_path = self._study_area_mask(parameters, context, feedback, vegetation, crs)
        mask = Source(mask_path, self.label(self.STUDY_AREA)) if mask_path else None
        try:
            plan = sampling.plan_plots(
                vegetation,
                total=total,
                minimum=minimum,
                window=window,
                min_distance=min_distance,
                seed=seed,
                mask=mask,
                strata=strata,
                progress=lambda f: feedback.setProgress(90.0 * f),
                is_canceled=feedback.isCanceled,
            )
        except sampling.StratumError as error:
            raise QgsProcessingException(self._stratum_message(error)) from error
        except sampling.AllocationError as error:
            raise QgsProcessingException(
                self.tr(
                    "{0}: {1} plots cannot give each of the {2} vegetation types ({3}) its "
                    "minimum of {4}. Raise TOTAL to at least {5}, lower {6}, or list fewer types "
                    "in {7}."
                ).format(
                    self.label(self.TOTAL),
                    error.total,
                    len(error.strata),
                    ", ".join(self._type_name(c) for c in error.strata),
                    error.minimum,
                    error.minimum * len(error.strata),
                    self.label(self.MIN_PER_STRATUM),
                    self.label(self.STRATA),
                )
            ) from error
        except sampling.ShortfallError as error:
            raise QgsProcessingException(
                self.tr(
                    "Only {0} of the {1} plots fit at least {2:g} m apart on homogeneous pixels "
                    "of {3}. Lower {4} or {5}."
                ).format(
                    error.placed,
                    error.total,
                    error.min_distance,
                    self.label(self.VEGETATION),
                    self.label(self.TOTAL),
                    self.label(self.MIN_DISTANCE),
                )
            ) from error
        finally:
            if mask is not None:
                mask.close()
            sampling.remove_quietly(mask_path)

        self._log_plan(plan, feedback, window)
        results = self._write_plots(parameters, context, feedback, plan, crs, side)
        results[self.COUNT] = len(plan.plots)
        feedback.setProgress(100.0)
        return results

    def _study_area_mask(self, parameters, context, feedback, vegetation, crs) -> str | None:
        area = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if area is None:
            return None
        request = QgsFeatureRequest()
        if area.sourceCrs().isValid() and area.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
            feedback.pushInfo(
                self.tr("{0} is in {1}; reprojected to the raster's {2}.").format(
                    self.label(self.STUDY_AREA), area.sourceCrs().authid(), crs.authid()
                )
            )
        features = [
            f for f in area.getFeatures(request) if f.hasGeometry() and not f.geometry().isEmpty()
        ]
        geometries = [bytes(f.geometry().asWkb()) for f in features]
        if not geometries:
            raise QgsProcessingException(
                self.tr("{0}: no feature has a geometry.").format(self.label(self.STUDY_AREA))
            )
        sampling.check_study_area(
            geometries,
            vegetation.grid,
            self.label(self.STUDY_AREA),
            self.label(self.VEGETATION),
            [f.id() for f in features],
        )
        path = QgsProcessingUtils.generateTempFilename("study_area_mask.tif")
        return sampling.rasterize_mask(geometries, vegetation.grid, path)

    def _type_name(self, code: int) -> str:
        english, chinese = type_names(code)
        return f"{code} {english} ({chinese})"

    def _stratum_message(self, error: sampling.StratumError) -> str:
        name = self._type_name(error.code)
        if error.reason == "too_small" and error.pixels == 0:
            detail = self.tr(
                "too small: it does not occur in the raster inside the study area. Remove it "
                "from {0}."
            ).format(self.label(self.STRATA))
        elif error.reason == "too_small":
            detail = self.tr(
                "too small: only {0} of its {6} pixel(s) have a {1}×{1} neighbourhood entirely "
                "of this type, and {2} plot(s) are needed. Lower {3} or {4}, or leave the type "
                "out with {5}."
            ).format(
                error.candidates,
                error.window,
                error.needed,
                self.label(self.WINDOW),
                self.label(self.MIN_PER_STRATUM),
                self.label(self.STRATA),
                error.pixels,
            )
        else:
            detail = self.tr(
                "too fragmented: {0} homogeneous pixels exist, but only {1} plot(s) fit at least "
                "{2:g} m from each other and from the other plots, and {3} are needed. Lower {4} "
                "or {5}."
            ).format(
                error.candidates,
                error.placed,
                error.min_distance,
                error.needed,
                self.label(self.MIN_DISTANCE),
                self.label(self.MIN_PER_STRATUM),
            )
        return self.tr("Vegetation type {0} cannot host its minimum number of plots: {1}").format(
            name, detail
        )

    def _log_plan(self, plan: sampling.Plan, feedback, window: int) -> None:
        feedback.pushInfo(
            self.tr("Allocation (type: area ha, homogeneous {0}×{0} pixels → plots):").format(
                window
            )
        )
        for code, stratum in plan.strata.items():
            feedback.pushInfo(
                self.tr("  {0}: {1:.2f} ha, {2} candidates → {3} allocated, {4} placed").format(
                    self._type_name(code),
                    stratum.area_m2 / 10000.0,
                    stratum.candidates,
                    stratum.allocated,
                    stratum.placed,
                )
            )
        for code, change in plan.reallocated.items():
            if change < 0:
                feedback.pushWarning(
                    self.tr(
                        "{0}: only {1} of its {2} allocated plots fit at the minimum distance; "
                        "{3} plot(s) went to other types."
                    ).format(
                        self._type_name(code),
                        plan.strata[code].placed,
                        plan.strata[code].allocated,
                        -change,
                    )
                )
            elif change > 0:
                feedback.pushWarning(
                    self.tr("{0}: {1} extra plot(s) from types that had no room.").format(
                        self._type_name(code), change
                    )
                )

    def _write_plots(self, parameters, context, feedback, plan, crs, side) -> dict:
        to_wgs84 = None
        if crs.isValid():
            to_wgs84 = QgsCoordinateTransform(
                crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext()
            )
        else:
            feedback.pushWarning(
                self.tr("{0} has no CRS: lon and lat are left empty.").format(
                    self.label(self.VEGETATION)
                )
            )
        half_x, half_y = self._half_side(crs, side, plan)
        width = max(3, len(str(len(plan.plots))))
        digits = 8 if crs.isValid() and crs.isGeographic() else 3  # 1 mm either way
        features = []
        for number, plot in enumerate(plan.plots, start=1):
            english, chinese = type_names(plot.code)
            lon = lat = None
            if to_wgs84 is not None:
                point = to_wgs84.transform(QgsPointXY(plot.x, plot.y))
                lon, lat = round(point.x(), 8), round(point.y(), 8)  # 1 mm
            attributes = [
                f"P{number:0{width}d}",
                int(plot.code),
                english,
                chinese,
                round(plot.x, digits),
                round(plot.y, digits),
                lon,
                lat,
                None,
                None,
                None,
                None,
            ]
            features.append((plot, attributes))

        results = {}
        point_id = self._write_sink(
            parameters, context, self.OUTPUT, WKB_POINT, crs, features,
            lambda plot: QgsGeometry.fromPointXY(QgsPointXY(plot.x, plot.y)),
        )  # fmt: skip
        results[self.OUTPUT] = point_id
        self.style_output(context, point_id, "sampling_plots", self.tr("Field plots"))

        def square(plot):
            hx, hy = half_x(plot.y), half_y
            ring = [
                QgsPointXY(plot.x - hx, plot.y - hy),
                QgsPointXY(plot.x + hx, plot.y - hy),
                QgsPointXY(plot.x + hx, plot.y + hy),
                QgsPointXY(plot.x - hx, plot.y + hy),
            ]
            return QgsGeometry.fromPolygonXY([ring])

        polygon_id = self._write_sink(
            parameters, context, self.PLOTS, WKB_POLYGON, crs, features, square
        )
        if polygon_id is not None:
            results[self.PLOTS] = polygon_id
            self.style_output(
                context, polygon_id, "sampling_plot_polygons", self.tr("Plot squares")
            )

        if parameters.get(self.ALLOCATION) is not None:
            rows = [
                (
                    code,
                    *type_names(code),
                    s.pixels,
                    s.area_m2 / 10000.0,
                    s.candidates,
                    s.allocated,
                    s.placed,
                )
                for code, s in plan.strata.items()
            ]
            results[self.ALLOCATION] = self.write_table(
                parameters,
                self.ALLOCATION,
                context,
                [
                    ("stratum", "int"),
                    ("stratum_name", "string"),
                    ("stratum_zh", "string"),
                    ("pixels", "int"),
                    ("area_ha", "double"),
                    ("candidates", "int"),
                    ("allocated", "int"),
                    ("plots", "int"),
                ],
                rows,
            )
        feedback.pushInfo(self.tr("{0} plots written.").format(len(plan.plots)))
        return results

    def _write_sink(self, parameters, context, name, wkb_type, crs, features, geometry_of):
        """Write the plots to a sink; None when an optional sink was not asked for.

        KML readers (Google Earth, phone apps) label a placemark with its 'Name' field, so a
        KML destination gets one, holding the plot id.
        """
        fields = plot_fields()
        destination = self.parameterAsOutputLayer(parameters, name, context) or ""
        kml = destination.lower().split("|")[0].endswith((".kml", ".kmz"))
        if kml:
            named = QgsFields()
            named.append(make_field("Name", "string"))
            for field in fields:
                named.append(field)
            fields = named
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            if name == self.OUTPUT:
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return None
        for plot, attributes in features:
            feature = QgsFeature(fields)
            feature.setGeometry(geometry_of(plot))
            feature.setAttributes(([attributes[0]] if kml else []) + attributes)
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    self.tr("{0}: cannot write plot {1}: {2}").format(
                        self.label(name), attributes[0], sink.lastError()
                    )
                )
        return dest_id

    def _half_side(self, crs, side, plan):
        """Half the plot side in CRS units: (function of y for x, value for y)."""
        half = side / 2.0
        if crs.isValid() and crs.isGeographic():
            metres_per_degree = math.radians(1.0) * sampling.EARTH_RADIUS
            return (
                lambda lat: half / (metres_per_degree * math.cos(math.radians(lat))),
                half / metres_per_degree,
            )
        factor = 1.0
        if crs.isValid():
            factor = QgsUnitTypes.fromUnitToUnitFactor(distance_unit_meters(), crs.mapUnits())
        return (lambda lat: half * factor), half * factor
