# Urban carbon sink plugin — developer commands. `make demo` and `make test` do everything
# on a fresh Debian 12/13 machine, installing what is missing.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN := carbonsink_plugin
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PYTHON := $(VENV)/bin/python
VERSION = $(shell sed -n 's/^version=//p' metadata.txt)
QM := $(PLUGIN)/resources/i18n/carbonsink_zh_CN.qm
TS := $(PLUGIN)/resources/i18n/carbonsink_zh_CN.ts
QT6_VENV := build/pyqt6
# Debian 12's /usr/bin/qgis_process wrapper adds --noversioncheck, which QGIS 3.22 rejects.
QGIS_PROCESS := $(shell command -v qgis_process.bin || command -v qgis_process)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
DIST ?= dist
# Built files the zip adds to the committed plugin folder (they are git-ignored).
PACKAGE_BUILT := $(QM)
# The Qt-free tier: tests that need neither QGIS nor Qt (tests/conftest.py blocks their import).
CORE_TESTS := tests/core tests/sampledata tests/report/test_builder.py tests/report/test_inputs.py \
	tests/test_architecture.py tests/test_metadata.py

export QT_QPA_PLATFORM := offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help deps build test test-core test-qt6 test-debian13 demo bench lint format package deploy clean translations-update screenshots

help:
	@echo "make demo     run the whole evaluation on the Shenzhen sample data (writes demo_output/)"
	@echo "make test     run the whole test suite (offscreen), the core tests again with GDAL exceptions on"
	@echo "make test-core  the Qt-free tier only (core science, sample data, report content)"
	@echo "make test-debian13  make test on Debian 13 (QGIS 3.40) in a debootstrap root (as root)"
	@echo "make bench    benchmarks: throughput and peak memory"
	@echo "make lint     ruff check and format check"
	@echo "make package  dist/$(PLUGIN)-<version>.zip, installable in QGIS (DIST=folder to change)"
	@echo "make deploy   copy the plugin into QGIS_PROFILE=$(QGIS_PROFILE)"
	@echo "make clean    remove build products and outputs"

deps: $(VENV)/.installed
	@scripts/deps.sh

$(VENV)/.installed: requirements-dev.txt
	@scripts/deps.sh
	@test -x $(PYTHON) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	@$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

build: $(QM)

# Qt6's lrelease (Debian: qt6-l10n-tools); the .qm it writes is read by Qt5 and Qt6 alike.
LRELEASE := $(shell command -v /usr/lib/qt6/bin/lrelease || command -v lrelease)

$(QM): $(TS) | deps
	$(LRELEASE) -silent $< -qm $@

# scripts/translations.py extracts what pylupdate5 did, without Qt5 tools.
translations-update: deps
	$(PYTHON) scripts/translations.py $(TS) $$(find $(PLUGIN) -name '*.py' -o -name '*.ui' | sort)

# The core tests run twice: GDAL exceptions off (QGIS 3.22's Processing) and on (QGIS 3.40's).
test: deps build
	$(PYTHON) -m pytest $(PYTEST_ARGS)
	$(if $(PYTEST_ARGS),,$(PYTHON) -m pytest -q tests/core --gdal-exceptions=on)
	$(if $(PYTEST_ARGS),,$(MAKE) --no-print-directory test-qt6)

# The PDF report under PyQt6 from PyPI (QGIS 4 is built on Qt6), without QGIS: tests/qt6/.
$(QT6_VENV)/.installed:
	$(SYSTEM_PYTHON) -m venv $(QT6_VENV)
	$(QT6_VENV)/bin/pip install --quiet --disable-pip-version-check PyQt6 pytest
	@touch $@

test-qt6: $(QT6_VENV)/.installed
	PYTHONPATH=tests/qt6 $(QT6_VENV)/bin/python -m pytest -q -p qt6_app \
		-W ignore::pytest.PytestConfigWarning tests/report/test_pdf.py

test-debian13:
	scripts/debian13.sh

test-core: deps
	CARBONSINK_TEST_TIER=core $(PYTHON) -m pytest -p no:pytest_qgis -m "not qgis" \
		-W ignore::pytest.PytestConfigWarning $(CORE_TESTS) $(PYTEST_ARGS)

demo: deps build
	$(PYTHON) scripts/demo.py

bench: deps build
	$(PYTHON) scripts/bench.py

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: deps
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The zip: what git tracks in $(PLUGIN)/ as in the working tree (untracked files never ship;
# .gitattributes export-ignore drops the rest) plus the compiled files (scripts/package.py).
package: build
	@$(SYSTEM_PYTHON) scripts/package.py $(DIST) $(VERSION) $(PACKAGE_BUILT)

deploy: build
	mkdir -p "$(QGIS_PROFILE)/python/plugins"
	rm -rf "$(QGIS_PROFILE)/python/plugins/$(PLUGIN)"
	cp -rL $(PLUGIN) "$(QGIS_PROFILE)/python/plugins/"
	find "$(QGIS_PROFILE)/python/plugins/$(PLUGIN)" -name '__pycache__' -prune -exec rm -rf {} +
	@echo "Deployed to $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in Plugins → Manage and Install Plugins."

clean:
	rm -rf build dist demo_output sample_data bench_output .pytest_cache .ruff_cache .qgis-settings $(QM)
	find . -name '__pycache__' -prune -exec rm -rf {} +
