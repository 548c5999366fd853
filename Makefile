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

.PHONY: run test lint unit bench screenshots translations update-translations clean

run: $(VENV)/.installed translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES) $(QT_WINDOW_PACKAGES)
	$(PY) -m desktop

test: $(VENV)/.installed-dev translations
	tools/ensure-debian-packages $(QT_OFFSCREEN_PACKAGES)
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

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

translations: $(QM_FILES)

%.qm: %.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract strings after changing the interface; then translate in pyside6-linguist.
update-translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'desktop/ui/*.py' 'desktop/app/*.py') \
		-ts resources/translations/meja_aduan_id.ts -source-language en -target-language id -no-obsolete

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
	rm -rf $(VENV) $(QM_FILES) .pytest_cache .mypy_cache .ruff_cache
