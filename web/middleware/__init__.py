"""ASGI middleware of the web app: viewer redaction, the remembered language, the download audit."""
