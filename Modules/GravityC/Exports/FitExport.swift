#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CGravityKit
import GravityKit

/// `gk_fit` (see `gravitykit.h`): fits a registered estimator to caller-owned columns and stores
/// the command line's JSON and the covariance matrix, or an error code and message, in `result`.
///
/// Nothing here is global: each call builds its own registry, dataset and result, so calls on
/// different data may run on several threads at once.
@_cdecl("gk_fit")
public func gk_fit(_ columns: UnsafePointer<gk_column>?, _ columnCount: Int64, _ rowCount: Int64,
                   _ spec: UnsafePointer<gk_fit_spec>?, _ result: UnsafeMutablePointer<gk_result>?) -> Int32 {
    guard let result else { return CErrorCode.argument }
    result.pointee = gk_result()
    do {
        guard let spec else { throw CArgumentError("The fit specification is a null pointer.") }
        let request = try CFitSpecification(spec.pointee)
        let table = try CColumnTable(columns, count: columnCount, rowCount: rowCount)
        let dataset = try table.dataset(columns: request.referencedColumns(among: table.names))
        let estimator = try EstimatorRegistry.standard().estimator(named: request.model)
        let fit = try estimator.fit(dataset, request: request.fitRequest)
        result.pointee.json = strdup(ResultJSON.string(fit))
        result.pointee.covariance = copyToMalloc(fit.covariance.values)
        result.pointee.term_count = Int64(fit.terms.count)
        return CErrorCode.ok
    } catch {
        result.pointee.error_message = strdup(CErrorCode.message(for: error))
        return CErrorCode.code(for: error)
    }
}

/// `gk_result_free` (see `gravitykit.h`): releases what ``gk_fit(_:_:_:_:_:)`` stored and zeroes the fields.
@_cdecl("gk_result_free")
public func gk_result_free(_ result: UnsafeMutablePointer<gk_result>?) {
    guard let result else { return }
    free(result.pointee.json)
    free(result.pointee.covariance)
    free(result.pointee.error_message)
    result.pointee = gk_result()
}

/// The values in a buffer from `malloc`, which the caller releases with `free` (through `gk_result_free`).
private func copyToMalloc(_ values: [Double]) -> UnsafeMutablePointer<Double>? {
    guard !values.isEmpty, let raw = malloc(values.count * MemoryLayout<Double>.stride) else { return nil }
    let buffer = raw.bindMemory(to: Double.self, capacity: values.count)
    values.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: values.count) }
    return buffer
}
