import GravityKit
import GravityTestKit
import XCTest

/// The bundled simulated panel is what the documented generator produces, and the demo runs on it.
final class DemoDataTests: XCTestCase {
    func testCommittedFileEqualsTheGeneratorOutput() throws {
        let committed = try String(contentsOfFile: SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv"), encoding: .utf8)
        XCTAssertEqual(committed, CSVWriter.string(StudyPanelSimulation.dataset()),
                       "Rebuild with: swift run gravity simulate-demo-data --output Examples/Data/china_central_asia_panel.csv")
    }

    func testPanelShapeAndMissingCells() throws {
        let data = StudyPanelSimulation.dataset()
        XCTAssertEqual(data.rowCount, 48)
        XCTAssertEqual(try data.column("partner").text(at: 0), "KAZ")
        let missing = StudyPanelSimulation.indicatorNames.map { (try? data.column($0).missingCount) ?? 0 }.reduce(0, +)
        XCTAssertEqual(missing, 6)
    }

    func testDemoWritesItsReportFolder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gravity-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try DemoWorkflow.run(outputDirectory: directory)
        for file in report.files {
            XCTAssertTrue(FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(file)), file)
        }
        XCTAssertTrue(report.summary.contains("log(dist_oil)"))
    }
}
