"""The web app. `analysis` first: it sets igraph's OpenMP threads before web.layout loads igraph."""

import analysis  # noqa: F401
