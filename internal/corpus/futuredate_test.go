package corpus

import (
	"testing"
	"time"
)

// TestFutureDateIsUndated: a date far past today is a slip in the data,
// kept as text but not sorted on; today's and tomorrow's are dates.
func TestFutureDateIsUndated(t *testing.T) {
	tomorrow := time.Now().UTC().Add(24 * time.Hour).Format("2006-01-02")
	tests := []struct {
		date  string
		dated bool
	}{
		{"2017-03-02", true},
		{tomorrow, true},
		{"2999-09-30", false},
	}
	for _, tt := range tests {
		a := Article{Text: "The council met on Monday.", DateText: tt.date}
		finishArticle(&a)
		if !a.Date.IsZero() != tt.dated || a.DateText != tt.date {
			t.Errorf("%s: Date %v, DateText %q; want dated %v and the text kept", tt.date, a.Date, a.DateText, tt.dated)
		}
	}
}
