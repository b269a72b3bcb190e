package ui

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"storytui/internal/aggregate"
	"storytui/internal/corpus"
)

// fakeStoryOf is the story of a fake article: the recusal (a1, a2), the
// Russian contacts told by ABC News, CNN and Fox Fake (a5-a7), and two
// stories of one article each. Unknown ids are stories of their own.
func fakeStoryOf(id string) string {
	switch id {
	case "a1", "a2":
		return "s-recusal"
	case "a5", "a6", "a7":
		return "s-contacts"
	}
	return "s-" + id
}

var storyClause = regexp.MustCompile(`(?:^|\s)story:("[^"]*"|\S+)`)

// splitStory takes the story:ID clause out of a query, as the index would
// read it, and returns the id and the rest.
func splitStory(q string) (story, rest string) {
	m := storyClause.FindStringSubmatchIndex(q)
	if m == nil {
		return "", q
	}
	story = strings.Trim(q[m[2]:m[3]], `"`)
	return story, strings.TrimSpace(q[:m[0]] + " " + q[m[1]:])
}

// storyArticles lists the articles of story id, oldest first (undated
// last). The caller holds f.mu.
func (f *fakeBackend) storyArticles(id string) []corpus.Article {
	var out []corpus.Article
	for _, a := range f.articles {
		if fakeStoryOf(a.ID) == id {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Date, out[j].Date
		if a.IsZero() != b.IsZero() {
			return b.IsZero()
		}
		return a.Before(b)
	})
	return out
}

// rankOutlets orders the outlets of some articles, most articles first.
func rankOutlets(arts []corpus.Article) []string {
	n := map[string]int{}
	var out []string
	for _, a := range arts {
		if n[a.Source] == 0 {
			out = append(out, a.Source)
		}
		n[a.Source]++
	}
	sort.SliceStable(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// storyOf summarizes story id: its headline is that of its lowest id,
// its key people the three most mentioned. The caller holds f.mu.
func (f *fakeBackend) storyOf(id string) aggregate.Story {
	arts := f.storyArticles(id)
	st := aggregate.Story{ID: id, Articles: len(arts), Outlets: rankOutlets(arts)}
	lowest := ""
	mentions := map[string]int{}
	var names []string
	for _, a := range arts {
		if lowest == "" || a.ID < lowest {
			lowest, st.Title = a.ID, a.Title
		}
		if !a.Date.IsZero() {
			if st.First.IsZero() || a.Date.Before(st.First) {
				st.First = a.Date
			}
			if a.Date.After(st.Last) {
				st.Last = a.Date
			}
		}
		ex, _ := extractOf(a)
		for _, p := range ex.People {
			if mentions[p.Name] == 0 {
				names = append(names, p.Name)
			}
			mentions[p.Name] += p.Mentions
		}
	}
	sort.SliceStable(names, func(i, j int) bool {
		if mentions[names[i]] != mentions[names[j]] {
			return mentions[names[i]] > mentions[names[j]]
		}
		return names[i] < names[j]
	})
	st.People = names[:min(len(names), 3)]
	return st
}

func (f *fakeBackend) Stories(ctx context.Context, query string, limit int) ([]aggregate.Story, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, "stories "+query)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if f.storiesErr != nil {
		return nil, f.storiesErr
	}
	ts := terms(query)
	seen := map[string]bool{}
	var out []aggregate.Story
	for _, a := range f.articles {
		id := fakeStoryOf(a.ID)
		if seen[id] || (len(ts) > 0 && len(findAll(a.Title, ts))+len(findAll(a.Text, ts)) == 0) {
			continue
		}
		seen[id] = true
		out = append(out, f.storyOf(id))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Last.After(out[j].Last)
	})
	return out[:min(len(out), limit)], nil
}

func (f *fakeBackend) Coverage(ctx context.Context, storyID string) (aggregate.Coverage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, "coverage "+storyID)
	if err := ctx.Err(); err != nil {
		return aggregate.Coverage{}, err
	}
	arts := f.storyArticles(storyID)
	if len(arts) == 0 {
		return aggregate.Coverage{}, fmt.Errorf("no story %q", storyID)
	}
	c := aggregate.Coverage{Story: f.storyOf(storyID)}
	c.Outlets = c.Story.Outlets
	col := map[string]int{}
	for i, o := range c.Outlets {
		col[o] = i
	}
	rows := map[string]*aggregate.CoverageRow{}
	var order []string
	type group struct {
		quote   aggregate.Quote
		outlets map[string]bool
	}
	groups := map[string]*group{}
	var gorder []string
	for _, a := range arts {
		c.Timeline = append(c.Timeline, aggregate.Source{
			ArticleID: a.ID, Title: a.Title, Outlet: a.Source, Date: a.Date, DateText: dateOf(a.Date, a.DateText), URL: a.URL,
		})
		ex, fq := extractOf(a)
		for i, q := range ex.Quotes {
			k := strings.ToLower(q.Speaker)
			r, ok := rows[k]
			if !ok {
				r = &aggregate.CoverageRow{Key: k, Name: q.Speaker, Quotes: make([]int, len(c.Outlets))}
				rows[k] = r
				order = append(order, k)
			}
			r.Quotes[col[a.Source]]++
			g, ok := groups[fq[i].group]
			if !ok {
				g = &group{quote: aggregate.Quote{Text: q.Text, Speaker: q.Speaker, Kind: "direct"}, outlets: map[string]bool{}}
				groups[fq[i].group] = g
				gorder = append(gorder, fq[i].group)
			}
			g.outlets[a.Source] = true
			g.quote.Sources = append(g.quote.Sources, sourceOf(a, q.Start, q.End))
		}
	}
	total := func(r *aggregate.CoverageRow) int {
		n := 0
		for _, q := range r.Quotes {
			n += q
		}
		return n
	}
	sort.SliceStable(order, func(i, j int) bool { return total(rows[order[i]]) > total(rows[order[j]]) })
	for _, k := range order {
		c.People = append(c.People, *rows[k])
	}
	for _, g := range gorder {
		if len(groups[g].outlets) == 1 {
			c.Exclusive = append(c.Exclusive, groups[g].quote)
		}
	}
	return c, nil
}
