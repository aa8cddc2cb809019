"""Freezes the outputs of `fe` as computed by its former dense implementation (exact group
means, and for two-way effects the period dummies projected out through a dense Gram matrix),
so that the rebuild on the fixed-effects engine can be held to them to 1e-10.

The committed fe_dense_outputs.json was written by this script with the `gravity` command
built from the commit before that rebuild (bd6f5cb). Run from the repository root:

    python3 Tests/GravityPanelTests/References/make_fe_dense_outputs.py .build/debug/gravity

Data: Examples/Data/grunfeld.csv (balanced, and unbalanced with the rows the panel tests
delete), ../shared/data/produc.csv and ../shared/data/empluk.csv (unbalanced).
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

GRUNFELD_DELETED = {3, 18, 19, 40, 41, 42, 77, 120, 151, 152, 199}  # 1-based, as PanelTestSupport.swift

CASES = [
    # id, data, formula, unit, time, effect, vcov
    ("grunfeld_individual", "grunfeld", "inv ~ value + capital", "firm", "year", "individual", "classical"),
    ("grunfeld_time", "grunfeld", "inv ~ value + capital", "firm", "year", "time", "classical"),
    ("grunfeld_twoways", "grunfeld", "inv ~ value + capital", "firm", "year", "twoways", "classical"),
    ("grunfeld_twoways_cluster", "grunfeld", "inv ~ value + capital", "firm", "year", "twoways", "cluster:firm"),
    ("grunfeld_unbalanced_twoways", "grunfeld_unbalanced", "inv ~ value + capital", "firm", "year", "twoways", "classical"),
    ("produc_individual", "produc", "log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp", "state", "year", "individual", "classical"),
    ("produc_twoways", "produc", "log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp", "state", "year", "twoways", "classical"),
    ("produc_twoways_cluster", "produc", "log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp", "state", "year", "twoways", "cluster:state"),
    ("empluk_individual", "empluk", "log(emp) ~ log(wage) + log(capital)", "firm", "year", "individual", "classical"),
    ("empluk_time", "empluk", "log(emp) ~ log(wage) + log(capital)", "firm", "year", "time", "classical"),
    ("empluk_twoways", "empluk", "log(emp) ~ log(wage) + log(capital)", "firm", "year", "twoways", "classical"),
]


def data_paths(folder):
    paths = {"grunfeld": "Examples/Data/grunfeld.csv", "produc": "../shared/data/produc.csv", "empluk": "../shared/data/empluk.csv"}
    with open(paths["grunfeld"], newline="") as source:
        lines = source.read().splitlines(keepends=True)
    unbalanced = os.path.join(folder, "grunfeld_unbalanced.csv")
    with open(unbalanced, "w", newline="") as target:
        target.write(lines[0])
        target.writelines(line for number, line in enumerate(lines[1:], start=1) if number not in GRUNFELD_DELETED)
    paths["grunfeld_unbalanced"] = unbalanced
    return paths


def main():
    gravity = sys.argv[1]
    outputs = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = data_paths(folder)
        for case_id, data, formula, unit, time, effect, vcov in CASES:
            command = [gravity, "fit", paths[data], "--model", "fe", "--formula", formula, "--id", unit, "--time", time,
                       "--option", f"effect={effect}", "--vcov", vcov, "--format", "json"]
            result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            outputs[case_id] = {
                "call": {"data": data, "formula": formula, "id": unit, "time": time, "effect": effect, "vcov": vcov},
                "coefficients": {row["term"]: [row["estimate"], row["std_error"], row["statistic"], row["p_value"]]
                                 for row in result["coefficients"]},
                "statistics": result["statistics"],
                "tests": {test["name"]: [test["statistic"], test["p_value"]] for test in result["tests"]},
                "unit_effects": result.get("unit_effects"),
                "time_effects": result.get("time_effects"),
            }
    json.dump({"generated_with": "gravity fit --model fe, dense implementation (commit bd6f5cb)", "cases": outputs},
              sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
