"""Reference values for `ols` with absorbed fixed effects, computed with pyfixest (PyPI).

Reads the data in place from ../shared/data (the AGTPA and fixest files stay outside the
repository) and writes feols_references.json next to this script. For each case: the data file,
our formula and row condition (`--where`, mirrored in pandas), the pyfixest call, nobs, the
coefficients, R-squared measures, and standard errors for each covariance and convention:

- ssc "fixest": pyfixest's default ssc() (k_adj, k_fixef="nonnested", G_adj, G_df="min"), which
  is fixest's default.
- ssc "stata": what Stata's regress with explicit dummies reports: every fixed-effect parameter
  in K, counted exactly (levels less connected components, from scipy for two dimensions), each
  multiway term with its own G. Computed here from pyfixest's unadjusted sandwich
  (ssc(k_adj=False, G_adj=False)) times G/(G-1) (N-1)/(N-K) (one-way clusters), N/(N-K) (hc1),
  or (N-1)/(N-K) on the iid variance; two-way clusters use ssc(k_fixef="full",
  G_df="conventional") where the exact count equals pyfixest's "full" count (one component).

The demeaning tolerance is tightened (fixef_tol=1e-13) so that the reference is exact to
rounding. Run from the repository root:
    python3 Tests/GravityFixedEffectsTests/References/make_feols_references.py
"""
import json
import os

import numpy as np
import pandas as pd
import pyfixest as pf
import scipy
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "shared", "data")
BOOK_YEARS = [1986, 1990, 1994, 1998, 2002, 2006]


def load(name):
    return pd.read_csv(os.path.join(DATA, name))


def load_book(name):
    """A book file with positive trade (log(trade) is undefined at zero, and our frame drops those
    rows), logs and the exporter-year and importer-year groups of `exporter^year`."""
    frame = load(name)
    frame = frame[frame.trade > 0].copy()
    frame["ln_trade"] = np.log(frame.trade)
    frame["ln_DIST"] = np.log(frame.DIST)
    frame["exp_year"] = frame.exporter + "_" + frame.year.astype(int).astype(str)
    frame["imp_year"] = frame.importer + "_" + frame.year.astype(int).astype(str)
    return frame


def exact_absorbed(df, fes):
    """Fixed-effect parameters as Stata's regress with dummies counts them: exact for one and two
    dimensions (connected components), levels less one for further dimensions."""
    codes = [pd.factorize(df[f])[0] for f in fes]
    sizes = [int(c.max()) + 1 for c in codes]
    total = sum(sizes) - (len(fes) - 1 if len(fes) > 2 else 0)
    if len(fes) >= 2:
        a, b = codes[0], codes[1] + sizes[0]
        m = sizes[0] + sizes[1]
        graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(m, m))
        components = connected_components(graph, directed=False)[0]
        total = sizes[0] + sizes[1] - components + sum(s - 1 for s in sizes[2:])
    return total


def case(name, file, frame, py_formula, ours, fes, terms, vcovs, where=None, weights=None, ours_weights=None):
    fit_kw = dict(fixef_tol=1e-13, fixef_maxiter=100000)
    if weights:
        fit_kw["weights"] = weights
    base = pf.feols(py_formula, data=frame, vcov="iid", **fit_kw)
    out = {
        "name": name, "file": file, "formula": ours, "where": where, "weights": ours_weights,
        "pyfixest_call": f"pf.feols({py_formula!r}, data, weights={weights!r}, fixef_tol=1e-13)",
        "nobs": int(base._N),
        "coefficients": {o: float(base.coef()[p]) for o, p in terms},
        "r_squared": float(base._r2), "adj_r_squared": float(base._adj_r2),
        "r_squared_within": float(base._r2_within), "adj_r_squared_within": float(base._adj_r2_within),
        "standard_errors": [],
    }
    n, k = base._N, len(terms)
    k_exact = k + exact_absorbed(base._data, fes)
    for vcov in vcovs:
        spec = {"iid": "iid", "hc1": "hetero"}.get(vcov, None)
        clusters = vcov.split(":")[1].split(",") if vcov.startswith("cluster:") else []
        py_vcov = spec if spec else {"CRV1": "+".join(clusters)}
        fixest = pf.feols(py_formula, data=frame, vcov=py_vcov, **fit_kw)
        entry = {"vcov": vcov, "ssc": "fixest", "se": {o: float(fixest.se()[p]) for o, p in terms}}
        out["standard_errors"].append(entry)
        if len(clusters) <= 1:
            raw = pf.feols(py_formula, data=frame, vcov=py_vcov, ssc=pf.ssc(k_adj=False, G_adj=False), **fit_kw)
            if vcov == "iid":
                factor = (n - 1) / (n - k_exact)
            elif vcov == "hc1":
                factor = n / (n - k_exact)
            else:
                g = base._data[clusters[0]].nunique()
                factor = g / (g - 1) * (n - 1) / (n - k_exact)
            se = {o: float(np.sqrt(factor) * raw.se()[p]) for o, p in terms}
        else:
            full = pf.feols(py_formula, data=frame, vcov=py_vcov, ssc=pf.ssc(k_fixef="full", G_df="conventional"), **fit_kw)
            assert k_exact == k + sum(base._data[f].nunique() for f in fes) - (len(fes) - 1), "exact count differs from full"
            se = {o: float(full.se()[p]) for o, p in terms}
        out["standard_errors"].append({"vcov": vcov, "ssc": "stata", "k": int(k_exact), "se": se})
    return out


def main():
    grunfeld = load("grunfeld.csv")
    trade = load("fixest_trade.csv")
    trade = trade[trade.Euros > 0].copy()
    trade["log_euros"] = np.log(trade.Euros)
    trade["log_dist"] = np.log(trade.dist_km)
    ch1 = load_book("agtpa/Chapter1Application1.csv")
    ch2 = load_book("agtpa/Chapter2Application2.csv")
    book = ch1[(ch1.exporter != ch1.importer) & ch1.year.isin(BOOK_YEARS)].copy()
    grav = [("log(DIST)", "ln_DIST"), ("CNTG", "CNTG"), ("LANG", "LANG"), ("CLNY", "CLNY")]

    cases = [
        case("grunfeld one dimension", "grunfeld.csv", grunfeld, "inv ~ value + capital | firm",
             "inv ~ value + capital | firm", ["firm"], [("value", "value"), ("capital", "capital")],
             ["iid", "hc1", "cluster:firm"]),
        case("grunfeld two dimensions, two-way clusters", "grunfeld.csv", grunfeld, "inv ~ value + capital | firm + year",
             "inv ~ value + capital | firm + year", ["firm", "year"], [("value", "value"), ("capital", "capital")],
             ["iid", "cluster:firm", "cluster:firm,year"]),
        case("grunfeld weighted", "grunfeld.csv", grunfeld, "inv ~ value | firm + year",
             "inv ~ value | firm + year", ["firm", "year"], [("value", "value")],
             ["iid", "hc1", "cluster:firm"], weights="capital", ours_weights="capital"),
        case("fixest trade four dimensions", "fixest_trade.csv", trade, "log_euros ~ log_dist | Origin + Destination + Product + Year",
             "log(Euros) ~ log(dist_km) | Origin + Destination + Product + Year", ["Origin", "Destination", "Product", "Year"],
             [("log(dist_km)", "log_dist")], ["iid", "cluster:Origin", "cluster:Origin,Destination"]),
        case("fixest trade three dimensions", "fixest_trade.csv", trade, "log_euros ~ log_dist | Origin + Destination + Product",
             "log(Euros) ~ log(dist_km) | Origin + Destination + Product", ["Origin", "Destination", "Product"],
             [("log(dist_km)", "log_dist")], ["cluster:Origin"]),
        case("book interaction exporter^year + importer^year, --where", "agtpa/Chapter1Application1.csv", book,
             "ln_trade ~ ln_DIST + CNTG + LANG + CLNY | exp_year + imp_year",
             "log(trade) ~ log(DIST) + CNTG + LANG + CLNY | exporter^year + importer^year", ["exp_year", "imp_year"], grav,
             ["iid", "hc1", "cluster:pair_id"], where="exporter != importer & year %in% c(1986, 1990, 1994, 1998, 2002, 2006)"),
        case("book three dimensions, absorbed distance, singletons", "agtpa/Chapter2Application2.csv", ch2,
             "ln_trade ~ ln_DIST + RTA | exp_year + imp_year + pair_id",
             "log(trade) ~ log(DIST) + RTA | exporter^year + importer^year + pair_id", ["exp_year", "imp_year", "pair_id"],
             [("RTA", "RTA")], ["cluster:pair_id"]),
    ]
    document = {
        "generated_with": {"pyfixest": pf.__version__, "pandas": pd.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
        "conventions": __doc__,
        "cases": cases,
    }
    with open(os.path.join(HERE, "feols_references.json"), "w") as handle:
        json.dump(document, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
