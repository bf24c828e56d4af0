// The umbrella module: `import AlgoKit` brings in every AlgoKit library module.
// Contest bundles never include this file; they import (and inline) the modules themselves.

@_exported import AlgoKitDetection
@_exported import AlgoKitGeometry
@_exported import AlgoKitHeap
@_exported import AlgoKitIO
@_exported import AlgoKitKnapsack
