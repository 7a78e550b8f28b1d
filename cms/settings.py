"""Kinship settings: one module, every value from the environment (docs/configuration.md lists each one).

Secrets have no production default. `DEBUG=0` (the default outside `make run`) refuses
to start without `SECRET_KEY`.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG=0 Kinship needs a SECRET_KEY environment "
            "variable (50 or more random characters), e.g. "
            "SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    SECRET_KEY = "django-insecure-kinship-development-only-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

# --- Applications -------------------------------------------------------------------

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]
THIRD_PARTY_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "cms.apps.KinshipUsersAppConfig",  # wagtail.users with Kinship's user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "csp",
]
LOCAL_APPS = [
    "cms",
    "learning",
    "workshops",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    # Outermost, so even the health answer below carries it.
    "cms.middleware.PermissionsPolicyMiddleware",
    # First to answer: /healthz/ whatever the Host header (probes use the machine's address).
    "cms.health.HealthCheckMiddleware",
    # Sign-up, sign-in and reset answers leave on a fixed beat (cms/account_timing.py).
    "cms.account_timing.EvenAccountTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before anything reads the input: NUL and other control characters get a 400 (cms/input_guard.py).
    "cms.input_guard.RefuseControlCharactersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "cms.languages.PreferredLanguageMiddleware",
    "cms.mfa.RequireStaffMFAMiddleware",
    "cms.middleware.ConsentMiddleware",
    "cms.middleware.KinshipCSPMiddleware",
    "cms.middleware.PrivateWhenSignedInMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so a cached anonymous page still gets every header the others add (cms/page_cache.py).
    "cms.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "cms.languages.language_urls",
                "csp.context_processors.nonce",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data ---------------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the dev server and a background worker share the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Account answers are held to the next multiple of this (seconds): see cms/account_timing.py.
# Larger than the slowest sign-up (one PBKDF2 hash plus a few rows); 0 turns it off.
ACCOUNT_TIMING_QUANTUM_SECONDS = float(os.environ.get("ACCOUNT_TIMING_QUANTUM_SECONDS", "0.5"))

# Two aliases: `default` (sessions, rate limits, small lookups) and `pages` (copies of whole
# pages), so a burst of page copies never evicts a session or a rate-limit counter. With Redis,
# both fail soft (cms/cache_backends.py): pages are rendered afresh while Redis is away.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_PAGES_URL = os.environ.get("REDIS_PAGES_URL", "") or REDIS_URL
# How many page copies a per-process cache keeps (Redis: bound the instance with maxmemory).
PAGE_CACHE_ENTRIES = int(os.environ.get("PAGE_CACHE_ENTRIES", "2000"))
REDIS_CACHE_OPTIONS = {
    # A Redis that hangs must not hang pages: give up quickly and serve without it.
    "socket_connect_timeout": float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5")),
    "socket_timeout": float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5")),
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache_backends.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kinship",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        },
        "pages": {
            "BACKEND": "cms.cache_backends.FailSoftRedisCache",
            "LOCATION": REDIS_PAGES_URL,
            "KEY_PREFIX": "kinship-pages",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        },
    }
else:
    CACHES = {
        # Sessions and rate-limit counters: room for many people (Django's default keeps 300).
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kinship",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kinship-pages",
            "OPTIONS": {"MAX_ENTRIES": PAGE_CACHE_ENTRIES},
        },
    }
# Gunicorn's own variable: how many web processes serve. A per-process cache with more than one
# is a deploy-check error (each process would keep its own rate limits and page copies).
WEB_CONCURRENCY = int(os.environ.get("WEB_CONCURRENCY", "2" if REDIS_URL else "1"))
SESSION_CACHE_ALIAS = "default"

# Anonymous lesson, module and library pages are kept this long at most (0 turns it off).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))
# Markup that is the same for every reader, kept for signed-in pages too ({% public_fragment %}:
# lesson text, the footer's crisis lines, the program's name), ended by the same generation (0 turns it off).
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "600"))
# A bare view at /bench/floor/ for `make bench` to compare pages against; never in production.
BENCH_FLOOR = env_bool("BENCH_FLOOR", False)

# Sessions are read from the cache and written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Messages ("Signed in as <name>", ...) stay on the server, not in a cookie anyone can decode.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# --- Accounts -----------------------------------------------------------------------

AUTH_USER_MODEL = "cms.User"
# One backend: allauth's email sign-in with Django's permissions read in one query. (A session
# signed in under the former second backend, allauth's own, is signed out once.)
AUTHENTICATION_BACKENDS = ["cms.auth_backends.OneQueryModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/me/"
LOGOUT_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "cms.adapters.KinshipAccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "cms.forms.SignupExtraForm"
# Same work (one password hash, one email) whether or not the address has an account.
ACCOUNT_FORMS = {"signup": "cms.account_forms.SignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https") else "http"
ACCOUNT_SESSION_REMEMBER = None
# Behind a proxy: how to find the client's address for rate limits (sign-in, certificate checks).
# TRUSTED_PROXY_COUNT reads X-Forwarded-For; TRUSTED_CLIENT_IP_HEADER names a header the proxy sets.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("TRUSTED_CLIENT_IP_HEADER", "").strip() or None
MFA_ADAPTER = "cms.adapters.KinshipMFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_TOLERANCE = 1  # one 30-second step either way, for phones whose clock drifts
# Each code works once, in every process, for all of those 90 seconds (cms/mfa_forms.py).
MFA_FORMS = {
    "authenticate": "cms.mfa_forms.SingleUseAuthenticateForm",
    "reauthenticate": "cms.mfa_forms.SingleUseReauthenticateForm",
}
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Kinship")
REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", not DEBUG)
# Members who do not sign in for this long are warned twice, then deleted (purge_expired_data).
ACCOUNT_INACTIVITY_DAYS = int(os.environ.get("ACCOUNT_INACTIVITY_DAYS", "730"))

# --- Wagtail ------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Kinship"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []  # every document downloads; none renders in the page
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "rtf", "pptx", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"password": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"password": False}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.workflows.publish_approved"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Pages exist per language; clinicians translate them page by page (simple_translation).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]

# --- Background tasks ---------------------------------------------------------------

# In production a worker does the slow work (certificates, email), never the web request.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate" if DEBUG else "database").strip().lower()
_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be 'immediate' or 'database', not {TASKS_BACKEND!r}.")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND]}}
# An email task whose mail server fails is queued again after 1, 2, 4, 8 minutes (database backend).
EMAIL_MAX_ATTEMPTS = int(os.environ.get("EMAIL_MAX_ATTEMPTS", "5"))
EMAIL_RETRY_BASE_SECONDS = int(os.environ.get("EMAIL_RETRY_BASE_SECONDS", "60"))
# A task RUNNING this long is taken as abandoned by a dead worker and queued again (run_scheduler).
TASK_ABANDONED_AFTER_SECONDS = int(os.environ.get("TASK_ABANDONED_AFTER_SECONDS", "1800"))
# Finished task results are deleted after this many days (run_scheduler).
TASK_RESULTS_KEEP_DAYS = int(os.environ.get("TASK_RESULTS_KEEP_DAYS", "14"))

# --- Email --------------------------------------------------------------------------

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Set EMAIL_USE_TLS (STARTTLS, port 587) or EMAIL_USE_SSL (port 465), not both.")
# A hung mail server must not hang a worker for ever (seconds).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
# A neutral sender: the name in a family's inbox must not reveal what the program is about.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kinship <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation -----------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One date and time style per language (cms/formats/<language>/formats.py, used through cms/dates.py).
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static and media files ---------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Fingerprinted, compressed files from `collectstatic` in production; the test suite and
# `make run` serve straight from the apps (STATIC_MANIFEST=0) so they need no collectstatic.
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", not DEBUG)
# Media on this machine's disk (MEDIA_ROOT; Kinship serves public images itself, cms/media.py),
# or in S3-compatible object storage through django-storages when MEDIA_S3_BUCKET is set
# (several machines). Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "").strip()
if MEDIA_S3_BUCKET:
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            # A private bucket: every address is signed and expires (certificate PDFs live there too).
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": int(os.environ.get("MEDIA_S3_URL_SECONDS", "3600")),
            "file_overwrite": False,
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
MEDIA_SERVED_BY_KINSHIP = not MEDIA_S3_BUCKET
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
WHITENOISE_AUTOREFRESH = DEBUG
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000

# Certificates print landscape on A4 or US Letter.
CERTIFICATE_PAGE_SIZE = os.environ.get("CERTIFICATE_PAGE_SIZE", "A4").strip().upper()
if CERTIFICATE_PAGE_SIZE not in {"A4", "LETTER"}:
    raise ImproperlyConfigured(f"CERTIFICATE_PAGE_SIZE must be 'A4' or 'Letter', not {CERTIFICATE_PAGE_SIZE!r}.")

# --- Security -----------------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", SITE_URL)

# Public pages: scripts and styles from this origin only, never inline scripts.
# The Wagtail admin gets a looser policy in cms.middleware (it needs inline styles).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
