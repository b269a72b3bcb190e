package extract

import "testing"

func TestIsGivenName(t *testing.T) {
	for word, want := range map[string]bool{"john": true, "nancy": true, "jerome": true, "John": false, "trump": false, "": false} {
		if got := IsGivenName(word); got != want {
			t.Errorf("IsGivenName(%q) = %v, want %v", word, got, want)
		}
	}
}
