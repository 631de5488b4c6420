"""Small reusable widgets (item pane, evidence list, figures, people, save indicator)."""
