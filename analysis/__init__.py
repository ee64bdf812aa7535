"""Network analysis: pure functions over the rows graph/ reads (no database driver)."""

import os

# igraph's PageRank (PRPACK) runs on OpenMP threads, sized from the environment when igraph loads. On
# a small machine shared with other work those threads spin and wait: 0.3–0.5 s per PageRank of the
# city's organisation graph instead of 3 ms. One thread, unless the environment says otherwise.
os.environ.setdefault("OMP_NUM_THREADS", "1")
