# Every target goes through packaging/dev.py, which needs nothing but python3 (it makes .venv).
PY ?= python3

.PHONY: run test bench lint screenshots package i18n clean

run:          ## launch the app (demo vault on first use; passphrase "demo passphrase")
	$(PY) packaging/dev.py run

test:         ## ruff + layer contracts + mypy + the whole test suite, offscreen
	$(PY) packaging/dev.py test

bench:        ## benchmarks (print numbers; not part of the test run)
	$(PY) packaging/dev.py bench

screenshots:  ## render every main screen into docs/screenshots/
	$(PY) packaging/dev.py venv && .venv/bin/python packaging/i18n.py build && QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py docs/screenshots

i18n:         ## regenerate resources/i18n/*.ts (every tr() of ui/ and app.py) and resources/i18n/core/*.po (every _() of the core); see docs/translating.md
	$(PY) packaging/dev.py venv && QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/i18n.py update

package:      ## PyInstaller builds for this OS (see docs/packaging.md)
	$(PY) packaging/dev.py venv && .venv/bin/python packaging/build.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
