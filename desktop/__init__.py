"""Meja Aduan: the complaint desk application."""

__version__ = "0.1.0"
