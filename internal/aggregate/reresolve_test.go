package aggregate

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// TestReresolveMatchesFull changes a table an article or a few at a
// time (adds, removals, re-adds, a surname's dominant full name losing
// its lead) and checks after each change that the resolution worked out
// from the last one is the one resolving everything again gives.
func TestReresolveMatchesFull(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		arts := slices.Concat(surnameArticles(), middleArticles(), genArticles(400, seed))
		rng := rand.New(rand.NewPCG(seed, 7))
		tb := NewTable()
		for _, a := range arts[:200] {
			tb.Add(a)
		}
		tb.People() // the first resolution: all of it
		in := map[int]bool{}
		for i := range 200 {
			in[i] = true
		}
		incremental := 0
		for step := range 150 {
			for range 1 + rng.IntN(3) {
				i := rng.IntN(len(arts))
				if in[i] && rng.IntN(2) == 0 {
					tb.Remove(arts[i].ID)
					delete(in, i)
				} else {
					tb.Add(arts[i])
					in[i] = true
				}
			}
			tb.mu.Lock()
			if tb.res != nil && tb.aux != nil && len(tb.changed) <= len(tb.raw)/4 {
				incremental++
			}
			got := tb.resolve()
			want := tb.resolveAll()
			tb.mu.Unlock()
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d step %d: resolution differs from a full one\n got %+v\nwant %+v", seed, step, diffResolved(got, want), "")
			}
		}
		if incremental < 100 {
			t.Errorf("seed %d: only %d of 150 resolutions were incremental", seed, incremental)
		}
	}
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
