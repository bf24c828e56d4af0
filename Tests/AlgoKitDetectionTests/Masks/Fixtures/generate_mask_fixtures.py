#!/usr/bin/env python3
"""Records pycocotools' mask API outputs for AlgoKitDetection's RunLengthMask tests (outputs committed).

  cd Tests/AlgoKitDetectionTests/Masks/Fixtures && /work/main/.peers/venv/bin/python generate_mask_fixtures.py

Masks are written as column-major '0'/'1' strings (pycocotools' Fortran order), RLEs as
{"h", "w", "string"} with pycocotools' compressed counts; "counts" lists are uncompressed runs
read from the mask with numpy (independently of pycocotools), or given verbatim for hand-made
non-canonical RLEs (zero-length runs), which pycocotools accepts through frPyObjects.

- encode.json: mask.encode / area / toBbox / decode of random masks of odd sizes (empty, full,
  border-touching, stripes, single pixels, large images for long runs and negative deltas).
- polygons.json: frPyObjects on polygons (random, several per object merged as COCO.annToRLE,
  vertices on half-pixel and .1/.9 positions, outside or crossing the border, self-crossing,
  repeated points, huge coordinates), frPyObjects on boxes.
- merge.json: merge(intersect=0/1) of 0..4 masks, including the hand-made non-canonical RLEs.
- iou.json: iou(dt, gt, iscrowd) on RLE sets, crowd flags random.
- quirks.json: toBbox/area/merge/decode on non-canonical uncompressed RLEs (zero-length runs).
"""
import json, random
import numpy as np
from pycocotools import mask as M

rng = random.Random(20261208)
nrng = np.random.default_rng(20261208)

def mstr(a):
    return ''.join('1' if v else '0' for v in np.asarray(a).flatten(order='F'))

def runs(a):
    flat = np.asarray(a).flatten(order='F')
    out, cur, n = [], 0, 0
    for v in flat:
        if v != cur:
            out.append(n); n = 0; cur = v
        n += 1
    out.append(n)
    return [int(x) for x in out]

def rec(r):
    return dict(h=int(r['size'][0]), w=int(r['size'][1]), string=r['counts'].decode('ascii'))

def random_mask(h, w):
    kind = rng.choice(['random', 'random', 'blobs', 'empty', 'full', 'border', 'stripes', 'pixel'])
    if kind == 'random':
        a = (nrng.random((h, w)) < rng.choice([0.05, 0.3, 0.5, 0.9])).astype(np.uint8)
    elif kind == 'blobs':
        a = np.zeros((h, w), np.uint8)
        for _ in range(rng.randint(1, 4)):
            y0, x0 = rng.randint(0, h - 1), rng.randint(0, w - 1)
            a[y0:y0 + rng.randint(1, h), x0:x0 + rng.randint(1, w)] = 1
    elif kind == 'empty':
        a = np.zeros((h, w), np.uint8)
    elif kind == 'full':
        a = np.ones((h, w), np.uint8)
    elif kind == 'border':
        a = np.zeros((h, w), np.uint8)
        side = rng.choice(['top', 'bottom', 'left', 'right', 'corner'])
        if side == 'top': a[0, :] = 1
        elif side == 'bottom': a[h - 1, :] = 1
        elif side == 'left': a[:, 0] = 1
        elif side == 'right': a[:, w - 1] = 1
        else: a[h - 1, w - 1] = 1; a[0, 0] = 1
    elif kind == 'stripes':
        a = np.zeros((h, w), np.uint8)
        a[rng.randint(0, h - 1):, :] = 1
    else:
        a = np.zeros((h, w), np.uint8)
        a[rng.randint(0, h - 1), rng.randint(0, w - 1)] = 1
    return kind, np.asfortranarray(a)

def encode_cases():
    cases = []
    sizes = [(1, 1), (1, 7), (7, 1), (2, 2), (3, 5), (5, 3)] + [
        (rng.choice(range(1, 40, 2)), rng.choice(range(1, 40, 2))) for _ in range(60)] + [
        (rng.randint(1, 33), rng.randint(1, 33)) for _ in range(40)] + [(97, 131), (240, 321), (480, 640)]
    for h, w in sizes:
        kind, a = random_mask(h, w)
        r = M.encode(a)
        dec = M.decode(r)
        assert (dec == a).all()
        cases.append(dict(kind=kind, h=h, w=w, mask=mstr(a), counts=runs(a), string=r['counts'].decode('ascii'),
                          area=int(M.area(r)), bbox=[float(v) for v in M.toBbox(r)]))
    # Zero-size images (pycocotools encodes them as counts [0]).
    for h, w in [(0, 3), (4, 0), (0, 0)]:
        r = M.encode(np.asfortranarray(np.zeros((h, w), np.uint8)))
        cases.append(dict(kind='zero-size', h=h, w=w, mask='', counts=[0], string=r['counts'].decode('ascii'),
                          area=int(M.area(r)), bbox=[float(v) for v in M.toBbox(r)]))
    return cases

def random_polygon(h, w):
    kind = rng.choice(['inside', 'inside', 'crossing', 'outside', 'halfgrid', 'tenths', 'star', 'repeat', 'thin'])
    n = rng.randint(3, 12)
    if kind == 'inside':
        pts = [(rng.uniform(0, w), rng.uniform(0, h)) for _ in range(n)]
    elif kind == 'crossing':
        pts = [(rng.uniform(-0.3 * w, 1.3 * w), rng.uniform(-0.3 * h, 1.3 * h)) for _ in range(n)]
    elif kind == 'outside':
        pts = [(rng.uniform(-2 * w, 3 * w), rng.uniform(-2 * h, 3 * h)) for _ in range(n)]
    elif kind == 'halfgrid':
        pts = [(rng.randint(-2, 2 * w + 2) / 2, rng.randint(-2, 2 * h + 2) / 2) for _ in range(n)]
    elif kind == 'tenths':
        pts = [(rng.randint(-10, 10 * w + 10) / 10, rng.randint(-10, 10 * h + 10) / 10) for _ in range(n)]
    elif kind == 'star':
        pts = [(rng.uniform(0, w), rng.uniform(0, h)) for _ in range(n)]  # random order: self-crossing
    elif kind == 'repeat':
        pts = [(rng.randint(0, w), rng.randint(0, h)) for _ in range(n)]
        i = rng.randrange(n); pts.insert(i, pts[i]); pts.append(pts[0])
    else:
        x = rng.uniform(0, w); y0 = rng.uniform(-1, h); y1 = rng.uniform(-1, h + 1)
        pts = [(x, y0), (x + rng.uniform(0, 0.6), y1), (x + rng.uniform(0, 0.3), y1 + 0.2)]
    return kind, [float(c) for p in pts for c in p]

def polygon_cases():
    cases = []
    fixed = [
        (10, 10, [[1, 1, 8, 1, 1, 6]]),
        (10, 10, [[0, 0, 10, 0, 10, 10, 0, 10]]),                  # the whole image
        (10, 10, [[-5, -5, 15, -5, 15, 15, -5, 15]]),              # covers it
        (10, 10, [[0, 0, 4, 0, 4, 4], [6, 6, 9, 6, 9, 9]]),        # two parts
        (10, 10, [[0, 0, 6, 0, 6, 6, 0, 6], [3, 3, 9, 3, 9, 9, 3, 9]]),  # overlapping parts
        (10, 10, [[20, 20, 30, 20, 30, 30]]),                      # entirely outside
        (10, 10, [[2, 2, 2, 2, 2, 2]]),                            # one point
        (10, 10, [[1, 1, 5, 5, 9, 9]]),                            # collinear
        (10, 10, [[0.5, 0.5, 5.5, 0.5, 5.5, 5.5, 0.5, 5.5]]),
        (10, 10, [[-0.1, -0.1, 3.3, -0.7, 3.9, 4.1]]),
        (7, 5, [[0, 0, 5, 7, 0, 7, 5, 0]]),                        # bow tie
        (1, 1, [[0, 0, 1, 0, 1, 1]]),
        (0, 10, [[1, 1, 8, 1, 1, 6]]),
        (480, 640, [[10.3, 20.7, 600.2, 35.1, 630.9, 470.4, 300.5, 479.9, 5.1, 300.2]]),
        (50, 60, [[-1e6, -1e6, 1e6, -1e6, 0, 1e6]]),               # huge coordinates
        (50, 60, [[30, -1e7, 30.4, 1e7, 30.2, 1e7]]),             # huge, nearly vertical
    ]
    for h, w, polys in fixed:
        cases.append(dict(kind='fixed', h=h, w=w, polygons=polys))
    for _ in range(200):
        h, w = rng.randint(1, 40), rng.randint(1, 40)
        count = rng.choice([1, 1, 1, 2, 3, 4])
        polys, kinds = [], []
        for _ in range(count):
            k, p = random_polygon(h, w)
            polys.append(p); kinds.append(k)
        cases.append(dict(kind='+'.join(kinds), h=h, w=w, polygons=polys))
    for c in cases:
        h, w, polys = c['h'], c['w'], c['polygons']
        rles = M.frPyObjects(polys, h, w)
        c['each'] = [r['counts'].decode('ascii') for r in rles]
        merged = M.merge(rles)
        c['merged'] = merged['counts'].decode('ascii')
        if h * w > 0:
            c['mask'] = mstr(M.decode(merged))
            c['area'] = int(M.area(merged))
            c['bbox'] = [float(v) for v in M.toBbox(merged)]
    boxes = []
    for _ in range(80):
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        b = [rng.uniform(-5, w + 2), rng.uniform(-5, h + 2), rng.uniform(0, w), rng.uniform(0, h)]
        if rng.random() < 0.3:
            b = [rng.randint(-2, w), rng.randint(-2, h), rng.randint(0, w), rng.randint(0, h)]
        r = M.frPyObjects(np.array([b], dtype=np.float64), h, w)[0]
        boxes.append(dict(h=h, w=w, box=[float(v) for v in b], string=r['counts'].decode('ascii')))
    return cases, boxes

HANDMADE = [  # (h, w, counts): non-canonical but summing to h*w, accepted by pycocotools
    (3, 3, [0, 0, 9]), (3, 3, [4, 0, 5]), (3, 3, [2, 0, 0, 3, 4]), (3, 3, [0, 9, 0]),
    (3, 3, [3, 3, 3, 0]), (3, 3, [1, 2, 0, 2, 4]), (3, 3, [9, 0]), (3, 3, [4, 5, 0, 0]), (3, 3, [0, 0, 0, 0, 9]),
    (2, 4, [1, 1, 0, 1, 0, 2, 3]), (2, 4, [0, 8]), (2, 4, [8]), (2, 4, [2, 3, 0, 0, 3]),
]

def handmade_rle(h, w, counts):
    return M.frPyObjects({'size': [h, w], 'counts': counts}, h, w)

def random_rle_set(h, w, n):
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            _, a = random_mask(h, w)
            out.append(M.encode(a))
        else:
            polys = [random_polygon(h, w)[1] for _ in range(rng.randint(1, 2))]
            out.append(M.merge(M.frPyObjects(polys, h, w)))
    return out

def merge_cases():
    cases = []
    for _ in range(120):
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        rles = random_rle_set(h, w, rng.randint(1, 4))
        cases.append(dict(h=h, w=w, inputs=[r['counts'].decode('ascii') for r in rles],
                          union=M.merge(rles, intersect=0)['counts'].decode('ascii'),
                          intersection=M.merge(rles, intersect=1)['counts'].decode('ascii')))
    groups = {}
    for h, w, c in HANDMADE:
        groups.setdefault((h, w), []).append(c)
    for (h, w), cs in groups.items():
        for _ in range(10):
            picked = [rng.choice(cs) for _ in range(rng.randint(2, 3))]
            rles = [handmade_rle(h, w, c) for c in picked]
            cases.append(dict(h=h, w=w, inputs=[r['counts'].decode('ascii') for r in rles],
                              union=M.merge(rles, intersect=0)['counts'].decode('ascii'),
                              intersection=M.merge(rles, intersect=1)['counts'].decode('ascii')))
    return cases

def iou_cases():
    cases = []
    for _ in range(80):
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        dt = random_rle_set(h, w, rng.randint(1, 6))
        gt = random_rle_set(h, w, rng.randint(1, 6))
        crowd = [rng.random() < 0.3 for _ in gt]
        o = np.array(M.iou(dt, gt, [int(c) for c in crowd]))
        cases.append(dict(h=h, w=w, dt=[r['counts'].decode('ascii') for r in dt],
                          gt=[r['counts'].decode('ascii') for r in gt], iscrowd=crowd,
                          iou=[[float(v) for v in row] for row in o]))
    return cases

def quirk_cases():
    cases = []
    for h, w, c in HANDMADE:
        r = handmade_rle(h, w, c)
        cases.append(dict(h=h, w=w, counts=c, string=r['counts'].decode('ascii'), area=int(M.area(r)),
                          bbox=[float(v) for v in M.toBbox(r)], mask=mstr(M.decode(r))))
    return cases

polys, boxes = polygon_cases()
for name, data in [('encode', encode_cases()), ('polygons', polys), ('boxes', boxes), ('merge', merge_cases()),
                   ('iou', iou_cases()), ('quirks', quirk_cases())]:
    with open(f'{name}.json', 'w') as f:
        json.dump(data, f, separators=(',', ':'))
    print(name, len(data))
