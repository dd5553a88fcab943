"""The conversation log (store.py owns the interaction tables), temperature
(pure rules, temperature.py), the stored temperature inputs (warmth.py,
warmth_store.py), Today and the pre-call briefing."""
