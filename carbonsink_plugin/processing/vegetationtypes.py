"""carbonsink:vegetationtypes — land cover → CASA vegetation-type codes 0–8."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterRasterLayer,
)

from ..compat import FILE_BEHAVIOR_FILE, SOURCE_VECTOR_GEOMETRY, set_advanced
from ..core import casa, raster
from ..core import landcover as core
from ..core.parameters import LAND_COVER_PRESETS, type_names
from .base import CarbonSinkAlgorithm, NumberOutput, RasterOutput, TableOutput
from .legends import vegetation_type_label
from .parameters import checked, enum_parameter, matrix_values, number_parameter


class VegetationTypesAlgorithm(CarbonSinkAlgorithm):
    ALGORITHM_ID = "vegetationtypes"
    GROUP_ID = "preprocessing"

    INPUT = "INPUT"
    BAND = "BAND"
    PRESET = "PRESET"
    TABLE = "TABLE"
    TYPES_CSV = "TYPES_CSV"
    UNMAPPED = "UNMAPPED"
    OUTPUT = "OUTPUT"
    STATISTICS = "STATISTICS"
    UNMAPPED_PIXELS = "UNMAPPED_PIXELS"

    def displayName(self):
        return self.tr("Vegetation types from land cover")

    def shortDescription(self):
        return self.tr("Reclassify a land-cover map into the CASA vegetation types 0–8")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Land-cover raster"))
        )
        self.addParameter(
            set_advanced(number_parameter(self.BAND, self.tr("Band"), 1, 1, integer=True))
        )
        self.addParameter(
            enum_parameter(
                self.PRESET, self.tr("Land-cover product"), core.PRESET_KEYS, "worldcover"
            )
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.TABLE,
                self.tr("Mapping rows added to / overriding the preset (custom: the mapping)"),
                numberRows=0,
                hasFixedNumberRows=False,
                headers=[self.tr("Land-cover value"), self.tr("Vegetation type 0–8")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.TYPES_CSV,
                self.tr("Vegetation-type table of the NPP step, CSV (empty: built-in types 0–8)"),
                behavior=FILE_BEHAVIOR_FILE,
                extension="csv",
                optional=True,
            )
        )
        self.addParameter(
            enum_parameter(
                self.UNMAPPED,
                self.tr("Values not in the mapping become"),
                core.UNMAPPED_POLICIES,
                "nodata",
            )
        )
        self.declare_outputs()

    def output_specs(self):
        return (
            RasterOutput(self.OUTPUT, self.tr("Vegetation types"), dtype="uint8",
                         descriptions=["vegetation type"], style="vegetation_types",
                         layer_name=self.tr("Vegetation types")),
            TableOutput(self.STATISTICS,
                        self.tr("Class statistics (pixels and area per land-cover value)"),
                        SOURCE_VECTOR_GEOMETRY, optional=True, by_default=False),
            NumberOutput(self.UNMAPPED_PIXELS,
                         self.tr("Pixels whose value is not in the mapping")),
        )  # fmt: skip

    def parameter_help(self):
        return {
            self.INPUT: self.tr(
                "A land-cover raster of integer class codes (any type); its nodata stays nodata."
            ),
            self.BAND: self.tr("BAND: the band of the land-cover raster that holds the classes."),
            self.PRESET: self.tr(
                "PRESET: the land-cover product whose class codes are mapped to the vegetation "
                "types; 'custom' uses only TABLE."
            ),
            self.TABLE: self.tr(
                "TABLE: rows (land-cover value, vegetation type) added to the preset "
                "or replacing its entry, e.g. 60, 7 to count WorldCover bare/sparse "
                "vegetation as grassland. With the preset 'custom' the table is the "
                "whole mapping."
            ),
            self.TYPES_CSV: self.tr(
                "TYPES_CSV (optional): the vegetation-type table the NPP step will use "
                "(PARAMETERS_CSV of casanpp), so that every mapped type is in it."
            ),
            self.UNMAPPED: self.tr(
                "UNMAPPED: land-cover values the mapping lacks become nodata (the default) or "
                "0, non-vegetated."
            ),
            self.OUTPUT: self.tr(
                "Vegetation types, Byte, codes 0–8, nodata 255, with a paletted style and legend."
            ),
            self.STATISTICS: self.tr(
                "Optional statistics table: per land-cover value its pixels, area (ha), "
                "vegetation type and whether the mapping covered it."
            ),
            self.UNMAPPED_PIXELS: self.tr(
                "UNMAPPED_PIXELS: number of pixels whose value the mapping lacks."
            ),
        }

    def help_sections(self):
        def preset_line(key, title):
            pairs = ", ".join(f"{v}→{t}" for v, t in LAND_COVER_PRESETS[key].items())
            return f"{title} ({key}): {pairs}"

        return {
            "summary": self.tr(
                "Turns a land-cover map into the vegetation types of the CASA model: 0 non-"
                "vegetated, 1 evergreen needleleaf forest, 2 evergreen broadleaf forest (with "
                "mangrove), 3 deciduous needleleaf forest, 4 deciduous broadleaf forest, 5 mixed "
                "forest, 6 shrubland, 7 grassland / herbaceous wetland, 8 cropland."
            ),
            "formula": "\n".join(
                [
                    preset_line("worldcover", "ESA WorldCover"),
                    preset_line("clcd", "CLCD"),
                    preset_line("globeland30", "GlobeLand30"),
                    preset_line("mcd12q1", "MODIS MCD12Q1 IGBP"),
                    preset_line("cnlucc", "CNLUCC (RESDC)"),
                ]
            ),
            "notes": [
                self.tr(
                    "Values not covered by the mapping are listed in the log with their "
                    "pixel counts and become nodata (default) or 0 (non-vegetated) as "
                    "chosen. A map none of whose values is in the mapping stops the run "
                    "(wrong preset)."
                ),
                self.tr("Non-integer values stop the run: a land-cover map holds class codes."),
                self.tr(
                    "A mapping that produces a vegetation type outside the type table stops "
                    "the run before anything is read, naming the TABLE row (or the preset "
                    "entry): the table is the built-in one (codes 0–8) or, when the NPP step "
                    "uses your own, the CSV given in TYPES_CSV (its codes, and 0)."
                ),
                self.tr(
                    "FROM-GLC10 uses the GlobeLand30 class codes (10 cropland … 100 snow and "
                    "ice): choose the GlobeLand30 preset. CNLUCC (资源环境科学数据中心 land "
                    "use, codes 11–67): 23 疏林地 and 24 其他林地 count as forest (2), 64 "
                    "沼泽地 as herbaceous wetland (7); change them with TABLE."
                ),
                self.tr(
                    "Areas are exact: pixel size in a projected CRS, ellipsoidal cell area "
                    "in a geographic CRS."
                ),
            ],
            "references": [
                "Zanaga D. et al. (2022) ESA WorldCover 10 m 2021 v200.",
                "Yang J., Huang X. (2021) The 30 m annual land cover dataset (CLCD) of China. "
                "Earth Syst. Sci. Data 13:3907–3925.",
                "Chen J. et al. (2015) GlobeLand30. ISPRS J. 103:7–27.",
                "Friedl M., Sulla-Menashe D. (2019) MCD12Q1 v006.",
                "中国多时期土地利用遥感监测数据集 (CNLUCC), 中国科学院资源环境科学与数据中心 "
                "(RESDC).",
                "Zhu W., Pan Y., Zhang J. (2007) 中国陆地植被净初级生产力遥感估算. "
                "植物生态学报 31(3):413–424.",
            ],
        }

    def checkParameterValues(self, parameters, context):
        def check():
            table = core.table_from_matrix(
                matrix_values(self, parameters, self.TABLE, context), self.label(self.TABLE)
            )
            preset = self.parameterAsEnumString(parameters, self.PRESET, context)
            mapping = core.build_mapping(preset, table, self.label(self.TABLE))
            self._check_codes(parameters, context, preset, table, mapping)

        return checked(self, parameters, context, check)

    def _check_codes(self, parameters, context, preset, table, mapping) -> None:
        """Every type the mapping produces must be in the type table the NPP step uses."""
        path = self.parameterAsFile(parameters, self.TYPES_CSV, context)
        allowed = (
            casa.read_type_table_csv(path, self.label(self.TYPES_CSV)) if path else core.KNOWN_CODES
        )
        core.check_type_codes(
            mapping,
            table,
            allowed,
            self.label(self.TABLE),
            self.label(self.TYPES_CSV),
            path or "",
            preset,
        )

    def execute(self, parameters, context, feedback):
        path = self.raster_path(parameters, self.INPUT, context)
        band = self.parameterAsInt(parameters, self.BAND, context)
        source = raster.Source(path, self.label(self.INPUT), bands=[band])
        preset = self.parameterAsEnumString(parameters, self.PRESET, context)
        unmapped = self.parameterAsEnumString(parameters, self.UNMAPPED, context)
        table = core.table_from_matrix(
            matrix_values(self, parameters, self.TABLE, context), self.label(self.TABLE)
        )
        mapping = core.build_mapping(preset, table, self.label(self.TABLE))
        feedback.pushInfo(
            self.tr("Mapping: {0}").format(
                ", ".join(f"{v}→{t}" for v, t in sorted(mapping.items()))
            )
        )
        self._check_codes(parameters, context, preset, table, mapping)

        sample = source.sample(100_000)
        if sample.size == 0:
            raise QgsProcessingException(
                self.tr("{0}: the layer holds no valid pixel (all nodata).").format(
                    self.label(self.INPUT)
                )
            )
        present = np.unique(sample[np.isfinite(sample)])
        if np.all(present == np.round(present)) and not any(int(v) in mapping for v in present):
            raise QgsProcessingException(
                self.tr(
                    "{0}: none of its values ({1}) is in the '{2}' mapping ({3}). Is it another "
                    "land-cover product? Choose its preset, or 'custom' with a table."
                ).format(
                    self.label(self.INPUT),
                    ", ".join(f"{v:g}" for v in present[:20]),
                    preset,
                    ", ".join(str(v) for v in sorted(mapping)),
                )
            )

        outputs = self.open_outputs(parameters, context)
        counts: dict[int, int] = {}
        areas: dict[int, float] = {}

        def compute(block):
            codes, block_counts, block_areas = core.reclassify(
                block["INPUT"][0], mapping, unmapped, block.cell_area()
            )
            return {"OUTPUT": codes, "counts": block_counts, "areas": block_areas}

        def on_block(_block, result):
            for value, count in result["counts"].items():
                counts[value] = counts.get(value, 0) + count
                areas[value] = areas.get(value, 0.0) + result["areas"][value]

        self.engine(feedback, {"INPUT": source}, outputs, compute, on_block=on_block)

        rows, per_type, missing = core.summarise(counts, mapping, unmapped)
        for value, pixels, target in rows:
            feedback.pushInfo(
                self.tr("land cover {0}: {1} pixels, {2:.2f} ha → {3}").format(
                    value,
                    pixels,
                    areas[value] / 1e4,
                    self.tr("nodata") if target is None else vegetation_type_label(target),
                )
            )
        unmapped_pixels = sum(missing.values())
        if missing:
            feedback.pushWarning(
                self.tr(
                    "{0} pixel(s) have values not in the mapping ({1}); they became "
                    "{2}. Add them to {3} if they are vegetation."
                ).format(
                    unmapped_pixels,
                    ", ".join(f"{v}: {n} px" for v, n in missing.items()),
                    self.tr("nodata") if unmapped == "nodata" else self.tr("0 (non-vegetated)"),
                    self.label(self.TABLE),
                )
            )
        for code in sorted(per_type):
            feedback.pushInfo(
                self.tr("type {0}: {1} pixels").format(vegetation_type_label(code), per_type[code])
            )
        results = self.finish_outputs(context, outputs)
        results[self.UNMAPPED_PIXELS] = unmapped_pixels
        if parameters.get(self.STATISTICS) is not None:
            results[self.STATISTICS] = self.write_table(
                parameters,
                self.STATISTICS,
                context,
                [
                    ("land_cover", "int"),
                    ("pixels", "int"),
                    ("area_ha", "double"),
                    ("type", "int"),
                    ("type_name", "string"),
                    ("mapped", "int"),
                ],
                [
                    (
                        value,
                        pixels,
                        areas[value] / 1e4,
                        target,
                        "" if target is None else type_names(target)[0],
                        int(value in mapping),
                    )
                    for value, pixels, target in rows
                ],
            )
        return results
