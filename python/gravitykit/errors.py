"""Exceptions raised by gravitykit, one per error code of the C interface (gravitykit.h).

Each carries the library's own message (`str(error)`), which names the column, term, option or row
and says what to do, and the numeric `code`.
"""


class GravityKitError(Exception):
    """Any error reported by the GravityKit library or found before calling it."""

    code = 8

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class ArgumentError(GravityKitError, ValueError):
    """A malformed call of the C interface (a bug in the caller or in this binding)."""

    code = 1


class UnknownVariableError(GravityKitError, LookupError):
    """The formula, covariance or panel names a column the data do not have."""

    code = 2


class UnknownModelError(GravityKitError, LookupError):
    """No estimator is registered under the name given."""

    code = 3


class InvalidOptionError(GravityKitError, ValueError):
    """An option, covariance kind or confidence level the estimator does not take."""

    code = 4


class FormulaError(GravityKitError, ValueError):
    """The formula cannot be parsed; the message points at the character."""

    code = 5


class InvalidInputError(GravityKitError, ValueError):
    """Data that cannot be used as given: no rows, text where numbers are needed, infinite values."""

    code = 6


class NumericalError(GravityKitError, ArithmeticError):
    """A numerical failure: singular design, no convergence, an empty estimation sample."""

    code = 7


class DataTypeError(GravityKitError, TypeError):
    """A column whose dtype cannot be passed to the library (dates, complex numbers, mixed objects)."""

    code = 6


_BY_CODE = {cls.code: cls for cls in (ArgumentError, UnknownVariableError, UnknownModelError, InvalidOptionError,
                                       FormulaError, InvalidInputError, NumericalError)}


def error_for_code(code, message):
    """The exception for a status code of `gk_fit` and its message."""
    return _BY_CODE.get(code, GravityKitError)(message)
