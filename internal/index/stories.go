package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"storytui/internal/aggregate"
)

// fStory is the query field of a story id (story:s1a2b3c4d5e6). It is
// not in the mapping: story ids are known only once an update has
// grouped its articles, so story:ID is answered by the members the
// stories hold at query time.
const fStory = "story"

// storyQueryHits is how many of a query's best hits name the stories
// Stories lists for it.
const storyQueryHits = 1000

// storyPeople is how many key people a story lists.
const storyPeople = 5

// Stories lists the stories of the articles query finds (its best
// storyQueryHits), or every story when query is empty: largest first,
// then newest, single-article stories included; at most limit of them
// when limit > 0. Articles of an update still running join their stories
// when it ends.
func (ix *Index) Stories(ctx context.Context, q string, limit int) ([]aggregate.Story, error) {
	var v *storyView
	var picked []int
	if strings.TrimSpace(q) == "" {
		if top := ix.stories.topListing(limit); top != nil {
			return top, nil
		}
		v = ix.stories.current()
		picked = make([]int, len(v.list))
		for i := range picked {
			picked[i] = i
		}
	} else {
		v = ix.stories.current()
		bq, _, err := ix.searchQuery(q)
		if err != nil {
			return nil, err
		}
		if bq == nil {
			bq = query.NewMatchAllQuery()
		}
		req := bleve.NewSearchRequestOptions(bq, storyQueryHits, 0, false)
		sr, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("stories of %q: %w", q, err)
		}
		seen := map[int32]bool{}
		for _, h := range sr.Hits {
			if i, ok := v.of[h.ID]; ok && !seen[i] {
				seen[i] = true
				picked = append(picked, int(i))
			}
		}
		slices.Sort(picked) // the list is ranked already
	}
	if limit > 0 && len(picked) > limit {
		picked = picked[:limit]
	}
	if err := ix.waitPeople(); err != nil {
		return nil, err
	}
	// The answers the last saved top used are right for its view.
	var prev *nameCache
	if last := ix.stories.last.Load(); last != nil && last.view == v {
		prev = last.names
	}
	names := newNameCache(prev)
	out := make([]aggregate.Story, 0, len(picked))
	for _, i := range picked {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out = append(out, ix.summary(v, &v.list[i], names))
	}
	if strings.TrimSpace(q) == "" {
		names.prev = nil
		ix.refreshTop(v, out, names)
	}
	return out, nil
}

// summary describes one story from the metadata of its members.
func (ix *Index) summary(v *storyView, e *storyEntry, names *nameCache) aggregate.Story {
	s := aggregate.Story{ID: e.ID, Title: e.Title, Articles: len(e.Members)}
	outlets := map[string]int{}
	people := map[string]int{}  // person key -> articles naming them
	keys := map[string]string{} // name -> key, resolved once
	for _, id := range e.Members {
		m := v.meta[id]
		if m == nil {
			continue
		}
		if m.Outlet != "" {
			outlets[m.Outlet]++
		}
		if !m.Date.IsZero() {
			if s.First.IsZero() || m.Date.Before(s.First) {
				s.First = m.Date
			}
			if m.Date.After(s.Last) {
				s.Last = m.Date
			}
		}
		// One person under several names ("Trump", "Donald Trump")
		// counts once per article, as the people table counts them.
		seen := map[string]bool{}
		for _, n := range m.People {
			k, ok := keys[n]
			if !ok {
				k = names.resolve(ix.people, n)
				keys[n] = k
			}
			if k != "" && !seen[k] {
				seen[k] = true
				people[k]++
			}
		}
	}
	s.Outlets = ranked(outlets)
	// Ties, common in small stories, go to who the corpus names most.
	type person struct {
		name              string
		articles, corpora int
	}
	var ps []person
	for k, n := range people {
		ps = append(ps, person{name: k, articles: n})
	}
	// Only those with as many articles as the last one listed can be
	// listed: the others need not be looked up (a large story names
	// thousands of people once).
	slices.SortFunc(ps, func(a, b person) int { return cmp.Compare(b.articles, a.articles) })
	if len(ps) > storyPeople {
		last := ps[storyPeople-1].articles
		ps = slices.DeleteFunc(ps, func(p person) bool { return p.articles < last })
	}
	for i := range ps {
		if cp := names.lookup(ix.people, ps[i].name); cp.ok {
			ps[i].name, ps[i].corpora = cp.name, cp.mentions
		}
	}
	slices.SortFunc(ps, func(a, b person) int {
		return cmp.Or(cmp.Compare(b.articles, a.articles), cmp.Compare(b.corpora, a.corpora), strings.Compare(a.name, b.name))
	})
	for _, p := range ps[:min(len(ps), storyPeople)] {
		s.People = append(s.People, p.name)
	}
	return s
}

// ranked lists the keys of counts, largest count first, then by key.
func ranked(counts map[string]int) []string {
	out := make([]string, 0, len(counts))
	for k := range counts {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	return out
}

// Coverage compares how each outlet covered one story: who each outlet
// quoted, the quotes only one outlet carried, and the articles oldest
// first. An unknown story id is ErrNotFound.
func (ix *Index) Coverage(ctx context.Context, storyID string) (aggregate.Coverage, error) {
	v := ix.stories.current()
	i, ok := v.byID[storyID]
	if !ok {
		return aggregate.Coverage{}, fmt.Errorf("story %s: %w", storyID, ErrNotFound)
	}
	if err := ix.waitPeople(); err != nil {
		return aggregate.Coverage{}, err
	}
	e := &v.list[i]
	arts, _, err := ix.scopeArticles(ctx, Scope{StoryID: storyID}, nil, len(e.Members))
	if err != nil {
		return aggregate.Coverage{}, err
	}
	c := aggregate.Coverage{Story: ix.summary(v, e, nil)}
	perOutlet := map[string]int{}
	for _, a := range arts {
		if a.Outlet != "" {
			perOutlet[a.Outlet]++
		}
	}
	c.Outlets = ranked(perOutlet)
	col := map[string]int{}
	for j, o := range c.Outlets {
		col[o] = j
	}
	rows := map[string]*aggregate.CoverageRow{}
	for _, q := range ix.people.Quotes(arts, "") {
		carried := map[string]bool{}
		for _, src := range q.Sources {
			if src.Outlet != "" {
				carried[src.Outlet] = true
			}
		}
		if len(carried) == 1 {
			c.Exclusive = append(c.Exclusive, q)
		}
		if q.Speaker == "" {
			continue
		}
		p, ok := ix.people.Lookup(q.Speaker)
		if !ok {
			continue // a descriptor ("a White House official"), not a person
		}
		r := rows[p.Key]
		if r == nil {
			r = &aggregate.CoverageRow{Key: p.Key, Name: p.Name, Quotes: make([]int, len(c.Outlets))}
			rows[p.Key] = r
		}
		for _, src := range q.Sources {
			if j, ok := col[src.Outlet]; ok && src.Outlet != "" {
				r.Quotes[j]++
			}
		}
	}
	for _, r := range rows {
		c.People = append(c.People, *r)
	}
	total := func(r aggregate.CoverageRow) (n, outlets int) {
		for _, q := range r.Quotes {
			n += q
			if q > 0 {
				outlets++
			}
		}
		return n, outlets
	}
	slices.SortFunc(c.People, func(a, b aggregate.CoverageRow) int {
		na, oa := total(a)
		nb, ob := total(b)
		return cmp.Or(cmp.Compare(ob, oa), cmp.Compare(nb, na), strings.Compare(a.Name, b.Name), strings.Compare(a.Key, b.Key))
	})
	for _, a := range arts {
		c.Timeline = append(c.Timeline, aggregate.Source{ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Date: a.Date, DateText: a.DateText, URL: a.URL})
	}
	slices.SortStableFunc(c.Timeline, func(a, b aggregate.Source) int {
		return cmp.Or(compareOldest(a, b), strings.Compare(a.ArticleID, b.ArticleID))
	})
	return c, nil
}

// compareOldest orders earlier dates first and unknown dates last.
func compareOldest(a, b aggregate.Source) int {
	switch {
	case a.Date.Equal(b.Date):
		return 0
	case a.Date.IsZero():
		return 1
	case b.Date.IsZero():
		return -1
	}
	return a.Date.Compare(b.Date)
}

// StoryOf is the id of the story an article is in, "" when none.
func (ix *Index) StoryOf(articleID string) string {
	v := ix.stories.current()
	if i, ok := v.of[articleID]; ok {
		return v.list[i].ID
	}
	return ""
}

// StoryArticles lists the ids of a story's articles, oldest first; none
// for an unknown id.
func (ix *Index) StoryArticles(storyID string) []string {
	v := ix.stories.current()
	if i, ok := v.byID[storyID]; ok {
		return slices.Clone(v.list[i].Members)
	}
	return nil
}

// members is the query matching the articles of one story (none for an
// unknown id).
func (ix *Index) members(storyID string) query.Query {
	v := ix.stories.current()
	var ids []string
	if i, ok := v.byID[strings.ToLower(strings.TrimSpace(storyID))]; ok {
		ids = v.list[i].Members
	}
	return query.NewDocIDQuery(ids)
}

// searchQuery is s as every search of the index runs it: parsed (see
// parseQuery) and its phrases as plainPhrases searches them, a person: or
// speaker: phrase widened to every name of the person. The hits of a
// query, its stories and the people, quotes and reactions of its
// articles are thus drawn from the same articles: the people pane read
// 421 articles for person:"chuck schumer" where the search found 621.
func (ix *Index) searchQuery(s string) (query.Query, string, error) {
	bq, note, err := ix.parseQuery(s)
	if err != nil || bq == nil {
		return bq, note, err
	}
	return ix.plainPhrases(bq), note, nil
}

// parseQuery is the package's parseQuery with story:ID answered by the
// story's members. A query of story ids and filters alone lists its
// articles by date, as a query of filters alone does.
func (ix *Index) parseQuery(s string) (query.Query, string, error) {
	q, note, err := parseQuery(s)
	if err != nil || q == nil || !strings.Contains(strings.ToLower(s), fStory+":") {
		return q, note, err
	}
	q = ix.resolveStories(q)
	if b, ok := q.(*query.BooleanQuery); ok && b.Should == nil {
		if c, ok := b.Must.(*query.ConjunctionQuery); ok && allDocIDs(c.Conjuncts) {
			return &dateOrdered{b}, note, nil
		}
	}
	return q, note, nil
}

// resolveStories replaces every story:ID leaf of q.
func (ix *Index) resolveStories(q query.Query) query.Query {
	switch t := q.(type) {
	case *dateOrdered:
		ix.resolveStories(t.BooleanQuery)
		return t
	case *query.BooleanQuery:
		for _, c := range []*query.Query{&t.Must, &t.Should, &t.MustNot, &t.Filter} {
			if *c != nil {
				*c = ix.resolveStories(*c)
			}
		}
		return t
	case *query.ConjunctionQuery:
		for i, c := range t.Conjuncts {
			t.Conjuncts[i] = ix.resolveStories(c)
		}
		return t
	case *query.DisjunctionQuery:
		for i, d := range t.Disjuncts {
			t.Disjuncts[i] = ix.resolveStories(d)
		}
		return t
	case *query.MatchQuery:
		if strings.EqualFold(t.FieldVal, fStory) {
			return ix.members(t.Match)
		}
	case *query.MatchPhraseQuery:
		if strings.EqualFold(t.FieldVal, fStory) {
			return ix.members(t.MatchPhrase)
		}
	case *query.TermQuery:
		if strings.EqualFold(t.FieldVal, fStory) {
			return ix.members(t.Term)
		}
	}
	return q
}

func allDocIDs(qs []query.Query) bool {
	for _, q := range qs {
		if _, ok := q.(*query.DocIDQuery); !ok {
			return false
		}
	}
	return len(qs) > 0
}
