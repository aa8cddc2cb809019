"""gk.fit against the command line on the same data (1e-12) and against pyfixest (1e-6)."""
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pytest
from conftest import fixed_effects_supported, registered, run_cli

import gravitykit as gk
from gravitykit._columns import ColumnBatch

CLI_SPECIFICATIONS = [
    ("ols", "inv ~ value + capital", "classical"),
    ("ols", "log(inv) ~ log(value) + log(capital) + factor(firm)", "cluster:firm"),
    ("ols", "inv ~ value + capital", "hc3"),
    ("fe", "inv ~ value + capital", "classical"),
]


def assert_same_fit(result, cli, tolerance):
    """Every coefficient field and statistic of `result` equals the CLI's to `tolerance` relative."""
    assert [row["term"] for row in result.data["coefficients"]] == [row["term"] for row in cli["coefficients"]]
    for mine, theirs in zip(result.data["coefficients"], cli["coefficients"]):
        for key in ("estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"):
            assert mine[key] == pytest.approx(theirs[key], rel=tolerance, abs=1e-300), (mine["term"], key)
    for key, value in cli["statistics"].items():
        assert result.data["statistics"][key] == pytest.approx(value, rel=tolerance), key
    assert result.nobs == cli["nobs"] and result.vcov_label == cli["vcov"]


@pytest.mark.parametrize("model,formula,vcov", CLI_SPECIFICATIONS)
def test_same_as_command_line(grunfeld, grunfeld_path, model, formula, vcov):
    panel = {"id": "firm", "time": "year"} if model == "fe" else {}
    result = gk.fit(grunfeld, model, formula, vcov=vcov, **panel)
    cli = run_cli(grunfeld_path, model, formula, vcov, extra=["--id", "firm", "--time", "year"] if panel else [])
    assert_same_fit(result, cli, 1e-12)


def test_same_as_command_line_with_absorbed_effects(grunfeld, grunfeld_path):
    if not fixed_effects_supported("ols"):
        pytest.skip("ols does not absorb fixed effects (`| firm + year`) in this build")
    formula = "inv ~ value + capital | firm + year"
    assert_same_fit(gk.fit(grunfeld, "ols", formula, vcov="cluster:firm"), run_cli(grunfeld_path, "ols", formula, "cluster:firm"), 1e-12)


def test_result_views(grunfeld):
    result = gk.fit(grunfeld, "ols", "inv ~ value + capital", vcov="hc1")
    assert list(result.coef.index) == ["(Intercept)", "value", "capital"]
    assert np.allclose(np.sqrt(np.diag(result.vcov.to_numpy())), result.se.to_numpy(), rtol=1e-14, atol=0)
    assert list(result.vcov.index) == list(result.vcov.columns) == list(result.coef.index)
    tidy = result.tidy()
    assert list(tidy.columns) == ["term", "estimate", "std.error", "statistic", "p.value", "conf.low", "conf.high"]
    assert tidy["estimate"].tolist() == result.coef.tolist()
    summary = result.summary()
    assert "inv ~ value + capital" in summary and "capital" in summary and "Observations: 200" in summary


def test_float64_columns_are_not_copied(grunfeld):
    batch = ColumnBatch(grunfeld, "inv ~ value + capital")
    by_name = {column.name.decode(): column for column in batch.columns}
    assert by_name["value"].values == grunfeld["value"].to_numpy().ctypes.data
    assert by_name["year"].values is None  # not named by the request: never converted


def test_nullable_and_text_columns(grunfeld):
    frame = grunfeld.copy()
    frame["capital"] = frame["capital"].astype("Float64")
    frame.loc[3, "capital"] = pd.NA
    frame["firm_name"] = frame["firm"].map(lambda f: f"firm {f:02d}")
    result = gk.fit(frame, "ols", "inv ~ value + capital + factor(firm_name)")
    reference = gk.fit(grunfeld.drop(index=3), "ols", "inv ~ value + capital + factor(firm)")
    assert result.nobs == 199
    assert result.coef[["value", "capital"]].to_numpy() == pytest.approx(reference.coef[["value", "capital"]].to_numpy(), rel=1e-12)
    assert any("1 row" in note or "dropped" in note for note in result.notes)


def test_threads_fit_in_parallel_with_the_same_results(grunfeld):
    specifications = [("inv ~ value + capital", "hc1"), ("log(inv) ~ log(value) + log(capital)", "cluster:firm")] * 8
    serial = [gk.fit(grunfeld, "ols", f, vcov=v).json for f, v in specifications]
    with ThreadPoolExecutor(2) as pool:
        parallel = list(pool.map(lambda spec: gk.fit(grunfeld, "ols", spec[0], vcov=spec[1]).json, specifications))
    assert parallel == serial


# Errors carry the library's message.

def test_missing_column_names_the_closest(grunfeld):
    with pytest.raises(gk.UnknownVariableError, match="Unknown variable `valeu`. Did you mean `value`"):
        gk.fit(grunfeld, "ols", "inv ~ valeu + capital")


def test_text_column_as_a_number(grunfeld):
    frame = grunfeld.assign(firm=grunfeld["firm"].astype(str))
    with pytest.raises(gk.InvalidInputError, match="holds text"):
        gk.fit(frame, "ols", "inv ~ value + log(firm)")


def test_wrong_dtype(grunfeld):
    frame = grunfeld.assign(date=pd.to_datetime(grunfeld["year"].astype(str)))
    with pytest.raises(gk.DataTypeError, match="Column `date` has dtype datetime64"):
        gk.fit(frame, "ols", "inv ~ value + date")
    mixed = grunfeld.assign(code=pd.Series(["a", 1] * 100, dtype=object))
    with pytest.raises(gk.DataTypeError, match="mixes text with int"):
        gk.fit(mixed, "ols", "inv ~ value + factor(code)")


def test_empty_data(grunfeld):
    with pytest.raises(gk.InvalidInputError, match="no rows"):
        gk.fit(grunfeld.iloc[:0], "ols", "inv ~ value + capital")


def test_unknown_model_and_bad_formula(grunfeld):
    with pytest.raises(gk.UnknownModelError, match="Unknown model `olss`"):
        gk.fit(grunfeld, "olss", "inv ~ value")
    with pytest.raises(gk.FormulaError, match="Formula error"):
        gk.fit(grunfeld, "ols", "inv ~ value +")
    with pytest.raises(gk.InvalidOptionError, match="Unknown covariance"):
        gk.fit(grunfeld, "ols", "inv ~ value", vcov="clustre:firm")


def test_infinite_value(grunfeld):
    frame = grunfeld.copy()
    frame.loc[41, "value"] = np.inf
    with pytest.raises(gk.InvalidInputError, match="row 42"):
        gk.fit(frame, "ols", "inv ~ value + capital")


def test_all_zero_outcome_in_ppml():
    if not registered("ppml"):
        pytest.skip("ppml is not registered in this build")
    frame = pd.DataFrame({"trade": np.zeros(20), "x": np.arange(20.0), "g": list("ab") * 10})
    with pytest.raises(gk.GravityKitError, match="zero"):
        gk.fit(frame, "ppml", "trade ~ x")
