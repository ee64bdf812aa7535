"""The service layer: JSON-ready documents from Neo4j reads and analysis, for the CLI, web and report."""
