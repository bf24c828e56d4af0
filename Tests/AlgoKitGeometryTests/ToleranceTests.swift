import Testing

@testable import AlgoKitGeometry

@Suite struct ToleranceInvariantTests {
  @Test func componentsCannotBeAssignedPastTheClamp() {
    // Read-only from outside the type: key paths to them are not writable.
    #expect(!((\GeometryTolerance.absolute as AnyKeyPath) is WritableKeyPath<GeometryTolerance, Double>))
    #expect(!((\GeometryTolerance.relative as AnyKeyPath) is WritableKeyPath<GeometryTolerance, Double>))
    let t = GeometryTolerance(absolute: -1, relative: .nan)
    #expect(t.absolute == 0 && t.relative == 0 && t.isExact)
  }
}
