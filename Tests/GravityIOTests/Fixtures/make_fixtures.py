"""Writes the small Stata fixtures read by DTAReaderTests.

Run from this folder with pandas installed: `python3 make_fixtures.py`. The values written here
are repeated as expected values in DTAReaderTests.swift; change both together.

Files (5 observations each), saved with the extra suffix `.fixture` (`v114_lsf.dta.fixture`) so
that they are not mistaken for the shared data sets, which never enter the repository:
  v114_lsf.dta, v114_msf.dta  release 114, little- and big-endian, Latin-1 text
  v117_msf.dta                release 117, big-endian, Latin-1 text and an ASCII strL column
                              (pandas writes strLs as UTF-8 even in 117, where text is Latin-1)
  v118_lsf.dta                release 118, little-endian, Chinese text, strLs (one stored as
                              binary, GSO type 129)
  v119_msf.dta                release 119, big-endian, Chinese text and strLs

Stata's extended missing values cannot be written by pandas, so sentinel numbers are written
and then overwritten in the file with the codes of .a (int, double) and .z (float).
"""
import datetime
import struct

import numpy as np
import pandas as pd

STAMP = datetime.datetime(2024, 1, 2, 3, 4)
INT_SENTINEL = -30583          # replaced by .a (32742)
FLOAT_SENTINEL = -1234.5       # replaced by .z
DOUBLE_SENTINEL = -98765.4321  # replaced by .a


def frame(unicode):
    text = (["中国", "", "日本語テキスト", "Côte", "ok"] if unicode
            else ["Côte d'Ivoire", "", "ab", "x" * 20, "Zürich"])
    return pd.DataFrame({
        "b": pd.array([1, -5, 100, None, 7], dtype="Int8"),
        "i": np.array([300, -32000, INT_SENTINEL, 0, 17], dtype=np.int16),
        "l": pd.array([100000, -2000000000, None, 5, 6], dtype="Int32"),
        "f": np.array([0.1, -2.5, np.nan, 1.5e38, FLOAT_SENTINEL], dtype=np.float32),
        "d": np.array([1 / 3, -1e300, np.nan, 2.5e-310, DOUBLE_SENTINEL], dtype=np.float64),
        "s": text,
        "grade": pd.array([1, 2, 3, None, 4], dtype="Int8"),
    })


def labels(unicode):
    return {"grade": {1: "low", 2: "高" if unicode else "médium", 3: "high"}}


def strl(unicode):
    long_text = ("长文本" if unicode else "long text ") * 40
    return [long_text, "", "short", long_text, "中" if unicode else "end"]


def patch(path, version, byteorder):
    data = bytearray(open(path, "rb").read())
    end = ">" if byteorder == ">" else "<"
    replacements = [
        (struct.pack(end + "h", INT_SENTINEL), struct.pack(end + "h", 32742)),
        (struct.pack(end + "f", FLOAT_SENTINEL), struct.pack(end + "I", 0x7F00D000)),
        (struct.pack(end + "d", DOUBLE_SENTINEL), struct.pack(end + "Q", 0x7FE0010000000000)),
    ]
    for old, new in replacements:
        assert data.count(old) == 1, (path, old)
        data = data.replace(old, new)
    if version == 118:
        # Store the first strL as binary (type 129) instead of ASCII (130).
        gso = data.index(b"GSO")
        type_offset = gso + 3 + 4 + 8
        assert data[type_offset] == 130
        data[type_offset] = 129
    open(path, "wb").write(bytes(data))


def write(name, version, byteorder, unicode, with_strl):
    df = frame(unicode)
    options = {}
    if with_strl:
        df["note"] = strl(unicode)
        options["convert_strl"] = ["note"]
    name = name + ".fixture"
    df.to_stata(name, write_index=False, version=version, byteorder=byteorder,
                time_stamp=STAMP, value_labels=labels(unicode), **options)
    patch(name, version, byteorder)


write("v114_lsf.dta", 114, "<", unicode=False, with_strl=False)
write("v114_msf.dta", 114, ">", unicode=False, with_strl=False)
write("v117_msf.dta", 117, ">", unicode=False, with_strl=True)
write("v118_lsf.dta", 118, "<", unicode=True, with_strl=True)
write("v119_msf.dta", 119, ">", unicode=True, with_strl=True)
