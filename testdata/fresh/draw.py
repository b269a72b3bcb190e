import gzip, json, random
random.seed(54001)
lines = gzip.open('/work/shared/corpus/allsides-10k.jsonl.gz','rt').read().splitlines()
dev = {json.loads(l)['id'] for l in open('/work/shared/eval/dev/articles.jsonl')}
order = random.sample(range(len(lines)), len(lines))
out = []
for i in order:
    r = json.loads(lines[i])
    t = r.get('text') or ''
    if len(t) < 2500 or len(t) > 9000: continue
    if not any(c in t for c in '"\u201c\u201d'): continue
    if r['id'] in dev: continue
    out.append({k: r.get(k, '') for k in ('id','title','source','date','text')})
    if len(out) == 12: break
with open('testdata/fresh/articles.jsonl','w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False)+'\n')
for r in out: print(r['id'], len(r['text']), r['source'], '|', r['title'])
