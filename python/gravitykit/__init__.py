"""GravityKit for Python: gravity-model estimators (OLS, fixed effects, PPML, ...) on pandas DataFrames.

    import gravitykit as gk
    result = gk.fit(df, "ppml", "trade ~ log(dist) + contig | exporter + importer", vcov="cluster:pair_id")
    result.coef, result.se, result.vcov, result.tidy(), print(result.summary())

Per-group estimation: :func:`gravitykit.fit_by` (pandas, sequential or a process pool) and
:func:`gravitykit.spark.fit_by` (Spark, one task per group).
"""
from ._fit import fit
from .errors import (ArgumentError, DataTypeError, FormulaError, GravityKitError, InvalidInputError,
                     InvalidOptionError, NumericalError, UnknownModelError, UnknownVariableError)
from .groups import fit_by
from .result import FitResult

__version__ = "0.1.0"

__all__ = ["fit", "fit_by", "FitResult", "GravityKitError", "ArgumentError", "DataTypeError", "FormulaError",
           "InvalidInputError", "InvalidOptionError", "NumericalError", "UnknownModelError", "UnknownVariableError"]
