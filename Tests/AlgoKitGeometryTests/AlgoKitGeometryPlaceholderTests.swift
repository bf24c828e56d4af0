// Placeholder until the module's tests land; delete it then.
import Testing
@testable import AlgoKitGeometry
