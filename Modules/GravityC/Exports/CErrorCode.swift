import GravityKit

/// A malformed call through the C interface (null pointer, negative count, unknown column kind,
/// code out of range): the caller's program is wrong, not the data.
struct CArgumentError: Error {
    /// What is wrong, naming the column or field.
    let message: String

    init(_ message: String) { self.message = message }
}

/// The status codes of `gravitykit.h` and the messages that go with them.
enum CErrorCode {
    static let ok: Int32 = 0
    static let argument: Int32 = 1
    static let unknownVariable: Int32 = 2
    static let unknownModel: Int32 = 3
    static let invalidOption: Int32 = 4
    static let formula: Int32 = 5
    static let invalidInput: Int32 = 6
    static let numerical: Int32 = 7
    static let internalError: Int32 = 8

    /// The code for an error thrown while fitting.
    static func code(for error: any Error) -> Int32 {
        if error is CArgumentError { return argument }
        guard let gravity = error as? GravityError else { return internalError }
        switch gravity {
        case .unknownVariable: return unknownVariable
        case .unknownEstimator: return unknownModel
        case .invalidOption: return invalidOption
        case .formulaSyntax, .rowConditionSyntax: return formula
        case .invalidInput, .fileFormat: return invalidInput
        case .numerical: return numerical
        }
    }

    /// The message for an error: the library's own wording, as the command line prints it.
    static func message(for error: any Error) -> String {
        if let argument = error as? CArgumentError { return argument.message }
        if let gravity = error as? GravityError { return gravity.description }
        return "Internal error: \(error)"
    }
}
