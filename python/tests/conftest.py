"""Shared fixtures: the repository's paths, the command line and a generated product panel.

Tests import the package from this checkout and find the library as the package does
(GRAVITYKIT_LIBRARY, or the repository's `.build/release`). A missing library fails the tests:
`.ci/run` builds it first.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "python"))

import gravitykit as gk  # noqa: E402


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


def registered(model):
    """Whether the library has an estimator called `model`."""
    try:
        gk.fit(pd.DataFrame({"y": [1.0, 2.0, 3.0, 5.0], "x": [0.0, 1.0, 0.5, 2.0]}), model, "y ~ x")
    except gk.UnknownModelError:
        return False
    except gk.GravityKitError:
        return True
    return True


def fixed_effects_supported(model):
    """Whether `model` takes absorbed fixed effects (`| a + b`)."""
    frame = pd.DataFrame({"y": [1.0, 2.0, 4.0, 3.0, 5.0, 7.0], "x": [0.3, 1.0, 0.5, 2.0, 1.5, 0.1], "g": list("aabbcc")})
    try:
        gk.fit(frame, model, "y ~ x | g")
    except gk.GravityKitError:
        return False
    return True


def product_panel(products, exporters=10, importers=10, seed=15):
    """Trade between countries, product by product: every exporter-importer pair with a distance,
    a contiguity dummy, exporter and importer effects that vary by product, and Poisson trade."""
    rng = np.random.default_rng(seed)
    pairs = [(o, d) for o in range(exporters) for d in range(importers) if o != d]
    origin = np.array([o for o, _ in pairs])
    destination = np.array([d for _, d in pairs])
    distance = np.exp(rng.normal(8.0, 0.6, size=(exporters, importers)))
    rows = []
    for product in range(products):
        exporter_effect = rng.normal(0, 0.8, exporters)
        importer_effect = rng.normal(0, 0.8, importers)
        log_dist = np.log(distance[origin, destination])
        contig = (np.abs(origin - destination) == 1).astype(float)
        mean = np.exp(9.0 - (0.8 + 0.2 * rng.random()) * log_dist + 0.4 * contig
                      + exporter_effect[origin] + importer_effect[destination])
        rows.append(pd.DataFrame({
            "product": f"p{product:04d}", "exporter": [f"c{o:02d}" for o in origin],
            "importer": [f"c{d:02d}" for d in destination], "dist": distance[origin, destination],
            "contig": contig, "trade": rng.poisson(mean).astype(float)}))
    return pd.concat(rows, ignore_index=True)


def per_product_specification():
    """The model and formula the per-product tests fit: PPML with exporter and importer effects when
    `ppml` is registered, else OLS with those effects when absorbed effects are available, else OLS
    with exporter and importer dummies (each says why in the test output)."""
    if registered("ppml") and fixed_effects_supported("ppml"):
        return "ppml", "trade ~ log(dist) + contig | exporter + importer"
    if fixed_effects_supported("ols"):
        return "ols", "log1p(trade) ~ log(dist) + contig | exporter + importer"
    return "ols", "log1p(trade) ~ log(dist) + contig + factor(exporter) + factor(importer)"


@pytest.fixture(scope="session")
def grunfeld_path():
    return REPOSITORY / "Examples" / "Data" / "grunfeld.csv"


@pytest.fixture(scope="session")
def grunfeld(grunfeld_path):
    return pd.read_csv(grunfeld_path)
