"""AlgoKit peer: convex hull of N seeded points with GEOS (shapely) and qhull (scipy).

Usage: hull_peer.py gaussian|circle N [REPEATS]   Prints median milliseconds per hull.
"""
import sys

from seeded import circle_points, emit, gaussian_points, skipped, timed

kind, n = sys.argv[1], int(sys.argv[2])
repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
points = gaussian_points(n) if kind == "gaussian" else circle_points(n)

try:
    import shapely
    multipoint = shapely.multipoints(points)
    t, fastest, hull = timed(lambda: shapely.convex_hull(multipoint), repeats)
    emit(peer="GEOS (shapely)", figure=kind, n=n, ms=t * 1e3, min_ms=fastest * 1e3,
         hull_vertices=len(hull.exterior.coords) - 1)
except ImportError:
    skipped("GEOS (shapely)", "python module shapely not installed")

try:
    import numpy as np
    from scipy.spatial import ConvexHull
    array = np.asarray(points)
    t, fastest, hull = timed(lambda: ConvexHull(array), repeats)
    emit(peer="qhull (scipy)", figure=kind, n=n, ms=t * 1e3, min_ms=fastest * 1e3, hull_vertices=len(hull.vertices))
except ImportError:
    skipped("qhull (scipy)", "python module scipy not installed")
