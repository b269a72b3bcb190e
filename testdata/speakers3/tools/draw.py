import gzip, json, random
random.seed(62004)
excl = set(open('/tmp/kit/exclude-ids.txt').read().split())
def ok(d):
    t = d.get('text') or ''
    n = sum(t.count(c) for c in '"\u201c\u201d')
    return 2500 <= len(t) <= 9000 and n >= 3 and d['id'] not in excl
al = [json.loads(l) for l in gzip.open('/work/shared/corpus/allsides-10k.jsonl.gz', 'rt')]
alsrc = set(d['source'] for d in al)
c1 = [d for d in al if ok(d)]
nw = [json.loads(l) for l in gzip.open('/work/shared/corpus/news-60k.jsonl.gz', 'rt')]
c2 = [d for d in nw if ok(d) and d['source'] not in alsrc and d['id'].split('-')[0] in ('reuters21578', 'bbc')]
print(len(c1), len(c2))
s1 = random.sample(c1, 10); s2 = random.sample(c2, 10)
A = s1[:5] + s2[:5]; B = s1[5:] + s2[5:]
for name, S in (('A', A), ('B', B)):
    with open(f'/tmp/h104/{name}.jsonl', 'w') as f:
        for d in S:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
            print(name, d['id'], d['source'], len(d['text']), d['title'][:60])
