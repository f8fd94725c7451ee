"""Reading contributor files: no links, strict YAML with a line mark for every value, placeholders."""
