"""AlgoKit peer: rotated NMS at IoU 0.5 (no score threshold) with OpenCV dnn.NMSBoxesRotated.

Usage: rotated_nms_peer.py N [REPEATS]   Boxes are the seeded rotated rectangles (angle in radians, given
to OpenCV in degrees), scores the seeded NMS boxes' scores, as algokit-bench's detection/nms-rotated.
Prints the median milliseconds per call and how many boxes were kept. OpenCV computes the overlaps in
float32 with its own rotated-rectangle intersection, so its keep count may differ by a few boxes.
"""
import math
import sys

from seeded import boxes, emit, median_seconds, rotated_rects, skipped

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
rects = [((cx, cy), (w, h), math.degrees(angle)) for cx, cy, w, h, angle in rotated_rects(n)]
_, scores = boxes(n)

try:
    import cv2
    score_list = [float(s) for s in scores]
    cv2.dnn.NMSBoxesRotated(rects[:100], score_list[:100], 0.0, 0.5)  # warm-up
    t, keep = median_seconds(lambda: cv2.dnn.NMSBoxesRotated(rects, score_list, 0.0, 0.5), repeats)
    emit(peer="OpenCV NMSBoxesRotated", figure="nms-rotated", n=n, ms=t * 1e3, kept=len(keep))
except ImportError:
    skipped("OpenCV NMSBoxesRotated", "python module cv2 (opencv-python) not installed")
