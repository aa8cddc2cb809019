// The umbrella module: `import GravityKit` brings the core, input/output and all plug-ins.
@_exported import GravityCharts
@_exported import GravityCore
@_exported import GravityDiD
@_exported import GravityFixedEffects
@_exported import GravityFrontier
@_exported import GravityGE
@_exported import GravityIO
@_exported import GravityIndex
@_exported import GravityLinearAlgebra
@_exported import GravityOLS
@_exported import GravityPanel
@_exported import GravityPotential
@_exported import GravityPPML
@_exported import GravityStatistics
