import XCTest
@testable import GravityCore

final class FormulaParserTests: XCTestCase {
    func testGravityFormulaKeepsTermsAsWritten() throws {
        let f = try Formula("log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist) + contig")
        XCTAssertEqual(f.responseName, "log(trade)")
        XCTAssertEqual(f.rhs.terms.map(\.name), ["log(gdp_o)", "log(gdp_d)", "log(dist)", "contig"])
        XCTAssertTrue(f.rhs.hasIntercept)
        XCTAssertEqual(f.variables, ["trade", "gdp_o", "gdp_d", "dist", "contig"])
    }

    func testInterceptRemoval() throws {
        XCTAssertFalse(try Formula("y ~ x - 1").rhs.hasIntercept)
        XCTAssertFalse(try Formula("y ~ x + 0").rhs.hasIntercept)
        XCTAssertFalse(try Formula("y ~ 0 + x").rhs.hasIntercept)
        XCTAssertTrue(try Formula("y ~ x + 1").rhs.hasIntercept)
        XCTAssertEqual(try Formula("y ~ 1").rhs.terms.count, 0)
    }

    func testStarExpandsToMainEffectsAndInteraction() throws {
        let f = try Formula("y ~ a*b + c")
        XCTAssertEqual(f.rhs.terms.map(\.name), ["a", "b", "a:b", "c"])
        let g = try Formula("y ~ a:b")
        XCTAssertEqual(g.rhs.terms.map(\.name), ["a:b"])
        XCTAssertEqual(g.rhs.terms[0].factors, [.variable("a"), .variable("b")])
    }

    func testTermRemovalAndParenthesisedGroups() throws {
        XCTAssertEqual(try Formula("y ~ a*b - a:b").rhs.terms.map(\.name), ["a", "b"])
        XCTAssertEqual(try Formula("y ~ (a + b):c").rhs.terms.map(\.name), ["a:c", "b:c"])
    }

    func testArithmeticInsideIAndFunctions() throws {
        let f = try Formula("y ~ I(x^2) + log(a / b) + sqrt(z + 1)")
        XCTAssertEqual(f.rhs.terms.map(\.name), ["I(x^2)", "log(a / b)", "sqrt(z + 1)"])
        XCTAssertEqual(f.rhs.terms[0].factors[0], .call("I", [.binary(.power, .variable("x"), .number(2))]))
        XCTAssertEqual(f.rhs.terms[1].factors[0], .call("log", [.binary(.divide, .variable("a"), .variable("b"))]))
    }

    func testPowerBindsTighterThanUnaryMinusAndProduct() throws {
        let f = try Formula("y ~ I(-x^2 * 3)")
        XCTAssertEqual(f.rhs.terms[0].factors[0],
                       .call("I", [.binary(.multiply, .negate(.binary(.power, .variable("x"), .number(2))), .number(3))]))
    }

    func testPartsAfterBar() throws {
        let f = try Formula("trade ~ ln_DIST + CNTG | exporter + importer")
        XCTAssertEqual(f.extraParts.count, 1)
        XCTAssertEqual(f.extraParts[0].terms.map(\.name), ["exporter", "importer"])
        let z = try Formula("y ~ x1 + x2 | z1 + z2 - 1")
        XCTAssertFalse(z.extraParts[0].hasIntercept)
    }

    func testUnicodeAndBackQuotedNames() throws {
        let f = try Formula("log(贸易额) ~ log(国内生产总值) + `Life Exp`")
        XCTAssertEqual(f.variables, ["贸易额", "国内生产总值", "Life Exp"])
        XCTAssertEqual(f.rhs.terms.map(\.name), ["log(国内生产总值)", "`Life Exp`"])
    }

    func testFactorTerm() throws {
        let f = try Formula("y ~ x + factor(year)")
        XCTAssertTrue(f.rhs.terms[1].factors[0].isFactor)
    }

    func testSyntaxErrorsGivePositions() {
        func position(_ text: String) -> Int? {
            do { _ = try Formula(text); return nil } catch GravityError.formulaSyntax(_, _, let p) { return p } catch { return nil }
        }
        XCTAssertEqual(position("y x"), 0, "missing tilde")
        XCTAssertEqual(position("y ~ x +"), 7, "dangling plus")
        XCTAssertEqual(position("y ~ lg(x)"), 4, "unknown function")
        XCTAssertEqual(position("y ~ log(x"), 9, "unclosed parenthesis")
        XCTAssertEqual(position("y ~ x $ z"), 6, "bad character")
        XCTAssertEqual(position("y ~ 3"), 4, "a constant other than 0 or 1")
        XCTAssertNotNil(position("y ~ -1"), "nothing to estimate")
    }

    func testUnknownFunctionSuggestsClosest() {
        XCTAssertThrowsError(try Formula("y ~ lgo(x)")) { error in
            XCTAssertTrue("\(error)".contains("Did you mean `log`?"), "\(error)")
        }
    }
}
