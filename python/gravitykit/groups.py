"""Per-group estimation on pandas: one fit per product, sector or year, each group's outcome in one row.

The row layout is shared with :func:`gravitykit.spark.fit_by`: the group keys, then
`coefficients` (the JSON text of the command line's coefficient array), `nobs`, `dropped` (rows of
the group not used), `iterations` and `converged` (from the estimator's statistics; closed-form
estimators report no iterations and count as converged) and `error` (the exception's class and the
library's message when the group failed, else missing). A failing group never stops the others.
"""
import json
import math
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from ._fit import fit

RESULT_FIELDS = ("coefficients", "nobs", "dropped", "iterations", "converged", "error")


def fit_group(frame, model, formula, fit_args):
    """Fits one group; returns the result fields as a dict, never raising for a failed fit."""
    try:
        result = fit(frame, model, formula, **fit_args)
    except Exception as error:  # noqa: BLE001 -- a failing group is reported in its row, whatever failed
        return {"coefficients": None, "nobs": None, "dropped": None, "iterations": None, "converged": False,
                "error": f"{type(error).__name__}: {error}"}
    iterations = result.statistics.get("iterations")
    converged = result.statistics.get("converged", 1.0)
    return {"coefficients": json.dumps(result.data["coefficients"]), "nobs": result.nobs,
            "dropped": len(frame) - result.nobs,
            "iterations": None if iterations is None or math.isnan(iterations) else int(iterations),
            "converged": converged == 1.0, "error": None}


def result_frame(rows, keys):
    """Rows of keys and result fields as a DataFrame with nullable integer columns."""
    frame = pd.DataFrame(rows, columns=list(keys) + list(RESULT_FIELDS))
    for field in ("nobs", "dropped", "iterations"):
        frame[field] = pd.array(frame[field].tolist(), dtype="Int64")
    frame["converged"] = frame["converged"].astype(bool)
    return frame


def group_row(frame, keys, model, formula, fit_args):
    """One group's keys (from its first row) and result fields."""
    row = {key: frame[key].iloc[0] for key in keys}
    row.update(fit_group(frame, model, formula, fit_args))
    return row


def _fit_chunk(chunk):
    keys, model, formula, fit_args, frames = chunk
    return [group_row(frame, keys, model, formula, fit_args) for frame in frames]


def fit_by(data, by, model, formula, processes=None, **fit_args):
    """Fits `model` with `formula` to each group of `data` (a pandas DataFrame) defined by `by`.

    `by` is a column name or a list of them; `processes` > 1 fits the groups in that many worker
    processes (each loads the library once), otherwise they are fitted one after the other.
    Other arguments (`vcov`, `options`, `id`, `time`, `level`) are those of :func:`gravitykit.fit`.
    Returns a DataFrame with one row per group, in the order of the sorted keys.
    """
    keys = [by] if isinstance(by, str) else list(by)
    frames = [frame for _, frame in data.groupby(keys, sort=True, dropna=False)]
    if not processes or processes <= 1 or len(frames) < 2:
        rows = [group_row(frame, keys, model, formula, fit_args) for frame in frames]
        return result_frame(rows, keys)
    per_chunk = max(1, math.ceil(len(frames) / (4 * processes)))
    chunks = [(keys, model, formula, fit_args, frames[start:start + per_chunk])
              for start in range(0, len(frames), per_chunk)]
    # spawn, not fork: the library's thread pool must not be inherited half-initialised by a forked child
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
        rows = [row for chunk_rows in pool.map(_fit_chunk, chunks) for row in chunk_rows]
    return result_frame(rows, keys)
