# Hand annotation of speakers3 (helper 104). Each entry: (span, kind, speaker);
# span is an index into the mechanical list of "..." spans of the text
# (spans.py) or the literal quote text where that list splits wrongly.
import json, re, os, sys
D, P = 'direct', 'partial'
G = {
# ---------------- A
'allsides-b2l6FUZj7vv4HXG7': dict(q=[(1,D,'Lindsey Graham'),(2,D,'Lindsey Graham'),(3,P,'Lindsey Graham'),(4,P,'Lindsey Graham'),
    (5,P,'North Korea'),(6,D,'Lindsey Graham'),(7,D,'Lindsey Graham'),(8,D,'Lindsey Graham'),(10,D,'Lindsey Graham'),
    (11,D,'Lindsey Graham'),(12,D,'Lindsey Graham'),(13,P,'Lindsey Graham'),(14,D,'Juan Williams'),(16,D,'Juan Williams')],
    nq=[(0,'show title'),(9,'repeat of the Graham quote as a pull quote (four/4)')]),
'allsides-oDLtLYcSNSBc3jpj': dict(q=[(0,P,'Ann Romney'),(1,D,'Ann Romney'),(2,D,'Ann Romney'),(3,D,'Barbara Bair'),(4,D,'Barbara Bair'),
    (5,D,'Kitty Dunn'),(6,D,'Ann Romney'),(7,D,'Ann Romney'),(8,P,'Ann Romney'),(9,D,'Ann Romney'),(10,D,'Greg Treat'),(11,D,'Greg Treat')]),
'allsides-5r9UjnYEg3aCEwMS': dict(q=[(0,D,'James Lankford'),(1,D,'James Lankford'),(2,P,None),(3,D,'James Lankford'),(4,D,'James Lankford'),
    (5,D,'Charles Schumer'),(6,D,'Trey Gowdy'),(7,D,'Trey Gowdy'),(8,D,'James Lankford'),(9,D,'James Lankford'),(10,D,'James Lankford'),
    (11,P,'John Kasich'),(12,D,'John Kasich'),(13,P,'John Kasich'),(14,D,'John Kasich'),(15,D,'John Kasich'),
    (16,D,'Carlos Curbelo'),(17,D,'Carlos Curbelo'),(18,D,'Carlos Curbelo')]),
'allsides-Z7kfzqNwxk9K4NFz': dict(q=[(0,D,'Obama'),(1,P,'Obama'),(2,P,'Obama'),(3,P,'Obama'),(4,P,'Obama'),(5,D,'Obama'),(6,P,'Obama'),
    (7,D,'Obama'),(8,D,'Obama'),(9,P,'John Cornyn'),(10,P,'Obama'),(11,D,'Obama'),(12,D,'Obama'),(13,P,'Obama'),(14,D,'Obama'),
    (15,D,'Obama'),(16,D,'Obama'),(17,P,'Obama'),(18,P,'Obama'),(19,D,'Obama'),(20,D,'Obama'),(21,D,'Obama'),(22,D,'Obama'),
    (23,P,'Obama'),(24,D,'Obama'),(25,P,'Obama'),(26,P,'Obama'),(27,P,'Obama'),(28,D,'Obama'),(29,D,'Obama'),(30,D,'Obama'),
    (31,P,'Obama'),(32,P,'progressives'),(33,D,'Obama'),(34,D,'Obama')],
    sp={'progressives':['some progressives','Many progressives']}),
'allsides-eCsYWwt67MPc5kqS': dict(q=[(0,D,'CNN'),(1,P,'Matt Apuzzo'),(2,P,'Donald Trump'),(3,D,'Donald Trump'),(4,P,'Donald Trump'),
    (5,P,'Donald Trump'),(6,D,'Dmitry Peskov'),(7,D,'Donald Trump'),(8,P,'Donald Trump'),(9,D,'Mike Johnson'),(10,D,'Mike Johnson'),
    (11,D,'Mike Johnson'),(12,P,'CNN'),(13,P,'Paul Manafort'),(14,D,'Paul Manafort')]),
'bbc-business-015': dict(q=[(0,P,'International Air Transport Association'),(1,P,None),(3,D,'Michael Cawley'),(4,P,'Marja Quillinan-Meiland'),
    (5,P,'Marja Quillinan-Meiland'),(6,D,'Andy Clarke'),(7,D,'Andy Clarke'),(8,D,'Jacques Barrot'),(9,D,'Jacques Barrot')],
    sp={'International Air Transport Association':['IATA']},
    nq=[(2,'second occurrence of the same term')]),
'bbc-politics-344': dict(q=[(1,D,'Michael Howard')],
    nq=[(0,"the writer's summary of the Tory message, not words anyone is reported to have said")]),
'bbc-entertainment-264': dict(q=[(0,D,'Norah Jones'),(1,P,'Jamie Foxx'),(2,P,'Rod Stewart'),(3,P,'Rod Stewart'),(4,D,'Brian Wilson')]),
'bbc-entertainment-153': dict(q=[(0,P,'Andre 3000'),(1,D,'Andre 3000'),(2,D,'Andre 3000'),(3,D,'Eminem'),(4,P,'Britney Spears'),
    (5,P,'Chester Bennington'),(6,P,'Muse'),(7,D,'Matt Bellamy')]),
'bbc-business-149': dict(q=[(0,D,'chief executive of a leading European car maker'),(1,P,'chief executive of a leading European car maker'),
    (2,P,'General Motors')],
    sp={'chief executive of a leading European car maker':['chief executive','the chief executive of a leading European car maker'],
        'General Motors':['GM']}),
# ---------------- B
'allsides-P9PMNZ5jX7vOTmix': dict(q=[(0,D,'Democratic National Committee'),(1,D,'Democratic National Committee'),(2,D,'Becks Nix'),
    (3,D,'Becks Nix'),(4,D,'Becks Nix'),(5,D,'Steve Stuglin'),(6,D,'Steve Stuglin'),(7,D,'Stacey Abrams'),(8,D,'Stacey Abrams'),
    (9,D,'Andra Gillespie'),(10,D,'Andra Gillespie'),(11,D,'Jason Carter'),(12,D,'Jason Carter'),(13,D,'Brian Robinson'),
    (14,D,'Brian Robinson'),(15,D,'Leo Smith'),(16,D,'Leo Smith')],
    sp={'Democratic National Committee':['the ad','ad','DNC']}),
'allsides-kqiTevnLHysPSbgD': dict(q=[(1,D,'Daron Shaw'),(2,D,'Daron Shaw')], nq=[(0,'a term, no speaker')]),
'allsides-BWxqAXjfuFNmBXTv': dict(q=[(0,D,'Congressional Budget Office'),(1,D,'Congressional Budget Office')],
    sp={'Congressional Budget Office':['CBO']}),
'allsides-sypJFsvmtxyN7dkU': dict(q=[(0,P,'Michael Horowitz'),(1,P,'Rudy Giuliani'),(3,P,'James Comey'),(4,P,'Rod Rosenstein'),
    (5,P,'Rod Rosenstein'),(6,P,'James Comey'),(7,P,'Donald Trump'),(9,P,'Rudy Giuliani'),(10,D,'Donald Trump')],
    nq=[(2,'repeat of "insubordinate"'),(8,'repeat of "anxiously awaiting"')]),
'allsides-KygAa6Xy8fskYYPE': dict(q=[('tons of ammo',P,'family member'),('put [a] gun to others heads in the past.',P,'family member'),
    ('Cruz’s gun ownership, desire to kill people, erratic behavior, and disturbing social media posts, as well as the potential of him conducting a school shooting.',P,None),
    (4,P,'Trump'),(5,P,'Trump'),(6,P,'Trump'),(7,P,'Richard Blumenthal'),(8,P,'Richard Blumenthal'),(9,D,'Rick Scott'),(10,P,'Rick Scott')],
    sp={'family member':['The family member','host family']}),
'bbc-politics-378': dict(q=[(0,P,'Tony Blair'),(1,P,'Tony Blair'),
    ('We are being advised by the police and the security services...',D,'Tony Blair'),
    ('What they say is you have got to give us powers in between mere surveillance of these people - there are several hundred of them in this country who we believe are engaged in plotting or trying to commit terrorist acts - you have got to give us power in between just surveying them and being able, being sure enough of the proof, to prosecute them beyond reasonable doubt.',D,'Tony Blair'),
    ('And these will be restrictions on their liberty that we will use only in the most limited circumstances.',D,'Tony Blair'),
    (6,P,'Michael Howard'),(7,D,'Michael Howard'),(8,P,'Michael Howard'),(9,P,'Shami Chakrabarti'),(10,P,'Shami Chakrabarti')],
    nq=[(2,'the name of the measure ("control orders"), used twice')]),
'bbc-politics-141': dict(q=[(0,P,'Michael Howard'),(1,P,'Michael Howard'),(2,P,'Michael Howard'),(3,P,'Tim Yeo'),(4,P,'Michael Howard'),
    (5,P,'Michael Howard'),(6,D,'Michael Howard'),(7,P,'Michael Howard'),(8,P,'Michael Howard'),(9,D,'Michael Howard'),
    (11,D,'Tory spokesman'),(12,P,'Mark Oaten'),(13,D,'Mark Oaten'),(14,P,'Guy Mansfield'),(15,D,'Guy Mansfield'),(16,P,'Douglas Hogg')],
    sp={'Tory spokesman':['spokesman','a spokesman']},
    nq=[(10,'"soft": the charge he denies, nobody named as saying it')]),
'bbc-entertainment-354': dict(q=[(0,P,'Leonardo DiCaprio'),
    ('Never in a million years did I think this was going to happen.',D,'Imelda Staunton'),
    ('Being here and just being nominated is great, but I hope it means more people will go and see the film as well.',D,'Imelda Staunton'),
    (3,D,'Cate Blanchett'),(4,P,'Sienna Miller'),(5,P,'Emma Watson'),(6,P,'crowd'),(7,P,'Keanu Reeves'),(8,D,'Keanu Reeves'),
    (9,D,'Martin Scorsese'),
    ('They give me a new energy when I see the best coming out of England and every two or three years is a whole new cycle of tough and young film-makers, and even the older ones are making good films.',D,'Martin Scorsese'),
    ('To recognise me in this way is a great honour.',D,'Martin Scorsese'),('meant a lot',P,'Clive Owen'),
    ('Just to be here really, at the Baftas. The bottom line is it is a celebration of British films.',D,'Clive Owen')],
    sp={'crowd':['the ever vocal crowd']}),
'bbc-tech-305': dict(q=[(0,D,'Reidar Wasenius'),
    ("If you have a Visual Radio enabled handset, when you hear an artist you don't know, or there's a competition or vote that you'd like to participate in, you pull out your handset and with one click you turn on a visual channel parallel to the on-air broadcast you've just been listening to.",D,'Reidar Wasenius'),
    (3,D,'Reidar Wasenius'),(4,D,'Reidar Wasenius'),(5,D,'Reidar Wasenius'),(6,D,'Steve Taylor'),
    ('Not only does this give listeners more information on the music we play but means they can instantly purchase things they like; mp3 music downloads and the latest gig tickets.',D,'Steve Taylor')],
    nq=[(2,'"red button": a name for a kind of TV content')]),
'bbc-tech-384': dict(q=[(0,P,'Chinese authorities'),(1,D,'State Administration of Radio, Film and Television'),
    (2,D,'State Administration of Radio, Film and Television'),(3,P,'Li Ruigang'),(4,D,'Jeanne-Marie Gescher')],
    sp={'Chinese authorities':['authorities','the authorities'],'State Administration of Radio, Film and Television':['SARFT','The SARFT']}),
}
def spans(t):
    t2 = t.replace('\u201c', '"').replace('\u201d', '"')
    return [(m.start(1), m.end(1)) for m in re.finditer(r'"([^"\n]*)("|\n|$)', t2)]
for part in 'AB':
    out = f'/work/wt104/testdata/speakers3/{part}'
    os.makedirs(out, exist_ok=True)
    arts = [json.loads(l) for l in open(f'/tmp/h104/{part}.jsonl')]
    with open(f'{out}/articles.jsonl', 'w') as f:
        for a in arts: f.write(json.dumps(a, ensure_ascii=False) + '\n')
    for a in arts:
        g = G[a['id']]; sp = spans(a['text'])
        def txt(s):
            if isinstance(s, int):
                b, e = sp[s]; return a['text'][b:e].strip()
            assert s in a['text'], s
            return s
        qs = [{'text': txt(s), 'speaker': who, 'kind': k} for s, k, who in g['q']]
        gold = {'article': 'articles.jsonl', 'id': a['id'], 'source': a['source'], 'title': a['title'],
                'quotes': qs, 'speakers': g.get('sp', {})}
        if g.get('nq'):
            gold['not_quotes'] = [{'text': txt(s), 'why': why} for s, why in g['nq']]
        with open(f"{out}/{a['id']}.gold.json", 'w') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write('\n')
        print(part, a['id'], len(qs))
