"""Reference values for `ppml --option family=gamma|gaussian` (log link), computed with
statsmodels' GLM (PyPI) on fixest's EU trade data in `../shared/data` beside the repository.

Run from anywhere: `python3 make_family_references.py`; writes `family_references.json` here.
Classical standard errors use the Pearson dispersion (Pearson chi2 / (N - K)), statsmodels'
default scale for these families. `se_hc0` is statsmodels' sandwich, whose bread is the observed
information (as Stata's `glm, vce(robust)`); `se_hc0_expected_information` is the sandwich with
the expected information (X'WX)^-1, W = mu^2 / V(mu), as IRLS with absorbed fixed effects uses
(fixest's convention), computed here from statsmodels' fitted means with the formula written out.
For Poisson with its canonical log link the two coincide; for Gamma and Gaussian with log link
they differ.
"""
import json
import pathlib

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm

HERE = pathlib.Path(__file__).resolve().parent
SHARED = HERE.parents[2] / ".." / "shared"


def expected_information_hc0(fit, X, y, family):
    mu = fit.fittedvalues.to_numpy()
    x = X.to_numpy()
    variance = mu ** 2 if family == "gamma" else np.ones_like(mu)
    weights = mu ** 2 / variance
    score = (y.to_numpy() - mu) * mu / variance
    bread = np.linalg.inv(x.T @ (weights[:, None] * x))
    meat = x.T @ ((score ** 2)[:, None] * x)
    se = np.sqrt(np.diag(bread @ meat @ bread))
    return {k: float(v) for k, v in zip(X.columns, se)}


def main():
    data = pd.read_csv(SHARED / "data" / "fixest_trade.csv")
    data = data[data["Year"] == 2016]
    X = sm.add_constant(pd.DataFrame({"log(dist_km)": np.log(data["dist_km"])}))
    y = data["Euros"] / 1e6
    out = {
        "generated_with": f"statsmodels {statsmodels.__version__}, pandas {pd.__version__}, numpy {np.__version__}",
        "data": "fixest_trade.csv, Year == 2016; outcome Euros / 1e6",
        "formula": "I(Euros / 1e6) ~ log(dist_km)",
        "specifications": {},
    }
    for name, family in [("gamma", sm.families.Gamma(sm.families.links.Log())),
                         ("gaussian", sm.families.Gaussian(sm.families.links.Log()))]:
        model = sm.GLM(y, X, family=family)
        classical = model.fit(tol=1e-13, maxiter=500)
        robust = model.fit(tol=1e-13, maxiter=500, cov_type="HC0")
        out["specifications"][name] = {
            "call": f"sm.GLM(y, X, family=sm.families.{family.__class__.__name__}(sm.families.links.Log())).fit(tol=1e-13)",
            "nobs": int(classical.nobs),
            "coef": {k: float(v) for k, v in classical.params.items()},
            "se_classical": {k: float(v) for k, v in classical.bse.items()},
            "se_hc0": {k: float(v) for k, v in robust.bse.items()},
            "se_hc0_expected_information": expected_information_hc0(classical, X, y, name),
            "deviance": float(classical.deviance),
        }
    with open(HERE / "family_references.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
