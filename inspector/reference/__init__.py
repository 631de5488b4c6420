"""Reference data (provinces)."""
