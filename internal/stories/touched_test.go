package stories

import (
	"math/rand"
	"reflect"
	"sort"
	"testing"
)

// TestTouchedKeepsACopy keeps a copy of the stories up to date from
// Touched alone, through adds (one doc, a batch, a doc again), removals
// that empty a story and the same doc coming back, and checks it against
// Stories after every step.
func TestTouchedKeepsACopy(t *testing.T) {
	docs := synthetic(300)
	r := rand.New(rand.NewSource(3))
	g := NewGrouper(DefaultOptions())
	g.Add(docs[:100])
	copyOf := map[string]Story{}
	for _, st := range g.Stories() {
		copyOf[st.ID] = st
	}
	g.Touched()
	for step := range 60 {
		switch r.Intn(3) {
		case 0:
			g.Add([]Doc{docs[r.Intn(len(docs))]})
		case 1:
			i := r.Intn(len(docs) - 5)
			g.Add(docs[i : i+1+r.Intn(5)])
		case 2:
			g.Remove([]string{docs[r.Intn(len(docs))].ID, docs[r.Intn(len(docs))].ID})
		}
		for _, st := range g.Touched() {
			if len(st.Members) == 0 {
				delete(copyOf, st.ID)
			} else {
				copyOf[st.ID] = st
			}
		}
		var got []Story
		for _, st := range copyOf {
			got = append(got, st)
		}
		want := g.Stories()
		sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
		sort.Slice(got, func(i, j int) bool { return got[i].ID < got[j].ID })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: the copy kept from Touched differs from Stories", step)
		}
	}
}
