"""Qt models fed with the core's dataclasses (inspection list, checklist tree, statuses)."""
