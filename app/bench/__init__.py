"""`hearth bench`: builds demo databases and prints performance figures.

Never imported by product code."""
