package aggregate

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestDeltaRoundTrip saves a table whole, changes it in steps, saving
// each step's delta, and checks that the saved table with the deltas
// applied in order is the table: same articles, same people.
func TestDeltaRoundTrip(t *testing.T) {
	arts := genArticles(300, 5)
	rng := rand.New(rand.NewPCG(5, 9))
	tb := NewTable()
	for _, a := range arts[:150] {
		tb.Add(a)
	}
	base, err := tb.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if tb.Pending() != 0 {
		t.Fatalf("%d pending after a whole save", tb.Pending())
	}
	var deltas [][]byte
	for range 20 {
		for range 1 + rng.IntN(4) {
			a := arts[rng.IntN(len(arts))]
			if rng.IntN(3) == 0 {
				tb.Remove(a.ID)
			} else {
				tb.Add(a)
			}
		}
		tb.Remove("no such article")
		deltas = append(deltas, tb.MarshalDelta())
		if tb.Pending() != 0 {
			t.Fatalf("%d pending after a delta", tb.Pending())
		}
	}
	got := NewTable()
	if err := got.UnmarshalBinary(base); err != nil {
		t.Fatal(err)
	}
	for _, d := range deltas {
		if err := got.UnmarshalDelta(d); err != nil {
			t.Fatal(err)
		}
	}
	if got.Pending() != 0 {
		t.Errorf("applying deltas left %d pending", got.Pending())
	}
	if !reflect.DeepEqual(got.People(), tb.People()) {
		t.Errorf("people differ after the deltas")
	}
	if got.Len() != tb.Len() {
		t.Errorf("%d articles, want %d", got.Len(), tb.Len())
	}
	for _, a := range arts {
		if got.Has(a.ID) != tb.Has(a.ID) {
			t.Errorf("article %s: has %v, want %v", a.ID, got.Has(a.ID), tb.Has(a.ID))
		}
	}
}

func TestDeltaDamaged(t *testing.T) {
	arts := genArticles(20, 6)
	tb := NewTable()
	for _, a := range arts[:10] {
		tb.Add(a)
	}
	tb.Remove(arts[0].ID)
	d := tb.MarshalDelta()
	before := tb.People()
	for _, bad := range [][]byte{nil, d[:len(d)/2], append(d[:len(d):len(d)], 7), {9, 0}} {
		if err := tb.UnmarshalDelta(bad); err == nil {
			t.Errorf("damaged delta %x accepted", bad)
		}
	}
	if !reflect.DeepEqual(tb.People(), before) {
		t.Errorf("a refused delta changed the table")
	}
}

// FuzzUnmarshalDelta feeds damaged deltas: an error or a table that
// still resolves, never a panic.
func FuzzUnmarshalDelta(f *testing.F) {
	tb := NewTable()
	for _, a := range genArticles(5, 3) {
		tb.Add(a)
	}
	tb.Remove("a00001")
	f.Add(tb.MarshalDelta())
	f.Fuzz(func(t *testing.T, b []byte) {
		nt := NewTable()
		if nt.UnmarshalDelta(b) == nil {
			nt.People()
		}
	})
}
