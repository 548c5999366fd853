"""The Qt interface. Only this package and desktop.app import PySide6."""
