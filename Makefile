# Kinship: `make run` serves the demo site, `make test` runs every test.
# Both create .venv with the first python3 >= 3.11 they find and install from requirements-dev.lock.
# requirements.lock pins the runtime packages alone (what production installs: README, docs/deploy/);
# requirements-dev.lock adds the tests' and `make load`'s (locust, Flask, gevent never reach production).

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo $$p && break; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8000

.PHONY: install run test test-fast lint format lock clean bench bench-certificates bench-handouts load messages

$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	@test -n "$(PYTHON)" || { echo "Kinship needs Python 3.11 or newer (python3 on PATH)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements-dev.lock -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# Links in emails, PDFs, QR codes and calendars point at the port served, unless SITE_URL is set.
run: export SITE_URL := $(or $(SITE_URL),http://127.0.0.1:$(PORT))
run: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py load_demo_content
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/python -m pytest

# Pages against a bare Django view under gunicorn + PostgreSQL with 10,000 members (bench/README.md).
# DATABASE_URL defaults to postgres://kinship:kinship@127.0.0.1:5432/kinship_bench.
bench: install
	@command -v wrk >/dev/null 2>&1 || { echo "make bench needs wrk: sudo apt-get install wrk (Debian/Ubuntu) or brew install wrk (macOS)."; exit 1; }
	$(BIN)/python bench/pages.py

# Certificate rendering and issuing costs, and a worker's memory over 1,000 renders (about four minutes).
bench-certificates: install
	$(BIN)/python bench/certificates.py

# Handout render time and memory over 200 renders (bench/README.md); about two minutes.
bench-handouts: install
	$(BIN)/python bench/handouts.py

# 300 simulated people for two minutes with locust (the `bench` extra); not run by CI.
load: install
	$(BIN)/python -m pip install --quiet -c requirements-dev.lock -e ".[bench]"
	$(BIN)/python bench/load.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	DEBUG=0 SECRET_KEY=lint-only-$$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyz ALLOWED_HOSTS=example.org \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Refresh the Spanish catalog after changing translatable strings (no line numbers: smaller diffs), then translate and recompile.
messages: install
	DEBUG=1 $(BIN)/python manage.py makemessages -l es --no-location --no-obsolete --ignore=.venv --ignore=node_modules -v0
	DEBUG=1 $(BIN)/python manage.py compilemessages -l es --ignore=.venv -v0

# Refresh both locks after changing pyproject.toml's dependencies: the development lock from this
# .venv (with the bench extra), the runtime lock from a fresh venv holding the runtime packages only.
lock: install
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > requirements-dev.lock
	rm -rf .venv-runtime && $(PYTHON) -m venv .venv-runtime
	.venv-runtime/bin/python -m pip install --quiet -c requirements-dev.lock .
	.venv-runtime/bin/python -m pip freeze --exclude-editable | grep -v -e '^-e' -e '^kinship' > requirements.lock
	rm -rf .venv-runtime

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
