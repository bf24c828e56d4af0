#!/usr/bin/env python3
"""Records pycocotools' COCOeval(iouType='segm') on synthetic mask data (outputs committed).

  cd Tests/AlgoKitDetectionTests/Masks/Fixtures && /work/main/.peers/venv/bin/python generate_segm_eval_fixtures.py

segm_eval.json: {"cases": [{"images": [{id, height, width}], "annotations": [...], "detections": [...],
"stats": [12 numbers]}]}. Ground truth mixes polygons (1-3 parts), uncompressed crowd RLEs and
compressed RLEs; some annotations carry an `area` field different from the mask area (pycocotools
uses the field). Detections are compressed RLEs: jittered copies of ground truth, unions of parts,
random false positives and empty masks, scores with ties.
"""
import json, random, contextlib, io, copy
import numpy as np
from pycocotools import mask as M
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval

rng = random.Random(20261208)

def polygon(cx, cy, r, n):
    pts = []
    for i in range(n):
        a = 2 * np.pi * i / n + rng.uniform(-0.2, 0.2)
        rr = r * rng.uniform(0.6, 1.2)
        pts += [float(cx + rr * np.cos(a)), float(cy + rr * np.sin(a))]
    return pts

def make_case(n_images, n_cats):
    images, anns, dets = [], [], []
    aid = 1
    for i in range(n_images):
        h, w = rng.choice([31, 47, 64, 99, 120]), rng.choice([33, 50, 77, 128, 160])
        images.append(dict(id=i + 1, height=h, width=w))
        for _ in range(rng.randint(0, 6)):
            cat = rng.randint(1, n_cats)
            cx, cy = rng.uniform(-5, w + 5), rng.uniform(-5, h + 5)
            r = rng.uniform(2, min(h, w) / 2)
            kind = rng.choice(['poly', 'poly', 'multipoly', 'crowd', 'rle'])
            if kind == 'poly':
                seg = [polygon(cx, cy, r, rng.randint(3, 10))]
            elif kind == 'multipoly':
                seg = [polygon(cx + rng.uniform(-r, r), cy + rng.uniform(-r, r), r / 2, rng.randint(3, 8))
                       for _ in range(rng.randint(2, 3))]
            else:
                rle = M.merge(M.frPyObjects([polygon(cx, cy, r, 8)], h, w))
                if kind == 'crowd':
                    m = M.decode(rle).flatten(order='F')
                    counts, cur, n = [], 0, 0
                    for v in m:
                        if v != cur: counts.append(n); n = 0; cur = v
                        n += 1
                    counts.append(n)
                    seg = dict(size=[h, w], counts=[int(c) for c in counts])
                else:
                    seg = dict(size=[h, w], counts=rle['counts'].decode('ascii'))
            rle = M.merge(M.frPyObjects(seg, h, w)) if isinstance(seg, list) else (
                M.frPyObjects(seg, h, w) if isinstance(seg['counts'], list) else
                dict(size=seg['size'], counts=seg['counts'].encode('ascii')))
            area = float(M.area(rle))
            if rng.random() < 0.15: area = float(rng.uniform(0, 12000))
            bbox = [float(v) for v in M.toBbox(rle)]
            anns.append(dict(id=aid, image_id=i + 1, category_id=cat, segmentation=seg, area=area, bbox=bbox,
                             iscrowd=1 if kind == 'crowd' else 0))
            aid += 1
            # Detections near this object.
            for _ in range(rng.choice([0, 1, 1, 2])):
                dcat = cat if rng.random() < 0.85 else rng.randint(1, n_cats)
                jit = rng.uniform(0, r / 2)
                poly = polygon(cx + rng.uniform(-jit, jit), cy + rng.uniform(-jit, jit), r * rng.uniform(0.7, 1.3), 9)
                drle = M.frPyObjects([poly], h, w)[0]
                dets.append(dict(image_id=i + 1, category_id=dcat, segmentation=dict(size=[h, w],
                            counts=drle['counts'].decode('ascii')), score=round(rng.uniform(0, 1), 2)))
        for _ in range(rng.randint(0, 3)):   # false positives, some empty
            if rng.random() < 0.2:
                drle = M.encode(np.asfortranarray(np.zeros((h, w), np.uint8)))
            else:
                drle = M.frPyObjects([polygon(rng.uniform(0, w), rng.uniform(0, h), rng.uniform(2, 20), 6)], h, w)[0]
            dets.append(dict(image_id=i + 1, category_id=rng.randint(1, n_cats), segmentation=dict(size=[h, w],
                        counts=drle['counts'].decode('ascii')), score=round(rng.uniform(0, 1), 1)))
    return images, anns, dets

def evaluate(images, anns, dets, n_cats):
    gt = COCO()
    gt.dataset = dict(images=copy.deepcopy(images), annotations=copy.deepcopy(anns), categories=[dict(id=c) for c in range(1, n_cats + 1)])
    with contextlib.redirect_stdout(io.StringIO()):
        gt.createIndex()
        dt = gt.loadRes(copy.deepcopy(dets))
        e = COCOeval(gt, dt, iouType='segm')
        e.evaluate(); e.accumulate(); e.summarize()
    return [float(s) for s in e.stats]

cases = []
for _ in range(12):
    n_cats = rng.randint(1, 3)
    images, anns, dets = make_case(rng.randint(1, 8), n_cats)
    if not dets or not anns:
        continue
    stats = evaluate(images, anns, dets, n_cats)
    cases.append(dict(images=images, categories=list(range(1, n_cats + 1)), annotations=anns, detections=dets,
                      stats=stats))
with open('segm_eval.json', 'w') as f:
    json.dump(dict(cases=cases), f, separators=(',', ':'))
print(len(cases), [c['stats'][0] for c in cases])
