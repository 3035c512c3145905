"""MODIS MOD13Q1 by path and by folder (no MRT): the .hdf container for ndvi and
monthlycomposite, and a folder of tiles × dates mosaicked and composited to 12 months.

tests/data/mod13q1_synthetic/ is made by scripts/make_mod13_testfiles.py: real HDF-EOS2 grids
(MODIS_Grid_16DAY_250m_500m_VI, sinusoidal, 231.656 m) of two adjacent tiles (h28v06's last 4
columns, h29v06's first 4, rows 2300–2303) on two dates (A2019001, A2019182), with made-up
values. Stored NDVI = 1000·(1 + tile − 28) + 100·row + 10·column (+ 1 on day 182); pixel (3, 3)
is the fill value −3000; VI Quality pixel (1, 0) = 0b10 (cloudy), (0, 1) = 0b01.
"""

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from stage1_support import chinese_folder, copy_data, run
from support import read_raster

pytestmark = pytest.mark.usefixtures("provider")

DATA = Path(__file__).resolve().parent.parent / "data" / "mod13q1_synthetic"
H28 = "MOD13Q1.A2019001.h28v06.061.synthetic.hdf"


def test_ndvi_from_the_hdf_container_by_path(tmp_path):
    folder = chinese_folder(tmp_path)
    granule = str(copy_data(f"mod13q1_synthetic/{H28}", folder))
    results, log = run(
        "ndvi",
        {"RED": granule, "SENSOR": "modis_mod13", "QA": granule, "OUTPUT": str(folder / "n.tif")},
    )
    values = read_raster(results["OUTPUT"])[0][0]
    # NDVI = stored × 0.0001: pixel (0, 0) 1000 → 0.1, (2, 3) 1230 → 0.123; (0, 1) quality 01
    # is kept (0.101); (1, 0) quality 10 (cloudy) is masked; (3, 3) fill → nodata.
    assert values[0, 0] == pytest.approx(0.1, abs=1e-6)
    assert values[2, 3] == pytest.approx(0.123, abs=1e-6)
    assert values[0, 1] == pytest.approx(0.101, abs=1e-6)
    assert np.isnan(values[1, 0]) and np.isnan(values[3, 3])
    assert '"250m 16 days NDVI"' in log and '"250m 16 days VI Quality"' in log


def sinusoidal_reference(folder, granule):
    """A GeoTIFF on the two tiles' mosaic grid: h28v06's last 4 columns + h29v06's first 4."""
    sub = gdal.Open(gdal.Open(granule).GetSubDatasets()[0][0])
    gt = sub.GetGeoTransform()
    path = str(folder / "sinusoidal 参考.tif")
    out = gdal.GetDriverByName("GTiff").Create(path, 8, 4, 1, gdal.GDT_Float32)
    out.SetGeoTransform(gt)
    out.SetProjection(sub.GetProjection())
    out = None
    return path


def test_a_folder_of_tiles_and_dates_becomes_twelve_months(tmp_path):
    folder = chinese_folder(tmp_path)
    granules = copy_data("mod13q1_synthetic", folder)
    reference = sinusoidal_reference(folder, str(granules / H28))
    results, log = run(
        "monthlycomposite",
        {
            "MODIS_FOLDER": str(granules),
            "REFERENCE": reference,
            "ALLOW_FEW_MONTHS": True,  # two dates (January, July): 10 months filled
            "OUTPUT": str(folder / "NDVI 月.tif"),
        },
    )
    values = read_raster(results["OUTPUT"])[0]
    # January (A2019001): stored × 0.0001 — h28v06 pixel (0, 0) 1000 → 0.1, h29v06 (0, 4)
    # 2000 → 0.2, h29v06 (2, 7) 2230 → 0.223. July (A2019182 = 1 July): each + 0.0001.
    assert values[0, 0, 0] == pytest.approx(0.1, abs=1e-6)
    assert values[0, 0, 4] == pytest.approx(0.2, abs=1e-6)
    assert values[0, 2, 7] == pytest.approx(0.223, abs=1e-6)
    assert values[6, 0, 0] == pytest.approx(0.1001, abs=1e-6)
    # April, three months from both: filled halfway, (0.1 + 0.1001)/2 = 0.10005.
    assert values[3, 0, 0] == pytest.approx(0.10005, abs=1e-6)
    # The fill value (pixel (3, 3) of each tile) is nodata in every month.
    assert np.isnan(values[:, 3, 3]).all() and np.isnan(values[:, 3, 7]).all()
    assert "2 date(s), the tiles of each mosaicked" in log
    assert "SCALE] = 0.0001 applied" in log


def test_hdf_containers_as_composite_inputs(tmp_path):
    folder = chinese_folder(tmp_path)
    granules = copy_data("mod13q1_synthetic", folder)
    january = str(granules / H28)
    july = str(granules / "MOD13Q1.A2019182.h28v06.061.synthetic.hdf")
    results, log = run(
        "monthlycomposite",
        {"INPUTS": [january, july], "SCALE": 0.0001, "ALLOW_FEW_MONTHS": True,
         "OUTPUT": str(folder / "n.tif")},  # two dates: 10 months filled
    )  # fmt: skip
    values = read_raster(results["OUTPUT"])[0]
    assert values[0, 2, 3] == pytest.approx(0.123, abs=1e-6)  # 1230 × 0.0001
    assert values[6, 2, 3] == pytest.approx(0.1231, abs=1e-6)
    assert "sub-dataset" in log


def test_neither_scenes_nor_a_folder_is_refused_before_running(tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"give scenes, or a folder of MODIS"):
        run("monthlycomposite", {"OUTPUT": str(tmp_path / "n.tif")})
    assert not (tmp_path / "n.tif").exists()


def test_a_folder_of_two_dates_is_refused_without_allow_few_months(tmp_path):
    # January and July only: 10 of 12 months would be gap-filled (the limit: 6 observed).
    from qgis.core import QgsProcessingException

    folder = chinese_folder(tmp_path)
    granules = copy_data("mod13q1_synthetic", folder)
    reference = sinusoidal_reference(folder, str(granules / H28))
    with pytest.raises(QgsProcessingException, match=r"only 2 of the 12 months .*\(1, 7\)"):
        run("monthlycomposite", {"MODIS_FOLDER": str(granules), "REFERENCE": reference,
                                 "OUTPUT": str(folder / "NDVI 月.tif")})  # fmt: skip
    assert not (folder / "NDVI 月.tif").exists()
