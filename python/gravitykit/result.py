"""The result of one fit: the library's JSON (docs/json-schema.md) with pandas views of it."""
import json

import numpy as np
import pandas as pd

_BROOM_NAMES = {"term": "term", "estimate": "estimate", "std_error": "std.error", "statistic": "statistic",
                "p_value": "p.value", "conf_low": "conf.low", "conf_high": "conf.high"}


def _number(value):
    return np.nan if value is None else float(value)


class FitResult:
    """A fitted model.

    Attributes: `model`, `formula`, `nobs`, `vcov_label` (how the covariance was computed),
    `coef` and `se` (pandas Series indexed by term), `vcov` (DataFrame), `statistics` (dict),
    `tests` (list of dicts), `notes` (list of str), `json` (the text `gravity fit --format json`
    writes) and `data` (that JSON parsed, including any sections the estimator adds).
    """

    def __init__(self, json_text, covariance):
        self.json = json_text
        self.data = json.loads(json_text)
        self.model = self.data["model"]
        self.formula = self.data["formula"]
        self.nobs = int(self.data["nobs"])
        self.vcov_label = self.data["vcov"]
        self.statistics = {key: _number(value) for key, value in self.data["statistics"].items()}
        self.tests = self.data["tests"]
        self.notes = self.data["notes"]
        rows = self.data["coefficients"]
        terms = pd.Index([row["term"] for row in rows], name="term")
        self.coef = pd.Series([_number(row["estimate"]) for row in rows], index=terms, name="estimate")
        self.se = pd.Series([_number(row["std_error"]) for row in rows], index=terms, name="std_error")
        self.vcov = pd.DataFrame(covariance, index=terms, columns=terms)

    def tidy(self):
        """The coefficient table in broom's vocabulary: term, estimate, std.error, statistic, p.value, conf.low, conf.high."""
        rows = [{_BROOM_NAMES[key]: (value if key == "term" else _number(value)) for key, value in row.items()}
                for row in self.data["coefficients"]]
        return pd.DataFrame(rows, columns=list(_BROOM_NAMES.values()))

    def summary(self):
        """A plain-text report: model, formula, observations, coefficient table, statistics, tests and notes."""
        table = self.tidy().set_index("term")
        lines = [f"{self.model}: {self.formula}", f"Observations: {self.nobs}", f"Standard errors: {self.vcov_label}", "",
                 table.to_string(float_format=lambda x: f"{x:.6g}"), ""]
        lines += [f"{key}: {value:.6g}" for key, value in self.statistics.items()]
        for test in self.tests:
            df = "" if test.get("df") is None else f"({test['df']:g}{', ' + format(test['df2'], 'g') if 'df2' in test else ''})"
            lines.append(f"{test['name']}: {test['distribution']}{df} = {_number(test['statistic']):.6g}, "
                         f"p = {_number(test['p_value']):.4g}")
        lines += [f"Note: {note}" for note in self.notes]
        return "\n".join(lines)

    def __repr__(self):
        return self.summary()
