// The seeded inputs (the peers' xorshift64 stream) live in the shared test-support target, so the
// benchmarks, the tests and the fuzzers draw from one copy; the harness re-exports them for
// algokit-bench.

@_exported import AlgoKitTestSupport
