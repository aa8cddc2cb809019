/*
 * gravitykit.h: the C interface of GravityKit (the dynamic library `libGravityKitC`).
 *
 * One call fits any registered estimator ("ols", "fe", "ppml", ... as `gravity models` lists them)
 * to columns the caller owns, and returns the same JSON that `gravity fit --format json` writes
 * (docs/json-schema.md), plus the coefficient covariance matrix.
 *
 * - Columns are passed as pointers and are only read, during the call; the library copies the
 *   columns the request names (formula variables, cluster and panel columns, option values that
 *   name a column) and nothing else. A column the request does not name is never read: its data
 *   pointers may be NULL (its name still serves to suggest the right one for a misspelt name).
 * - No global state: calls on different data may run on several threads at once.
 * - Every string is UTF-8 and NUL-terminated. Strings and arrays the library returns are owned by
 *   the caller, who releases them with gk_result_free.
 *
 * Example:
 *     gk_column cols[2] = {
 *         { .name = "y", .kind = GK_COLUMN_FLOAT64, .values = y },
 *         { .name = "x", .kind = GK_COLUMN_FLOAT64, .values = x },
 *     };
 *     gk_fit_spec spec = { .model = "ols", .formula = "y ~ x", .vcov = "hc1" };
 *     gk_result result = {0};
 *     if (gk_fit(cols, 2, n, &spec, &result) != GK_OK) fprintf(stderr, "%s\n", result.error_message);
 *     else puts(result.json);
 *     gk_result_free(&result);
 */
#ifndef GRAVITYKIT_H
#define GRAVITYKIT_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of this interface; it changes whenever a structure or a signature below changes. */
#define GK_ABI_VERSION 1

/* Column kinds. */
#define GK_COLUMN_FLOAT64 0     /* numbers: `values` */
#define GK_COLUMN_CATEGORICAL 1 /* labels: `codes` into `levels` (countries, products, fixed effects) */

/* Status codes returned by gk_fit; anything but GK_OK comes with `error_message`. */
#define GK_OK 0
#define GK_ERROR_ARGUMENT 1         /* a malformed call: null pointer, negative count, unknown kind, code out of range */
#define GK_ERROR_UNKNOWN_VARIABLE 2 /* the request names a column that was not passed */
#define GK_ERROR_UNKNOWN_MODEL 3    /* no estimator is registered under that name */
#define GK_ERROR_INVALID_OPTION 4   /* an option, covariance or level the estimator does not take */
#define GK_ERROR_FORMULA 5          /* the formula cannot be parsed */
#define GK_ERROR_INVALID_INPUT 6    /* data that cannot be used as given (no rows, text where numbers are needed, ...) */
#define GK_ERROR_NUMERICAL 7        /* a numerical failure: singular design, no convergence, empty sample */
#define GK_ERROR_INTERNAL 8         /* anything else; the message says what */

/* One column of the data, `row_count` rows long (the count is given to gk_fit). */
typedef struct gk_column {
    const char *name;            /* the name the formula uses */
    int32_t kind;                /* GK_COLUMN_FLOAT64 or GK_COLUMN_CATEGORICAL */
    const double *values;        /* FLOAT64: the values; NaN is missing; infinities are rejected */
    const int32_t *codes;        /* CATEGORICAL: 0-based codes into `levels`; -1 is missing */
    const char *const *levels;   /* CATEGORICAL: `level_count` distinct labels */
    int64_t level_count;         /* CATEGORICAL: number of labels */
    const uint8_t *missing;      /* optional (NULL for none): a nonzero byte marks the row missing */
} gk_column;

/* What to fit, as the options of `gravity fit` say it. Unused pointers are NULL. */
typedef struct gk_fit_spec {
    const char *model;               /* estimator name or alias: "ols", "ppml", ... */
    const char *formula;             /* "trade ~ log(dist) + contig | exporter + importer" */
    const char *vcov;                /* NULL for "classical"; "hc1", "cluster:pair_id", ... as --vcov */
    const char *const *options;      /* `option_count` strings "key=value", as --option */
    int64_t option_count;
    const char *panel_id;            /* the unit column, as --id (NULL when not a panel) */
    const char *panel_time;          /* the time column, as --time (NULL when not a panel) */
    double confidence_level;         /* level of the intervals; 0 means 0.95 */
} gk_fit_spec;

/* The outcome of gk_fit. Initialise it to zeros; release it with gk_result_free. */
typedef struct gk_result {
    char *json;             /* on success: the fit as `gravity fit --format json` writes it */
    double *covariance;     /* on success: term_count x term_count covariance of the estimates,
                               column-major, terms in the order of the JSON's "coefficients" */
    int64_t term_count;     /* on success: number of coefficients */
    char *error_message;    /* on failure: what went wrong and what to do */
} gk_result;

/* Fits `spec` to `column_count` columns of `row_count` rows. Returns GK_OK or an error code. */
int32_t gk_fit(const gk_column *columns, int64_t column_count, int64_t row_count,
               const gk_fit_spec *spec, gk_result *result);

/* Releases what gk_fit stored in `result` and sets its fields to zero; safe on a zeroed result. */
void gk_result_free(gk_result *result);

/* GK_ABI_VERSION of the library actually loaded, to check against the header compiled with. */
int32_t gk_abi_version(void);

#ifdef __cplusplus
}
#endif

#endif /* GRAVITYKIT_H */
