"""CSV import: the mapping preview (encoding, delimiter, a target per column),
then the vCard import's preview, progress and summary pages."""
