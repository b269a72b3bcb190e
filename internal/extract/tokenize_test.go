package extract

import (
	"strings"
	"testing"
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
