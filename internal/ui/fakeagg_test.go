package ui

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"storytui/internal/aggregate"
	"storytui/internal/corpus"
	"storytui/internal/extract"
	"storytui/internal/index"
)

// fakeQuote is a quote of a fake article; quotes with the same group are
// one entry, the other wordings its variants.
type fakeQuote struct{ text, speaker, group string }

// fakeExtract is what the fake "extracts" from one article; offsets are
// found in the text when the fake is built.
type fakeExtract struct {
	people    []extract.Person
	quotes    []fakeQuote
	reactions []extract.Reaction
}

func person(name, role, party string, aliases ...string) extract.Person {
	return extract.Person{Name: name, Role: role, Party: party, Aliases: aliases, Mentions: 1 + len(aliases)}
}

// fakeExtracts is the extraction of the articles of newFake and
// newRichFake, by id.
func fakeExtracts() map[string]fakeExtract {
	sessions := person("Jeff Sessions", "Attorney General", "Republican", "Sessions")
	return map[string]fakeExtract{
		"a1": {
			people: []extract.Person{sessions, person("Al Franken", "Senator", "Democrat", "Franken")},
			quotes: []fakeQuote{{"I have now decided to recuse myself,", "Jeff Sessions", "recuse"}},
			reactions: []extract.Reaction{
				{Who: "Al Franken", Role: "Senator", Party: "Democrat", Stance: "demands", Action: "testify", Quote: "return to the committee to explain his testimony"},
			},
		},
		"a2": {
			people: []extract.Person{person("Nancy Pelosi", "House Minority Leader", "Democrat", "Pelosi"), sessions},
			quotes: []fakeQuote{{"He is not fit to serve as the top law enforcement officer of our country and must resign,", "Nancy Pelosi", "fit"}},
			reactions: []extract.Reaction{
				{Who: "Nancy Pelosi", Role: "House Minority Leader", Party: "Democrat", Stance: "demands", Action: "resign", Quote: "He is not fit to serve as the top law enforcement officer of our country and must resign"},
			},
		},
		"a5": {
			people: []extract.Person{sessions, person("Sarah Isgur Flores", "spokeswoman", "")},
			quotes: []fakeQuote{
				{"I never met with any Russian officials to discuss issues of the campaign,", "Jeff Sessions", "never"},
				{"There was absolutely nothing misleading about his answer,", "Sarah Isgur Flores", "misleading"},
			},
			reactions: []extract.Reaction{
				{Who: "Sarah Isgur Flores", Role: "spokeswoman", Stance: "denies", Quote: "There was absolutely nothing misleading about his answer"},
			},
		},
		"a6": {
			people: []extract.Person{sessions},
			quotes: []fakeQuote{{"I never met with any Russian officials to discuss issues of the campaign,", "Jeff Sessions", "never"}},
		},
		"a7": {
			people: []extract.Person{sessions},
			quotes: []fakeQuote{{"I never met with Russian officials to discuss the campaign,", "Jeff Sessions", "never"}},
			reactions: []extract.Reaction{
				{Who: "Paul Ryan", Role: "House Speaker", Party: "Republican", Stance: "supports", Quote: "Sessions did the right thing"},
			},
		},
	}
}

// newRichFake is newFake plus three articles that carry the same
// Sessions quote: twice word for word (ABC News, CNN), once reworded.
func newRichFake() *fakeBackend {
	f := newFake()
	f.articles = append(f.articles,
		corpus.Article{
			ID: "a5", Title: "Sessions met with Russian envoy twice last year", Source: "ABC News", Date: day(2),
			URL: "https://abcnews.example/sessions-envoy",
			Text: "Attorney General Jeff Sessions met twice with the Russian ambassador.\n\n" +
				"\"I never met with any Russian officials to discuss issues of the campaign,\" Sessions said in a statement Wednesday night.\n\n" +
				"\"There was absolutely nothing misleading about his answer,\" said spokeswoman Sarah Isgur Flores.",
		},
		corpus.Article{
			ID: "a6", Title: "Sessions denies discussing campaign with Russians", Source: "CNN", Date: day(1),
			Text: "Jeff Sessions denied the reports.\n\n\"I never met with any Russian officials to discuss issues of the campaign,\" Sessions said.",
		},
		corpus.Article{
			ID: "a7", Title: "Ryan backs Sessions", Source: "Fox Fake", Date: day(4), URL: "https://fox.example/ryan",
			Text: "Sessions had said: \"I never met with Russian officials to discuss the campaign,\" and Speaker Paul Ryan said Sessions did the right thing.",
		},
	)
	return f
}

// extractOf builds the extract.Result of article a with real offsets.
func extractOf(a corpus.Article) (extract.Result, []fakeQuote) {
	fx, ok := fakeExtracts()[a.ID]
	if !ok {
		return extract.Result{}, nil
	}
	res := extract.Result{People: fx.people, Reactions: fx.reactions}
	for _, q := range fx.quotes {
		i := strings.Index(a.Text, q.text)
		if i < 0 {
			panic(fmt.Sprintf("fake quote %q not in %s", q.text, a.ID))
		}
		res.Quotes = append(res.Quotes, extract.Quote{Text: q.text, Speaker: q.speaker, Kind: "direct", Start: i, End: i + len(q.text)})
	}
	return res, fx.quotes
}

// inScope lists the articles of a scope, newest first. The caller holds
// f.mu.
func (f *fakeBackend) inScope(scope index.Scope) []corpus.Article {
	var out []corpus.Article
	ts := terms(scope.Query)
	for _, a := range f.articles {
		if scope.StoryID != "" && fakeStoryOf(a.ID) != scope.StoryID {
			continue
		}
		switch {
		case scope.ArticleID != "":
			if a.ID != scope.ArticleID {
				continue
			}
		case len(ts) > 0:
			if len(findAll(a.Title, ts))+len(findAll(a.Text, ts)) == 0 {
				continue
			}
		}
		out = append(out, a)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.After(out[j].Date) })
	return out
}

func sourceOf(a corpus.Article, start, end int) aggregate.Source {
	ctx := a.Text
	if p := strings.LastIndex(a.Text[:start], "\n\n"); p >= 0 {
		ctx = a.Text[p+2:]
	}
	if p := strings.Index(ctx, "\n\n"); p >= 0 {
		ctx = ctx[:p]
	}
	return aggregate.Source{
		ArticleID: a.ID, Title: a.Title, Outlet: a.Source, Date: a.Date, DateText: dateOf(a.Date, a.DateText),
		URL: a.URL, Start: start, End: end, Context: ctx, Text: a.Text[start:end],
	}
}

func (f *fakeBackend) People(ctx context.Context, scope index.Scope) ([]aggregate.Person, index.Sample, error) {
	out, err := f.people(ctx, scope)
	f.mu.Lock()
	defer f.mu.Unlock()
	return out, f.sample, err
}

func (f *fakeBackend) people(ctx context.Context, scope index.Scope) ([]aggregate.Person, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, fmt.Sprintf("people %+v", scope))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	byKey := map[string]*aggregate.Person{}
	var keys []string
	for _, a := range f.inScope(scope) {
		ex, _ := extractOf(a)
		for _, p := range ex.People {
			k := strings.ToLower(p.Name)
			ap, ok := byKey[k]
			if !ok {
				ap = &aggregate.Person{Key: k, Name: p.Name, Aliases: p.Aliases, Role: p.Role, Party: p.Party}
				byKey[k] = ap
				keys = append(keys, k)
			}
			ap.Articles++
			ap.Mentions += p.Mentions
			for _, q := range ex.Quotes {
				if strings.EqualFold(q.Speaker, p.Name) {
					ap.Quotes++
				}
			}
		}
	}
	out := make([]aggregate.Person, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	return out, nil
}

func (f *fakeBackend) Quotes(ctx context.Context, key string, scope index.Scope) ([]aggregate.Quote, index.Sample, error) {
	out, err := f.quotes(ctx, key, scope)
	f.mu.Lock()
	defer f.mu.Unlock()
	return out, f.sample, err
}

func (f *fakeBackend) quotes(ctx context.Context, key string, scope index.Scope) ([]aggregate.Quote, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, fmt.Sprintf("quotes %s %+v", key, scope))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type wording struct {
		text    string
		sources []aggregate.Source
	}
	groups := map[string][]*wording{}
	var order []string
	for _, a := range f.inScope(scope) {
		ex, fq := extractOf(a)
		for i, q := range ex.Quotes {
			if strings.ToLower(q.Speaker) != key {
				continue
			}
			g := fq[i].group
			if _, ok := groups[g]; !ok {
				order = append(order, g)
			}
			var w *wording
			for _, o := range groups[g] {
				if o.text == q.Text {
					w = o
				}
			}
			if w == nil {
				w = &wording{text: q.Text}
				groups[g] = append(groups[g], w)
			}
			w.sources = append(w.sources, sourceOf(a, q.Start, q.End))
		}
	}
	var out []aggregate.Quote
	for _, g := range order {
		ws := groups[g]
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].sources) > len(ws[j].sources) })
		main := ws[0]
		q := aggregate.Quote{Text: main.text, Speaker: key, Kind: "direct"}
		for _, w := range ws {
			q.Sources = append(q.Sources, w.sources...)
			q.Copies += len(w.sources)
			if w == main {
				continue
			}
			v := aggregate.Variant{Text: w.text, Diff: wordDiff(main.text, w.text)}
			for _, s := range w.sources {
				v.Sources = append(v.Sources, s.ArticleID)
			}
			q.Variants = append(q.Variants, v)
		}
		sort.SliceStable(q.Sources, func(i, j int) bool { return q.Sources[i].Date.After(q.Sources[j].Date) })
		out = append(out, q)
	}
	return out, nil
}

// wordDiff is a longest-common-subsequence diff of the words of a and b.
func wordDiff(a, b string) []aggregate.Edit {
	x, y := strings.Fields(a), strings.Fields(b)
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []aggregate.Edit
	add := func(op, w string) {
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += " " + w
			return
		}
		out = append(out, aggregate.Edit{Op: op, Text: w})
	}
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			add("=", x[i])
			i, j = i+1, j+1
		case j < len(y) && (i == len(x) || lcs[i][j+1] >= lcs[i+1][j]):
			add("+", y[j])
			j++
		default:
			add("-", x[i])
			i++
		}
	}
	return out
}

func (f *fakeBackend) Reactions(ctx context.Context, scope index.Scope) ([]aggregate.Reaction, index.Sample, error) {
	out, err := f.reactions(ctx, scope)
	f.mu.Lock()
	defer f.mu.Unlock()
	return out, f.sample, err
}

func (f *fakeBackend) reactions(ctx context.Context, scope index.Scope) ([]aggregate.Reaction, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, fmt.Sprintf("reactions %+v", scope))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []aggregate.Reaction
	for _, a := range f.inScope(scope) {
		ex, _ := extractOf(a)
		for _, r := range ex.Reactions {
			s, e := 0, 0
			if i := strings.Index(a.Text, r.Quote); r.Quote != "" && i >= 0 {
				s, e = i, i+len(r.Quote)
			}
			out = append(out, aggregate.Reaction{
				Who: r.Who, Role: r.Role, Party: r.Party, Stance: r.Stance, Action: r.Action, Quote: r.Quote,
				Source: sourceOf(a, s, e),
			})
		}
	}
	return out, nil
}

func (f *fakeBackend) Person(ctx context.Context, name string) (aggregate.Person, bool, error) {
	f.mu.Lock()
	f.calls = append(f.calls, "person "+name)
	f.mu.Unlock()
	people, err := f.people(ctx, index.Scope{})
	if err != nil {
		return aggregate.Person{}, false, err
	}
	for _, p := range people {
		if strings.EqualFold(p.Name, name) || p.Key == strings.ToLower(name) {
			return p, true, nil
		}
		for _, a := range p.Aliases {
			if strings.EqualFold(a, name) {
				return p, true, nil
			}
		}
	}
	return aggregate.Person{}, false, nil
}
