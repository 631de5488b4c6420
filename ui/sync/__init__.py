"""The sync feature's dialogs and controller (registered by ui/features/sync.py)."""
