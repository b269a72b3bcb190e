package ui

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"storytui/internal/index"
)

func lineTexts(s string, spans []lineSpan) []string {
	out := make([]string, len(spans))
	for i, l := range spans {
		out[i] = s[l.start:l.end]
	}
	return out
}

func TestWrapOffsets(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  []string
	}{
		{"fits", "a b c", 10, []string{"a b c"}},
		{"breaks at spaces", "the quick brown fox", 9, []string{"the quick", "brown fox"}},
		{"drops spaces at the break", "aaa   bbb", 4, []string{"aaa", "bbb"}},
		{"keeps blank lines", "one\n\ntwo", 10, []string{"one", "", "two"}},
		{"cuts long words", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word after a short one", "ab cdefghij", 4, []string{"ab", "cdef", "ghij"}},
		{"wide runes", "日本語の文章", 4, []string{"日本", "語の", "文章"}},
		{"empty", "", 5, []string{""}},
		{"only spaces", "   ", 5, []string{""}},
		{"zero width", "ab", 0, []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lineTexts(tt.in, wrapOffsets(tt.in, tt.width))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func TestPlaceMarks(t *testing.T) {
	text := "alpha beta gamma delta"
	lines := wrapOffsets(text, 11) // "alpha beta" "gamma delta"
	spans := cleanSpans(text, []index.Span{{Start: 17, End: 22}, {Start: 6, End: 16}, {Start: 0, End: 5}})
	marks, first := placeMarks(lines, spans, 3)
	var got []string
	for l, ms := range marks {
		for _, m := range ms {
			got = append(got, text[lines[l].start+m.start:lines[l].start+m.end]+"#"+itoa(m.match))
		}
	}
	// "beta gamma" crosses the break and is cut in two, both parts match 4.
	want := "alpha#3 beta#4 gamma#4 delta#5"
	if strings.Join(got, " ") != want {
		t.Fatalf("marks = %q, want %q", strings.Join(got, " "), want)
	}
	if first[0] != 0 || first[1] != 0 || first[2] != 1 {
		t.Fatalf("first lines = %v, want [0 0 1]", first)
	}
}

func TestCleanSpans(t *testing.T) {
	text := "héllo wörld"
	got := cleanSpans(text, []index.Span{{Start: 2, End: 3}, {Start: -4, End: 1}, {Start: 8, End: 99}, {Start: 5, End: 5}, {Start: 0, End: 2}})
	for _, sp := range got {
		if !utf8.ValidString(text[sp.Start:sp.End]) {
			t.Fatalf("span %v cuts a rune: %q", sp, text[sp.Start:sp.End])
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].End {
			t.Fatalf("spans overlap: %v", got)
		}
	}
	if len(got) == 0 || got[len(got)-1].End != len(text) {
		t.Fatalf("span past the end not clamped: %v", got)
	}
}

func TestSanitizeKeepsLength(t *testing.T) {
	in := "a\tb\x1b[31mred\x00\xffend\u009b\nnext"
	out := sanitize(in)
	if len(out) != len(in) {
		t.Fatalf("length %d, want %d", len(out), len(in))
	}
	if strings.ContainsAny(out, "\t\x1b\x00") || !utf8.ValidString(out) || !strings.Contains(out, "\n") {
		t.Fatalf("sanitize(%q) = %q", in, out)
	}
}

func TestFormat(t *testing.T) {
	tests := []struct{ got, want string }{
		{thousands(0), "0"},
		{thousands(999), "999"},
		{thousands(1234), "1,234"},
		{thousands(-1234567), "-1,234,567"},
		{plural(1, "hit", "hits"), "1 hit"},
		{plural(uint64(2500), "hit", "hits"), "2,500 hits"},
		{shortDuration(850 * time.Microsecond), "850µs"},
		{shortDuration(12 * time.Millisecond), "12ms"},
		{shortDuration(1234 * time.Millisecond), "1.2s"},
		{clock(75 * time.Second), "1:15"},
		{clock(3723 * time.Second), "1:02:03"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestProgressFigures(t *testing.T) {
	frac, rate, eta, ok := progressFigures(index.Progress{BytesTotal: 100, BytesDone: 25, Articles: 50, Elapsed: 10 * time.Second})
	if !ok || frac != 0.25 || rate != 5 || eta != 30*time.Second {
		t.Fatalf("got %v %v %v %v", frac, rate, eta, ok)
	}
	if _, _, _, ok := progressFigures(index.Progress{Articles: 3}); ok {
		t.Fatal("no totals must mean unknown progress")
	}
	frac, _, _, ok = progressFigures(index.Progress{FilesTotal: 4, FilesDone: 1})
	if !ok || frac != 0.25 {
		t.Fatalf("files fallback: %v %v", frac, ok)
	}
}

// FuzzWrap checks, for any text, marks and width, that wrapped lines fit,
// keep every non-space byte in order, and that marks render inside them.
func FuzzWrap(f *testing.F) {
	f.Add("the quick brown fox jumps over the lazy dog", 10, 4, 9)
	f.Add("日本語の文章です。\n\nand more", 3, 0, 6)
	f.Add("a\x1b[31mb\tc\xff d", 2, 1, 3)
	f.Add("", 1, 0, 0)
	f.Add("e\u0301\u200d👩‍👩‍👧 x", 1, 0, 20)
	f.Fuzz(func(t *testing.T, s string, width, ms, me int) {
		if width < 1 || width > 200 || len(s) > 2000 {
			return
		}
		s = sanitize(s)
		lines := wrapOffsets(s, width)
		var kept strings.Builder
		prev := 0
		for _, l := range lines {
			if l.start < prev || l.end < l.start || l.end > len(s) {
				t.Fatalf("bad line %v after %d in %q", l, prev, s)
			}
			prev = l.end
			text := s[l.start:l.end]
			if w := ansi.StringWidth(text); w > width && utf8.RuneCountInString(text) > 1 {
				t.Fatalf("line %q is %d wide, limit %d", text, w, width)
			}
			kept.WriteString(text)
		}
		strip := func(x string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(x) }
		if strip(kept.String()) != strip(s) {
			t.Fatalf("wrapping lost text: %q -> %q", s, kept.String())
		}
		spans := cleanSpans(s, []index.Span{{Start: ms, End: me}})
		marks, first := placeMarks(lines, spans, 0)
		for i, f := range first {
			if f < 0 || f >= len(lines) {
				t.Fatalf("span %d first line %d of %d", i, f, len(lines))
			}
		}
		plain := lipgloss.NewStyle()
		for i, l := range lines {
			text := s[l.start:l.end]
			for _, m := range marks[i] {
				if m.start < 0 || m.end > len(text) || m.start >= m.end {
					t.Fatalf("mark %v outside line %q", m, text)
				}
			}
			if got := ansi.Strip(renderMarked(text, marks[i], plain, plain.Bold(true), plain.Reverse(true), 0)); got != text {
				t.Fatalf("rendering changed the text: %q -> %q", text, got)
			}
		}
	})
}
