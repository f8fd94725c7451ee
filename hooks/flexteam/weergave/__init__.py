"""View models for pages: labels and filters, URLs, tables, charts, number formats and safe text."""
