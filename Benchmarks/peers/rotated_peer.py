"""AlgoKit peer: intersection area of M pairs of seeded rotated rectangles, with shapely (GEOS) and OpenCV.

Usage: rotated_peer.py M [REPEATS]   Pairs are rectangles (2i, 2i + 1). Prints median microseconds per pair
(including Python call overhead, which is how a Python user pays for them).
"""
import math
import sys

from seeded import emit, rotated_rects, skipped, timed

m = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
rects = rotated_rects(2 * m)
pairs = [(rects[2 * i], rects[2 * i + 1]) for i in range(m)]


def corners(cx, cy, w, h, angle):
    c, s = math.cos(angle), math.sin(angle)
    return [(cx + dx * c - dy * s, cy + dx * s + dy * c)
            for dx, dy in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]


try:
    from shapely.geometry import Polygon

    def shapely_all():
        total = 0.0
        for a, b in pairs:
            total += Polygon(corners(*a)).intersection(Polygon(corners(*b))).area
        return total
    t, fastest, total = timed(shapely_all, repeats)
    emit(peer="shapely (GEOS)", figure="rotated-intersection", pairs=m, us_per_pair=t * 1e6 / m,
         min_us_per_pair=fastest * 1e6 / m, total_area=total)
except ImportError:
    skipped("shapely (GEOS)", "python module shapely not installed")

try:
    import cv2

    def opencv_all():
        total = 0.0
        for a, b in pairs:
            ra = ((a[0], a[1]), (a[2], a[3]), math.degrees(a[4]))
            rb = ((b[0], b[1]), (b[2], b[3]), math.degrees(b[4]))
            _, region = cv2.rotatedRectangleIntersection(ra, rb)
            if region is not None and len(region) > 2:
                total += cv2.contourArea(region)
        return total
    t, fastest, total = timed(opencv_all, repeats)
    emit(peer="OpenCV", figure="rotated-intersection", pairs=m, us_per_pair=t * 1e6 / m,
         min_us_per_pair=fastest * 1e6 / m, total_area=total)
except ImportError:
    skipped("OpenCV", "python module cv2 (opencv-python) not installed")
