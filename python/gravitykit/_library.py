"""Finds and loads libGravityKitC and declares the structures of gravitykit.h for ctypes.

The library is looked up, in order, at the path in the environment variable `GRAVITYKIT_LIBRARY`,
beside this file (where `pip install ./python` copies the release build), and in the release build
folder of the repository this package sits in (`.build/release`, for a source checkout).
"""
import ctypes
import os
import sys
import threading
from pathlib import Path

import numpy as np

from .errors import GravityKitError, error_for_code

ABI_VERSION = 1
COLUMN_FLOAT64 = 0
COLUMN_CATEGORICAL = 1
_FILE_NAME = "libGravityKitC.dylib" if sys.platform == "darwin" else "libGravityKitC.so"


class Column(ctypes.Structure):
    """`gk_column`: one column as pointers into memory the caller keeps alive during the call."""

    _fields_ = [("name", ctypes.c_char_p), ("kind", ctypes.c_int32), ("values", ctypes.c_void_p),
                ("codes", ctypes.c_void_p), ("levels", ctypes.POINTER(ctypes.c_char_p)),
                ("level_count", ctypes.c_int64), ("missing", ctypes.c_void_p)]


class FitSpec(ctypes.Structure):
    """`gk_fit_spec`: model, formula, covariance, options, panel and confidence level."""

    _fields_ = [("model", ctypes.c_char_p), ("formula", ctypes.c_char_p), ("vcov", ctypes.c_char_p),
                ("options", ctypes.POINTER(ctypes.c_char_p)), ("option_count", ctypes.c_int64),
                ("panel_id", ctypes.c_char_p), ("panel_time", ctypes.c_char_p),
                ("confidence_level", ctypes.c_double)]


class Result(ctypes.Structure):
    """`gk_result`: the JSON and covariance on success, the message on failure."""

    _fields_ = [("json", ctypes.c_void_p), ("covariance", ctypes.c_void_p), ("term_count", ctypes.c_int64),
                ("error_message", ctypes.c_void_p)]


def candidate_paths():
    """Where the library is looked for, in order."""
    here = Path(__file__).resolve().parent
    paths = []
    if os.environ.get("GRAVITYKIT_LIBRARY"):
        paths.append(Path(os.environ["GRAVITYKIT_LIBRARY"]))
    paths.append(here / _FILE_NAME)
    paths.append(here.parent.parent / ".build" / "release" / _FILE_NAME)
    return paths


_loaded = None
_lock = threading.Lock()


def library():
    """The loaded library, loaded once per process; raises naming every place looked at."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load()
        return _loaded


def _load():
    paths = candidate_paths()
    found = next((path for path in paths if path.is_file()), None)
    if found is None:
        looked = "\n  ".join(str(path) for path in paths)
        raise GravityKitError(
            "Cannot find the GravityKit library. Build it with `swift build -c release --product GravityKitC` "
            f"in the repository, or set GRAVITYKIT_LIBRARY to its path. Looked at:\n  {looked}")
    lib = ctypes.CDLL(str(found))
    lib.gk_fit.argtypes = [ctypes.POINTER(Column), ctypes.c_int64, ctypes.c_int64, ctypes.POINTER(FitSpec),
                           ctypes.POINTER(Result)]
    lib.gk_fit.restype = ctypes.c_int32
    lib.gk_result_free.argtypes = [ctypes.POINTER(Result)]
    lib.gk_result_free.restype = None
    lib.gk_abi_version.restype = ctypes.c_int32
    version = lib.gk_abi_version()
    if version != ABI_VERSION:
        raise GravityKitError(f"{found} has C interface version {version}; this package needs {ABI_VERSION}. "
                              "Rebuild the library or reinstall the package from the same checkout.")
    lib.path = found
    return lib


def fit(columns, row_count, spec):
    """Calls `gk_fit`; returns the JSON text and the covariance matrix, or raises the library's error.

    ctypes releases the GIL for the call, so threads fitting different data run in parallel.
    """
    lib = library()
    result = Result()
    array = (Column * len(columns))(*columns)
    status = lib.gk_fit(array, len(columns), row_count, ctypes.byref(spec), ctypes.byref(result))
    try:
        if status != 0:
            message = ctypes.string_at(result.error_message).decode("utf-8") if result.error_message else ""
            raise error_for_code(status, message or f"gk_fit failed with code {status} and no message")
        text = ctypes.string_at(result.json).decode("utf-8")
        k = result.term_count
        covariance = np.ctypeslib.as_array(ctypes.cast(result.covariance, ctypes.POINTER(ctypes.c_double)),
                                           shape=(k * k,)).copy() if k else np.empty(0)
        return text, covariance.reshape((k, k), order="F")
    finally:
        lib.gk_result_free(ctypes.byref(result))
