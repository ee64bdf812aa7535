"""Figures shared by the web app and the report: the choropleth map, line and bar charts, the palette."""
