"""Pages of the main window: welcome, inspection list, workspace (and its tabs)."""
