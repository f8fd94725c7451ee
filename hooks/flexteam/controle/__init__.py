"""Validation in phases: every file first, then the rules across files; the result is the Catalogus."""
