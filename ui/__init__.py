"""The PySide6 desktop front end: thin, it calls the `inspector` core and never the reverse."""
