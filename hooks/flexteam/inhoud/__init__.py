"""The content: the model (single source of validation and JSON Schema) and the rules every layer shares."""
