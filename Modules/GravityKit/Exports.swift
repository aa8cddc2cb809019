// The umbrella module: `import GravityKit` brings the core, input/output and all plug-ins.
@_exported import GravityCore
@_exported import GravityIO
@_exported import GravityLinearAlgebra
@_exported import GravityOLS
@_exported import GravityStatistics
