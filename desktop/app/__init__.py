"""Composition root: command line, paths, logging, error handling, wiring of the window."""
