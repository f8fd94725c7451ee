"""Editing the menukaart in a browser: the form editor (Decap CMS) at ``/beheer/`` and its local backend."""
