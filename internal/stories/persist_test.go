package stories

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"
)

// Encoding and decoding a Grouper must not change what it does next:
// adding the same docs to the original and to the copy gives the same
// stories.
func TestGrouperRoundTrip(t *testing.T) {
	docs := synthetic(600)
	tests := []struct {
		name   string
		remove []string
	}{
		{"as added", nil},
		{"after removals", []string{"doc000003", "doc000100", "doc000101", "doc000102", "doc000103", "doc000104"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := NewGrouper(DefaultOptions())
			g.Add(docs[:300])
			g.Add(docs[300:400])
			g.Remove(tt.remove)
			c := roundTrip(t, g)
			if !reflect.DeepEqual(c.Stories(), g.Stories()) {
				t.Fatal("decoded stories differ")
			}
			if c.Len() != g.Len() || c.Options() != g.Options() {
				t.Fatalf("decoded Len %d options %+v, want %d %+v", c.Len(), c.Options(), g.Len(), g.Options())
			}
			g.Add(docs[400:])
			c.Add(docs[400:])
			if !reflect.DeepEqual(c.Stories(), g.Stories()) {
				t.Error("the decoded grouper grouped new docs differently")
			}
		})
	}
}

func TestGrouperUnmarshalDamaged(t *testing.T) {
	g := NewGrouper(DefaultOptions())
	g.Add([]Doc{sestakNYT, sestakFox, budget})
	b, _ := g.MarshalBinary()
	want := g.Stories()
	for _, cut := range []int{0, 5, len(grouperMagic), len(b) / 2, len(b) - 1} {
		if err := g.UnmarshalBinary(b[:cut]); err == nil {
			t.Errorf("cut at %d: no error", cut)
		}
	}
	other := append([]byte(nil), b...)
	other[len(grouperMagic)-1]++
	if err := g.UnmarshalBinary(other); !errors.Is(err, ErrVersion) {
		t.Errorf("another version: err = %v, want ErrVersion", err)
	}
	if !reflect.DeepEqual(g.Stories(), want) {
		t.Error("a failed decode changed the grouper")
	}
}

func FuzzGrouperUnmarshal(f *testing.F) {
	g := NewGrouper(DefaultOptions())
	g.Add([]Doc{sestakNYT, sestakFox, budget, chile1})
	b, _ := g.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		g := NewGrouper(DefaultOptions())
		if g.UnmarshalBinary(b) != nil {
			return
		}
		g.Stories()
		g.Add([]Doc{sestakHuff, chile2})
	})
}

func TestGrouperRemove(t *testing.T) {
	tests := []struct {
		name   string
		remove []string
		want   [][]string
	}{
		{"one member leaves its story", []string{"sestak-fox"},
			[][]string{{"sestak-nyt", "sestak-huff"}, {"budget"}, {"stadium"}}},
		{"a single story goes", []string{"budget", "nobody"},
			[][]string{{"sestak-nyt", "sestak-fox", "sestak-huff"}, {"stadium"}}},
		{"all of a story goes", []string{"sestak-fox", "sestak-nyt", "sestak-huff"},
			[][]string{{"budget"}, {"stadium"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := NewGrouper(DefaultOptions())
			g.Add([]Doc{sestakNYT, sestakFox, sestakHuff, budget, stadium})
			ids := map[string]string{}
			for _, s := range g.Stories() {
				for _, m := range s.Members {
					ids[m] = s.ID
				}
			}
			g.Remove(tt.remove)
			got := g.Stories()
			if !reflect.DeepEqual(memberSets(got), sortedSets(tt.want)) {
				t.Fatalf("after Remove(%v): %v", tt.remove, memberSets(got))
			}
			for _, s := range got {
				for _, m := range s.Members {
					if ids[m] != s.ID {
						t.Errorf("%s changed story id", m)
					}
				}
			}
			// What was removed can come back, and finds its story.
			g.Add([]Doc{sestakFox, budget})
			after := map[string]string{}
			for _, s := range g.Stories() {
				for _, m := range s.Members {
					after[m] = s.ID
				}
			}
			if _, ok := after["sestak-huff"]; ok && after["sestak-fox"] != after["sestak-huff"] {
				t.Errorf("re-added fox did not join huff: %v", after)
			}
			if after["budget"] != ids["budget"] {
				t.Errorf("re-added: %v, before %v", after, ids)
			}
		})
	}
}

func TestTrimKeepsFeatures(t *testing.T) {
	opt := DefaultOptions()
	opt.LeadWords = 12
	for _, d := range []Doc{sestakNYT, chile2, lohan, {Text: "Mr. Steele said. Then, \"Obama!\" (Biden) and more words follow here after twelve"}} {
		cut := opt.Trim(d)
		if len(cut.Text) >= len(d.Text) && len(d.Text) > 0 && len(words(d.Text, 0)) > opt.LeadWords {
			t.Errorf("%q not cut", d.Text)
		}
		if !reflect.DeepEqual(rawFeatures(cut, opt), rawFeatures(d, opt)) {
			t.Errorf("%q: features changed by Trim to %q", d.Text, cut.Text)
		}
	}
}

// A decoded Grouper builds its postings as additions need them (see
// buildPostings). Whatever order removals and small and large additions
// come in, it must group as the Grouper it was encoded from, and every
// list it built must be the one the original keeps.
func TestGrouperLazyPostings(t *testing.T) {
	docs := synthetic(700)
	for i := range docs {
		if i%7 == 3 {
			docs[i].Date = time.Time{} // undated lists too
		}
	}
	g := NewGrouper(DefaultOptions())
	g.Add(docs[:400])
	c := roundTrip(t, g)
	if c.unbuilt == nil {
		t.Fatal("a decoded grouper built its postings at once")
	}
	steps := []struct {
		remove []string
		add    []Doc
	}{
		{remove: []string{"doc000010", "doc000011", "doc000399"}},
		{add: docs[400:401]},
		{add: docs[401:403], remove: []string{"doc000012"}},
		{add: docs[403:404]},
		{add: docs[404:405]},
		{add: docs[405:406]}, // past fullBuildAfter: the rest at once
		{add: docs[406:]},
		{add: docs[10:12]}, // removed ones come back
	}
	for i, st := range steps {
		g.Remove(st.remove)
		c.Remove(st.remove)
		g.Add(st.add)
		c.Add(st.add)
		if !reflect.DeepEqual(c.Stories(), g.Stories()) {
			t.Fatalf("step %d: the decoded grouper grouped differently", i)
		}
		// New features are numbered in map order: compare by name.
		gid := map[string]int{}
		for f, k := range g.names {
			gid[k] = f
		}
		for f, k := range c.names {
			cp, gp := c.post[f], g.post[gid[k]]
			if c.built(int32(f)) && !(slices.Equal(cp.dated, gp.dated) && slices.Equal(cp.undated, gp.undated)) {
				t.Fatalf("step %d: postings of %q differ:\n%v\n%v", i, k, cp, gp)
			}
		}
	}
	if c.unbuilt != nil && c.scans > fullBuildAfter {
		t.Errorf("%d postings still unbuilt after %d partial builds", c.left, c.scans)
	}
}

// Adding again what a decoded Grouper has the postings for builds
// nothing and counts no partial build: an update replays its log's
// additions, often of one article added and removed again, and must not
// reach the full build of every posting for them.
func TestGrouperReaddBuildsNothing(t *testing.T) {
	docs := synthetic(300)
	g := NewGrouper(DefaultOptions())
	g.Add(docs[:250])
	c := roundTrip(t, g)
	for i := range 3 * fullBuildAfter {
		c.Add(docs[250:251])
		c.Remove([]string{docs[250].ID})
		if c.scans != 1 || c.unbuilt == nil {
			t.Fatalf("after %d re-adds of one article: %d partial builds, all built %v", i+1, c.scans, c.unbuilt == nil)
		}
	}
	g.Add(docs[250:251])
	g.Remove([]string{docs[250].ID})
	if !reflect.DeepEqual(c.Stories(), g.Stories()) {
		t.Fatal("the decoded grouper grouped differently")
	}
}

// roundTrip encodes g and decodes it into a new Grouper.
func roundTrip(t *testing.T, g *Grouper) *Grouper {
	t.Helper()
	b, err := g.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	c := NewGrouper(Options{})
	if err := c.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return c
}

// Prepare builds in one partial build what the additions after it read,
// so replaying a log of several additions scans the articles once.
func TestGrouperPrepare(t *testing.T) {
	docs := synthetic(320)
	g := NewGrouper(DefaultOptions())
	g.Add(docs[:250])
	c := roundTrip(t, g)
	later := docs[250 : 250+2*fullBuildAfter]
	c.Prepare(later)
	if c.scans != 1 {
		t.Fatalf("Prepare made %d partial builds, want 1", c.scans)
	}
	for i := range later {
		g.Add(later[i : i+1])
		c.Add(later[i : i+1])
	}
	if c.scans != 1 || c.unbuilt == nil {
		t.Errorf("after Prepare and %d additions: %d partial builds, all built %v; want 1 and not all", len(later), c.scans, c.unbuilt == nil)
	}
	if !reflect.DeepEqual(c.Stories(), g.Stories()) {
		t.Fatal("the prepared grouper grouped differently")
	}
}
