"""Reference figures from gegravity's OneSectorGE (PyPI gegravity 0.3) on a generated panel.

Writes gegravity_panel.csv (the generated 2006 cross-section: 12 countries, every pair and every
domestic flow) and gegravity_onesector.json (gegravity's baseline, conditional and full-GE
multilateral resistances, factory-gate prices and GDP changes) next to this script.

The data are generated here, not taken from ../shared, so both files may be committed. Costs are
given (fixed coefficients, no estimation) so that the comparison tests the GE solution only:
t_ij^(1-sigma) = exp(-0.8 ln_dist + 0.4 contiguity - 2.2 border + 0.6 pta), sigma = 5, reference
importer DEU. The counterfactual gives the pair CHN-KAZ, CHN-UZB and KAZ-UZB an agreement (pta = 1).

Run: python make_gegravity_onesector.py   (needs gegravity, numpy, pandas)
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import gegravity as ge

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = ["CHN", "DEU", "FRA", "IND", "JPN", "KAZ", "KGZ", "RUS", "TJK", "TKM", "USA", "UZB"]
COEFFICIENTS = {"ln_dist": -0.8, "contiguity": 0.4, "border": -2.2, "pta": 0.6}
SIGMA = 5.0
AGREEMENT = {"CHN", "KAZ", "UZB"}


def generate():
    rng = np.random.default_rng(2016)
    n = len(COUNTRIES)
    size = np.exp(rng.normal(0, 1.2, n))
    position = rng.uniform(0, 100, (n, 2))
    rows = []
    for i, o in enumerate(COUNTRIES):
        for j, d in enumerate(COUNTRIES):
            dist = 0.5 if i == j else max(0.5, float(np.hypot(*(position[i] - position[j]))))
            contiguity = int(i != j and dist < 25)
            border = int(i != j)
            pta = int(i != j and o in {"DEU", "FRA"} and d in {"DEU", "FRA"})
            cost = np.exp(COEFFICIENTS["ln_dist"] * np.log(dist) + COEFFICIENTS["contiguity"] * contiguity
                          + COEFFICIENTS["border"] * border + COEFFICIENTS["pta"] * pta)
            trade = size[i] * size[j] * cost * np.exp(rng.normal(0, 0.4)) * 1000
            rows.append({"exporter": o, "importer": d, "year": "2006", "trade": float(trade),
                         "ln_dist": float(np.log(dist)), "contiguity": contiguity, "border": border, "pta": pta})
    data = pd.DataFrame(rows)
    data["Y"] = data.groupby("exporter")["trade"].transform("sum")
    data["E"] = data.groupby("importer")["trade"].transform("sum")
    return data


def main():
    data = generate()
    data.to_csv(os.path.join(HERE, "gegravity_panel.csv"), index=False, float_format="%.17g")
    baseline = ge.BaselineData(data, imp_var_name="importer", exp_var_name="exporter", year_var_name="year",
                               trade_var_name="trade", expend_var_name="E", output_var_name="Y")
    estimates = pd.DataFrame([{"var": k, "coeff": v, "ste": 0.1} for k, v in COEFFICIENTS.items()])
    costs = ge.CostCoeffs(estimates=estimates, identifier_col="var", coeff_col="coeff", stderr_col="ste")
    experiment = data.copy()
    inside = experiment["exporter"].isin(AGREEMENT) & experiment["importer"].isin(AGREEMENT) \
        & (experiment["exporter"] != experiment["importer"])
    experiment.loc[inside, "pta"] = 1
    # gegravity's root solver needs the OMRs scaled near 1: try its documented rescale factors in turn
    # and keep the first one whose three solves all converge.
    for rescale in [1, 10, 100, 1000, 10000, 0.1, 0.01]:
        model = ge.OneSectorGE(baseline, year="2006", reference_importer="DEU", sigma=SIGMA,
                               cost_variables=list(COEFFICIENTS), cost_coeff_values=costs, quiet=True)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")   # pandas deprecations inside gegravity; convergence checked below
                model.build_baseline(omr_rescale=rescale, mr_tolerance=1e-13, mr_max_iter=100000)
                model.define_experiment(experiment.copy())
                model.simulate(ge_tolerance=1e-13, ge_max_iter=100000)
        except ValueError:
            continue
        if all(solve.success for solve in model.solver_diagnostics.values()):
            break
    else:
        raise SystemExit("gegravity converged with none of the OMR rescale factors tried")
    mr = model.country_mr_terms
    results = model.country_results
    countries = []
    for c in COUNTRIES:
        countries.append({
            "country": c,
            "baseline_imr": float(mr.loc[c, "baseline imr"]), "conditional_imr": float(mr.loc[c, "conditional imr"]),
            "experiment_imr": float(mr.loc[c, "experiment imr"]),
            "baseline_omr": float(mr.loc[c, "baseline omr"]), "conditional_omr": float(mr.loc[c, "conditional omr"]),
            "experiment_omr": float(mr.loc[c, "experiment omr"]),
            "factory_gate_price_change_pct": float(results.loc[c, "factory gate price change (percent)"]),
            "gdp_change_pct": float(results.loc[c, "GDP change (percent)"]),
            "foreign_exports_change_pct": float(results.loc[c, "foreign exports change (percent)"]),
        })
    diagnostics = {"omr_rescale": rescale}
    diagnostics |= {k: {"success": bool(v.success), "message": str(v.message)} for k, v in model.solver_diagnostics.items()}
    out = {
        "generated_with": f"gegravity {ge.__version__ if hasattr(ge, '__version__') else '0.3'}, numpy {np.__version__}, pandas {pd.__version__}",
        "call": "OneSectorGE(BaselineData(gegravity_panel.csv, Y, E), year='2006', reference_importer='DEU', sigma=5, "
                "cost_coeff_values=" + json.dumps(COEFFICIENTS) + "); build_baseline(mr_tolerance=1e-13); "
                "define_experiment(pta = 1 among CHN, KAZ, UZB); simulate(ge_tolerance=1e-13)",
        "sigma": SIGMA, "reference": "DEU", "coefficients": COEFFICIENTS, "agreement": sorted(AGREEMENT),
        "conventions": "imr is P_j and omr is Pi_i (levels, not 1-sigma powers), P_DEU = 1; Pi_i^(1-sigma) = "
                       "sum_j t_ij^(1-sigma) (E_j / E) / P_j^(1-sigma), without the world-output factor of the book's units. "
                       "Y and E are the generated flows' row and column sums, so the baseline is balanced flow by flow "
                       "in totals. gegravity's full-GE system keeps every country's baseline output and expenditure shares "
                       "in its resistance equations, so its experiment resistances equal its conditional ones and its "
                       "factory-gate price is p_i = Pi_i(baseline) / Pi_i(conditional).",
        "solver_diagnostics": diagnostics,
        "countries": countries,
    }
    with open(os.path.join(HERE, "gegravity_onesector.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
