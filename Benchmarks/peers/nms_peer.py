"""AlgoKit peer: greedy NMS (no score threshold) with OpenCV dnn.NMSBoxes and ONNX Runtime NonMaxSuppression.

Usage: nms_peer.py N [REPEATS] [IOU] [uniform|mixed]   Prints the median milliseconds per call and how
many boxes were kept. Defaults: IoU 0.5 on seeded.boxes; `mixed` uses seeded.mixed_boxes (10% of the
boxes 10x larger, 1% far outliers), the input of detection/nms-low-threshold.
"""
import sys

from seeded import boxes, emit, mixed_boxes, skipped, timed

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
iou = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
xyxy, scores = (mixed_boxes if len(sys.argv) > 4 and sys.argv[4] == "mixed" else boxes)(n)

try:
    import numpy as np
except ImportError:
    skipped("OpenCV NMSBoxes", "python module numpy not installed")
    skipped("ONNX Runtime NonMaxSuppression", "python module numpy not installed")
    sys.exit(0)

try:
    import cv2
    xywh = [[x1, y1, x2 - x1, y2 - y1] for x1, y1, x2, y2 in np.asarray(xyxy, np.float32).tolist()]
    score_list = np.asarray(scores, np.float32).tolist()
    cv2.dnn.NMSBoxes(xywh, score_list, 0.0, iou)  # warm-up
    t, fastest, keep = timed(lambda: cv2.dnn.NMSBoxes(xywh, score_list, 0.0, iou), repeats)
    emit(peer="OpenCV NMSBoxes", figure="nms", n=n, ms=t * 1e3, min_ms=fastest * 1e3, kept=len(keep))
except ImportError:
    skipped("OpenCV NMSBoxes", "python module cv2 (opencv-python) not installed")

try:
    import onnxruntime
    from onnx import TensorProto, helper
    tensor = helper.make_tensor_value_info
    node = helper.make_node("NonMaxSuppression", ["boxes", "scores", "max", "iou", "score"], ["selected"],
                            center_point_box=0)
    graph = helper.make_graph(
        [node], "nms",
        [tensor("boxes", TensorProto.FLOAT, [1, n, 4]), tensor("scores", TensorProto.FLOAT, [1, 1, n]),
         tensor("max", TensorProto.INT64, [1]), tensor("iou", TensorProto.FLOAT, [1]),
         tensor("score", TensorProto.FLOAT, [1])],
        [tensor("selected", TensorProto.INT64, [None, 3])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    feed = {"boxes": np.asarray(xyxy, np.float32)[None], "scores": np.asarray(scores, np.float32)[None, None],
            "max": np.array([n], np.int64), "iou": np.array([iou], np.float32),
            "score": np.array([-1.0], np.float32)}
    session.run(None, feed)  # warm-up: the first call allocates and plans
    t, fastest, out = timed(lambda: session.run(None, feed), repeats)
    emit(peer="ONNX Runtime NonMaxSuppression", figure="nms", n=n, ms=t * 1e3, min_ms=fastest * 1e3,
         kept=len(out[0]))
except ImportError:
    skipped("ONNX Runtime NonMaxSuppression", "python modules onnxruntime and onnx not installed")
