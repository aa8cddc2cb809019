"""`fit`: one registered estimator on one pandas DataFrame, through `gk_fit`."""
import ctypes

from . import _library
from ._columns import ColumnBatch
from .result import FitResult


def fit(data, model, formula, vcov="classical", options=None, id=None, time=None, level=0.95):
    """Fits a registered estimator (`"ols"`, `"ppml"`, `"fe"`, ... as `gravity models` lists them).

    Parameters are those of `gravity fit`: `formula` ("trade ~ log(dist) + contig | exporter + importer"),
    `vcov` ("classical", "hc1", "cluster:pair_id", ...), `options` (a dict, as --option key=value),
    `id` and `time` (the panel's unit and time columns) and `level` (of the confidence intervals).
    Returns a :class:`FitResult`; raises a :class:`gravitykit.errors.GravityKitError` subclass
    carrying the library's message.
    """
    pairs = [f"{key}={value}".encode("utf-8") for key, value in (options or {}).items()]
    request_text = " ".join([formula, vcov or "", id or "", time or ""] + [str(v) for v in (options or {}).values()])
    batch = ColumnBatch(data, request_text)
    option_array = (ctypes.c_char_p * len(pairs))(*pairs)
    spec = _library.FitSpec(
        model=model.encode("utf-8"), formula=formula.encode("utf-8"), vcov=(vcov or "classical").encode("utf-8"),
        options=ctypes.cast(option_array, ctypes.POINTER(ctypes.c_char_p)), option_count=len(pairs),
        panel_id=id.encode("utf-8") if id else None, panel_time=time.encode("utf-8") if time else None,
        confidence_level=level)
    text, covariance = _library.fit(batch.columns, batch.row_count, spec)
    return FitResult(text, covariance)
