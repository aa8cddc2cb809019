"""Reference values for did2s with a time-varying covariate in the first stage.

Run from this folder:
    pip install pyfixest==0.60.0 pandas numpy
    python3 make_did2s_covariate.py
It simulates a small staggered panel (seeded; 40 units x 8 periods, cohorts 3, 5, 6 and never
treated, a covariate x that varies over time), writes it to did2s_covariate_panel.csv and writes
did2s_covariate.json: pyfixest's did2s with first stage `~ x | unit + t` and second stage `~ D`,
clustered by unit (Gardner's two-stage GMM standard errors). Every unit has at least two untreated
periods, so pyfixest's singleton handling (see did_mpdta.json) does not come into play.
"""
import json
import pathlib

import numpy as np
import pandas as pd
import pyfixest as pf

here = pathlib.Path(__file__).resolve().parent
rng = np.random.default_rng(20210101)
rows = []
for unit in range(40):
    cohort = [3, 5, 6, 0][unit % 4]
    level = rng.normal()
    for t in range(1, 9):
        x = rng.normal() + 0.1 * t
        treated = cohort > 0 and t >= cohort
        effect = 0.5 * (t - cohort + 1) if treated else 0.0
        y = level + 0.2 * t + 0.7 * x + effect + rng.normal(scale=0.3)
        rows.append({"unit": unit, "t": t, "g": cohort, "x": round(x, 12), "D": int(treated), "y": round(y, 12)})
data = pd.DataFrame(rows)
data.to_csv(here / "did2s_covariate_panel.csv", index=False)

fit = pf.did2s(data, yname="y", first_stage="~ x | unit + t", second_stage="~ D", treatment="D", cluster="unit")
out = {
    "generated_with": {"pyfixest": pf.__version__, "pandas": pd.__version__, "numpy": np.__version__},
    "call": 'pf.did2s(d, yname="y", first_stage="~ x | unit + t", second_stage="~ D", treatment="D", cluster="unit")',
    "coef": {"D": float(fit.coef()["D"])},
    "se": {"D": float(fit.se()["D"])},
}
(here / "did2s_covariate.json").write_text(json.dumps(out, indent=1) + "\n")
print(out)
