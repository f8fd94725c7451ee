"""Helpers for the browser tests (tests/test_browser_*.py): a local web server, Chromium, axe-core.

The fixtures live in ``browser.fixtures`` and are registered in tests/conftest.py.
"""
