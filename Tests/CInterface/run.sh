#!/usr/bin/env bash
# Compiles Tests/CInterface/abi_test.c against gravitykit.h and libGravityKitC, and runs it on the
# Grunfeld panel against the command line's JSON for the same fit.
# usage: Tests/CInterface/run.sh <build folder holding libGravityKitC and gravity, e.g. .build/release>
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$(cd "${1:?give the build folder, e.g. .build/release}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -std=c11 -O1 -Wall -Wextra -Werror -pthread -I Modules/GravityC/Header/include Tests/CInterface/abi_test.c \
   -L "$build" -lGravityKitC -Wl,-rpath,"$build" -lm -o "$work/abi_test"
"$build/gravity" fit Examples/Data/grunfeld.csv --model ols --formula "inv ~ value + capital + factor(firm)" \
    --vcov cluster:firm --format json --output "$work/cli.json"
"$work/abi_test" Examples/Data/grunfeld.csv "$work/cli.json"
