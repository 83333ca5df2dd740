"""OpnameStudio: record, seal and share conversations under the ombudsman's rules for recordings."""

__all__ = ["__version__"]

__version__ = "0.1.0"
