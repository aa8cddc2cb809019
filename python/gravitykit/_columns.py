"""pandas columns as `gk_column` structures, without copying where the memory layout allows.

- float64 numpy columns that are contiguous (the usual case) are passed as they are: the library
  reads the DataFrame's own memory;
- integer and boolean columns are converted to float64 (one copy);
- pandas' nullable columns (Int64, Float64, boolean) pass their values and their mask;
- categorical columns pass their codes and their categories as labels;
- text columns (object or string dtype) are encoded as codes and labels, levels in order of first
  appearance, as the command line reads a text column of a CSV file.

Only the columns whose name occurs in the request's text are converted; the others are passed by
name only (the library never reads them, but can suggest them for a misspelt name).
"""
import ctypes

import numpy as np
import pandas as pd

from ._library import COLUMN_CATEGORICAL, COLUMN_FLOAT64, Column
from .errors import DataTypeError


class ColumnBatch:
    """The `gk_column` structures for a DataFrame, with the arrays they point into kept alive."""

    def __init__(self, frame, request_text):
        if not isinstance(frame, pd.DataFrame):
            raise DataTypeError(f"gravitykit fits a pandas DataFrame, not {type(frame).__name__}.")
        self.row_count = len(frame)
        self._keep = []
        self.columns = []
        for name in frame.columns:
            if not isinstance(name, str):
                raise DataTypeError(f"Column names must be text; rename the column {name!r} (e.g. df.columns = df.columns.astype(str)).")
            column = Column(name=self._bytes(name), kind=COLUMN_FLOAT64)
            if name in request_text:
                self._fill(column, name, frame[name])
            self.columns.append(column)

    def _bytes(self, text):
        encoded = text.encode("utf-8")
        self._keep.append(encoded)
        return encoded

    def _pointer(self, array):
        self._keep.append(array)
        return array.ctypes.data

    def _fill(self, column, name, series):
        dtype = series.dtype
        if isinstance(dtype, pd.CategoricalDtype):
            self._categorical(column, series.cat.codes.to_numpy(), series.cat.categories)
        elif isinstance(dtype, pd.BooleanDtype) or (isinstance(dtype, pd.api.extensions.ExtensionDtype)
                                                    and getattr(dtype, "_is_numeric", False)):
            array = series.array
            column.values = self._pointer(np.ascontiguousarray(array._data, dtype=np.float64))
            column.missing = self._pointer(np.ascontiguousarray(array._mask).view(np.uint8))
        elif dtype.kind in "fiub":
            column.values = self._pointer(np.ascontiguousarray(series.to_numpy(), dtype=np.float64))
        elif dtype.kind in "OSU" or isinstance(dtype, pd.StringDtype):
            self._text(column, name, series)
        else:
            raise DataTypeError(
                f"Column `{name}` has dtype {dtype}, which gravitykit cannot pass to the library; convert it to "
                f"numbers (for dates, e.g. df['{name}'].dt.year) or to text (df['{name}'].astype(str)).")

    def _text(self, column, name, series):
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        labels = list(uniques)
        strange = next((label for label in labels if not isinstance(label, str)), None)
        if strange is not None:
            raise DataTypeError(
                f"Column `{name}` (dtype {series.dtype}) mixes text with {type(strange).__name__} values such as "
                f"{strange!r}; convert it with df['{name}'].astype(str) for labels or pd.to_numeric for numbers.")
        self._categorical(column, codes, labels)

    def _categorical(self, column, codes, labels):
        column.kind = COLUMN_CATEGORICAL
        column.codes = self._pointer(np.ascontiguousarray(codes, dtype=np.int32))
        encoded = (ctypes.c_char_p * len(labels))(*[self._bytes(str(label)) for label in labels])
        self._keep.append(encoded)
        column.levels = ctypes.cast(encoded, ctypes.POINTER(ctypes.c_char_p))
        column.level_count = len(labels)
