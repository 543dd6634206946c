"""Parole Desktop: offline preparation of US humanitarian parole requests."""

__version__ = "0.2.0"
APP_NAME = "Parole Desktop"
APP_ID = "parole-desktop"
