package index

import (
	"context"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestPlainPhrases checks that a phrase of one word (once stop words are
// gone) is searched as that word, with the same hits and marks as before,
// and that real phrases stay phrases.
func TestPlainPhrases(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		query   string
		phrases int // phrase queries left
		ids     []string
		text    []string // marks in the snippet of the first id
	}{
		{`"the meeting of"`, 0, []string{"a1", "a3", "a4"}, []string{"meeting"}},
		{`"meetings"`, 0, []string{"a1", "a3", "a4"}, []string{"meeting"}},
		{`"the budget" -kislyak`, 0, []string{"a4"}, []string{"budget"}},
		{`"russian ambassador"`, 2, []string{"a2"}, []string{"Russian", "ambassador"}},
		{`author:"jane doe"`, 1, []string{"a1"}, []string{}},
		{`author:"the doe"`, 0, []string{"a1"}, []string{}},
		{`text:"the ambassador" date:>="2017-04-01"`, 0, []string{"a4"}, []string{"ambassador"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, _, err := ix.parseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := countPhrases(ix.plainPhrases(q)); got != tt.phrases {
				t.Errorf("%d phrases left, want %d", got, tt.phrases)
			}
			res, err := ix.Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := sortedIDs(res); !slices.Equal(got, tt.ids) {
				t.Fatalf("ids %v, want %v", got, tt.ids)
			}
			i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.ID == tt.ids[0] })
			if got := marked(res.Hits[i].Snippet, res.Hits[i].SnippetMarks); !slices.Equal(got, tt.text) {
				t.Errorf("marks of %s %v, want %v", tt.ids[0], got, tt.text)
			}
		})
	}
}

func countPhrases(q query.Query) int {
	switch t := q.(type) {
	case *dateOrdered:
		return countPhrases(t.BooleanQuery)
	case *query.BooleanQuery:
		n := 0
		for _, c := range []query.Query{t.Must, t.Should, t.MustNot, t.Filter} {
			if c != nil {
				n += countPhrases(c)
			}
		}
		return n
	case *query.ConjunctionQuery:
		n := 0
		for _, c := range t.Conjuncts {
			n += countPhrases(c)
		}
		return n
	case *query.DisjunctionQuery:
		n := 0
		for _, c := range t.Disjuncts {
			n += countPhrases(c)
		}
		return n
	case *query.MatchPhraseQuery, *phraseQuery:
		return 1
	}
	return 0
}
