"""carbonsink:importnpp on a tiny MOD17A3HGF file with the product's real conventions.

tests/data/mod17a3hgf_synthetic/*.hdf is made by scripts/make_mod17_testfile.py: a real
HDF-EOS2 grid (MOD_Grid_MOD17A3H, MODIS sinusoidal, 463.3127 m, cut from tile h28v06 over
Shenzhen) whose Npp_500m values are made up. Stored values (0.0001 kgC·m⁻²):

    8000  8200  8400  8600 32766 32766
    7000  7200  7400  7600 32766 32767
    6000  6200  -500     0 32762 32762
    5000  5200  5400  5600 32762 32761
    4000  4400 32765 32764 32763  3000
    4100  4300  4500  4700  4900  5100

gC·m⁻²·a⁻¹ = value × 0.0001 kg × 1000 g/kg = value × 0.1; 32761–32767 → nodata.
"""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsProcessingException
from support import read_raster, write_raster

pytestmark = pytest.mark.usefixtures("provider")

HDF = os.path.join(
    os.path.dirname(os.path.dirname(__file__)),
    "data",
    "mod17a3hgf_synthetic",
    "MOD17A3HGF.A2021001.h28v06.061.synthetic.hdf",
)
STORED = np.array(
    [
        [8000, 8200, 8400, 8600, 32766, 32766],
        [7000, 7200, 7400, 7600, 32766, 32767],
        [6000, 6200, -500, 0, 32762, 32762],
        [5000, 5200, 5400, 5600, 32762, 32761],
        [4000, 4400, 32765, 32764, 32763, 3000],
        [4100, 4300, 4500, 4700, 4900, 5100],
    ],
    dtype=float,
)
GRAMS = np.where(STORED > 32700, np.nan, STORED * 0.1)


def run(parameters):
    import processing
    from test_casanpp import Feedback

    feedback = Feedback()
    results = processing.run("carbonsink:importnpp", parameters, feedback=feedback)
    return results, feedback


@pytest.fixture
def product(tmp_path):
    """A copy of the HDF file (tests never touch tests/data) and its Npp_500m sub-dataset."""
    folder = tmp_path / "MODIS 产品"
    folder.mkdir()
    path = str(folder / os.path.basename(HDF))
    shutil.copy(HDF, path)
    return path, f'HDF4_EOS:EOS_GRID:"{path}":MOD_Grid_MOD17A3H:Npp_500m'


def _reference(path, subdataset, factor=1, width=None, height=None):
    """A raster on the product's own grid (factor 1) or on cells `factor` times larger."""
    source = gdal.Open(subdataset)
    gt = source.GetGeoTransform()
    width = width or source.RasterXSize // factor
    height = height or source.RasterYSize // factor
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((gt[0], gt[1] * factor, 0, gt[3], 0, gt[5] * factor))
    dataset.SetProjection(source.GetProjection())
    dataset = None
    return str(path)


def test_hdf_container_on_its_own_grid_gives_value_times_0_1(tmp_path, product):
    container, subdataset = product
    reference = _reference(tmp_path / "ref.tif", subdataset)
    out = tmp_path / "npp.tif"
    results, feedback = run({"INPUT": container, "REFERENCE": reference, "OUTPUT": str(out)})
    assert results["OUTPUT"] == str(out)
    values, nodata = read_raster(out)
    assert nodata == [-9999.0]
    # 8000 → 800, −500 → −50 (negative NPP is valid), 0 → 0, codes → nodata
    np.testing.assert_allclose(values[0], GRAMS, rtol=1e-6, equal_nan=True)
    assert any("Npp_500m" in line for line in feedback.infos)
    # 32761 unclassified ×1, 32762 urban ×3, 32763 wetland ×1, 32764 snow ×1, 32765 barren ×1,
    # 32766 water ×3 are reported; 32767 is the declared nodata of the sub-dataset.
    for code, count in ((32761, 1), (32762, 3), (32763, 1), (32764, 1), (32765, 1), (32766, 3)):
        assert any(f"Code {code}" in line and f": {count} product" in line
                   for line in feedback.infos), code  # fmt: skip


def test_coarser_reference_averages_the_valid_cells(tmp_path, product):
    _, subdataset = product
    reference = _reference(tmp_path / "ref.tif", subdataset, factor=2)
    out = tmp_path / "npp.tif"
    _, feedback = run({"INPUT": subdataset, "REFERENCE": reference, "OUTPUT": str(out)})
    assert any("resampling: average" in line for line in feedback.infos)
    # Means of the valid stored values of each 2 × 2 block, × 0.1:
    # row 1: (8000+8200+7000+7200)/4 = 7600 → 760; (8400+8600+7400+7600)/4 = 8000 → 800;
    #        codes only → nodata
    # row 2: (6000+6200+5000+5200)/4 = 5600 → 560; (−500+0+5400+5600)/4 = 2625 → 262.5;
    #        codes only → nodata
    # row 3: (4000+4400+4100+4300)/4 = 4200 → 420; (4500+4700)/2 = 4600 → 460;
    #        (3000+4900+5100)/3 = 4333.3 → 433.33
    expected = [[760, 800, np.nan], [560, 262.5, np.nan], [420, 460, 1300 / 3]]
    np.testing.assert_allclose(read_raster(out)[0][0], expected, rtol=1e-5, equal_nan=True)


def test_geotiff_onto_a_projected_30m_grid_with_nearest(tmp_path, product):
    _, subdataset = product
    tif = tmp_path / "MOD17A3HGF_Npp.tif"
    gdal.Translate(str(tif), subdataset)  # what an AppEEARS / GEE export looks like
    # A 30 m CGCS2000 / GK CM 114E grid (EPSG:4547) inside the product's extent.
    reference = write_raster(
        tmp_path / "ref.tif", np.zeros((60, 60), np.uint8), origin=(500100.0, 2489400.0)
    )
    out = tmp_path / "npp.tif"
    run({"INPUT": str(tif), "REFERENCE": reference, "RESAMPLING": "nearest", "OUTPUT": str(out)})
    values = read_raster(out)[0][0]
    # Independent truth: project each reference cell centre into the sinusoidal grid with
    # osr and look up the stored value of the product cell that contains it.
    src = gdal.Open(subdataset)
    gt = src.GetGeoTransform()
    target = osr.SpatialReference()
    target.ImportFromWkt(src.GetProjection())
    gk = osr.SpatialReference()
    gk.ImportFromEPSG(4547)
    for srs in (gk, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(gk, target)
    checked = 0
    for row in range(0, 60, 7):
        for col in range(0, 60, 7):
            x, y, _ = transform.TransformPoint(
                500100.0 + 30 * (col + 0.5), 2489400.0 - 30 * (row + 0.5)
            )
            i, j = int((y - gt[3]) / gt[5]), int((x - gt[0]) / gt[1])
            expected = GRAMS[i, j] if 0 <= i < 6 and 0 <= j < 6 else np.nan
            if np.isnan(expected):
                assert np.isnan(values[row, col])
            else:
                assert values[row, col] == pytest.approx(expected, rel=1e-6)
                checked += 1
    assert checked > 10


def test_already_scaled_values_are_refused_until_scale_is_set(tmp_path, product):
    _, subdataset = product
    kg = np.where(np.isnan(GRAMS), -9999, GRAMS / 1000).astype(np.float32)  # kgC·m⁻²
    src = gdal.Open(subdataset)
    path = tmp_path / "npp_kg.tif"
    dataset = gdal.GetDriverByName("GTiff").CreateCopy(str(path), src)
    dataset = None
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(tmp_path / "kg.tif"), 6, 6, 1, gdal.GDT_Float32
    )
    dataset.SetGeoTransform(src.GetGeoTransform())
    dataset.SetProjection(src.GetProjection())
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    dataset.GetRasterBand(1).WriteArray(kg)
    dataset = None
    reference = _reference(tmp_path / "ref.tif", subdataset)
    out = tmp_path / "npp.tif"
    with pytest.raises(QgsProcessingException, match=r"already scaled.*\[SCALE\]"):
        run({"INPUT": str(tmp_path / "kg.tif"), "REFERENCE": reference, "OUTPUT": str(out)})
    assert not out.exists()
    # kgC·m⁻² → SCALE 1: 0.8 kg → 800 g
    run({"INPUT": str(tmp_path / "kg.tif"), "REFERENCE": reference, "SCALE": 1.0,
         "OUTPUT": str(out)})  # fmt: skip
    np.testing.assert_allclose(read_raster(out)[0][0], GRAMS, rtol=1e-5, equal_nan=True)


def test_a_container_without_npp_is_explained(tmp_path):
    # A plain HDF4 file with two unnamed SDS: no Npp_500m to pick.
    mem = gdal.GetDriverByName("MEM").Create("", 3, 2, 2, gdal.GDT_Int16)
    gdal.GetDriverByName("HDF4Image").CreateCopy(
        str(tmp_path / "other.hdf"), mem, options=["RANK=2"]
    )
    reference = write_raster(tmp_path / "ref.tif", np.zeros((2, 2), np.uint8))
    with pytest.raises(QgsProcessingException, match="no single NPP sub-dataset"):
        run({"INPUT": str(tmp_path / "other.hdf"), "REFERENCE": reference,
             "OUTPUT": str(tmp_path / "npp.tif")})  # fmt: skip
