"""Dialogs: new inspection, settings, finalize / amend / seal, recommendation, data check."""
