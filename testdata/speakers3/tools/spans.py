import json, re, sys
for l in open(sys.argv[1]):
    d = json.loads(l)
    if len(sys.argv) > 2 and d['id'] != sys.argv[2]: continue
    print('=====', d['id'], '|', d['source'], '|', d['title'])
    print(d['text'])
    print('--- spans')
    t = d['text'].replace('\u201c', '"').replace('\u201d', '"')
    for i, m in enumerate(re.finditer(r'"([^"\n]*)("|\n|$)', t)):
        print(i, repr(m.group(1)[:100]))
