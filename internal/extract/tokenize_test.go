package extract

import (
	"strings"
	"testing"
	"unicode"
)

// TestFieldHelpers checks fieldCount and joinFields against the
// strings.Fields forms they stand for.
func TestFieldHelpers(t *testing.T) {
	for _, s := range []string{
		"", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\nb", "a\u00a0b", "a\u2009b c",
		"Anna Ruiz said", " leading", "trailing ", "tab\tand\r\nbreak", "\u0085x", "x\xffy z",
		"“We will win,” Ruiz said.", "é è  ü",
	} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerInto checks lowerInto against lower, and that words written
// earlier stay as they were while the buffer grows.
func TestLowerInto(t *testing.T) {
	var buf strings.Builder
	words := []string{"Trump", "trump", "U.S.", "NATO", "McCain's", "O'Rourke", "Peña", "ÉLYSÉE", "Don’t", "x1", "A", ""}
	var got []string
	for k := 0; k < 50; k++ {
		for _, w := range words {
			got = append(got, lowerInto(&buf, w))
		}
	}
	for k, g := range got {
		if want := lower(words[k%len(words)]); g != want {
			t.Errorf("lowerInto(%q) = %q, want %q", words[k%len(words)], g, want)
		}
	}
}

// TestFoldKey checks foldKey against the plain rune loop it speeds up.
func TestFoldKey(t *testing.T) {
	plain := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		return b.String()
	}
	for _, s := range []string{"", "We will win, 2-1!", "“Ça va,” PEÑA said.", "Don’t ΣΟΦΙΑ x\xffy", "İstanbul ǅ Ⅻ ٣"} {
		if got, want := foldKey(s), plain(s); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNameIs checks person.nameIs against person.name.
func TestNameIs(t *testing.T) {
	people := []*person{{}, {suffix: "Jr."}, {parts: []string{"Anna"}}, {parts: []string{"Anna", "Ruiz"}},
		{parts: []string{"Peter", "W.", "Hall"}, suffix: "III"}}
	forms := []string{"", " ", "Jr.", " Jr.", "Anna", "Anna ", "Anna Ruiz", "Anna  Ruiz", "AnnaRuiz", "Anna Ruiz Jr.",
		"Peter W. Hall III", "Peter W. Hall", "Peter W. HallIII", "Peter W. Hall III "}
	for _, p := range people {
		for _, f := range forms {
			if got, want := p.nameIs(f), f == p.name(); got != want {
				t.Errorf("%q.nameIs(%q) = %v, want %v", p.name(), f, got, want)
			}
		}
	}
}

// TestMarkByte checks that markAt finds no mark at a byte markByte
// rejects, for every byte value followed by mark-like bytes.
func TestMarkByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		if markByte(byte(c)) {
			continue
		}
		for _, tail := range []string{"", "'", "`", "\x80\x9c", "\xab", "\xbb", "\"", "''"} {
			if _, n := markAt(string([]byte{byte(c)})+tail, 0); n != 0 {
				t.Errorf("markAt finds a mark at byte %#x, which markByte rejects", c)
			}
		}
	}
}
