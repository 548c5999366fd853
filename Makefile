# Set-up and everyday commands. `make run` and `make test` work on a fresh Debian/Ubuntu machine
# with Python 3.11+: they install what is missing (system packages, virtual environment).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export LANG := C.UTF-8

# Libraries PySide6 needs even offscreen (libfontconfig1 brings a font), then those for a real
# window on X11. See ../shared/ENVIRONMENT.md of the project's notes.
QT_OFFSCREEN_PACKAGES := libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
QT_WINDOW_PACKAGES := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
SCREENSHOT_PACKAGES := xvfb xauth imagemagick

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test check lint unit bench screenshots translations update-translations clean bundle bundle-check deb deb-check nsis-check

run: $(VENV)/.installed translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES) $(QT_WINDOW_PACKAGES)
	$(PY) -m desktop

# Tests run in parallel processes (pytest-xdist), one per core; `make test PYTEST_WORKERS=0` runs
# them in this one. worksteal: a process that runs out of tests takes some of another's, so the
# long synchronisation proofs (started first, see tests/conftest.py) do not leave a tail.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL = -n $(PYTEST_WORKERS) --dist worksteal

# The whole suite: what CI runs (.ci/run).
test: $(VENV)/.installed-dev translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES)
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_PARALLEL) -m "not serial"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:xdist -m serial

# The quick loop while working: lint, then every test but those marked slow.
check: $(VENV)/.installed-dev translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES)
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_PARALLEL) -m "not slow"

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check desktop sync tests
	$(VENV)/bin/ruff format --check desktop sync tests
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

bench: $(VENV)/.installed-dev translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

screenshots: $(VENV)/.installed-dev translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES) $(QT_WINDOW_PACKAGES) $(SCREENSHOT_PACKAGES)
	$(PY) -m tests.screenshots docs/screenshots
	$(PY) -m tests.screenshots docs/screenshots/en en

translations: $(QM_FILES)

%.qm: %.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract strings after changing the interface; then translate in pyside6-linguist. English
# is the source language: its file holds only the plural messages, with their two forms.
UI_SOURCES = $$(git ls-files 'desktop/ui/*.py' 'desktop/app/*.py')
update-translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate $(UI_SOURCES) \
		-ts resources/translations/meja_aduan_id.ts -source-language en -target-language id -no-obsolete
	$(VENV)/bin/pyside6-lupdate $(UI_SOURCES) -pluralonly \
		-ts resources/translations/meja_aduan_en.ts -source-language en -target-language en -no-obsolete

# Packaged builds (installer/README.md). PyInstaller is pinned: the spec filters what it collects.
PYINSTALLER_VERSION := 6.22.3
# What the bundle leaves to a Debian/Ubuntu system besides the Qt window libraries.
BUNDLE_SYSTEM_PACKAGES := libcups2
# What the build needs besides Python: binutils assembles the smaller ICU data library.
BUNDLE_BUILD_PACKAGES := binutils

$(VENV)/.installed-bundle: $(VENV)/.installed
	$(PY) -m pip install --quiet "pyinstaller==$(PYINSTALLER_VERSION)"
	touch $@

# One folder, dist/meja-aduan/ (the programs meja-aduan and meja-aduan-sync); prints its size.
bundle: $(VENV)/.installed-bundle translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES) $(QT_WINDOW_PACKAGES) $(BUNDLE_SYSTEM_PACKAGES) \
		$(BUNDLE_BUILD_PACKAGES)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/meja-aduan.spec
	@du -s --apparent-size --block-size=1 dist/meja-aduan | awk '{printf "dist/meja-aduan: %.1f MiB = %.1f MB\n", $$1 / 1048576, $$1 / 1000000}'

# The frozen build's self-test (offscreen, fresh data folder), its libraries, both programs.
bundle-check: bundle
	installer/check-bundle dist/meja-aduan

# dist/meja-aduan_<version>_amd64.deb, then install, upgrade and remove it here (root).
deb: bundle
	installer/linux/build-deb

deb-check: bundle
	installer/linux/check-deb

# Compiles the Windows installer script against a stand-in folder (installs nsis if missing).
nsis-check:
	tools/ensure-debian-packages nsis
	installer/windows/check-nsis

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: pyproject.toml $(VENV)/.created
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.created
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) $(QM_FILES) .pytest_cache .mypy_cache .ruff_cache build dist
