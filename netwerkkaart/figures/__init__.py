"""Figures shared by the web app, the report and the CLI.

The choropleth map, line and bar charts, the palette and the pyvis network page.
"""
