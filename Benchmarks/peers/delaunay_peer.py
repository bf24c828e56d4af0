"""AlgoKit peer: Delaunay triangulation of N seeded points with Shewchuk's Triangle and qhull (scipy).

Usage: delaunay_peer.py uniform|gaussian|grid N [REPEATS]   Prints median milliseconds per triangulation.
The grid is the k x k integer grid, k = isqrt(N) (every unit square cocircular).
"""
import sys

from seeded import emit, gaussian_points, grid_points, skipped, timed, uniform_points

kind, n = sys.argv[1], int(sys.argv[2])
repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
make = {"uniform": uniform_points, "gaussian": gaussian_points, "grid": grid_points}[kind]

try:
    import numpy as np
    array = np.asarray(make(n), dtype=np.float64)
except ImportError:
    skipped("Triangle", "python module numpy not installed")
    skipped("qhull (scipy)", "python module numpy not installed")
    sys.exit(0)

try:
    import triangle
    t, fastest, out = timed(lambda: triangle.triangulate({"vertices": array}, ""), repeats)
    emit(peer="Triangle", figure=kind, n=len(array), ms=t * 1e3, min_ms=fastest * 1e3,
         triangles=len(out["triangles"]))
except ImportError:
    skipped("Triangle", "python module triangle not installed")

try:
    from scipy.spatial import Delaunay
    t, fastest, out = timed(lambda: Delaunay(array), repeats)
    emit(peer="qhull (scipy)", figure=kind, n=len(array), ms=t * 1e3, min_ms=fastest * 1e3,
         triangles=len(out.simplices))
except ImportError:
    skipped("qhull (scipy)", "python module scipy not installed")
