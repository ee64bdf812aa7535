"""The installed package carries its Cypher files, templates, static assets and reference data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow(seconds=10)  # builds a wheel in an isolated build environment
def test_the_wheel_ships_every_non_python_file_the_code_reads(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("netwerkkaart-*.whl"))
    shipped = set(zipfile.ZipFile(wheel).namelist())
    wanted = [p for pattern in ("cypher/*.cypher", "web/templates/**/*.html", "web/static/**/*.*",
                                "netwerkkaart/**/templates/*.html",
                                "graph/reference/rotterdam/*.*", "graph/runtime/pom.xml",
                                "graph/locale/*/LC_MESSAGES/*.mo")
              for p in ROOT.glob(pattern) if p.is_file()]
    missing = [str(p.relative_to(ROOT)) for p in wanted if str(p.relative_to(ROOT)) not in shipped]
    assert len(wanted) > 40
    assert not missing, f"not in the wheel: {missing}"
