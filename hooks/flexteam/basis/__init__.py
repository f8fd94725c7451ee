"""The bottom layer, importing nothing of the project: errors as values and the one exception base class, and the Dutch way of writing numbers, amounts and dates."""
