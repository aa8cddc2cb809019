"""Reference values for `gravity fit` with formulas that read one column in several places, computed
with pyfixest (PyPI) on fixest's trade data (`../shared/data/fixest_trade.csv`, which stays there).

The model frame frees each column of the data after its last reader; these cases make sure that a
column read by two regressors, by a fixed effect and the clusters, by two combinations `a^b` and
the clusters, as weights and as a regressor, or as an offset and a regressor still reaches every
reader. Standard errors use pyfixest's default ssc() (fixest's), which is our `ssc=fixest`.
Run from the repository root:
    python3 Tests/GravityCLITests/References/make_reused_columns.py
"""
import json
import os

import numpy as np
import pandas as pd
import pyfixest as pf

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "fixest_trade.csv")


def main():
    trade = pd.read_csv(DATA)
    trade["log_dist"] = np.log(trade.dist_km)
    trade["log_dist_sq"] = trade.log_dist ** 2
    trade["dist_th"] = trade.dist_km / 1000
    positive = trade[trade.Euros > 0].copy()
    positive["log_euros"] = np.log(positive.Euros)
    tight = dict(fixef_tol=1e-13, fixef_maxiter=100000)
    specifications = [
        # (name, ours, model, pyfixest formula, data, vcov, weights, offset, [(our term, pyfixest term)])
        ("regressors and a fixed effect that is also the cluster",
         "log(Euros) ~ log(dist_km) + I(log(dist_km)^2) | Origin + Destination + Product^Year", "ols",
         "log_euros ~ log_dist + log_dist_sq | Origin + Destination + Product^Year", positive, "cluster:Origin", None, None,
         [("log(dist_km)", "log_dist"), ("I(log(dist_km)^2)", "log_dist_sq")]),
        ("a column in two combinations and the clusters, weights that are also a regressor",
         "log(Euros) ~ log(dist_km) + I(dist_km / 1000) | Origin^Product + Destination^Product + Year", "ols",
         "log_euros ~ log_dist + dist_th | Origin^Product + Destination^Product + Year", positive, "cluster:Product", "dist_km", None,
         [("log(dist_km)", "log_dist"), ("I(dist_km / 1000)", "dist_th")]),
        ("ppml with an offset that is also a regressor, the cluster a fixed effect",
         "Euros ~ log(dist_km) + offset(log(dist_km)) | Origin + Destination + Product^Year", "ppml",
         "Euros ~ log_dist | Origin + Destination + Product^Year", trade, "cluster:Origin", None, "log_dist",
         [("log(dist_km)", "log_dist")]),
    ]
    cases = []
    for name, ours, model, formula, data, vcov, weights, offset, terms in specifications:
        cluster = {"CRV1": vcov.split(":")[1]}
        if model == "ols":
            fit = pf.feols(formula, data=data, vcov=cluster, weights=weights, **tight)
            call = f"pf.feols({formula!r}, data, vcov={cluster!r}, weights={weights!r}, fixef_tol=1e-13)"
        else:
            fit = pf.fepois(formula, data=data, vcov=cluster, offset=offset, fixef_tol=1e-13, iwls_tol=1e-12, iwls_maxiter=200)
            call = f"pf.fepois({formula!r}, data, vcov={cluster!r}, offset={offset!r}, fixef_tol=1e-13, iwls_tol=1e-12)"
        cases.append({
            "name": name, "model": model, "formula": ours, "vcov": vcov, "weights": weights, "pyfixest_call": call,
            "nobs": int(fit._N),
            "coefficients": {o: float(fit.coef()[p]) for o, p in terms},
            "standard_errors": {o: float(fit.se()[p]) for o, p in terms},
        })
    versions = {"pyfixest": pf.__version__, "pandas": pd.__version__, "numpy": np.__version__}
    text = json.dumps({"generated_with": versions, "data": "fixest_trade.csv", "conventions": __doc__, "cases": cases}, indent=1)
    with open(os.path.join(HERE, "reused_columns.json"), "w") as handle:
        handle.write(text + "\n")

if __name__ == "__main__":
    main()
