import GravityKit
import GravityTestKit
import XCTest

/// `re` on the unbalanced Grunfeld panel against plm 2.6-2: the exact unbalanced variance
/// components of each method and theta per unit. R setup as in ``UnbalancedFixedEffectsTests``;
/// for each method `r <- plm(f, data = pu, model = "random", random.method = m)` printed with
/// `summary(r)$coefficients`, `ercomp(r)$sigma2`, `range(ercomp(r)$theta)`, `summary(r)$r.squared`,
/// `deviance(r)` and `sqrt(diag(vcovHC(r, method = "arellano", type = "HC1" / "HC0")))`.
final class UnbalancedRandomEffectsTests: XCTestCase {
    private struct Expected {
        let method: String
        let rows: KeyValuePairs<String, (Double, Double, Double, Double?)>
        let sigma2: (idios: Double, id: Double)
        let theta: (min: Double, max: Double)
        let rSquared: (Double, Double)
        let ssr: Double
        let hc1: [Double], hc0: [Double]
    }

    private let expectations = [
        Expected(method: "swamy-arora",
                 rows: ["(Intercept)": (-57.779750862405848, 28.7319448579397374, -2.01099337855784, 4.43261561177727e-02),
                        "value": (0.114483902756937, 0.0112863204043601, 10.14359850290175, 3.53820465111218e-24),
                        "capital": (0.289008784820116, 0.0183211218002393, 15.77462275352274, 4.65169087220428e-56)],
                 sigma2: (2557.59947400257, 6736.07714241317), theta: (0.852194100681361, 0.863505865705560),
                 rSquared: (0.718718816043317, 0.715694287183568), ssr: 478098.284565173,
                 hc1: [26.1340088127528567, 0.0169589737245685, 0.0535097536348095], hc0: [25.9257663800494, 0.0168238403062758, 0.0530833743008882]),
        Expected(method: "amemiya",
                 rows: ["(Intercept)": (-57.876669535436896, 29.3252259024197066, -1.97361376611463, 4.84256772285436e-02),
                        "value": (0.114543388859231, 0.0113412447213809, 10.09971935825440, 5.54005029258768e-24),
                        "capital": (0.289132558303916, 0.0183040475238403, 15.79609962918485, 3.30971040017701e-56)],
                 sigma2: (2557.59947400257, 7084.95109627963), theta: (0.855801550775262, 0.866847787031117),
                 rSquared: (0.718480835835068, 0.715453748048348), ssr: 476877.124537986,
                 hc1: [26.2955529443706517, 0.0170561273671938, 0.0534139572259681], hc0: [26.0860232869173, 0.0169202198039534, 0.0529883412222104]),
        Expected(method: "wallace-hussain",
                 rows: ["(Intercept)": (-57.811048850219258, 28.9198632107549507, -1.99900837804516, 4.56074473846844e-02),
                        "value": (0.114503038888616, 0.0113040496322481, 10.12938217839766, 4.09226867743477e-24),
                        "capital": (0.289049043072807, 0.0183155726451238, 15.78160009917907, 4.16494350491813e-56)],
                 sigma2: (2758.79705464389, 7384.23693972261), theta: (0.853356749788323, 0.864583024159475),
                 rSquared: (0.718641627369867, 0.715616268524381), ssr: 477701.453604563,
                 hc1: [26.1859931913133259, 0.0169901050384294, 0.0534787256327527], hc0: [25.9773365338527, 0.0168547235579057, 0.0530525935378477]),
    ]

    func testEveryMethodMatchesPlm() throws {
        let data = try Grunfeld.unbalanced()
        for expected in expectations {
            let result = try Grunfeld.fit("re", options: ["method": expected.method], data: data)
            assertRows(result, expected.rows)
            assertClose(pow(result.statistic("sigma_e")!, 2), expected.sigma2.idios, relative: Grunfeld.tolerance, expected.method)
            assertClose(pow(result.statistic("sigma_u")!, 2), expected.sigma2.id, relative: Grunfeld.tolerance, expected.method)
            assertClose(result.statistic("theta_min")!, expected.theta.min, relative: Grunfeld.tolerance, expected.method)
            assertClose(result.statistic("theta_max")!, expected.theta.max, relative: Grunfeld.tolerance, expected.method)
            XCTAssertNil(result.statistic("theta"))
            let section = try XCTUnwrap(result.extraSections.first { $0.0 == "theta" }?.1)
            guard case .object(let perUnit) = section else { return XCTFail("theta per unit") }
            XCTAssertEqual(perUnit.count, 10)
            // Firm 1 has 17 observations (the fewest), firm 5 all 20 (the most).
            XCTAssertEqual(perUnit.first { $0.0 == "1" }?.1, .number(result.statistic("theta_min")!))
            XCTAssertEqual(perUnit.first { $0.0 == "5" }?.1, .number(result.statistic("theta_max")!))
            assertClose(result.statistic("r_squared")!, expected.rSquared.0, relative: Grunfeld.tolerance, expected.method)
            assertClose(result.statistic("adj_r_squared")!, expected.rSquared.1, relative: Grunfeld.tolerance, expected.method)
            assertClose(pow(result.statistic("sigma")!, 2) * result.statistic("df_residual")!, expected.ssr, relative: Grunfeld.tolerance, expected.method)
            for (convention, errors) in [("plm", expected.hc1), ("plm-hc0", expected.hc0)] {
                let robust = try Grunfeld.fit("re", covariance: .cluster(["firm"]), options: ["method": expected.method, "cluster_convention": convention], data: data)
                assertStandardErrors(robust, errors)
                XCTAssertEqual(robust.inference, .normal)
            }
        }
    }

    /// Stata's measures for the Swamy-Arora slopes, from their definitions in R (as for `fe`,
    /// with `b <- coef(r)[-1]`).
    func testStataMeasuresMatchTheirDefinitions() throws {
        let result = try Grunfeld.fit("re", data: try Grunfeld.unbalanced())
        assertClose(result.statistic("r_squared_within")!, 0.713484204445879, relative: Grunfeld.tolerance)
        assertClose(result.statistic("r_squared_between")!, 0.79396145336365, relative: Grunfeld.tolerance)
        assertClose(result.statistic("r_squared_overall")!, 0.768613018120894, relative: Grunfeld.tolerance)
    }
}
