"""The resilience report: one self-contained, printable HTML file without personal data."""
