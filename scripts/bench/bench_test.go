package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestPct(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3, 6, 7, 8, 9, 10}
	for _, c := range []struct {
		p    float64
		want float64
	}{{50, 5}, {99, 10}, {100, 10}, {10, 1}, {0, 1}} {
		if got := pct(xs, c.p); got != c.want {
			t.Errorf("pct(%v) = %v, want %v", c.p, got, c.want)
		}
	}
}

func TestShuffleTextKeepsParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, text := range []string{
		"One para.\n\nTwo para.\n\nThree para.",
		"First sentence. Second sentence. Third one.",
		"single",
	} {
		got := shuffleText(rng, text)
		if len(got) != len(text) {
			t.Errorf("%q: length %d, want %d", text, len(got), len(text))
		}
		a, b := strings.Fields(got), strings.Fields(text)
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			t.Errorf("%q: words changed: %q", text, got)
		}
	}
}

func TestMarker(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Trump wins the vote", "Trump wins the"},
		{"A very-long-headline-word-here and more", "A very-long-headli"},
		{"", ""},
	} {
		if got := marker(c.in); got != c.want {
			t.Errorf("marker(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
