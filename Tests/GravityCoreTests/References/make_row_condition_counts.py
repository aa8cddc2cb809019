"""Rows kept by `--where` conditions on the book's data, computed with pandas.

Reads the AGTPA CSV files in place from ../shared/data/agtpa (they stay outside the repository)
and writes row_condition_counts.json next to this script: for each condition, the file, the
pandas expression that mirrors it, the number of rows kept and the sum of their 0-based row
numbers (so that the same count with different rows would not pass).

Run from the repository root:  python3 Tests/GravityCoreTests/References/make_row_condition_counts.py
"""
import json
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "agtpa")
BOOK_YEARS = [1986, 1990, 1994, 1998, 2002, 2006]


def cases(ch1, ex2):
    """(file, R condition, pandas boolean Series); NaN comparisons are False in pandas, as NA is
    not selected by R's subset()."""
    return [
        ("Chapter1Application1.csv", "exporter != importer & year %in% c(1986, 1990, 1994, 1998, 2002, 2006)",
         (ch1.exporter != ch1.importer) & ch1.year.isin(BOOK_YEARS)),
        ("Chapter1Application1.csv", "exporter != importer & year %in% c(1986, 1990, 1994, 1998, 2002, 2006) & trade > 0",
         (ch1.exporter != ch1.importer) & ch1.year.isin(BOOK_YEARS) & (ch1.trade > 0)),
        ("Chapter1Application1.csv", "exporter == \"USA\" | importer == 'USA'",
         (ch1.exporter == "USA") | (ch1.importer == "USA")),
        ("Chapter1Application1.csv", "!(CNTG == 1) & log(DIST) > 8",
         ~(ch1.CNTG == 1) & (np.log(ch1.DIST) > 8)),
        ("Chapter1Application1.csv", "year %in% 1990:1995 & trade >= 100 & LANG + CLNY >= 1",
         ch1.year.between(1990, 1995) & (ch1.trade >= 100) & (ch1.LANG + ch1.CLNY >= 1)),
        ("Chapter1Application1.csv", "exporter < \"C\" & importer %in% c(\"DEU\", \"FRA\")",
         (ch1.exporter < "C") & ch1.importer.isin(["DEU", "FRA"])),
        ("Chapter1Exercise2.csv", "is.na(MFN_TARIFF)", ex2.MFN_TARIFF.isna()),
        ("Chapter1Exercise2.csv", "!is.na(MFN_TARIFF) & MFN_TARIFF > 5", ex2.MFN_TARIFF.notna() & (ex2.MFN_TARIFF > 5)),
        # NA | TRUE is TRUE: rows with a missing tariff but RTA == 1 are kept.
        ("Chapter1Exercise2.csv", "MFN_TARIFF > 5 | RTA == 1", (ex2.MFN_TARIFF > 5) | (ex2.RTA == 1)),
        # NA & TRUE is NA: not kept; !(NA) is NA: not kept.
        ("Chapter1Exercise2.csv", "!(MFN_TARIFF <= 5 & RTA == 0)",
         ex2.MFN_TARIFF.notna() & ~((ex2.MFN_TARIFF <= 5) & (ex2.RTA == 0)) | (ex2.MFN_TARIFF.isna() & (ex2.RTA == 1))),
    ]


def main():
    ch1 = pd.read_csv(os.path.join(SHARED, "Chapter1Application1.csv"))
    ex2 = pd.read_csv(os.path.join(SHARED, "Chapter1Exercise2.csv"))
    frames = {"Chapter1Application1.csv": ch1, "Chapter1Exercise2.csv": ex2}
    out = []
    for file, condition, mask in cases(ch1, ex2):
        kept = np.flatnonzero(mask.to_numpy(dtype=bool))
        out.append({"file": file, "condition": condition, "rows": len(frames[file]),
                    "kept": int(len(kept)), "kept_row_sum": int(kept.sum())})
    result = {"generated_with": f"pandas {pd.__version__}, numpy {np.__version__}",
              "data": "../shared/data/agtpa (Yotov, Piermartini, Monteiro & Larch 2016)",
              "cases": out}
    with open(os.path.join(HERE, "row_condition_counts.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
