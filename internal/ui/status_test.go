package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"storytui/internal/index"
)

func TestDropAsides(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"not a valid query (parse error: x); searched the words", "not a valid query; searched the words"},
		{"a (b (c) d) e", "a e"},
		{"two (one) asides (two)", "two asides"},
		{"unclosed (aside", "unclosed"},
		{"stray ) paren", "stray ) paren"},
	}
	for _, tc := range tests {
		if got := dropAsides(tc.in); got != tc.want {
			t.Errorf("dropAsides(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestStatusNoteFits: when the query was not valid and the index searched
// something else, the words it searched stay on the line; the figures and
// the parser's detail give way first.
func TestStatusNoteFits(t *testing.T) {
	note := `not a valid query (parse error: unterminated quote at offset 0); searched the words "unclosed phrase"`
	hits := make([]index.Hit, 100)
	tests := []struct {
		width     int
		want, not []string
	}{
		{200, []string{"(showing 100)", "122ms", "(parse error", `"unclosed phrase"`}, nil},
		{120, []string{"1,061 hits", "(parse error", `"unclosed phrase"`}, []string{"122ms"}},
		{80, []string{"1,061 hits", `not a valid query; searched the words "unclosed phrase"`}, []string{"122ms", "(parse error"}},
	}
	for _, tc := range tests {
		s := newStatusBar(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		s.SetSize(tc.width, 1)
		line := ansi.Strip(s.statusLine(statusInfo{
			searched: true, query: `"unclosed phrase`,
			res: index.Results{Total: 1061, Hits: hits, Took: 122 * time.Millisecond, Note: note},
		}))
		if w := ansi.StringWidth(line); w != tc.width {
			t.Errorf("width %d: line is %d wide", tc.width, w)
		}
		for _, w := range tc.want {
			if !strings.Contains(line, w) {
				t.Errorf("width %d: %q missing from %q", tc.width, w, line)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(line, n) {
				t.Errorf("width %d: %q still in %q", tc.width, n, line)
			}
		}
	}
}
