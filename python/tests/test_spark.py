"""gravitykit.spark.fit_by in Spark local[2] mode: 200 products read from Parquet (and CSV) through
Spark's readers, each product's row equal to the single-machine command line's fit to 1e-10.

Skipped, saying why, only where pyspark is not installed or no Java runtime is found.
"""
import json
import os
import shutil
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import per_product_specification, product_panel, run_cli

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark)")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("no Java runtime (java on PATH or JAVA_HOME): Spark cannot start", allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

import gravitykit.spark as gks  # noqa: E402

PRODUCTS = 200
TOLERANCE = 1e-10


@pytest.fixture(scope="module")
def spark():
    # Local-mode workers inherit the environment: they import this checkout's package and load the
    # library the tests load, never an older copy installed in site-packages.
    import gravitykit._library as library
    os.environ["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])
    os.environ["GRAVITYKIT_LIBRARY"] = str(library.library().path)
    session = (SparkSession.builder.master("local[2]").appName("gravitykit-test")
               .config("spark.sql.shuffle.partitions", "4").config("spark.ui.enabled", "false")
               .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
               .getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def panel_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("panel")
    panel = product_panel(PRODUCTS)
    panel.to_parquet(folder / "panel.parquet", index=False)
    panel.to_csv(folder / "panel.csv", index=False, float_format="%.17g")
    for product, frame in panel.groupby("product"):
        frame.to_csv(folder / f"{product}.csv", index=False, float_format="%.17g")
    return folder


def assert_rows_equal(coefficients, expected, product):
    assert [row["term"] for row in coefficients] == [row["term"] for row in expected], product
    for mine, theirs in zip(coefficients, expected):
        for key in ("estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"):
            assert mine[key] == pytest.approx(theirs[key], rel=TOLERANCE, abs=1e-300), (product, mine["term"], key)


def test_per_product_fits_equal_the_command_line(spark, panel_files):
    model, formula = per_product_specification()
    print(f"fitting {PRODUCTS} products with {model}: {formula}")
    trade = spark.read.parquet(str(panel_files / "panel.parquet"))
    rows = gks.fit_by(trade, by="product", model=model, formula=formula, vcov="hc1").toPandas()
    assert len(rows) == PRODUCTS and rows["error"].isna().all(), rows["error"].dropna().head().tolist()
    assert rows["converged"].all()
    rows = rows.set_index("product")
    with ThreadPoolExecutor(2) as pool:
        expected = dict(pool.map(lambda p: (p, run_cli(panel_files / f"{p}.csv", model, formula, "hc1")),
                                 sorted(rows.index)))
    for product, cli in expected.items():
        assert rows.loc[product, "nobs"] == cli["nobs"]
        assert rows.loc[product, "dropped"] == 90 - cli["nobs"]
        assert_rows_equal(json.loads(rows.loc[product, "coefficients"]), cli["coefficients"], product)


def test_csv_input_and_a_failing_group(spark, panel_files):
    model, formula = per_product_specification()
    trade = spark.read.csv(str(panel_files / "panel.csv"), header=True, inferSchema=True)
    from pyspark.sql import functions as F
    # Product p0007 loses its regressor: its row reports the error, every other product is fitted.
    broken = trade.withColumn("contig", F.when(F.col("product") == "p0007", None).otherwise(F.col("contig")))
    rows = gks.fit_by(broken.filter(F.col("product") < "p0020"), by="product", model=model, formula=formula,
                      vcov="hc1").toPandas().set_index("product")
    assert len(rows) == 20
    assert rows.loc["p0007", "error"] and not rows.loc["p0007", "converged"]
    assert rows.drop(index="p0007")["error"].isna().all()
    cli = run_cli(panel_files / "p0003.csv", model, formula, "hc1")
    assert_rows_equal(json.loads(rows.loc["p0003", "coefficients"]), cli["coefficients"], "p0003")
