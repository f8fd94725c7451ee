"""Money and hours, computed once: Decimal only, one rounding rule (half up), parts that add up to the cent."""
