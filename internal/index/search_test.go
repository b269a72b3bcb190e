package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestSearchFinds(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		query string
		want  []string
	}{
		{"Kislyak", []string{"a1", "a2"}},
		{"kislyak", []string{"a1", "a2"}},
		{`"russian ambassador"`, []string{"a2"}},
		{"ambassador", []string{"a2", "a4"}},
		{"meetings", []string{"a1", "a3", "a4"}}, // stemming: meeting, Meetings
		{"title:meetings", []string{"a1"}},
		{"source:cnn", []string{"a1", "a4"}},
		{"source:CNN", []string{"a1", "a4"}},
		{`source:"fox news"`, []string{"a2"}},
		{`author:"jane doe"`, []string{"a1"}},
		{"author:jane", []string{"a1", "a3"}},
		{"authors:jane", []string{"a1", "a3"}}, // alias
		{"+budget -kislyak", []string{"a4"}},
		{"+budget +kislyak", []string{"a1"}},
		{"-budget", []string{"a2", "a3"}},
		{`date:>="2017-01-01" date:<"2017-04-01"`, []string{"a1", "a2"}},
		{`budget date:>="2017-04-01"`, []string{"a4"}},
		{"id:a3", []string{"a3"}},
		{"nosuchword", []string{}},
		{"the", []string{}}, // only a stop word
		{"+the +kislyak", []string{"a1", "a2"}},
		{"budget kislyak", []string{"a1"}},          // plain words are all required
		{"source:cnn budget", []string{"a1", "a4"}}, // a field narrows
		{"source:cnn kislyak", []string{"a1"}},
		{"the kislyak", []string{"a1", "a2"}}, // a stop word is skipped, not required
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := sortedIDs(res); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
			if res.Total != uint64(len(tt.want)) {
				t.Errorf("Total = %d, want %d", res.Total, len(tt.want))
			}
		})
	}
}

func TestSearchEmptyListsNewestFirst(t *testing.T) {
	ix := fixtureIndex(t)
	res, err := ix.Search(context.Background(), "  ", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.ID)
	}
	want := []string{"a4", "a1", "a2", "a3"}
	if !slices.Equal(got, want) {
		t.Errorf("empty query order = %v, want %v", got, want)
	}
	if res.Total != 4 {
		t.Errorf("Total = %d, want 4", res.Total)
	}
	h := res.Hits[0]
	if h.Title != "Budget deal" || h.Source != "CNN" || h.Author != "Sam Poe" || h.Date.Format("2006-01-02") != "2017-05-01" {
		t.Errorf("hit fields wrong: %+v", h)
	}
	if len(h.SnippetMarks) != 0 || len(h.TitleMarks) != 0 {
		t.Errorf("empty query marked something: %+v", h)
	}
	if !strings.HasPrefix(h.Snippet, "Congress passed") {
		t.Errorf("snippet without marks should start the text, got %q", h.Snippet)
	}
}

func TestSearchLimit(t *testing.T) {
	ix := fixtureIndex(t)
	res, err := ix.Search(context.Background(), "", 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 2 || res.Total != 4 {
		t.Errorf("limit 2: %d hits, total %d", len(res.Hits), res.Total)
	}
}

func TestSearchBadSyntaxFallsBack(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		query   string
		want    []string
		wantErr bool
	}{
		{`"russian amb`, []string{"a2"}, false},
		{"source:", []string{}, false}, // the word "source" is in no article
		{`kislyak "`, []string{"a1", "a2"}, false},
		{`"`, nil, true}, // no words left
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), tt.query, 10)
		if tt.wantErr {
			if err == nil {
				t.Errorf("Search(%q): no error", tt.query)
			}
			continue
		}
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		if res.Note == "" {
			t.Errorf("Search(%q): no note for an invalid query", tt.query)
		}
		if got := sortedIDs(res); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

// marked returns the marked substrings of s.
func marked(s string, spans []Span) []string {
	out := []string{}
	for _, sp := range spans {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestMarks(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		query, id   string
		title, text []string
	}{
		{"kislyak", "a2", []string{"Kislyak"}, []string{"Kislyak"}},
		{"meetings", "a1", []string{"meeting"}, []string{"meeting"}},
		{`"russian ambassador" officials`, "a2", []string{}, []string{"Russian", "ambassador", "officials"}},
		{"source:cnn", "a1", []string{}, []string{}},
		{"+budget -kislyak", "a4", []string{"Budget"}, []string{"budget"}},
		{"", "a1", []string{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			doc, err := ix.Document(context.Background(), tt.id, tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := marked(doc.Title, doc.TitleMarks); !slices.Equal(got, tt.title) {
				t.Errorf("title marks %v, want %v", got, tt.title)
			}
			if got := marked(doc.Text, doc.TextMarks); !slices.Equal(got, tt.text) {
				t.Errorf("text marks %v, want %v", got, tt.text)
			}
			if tt.query == "" {
				return
			}
			res, err := ix.Search(context.Background(), tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				if h.ID != tt.id {
					continue
				}
				if got := marked(h.Title, h.TitleMarks); !slices.Equal(got, tt.title) {
					t.Errorf("hit title marks %v, want %v", got, tt.title)
				}
				if got := marked(h.Snippet, h.SnippetMarks); !slices.Equal(got, tt.text) {
					t.Errorf("snippet marks %v, want %v (snippet %q)", got, tt.text, h.Snippet)
				}
			}
		})
	}
}

func TestDocument(t *testing.T) {
	ix := fixtureIndex(t)
	doc, err := ix.Document(context.Background(), "a2", "kislyak")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "a2" || doc.Source != "Fox News" || doc.Author != "John Smith" ||
		!strings.HasPrefix(doc.Text, "The Russian ambassador") || doc.Line != 2 ||
		!strings.HasSuffix(doc.File, "news.jsonl") || doc.Date.Format("2006-01-02") != "2017-01-15" {
		t.Errorf("document fields wrong: %+v", doc.Article)
	}
	// A query the article does not match still returns it, unmarked.
	doc, err = ix.Document(context.Background(), "a3", "kislyak")
	if err != nil || doc.ID != "a3" || len(doc.TextMarks) != 0 {
		t.Errorf("unmatched query: %v %+v", err, doc.TextMarks)
	}
	if _, err := ix.Document(context.Background(), "nope", ""); err == nil {
		t.Error("missing id: no error")
	}
}
