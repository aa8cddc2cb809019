"""Reference numbers for the Chapter 1 table test (CompareChapter1TableTests).

The book's Chapter 1 specifications on the AGTPA panel (Yotov et al. 2016), international flows
in 1986, 1990, ..., 2006, standard errors clustered by pair_id:
  (1) OLS:   log(trade) ~ log(DIST) + CNTG + LANG + CLNY
  (2) FE:    log(trade) ~ log(DIST) + CNTG + LANG + CLNY | exporter^year + importer^year
  (3) PPML:  trade ~ log(DIST) + CNTG + LANG + CLNY | exporter^year + importer^year
computed with pyfixest (feols, fepois; vcov={"CRV1": "pair_id"}, pyfixest's default small-sample
correction). Run from the repository root: python3 Tests/GravityCLITests/References/make_chapter1_table.py
(the data stay in ../shared/data/agtpa and are never copied here).
"""
import json
import os

import numpy as np
import pandas as pd
import pyfixest as pf

here = os.path.dirname(os.path.abspath(__file__))
data = pd.read_csv(os.path.join(here, "../../../../shared/data/agtpa/Chapter1Application1.csv"))
data = data[(data.exporter != data.importer) & data.year.isin([1986, 1990, 1994, 1998, 2002, 2006])].copy()
data["ln_trade"] = np.log(data.trade.where(data.trade > 0))
data["ln_DIST"] = np.log(data.DIST)
data["exp_year"] = data.exporter + data.year.astype(str)
data["imp_year"] = data.importer + data.year.astype(str)
names = {"Intercept": "(Intercept)", "ln_DIST": "log(DIST)", "CNTG": "CNTG", "LANG": "LANG", "CLNY": "CLNY"}
vcov = {"CRV1": "pair_id"}
fits = {
    "OLS": pf.feols("ln_trade ~ ln_DIST + CNTG + LANG + CLNY", data=data.dropna(subset=["ln_trade"]), vcov=vcov),
    "FE": pf.feols("ln_trade ~ ln_DIST + CNTG + LANG + CLNY | exp_year + imp_year", data=data.dropna(subset=["ln_trade"]), vcov=vcov),
    "PPML": pf.fepois("trade ~ ln_DIST + CNTG + LANG + CLNY | exp_year + imp_year", data=data, vcov=vcov),
}
out = {"generated_with": f"pyfixest {pf.__version__}, pandas {pd.__version__}",
       "sample": "exporter != importer & year %in% c(1986, 1990, 1994, 1998, 2002, 2006)",
       "vcov": "CRV1 by pair_id (pyfixest default small-sample correction)", "columns": {}}
for label, fit in fits.items():
    table = fit.tidy()
    out["columns"][label] = {
        "nobs": int(fit._N),
        "coefficients": {names[t]: {"estimate": float(table.loc[t, "Estimate"]), "std_error": float(table.loc[t, "Std. Error"])} for t in table.index},
    }
with open(os.path.join(here, "chapter1_table.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(json.dumps(out, indent=1))
