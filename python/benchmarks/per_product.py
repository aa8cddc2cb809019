"""Per-product gravity estimation, three ways in the same run: the Python binding one product after
the other, Spark local[2] (groupBy().applyInPandas, the binding in each task) and pyfixest in a loop.

    swift build -c release --product GravityKitC && python3 python/benchmarks/per_product.py

Defaults: 2,000 products x 2,000 rows (50 exporters x 40 importers), the model of
`gravitykit.simulation.per_product_specification()` (PPML with exporter and importer effects when
the library has it), HC1 standard errors. Prints wall times, the ratio to the binding, the largest
relative difference from pyfixest in the distance coefficient, and peak resident memory.
"""
import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import gravitykit as gk  # noqa: E402
from gravitykit.simulation import per_product_specification, product_panel  # noqa: E402


def timed(label, work, times):
    start = time.perf_counter()
    result = work()
    times[label] = time.perf_counter() - start
    print(f"{label}: {times[label]:.2f} s", flush=True)
    return result


def distance_coefficients(rows):
    import json
    return {row.product: next(c["estimate"] for c in json.loads(row.coefficients) if c["term"] == "log(dist)")
            for row in rows.itertuples() if isinstance(row.coefficients, str)}


def run_spark(panel_path, model, formula, times):
    from pyspark.sql import SparkSession
    import gravitykit.spark as gks
    # Local-mode workers inherit the environment: the same package and library as this process,
    # not an older copy installed in site-packages.
    os.environ["PYTHONPATH"] = os.pathsep.join([str(Path(gk.__file__).parents[1]), os.environ.get("PYTHONPATH", "")])
    os.environ["GRAVITYKIT_LIBRARY"] = str(gk._library.library().path)
    spark = timed("spark session start (not counted)", lambda: (
        SparkSession.builder.master("local[2]").appName("gravitykit-bench").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8").config("spark.driver.memory", "4g")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate()), {})
    rows = timed("spark local[2] (read parquet, fit_by, collect)", lambda: gks.fit_by(
        spark.read.parquet(str(panel_path)), by="product", model=model, formula=formula, vcov="hc1").toPandas(), times)
    spark.stop()
    return rows


def run_pyfixest(panel, model, times):
    import pyfixest as pf
    estimate = pf.fepois if model == "ppml" else pf.feols
    formula = ("trade" if model == "ppml" else "log1p_trade") + " ~ log_dist + contig | exporter + importer"
    data = panel.assign(log_dist=np.log(panel["dist"]), log1p_trade=np.log1p(panel["trade"]))

    def loop():
        return {product: estimate(formula, data=frame, vcov="hetero").coef()["log_dist"]
                for product, frame in data.groupby("product")}
    return timed("pyfixest loop", loop, times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--exporters", type=int, default=50)
    parser.add_argument("--importers", type=int, default=40)
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--skip-pyfixest", action="store_true")
    args = parser.parse_args()
    model, formula = per_product_specification()
    panel = product_panel(args.products, args.exporters, args.importers, seed=2026)
    print(f"{args.products} products x {len(panel) // args.products} rows = {len(panel):,} rows; {model}: {formula}")
    print(f"library: {gk._library.library().path}; {os.cpu_count()} cores", flush=True)
    times = {}
    sequential = timed("binding, sequential", lambda: gk.fit_by(panel, "product", model, formula, vcov="hc1"), times)
    timed("binding, 2 processes", lambda: gk.fit_by(panel, "product", model, formula, vcov="hc1", processes=2), times)
    failed = sequential["error"].notna().sum()
    ours = distance_coefficients(sequential)
    if not args.skip_spark:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "panel.parquet"
            panel.to_parquet(path, index=False)
            spark_rows = run_spark(path, model, formula, times)
        spark_ours = distance_coefficients(spark_rows)
        errors = spark_rows["error"].dropna()
        print(f"spark: {len(errors)} groups failed" + (f", first: {errors.iloc[0]}" if len(errors) else ""))
        common = [p for p in ours if p in spark_ours]
        print(f"spark vs binding, log(dist): max relative difference over {len(common)} products "
              f"{max((abs(spark_ours[p] / ours[p] - 1) for p in common), default=float('nan')):.2e}")
    if not args.skip_pyfixest:
        theirs = run_pyfixest(panel, model, times)
        print(f"pyfixest vs binding, log(dist): max relative difference "
              f"{max(abs(ours[p] / theirs[p] - 1) for p in ours):.2e}")
    base = times["binding, sequential"]
    print(f"\n{'method':48s} {'seconds':>8s} {'ms/product':>11s} {'x binding':>10s}")
    for label, seconds in times.items():
        print(f"{label:48s} {seconds:8.2f} {1000 * seconds / args.products:11.2f} {seconds / base:10.2f}")
    print(f"groups failed: {failed}; peak resident memory: this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB, children "
          f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MiB (largest)")


if __name__ == "__main__":
    main()
