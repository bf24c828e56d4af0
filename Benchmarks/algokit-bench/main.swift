// algokit-bench: times every registered benchmark (see Benchmarks/README.md, or --help).
// The logic lives in the BenchmarkHarness library, where it is unit-tested; this file only
// supplies the registry and the build configuration.
import BenchmarkHarness

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

#if DEBUG
  let debugBuild = true
#else
  let debugBuild = false
#endif

exit(
  BenchmarkCommand.run(
    arguments: Array(CommandLine.arguments.dropFirst()), benchmarks: Registry.all,
    debugBuild: debugBuild))
