"""MOD17A3HGF conversion (core.nppimport), without QGIS."""

import os
import shutil

import numpy as np
import pytest
from osgeo import gdal

from carbonsink_plugin.core import nppimport, raster
from carbonsink_plugin.core.errors import Canceled

HDF = os.path.join(
    os.path.dirname(os.path.dirname(__file__)),
    "data",
    "mod17a3hgf_synthetic",
    "MOD17A3HGF.A2021001.h28v06.061.synthetic.hdf",
)


def test_stored_values_to_grams_and_fill_codes_to_nodata():
    # value × 0.0001 kgC·m⁻² × 1000 g/kg: 8000 → 800, −500 → −50, 32700 → 3270 (the largest
    # valid), −30000 → −3000 (the smallest); 32701 and 32761…32767 are not NPP.
    dn = np.array([8000, -500, 0, 32700, -30000, 32701, 32761, 32766, 32767, -30001], "float32")
    grams = nppimport.to_grams(dn)
    np.testing.assert_allclose(grams[:5], [800, -50, 0, 3270, -3000], rtol=1e-6)
    assert np.isnan(grams[5:]).all()


def test_the_npp_subdataset_of_a_container_is_chosen(tmp_path):
    path = str(tmp_path / "a.hdf")
    shutil.copy(HDF, path)
    assert nppimport.npp_dataset_path(path) == (
        f'HDF4_EOS:EOS_GRID:"{path}":MOD_Grid_MOD17A3H:Npp_500m'
    )
    # A sub-dataset or a GeoTIFF is used as given.
    sub = f'HDF4_EOS:EOS_GRID:"{path}":MOD_Grid_MOD17A3H:Gpp_500m'
    assert nppimport.npp_dataset_path(sub) == sub


def test_cancel_during_the_warp_pass_leaves_nothing(tmp_path):
    path = str(tmp_path / "a.hdf")
    shutil.copy(HDF, path)
    source = raster.Source(nppimport.npp_dataset_path(path), "INPUT")
    gt = gdal.Open(source.path).GetGeoTransform()
    fine = (gt[0], gt[1] / 100, 0.0, gt[3], 0.0, gt[5] / 100)  # 600 × 600 cells of 4.6 m
    reference = raster.Grid(600, 600, fine, source.grid.crs_wkt)
    out = tmp_path / "npp.tif"
    passes = []

    def engine(sources, outputs, compute, start=0.0, end=100.0, **options):
        passes.append(start)
        return raster.run_blocks(
            sources,
            outputs,
            compute,
            is_canceled=lambda: len(passes) > 1,
            memory_budget=200_000,  # many windows, so the second pass can be canceled
            **options,
        )

    with pytest.raises(Canceled):
        nppimport.import_npp(
            source, reference, raster.Output(str(out)), engine=engine, workdir=str(tmp_path)
        )
    assert passes == [0, 30]  # the conversion pass ran, the warp pass was canceled
    assert sorted(os.listdir(tmp_path)) == ["a.hdf"]  # no output, no intermediate folder
