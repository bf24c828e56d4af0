import Testing
@testable import AlgoKitKnapsack
