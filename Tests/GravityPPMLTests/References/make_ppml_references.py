"""Reference values for the `ppml` estimator, computed with pyfixest's `fepois` (PyPI).

Run from anywhere: `python3 make_ppml_references.py`. It reads the book's data in
`../shared/data` beside the repository (never copied), writes `separation_example.csv` (a small
constructed data set with known separated observations, committed) and `ppml_references.json`
next to this script.

Standard-error conventions recorded for every specification:
- `se_fixest_*`: pyfixest's defaults, which are fixest's: heteroskedasticity-robust
  N/(N-1) * (N-1)/(N-K) = N/(N-K), cluster-robust G/(G-1) * (N-1)/(N-K), K counting the fixed
  effects except those nested in the cluster variable;
- `se_stata_*`: Stata's `ppml`/`glm`/`poisson` convention: robust = HC0 * N/(N-1), cluster =
  G/(G-1) only. HC0 and the cluster sandwich are taken from pyfixest with every small-sample
  adjustment switched off and the factor applied here, so the formula is explicit.
"""
import json
import pathlib

import numpy as np
import pandas as pd
import pyfixest as pf

HERE = pathlib.Path(__file__).resolve().parent
SHARED = HERE.parents[2] / ".." / "shared"
AGTPA = SHARED / "data" / "agtpa"
BOOK_YEARS = [1986, 1990, 1994, 1998, 2002, 2006]
TOL = dict(iwls_tol=1e-12, iwls_maxiter=200, fixef_tol=1e-13, fixef_maxiter=100_000)
# Both separation checks (fixed effects and ppmlhdfe's iterative rectifier), as `ppml` runs them.
SEPARATION = dict(separation_check=["fe", "ir"])


def se(fit):
    return {name: float(v) for name, v in fit.se().items()}


def fit_all(data, fml, cluster, **kwargs):
    """Fits `fml` and records coefficients, both SE conventions, nobs and deviance statistics."""
    common = dict(fml=fml, data=data, **TOL, **SEPARATION, **kwargs)
    hetero = pf.fepois(vcov="hetero", **common)
    n = int(hetero._N)
    record = {
        "coef": {k: float(v) for k, v in hetero.coef().items()},
        "nobs": n,
        "se_fixest_hetero": se(hetero),
        "se_stata_robust": {k: float(v) * np.sqrt(n / (n - 1)) for k, v in
                            se(pf.fepois(vcov="hetero", ssc=pf.ssc(k_adj=False, G_adj=False), **common)).items()},
        "deviance": float(hetero.deviance),
        "loglik": float(hetero._loglik),
    }
    if cluster is not None:
        record["cluster"] = cluster
        record["se_fixest_cluster"] = se(pf.fepois(vcov={"CRV1": cluster}, **common))
        record["se_stata_cluster"] = se(pf.fepois(vcov={"CRV1": cluster}, ssc=pf.ssc(k_adj=False, G_adj=True), **common))
    return record


def book_panel(name, international_only):
    data = pd.read_csv(AGTPA / name)
    data = data[data["year"].isin(BOOK_YEARS)].copy()
    if international_only:
        data = data[data["exporter"] != data["importer"]].copy()
    data["ln_DIST"] = np.log(data["DIST"]) if "DIST" in data else np.log(data["dist"])
    return data


def separation_example():
    """A panel where a combination of regressors (x2 - x3 > 0 only where y = 0) and one all-zero
    exporter separate known observations; writes it and returns it with the expected flags."""
    rng = np.random.default_rng(20261129)
    n_exp, n_imp = 12, 10
    rows = [(e, i) for e in range(n_exp) for i in range(n_imp)]
    data = pd.DataFrame(rows, columns=["exp", "imp"])
    n = len(data)
    data["x1"] = np.round(rng.normal(size=n), 6)
    data["x2"] = np.round(rng.normal(size=n), 6)
    fe = rng.normal(scale=0.5, size=n_exp)[data["exp"]] + rng.normal(scale=0.5, size=n_imp)[data["imp"]]
    y = rng.poisson(np.exp(1.0 + 0.5 * data["x1"] + fe)).astype(float)
    separated = np.zeros(n, dtype=bool)
    regressor_rows = rng.choice(np.flatnonzero(data["exp"] != 0), size=9, replace=False)
    separated[regressor_rows] = True
    y[regressor_rows] = 0.0
    data["x3"] = data["x2"]
    data.loc[regressor_rows, "x3"] = np.round(data.loc[regressor_rows, "x2"] - rng.uniform(0.5, 1.5, size=9), 6)
    zero_exporter = data["exp"] == 0
    y[zero_exporter] = 0.0
    data["y"] = y
    data["reason"] = np.where(zero_exporter, "fixed_effect", np.where(separated, "regressors", ""))
    data.to_csv(HERE / "separation_example.csv", index=False)
    return data


def main():
    out = {
        "generated_with": f"pyfixest {pf.__version__}, pandas {pd.__version__}, numpy {np.__version__}",
        "tolerances_used": TOL,
        "every_call_also_passes": SEPARATION,
        "se_conventions": __doc__.split("Standard-error conventions recorded for every specification:")[1].strip(),
        "specifications": {},
    }
    specs = out["specifications"]

    traditional = book_panel("Chapter1Application1.csv", international_only=True)
    specs["traditional_two_fe"] = {
        "data": "agtpa/Chapter1Application1.csv, years 1986-2006 every 4, exporter != importer",
        "formula": "trade ~ log(DIST) + CNTG + LANG + CLNY | exporter^year + importer^year",
        "call": "pf.fepois('trade ~ ln_DIST + CNTG + LANG + CLNY | exporter^year + importer^year', vcov={'CRV1': 'pair_id'})",
        **fit_all(traditional, "trade ~ ln_DIST + CNTG + LANG + CLNY | exporter^year + importer^year", "pair_id"),
    }

    offset = traditional.copy()
    specs["offset_two_fe"] = {
        "data": specs["traditional_two_fe"]["data"],
        "formula": "trade ~ CNTG + LANG + CLNY + offset(log(DIST)) | exporter^year + importer^year",
        "call": "pf.fepois('trade ~ CNTG + LANG + CLNY | exporter^year + importer^year', offset='ln_DIST', vcov={'CRV1': 'pair_id'})",
        **fit_all(offset, "trade ~ CNTG + LANG + CLNY | exporter^year + importer^year", "pair_id", offset="ln_DIST"),
    }

    weighted = traditional.copy()
    weighted["w"] = 1.0 + weighted["CNTG"] + weighted["LANG"]
    specs["weighted_two_fe"] = {
        "data": specs["traditional_two_fe"]["data"] + "; weights w = 1 + CNTG + LANG",
        "formula": "trade ~ log(DIST) + CNTG + CLNY | exporter^year + importer^year",
        "weights": "1 + CNTG + LANG",
        "call": "pf.fepois('trade ~ ln_DIST + CNTG + CLNY | exporter^year + importer^year', weights='w', vcov={'CRV1': 'pair_id'})",
        **fit_all(weighted, "trade ~ ln_DIST + CNTG + CLNY | exporter^year + importer^year", "pair_id", weights="w"),
    }

    rta = pd.read_csv(AGTPA / "agtpa_applications.csv")
    rta = rta[rta["year"].isin(BOOK_YEARS)].copy()
    specs["rta_three_fe"] = {
        "data": "agtpa/agtpa_applications.csv, years 1986-2006 every 4, domestic flows included",
        "formula": "trade ~ rta | exporter^year + importer^year + pair_id",
        "call": "pf.fepois('trade ~ rta | exporter^year + importer^year + pair_id', vcov={'CRV1': 'pair_id'})",
        **fit_all(rta, "trade ~ rta | exporter^year + importer^year + pair_id", "pair_id"),
    }
    specs["rta_leads_lags_three_fe"] = {
        "data": specs["rta_three_fe"]["data"],
        "formula": "trade ~ rta_lead4 + rta + rta_lag4 + rta_lag8 + rta_lag12 | exporter^year + importer^year + pair_id",
        "call": "pf.fepois('trade ~ rta_lead4 + rta + rta_lag4 + rta_lag8 + rta_lag12 | exporter^year + importer^year + pair_id', vcov={'CRV1': 'pair_id'})",
        **fit_all(rta, "trade ~ rta_lead4 + rta + rta_lag4 + rta_lag8 + rta_lag12 | exporter^year + importer^year + pair_id", "pair_id"),
    }

    eu = pd.read_csv(SHARED / "data" / "fixest_trade.csv")
    eu["ln_dist"] = np.log(eu["dist_km"])
    specs["eu_four_fe"] = {
        "data": "fixest_trade.csv",
        "formula": "Euros ~ log(dist_km) | Origin + Destination + Product + Year",
        "call": "pf.fepois('Euros ~ ln_dist | Origin + Destination + Product + Year', vcov={'CRV1': 'Origin'})",
        "published": "fixest's vignette reports log(dist_km) = -1.52787 (Origin-clustered SE 0.115678)",
        **fit_all(eu, "Euros ~ ln_dist | Origin + Destination + Product + Year", "Origin"),
    }

    sep = separation_example()
    record = fit_all(sep, "y ~ x1 + x2 + x3 | exp + imp", None)
    specs["separation"] = {
        "data": "separation_example.csv (constructed by this script)",
        "formula": "y ~ x1 + x2 + x3 | exp + imp",
        "call": "pf.fepois('y ~ x1 + x2 + x3 | exp + imp', separation_check=['fe', 'ir'], vcov='hetero')",
        "construction": "exporter 0 has only zero outcomes (10 rows separated by the fixed effect); on 9 other rows y = 0 and "
                        "x2 - x3 > 0, while x2 == x3 elsewhere, so x2 - x3 separates them; after they are dropped x3 is collinear with x2",
        "rows": int(len(sep)),
        "separated_by_fixed_effect": int((sep["reason"] == "fixed_effect").sum()),
        "separated_by_regressors": int((sep["reason"] == "regressors").sum()),
        **record,
    }
    assert record["nobs"] == len(sep) - 19, record["nobs"]

    with open(HERE / "ppml_references.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
