"""gk.fit against pyfixest (to 1e-6), where pyfixest is installed.

pyfixest's "hetero" is HC1 and its CRV1 uses G/(G-1)(N-1)/(N-K), the conventions GravityKit's
`hc1` and `cluster:` use for OLS; with absorbed effects pyfixest counts the effects nested in
the clusters as Stata's reghdfe does.
"""
import numpy as np
import pytest
from conftest import fixed_effects_supported, per_product_specification, product_panel, registered

import gravitykit as gk

pf = pytest.importorskip("pyfixest", reason="pyfixest is not installed (pip install pyfixest)")

TOLERANCE = 1e-6


def assert_close_to_pyfixest(result, reference, terms_map=None):
    coef = reference.coef()
    se = reference.se()
    for term in coef.index:
        ours = (terms_map or {}).get(term, term)
        assert result.coef[ours] == pytest.approx(coef[term], rel=TOLERANCE), term
        assert result.se[ours] == pytest.approx(se[term], rel=TOLERANCE), term


@pytest.mark.parametrize("vcov,pyfixest_vcov", [("classical", "iid"), ("hc1", "hetero"), ("cluster:firm", {"CRV1": "firm"})])
def test_ols_like_pyfixest(grunfeld, vcov, pyfixest_vcov):
    result = gk.fit(grunfeld, "ols", "inv ~ value + capital", vcov=vcov)
    reference = pf.feols("inv ~ value + capital", data=grunfeld, vcov=pyfixest_vcov)
    assert_close_to_pyfixest(result, reference, {"Intercept": "(Intercept)"})


def test_ols_with_absorbed_effects_like_pyfixest(grunfeld):
    if not fixed_effects_supported("ols"):
        pytest.skip("ols does not absorb fixed effects in this build")
    result = gk.fit(grunfeld, "ols", "inv ~ value + capital | firm + year", vcov="cluster:firm")
    reference = pf.feols("inv ~ value + capital | firm + year", data=grunfeld, vcov={"CRV1": "firm"})
    assert_close_to_pyfixest(result, reference)


def test_per_product_fit_like_pyfixest():
    model, formula = per_product_specification()
    if model != "ppml":
        pytest.skip("ppml with absorbed effects is not registered in this build; compared with OLS above")
    panel = product_panel(3)
    for _, frame in panel.groupby("product"):
        frame = frame.assign(log_dist=np.log(frame["dist"]))
        result = gk.fit(frame, "ppml", formula, vcov="hc1")
        # pyfixest run to convergence: at its default iwls_tol (1e-8) its standard errors can still
        # be 3e-6 from the converged value, which ours reach (they match to 1e-10).
        reference = pf.fepois("trade ~ log_dist + contig | exporter + importer", data=frame, vcov="hetero",
                              iwls_tol=1e-12, fixef_tol=1e-12)
        assert_close_to_pyfixest(result, reference, {"log_dist": "log(dist)"})


def test_registered_models_include_ppml_once_landed():
    # Documents which per-product model the Spark and pandas tests used in this build.
    model, formula = per_product_specification()
    print(f"per-product specification: {model}: {formula} (ppml registered: {registered('ppml')})")
