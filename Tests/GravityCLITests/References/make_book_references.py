"""Reference numbers for docs/book-chapters-1-2.md (BookChaptersTests).

Every estimated specification of Chapters 1 and 2 of Yotov, Piermartini, Monteiro & Larch (2016),
"An Advanced Guide to Trade Policy Analysis: The Structural Gravity Model" (WTO/UNCTAD), computed
with pyfixest (PyPI) on the book's data in ../shared/data/agtpa beside the repository (never
copied). The variables the book builds in Stata (ln_DIST, Y, E, the remoteness indexes, the
year-specific distances, SMCTRY, INTL_BRDR x year, the intra-national pair effects) are built
here with pandas the way the book's do-files build them, independently of GravityKit's formulas.

Standard errors follow the book's Stata commands:
- `regress ..., cluster(pair_id)` with explicit fixed-effect dummies: G/(G-1) (N-1)/(N-K), K
  counting the coefficients and the rank of the dummies (computed here from the connected
  components of the two effects), applied to pyfixest's unadjusted cluster sandwich;
- `ppml ..., cluster(pair_id)`: G/(G-1) only (pyfixest ssc(k_adj=False, G_adj=True));
- `ppml` without cluster (Chapter 2's cross-section): robust HC0 times N/(N-1).

Run from anywhere: python3 make_book_references.py; writes book_references.json next to it.
"""
import json
import pathlib

import numpy as np
import pandas as pd
import pyfixest as pf
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

HERE = pathlib.Path(__file__).resolve().parent
AGTPA = HERE.parents[2] / ".." / "shared" / "data" / "agtpa"
BOOK_YEARS = [1986, 1990, 1994, 1998, 2002, 2006]
PPML = dict(iwls_tol=1e-12, iwls_maxiter=200, fixef_tol=1e-13, fixef_maxiter=100_000, separation_check=["fe", "ir"])
OLS = dict(fixef_tol=1e-13, fixef_maxiter=100_000)
STATA_PPML_CLUSTER = pf.ssc(k_adj=False, G_adj=True)
RAW = pf.ssc(k_adj=False, G_adj=False)


def panel(name, years=BOOK_YEARS):
    data = pd.read_csv(AGTPA / name)
    data = data[data["year"].isin(years)].copy()
    if "pair_id" not in data:
        # The exercises' files have no pair identifier: clusters and pair effects are directional
        # pairs, `exporter^importer` in GravityKit.
        data["pair_id"] = data["exporter"] + "_" + data["importer"]
        data["pair"] = data["pair_id"]
    dist = "DIST" if "DIST" in data else "dist"
    if dist in data:
        data["ln_DIST"] = np.log(data[dist])
    data["exp_year"] = data["exporter"] + data["year"].astype(int).astype(str)
    data["imp_year"] = data["importer"] + data["year"].astype(int).astype(str)
    data["INTL"] = (data["exporter"] != data["importer"]).astype(float)
    data["SMCTRY"] = 1.0 - data["INTL"]
    for y in years:
        if "ln_DIST" in data:
            data[f"ln_DIST_{y}"] = np.where(data["year"] == y, data["ln_DIST"], 0.0)
        data[f"INTL_BRDR_{y}"] = np.where(data["year"] == y, data["INTL"], 0.0)
    # One effect per domestic pair, one for every international pair (the book's country-specific
    # intra-national dummies).
    if "pair" not in data:
        data["INTRA_PAIR"] = np.where(data["INTL"] == 0, data["pair_id"], 0).astype(int)
    return data


def add_output_and_remoteness(data):
    """Y, E and the remoteness indexes as the book's Chapter1Application1.do builds them (on all
    flows of each year, domestic ones included)."""
    data["Y"] = data.groupby(["exporter", "year"])["trade"].transform("sum")
    data["E"] = data.groupby(["importer", "year"])["trade"].transform("sum")
    data["ln_Y"], data["ln_E"] = np.log(data["Y"]), np.log(data["E"])
    # bysort exporter year: egen TotEj = total(E); bysort year: egen TotE = max(TotEj)
    tot_e = data.groupby(["exporter", "year"])["E"].transform("sum").groupby(data["year"]).transform("max")
    data["ln_REM_EXP"] = np.log((data["DIST"] / (data["E"] / tot_e)).groupby([data["exporter"], data["year"]]).transform("sum"))
    tot_y = data.groupby(["importer", "year"])["Y"].transform("sum").groupby(data["year"]).transform("max")
    data["ln_REM_IMP"] = np.log((data["DIST"] / (data["Y"] / tot_y)).groupby([data["importer"], data["year"]]).transform("sum"))
    return data


def record(fit, names, convention):
    coef, se = fit.coef(), fit.se()
    return {"nobs": int(fit._N), "convention": convention,
            "coef": {names.get(k, k): float(v) for k, v in coef.items()},
            "se": {names.get(k, k): float(v) for k, v in se.items()}}


def dummy_rank(data, first, second):
    """The rank of the dummies of two fixed effects (with the constant), as Stata's `regress`
    finds it when it drops collinear dummies: levels of both less the connected components of the
    bipartite graph joining them (exporter-year and importer-year effects form one component per
    year)."""
    a = data[first].astype("category").cat.codes.to_numpy()
    b = data[second].astype("category").cat.codes.to_numpy()
    na, nb = a.max() + 1, b.max() + 1
    graph = coo_matrix((np.ones(len(a)), (a, na + b)), shape=(na + nb, na + nb))
    components, _ = connected_components(graph, directed=False)
    return na + nb - components


def ols(fml, data, names):
    data = data[data["trade"] > 0].copy()
    data["ln_trade"] = np.log(data["trade"])
    if "|" not in fml:
        fit = pf.feols(fml, data=data, vcov={"CRV1": "pair_id"}, **OLS)
        return record(fit, names, "Stata regress, cluster(pair_id): G/(G-1) (N-1)/(N-K)")
    # Stata's factor with every fixed-effect dummy counted exactly, applied to the unadjusted
    # cluster sandwich. (pyfixest's ssc(k_fixef="full") counts one dummy less per dimension after
    # the first, which is exact only when the effects are connected; here they form six components.)
    fit = pf.feols(fml, data=data, vcov={"CRV1": "pair_id"}, ssc=RAW, **OLS)
    n, g = int(fit._N), data["pair_id"].nunique()
    k = len(fit.coef()) + dummy_rank(data, "exp_year", "imp_year")
    out = record(fit, names, "Stata regress with the fixed-effect dummies, cluster(pair_id): G/(G-1) (N-1)/(N-K), "
                             "K = coefficients + rank of the dummies")
    out["se"] = {t: v * np.sqrt(g / (g - 1) * (n - 1) / (n - k)) for t, v in out["se"].items()}
    out["k"] = int(k)
    return out


def ppml(fml, data, names):
    fit = pf.fepois(fml, data=data, vcov={"CRV1": "pair_id"}, ssc=STATA_PPML_CLUSTER, **PPML)
    return record(fit, names, "Stata ppml, cluster(pair_id): G/(G-1)")


def ppml_robust(fml, data, names):
    fit = pf.fepois(fml, data=data, vcov="hetero", ssc=RAW, **PPML)
    out = record(fit, names, "Stata ppml (robust): HC0 N/(N-1)")
    n = out["nobs"]
    out["se"] = {k: v * np.sqrt(n / (n - 1)) for k, v in out["se"].items()}
    return out


GRAVITY = "ln_DIST + CNTG + LANG + CLNY"
BASE = {"Intercept": "(Intercept)", "ln_DIST": "log(DIST)"}
YEAR_DIST = {f"ln_DIST_{y}": f"year::{y}:log(DIST)" for y in BOOK_YEARS}
LOWER = {"ln_DIST": "log(dist)"}
BORDER = {f"INTL_BRDR_{y}": f"year::{y}:I(exporter != importer)" for y in BOOK_YEARS}
Y_TERM = "log(ave(trade, exporter, year, FUN = sum))"
E_TERM = "log(ave(trade, importer, year, FUN = sum))"
REM_EXP = "log(ave(DIST * ave(trade, year, FUN = sum) / ave(trade, importer, year, FUN = sum), exporter, year, FUN = sum))"
REM_IMP = "log(ave(DIST * ave(trade, year, FUN = sum) / ave(trade, exporter, year, FUN = sum), importer, year, FUN = sum))"


YEAR_TERMS = " + ".join(f"ln_DIST_{y}" for y in BOOK_YEARS) + " + CNTG + LANG + CLNY"
LAGS = "rta + rta_lag4 + rta_lag8 + rta_lag12"
BORDERS = " + ".join(f"INTL_BRDR_{y}" for y in BOOK_YEARS[:-1])
A3 = "ln_DIST + cntg + lang + clny + rta"
WTO = "ln_DIST + CNTG + LANG + CLNY + RTA + WTO"
THREE = "RTA + RTA_LAG3 + RTA_LAG6 + RTA_LAG9 + RTA_LAG12"
TIME = "exp_year + imp_year"
# identifier, data set, estimator, formula, international flows only. Exercise 1: WTO membership
# beside RTAs. Exercise 2: lags every three years and MFN tariffs, zero on domestic flows (the
# files leave them missing), as log(1 + tariff). The exercises' pairs are directional (`pair`).
SPECIFICATIONS = [
    ("c1-a1-ols", "a1", "ols", f"ln_trade ~ {GRAVITY} + ln_Y + ln_E", True),
    ("c1-a1-remoteness", "a1", "ols", f"ln_trade ~ {GRAVITY} + ln_Y + ln_E + ln_REM_EXP + ln_REM_IMP", True),
    ("c1-a1-fe", "a1", "ols", f"ln_trade ~ {GRAVITY} | {TIME}", True),
    ("c1-a1-ppml", "a1", "ppml", f"trade ~ {GRAVITY} | {TIME}", True),
    ("c1-a2-ols", "a2", "ols", f"ln_trade ~ {YEAR_TERMS} | {TIME}", True),
    ("c1-a2-ppml", "a2", "ppml", f"trade ~ {YEAR_TERMS} | {TIME}", True),
    ("c1-a2-intra", "a2", "ppml", f"trade ~ {YEAR_TERMS} + SMCTRY | {TIME}", False),
    ("c1-a2-brdr", "a2", "ppml", f"trade ~ {YEAR_TERMS} | {TIME} + INTRA_PAIR", False),
    ("c1-a3-ols", "a3", "ols", f"ln_trade ~ {A3} | {TIME}", True),
    ("c1-a3-ppml", "a3", "ppml", f"trade ~ {A3} | {TIME}", True),
    ("c1-a3-intra", "a3", "ppml", f"trade ~ {A3} | {TIME} + INTRA_PAIR", False),
    ("c1-a3-endogeneity", "a3", "ppml", f"trade ~ rta | {TIME} + pair_id", False),
    ("c1-a3-leads", "a3", "ppml", f"trade ~ rta + rta_lead4 | {TIME} + pair_id", False),
    ("c1-a3-phasing", "a3", "ppml", f"trade ~ {LAGS} | {TIME} + pair_id", False),
    ("c1-a3-globalization", "a3", "ppml", f"trade ~ {LAGS} + {BORDERS} | {TIME} + pair_id", False),
    ("c1-e1-ols", "e1", "ols", f"ln_trade ~ {WTO} | {TIME}", True),
    ("c1-e1-ppml", "e1", "ppml", f"trade ~ {WTO} | {TIME}", True),
    ("c1-e1-pair", "e1", "ppml", f"trade ~ RTA + WTO | {TIME} + pair", False),
    ("c1-e1-globalization", "e1", "ppml", f"trade ~ RTA + WTO + {BORDERS} | {TIME} + pair", False),
    ("c1-e2-lags", "e2", "ppml", f"trade ~ {THREE} | {TIME} + pair", False),
    ("c1-e2-tariff", "e2", "ppml", f"trade ~ {THREE} + LN_TARIFF | {TIME} + pair", False),
    ("c2-a2-ppml", "c2a2", "ppml", "trade ~ RTA | exp_year + imp_year + pair_id", False),
]


def datasets():
    """The panels of the specifications, with the book's variables, and GravityKit's names for them."""
    exercise2 = panel("Chapter1Exercise2.csv", years=[1988, 1991, 1994, 1997, 2000, 2003, 2006])
    exercise2["LN_TARIFF"] = np.log(1 + np.where(exercise2["INTL"] == 0, 0.0, exercise2["MFN_TARIFF"]))
    output = {"ln_Y": Y_TERM, "ln_E": E_TERM, "ln_REM_EXP": REM_EXP, "ln_REM_IMP": REM_IMP}
    return {
        "a1": (add_output_and_remoteness(panel("Chapter1Application1.csv")), {**BASE, **output}),
        "a2": (panel("Chapter1Application2.csv"), {**YEAR_DIST, "SMCTRY": "I(exporter == importer)"}),
        "a3": (panel("agtpa_applications.csv"), {**LOWER, **BORDER}),
        "e1": (panel("Chapter1Exercise1.csv"), {**BASE, **BORDER}),
        "e2": (exercise2, {"LN_TARIFF": "log(1 + ifelse(exporter == importer, 0, MFN_TARIFF))"}),
        "c2a2": (panel("Chapter2Application2.csv"), {}),
    }


def main():
    refs = {}
    panels = datasets()
    for key, source, estimator, fml, international_only in SPECIFICATIONS:
        data, names = panels[source]
        sample = data[data["INTL"] == 1] if international_only else data
        refs[key] = (ols if estimator == "ols" else ppml)(fml, sample, names)

    c2 = pd.read_csv(AGTPA / "Chapter2Application1.csv")
    c2 = c2[c2["year"] == 2006].copy()
    c2["ln_DIST"] = np.log(c2["DIST"])
    c2["INTL_BRDR"] = (c2["exporter"] != c2["importer"]).astype(float)
    refs["c2-a1-ppml"] = ppml_robust("trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer", c2,
                                     {**BASE, "INTL_BRDR": "I(exporter != importer)"})

    out = {"generated_with": f"pyfixest {pf.__version__}, pandas {pd.__version__}, numpy {np.__version__}",
           "script": "Tests/GravityCLITests/References/make_book_references.py",
           "specifications": refs}
    with open(HERE / "book_references.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for key, value in refs.items():
        print(key, value["nobs"], {k: round(v, 4) for k, v in value["coef"].items()})


if __name__ == "__main__":
    main()
