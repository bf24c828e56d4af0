#!/usr/bin/env python3
"""COCO-sized synthetic evaluation set, and the peers' timings on it (nothing here is committed data).

  /work/peers/venv/bin/python coco_synthetic.py [IMAGES=5000] [OUT=/tmp/algokit-coco]

Writes OUT/gt.json and OUT/dt.json, then times pycocotools and faster-coco-eval (load, then
evaluate + accumulate + summarize) on them and prints their stats. The set is the one
Benchmarks/algokit-bench/EvaluationBenchmarks.swift builds in memory (`detection/coco-eval`):
xorshift64 from the shared seed (Benchmarks/peers/seeded.py), per image 1 + floor(13.4 u) ground-truth
boxes (80 classes, ~1% crowd, sizes skewed small so all three area ranges occur; about 36,000 for
5,000 images) and exactly 100 detections (2 jittered copies of each ground truth, the rest random).
"""
import io, json, os, sys, time, contextlib

SEED = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1

class XorShift64:
    def __init__(self): self.state = SEED
    def next(self):
        s = self.state
        s ^= (s << 13) & MASK; s ^= s >> 7; s ^= (s << 17) & MASK
        self.state = s
        return s
    def uniform(self): return (self.next() >> 11) * 2.0 ** -53

def generate(n_images):
    rng = XorShift64(); u = rng.uniform
    images, anns, dets = [], [], []
    for img in range(1, n_images + 1):
        images.append({"id": img, "width": 640, "height": 480})
        gts = []
        for _ in range(1 + int(u() * 13.4)):
            cat = 1 + int(u() * 80)
            s = u(); w = 4 + s * s * 300
            h = w * (0.5 + u())
            x = u() * 600; y = u() * 400
            crowd = 1 if u() < 0.01 else 0
            g = {"id": len(anns) + 1, "image_id": img, "category_id": cat, "bbox": [x, y, w, h], "area": w * h, "iscrowd": crowd}
            anns.append(g); gts.append(g)
        for k in range(100):
            if k < 2 * len(gts):
                g = gts[k % len(gts)]; gx, gy, gw, gh = g["bbox"]; cat = g["category_id"]
                x = gx + (u() - 0.5) * 0.2 * gw; y = gy + (u() - 0.5) * 0.2 * gh
                w = gw * (0.8 + 0.4 * u()); h = gh * (0.8 + 0.4 * u())
            else:
                cat = 1 + int(u() * 80)
                w = 4 + u() * 200; h = 4 + u() * 200
                x = u() * 600; y = u() * 400
            dets.append({"image_id": img, "category_id": cat, "bbox": [x, y, w, h], "score": u()})
    cats = [{"id": c, "name": "class%d" % c} for c in range(1, 81)]
    return {"images": images, "annotations": anns, "categories": cats}, dets

def time_peer(name, COCO, COCOeval, gt_path, dt_path):
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet):
        t0 = time.perf_counter()
        gt = COCO(gt_path); dt = gt.loadRes(dt_path)
        t1 = time.perf_counter()
        ev = COCOeval(gt, dt, "bbox"); ev.evaluate(); ev.accumulate(); ev.summarize()
        t2 = time.perf_counter()
    print("%-18s load %.2f s, evaluate+accumulate+summarize %.2f s, total %.2f s" % (name, t1 - t0, t2 - t1, t2 - t0))
    print("  stats", [round(float(v), 6) for v in ev.stats])

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/algokit-coco"
    os.makedirs(out, exist_ok=True)
    gt, dt = generate(n)
    gp, dp = os.path.join(out, "gt.json"), os.path.join(out, "dt.json")
    json.dump(gt, open(gp, "w")); json.dump(dt, open(dp, "w"))
    print("%d images, %d ground-truth boxes, %d detections -> %s" % (n, len(gt["annotations"]), len(dt), out))
    if "--no-peers" in sys.argv: sys.exit(0)
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval
    time_peer("pycocotools", COCO, COCOeval, gp, dp)
    try:
        from faster_coco_eval import COCO as FCOCO, COCOeval_faster
        time_peer("faster-coco-eval", FCOCO, COCOeval_faster, gp, dp)
    except ImportError as e:
        print("faster-coco-eval not installed:", e)
