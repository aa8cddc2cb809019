/*
 * Calls libGravityKitC from C, as a C, C++, R or Julia program would.
 *
 * usage: abi_test <grunfeld.csv> <cli.json>
 *   grunfeld.csv  the Grunfeld panel (firm, year, inv, value, capital)
 *   cli.json      what `gravity fit grunfeld.csv --model ols --formula FORMULA --vcov cluster:firm
 *                 --format json` wrote, which gk_fit must reproduce byte for byte
 *
 * Prints one line per check and closes with "N passed, N failed"; exits non-zero on any failure.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gravitykit.h"

#define FORMULA "inv ~ value + capital + factor(firm)"
#define ROWS 200

static int passed, failed;
static double firm[ROWS], inv[ROWS], value[ROWS], capital[ROWS];

static void check(int ok, const char *what) {
    printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    if (ok) passed++; else failed++;
}

static void read_grunfeld(const char *path) {
    FILE *file = fopen(path, "r");
    if (!file) { perror(path); exit(2); }
    char line[256];
    double year;
    if (!fgets(line, sizeof line, file)) exit(2); /* header */
    for (int i = 0; i < ROWS; i++) {
        if (fscanf(file, "%lf,%lf,%lf,%lf,%lf", &firm[i], &year, &inv[i], &value[i], &capital[i]) != 5) {
            fprintf(stderr, "%s: cannot read row %d\n", path, i + 1);
            exit(2);
        }
    }
    fclose(file);
}

static char *read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, file) != (size_t)size) exit(2);
    text[size] = 0;
    while (size > 0 && text[size - 1] == '\n') text[--size] = 0; /* the CLI ends with a newline */
    fclose(file);
    return text;
}

/* The number after the n-th (0-based) occurrence of `"key": ` in the JSON. */
static double json_number(const char *json, const char *key, int n) {
    char pattern[64];
    snprintf(pattern, sizeof pattern, "\"%s\": ", key);
    const char *at = json;
    for (int i = 0; i <= n; i++) {
        at = strstr(at, pattern);
        if (!at) return NAN;
        at += strlen(pattern);
    }
    return strtod(at, NULL);
}

static void float_columns(gk_column *columns) {
    memset(columns, 0, 4 * sizeof *columns);
    columns[0] = (gk_column){.name = "firm", .kind = GK_COLUMN_FLOAT64, .values = firm};
    columns[1] = (gk_column){.name = "inv", .kind = GK_COLUMN_FLOAT64, .values = inv};
    columns[2] = (gk_column){.name = "value", .kind = GK_COLUMN_FLOAT64, .values = value};
    columns[3] = (gk_column){.name = "capital", .kind = GK_COLUMN_FLOAT64, .values = capital};
}

static const gk_fit_spec cluster_spec = {.model = "ols", .formula = FORMULA, .vcov = "cluster:firm"};

/* Fits `spec` on the float columns and returns the status; `result` receives the output. */
static int fit(const gk_fit_spec *spec, gk_result *result) {
    gk_column columns[4];
    float_columns(columns);
    return gk_fit(columns, 4, ROWS, spec, result);
}

static void test_same_json_as_cli(const char *expected) {
    gk_result result = {0};
    int status = fit(&cluster_spec, &result);
    check(status == GK_OK && result.error_message == NULL, "ols with cluster:firm fits");
    check(result.json && strcmp(result.json, expected) == 0, "JSON identical to `gravity fit --format json`");
    check(result.term_count == 12, "12 terms (intercept, value, capital, 9 firm dummies)");
    int diagonal_ok = result.covariance != NULL;
    for (int j = 0; diagonal_ok && j < result.term_count; j++) {
        double se = json_number(result.json, "std_error", j);
        double from_matrix = sqrt(result.covariance[j * result.term_count + j]);
        diagonal_ok = fabs(se - from_matrix) <= 1e-14 * fabs(se);
    }
    check(diagonal_ok, "square roots of the covariance diagonal equal the JSON's std_error");
    gk_result_free(&result);
    check(result.json == NULL && result.covariance == NULL, "gk_result_free zeroes the result");
}

static void test_categorical_and_missing(const char *expected) {
    /* firm as a categorical column with labels "1".."10": the same slopes as the float64 column. */
    int32_t codes[ROWS];
    char labels[10][3];
    const char *levels[10];
    for (int k = 0; k < 10; k++) { snprintf(labels[k], sizeof labels[k], "%d", k + 1); levels[k] = labels[k]; }
    for (int i = 0; i < ROWS; i++) codes[i] = (int32_t)firm[i] - 1;
    uint8_t missing[ROWS] = {0};
    missing[7] = 1;
    gk_column columns[4];
    float_columns(columns);
    columns[0] = (gk_column){.name = "firm", .kind = GK_COLUMN_CATEGORICAL, .codes = codes, .levels = levels, .level_count = 10};
    gk_result result = {0};
    int status = gk_fit(columns, 4, ROWS, &cluster_spec, &result);
    check(status == GK_OK, "categorical firm column fits");
    double value_cli = json_number(expected, "estimate", 1), value_c = json_number(result.json, "estimate", 1);
    check(fabs(value_c - value_cli) <= 1e-10 * fabs(value_cli), "categorical firm gives the float64 column's slope of value");
    gk_result_free(&result);

    columns[2].missing = missing;
    status = gk_fit(columns, 4, ROWS, &cluster_spec, &result);
    check(status == GK_OK && json_number(result.json, "nobs", 0) == ROWS - 1, "a row marked in the missing mask is dropped (nobs 199)");
    gk_result_free(&result);
}

static void expect_error(const gk_column *columns, const gk_fit_spec *spec, int32_t code, const char *fragment, const char *what) {
    gk_result result = {0};
    int status = gk_fit(columns, 4, ROWS, spec, &result);
    int ok = status == code && result.json == NULL && result.error_message && strstr(result.error_message, fragment);
    if (!ok) printf("  status %d, message: %s\n", status, result.error_message ? result.error_message : "(none)");
    check(ok, what);
    gk_result_free(&result);
}

static void test_errors(void) {
    gk_column columns[4];
    float_columns(columns);
    gk_fit_spec spec = cluster_spec;
    spec.formula = "inv ~ valeu + capital";
    expect_error(columns, &spec, GK_ERROR_UNKNOWN_VARIABLE, "Did you mean `value`", "unknown column: code 2 with a suggestion");
    spec = cluster_spec;
    spec.model = "olss";
    expect_error(columns, &spec, GK_ERROR_UNKNOWN_MODEL, "Unknown model `olss`", "unknown model: code 3");
    spec = cluster_spec;
    spec.formula = "inv ~ value +";
    expect_error(columns, &spec, GK_ERROR_FORMULA, "Formula error", "formula syntax: code 5");
    spec = cluster_spec;
    spec.vcov = "clustre:firm";
    expect_error(columns, &spec, GK_ERROR_INVALID_OPTION, "Unknown covariance", "bad vcov: code 4");
    double with_infinity[ROWS];
    memcpy(with_infinity, value, sizeof value);
    with_infinity[41] = INFINITY;
    columns[2].values = with_infinity;
    expect_error(columns, &cluster_spec, GK_ERROR_INVALID_INPUT, "row 42", "an infinite value: code 6 naming the row");
    float_columns(columns);
    int32_t codes[ROWS] = {0};
    const char *levels[1] = {"a"};
    codes[3] = 5;
    columns[0] = (gk_column){.name = "firm", .kind = GK_COLUMN_CATEGORICAL, .codes = codes, .levels = levels, .level_count = 1};
    expect_error(columns, &cluster_spec, GK_ERROR_ARGUMENT, "row 4, has code 5", "a code out of range: code 1 naming the row");
    gk_result result = {0};
    check(gk_fit(columns, 4, ROWS, NULL, &result) == GK_ERROR_ARGUMENT && result.error_message, "null specification: code 1");
    gk_result_free(&result);
    check(gk_abi_version() == GK_ABI_VERSION, "gk_abi_version matches the header");
}

/* Two threads fit different specifications many times at once; each must equal its serial result. */
typedef struct { const gk_fit_spec *spec; const char *expected; int mismatches; } thread_job;

static void *run_job(void *argument) {
    thread_job *job = argument;
    for (int i = 0; i < 40; i++) {
        gk_result result = {0};
        if (fit(job->spec, &result) != GK_OK || strcmp(result.json, job->expected) != 0) job->mismatches++;
        gk_result_free(&result);
    }
    return NULL;
}

static void test_two_threads(void) {
    gk_fit_spec robust = {.model = "ols", .formula = "log(inv) ~ log(value) + log(capital)", .vcov = "hc1"};
    gk_result serial_cluster = {0}, serial_robust = {0};
    fit(&cluster_spec, &serial_cluster);
    fit(&robust, &serial_robust);
    thread_job jobs[2] = {{&cluster_spec, serial_cluster.json, 0}, {&robust, serial_robust.json, 0}};
    pthread_t threads[2];
    for (int t = 0; t < 2; t++) pthread_create(&threads[t], NULL, run_job, &jobs[t]);
    for (int t = 0; t < 2; t++) pthread_join(threads[t], NULL);
    check(jobs[0].mismatches == 0 && jobs[1].mismatches == 0, "two threads x 40 fits each equal the serial results");
    gk_result_free(&serial_cluster);
    gk_result_free(&serial_robust);
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s grunfeld.csv cli.json\n", argv[0]); return 2; }
    read_grunfeld(argv[1]);
    char *expected = read_file(argv[2]);
    test_same_json_as_cli(expected);
    test_categorical_and_missing(expected);
    test_errors();
    test_two_threads();
    free(expected);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
