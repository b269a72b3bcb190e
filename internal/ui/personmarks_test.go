package ui

import (
	"slices"
	"strings"
	"testing"

	"storytui/internal/corpus"
	"storytui/internal/extract"
	"storytui/internal/index"
)

func TestQueriedPeople(t *testing.T) {
	tests := []struct {
		q                string
		people, speakers []string
	}{
		{`person:"Jane Roe" oil prices`, []string{"jane roe"}, nil},
		{`speaker:doe +people:"a b" -person:smith`, []string{"a b"}, []string{"doe"}},
		{`"person: in a phrase" title:x`, nil, nil},
		{`person:"half typed`, []string{"half typed"}, nil},
		{`oil opec`, nil, nil},
	}
	for _, tt := range tests {
		p, s := queriedPeople(tt.q)
		if !slices.Equal(p, tt.people) || !slices.Equal(s, tt.speakers) {
			t.Errorf("queriedPeople(%q) = %q, %q; want %q, %q", tt.q, p, s, tt.people, tt.speakers)
		}
	}
}

func TestNamesPerson(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"Jane Q. Roe", "jane roe", true},
		{"Roe", "jane roe", true},
		{"Jane Roe", "roe", true},
		{"John Roe", "jane roe", false},
		{"Roeder", "roe", false},
		{"Jane", "jane roe", false},
	}
	for _, tt := range tests {
		if got := namesPerson(tt.name, tt.want); got != tt.ok {
			t.Errorf("namesPerson(%q, %q) = %v, want %v", tt.name, tt.want, got, tt.ok)
		}
	}
}

// TestReaderMarksQueriedPerson: opened from person: or speaker:, the
// reader counts the person's names (or the speaker's quotes) as the
// matches that n and N step through; bleve marks nothing in the text
// for those fields.
func TestReaderMarksQueriedPerson(t *testing.T) {
	text := "The council met on Monday. " + strings.Repeat("Nothing else happened that day. ", 30) +
		"Mayor Jane Roe said \"we will rebuild the bridge\" after the vote. Roe left early. Tom Poe stayed."
	q0 := strings.Index(text, "we will")
	doc := index.Document{
		Article: corpus.Article{ID: "x", Title: "Council meets", Text: text},
		Extract: extract.Result{
			People: []extract.Person{{Name: "Jane Roe", Aliases: []string{"Roe"}, Mentions: 2}, {Name: "Tom Poe", Mentions: 1}},
			Quotes: []extract.Quote{{Text: "we will rebuild the bridge", Speaker: "Jane Roe", Kind: "direct", Start: q0, End: q0 + len("we will rebuild the bridge")}},
		},
	}
	tests := []struct {
		query string
		want  string
	}{
		{`person:"jane roe"`, "Reader · 2 matches · top"},
		{`speaker:roe`, "Reader · 1 match · top"},
		{`person:poe`, "Reader · 1 match · top"},
		{`person:"john doe"`, "Reader · top"},
	}
	for _, tt := range tests {
		r := newReaderPane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		r.SetSize(60, 10)
		r.SetDocument(doc, tt.query)
		if got := r.Title(); got != tt.want {
			t.Errorf("%s: Title() = %q, want %q", tt.query, got, tt.want)
		}
	}
}
