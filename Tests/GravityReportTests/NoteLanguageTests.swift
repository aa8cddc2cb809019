import GravityKit
import XCTest

/// A model's notes are written in both languages where the code that wrote them translated them:
/// a Chinese report prints those in Chinese and the rest in English under a heading that says so;
/// JSON and the English report keep every note in English.
final class NoteLanguageTests: XCTestCase {
    private func annotated() -> EstimationResult {
        var result = KnownResults.ols
        result.bilingualNotes = [BilingualText("3 of 10 rows dropped for missing or undefined values (x: 3).",
                                               chinese: "因缺失值或无定义值删除 3 行（共 10 行；x: 3）。"),
                                 BilingualText(english: "An estimator note without a translation.")]
        return result
    }

    func testChineseReportPrintsTranslatedNotesFirstAndTheRestUnderTheirOwnHeading() {
        let text = ResultText.render(annotated(), language: .zh)
        XCTAssertTrue(text.contains("注：\n  - 因缺失值或无定义值删除 3 行（共 10 行；x: 3）。\n\n注（估计程序的说明保留英文原文）：\n  - An estimator note without a translation.\n"), text)
        let markdown = ResultMarkdown.render(annotated(), language: .zh)
        XCTAssertTrue(markdown.contains("**注**\n\n- 因缺失值"), markdown)
        XCTAssertFalse(ResultText.render(KnownResults.ols, language: .zh).contains("注"))
    }

    func testEnglishReportAndJSONKeepEveryNoteInEnglish() {
        let text = ResultText.render(annotated(), language: .en)
        XCTAssertTrue(text.contains("Notes:\n  - 3 of 10 rows dropped for missing or undefined values (x: 3).\n  - An estimator note without a translation.\n"), text)
        XCTAssertEqual(annotated().notes, ["3 of 10 rows dropped for missing or undefined values (x: 3).", "An estimator note without a translation."])
    }

    func testEditingTheEnglishNotesKeepsTheTranslationsOfThoseThatRemain() {
        var result = annotated()
        result.notes.insert("A note added later.", at: 0)
        XCTAssertEqual(result.bilingualNotes.map(\.isTranslated), [false, true, false])
        XCTAssertEqual(result.bilingualNotes[1].chinese, "因缺失值或无定义值删除 3 行（共 10 行；x: 3）。")
    }
}
