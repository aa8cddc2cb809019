"""Reference values for cs-did with a covariate (outcome regression) on the minimum-wage panel.

Run from this folder with the shared data beside the repository:
    pip install csdid==0.4.3 pandas
    python3 make_cs_covariates.py
It writes cs_covariates_mpdta.json: Callaway and Sant'Anna group-time ATTs and their four
aggregations with `xformla = "lemp ~ lpop"`, `est_method = "reg"` (Sant'Anna and Zhao's outcome
regression), `base_period = "varying"`, analytical standard errors (no bootstrap), for
never-treated and not-yet-treated controls. lpop is constant within counties, so base-period and
time-varying conventions coincide.
"""
import json
import pathlib

import pandas as pd
from csdid.att_gt import ATTgt

here = pathlib.Path(__file__).resolve().parent
data = pd.read_csv(here.parents[3] / "shared" / "data" / "mpdta.csv")
data["g"] = data["first.treat"]

out = {"generated_with": {"csdid": "0.4.3", "pandas": pd.__version__},
       "call": 'ATTgt(yname="lemp", tname="year", idname="countyreal", gname="g", data=d, control_group=..., '
               'xformla="lemp ~ lpop").fit(est_method="reg", base_period="varying", bstrap=False); '
               '.aggte(typec=..., bstrap=False, cband=False)',
       "models": {}}
for control in ["nevertreated", "notyettreated"]:
    model = ATTgt(yname="lemp", tname="year", idname="countyreal", gname="g", data=data,
                  control_group=control, xformla="lemp ~ lpop")
    model.fit(est_method="reg", base_period="varying", bstrap=False)
    r = model.results
    cells = {f"{int(g)}_{int(t)}": {"att": float(a), "se": float(s)}
             for g, t, a, s in zip(r["group"], r["year"], r["att"], r["se"])}
    aggregations = {}
    for kind in ["simple", "dynamic", "group", "calendar"]:
        model.aggte(typec=kind, bstrap=False, cband=False)
        a = model.atte
        entry = {"overall_att": float(a["overall_att"]), "overall_se": float(a["overall_se"])}
        if kind != "simple":
            entry["by"] = {str(int(e)): {"att": float(x), "se": float(s)}
                           for e, x, s in zip(a["egt"], a["att_egt"], a["se_egt"])}
        aggregations[kind] = entry
    out["models"][control] = {"att_gt": cells, "aggregations": aggregations}

(here / "cs_covariates_mpdta.json").write_text(json.dumps(out, indent=1) + "\n")
