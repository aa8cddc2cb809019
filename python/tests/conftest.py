"""Shared fixtures: the repository's paths, the command line and the per-product specification.

Tests import the package from this checkout and find the library as the package does
(GRAVITYKIT_LIBRARY, or the repository's `.build/release`). A missing library fails the tests:
`.ci/run` builds it first.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "python"))

from gravitykit.simulation import (fixed_effects_supported, per_product_specification, product_panel,  # noqa: E402,F401
                                   registered)


def cli_path():
    """The release `gravity` beside the library (GRAVITYKIT_LIBRARY's folder, else .build/release)."""
    folder = Path(os.environ["GRAVITYKIT_LIBRARY"]).parent if os.environ.get("GRAVITYKIT_LIBRARY") else REPOSITORY / ".build" / "release"
    return folder / "gravity"


def run_cli(data_path, model, formula, vcov="classical", extra=()):
    """`gravity fit DATA --format json` (with `extra` arguments) as a parsed dict."""
    completed = subprocess.run([str(cli_path()), "fit", str(data_path), "--model", model, "--formula", formula,
                                "--vcov", vcov, "--format", "json", *extra], capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"gravity fit failed: {completed.stderr}")
    return json.loads(completed.stdout)


@pytest.fixture(scope="session")
def grunfeld_path():
    return REPOSITORY / "Examples" / "Data" / "grunfeld.csv"


@pytest.fixture(scope="session")
def grunfeld(grunfeld_path):
    return pd.read_csv(grunfeld_path)
