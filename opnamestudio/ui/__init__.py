"""The desktop app: QApplication, main window, pages, widgets and the one error-to-dialog mapper.

Only this package imports PySide6; it builds on ``opnamestudio.core`` and owns every word the user
reads.
"""
