"""A simulated product-level trade panel, for examples, tests and benchmarks.

Every product has its own exporter and importer effects and distance elasticity; trade is Poisson
around exp(9 - b log(dist) + 0.4 contig + exporter effect + importer effect), so that PPML with
exporter and importer effects, product by product, is the right model.
"""
import numpy as np
import pandas as pd

from ._fit import fit
from .errors import GravityKitError, UnknownModelError


def product_panel(products, exporters=10, importers=None, seed=15):
    """`products` x exporter-importer pairs (pairs of the same country left out when the two sets
    coincide, i.e. when `importers` is None) with `product`, `exporter`, `importer`, `dist`,
    `contig` and `trade` (counts, as float64)."""
    rng = np.random.default_rng(seed)
    same_countries = importers is None
    importers = exporters if same_countries else importers
    pairs = [(o, d) for o in range(exporters) for d in range(importers) if not (same_countries and o == d)]
    origin = np.array([o for o, _ in pairs])
    destination = np.array([d for _, d in pairs])
    distance = np.exp(rng.normal(8.0, 0.6, size=(exporters, importers)))[origin, destination]
    contig = (np.abs(origin - destination) == 1).astype(float)
    exporter_names = np.array([f"c{o:03d}" for o in range(exporters)])[origin]
    importer_names = np.array([f"c{d:03d}" for d in range(importers)])[destination]
    frames = []
    for product in range(products):
        exporter_effect = rng.normal(0, 0.8, exporters)[origin]
        importer_effect = rng.normal(0, 0.8, importers)[destination]
        elasticity = 0.8 + 0.2 * rng.random()
        mean = np.exp(9.0 - elasticity * np.log(distance) + 0.4 * contig + exporter_effect + importer_effect)
        frames.append(pd.DataFrame({
            "product": f"p{product:04d}", "exporter": exporter_names, "importer": importer_names,
            "dist": distance, "contig": contig, "trade": rng.poisson(mean).astype(float)}))
    return pd.concat(frames, ignore_index=True)


def registered(model):
    """Whether the loaded library has an estimator called `model`."""
    try:
        fit(pd.DataFrame({"y": [1.0, 2.0, 3.0, 5.0], "x": [0.0, 1.0, 0.5, 2.0]}), model, "y ~ x")
    except UnknownModelError:
        return False
    except GravityKitError:
        return True
    return True


def fixed_effects_supported(model):
    """Whether `model` absorbs fixed effects (`| a + b`) in the loaded library."""
    frame = pd.DataFrame({"y": [1.0, 2.0, 4.0, 3.0, 5.0, 7.0], "x": [0.3, 1.0, 0.5, 2.0, 1.5, 0.1], "g": list("aabbcc")})
    try:
        fit(frame, model, "y ~ x | g")
    except GravityKitError:
        return False
    return True


def per_product_specification():
    """The model and formula for :func:`product_panel`, product by product: PPML with exporter and
    importer effects when the library has `ppml` with absorbed effects, else OLS of log1p(trade)
    with absorbed effects, else OLS with exporter and importer dummies."""
    if registered("ppml") and fixed_effects_supported("ppml"):
        return "ppml", "trade ~ log(dist) + contig | exporter + importer"
    if fixed_effects_supported("ols"):
        return "ols", "log1p(trade) ~ log(dist) + contig | exporter + importer"
    return "ols", "log1p(trade) ~ log(dist) + contig + factor(exporter) + factor(importer)"
