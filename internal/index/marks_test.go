package index

import (
	"context"
	"slices"
	"testing"
)

// TestHitMarksWithFilters checks that the words of a query are marked in
// its hits when filters (dates, sources, people) narrow it, though the
// second pass that locates the words leaves the filters out.
func TestHitMarksWithFilters(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		query       string
		ids         []string
		id          string // the hit whose marks are checked
		title, text []string
	}{
		{`kislyak date:>="2017-01-01" date:<"2017-02-01"`, []string{"a2"}, "a2", []string{"Kislyak"}, []string{"Kislyak"}},
		{`budget source:cnn`, []string{"a1", "a4"}, "a1", []string{"budget"}, []string{"budget"}},
		{`"russian ambassador" -budget`, []string{"a2"}, "a2", []string{}, []string{"Russian", "ambassador"}},
		{`source:cnn`, []string{"a1", "a4"}, "a4", []string{}, []string{}},
		{`date:>="2017-01-01" date:<"2017-02-01"`, []string{"a2"}, "a2", []string{}, []string{}},
		{`title:kislyak ambassador`, []string{"a2"}, "a2", []string{"Kislyak"}, []string{"ambassador"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := sortedIDs(res); !slices.Equal(got, tt.ids) {
				t.Fatalf("ids %v, want %v", got, tt.ids)
			}
			i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.ID == tt.id })
			h := res.Hits[i]
			if got := marked(h.Title, h.TitleMarks); !slices.Equal(got, tt.title) {
				t.Errorf("title marks of %s %v, want %v", h.ID, got, tt.title)
			}
			if got := marked(h.Snippet, h.SnippetMarks); !slices.Equal(got, tt.text) {
				t.Errorf("snippet marks of %s %v, want %v", h.ID, got, tt.text)
			}
		})
	}
}

func TestMarkQuery(t *testing.T) {
	tests := []struct {
		query string
		want  int // leaves on title or text
	}{
		{"", 0},
		{"kislyak", 2},         // title and text
		{"kislyak -budget", 2}, // not the excluded word
		{`source:cnn person:"Al Franken"`, 0},
		{`date:>="2017-01-01" senate`, 2}, // not the range
		{`text:"health care" title:vote`, 2},
	}
	for _, tt := range tests {
		q, _, err := parseQuery(tt.query)
		if err != nil {
			t.Fatalf("%q: %v", tt.query, err)
		}
		if got := len(markQuery(q)); got != tt.want {
			t.Errorf("markQuery(%q): %d leaves, want %d", tt.query, got, tt.want)
		}
	}
}
