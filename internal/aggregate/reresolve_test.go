package aggregate

import (
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// TestReresolveMatchesFull changes a table an article or a few at a
// time (adds, removals, re-adds, a surname's dominant full name losing
// its lead, middle names joining and parting) and checks after each
// change that the resolution worked out from the last one is the one
// resolving everything again gives.
func TestReresolveMatchesFull(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		arts := slices.Concat(surnameArticles(), middleArticles(), variantArticles(seed), genArticles(400, seed))
		checkReresolve(t, arts, 200, seed, func(rng *rand.Rand) int { return rng.IntN(len(arts)) })
	}
}

// TestReresolveMiddleNames does the same changing mostly the articles
// of middleArticles, so its joins form and break many times.
func TestReresolveMiddleNames(t *testing.T) {
	for _, seed := range []uint64{4, 5} {
		mid := middleArticles()
		arts := slices.Concat(mid, genArticles(300, seed))
		flips := checkReresolve(t, arts, len(arts), seed, func(rng *rand.Rand) int {
			switch rng.IntN(10) {
			case 0, 1, 2, 3, 4:
				return rng.IntN(middleDeciders)
			case 5, 6, 7:
				return rng.IntN(len(mid))
			}
			return rng.IntN(len(arts))
		})
		if flips < 10 {
			t.Errorf("seed %d: the joins changed only %d times", seed, flips)
		}
	}
}

// checkReresolve adds the first start articles, then makes 150 changes
// of one to three articles picked by pick, comparing the resolution
// after each with a full one. It returns how many changes changed which
// full names joined others.
func checkReresolve(t *testing.T, arts []Article, start int, seed uint64, pick func(*rand.Rand) int) (flips int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	tb := NewTable()
	for _, a := range arts[:start] {
		tb.Add(a)
	}
	tb.People() // the first resolution: all of it
	in := map[int]bool{}
	for i := range start {
		in[i] = true
	}
	incremental := 0
	lastJoined := map[string]string{}
	for step := range 150 {
		for range 1 + rng.IntN(3) {
			i := pick(rng)
			if in[i] && rng.IntN(2) == 0 {
				tb.Remove(arts[i].ID)
				delete(in, i)
			} else {
				tb.Add(arts[i])
				in[i] = true
			}
		}
		tb.mu.Lock()
		if tb.res != nil && tb.aux != nil && len(tb.changed) <= tb.raw.n/4 {
			incremental++
		}
		got := tb.resolve()
		want := tb.resolveAll()
		joined := map[string]string{}
		for k, e := range want.rawTo {
			if _, full := surname(k); full && k != e {
				joined[k] = e
			}
		}
		tb.mu.Unlock()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d step %d: resolution differs from a full one\n got %+v\nwant %+v", seed, step, diffResolved(got, want), "")
		}
		if !maps.Equal(joined, lastJoined) {
			flips++
		}
		lastJoined = joined
	}
	if incremental < 100 {
		t.Errorf("seed %d: only %d of 150 resolutions were incremental", seed, incremental)
	}
	return flips
}

// diffResolved names the first part of two resolutions that differs.
func diffResolved(a, b *resolved) string {
	switch {
	case !reflect.DeepEqual(a.people, b.people):
		for i := range min(len(a.people), len(b.people)) {
			if !reflect.DeepEqual(a.people[i], b.people[i]) {
				return "people: " + a.people[i].Key + " vs " + b.people[i].Key
			}
		}
		return "people: lengths"
	case !reflect.DeepEqual(a.byKey, b.byKey):
		return "byKey"
	case !reflect.DeepEqual(a.rawTo, b.rawTo):
		return "rawTo"
	case !reflect.DeepEqual(a.alias, b.alias):
		return "alias"
	case !reflect.DeepEqual(a.surnames, b.surnames):
		return "surnames"
	}
	return "nothing"
}
