package ui

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"storytui/internal/aggregate"
)

// manyPeople is n people with the long tail of a real index: most named
// once or twice, a few often, names in mixed case.
func manyPeople(n int) []aggregate.Person {
	r := rand.New(rand.NewPCG(1, 2))
	first := []string{"John", "Mary", "de", "Ana", "Lee", "O'Brien", "van", "Kim", "José", "Sam"}
	out := make([]aggregate.Person, n)
	for i := range out {
		name := fmt.Sprintf("%s %s%d", first[r.IntN(len(first))], first[r.IntN(len(first))], r.IntN(n))
		m := 1 + int(r.ExpFloat64()*2)
		out[i] = aggregate.Person{Key: fmt.Sprint(i), Name: name, Aliases: []string{name[:3]}, Mentions: m, Quotes: r.IntN(m + 1)}
	}
	return out
}

// BenchmarkPeopleRefresh is the work of one key in a People pane of 83k
// people, the whole 60k index: a filter letter, or s (sort by quotes,
// then by name); and of a new answer, in its Cmd and in Update.
func BenchmarkPeopleRefresh(b *testing.B) {
	people := manyPeople(83000)
	b.Run("filter", func(b *testing.B) {
		p := newPeoplePane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		p.SetSize(80, 20)
		p.SetPeople(people, "")
		p.filter = "ba"
		for b.Loop() {
			p.refresh("")
		}
	})
	// A new answer: made ready in peopleCmd, then shown in Update.
	b.Run("new-answer-cmd", func(b *testing.B) {
		for b.Loop() {
			newPeopleAnswer(people)
		}
	})
	b.Run("new-answer-update", func(b *testing.B) {
		p := newPeoplePane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		p.SetSize(80, 20)
		a := newPeopleAnswer(people)
		for b.Loop() {
			p.SetAnswer(a, "")
		}
	})
	b.Run("sort-by-name", func(b *testing.B) {
		p := newPeoplePane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		p.SetSize(80, 20)
		p.SetPeople(people, "")
		for b.Loop() {
			p.sort = byQuotes
			p.resort()
			p.refresh("")
			p.sort = byName
			p.resort()
			p.refresh("")
		}
	})
}

// TestPeopleOrder: each sort, ties broken by name ignoring case and then
// by the answer's order, and a filter that keeps the order and matches
// aliases, across a re-sort.
func TestPeopleOrder(t *testing.T) {
	people := []aggregate.Person{
		{Key: "a", Name: "bea Lee", Mentions: 2, Quotes: 5},
		{Key: "b", Name: "Al Ray", Mentions: 9, Quotes: 1},
		{Key: "c", Name: "Bea Lee", Mentions: 2, Quotes: 5},
		{Key: "d", Name: "Cy Dent", Aliases: []string{"The Senator"}, Mentions: 2, Quotes: 7},
		{Key: "e", Name: "ali Ray", Mentions: 9, Quotes: 1},
	}
	tests := []struct {
		by     sortBy
		filter string
		want   string
	}{
		{byMentions, "", "bedac"},
		{byQuotes, "", "dacbe"},
		{byName, "", "beacd"},
		{byName, "senator", "d"},
		{byMentions, "RAY", "be"},
		{byQuotes, "e", "dac"},
	}
	for _, tc := range tests {
		p := newPeoplePane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		p.SetSize(80, 20)
		p.SetPeople(people, "")
		p.sort, p.filter = tc.by, tc.filter
		p.resort()
		p.refresh("")
		got := ""
		for _, pe := range p.shownPeople() {
			got += pe.Key
		}
		if got != tc.want {
			t.Errorf("%v filter %q: %s, want %s", tc.by, tc.filter, got, tc.want)
		}
	}
}
