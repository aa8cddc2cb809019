"""Per-group estimation on Apache Spark: `groupBy(by).applyInPandas`, the binding inside each task.

    from pyspark.sql import SparkSession
    import gravitykit.spark as gks
    spark = SparkSession.builder.master("local[2]").getOrCreate()
    trade = spark.read.parquet("baci_hs6.parquet")          # or spark.read.csv(path, header=True, inferSchema=True)
    rows = gks.fit_by(trade, by="product", model="ppml",
                      formula="trade ~ log(dist) + contig | exporter + importer")
    rows.write.parquet("elasticities.parquet")

Each worker needs this package and the library (installed with `pip install ./python`, or found
through `GRAVITYKIT_LIBRARY`, which local mode passes on to its workers).
"""
from pyspark.sql.types import BooleanType, LongType, StringType, StructField, StructType

from .groups import group_row, result_frame

RESULT_SCHEMA = [StructField("coefficients", StringType()), StructField("nobs", LongType()),
                 StructField("dropped", LongType()), StructField("iterations", LongType()),
                 StructField("converged", BooleanType()), StructField("error", StringType())]


def fit_by(df, by, model, formula, **fit_args):
    """Fits `model` with `formula` to each group of the Spark DataFrame `df` defined by `by`.

    Returns a Spark DataFrame with one row per group: the keys, `coefficients` (JSON text of the
    command line's coefficient array), `nobs`, `dropped`, `iterations`, `converged` and `error`
    (a failed group's message; the job itself never fails for a group). `fit_args` (`vcov`,
    `options`, `id`, `time`, `level`) are those of :func:`gravitykit.fit`.
    """
    keys = [by] if isinstance(by, str) else list(by)
    schema = StructType([df.schema[key] for key in keys] + RESULT_SCHEMA)

    def fit_one_group(frame):
        return result_frame([group_row(frame, keys, model, formula, fit_args)], keys)

    return df.groupBy(*keys).applyInPandas(fit_one_group, schema=schema)
