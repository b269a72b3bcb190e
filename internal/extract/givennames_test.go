package extract

import "testing"

func TestIsGivenName(t *testing.T) {
	for word, want := range map[string]bool{"john": true, "nancy": true, "jerome": true, "John": false, "trump": false, "": false} {
		if got := IsGivenName(word); got != want {
			t.Errorf("IsGivenName(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestSameGiven(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"sid", "sidney", true},
		{"william", "bill", true},
		{"bill", "billy", true},
		{"ted", "edward", true},
		{"ted", "theodore", true},
		{"edward", "theodore", false},
		{"bill", "bob", false},
		{"anna", "anna", true},
		{"anna", "hanna", false},
		{"jerry", "jerrold", true},
		{"gabby", "gabrielle", true},
		{"jack", "jacob", true},
	}
	for _, c := range cases {
		if got := sameGiven(c.a, c.b); got != c.want {
			t.Errorf("sameGiven(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
