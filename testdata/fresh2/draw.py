import gzip, json, random
# Second held-out set: 8 allsides articles, then 6 wire/world news articles.
random.seed(58001)
WIRE = {'Reuters', 'BBC News', 'Associated Press', 'NPR Online News'}
seen = {json.loads(l)['id'] for l in open('/work/shared/eval/dev/articles.jsonl')}
seen |= {json.loads(l)['id'] for l in open('testdata/fresh/articles.jsonl')}

def ok(r):
    t = r.get('text') or ''
    if len(t) < 2500 or len(t) > 9000: return False
    if not any(c in t for c in '"\u201c\u201d'): return False
    return r['id'] not in seen

def draw(path, n, keep=lambda r: True):
    lines = gzip.open(path, 'rt').read().splitlines()
    order = random.sample(range(len(lines)), len(lines))
    out = []
    for i in order:
        r = json.loads(lines[i])
        if not keep(r) or not ok(r): continue
        out.append({k: r.get(k, '') for k in ('id','title','source','date','text')})
        seen.add(r['id'])
        if len(out) == n: break
    return out

out = draw('/work/shared/corpus/allsides-10k.jsonl.gz', 8)
out += draw('/work/shared/corpus/news-60k.jsonl.gz', 6, lambda r: r.get('source') in WIRE)
with open('testdata/fresh2/articles.jsonl','w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False)+'\n')
for r in out: print(r['id'], len(r['text']), r['source'], '|', r['title'])
