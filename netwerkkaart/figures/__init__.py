"""Figures shared by the web app, the report and the CLI (the pyvis network page among them)."""
