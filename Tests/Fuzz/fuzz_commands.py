#!/usr/bin/env python3
"""Mutation fuzzing of every `gravity` command on the bundled data.

Each round picks a seed file (Examples/Data/*.csv, or a Stata fixture written by
Tests/GravityIOTests/Fixtures/make_fixtures.py), mutates it (a cell, a row, the header, the bytes
or the line ends) and runs every command that reads data on the mutant with a time limit. A run
fails when it
  - dies from a signal (a crash),
  - exceeds the time limit (a hang),
  - exits 0 with a non-finite number where a number is expected: a NaN or Inf literal in the
    output, an estimate that is null although no note says the term was omitted, a test with a
    null statistic but a p-value, or a trade-potential K or index weight that is null,
  - exits 0 from `fit` with more coefficients than the formula has terms and no note saying a
    text column was expanded into dummies (a numeric column turned text by one odd value),
  - prints a raw system error (`NSCocoaErrorDomain`, `UserInfo=`) instead of a sentence,
  - replaces a symbolic link given as an output path (some runs write to an existing folder, a
    missing folder or a link instead of a fresh file).
Failing cases are copied into <workdir>/failures with the command that failed.

    python3 Tests/Fuzz/fuzz_commands.py --gravity .build/debug/gravity --seconds 60

The summary's last line reads `fuzz: M mutants, R runs, F failures (by kind)`;
the exit status is 1 when any run failed.
"""
import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "Examples", "Data")
FIXTURES = os.path.join(ROOT, "Tests", "GravityIOTests", "Fixtures")

# Commands per seed; DATA is replaced by the mutant's path, OUT by a fresh output path.
PANEL_FORMULA = "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use + log(dist_oil)"
COMMANDS = {
    "grunfeld.csv": [
        ["describe", "DATA", "--format", "json"],
        ["describe", "DATA", "--id", "firm", "--time", "year", "--format", "json"],
        ["fit", "DATA", "--model", "ols", "--formula", "inv ~ value + capital", "--vcov", "cluster:firm", "--format", "json"],
        ["fit", "DATA", "--model", "fe", "--formula", "inv ~ value + capital", "--id", "firm", "--time", "year", "--format", "json"],
        ["fit", "DATA", "--model", "fd", "--formula", "inv ~ value + capital", "--id", "firm", "--time", "year", "--format", "json"],
        ["fit", "DATA", "--model", "ols", "--formula", "log(inv) ~ log(value) + factor(firm)", "--format", "json"],
        ["compare", "DATA", "--models", "ols,fe,re,be", "--formula", "inv ~ value + capital", "--id", "firm", "--time", "year",
         "--tests", "f,bp,honda,hausman,robust-hausman", "--format", "json"],
        ["potential", "DATA", "--model", "ols", "--formula", "log(inv) ~ log(value) + log(capital)", "--id", "firm", "--time", "year",
         "--format", "json", "--chart", "OUT.svg"],
        ["index", "DATA", "--vars", "inv,value,capital", "--method", "pca", "--id", "firm", "--time", "year", "--format", "json"],
        ["fill", "DATA", "--id", "firm", "--time", "year", "--vars", "inv,value", "--output", "OUT.csv"],
    ],
    "usjudgeratings.csv": [
        ["describe", "DATA", "--format", "json"],
        ["fit", "DATA", "--model", "ols", "--formula", "RTEN ~ CONT + INTG + DMNR + log(DILG)", "--vcov", "hc3", "--format", "json"],
        ["fit", "DATA", "--model", "sfa", "--formula", "log(RTEN) ~ log(INTG) + log(DILG)", "--format", "json"],
        ["index", "DATA", "--vars", "INTG,DMNR,DILG,CFMG,DECI", "--method", "entropy", "--format", "json"],
        ["index", "DATA", "--vars", "INTG,DMNR,DILG,CFMG", "--method", "pca", "--format", "json",
         "--append-to", "DATA", "--name", "idx", "--output", "OUT.csv"],
    ],
    "china_central_asia_panel.csv": [
        ["describe", "DATA", "--id", "partner", "--time", "year", "--by-unit", "--format", "json"],
        ["fit", "DATA", "--model", "re", "--formula", PANEL_FORMULA, "--id", "partner", "--time", "year", "--format", "json"],
        ["fit", "DATA", "--model", "sfa-bc92", "--formula", PANEL_FORMULA, "--id", "partner", "--time", "year", "--format", "json"],
        ["potential", "DATA", "--model", "ols", "--formula", PANEL_FORMULA, "--id", "partner", "--time", "year", "--format", "json"],
        ["index", "DATA", "--vars", "broadband,internet_users,secure_servers,rail_freight", "--id", "partner", "--time", "year",
         "--format", "json"],
        ["fill", "DATA", "--id", "partner", "--time", "year", "--vars", "broadband,rd_share", "--extrapolate", "--output", "OUT.csv"],
    ],
    "stata": [
        ["describe", "DATA", "--format", "json"],
        ["fit", "DATA", "--model", "ols", "--formula", "d ~ b + i", "--format", "json"],
        ["index", "DATA", "--vars", "b,i,l", "--method", "equal", "--format", "json"],
    ],
}
# Commands that read no data run once per session.
STANDALONE = [["models", "--format", "json"], ["simulate-demo-data", "--output", "OUT.csv"], ["demo", "--output-dir", "OUT"]]

# Replacement cell values: missing tokens, text in a numeric column, extreme and non-finite numbers,
# Unicode look-alikes, quoting and line-end characters.
CELLS = ["", "NA", "NaN", "nan", "n/a", "null", ".", "-", "\"1,200\"", "1e400", "-1e400", "1e308", "-1e308", "1e-320", "1e150",
         "1e-200", "inf", "-inf", "Infinity", "0", "-0", "0.0", "-1", "123456789012345678901234567890", "x" * 300, "\"\"",
         "P\u00e9ru", "Pe\u0301ru", "\u8d38\u6613", " 7 ", "\t", "\"a\nb\"", "\"", "1.5.2", "0x10", "+", "e5", "1e", "--3"]


def mutate_csv(text, rng):
    lines = text.split("\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    kind = rng.choice(["cell", "cell", "cell", "cells", "column-scale", "constant-column", "drop-rows", "duplicate-rows", "shuffle",
                       "header", "field-count", "line-ends", "bytes", "truncate"])
    if kind in ("cell", "cells") and rows:
        for _ in range(1 if kind == "cell" else rng.randint(2, 20)):
            r = rng.randrange(len(rows))
            cells = split_row(rows[r])
            cells[rng.randrange(len(cells))] = rng.choice(CELLS)
            rows[r] = ",".join(cells)
    elif kind in ("column-scale", "constant-column") and rows:
        column = rng.randrange(len(split_row(header)))
        factor = rng.choice([1e150, 1e-200, 1e300, -1, 0])
        for r, row in enumerate(rows):
            cells = split_row(row)
            try:
                cells[column] = repr(float(cells[column]) * factor) if kind == "column-scale" else "5"
            except (ValueError, IndexError):
                pass
            rows[r] = ",".join(cells)
    elif kind == "drop-rows" and rows:
        keep = rng.randint(0, len(rows))
        rows = rng.sample(rows, keep)
    elif kind == "duplicate-rows" and rows:
        rows += [rng.choice(rows) for _ in range(rng.randint(1, 5))]
    elif kind == "shuffle":
        rng.shuffle(rows)
    elif kind == "header":
        names = split_row(header)
        i = rng.randrange(len(names))
        names[i] = rng.choice([names[(i + 1) % len(names)], " " + names[i] + " ", "", names[i] + "\t", "\u00e9", names[i].upper()])
        header = ",".join(names)
    elif kind == "field-count" and rows:
        r = rng.randrange(len(rows))
        rows[r] = rows[r] + ",1" if rng.random() < 0.5 else rows[r].rsplit(",", 1)[0]
    elif kind == "line-ends":
        sep = rng.choice(["\r", "\r\n", "\n\n"])
        return (sep.join([header] + rows) + sep).encode()
    elif kind == "bytes":
        return mutate_bytes(("\n".join([header] + rows) + "\n").encode(), rng)
    elif kind == "truncate":
        data = ("\n".join([header] + rows) + "\n").encode()
        return data[: rng.randint(0, len(data))]
    return ("\n".join([header] + rows) + "\n").encode()


def split_row(row):
    """Splits a CSV row on commas outside quotes (the bundled files quote only names)."""
    cells, current, quoted = [], "", False
    for ch in row:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            cells.append(current)
            current = ""
        else:
            current += ch
    cells.append(current)
    return cells


def mutate_bytes(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        action = rng.random()
        position = rng.randrange(len(data))
        if action < 0.5:
            data[position] = rng.randrange(256)
        elif action < 0.75:
            del data[position: position + rng.randint(1, 16)]
        else:
            data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(data)


def mutate_stata(data, rng):
    if rng.random() < 0.2:
        return data[: rng.randint(0, len(data))]
    return mutate_bytes(data, rng)


NONFINITE_TEXT = re.compile(r"(?<![A-Za-z_])(-?inf|-?Infinity|nan|NaN)(?![A-Za-z_])")


def nonfinite_reason(stdout):
    """Why the output of a successful run holds a non-finite number where a number is expected, or None."""
    try:
        value = json.loads(stdout)
    except ValueError:
        match = NONFINITE_TEXT.search(stdout)
        return f"non-finite literal `{match.group(0)}` in the output" if match else None

    def walk(node):
        if isinstance(node, float) and not math.isfinite(node):
            return "a non-finite JSON number"
        if isinstance(node, dict):
            notes = " ".join(node.get("notes", [])) if isinstance(node.get("notes"), list) else ""
            for row in node.get("coefficients", []) if isinstance(node.get("coefficients"), list) else []:
                if isinstance(row, dict) and "estimate" in row and row["estimate"] is None and row.get("term", "") not in notes:
                    return f"estimate of `{row.get('term')}` is null with no note saying why"
            for test in node.get("tests", []) if isinstance(node.get("tests"), list) else []:
                if isinstance(test, dict) and test.get("statistic") is None and test.get("p_value") is not None:
                    return f"test `{test.get('name')}` has a null statistic but a p-value"
            for row in node.get("rows", []) if isinstance(node.get("rows"), list) else []:
                if isinstance(row, dict) and "k" in row and row["k"] is None:
                    return "a trade-potential K is null"
            if isinstance(node.get("weights"), list) and any(w is None for w in node["weights"]):
                return "an index weight is null"
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            return None
        for child in children:
            reason = walk(child)
            if reason:
                return reason
        return None

    return walk(value)


def run(gravity, arguments, timeout):
    started = time.monotonic()
    try:
        completed = subprocess.run([gravity] + arguments, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", f"no result within {timeout} s", time.monotonic() - started
    stdout = completed.stdout.decode("utf-8", "replace")
    stderr = completed.stderr.decode("utf-8", "replace")
    if completed.returncode < 0:
        return "signal", f"killed by signal {-completed.returncode}: {stderr[-400:]}", time.monotonic() - started
    if "NSCocoaErrorDomain" in stderr or "UserInfo=" in stderr:
        return "raw-error", stderr.strip()[:400], time.monotonic() - started
    if completed.returncode == 0:
        reason = nonfinite_reason(stdout)
        if reason:
            return "nonfinite", reason, time.monotonic() - started
        reason = expansion_reason(arguments, stdout)
        if reason:
            return "silent-dummies", reason, time.monotonic() - started
    return None, None, time.monotonic() - started


LINEAR_MODELS = {"ols", "fe", "re", "be", "fd"}


def expansion_reason(arguments, stdout):
    """Why a successful `fit` holds more coefficients than its formula has terms with no note saying a
    column was expanded into dummies (a numeric column read as text because of one odd value), or None."""
    # Frontier models report their variance parameters beside the coefficients; only linear models are counted.
    if arguments[0] != "fit" or "--formula" not in arguments or arguments[arguments.index("--model") + 1] not in LINEAR_MODELS:
        return None
    formula = arguments[arguments.index("--formula") + 1]
    if "factor(" in formula or "|" in formula or "*" in formula or ":" in formula:
        return None
    try:
        result = json.loads(stdout)
    except ValueError:
        return None
    coefficients = result.get("coefficients") if isinstance(result, dict) else None
    if not isinstance(coefficients, list):
        return None
    terms = len(formula.split("~", 1)[1].split("+")) + 1
    notes = " ".join(result.get("notes", []))
    if len(coefficients) > terms and "text column" not in notes:
        return f"{len(coefficients)} coefficients for {terms} terms and no note about a text column"
    return None


def hostile_target(workdir, rng):
    """An output path that must not be destroyed or half-written: an existing folder, a symbolic link
    to a file (which must stay a link), or a file in a folder that does not exist. Devices are never
    used: a writer that replaces its target would replace the device on the machine running the fuzzer."""
    kind = rng.choice(["folder", "link", "missing-folder"])
    if kind == "folder":
        return workdir, None
    if kind == "missing-folder":
        return os.path.join(workdir, "absent", "out.csv"), None
    target = os.path.join(workdir, "link-target.txt")
    link = os.path.join(workdir, "link.txt")
    with open(target, "w", encoding="utf-8") as handle:
        handle.write("old")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink("link-target.txt", link)
    return link, link


def seeds():
    found = [(name, "csv", open(os.path.join(DATA, name), encoding="utf-8").read()) for name in sorted(COMMANDS) if name.endswith(".csv")]
    for name in sorted(os.listdir(FIXTURES)):
        if name.endswith(".dta.fixture"):
            found.append((name[: -len(".fixture")], "stata", open(os.path.join(FIXTURES, name), "rb").read()))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gravity", default=os.path.join(ROOT, ".build", "debug", "gravity"))
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--timeout", type=float, default=20, help="time limit of one run, in seconds")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--workdir", default=None, help="folder for mutants and failures (default: a new temporary folder, removed when nothing failed)")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    workdir = options.workdir or tempfile.mkdtemp(prefix="gravity-fuzz-")
    failures_dir = os.path.join(workdir, "failures")
    os.makedirs(failures_dir, exist_ok=True)
    print(f"fuzz: seed {seed}, {options.seconds:.0f} s, work folder {workdir}", flush=True)

    counts = {"signal": 0, "hang": 0, "nonfinite": 0, "silent-dummies": 0, "raw-error": 0, "lost-file": 0}
    runs, rounds, exits = 0, 0, {"ok": 0, "error": 0}
    seen_reasons = {}

    def check(arguments, mutant_path):
        nonlocal runs
        out = os.path.join(workdir, f"out-{runs}")
        resolved = [mutant_path if a == "DATA" else out + a[3:] if a.startswith("OUT") else a for a in arguments]
        link = None
        outputs = [i for i, a in enumerate(arguments) if a.startswith("OUT")]
        if outputs and rng.random() < 0.15:
            resolved[rng.choice(outputs)], link = hostile_target(workdir, rng)
        kind, reason, _ = run(options.gravity, resolved, options.timeout)
        if not kind and link and not os.path.islink(link):
            kind, reason = "lost-file", "the symbolic link given as output was replaced by a file"
        runs += 1
        shutil.rmtree(out, ignore_errors=True)
        for suffix in ("", ".csv", ".svg"):
            if os.path.isfile(out + suffix):
                os.remove(out + suffix)
        if kind:
            counts[kind] += 1
            key = (kind, reason.split(":")[0][:80], resolved[0])
            seen_reasons[key] = seen_reasons.get(key, 0) + 1
            case = os.path.join(failures_dir, f"{kind}-{runs}")
            os.makedirs(case, exist_ok=True)
            if mutant_path and os.path.exists(mutant_path):
                shutil.copy(mutant_path, case)
            with open(os.path.join(case, "command.txt"), "w", encoding="utf-8") as handle:
                handle.write(" ".join(resolved) + "\n" + reason + "\n")

    for arguments in STANDALONE:
        check(arguments, None)
    deadline = time.monotonic() + options.seconds
    sources = seeds()
    while time.monotonic() < deadline:
        name, kind, content = rng.choice(sources)
        mutant = mutate_csv(content, rng) if kind == "csv" else mutate_stata(content, rng)
        path = os.path.join(workdir, f"mutant-{rounds % 4}{os.path.splitext(name)[1]}")
        with open(path, "wb") as handle:
            handle.write(mutant)
        for arguments in COMMANDS[name if kind == "csv" else "stata"]:
            if time.monotonic() >= deadline:
                break
            check(arguments, path)
        rounds += 1

    failed = sum(counts.values())
    for (kind, reason, command), count in sorted(seen_reasons.items(), key=lambda item: -item[1]):
        print(f"  {count:5d} x {kind} in `{command}`: {reason}")
    print(f"fuzz: {rounds} mutants, {runs} runs, {failed} failures (" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")")
    if not failed and not options.workdir:
        shutil.rmtree(workdir, ignore_errors=True)  # a folder of our own with nothing worth keeping
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
