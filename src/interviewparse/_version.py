"""The package's version, in a module of its own: the pattern cache
(``patterns.py``) keys on it without importing the package."""

__version__ = "0.2.0"
