// algokit-bench: placeholder entry point until the harness (issue 3) lands.
import BenchmarkHarness
import AlgoKit
print("algokit-bench: harness not built yet")
