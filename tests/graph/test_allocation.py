"""fewer_collections: thresholds raised and objects frozen inside, both undone at the outermost exit."""

from __future__ import annotations

import gc

from graph.allocation import YOUNG_THRESHOLD, fewer_collections


def test_nested_use_restores_the_collector_only_at_the_outermost_exit() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD and gc.get_freeze_count() > 0
        with fewer_collections():
            pass
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
