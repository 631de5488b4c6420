"""`inspector doctor`: placeholder registered until storage lands (replaced below)."""
