"""Reference numbers for the standardised coefficient chart (StandardisedChartTests).

x-standardised coefficients b * sd(x), as Stata's listcoef reports them (bStdX): sd(x) is the
sample standard deviation (n - 1) of the regressor as it enters the model, over the model's
estimation sample, overall (not within units). On the bundled simulated panel:
  (1) OLS: log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use
  (2) FE:  the same with partner fixed effects (pyfixest feols `| partner`)
with classical standard errors; the intervals are the coefficient's 95% t intervals times sd(x).
Run from the repository root: python3 Tests/GravityCLITests/References/make_standardised_coefficients.py
"""
import json
import os

import numpy as np
import pandas as pd
import pyfixest as pf

here = os.path.dirname(os.path.abspath(__file__))
data = pd.read_csv(os.path.join(here, "../../../Examples/Data/china_central_asia_panel.csv"))
data["ln_trade"] = np.log(data.ecommerce_trade)
data["ln_gdp_pc"] = np.log(data.gdp_pc)
data["ln_population"] = np.log(data.population)
names = {"ln_gdp_pc": "log(gdp_pc)", "ln_population": "log(population)", "internet_use": "internet_use"}
formula = "ln_trade ~ ln_gdp_pc + ln_population + internet_use"
out = {"generated_with": f"pyfixest {pf.__version__}, pandas {pd.__version__}", "models": {}}
for key, fit in {"ols": pf.feols(formula, data=data, vcov="iid"), "fe": pf.feols(formula + " | partner", data=data, vcov="iid")}.items():
    coefficients, intervals = fit.coef(), fit.confint()
    assert fit._N == len(data), "every row is in the estimation sample"
    model = {}
    for column, term in names.items():
        sd = data[column].std(ddof=1)
        model[term] = {
            "sd": sd,
            "standardised": coefficients[column] * sd,
            "lower": intervals.loc[column].iloc[0] * sd,
            "upper": intervals.loc[column].iloc[1] * sd,
        }
    out["models"][key] = model
with open(os.path.join(here, "standardised_coefficients.json"), "w") as file:
    json.dump(out, file, indent=2)
    file.write("\n")
