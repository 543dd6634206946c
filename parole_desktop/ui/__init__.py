"""PySide6 widgets, dialogs, item models and background tasks: the only layer that imports Qt."""
