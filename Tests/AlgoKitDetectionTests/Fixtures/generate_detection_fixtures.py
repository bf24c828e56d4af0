#!/usr/bin/env python3
"""Records reference outputs for AlgoKitDetection's tests (run once; outputs are committed).

  cd Tests/AlgoKitDetectionTests/Fixtures && /work/peers/venv/bin/python generate_detection_fixtures.py

- opencv_nmsboxes.json: cv2.dnn.NMSBoxes on random Rect2d cases (quantized coordinates and scores,
  so equal scores and IoUs exactly at the threshold occur), with eta and top_k.
- ensemble_boxes_wbf.json: ensemble_boxes.weighted_boxes_fusion(conf_type='avg') on random
  multi-model cases (distinct scores: the reference's order of equal scores is numpy-sort dependent).
- torchvision_iou.json: IoU, GIoU, DIoU, CIoU per torchvision.ops' definitions, written out here in
  numpy float64 (torch itself is not installed): box_iou, generalized_box_iou,
  distance_box_iou(eps=1e-7), complete_box_iou(eps=1e-7).
"""
import json, random, math
import numpy as np
import cv2
from ensemble_boxes import weighted_boxes_fusion
import ensemble_boxes, warnings
warnings.filterwarnings("ignore")

rng = random.Random(20241123)

def opencv_cases():
    cases = []
    for case in range(120):
        n = rng.randint(0, 40)
        q = rng.choice([1, 2, 4])          # coarse grid: exact ties in scores and IoUs
        rects = []
        for _ in range(n):
            x, y = rng.randint(0, 40) / q, rng.randint(0, 40) / q
            w, h = rng.randint(1, 30) / q, rng.randint(1, 30) / q
            rects.append([x, y, w, h])
        scores = [rng.randint(0, 10) / 10 for _ in range(n)]
        score_thr = rng.choice([0.0, 0.0, 0.3, 0.5])
        nms_thr = rng.choice([0.0, 0.25, 1 / 3, 0.5, 0.7, 1.0])
        eta = rng.choice([1.0, 1.0, 0.9, 0.5])
        top_k = rng.choice([0, 0, 5, 10])
        keep = cv2.dnn.NMSBoxes(rects, scores, score_thr, nms_thr, eta=eta, top_k=top_k)
        cases.append(dict(rects=rects, scores=scores, scoreThreshold=score_thr, nmsThreshold=nms_thr,
                          eta=eta, topK=top_k, keep=[int(i) for i in np.array(keep).reshape(-1)]))
    return cases

def wbf_cases():
    cases = []
    for case in range(60):
        models = rng.randint(1, 4)
        boxes, scores, labels = [], [], []
        used = set()
        for _ in range(models):
            n = rng.randint(0, 15)
            bs, ss, ls = [], [], []
            for _ in range(n):
                x, y = rng.uniform(-0.05, 0.8), rng.uniform(-0.05, 0.8)
                w, h = rng.uniform(0.01, 0.3), rng.uniform(0.01, 0.3)
                bs.append([x, y, x + w, y + h] if rng.random() > 0.05 else [x + w, y, x, y + h])
                while True:
                    s = round(rng.uniform(0.01, 1.0), 6)
                    if s not in used: used.add(s); break
                ss.append(s)
                ls.append(rng.randint(0, 2))
            boxes.append(bs); scores.append(ss); labels.append(ls)
        weights = [rng.choice([1, 2, 3]) for _ in range(models)] if rng.random() < 0.5 else None
        iou_thr = rng.choice([0.3, 0.55, 0.7])
        skip = rng.choice([0.0, 0.2])
        if sum(len(b) for b in boxes) == 0:
            fb, fs, fl = np.zeros((0, 4)), np.zeros(0), np.zeros(0)
        else:
            fb, fs, fl = weighted_boxes_fusion([np.array(b).reshape(-1, 4) for b in boxes],
                                               [np.array(s) for s in scores], [np.array(l) for l in labels],
                                               weights=weights, iou_thr=iou_thr, skip_box_thr=skip)
        cases.append(dict(boxes=boxes, scores=scores, labels=labels, weights=weights, iouThreshold=iou_thr,
                          skipBoxThreshold=skip, fusedBoxes=np.asarray(fb).tolist(),
                          fusedScores=np.asarray(fs).tolist(), fusedLabels=[int(v) for v in fl]))
    return cases

def torchvision_iou(b1, b2, eps=1e-7):
    b1, b2 = np.array(b1, dtype=np.float64), np.array(b2, dtype=np.float64)
    area1 = (b1[:, 2] - b1[:, 0]) * (b1[:, 3] - b1[:, 1])
    area2 = (b2[:, 2] - b2[:, 0]) * (b2[:, 3] - b2[:, 1])
    lt = np.maximum(b1[:, None, :2], b2[None, :, :2]); rb = np.minimum(b1[:, None, 2:], b2[None, :, 2:])
    wh = np.clip(rb - lt, 0, None); inter = wh[..., 0] * wh[..., 1]
    union = area1[:, None] + area2[None, :] - inter
    iou = inter / union
    lti = np.minimum(b1[:, None, :2], b2[None, :, :2]); rbi = np.maximum(b1[:, None, 2:], b2[None, :, 2:])
    whi = np.clip(rbi - lti, 0, None); areai = whi[..., 0] * whi[..., 1]
    giou = iou - (areai - union) / areai
    diag = whi[..., 0] ** 2 + whi[..., 1] ** 2 + eps
    xp, yp = (b1[:, 0] + b1[:, 2]) / 2, (b1[:, 1] + b1[:, 3]) / 2
    xg, yg = (b2[:, 0] + b2[:, 2]) / 2, (b2[:, 1] + b2[:, 3]) / 2
    cd = (xp[:, None] - xg[None, :]) ** 2 + (yp[:, None] - yg[None, :]) ** 2
    diou = iou - cd / diag
    wp, hp = (b1[:, 2] - b1[:, 0])[:, None], (b1[:, 3] - b1[:, 1])[:, None]
    wg, hg = (b2[:, 2] - b2[:, 0])[None, :], (b2[:, 3] - b2[:, 1])[None, :]
    v = (4 / math.pi ** 2) * (np.arctan(wp / hp) - np.arctan(wg / hg)) ** 2
    alpha = v / (1 - iou + v + eps)
    ciou = diou - alpha * v
    return iou, giou, diou, ciou

def iou_cases():
    def box():
        x, y = rng.uniform(0, 100), rng.uniform(0, 100)
        return [x, y, x + rng.uniform(0.5, 60), y + rng.uniform(0.5, 60)]
    a = [box() for _ in range(12)]; b = [box() for _ in range(9)] + [a[0], a[3]]
    iou, giou, diou, ciou = torchvision_iou(a, b)
    return dict(first=a, second=b, iou=iou.tolist(), giou=giou.tolist(), diou=diou.tolist(), ciou=ciou.tolist())

json.dump(dict(opencv=cv2.__version__, cases=opencv_cases()), open("opencv_nmsboxes.json", "w"))
json.dump(dict(ensemble_boxes=getattr(ensemble_boxes, "__version__", "?"), cases=wbf_cases()), open("ensemble_boxes_wbf.json", "w"))
json.dump(iou_cases(), open("torchvision_iou.json", "w"))
print("wrote opencv_nmsboxes.json, ensemble_boxes_wbf.json, torchvision_iou.json")
