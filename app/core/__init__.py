"""Small things every feature uses: the clock (the one place for now and
stored times), text folding, resources, the version, the translation
marker and problems as data."""
