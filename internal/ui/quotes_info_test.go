package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"storytui/internal/aggregate"
)

// TestQuotesInfoLine: the quotes pane's info line names what it counts,
// statements and the quotes they gather (the People count), dropping the
// role first, then the quotes, and the scope last, never the count.
func TestQuotesInfoLine(t *testing.T) {
	quotes := []aggregate.Quote{
		{Text: "We will rebuild the bridge", Copies: 3, Sources: []aggregate.Source{{ArticleID: "a"}, {ArticleID: "b"}}},
		{Text: "Not today", Copies: 1, Sources: []aggregate.Source{{ArticleID: "c"}}},
	}
	const info = "in the whole corpus · newest 1,000 of 17,677"
	tests := []struct {
		width int
		want  string
	}{
		{120, " Jane Roe · Secretary of Agriculture · 2 statements in 4 quotes · in the whole corpus · newest 1,000 of 17,677"},
		{100, " Jane Roe · 2 statements in 4 quotes · in the whole corpus · newest 1,000 of 17,677"},
		{80, " Jane Roe · 2 statements · in the whole corpus · newest 1,000 of 17,677"},
		{48, " Jane Roe · 2 statements · in the whole corpus …"},
	}
	for _, tt := range tests {
		q := newQuotesPane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		q.SetSize(tt.width, 10)
		q.person = aggregate.Person{Key: "jane roe", Name: "Jane Roe", Role: "Secretary of Agriculture"}
		q.SetQuotes(quotes)
		got := strings.TrimRight(ansi.Strip(q.lines(false, info, info, "")[0]), " ")
		if got != tt.want {
			t.Errorf("width %d:\n got %q\nwant %q", tt.width, got, tt.want)
		}
	}
}
