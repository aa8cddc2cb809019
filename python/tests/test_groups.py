"""fit_by on pandas: one row per group, equal to fitting each group alone; failures stay in their row."""
import json

import numpy as np
import pandas as pd
import pytest
from conftest import per_product_specification, product_panel

import gravitykit as gk


@pytest.fixture(scope="module")
def panel():
    return product_panel(12)


def test_rows_equal_single_fits(panel):
    model, formula = per_product_specification()
    rows = gk.fit_by(panel, by="product", model=model, formula=formula, vcov="hc1")
    assert list(rows.columns) == ["product", "coefficients", "nobs", "dropped", "iterations", "converged", "error"]
    assert rows["product"].tolist() == sorted(panel["product"].unique())
    for row in rows.itertuples():
        alone = gk.fit(panel[panel["product"] == row.product], model, formula, vcov="hc1")
        assert json.loads(row.coefficients) == alone.data["coefficients"]
        assert row.nobs == alone.nobs and row.dropped == 90 - alone.nobs
        assert row.converged and pd.isna(row.error)


def test_failing_group_is_reported_in_its_row(panel):
    broken = panel.copy()
    broken.loc[broken["product"] == "p0003", "contig"] = np.nan  # every row of p0003 missing: no sample
    rows = gk.fit_by(broken, by="product", model="ols", formula="log1p(trade) ~ log(dist) + contig")
    failed = rows.set_index("product").loc["p0003"]
    assert not failed["converged"] and pd.isna(failed["nobs"]) and pd.isna(failed["coefficients"])
    assert failed["error"].startswith(("InvalidInputError", "NumericalError"))
    assert rows["error"].isna().sum() == len(rows) - 1


def test_process_pool_equals_sequential(panel):
    model, formula = per_product_specification()
    sequential = gk.fit_by(panel, by="product", model=model, formula=formula)
    pooled = gk.fit_by(panel, by="product", model=model, formula=formula, processes=2)
    pd.testing.assert_frame_equal(sequential, pooled)


def test_two_keys(panel):
    rows = gk.fit_by(panel.assign(half=panel["exporter"] < "c005"), by=["product", "half"], model="ols",
                     formula="log1p(trade) ~ log(dist) + contig")
    assert len(rows) == 24 and list(rows.columns[:2]) == ["product", "half"]
