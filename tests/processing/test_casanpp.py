"""carbonsink:casanpp through processing.run: hand-worked pixels, real data, bad inputs."""

from __future__ import annotations

import hashlib
import os
import shutil

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from support import read_raster, write_raster

from carbonsink_plugin.core import raster

pytestmark = pytest.mark.usefixtures("provider")

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "grassmapr_se_usa")


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, info):
        self.infos.append(info)

    def pushWarning(self, warning):
        self.warnings.append(warning)


def run(parameters):
    import processing

    feedback = Feedback()
    results = processing.run("carbonsink:casanpp", parameters, feedback=feedback)
    return results, feedback


def _md5(path) -> str:
    with open(path, "rb") as handle:
        return hashlib.md5(handle.read()).hexdigest()


def run_error(parameters) -> str:
    with pytest.raises(QgsProcessingException) as error:
        run(parameters)
    return str(error.value)


# The two hand-worked pixels of tests/core/test_casa.py (derivations there):
# pixel A, evergreen broadleaf forest: annual NPP 1314.7631 gC·m⁻²·a⁻¹;
# pixel B, continental grassland: 369.4248 gC·m⁻²·a⁻¹, January NPP 0 (−15 °C).
A = {
    "NDVI": [0.50, 0.52, 0.55, 0.60, 0.65, 0.70, 0.72, 0.68, 0.62, 0.58, 0.54, 0.51],
    "TEMPERATURE": [15, 16, 19, 23, 26, 28, 29, 28.5, 27, 24, 20, 16],
    "PRECIPITATION": [30, 50, 80, 180, 290, 380, 360, 380, 260, 60, 40, 0],
    "SOL": [280, 260, 290, 330, 410, 430, 480, 460, 420, 400, 330, 300],
}
B = {
    "NDVI": [0.05, 0.05, 0.06, 0.10, 0.20, 0.40, 0.63, 1.0, 0.55, 0.30, 0.10, 0.05],
    "TEMPERATURE": [-15, -11, -10, -2, 0, 8, 18, 22, 20, 12, 3, -8],
    "PRECIPITATION": [5, 0, 8, 15, 30, 60, 90, 80, 50, 20, 0, 0],
    "SOL": [150, 220, 330, 420, 520, 560, 580, 520, 420, 300, 180, 130],
}
STACKS = ("NDVI", "SOL", "TEMPERATURE", "PRECIPITATION")


def tiny_inputs(folder, codes=(2, 7, 0, 255), bands=12, **grid):
    """One row: pixel A, pixel B, pixel A (type 0 there), pixel A (nodata type); with
    NDVI_EXTREMES = table, in which the pixels were worked by hand (the default is data)."""
    pixels = [A, B, A, A]
    paths = {}
    for name in STACKS:
        stack = np.array([p[name] for p in pixels], dtype=np.float32).T[:, None, :]
        if bands != 12:
            stack = np.resize(stack, (bands, 1, len(pixels)))
        paths[name] = write_raster(folder / f"{name.lower()}.tif", stack, nodata=-9999.0, **grid)
    veg = np.array([codes], dtype=np.uint8)
    paths["VEGETATION"] = write_raster(folder / "veg.tif", veg, nodata=255, **grid)
    paths["NDVI_EXTREMES"] = "table"
    return paths


def test_hand_worked_pixels_monthly_output_and_metadata(tmp_path):
    paths = tiny_inputs(tmp_path)
    out, monthly = tmp_path / "npp.tif", tmp_path / "npp_monthly.tif"
    results, feedback = run({**paths, "OUTPUT": str(out), "MONTHLY": str(monthly)})
    assert results["OUTPUT"] == str(out) and results["MONTHLY"] == str(monthly)
    assert results["FPAR"] is None
    annual, nodata = read_raster(out)
    assert nodata == [raster.NODATA_FLOAT]
    np.testing.assert_allclose(annual[0, 0, :3], [1314.7631, 369.4248, 0.0], rtol=2e-5)
    assert np.isnan(annual[0, 0, 3])  # nodata type → nodata
    months = read_raster(monthly)[0]
    assert months.shape == (12, 1, 4) and months[0, 0, 1] == 0.0
    dataset = gdal.Open(str(monthly))
    assert dataset.GetRasterBand(12).GetDescription() == "month=12"
    assert dataset.GetMetadataItem("CARBONSINK_ALGORITHM") == "carbonsink:casanpp"
    assert any("Evergreen broadleaf forest" in line and "1314.8" in line for line in feedback.infos)


def test_diagnostic_stacks_explain_a_pixel(tmp_path):
    paths = tiny_inputs(tmp_path)
    outs = {name: str(tmp_path / f"{name}.tif") for name in ("FPAR", "TEMPERATURE_STRESS",
                                                              "WATER_STRESS")}  # fmt: skip
    run({**paths, "OUTPUT": str(tmp_path / "npp.tif"), **outs})
    fpar = read_raster(outs["FPAR"])[0]
    teps = read_raster(outs["TEMPERATURE_STRESS"])[0]
    weps = read_raster(outs["WATER_STRESS"])[0]
    # Pixel A January: FPAR 0.572214, Tε1·Tε2 = 0.9595·0.496703, Wε 0.928690 (test_casa.py)
    assert fpar[0, 0, 0] == pytest.approx(0.572214, abs=2e-6)
    assert teps[0, 0, 0] == pytest.approx(0.9595 * 0.496703, abs=2e-6)
    assert weps[0, 0, 0] == pytest.approx(0.928690, abs=2e-6)
    assert fpar[:, 0, 2].tolist() == [0.0] * 12  # non-vegetated: FPAR 0


def test_parameters_from_the_matrix_and_from_a_gbk_csv(tmp_path):
    paths = tiny_inputs(tmp_path, codes=(2, 7, 0, 0))
    # εmax of type 2 halved in the matrix → pixel A's NPP halves: 1314.7631/2 = 657.3816
    matrix = [2, 0.4925, 0.676, 0.023, 7, 0.542, 0.634, 0.023]
    out = tmp_path / "half.tif"
    run({**paths, "PARAMETERS": matrix, "OUTPUT": str(out)})
    assert read_raster(out)[0][0, 0, 0] == pytest.approx(657.3816, rel=2e-5)
    # The same table as a GBK CSV with Chinese headers, in a folder with a space and Chinese
    folder = tmp_path / "参数 表"
    folder.mkdir()
    csv = folder / "类型.csv"
    csv.write_bytes("代码,最大光能利用率,NDVI_max,NDVI_min\n2,0.4925,0.676,0.023\n"
                    "7,0.542,0.634,0.023\n".encode("gbk"))  # fmt: skip
    out2 = folder / "结果 npp.tif"
    run({**paths, "PARAMETERS_CSV": str(csv), "OUTPUT": str(out2)})
    assert read_raster(out2)[0][0, 0, 0] == pytest.approx(657.3816, rel=2e-5)


def test_constants_are_parameters(tmp_path):
    paths = tiny_inputs(tmp_path, codes=(2, 7, 0, 0))
    out = tmp_path / "npp.tif"
    # PAR fraction 0.25 halves NPP; TEPS2_CONSTANT 1.1814 scales it by 1.1814/1.184
    run({**paths, "PAR_FRACTION": 0.25, "TEPS2_CONSTANT": 1.1814, "OUTPUT": str(out)})
    expected = 1314.7631 / 2 * 1.1814 / 1.184
    assert read_raster(out)[0][0, 0, 0] == pytest.approx(expected, rel=2e-5)


# --------------------------------------------------------------------------------------------
# Real data: MODIS NDVI 2001 and CRU CL 2.0 climate over the south-east USA


def extraterrestrial_radiation(lat_deg, day):
    """FAO-56 eq. 21 (Allen et al. 1998): Ra in MJ·m⁻²·day⁻¹."""
    phi = np.radians(lat_deg)
    dr = 1 + 0.033 * np.cos(2 * np.pi * day / 365)
    decl = 0.409 * np.sin(2 * np.pi * day / 365 - 1.39)
    ws = np.arccos(-np.tan(phi) * np.tan(decl))
    return (
        24
        * 60
        / np.pi
        * 0.0820
        * dr
        * (ws * np.sin(phi) * np.sin(decl) + np.cos(phi) * np.cos(decl) * np.sin(ws))
    )


def test_extraterrestrial_radiation_matches_fao56_example_8():
    # FAO-56, Example 8: 20°S on 3 September (day 246): Ra = 32.2 MJ·m⁻²·day⁻¹
    assert extraterrestrial_radiation(-20.0, 246) == pytest.approx(32.2, abs=0.05)


def real_inputs(folder):
    """The real stacks, prepared as a technician would:
    - NDVI: MOD13A3 stores NDVI × 10000 → divided by 10000;
    - SOL: no radiation in the data set, so it is derived from latitude: FAO-56 extraterrestrial
      radiation Ra summed over the days of each month of 2001, times the Ångström–Prescott
      factor a + b·n/N = 0.25 + 0.50·0.5 = 0.5 (FAO-56 defaults, relative sunshine n/N = 0.5
      assumed everywhere) — a stated approximation, not measured radiation;
    - TEMPERATURE, PRECIPITATION: CRU CL 2.0, already °C and mm·month⁻¹;
    - VEGETATION from MOD44B tree cover and the C3 + C4 crop cover: tree cover ≥ 40 % → 5
      (mixed needleleaf–broadleaf forest: the south-east's pine–oak–hickory forests), else
      crop cover ≥ 40 % → 8 (cropland), else 7 (grassland: pasture, savanna, open land);
      nodata where either cover is nodata (the sea).
    """

    copies = folder / "real data"  # QGIS may write statistics (.aux.xml) beside a layer
    shutil.copytree(DATA, copies)

    def read(name):
        dataset = gdal.Open(str(copies / name))
        array = dataset.ReadAsArray().astype(np.float64)
        array[array == np.float32(dataset.GetRasterBand(1).GetNoDataValue())] = np.nan
        return array, dataset.GetGeoTransform()

    ndvi, gt = read("ndvi_SEUSA.tif")
    woody, _ = read("woody_SEUSA.tif")
    crop = read("cropC3_SEUSA.tif")[0] + read("cropC4_SEUSA.tif")[0]
    rows, cols = ndvi.shape[1:]
    grid = {"origin": (gt[0], gt[3]), "pixel": (gt[1], -gt[5]), "epsg": 4326}
    lat = gt[3] + gt[5] * (np.arange(rows) + 0.5)
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    first = np.cumsum([0] + lengths[:-1]) + 1
    ra = np.array(
        [extraterrestrial_radiation(lat[:, None], np.arange(d, d + n)[None]).sum(axis=1)
         for d, n in zip(first, lengths)]
    )  # fmt: skip
    sol = np.broadcast_to((0.5 * ra)[:, :, None], (12, rows, cols))
    veg = np.full((rows, cols), 255, np.uint8)
    known = ~np.isnan(woody) & ~np.isnan(crop)
    veg[known] = 7
    veg[known & (crop >= 40)] = 8
    veg[known & (woody >= 40)] = 5
    scaled = np.where(np.isnan(ndvi), -9999, ndvi / 10000)
    return {
        "NDVI": write_raster(folder / "ndvi.tif", scaled.astype(np.float32), nodata=-9999, **grid),
        "NDVI_RAW": str(copies / "ndvi_SEUSA.tif"),
        "SOL": write_raster(folder / "sol.tif", sol.astype(np.float32), nodata=-9999, **grid),
        "TEMPERATURE": str(copies / "temp_SEUSA.tif"),
        "PRECIPITATION": str(copies / "prec_SEUSA.tif"),
        "VEGETATION": write_raster(folder / "veg.tif", veg, nodata=255, **grid),
    }


# Plausible annual NPP per type, from Whittaker & Likens (1975), "The biosphere and man", in
# Lieth & Whittaker (eds.), Primary Productivity of the Biosphere, Springer, Table 15-1:
# normal ranges in g dry matter·m⁻²·a⁻¹ — temperate forest 600–2500, savanna 200–2000,
# cultivated land 100–3500 — converted to carbon with their factor 0.45 gC per g dry matter:
# forest 270–1125, savanna-like grassland 90–900, cropland 45–1575 gC·m⁻²·a⁻¹.
PLAUSIBLE = {5: (270.0, 1125.0), 7: (90.0, 900.0), 8: (45.0, 1575.0)}


def test_real_data_gives_plausible_npp_without_nan_leaks(tmp_path):
    inputs = real_inputs(tmp_path)
    raw_ndvi = inputs.pop("NDVI_RAW")
    checksums = {k: _md5(v) for k, v in inputs.items()}
    out = tmp_path / "npp.tif"
    _, feedback = run({**inputs, "NDVI_EXTREMES": "data", "OUTPUT": str(out)})
    npp = read_raster(out)[0][0]
    veg = read_raster(inputs["VEGETATION"])[0][0]
    t = read_raster(inputs["TEMPERATURE"])[0]
    ndvi = read_raster(inputs["NDVI"])[0]
    # Nodata exactly where an input is nodata (the sea), nowhere else: no NaN leaks.
    missing = np.isnan(veg) | np.isnan(t).any(axis=0) | np.isnan(ndvi).any(axis=0)
    assert (np.isnan(npp) == missing).all()
    assert (npp[~missing] >= 0).all() and (npp[~missing] < 2000).all()
    means = {code: float(np.mean(npp[(veg == code) & ~missing])) for code in PLAUSIBLE}
    for code, (low, high) in PLAUSIBLE.items():
        assert low <= means[code] <= high, (code, means[code])
    # The per-type summary is in the log and agrees with the raster.
    line = next(line for line in feedback.infos if line.strip().startswith("5 Mixed"))
    assert f"{means[5]:.1f}" in line
    assert not any("saturated" in w for w in feedback.warnings)
    # Table mode: MODIS NDVI is above the AVHRR-era table maxima for part of the pixels.
    out_table = tmp_path / "npp_table.tif"
    run({**inputs, "NDVI_EXTREMES": "table", "OUTPUT": str(out_table)})
    table = read_raster(out_table)[0][0]
    assert (np.isnan(table) == missing).all() and (table[~missing] >= 0).all()
    assert PLAUSIBLE[5][0] <= float(np.mean(table[(veg == 5) & ~missing])) <= PLAUSIBLE[5][1]
    # Inputs are never modified.
    assert checksums == {k: _md5(v) for k, v in inputs.items()}
    # The stored NDVI × 10000 is caught before computing, naming the input and the fix.
    message = run_error({**inputs, "NDVI": raw_ndvi, "OUTPUT": str(tmp_path / "x.tif")})
    assert "[NDVI]" in message and "NDVI scaled by 10 000" in message
    assert not os.path.exists(tmp_path / "x.tif")


# --------------------------------------------------------------------------------------------
# Bad inputs: clear errors, nothing written


def _scaled(paths, folder, name, factor=1.0, offset=0.0):
    array, nodata = read_raster(paths[name])
    array = np.where(np.isnan(array), -9999, array * factor + offset).astype(np.float32)
    return write_raster(folder / f"{name}_changed.tif", array, nodata=-9999)


@pytest.mark.parametrize(
    "name,factor,offset,clues",
    [
        ("NDVI", 10000, 0, ["[NDVI]", "10 000", "0.0001"]),
        ("TEMPERATURE", 1, 273.15, ["[TEMPERATURE]", "Kelvin", "273.15"]),
        ("SOL", 1e6, 0, ["[SOL]", "J·m⁻²", "1 000 000"]),
        ("SOL", 1 / 2.592, 0, ["[SOL]", "W·m⁻²"]),
        ("PRECIPITATION", 0.001, 0, ["[PRECIPITATION]", "metres", "1000"]),
    ],
)
def test_wrong_units_stop_the_run_with_the_fix_unless_overridden(
    tmp_path, name, factor, offset, clues
):
    paths = tiny_inputs(tmp_path)
    paths[name] = _scaled(paths, tmp_path, name, factor, offset)
    out = tmp_path / "npp.tif"
    message = run_error({**paths, "OUTPUT": str(out)})
    for clue in clues:
        assert clue in message, (clue, message)
    assert "IGNORE_UNIT_CHECKS" in message
    assert not os.path.exists(out)
    # The override turns the error into a warning and runs.
    _, feedback = run({**paths, "IGNORE_UNIT_CHECKS": True, "OUTPUT": str(out)})
    assert os.path.exists(out) and any(clues[0] in w for w in feedback.warnings)


@pytest.mark.parametrize("bands", [11, 13])
def test_stacks_need_twelve_bands(tmp_path, bands):
    paths = tiny_inputs(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    paths["SOL"] = tiny_inputs(other, bands=bands)["SOL"]
    message = run_error({**paths, "OUTPUT": str(tmp_path / "npp.tif")})
    assert "[SOL]: expected a monthly stack of 12 bands" in message and f"has {bands}" in message


def test_mismatching_grids_point_to_align(tmp_path):
    paths = tiny_inputs(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    paths["TEMPERATURE"] = tiny_inputs(other, pixel=20.0)["TEMPERATURE"]
    message = run_error({**paths, "OUTPUT": str(tmp_path / "npp.tif")})
    assert "[TEMPERATURE]" in message and "carbonsink:align" in message


def test_codes_missing_from_the_table_are_listed(tmp_path):
    paths = tiny_inputs(tmp_path, codes=(2, 11, 0, 12))
    out = tmp_path / "npp.tif"
    message = run_error({**paths, "OUTPUT": str(out)})
    assert "11 (1 pixels), 12 (1 pixels)" in message and not os.path.exists(out)


def test_all_nodata_input_is_refused(tmp_path):
    paths = tiny_inputs(tmp_path)
    paths["PRECIPITATION"] = write_raster(
        tmp_path / "empty.tif", np.full((12, 1, 4), -9999, np.float32), nodata=-9999
    )
    message = run_error({**paths, "OUTPUT": str(tmp_path / "npp.tif")})
    assert "[PRECIPITATION]" in message and "only nodata" in message


def test_ndvi_extremes_default_to_the_data(tmp_path):
    """Issue 16: data is the default. Pixel A is the only type-2 pixel, so data-mode NDVI_max
    is the 95th percentile of its 12 NDVI values: numpy's linear rule at rank 0.95·11 = 10.45
    between the sorted 0.70 and 0.72 gives 0.709 (to the 0.0001 histogram bin), above the
    table's 0.676, so FPAR and NPP are lower than in table mode (1314.7631)."""
    paths = tiny_inputs(tmp_path)
    del paths["NDVI_EXTREMES"]
    out = tmp_path / "npp.tif"
    _, feedback = run({**paths, "OUTPUT": str(out)})
    assert any("NDVI extremes from the data" in line for line in feedback.infos)
    line = next(line for line in feedback.infos if "Evergreen broadleaf forest" in line)
    assert line.rstrip().endswith("0.7090")
    assert read_raster(out)[0][0, 0, 0] < 1314.7631
    definition = _algorithm().parameterDefinition("NDVI_EXTREMES")
    assert definition.defaultValue() == "data"


def _algorithm():
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById("carbonsink:casanpp")


def test_saturation_warning_in_table_mode(tmp_path):
    paths = tiny_inputs(tmp_path)
    flat = np.full((12, 1, 4), 0.85, np.float32)  # NDVI above 0.676 all year
    paths["NDVI"] = write_raster(tmp_path / "green.tif", flat, nodata=-9999)
    _, feedback = run({**paths, "OUTPUT": str(tmp_path / "npp.tif")})
    assert any("Type 2" in w and "NDVI_EXTREMES" in w for w in feedback.warnings)


def test_an_existing_output_survives_a_failed_run(tmp_path):
    paths = tiny_inputs(tmp_path, codes=(2, 11, 0, 0))
    out = tmp_path / "npp.tif"
    shutil.copy(paths["VEGETATION"], out)
    before = _md5(out)
    run_error({**paths, "OUTPUT": str(out)})
    assert _md5(out) == before


def test_inconsistent_constants_are_refused(tmp_path):
    paths = tiny_inputs(tmp_path)
    out = tmp_path / "npp.tif"
    message = run_error({**paths, "FPAR_MIN": 0.9, "FPAR_MAX": 0.5, "OUTPUT": str(out)})
    assert "FPAR_MIN" in message and "FPAR_MAX" in message and not out.exists()


def test_thornthwaite_hot_month_branch_changes_only_hot_months(tmp_path):
    paths = tiny_inputs(tmp_path, codes=(2, 7, 0, 0))
    plain, hot = tmp_path / "plain.tif", tmp_path / "hot.tif"
    run({**paths, "MONTHLY": str(plain), "OUTPUT": str(tmp_path / "a.tif")})
    run({**paths, "THORNTHWAITE_HOT": True, "MONTHLY": str(hot), "OUTPUT": str(tmp_path / "b.tif")})
    plain, hot = read_raster(plain)[0][:, 0, 0], read_raster(hot)[0][:, 0, 0]
    # Pixel A is at or above 26.5 °C in June (28), July (29), August (28.5) and September (27)
    changed = [m for m in range(12) if abs(hot[m] - plain[m]) > 1e-4]
    assert changed == [5, 6, 7, 8]
