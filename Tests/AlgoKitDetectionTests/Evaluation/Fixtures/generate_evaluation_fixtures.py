#!/usr/bin/env python3
"""Records reference outputs for AlgoKitDetection's evaluation tests (run once; outputs are committed).

  cd Tests/AlgoKitDetectionTests/Evaluation/Fixtures && /work/peers/venv/bin/python generate_evaluation_fixtures.py

- coco_<name>_gt.json / coco_<name>_dt.json: small synthetic COCO files (crowd boxes, all three area
  ranges, an `area` field that differs from w*h, a category without ground truth, images without
  detections, quantized scores so equal scores occur, >100 detections for one image/category).
- coco_expected.json: pycocotools COCOeval(iouType='bbox') stats (the twelve summarize() numbers),
  per-category AP@[.5:.95] (area all, maxDets 100, -1 without ground truth) and the printed lines.
- voc_expected.json: VOC AP (11-point and all-point, with and without the devkit's +1 pixel
  convention) from `voc_reference` below, a transcription of the published voc_eval.py algorithm
  (detections by descending score, stable on ties; each to its highest-IoU ground truth, first on
  IoU ties; IoU > 0.5 strictly; taken -> FP; difficult -> ignored).
"""
import json, random, io, contextlib
import numpy as np
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval

def make_coco(seed, n_images, n_cats, jitter, many=False):
    rng = random.Random(seed)
    images = [{"id": 3 * i + 7, "width": 640, "height": 480} for i in range(n_images)]
    cats = [{"id": 2 * c + 1, "name": "class%d" % c} for c in range(n_cats)]
    anns, dets = [], []
    aid = 1
    for img in images:
        for c in cats[:-1]:                      # the last category never has ground truth
            for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
                scale = rng.choice([8, 20, 31.5, 32, 40, 80, 96, 120, 250])
                w = round(scale * rng.uniform(0.5, 1.5) * 2) / 2
                h = round(scale * rng.uniform(0.5, 1.5) * 2) / 2
                if rng.random() < 0.1:
                    w, h = 32.0, 32.0           # area exactly 32^2: both small and medium
                x = round(rng.uniform(0, 640 - w) * 2) / 2
                y = round(rng.uniform(0, 480 - h) * 2) / 2
                crowd = 1 if rng.random() < 0.12 else 0
                area = w * h if rng.random() < 0.6 else round(w * h * rng.uniform(0.5, 1.0), 3)
                anns.append({"id": aid, "image_id": img["id"], "category_id": c["id"],
                             "bbox": [x, y, w, h], "area": area, "iscrowd": crowd})
                aid += 1
    by_img = {}
    for a in anns:
        by_img.setdefault(a["image_id"], []).append(a)
    for k, img in enumerate(images):
        if k % 5 == 4:
            continue                             # images without detections
        for a in by_img.get(img["id"], []):
            for _ in range(rng.choice([0, 1, 1, 2])):
                x, y, w, h = a["bbox"]
                dx, dy = rng.gauss(0, jitter) * w, rng.gauss(0, jitter) * h
                sw, sh = 1 + rng.gauss(0, jitter), 1 + rng.gauss(0, jitter)
                dets.append({"image_id": img["id"], "category_id": a["category_id"],
                             "bbox": [round(x + dx, 2), round(y + dy, 2), round(max(w * sw, 1), 2), round(max(h * sh, 1), 2)],
                             "score": round(rng.random(), 1)})
        for _ in range(rng.randint(0, 6)):       # background false positives, all categories
            c = rng.choice(cats)
            w, h = rng.uniform(5, 200), rng.uniform(5, 200)
            dets.append({"image_id": img["id"], "category_id": c["id"],
                         "bbox": [round(rng.uniform(0, 600), 2), round(rng.uniform(0, 400), 2), round(w, 2), round(h, 2)],
                         "score": round(rng.random(), 2)})
    if many:                                     # one image/category beyond maxDets = 100
        img = images[0]; c = cats[0]
        for _ in range(130):
            dets.append({"image_id": img["id"], "category_id": c["id"],
                         "bbox": [round(rng.uniform(0, 600), 1), round(rng.uniform(0, 400), 1), round(rng.uniform(10, 100), 1), round(rng.uniform(10, 100), 1)],
                         "score": round(rng.random(), 2)})
    rng.shuffle(dets)
    return {"images": images, "categories": cats, "annotations": anns}, dets

def run_cocoeval(gt_path, dt_path):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        gt = COCO(gt_path)
        dt = gt.loadRes(dt_path)
        ev = COCOeval(gt, dt, "bbox")
        ev.evaluate(); ev.accumulate()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ev.summarize()
    prec = ev.eval["precision"]
    per_cat = []
    for k in range(prec.shape[2]):
        s = prec[:, :, k, 0, 2]
        per_cat.append(float(np.mean(s[s > -1])) if (s > -1).any() else -1.0)
    return {"stats": [float(v) for v in ev.stats], "categoryIds": [int(c) for c in ev.params.catIds],
            "perCategoryAP": per_cat, "lines": out.getvalue().splitlines()}

def coco_fixtures():
    cases = [("jittered", 11, 12, 5, 0.08, True), ("noisy", 23, 20, 4, 0.25, False), ("tight", 31, 8, 3, 0.02, False)]
    expected = {"iouThrs": [float(v) for v in np.linspace(.5, 0.95, 10)],
                "recThrs": [float(v) for v in np.linspace(.0, 1.00, 101)], "cases": {}}
    for name, seed, n_img, n_cat, jitter, many in cases:
        gt, dt = make_coco(seed, n_img, n_cat, jitter, many)
        gp, dp = "coco_%s_gt.json" % name, "coco_%s_dt.json" % name
        json.dump(gt, open(gp, "w")); json.dump(dt, open(dp, "w"))
        expected["cases"][name] = run_cocoeval(gp, dp)
    json.dump(expected, open("coco_expected.json", "w"), indent=1)

# --- VOC devkit logic (voc_eval.py), written from the published algorithm ---------------------

def voc_ap(rec, prec, use_07):
    if use_07:
        ap = 0.0
        for t in np.arange(0.0, 1.1, 0.1):
            p = 0 if np.sum(rec >= t) == 0 else np.max(prec[rec >= t])
            ap = ap + p / 11.0
        return float(ap)
    mrec = np.concatenate(([0.0], rec, [1.0]))
    mpre = np.concatenate(([0.0], prec, [0.0]))
    for i in range(mpre.size - 1, 0, -1):
        mpre[i - 1] = max(mpre[i - 1], mpre[i])
    i = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1]))

def voc_reference(gts, dets, plus_one, use_07, thresh=0.5):
    """gts: list of (image, [x1,y1,x2,y2], difficult); dets: list of (image, [x1,y1,x2,y2], score)."""
    recs = {}
    for img, b, diff in gts:
        recs.setdefault(img, {"bbox": [], "difficult": [], "det": []})
        recs[img]["bbox"].append(b); recs[img]["difficult"].append(diff); recs[img]["det"].append(False)
    npos = sum(1 for g in gts if not g[2])
    order = np.argsort([-d[2] for d in dets], kind="stable")
    e = 1.0 if plus_one else 0.0
    tp = np.zeros(len(dets)); fp = np.zeros(len(dets))
    for rank, di in enumerate(order):
        img, bb, _ = dets[di]
        R = recs.get(img, {"bbox": [], "difficult": [], "det": []})
        ovmax, jmax = -np.inf, -1
        if R["bbox"]:
            G = np.array(R["bbox"], dtype=float)
            iw = np.maximum(np.minimum(G[:, 2], bb[2]) - np.maximum(G[:, 0], bb[0]) + e, 0.0)
            ih = np.maximum(np.minimum(G[:, 3], bb[3]) - np.maximum(G[:, 1], bb[1]) + e, 0.0)
            inters = iw * ih
            uni = (bb[2] - bb[0] + e) * (bb[3] - bb[1] + e) + (G[:, 2] - G[:, 0] + e) * (G[:, 3] - G[:, 1] + e) - inters
            ov = inters / uni
            ovmax, jmax = np.max(ov), int(np.argmax(ov))
        if ovmax > thresh:
            if not R["difficult"][jmax]:
                if not R["det"][jmax]:
                    tp[rank] = 1.0; R["det"][jmax] = True
                else:
                    fp[rank] = 1.0
        else:
            fp[rank] = 1.0
    fp = np.cumsum(fp); tp = np.cumsum(tp)
    rec = tp / float(npos)
    prec = tp / np.maximum(tp + fp, np.finfo(np.float64).eps)
    return voc_ap(rec, prec, use_07), [float(v) for v in rec], [float(v) for v in prec]

def voc_fixtures():
    rng = random.Random(77)
    cases = []
    for case in range(40):
        n_img = rng.randint(1, 6)
        gts, dets = [], []
        for img in range(n_img):
            for _ in range(rng.randint(0, 5)):
                x, y = rng.randint(0, 100), rng.randint(0, 100)
                w, h = rng.randint(3, 40), rng.randint(3, 40)
                gts.append((img, [x, y, x + w, y + h], rng.random() < 0.15))
        if not any(not g[2] for g in gts):
            gts.append((0, [10, 10, 30, 30], False))
        for img, b, _ in gts:
            for _ in range(rng.choice([0, 1, 1, 2])):
                d = [b[0] + rng.randint(-4, 4), b[1] + rng.randint(-4, 4), b[2] + rng.randint(-4, 4), b[3] + rng.randint(-4, 4)]
                if d[2] <= d[0]: d[2] = d[0] + 1
                if d[3] <= d[1]: d[3] = d[1] + 1
                dets.append((img, d, rng.randint(0, 10) / 10))
        for _ in range(rng.randint(0, 4)):
            x, y = rng.randint(0, 100), rng.randint(0, 100)
            dets.append((rng.randrange(n_img), [x, y, x + rng.randint(3, 40), y + rng.randint(3, 40)], rng.randint(0, 10) / 10))
        out = {"gt": [{"image": g[0], "box": g[1], "difficult": g[2]} for g in gts],
               "dt": [{"image": d[0], "box": d[1], "score": d[2]} for d in dets]}
        for plus_one in (False, True):
            for use_07 in (False, True):
                ap, rec, prec = voc_reference(gts, dets, plus_one, use_07)
                key = ("pixel" if plus_one else "continuous") + ("11" if use_07 else "All")
                out[key] = ap
                if not use_07:
                    out[("pixel" if plus_one else "continuous") + "Recall"] = rec
                    out[("pixel" if plus_one else "continuous") + "Precision"] = prec
        cases.append(out)
    json.dump({"cases": cases}, open("voc_expected.json", "w"))

if __name__ == "__main__":
    coco_fixtures()
    voc_fixtures()
