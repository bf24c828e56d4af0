// The umbrella module: `import AlgoKit` brings in every AlgoKit library module.
// Contest bundles never include this file; they import (and inline) the modules themselves.

@_exported import AlgoKitHeap
@_exported import AlgoKitKnapsack
@_exported import AlgoKitGeometry
@_exported import AlgoKitDetection
@_exported import AlgoKitIO
