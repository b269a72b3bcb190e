package aggregate

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"storytui/internal/extract"
)

// TestLookupWithoutResolving checks that Lookup and Resolve of every
// counted key, worked out without resolving the table, give what the
// whole resolution gives, as articles come and go; and that names which
// are only aliases or not counted at all are answered too.
func TestLookupWithoutResolving(t *testing.T) {
	arts := slices.Concat(surnameArticles(), middleArticles(), variantArticles(11), genArticles(300, 11))
	rng := rand.New(rand.NewPCG(11, 2))
	tb := NewTable()
	for _, a := range arts[:150] {
		tb.Add(a)
	}
	for step := range 30 {
		for range 5 {
			a := arts[rng.IntN(len(arts))]
			if rng.IntN(3) == 0 {
				tb.Remove(a.ID)
			} else {
				tb.Add(a)
			}
		}
		tb.mu.Lock()
		full := tb.resolveAll()
		var names []string
		for k := range tb.raw.keys() {
			names = append(names, tb.pool[k])
		}
		for _, p := range full.people {
			names = append(names, p.Aliases...)
		}
		tb.res = nil // unresolved, as after loading
		tb.mu.Unlock()
		lazy := 0
		for _, n := range append(names, "", "Nobody Known", "Sen. Sessions") {
			tb.mu.Lock()
			_, counted := tb.entityOf(Key(n))
			if counted {
				lazy++
			}
			tb.mu.Unlock()
			k := Key(n)
			want := k
			if e, ok := full.find(k); ok {
				want = e
			}
			if got := tb.Resolve(n); got != want {
				t.Fatalf("step %d: Resolve(%q) = %q, want %q", step, n, got, want)
			}
			got, ok := tb.Lookup(n)
			e, wantOK := full.find(k)
			if ok != wantOK || ok && !reflect.DeepEqual(got, full.people[full.byKey[e]]) {
				t.Fatalf("step %d: Lookup(%q) = %+v %v, want %+v %v", step, n, got, ok, full.people[full.byKey[e]], wantOK)
			}
			tb.mu.Lock()
			tb.res = nil
			tb.mu.Unlock()
		}
		if lazy < len(names)/2 {
			t.Errorf("step %d: only %d of %d names answered without resolving", step, lazy, len(names))
		}
	}
}

// surnameArticles name surnames that one full name dominates (Obama) or
// that flip between dominated and ambiguous as articles come and go
// (Clinton), bare and in full.
func surnameArticles() []Article {
	var out []Article
	for i := range 12 {
		var people []extract.Person
		switch i % 4 {
		case 0:
			people = []extract.Person{person("Obama", 1)}
		case 1:
			people = []extract.Person{person("Barack Obama", 2, "Obama")}
			if i == 1 {
				people = append(people, person("Michelle Obama", 1))
			}
		case 2:
			people = []extract.Person{person("Barack Obama", 1), person("Bill Clinton", 1), person("Clinton", 2)}
		case 3:
			people = []extract.Person{person("Hillary Clinton", 3, "Clinton"), person("Sen. Obama", 1), person("Barack Obama", 1)}
		}
		out = append(out, art(fmt.Sprintf("s%02d", i), "AP", "2016-05-01", people))
	}
	return out
}

// What Resolve answers for a name an article gives as a person's name,
// and Lookup for that answer, change only when a changed article names a
// person of the same Group: the index keeps the answers for the largest
// stories' names across updates on that promise.
func TestAnswersChangeOnlyInChangedGroups(t *testing.T) {
	arts := slices.Concat(surnameArticles(), middleArticles(), variantArticles(13), genArticles(300, 13))
	rng := rand.New(rand.NewPCG(13, 5))
	tb := NewTable()
	for _, a := range arts[:150] {
		tb.Add(a)
	}
	type answer struct {
		key string
		p   Person
		ok  bool
	}
	var names []string
	seen := map[string]bool{}
	for _, a := range arts {
		for _, p := range a.Result.People {
			if !seen[p.Name] {
				seen[p.Name] = true
				names = append(names, p.Name)
			}
		}
	}
	answers := func() map[string]answer {
		m := map[string]answer{}
		for _, n := range names {
			k := tb.Resolve(n)
			p, ok := tb.Lookup(k)
			m[n] = answer{k, p, ok}
		}
		return m
	}
	before := answers()
	kept := 0
	for step := range 40 {
		changed := map[string]bool{}
		for range 3 {
			a := arts[rng.IntN(len(arts))]
			for _, p := range a.Result.People {
				changed[Group(p.Name)] = true
			}
			if rng.IntN(3) == 0 {
				tb.Remove(a.ID)
			} else {
				tb.Add(a)
			}
		}
		if step%2 == 0 {
			tb.People() // resolved in full now and then, as listings do
		}
		after := answers()
		for _, n := range names {
			if changed[Group(n)] {
				continue
			}
			kept++
			if !reflect.DeepEqual(before[n], after[n]) {
				t.Fatalf("step %d: %q (group %q, not changed) went from %+v to %+v", step, n, Group(n), before[n], after[n])
			}
		}
		before = after
	}
	if kept < len(names) {
		t.Errorf("only %d answers kept across 40 steps of %d names: the test checks too little", kept, len(names))
	}
}
