"""Reference for `fe --effect twoways` on a panel where both dimensions have more than 2,000
levels (5,000 units, 2,500 periods, each unit seen in 3 periods: 15,000 rows), computed with
pyfixest 0.60 (PyPI): feols("y ~ x1 + x2 | unit + year", fixef_tol=1e-12), classical and clustered by unit
without small-sample factors (plm's HC0 convention, `cluster_convention=plm-hc0`).

The data come from a 64-bit linear congruential generator that
FixedEffectsManyLevelsTests.swift reproduces draw for draw, so the panel is not committed.
Unit u (0-based) is seen in periods u mod 2500 and (u + 1) mod 2500, which chain every
period into one connected component, and in one more period drawn at random.

    python3 Tests/GravityPanelTests/References/make_fe_many_levels.py > Tests/GravityPanelTests/References/fe_many_levels.json
"""
import json
import sys

import pandas as pd
import pyfixest as pf

UNITS, PERIODS = 5000, 2500


class Generator:
    """x <- x * 6364136223846793005 + 1442695040888963407 (mod 2^64); uniform = top 53 bits / 2^53."""

    def __init__(self, seed):
        self.state = seed

    def uniform(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 11) / float(1 << 53)


def panel():
    random = Generator(20261130)
    gamma = [random.uniform() for _ in range(PERIODS)]
    rows = []
    for u in range(UNITS):
        alpha = 2 * random.uniform() - 1
        periods = [u % PERIODS, (u + 1) % PERIODS]
        while len(periods) < 3:
            p = int(random.uniform() * PERIODS)
            if p not in periods:
                periods.append(p)
        for p in periods:
            x1 = random.uniform() + 0.5 * alpha + 0.3 * gamma[p]
            x2 = random.uniform() - 0.2 * gamma[p]
            e = random.uniform() - 0.5
            rows.append((u + 1, p + 1, 1.5 * x1 - 0.7 * x2 + alpha + gamma[p] + e, x1, x2))
    return pd.DataFrame(rows, columns=["unit", "year", "y", "x1", "x2"])


def main():
    data = panel()
    classical = pf.feols("y ~ x1 + x2 | unit + year", data=data, vcov="iid", fixef_tol=1e-12)
    clustered = pf.feols("y ~ x1 + x2 | unit + year", data=data, vcov={"CRV1": "unit"},
                         ssc=pf.ssc(k_adj=False, G_adj=False), fixef_tol=1e-12)
    reference = {
        "generated_with": f"pyfixest {pf.__version__}",
        "call": 'feols("y ~ x1 + x2 | unit + year", vcov="iid", fixef_tol=1e-12); the same with vcov={"CRV1": "unit"}, ssc=pf.ssc(k_adj=False, G_adj=False)',
        "nobs": int(classical._N),
        "check_sums": {"y": float(data["y"].sum()), "x1": float(data["x1"].sum()), "x2": float(data["x2"].sum())},
        "coefficients": {k: float(v) for k, v in classical.coef().items()},
        "se_classical": {k: float(v) for k, v in classical.se().items()},
        "se_cluster_unit_hc0": {k: float(v) for k, v in clustered.se().items()},
        "ssr": float((classical.resid() ** 2).sum()),
    }
    json.dump(reference, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
