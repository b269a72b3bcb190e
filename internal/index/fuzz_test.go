package index

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"", "kislyak", `"russian ambassador"`, "source:cnn", `author:"jane doe"`,
		"+budget -kislyak", `date:>="2017-01-01" date:<"2017-04-01"`, `"al fra`,
		"source:", "people:sessions^3", "kis*", "/kis.*/", "kislyak~1", "2016", `\`, "+-", ":::",
	} {
		f.Add(s)
	}
	ix := fixtureIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		q, _, err := parseQuery(s)
		if err == nil && q == nil && strings.TrimSpace(s) != "" {
			t.Fatalf("parseQuery(%q): nil query and no error", s)
		}
		res, err := ix.Search(context.Background(), s, 5)
		if err != nil {
			return
		}
		for _, h := range res.Hits {
			checkSpans(t, h.Snippet, h.SnippetMarks)
			checkSpans(t, h.Title, h.TitleMarks)
		}
	})
}

func FuzzSnippet(f *testing.F) {
	f.Add("The senators held a meeting about the budget.", 4, 12, 30, 37)
	f.Add(strings.Repeat("word ", 100)+"target "+strings.Repeat("more ", 100), 500, 506, 0, 0)
	f.Add("naïve café\n\nrésumé", 0, 6, 8, 12)
	// Invalid text: a long run of continuation bytes around the window's
	// edges once stretched the excerpt to the whole run.
	f.Add("a"+strings.Repeat("\x80", 3000)+" b "+strings.Repeat("\xbf", 3000), 1500, 1510, 3001, 3003)
	// Two overlapping marks that merge into one longer than the window
	// once left the densest run empty.
	f.Add(strings.Repeat("0", 212), 4, 93, 23, 212)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		var marks []Span
		for _, sp := range []Span{{s1, e1}, {s2, e2}} {
			if sp.Start >= 0 && sp.End <= len(text) && sp.Start < sp.End {
				marks = append(marks, sp)
			}
		}
		marks = mergeSpans(marks)
		snip, got := snippet(text, marks)
		if utf8.ValidString(text) && !utf8.ValidString(snip) {
			t.Fatalf("snippet of valid text is not valid UTF-8: %q", snip)
		}
		checkSpans(t, snip, got)
		if len(snip) > snippetLen+2*len(ellipsis)+2*20+8 {
			t.Fatalf("snippet too long: %d bytes", len(snip))
		}
	})
}

// checkSpans fails unless the spans are in order, inside s and disjoint.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	prev := 0
	for _, sp := range spans {
		if sp.Start < prev || sp.End > len(s) || sp.Start >= sp.End {
			t.Fatalf("bad span %v in %q (%v)", sp, s, spans)
		}
		prev = sp.End
	}
}
