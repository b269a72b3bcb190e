package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"storytui/internal/aggregate"
)

// peopleName is the file of the people table, next to the manifest.
const peopleName = "people.bin"

// legacyPeopleName is where storytui kept the table while it was gob
// encoded; an index that still has it rebuilds the table once and
// drops it.
const legacyPeopleName = "people.gob"

// saveState writes the people table (when it changed; a delta or the
// whole, see people_log.go), then the manifest. Each write is atomic or
// synced; the table goes first so that a file the manifest lists as done
// always has its people in the table. An in-memory index keeps both in
// memory.
func (ix *Index) saveState() error {
	if ix.dir == "" {
		return nil
	}
	if ix.peopleDirty.Swap(false) {
		if err := ix.savePeople(); err != nil { // see people_log.go
			ix.peopleDirty.Store(true)
			return err
		}
	}
	return ix.man.save(ix.dir)
}

// loadPeople reads the saved people table (Open runs it in the
// background). When it is missing, damaged
// or of another version (an index built before the table existed), it is
// rebuilt from the stored extractions, once, and saved.
func (ix *Index) loadPeople() error {
	if ix.readPeople() == nil {
		ix.peopleDirty.Store(false)
		return nil
	}
	ix.peopleIdx.Lock()
	defer ix.peopleIdx.Unlock()
	if ix.closed {
		return errors.New("index closed")
	}
	if err := ix.rebuildPeople(context.Background()); err != nil {
		return fmt.Errorf("rebuild people table: %w", err)
	}
	ix.peopleDirty.Store(true)
	if err := ix.saveState(); err != nil {
		return err
	}
	if ix.dir != "" {
		os.Remove(filepath.Join(ix.dir, legacyPeopleName))
	}
	return nil
}

// rebuildPeople fills the table from every stored document, a page at a
// time.
func (ix *Index) rebuildPeople(ctx context.Context) error {
	t := aggregate.NewTable()
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 500, 0, false)
		req.Fields = []string{fDoc}
		req.SortBy([]string{"_id"})
		req.Score = "none"
		if after != nil {
			req.SearchAfter = after
		}
		sr, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range sr.Hits {
			a, err := storedArticle(h.ID, h.Fields)
			if err != nil {
				return err
			}
			t.Add(a)
		}
		if len(sr.Hits) < 500 {
			break
		}
		after = []string{sr.Hits[len(sr.Hits)-1].ID}
	}
	b, err := t.MarshalBinary()
	if err != nil {
		return err
	}
	return ix.people.UnmarshalBinary(b)
}

// storedArticle decodes the stored document of a hit for aggregation.
func storedArticle(id string, fields map[string]any) (aggregate.Article, error) {
	blob, _ := fields[fDoc].(string)
	sd, err := decodeStored(blob)
	if err != nil {
		return aggregate.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	ex, err := sd.extraction()
	if err != nil {
		return aggregate.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	return aggregate.Article{
		ID: id, Title: sd.Title, Outlet: sd.Source, DateText: sd.DateText, URL: sd.URL,
		Text: sd.Text, Date: sd.Date, Result: ex,
	}, nil
}

// Scope sizes: a query's people and reactions are those of its best
// hits; the corpus-wide quotes of a person and reactions of the corpus
// are those of the newest articles.
const (
	scopeHits      = 300
	maxQuoteDocs   = 1000
	maxReactionDoc = 1000
)

// Sample says which articles a list was made from when its scope held
// more than a list reads: Read of the Matched articles, the newest ones
// or the best hits. The zero Sample is a list of its whole scope.
type Sample struct {
	Read, Matched int
	Newest        bool // the newest articles were read, else the best hits
}

// Cut reports whether the list left articles of its scope unread.
func (s Sample) Cut() bool { return s.Read < s.Matched }

// People lists the people of a scope, most articles first: the whole
// corpus (zero scope; the saved table, no document is read), the best
// scopeHits hits of Scope.Query, or one article. Scoped people are keyed
// as the corpus keys them, so their Key works with Quotes and Person.
func (ix *Index) People(ctx context.Context, scope Scope) ([]aggregate.Person, Sample, error) {
	if err := ix.waitPeople(); err != nil {
		return nil, Sample{}, err
	}
	if scope == (Scope{}) {
		return ix.people.People(), Sample{}, nil
	}
	arts, sample, err := ix.scopeArticles(ctx, scope, nil, scopeHits)
	if err != nil {
		return nil, sample, err
	}
	return ix.people.PeopleOf(arts), sample, nil
}

// Quotes lists what one person (a Person.Key, or any name Person
// resolves) said, grouped across outlets (see aggregate.Table.Quotes):
// in the whole corpus (zero scope) or in the scope. Only articles whose
// speaker field names the person are read, the newest maxQuoteDocs of
// them for a very prolific speaker.
func (ix *Index) Quotes(ctx context.Context, personKey string, scope Scope) ([]aggregate.Quote, Sample, error) {
	if err := ix.waitPeople(); err != nil {
		return nil, Sample{}, err
	}
	sq := ix.speakerQuery(personKey)
	if sq == nil {
		return nil, Sample{}, nil
	}
	arts, sample, err := ix.scopeArticles(ctx, scope, sq, maxQuoteDocs)
	if err != nil {
		return nil, sample, err
	}
	return ix.people.Quotes(arts, personKey), sample, nil
}

// Reactions lists who reacted and how, grouped by stance, newest first:
// in the newest maxReactionDoc articles with a reaction (zero scope),
// the best scopeHits hits of Scope.Query, or one article.
func (ix *Index) Reactions(ctx context.Context, scope Scope) ([]aggregate.Reaction, Sample, error) {
	var with query.Query
	if scope == (Scope{}) {
		with = anyStance()
	}
	arts, sample, err := ix.scopeArticles(ctx, scope, with, maxReactionDoc)
	if err != nil {
		return nil, sample, err
	}
	rs := aggregate.Reactions(arts)
	if ix.waitPeople() == nil {
		// Each reactor by the name the people list gives them, so that
		// one person is one name in both lists ("Donald J. Trump" in one
		// article and "Donald Trump" in another were two reactors).
		for i := range rs {
			if !strings.Contains(rs[i].Who, " ") {
				continue // a bare surname may be another person's
			}
			if p, ok := ix.people.Lookup(rs[i].Who); ok {
				rs[i].Who = p.Name
				if rs[i].Role == "" {
					rs[i].Role = p.Role
				}
			}
		}
	}
	return rs, sample, nil
}

// Person finds the person a name refers to: a full name, any alias an
// article used, or a surname only one person has.
func (ix *Index) Person(ctx context.Context, name string) (aggregate.Person, bool, error) {
	if err := ix.waitPeople(); err != nil {
		return aggregate.Person{}, false, err
	}
	if err := ctx.Err(); err != nil {
		return aggregate.Person{}, false, err
	}
	p, ok := ix.people.Lookup(name)
	return p, ok, nil
}

// speakerQuery matches the articles quoting a person under any of the
// names that resolve to them; nil when the name is empty.
func (ix *Index) speakerQuery(personKey string) query.Query {
	forms := []string{personKey}
	key := ix.people.Resolve(personKey)
	if p, ok := ix.people.Lookup(personKey); ok {
		forms = append(forms, p.Name)
		for _, a := range p.Aliases {
			// An alias another entity also answers to ("Trump" when two
			// full names end in it) would bring in their articles.
			if ix.people.Resolve(a) == key {
				forms = append(forms, a)
			}
		}
	}
	var qs []query.Query
	seen := map[string]bool{}
	for _, f := range forms {
		k := aggregate.Key(f)
		if k == "" || seen[f] {
			continue
		}
		seen[f] = true
		mq := query.NewMatchPhraseQuery(f)
		mq.SetField(fSpeaker)
		qs = append(qs, mq)
	}
	if len(qs) == 0 {
		return nil
	}
	return query.NewDisjunctionQuery(qs)
}

// personQueries widens a person:"First Last" or speaker:"First Last"
// phrase to the phrases of every full name the people table joins to
// that person ("Donald J. Trump", "Donald John Trump"), so the filter
// finds the articles that name them so; nil when there is nothing to
// widen. A person: filter also takes the articles whose own name for
// the person is one the table gives to them alone, a bare "Sessions"
// among them, by its whole key (fPersonKey): as a phrase a bare surname
// would match every name that ends in it. It does nothing before the
// table is read (it never waits for it). plainPhrases calls it on every
// phrase.
func (ix *Index) personQueries(p *query.MatchPhraseQuery) []query.Query {
	f := p.Field()
	if f != fPerson && f != fSpeaker {
		return nil
	}
	select {
	case <-ix.peopleReady:
		if ix.peopleErr != nil {
			return nil
		}
	default:
		return nil
	}
	names, key, person := ix.ownNames(p.MatchPhrase)
	if names == nil {
		return nil
	}
	var out []query.Query
	for _, name := range fullNames(names, person) {
		mq := query.NewMatchPhraseQuery(name)
		mq.SetField(f)
		mq.SetBoost(p.Boost())
		out = append(out, ix.plainPhrase(mq))
	}
	if f == fPerson {
		for _, k := range nameKeys(names, key) {
			tq := query.NewTermQuery(k)
			tq.SetField(fPersonKey)
			tq.SetBoost(p.Boost())
			out = append(out, tq)
		}
	}
	if len(out) == 0 {
		return nil
	}
	if len(out) == 1 && f == fSpeaker {
		return nil // the phrase itself, as before
	}
	return out
}

// ownNames lists the names of the person name resolves to that the
// table resolves to them alone (not "Trump" when two Trumps share it
// evenly), one per key, name itself first, with that person's key; nil
// when it does not know name.
func (ix *Index) ownNames(name string) (names []string, key string, p aggregate.Person) {
	p, ok := ix.people.Lookup(name)
	if !ok {
		return nil, "", p
	}
	key = ix.people.Resolve(name)
	names = []string{name}
	seen := map[string]bool{aggregate.Key(name): true}
	for _, a := range append([]string{p.Name}, p.Aliases...) {
		k := aggregate.Key(a)
		if k == "" || seen[k] || ix.people.Resolve(a) != key {
			continue
		}
		seen[k] = true
		names = append(names, a)
	}
	return names, key, p
}

// fullNames keeps of a person's own names (ownNames) the full names the
// table joins to them: the same first and last word with or without
// middle names ("Donald J. Trump", "Donald John Trump"), the first name
// given kept; nil when there are none. Other aliases are left out: the
// extractor's leftovers ("Republican Donald Trump") would each add a
// phrase to search for next to nothing, and Donald Trump has dozens.
//
// A name that holds the searched one word for word ("Donald Trump Trump",
// a pasted card's leftover, for "Donald Trump") is left out too: the
// searched phrase already finds its articles, and a phrase that repeats
// a word that common is slow to check (a third of a person: search's
// time for Donald Trump on news-60k).
func fullNames(names []string, p aggregate.Person) []string {
	first, last, ok := firstLast(aggregate.Key(p.Name))
	if !ok || len(names) == 0 {
		return nil
	}
	out := names[:1:1]
	searched := " " + aggregate.Key(names[0]) + " "
	for _, n := range names[1:] {
		k := aggregate.Key(n)
		if fw, lw, ok := firstLast(k); ok && fw == first && lw == last && !strings.Contains(" "+k+" ", searched) {
			out = append(out, n)
		}
	}
	return out
}

// nameKeys is the person's key and the keys of their own names.
func nameKeys(names []string, key string) []string {
	out := []string{key}
	for _, n := range names {
		if k := aggregate.Key(n); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// firstLast is the first and last word of a key of two or more words.
func firstLast(key string) (first, last string, ok bool) {
	i, j := strings.IndexByte(key, ' '), strings.LastIndexByte(key, ' ')
	if i < 0 {
		return "", "", false
	}
	return key[:i], key[j+1:], true
}

func anyStance() query.Query {
	var qs []query.Query
	for _, s := range []string{"demands", "criticizes", "supports", "denies", "neutral"} {
		tq := query.NewTermQuery(s)
		tq.SetField(fStance)
		qs = append(qs, tq)
	}
	return query.NewDisjunctionQuery(qs)
}

// scopeArticles loads the articles of a scope that also match with (nil
// for all): one article, the best limit hits of a query, or with
// nothing else the newest limit articles matching with (all of them
// when with is nil too). The Sample is cut when more matched.
func (ix *Index) scopeArticles(ctx context.Context, scope Scope, with query.Query, limit int) ([]aggregate.Article, Sample, error) {
	var parts []query.Query
	newest := true
	switch {
	case scope.ArticleID != "":
		parts = append(parts, query.NewDocIDQuery([]string{scope.ArticleID}))
	case scope.Query != "":
		bq, _, err := ix.searchQuery(scope.Query)
		if err != nil {
			return nil, Sample{}, err
		}
		if bq != nil {
			parts = append(parts, bq)
			newest = onlyFilters(bq)
		}
	}
	if scope.StoryID != "" {
		parts = append(parts, ix.members(scope.StoryID))
	}
	if with != nil {
		parts = append(parts, with)
	}
	var q query.Query = query.NewMatchAllQuery()
	switch len(parts) {
	case 0:
	case 1:
		q = parts[0]
	default:
		q = query.NewConjunctionQuery(parts)
	}
	req := bleve.NewSearchRequestOptions(q, limit, 0, false)
	req.Fields = []string{fDoc}
	if newest {
		req.SortBy(newestFirst)
		req.Score = "none"
	}
	sr, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, Sample{}, fmt.Errorf("scope %+v: %w", scope, err)
	}
	arts := make([]aggregate.Article, 0, len(sr.Hits))
	for _, h := range sr.Hits {
		a, err := storedArticle(h.ID, h.Fields)
		if err != nil {
			return nil, Sample{}, err
		}
		arts = append(arts, a)
	}
	if scope.ArticleID != "" && len(arts) == 0 && with == nil {
		return nil, Sample{}, fmt.Errorf("article %s: %w", scope.ArticleID, ErrNotFound)
	}
	var sample Sample
	if int(sr.Total) > len(sr.Hits) {
		sample = Sample{Read: len(sr.Hits), Matched: int(sr.Total), Newest: newest}
	}
	return arts, sample, nil
}

// NamesPeople reports whether the query s has a person: or speaker:
// phrase, which the people table widens to every name of that person
// (personQueries). A search that runs once and exits, as the CLI's,
// waits for the table first (WaitPeople) so it finds what the
// interface finds.
func NamesPeople(s string) bool {
	q, _, err := parseQuery(s)
	if err != nil || q == nil {
		return false
	}
	return anyLeaf(q, func(l query.Query) bool {
		p, ok := l.(*query.MatchPhraseQuery)
		return ok && (p.Field() == fPerson || p.Field() == fSpeaker)
	})
}

// anyLeaf reports whether f holds for a leaf of q.
func anyLeaf(q query.Query, f func(query.Query) bool) bool {
	switch t := q.(type) {
	case *dateOrdered:
		return anyLeaf(t.BooleanQuery, f)
	case *query.BooleanQuery:
		for _, c := range []query.Query{t.Must, t.Should, t.MustNot, t.Filter} {
			if c != nil && anyLeaf(c, f) {
				return true
			}
		}
		return false
	case *query.ConjunctionQuery:
		return slices.ContainsFunc(t.Conjuncts, func(c query.Query) bool { return anyLeaf(c, f) })
	case *query.DisjunctionQuery:
		return slices.ContainsFunc(t.Disjuncts, func(c query.Query) bool { return anyLeaf(c, f) })
	}
	return f(q)
}

// WaitPeople waits until the people table is read (or ctx ends) and
// says whether reading it failed.
func (ix *Index) WaitPeople(ctx context.Context) error {
	select {
	case <-ix.peopleReady:
		return ix.peopleErr
	case <-ctx.Done():
		return ctx.Err()
	}
}
