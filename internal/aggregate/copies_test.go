package aggregate

import (
	"testing"
)

// TestQuoteCopiesSumToPeopleCount: the People list counts every quote of
// a person, each outlet's copy and a repeat in one article included,
// while their quotes are grouped into statements; Copies says how many
// quotes each statement gathers, so the two agree.
func TestQuoteCopiesSumToPeopleCount(t *testing.T) {
	const said = "We will bring the bill back to the floor next week"
	arts := []Article{
		// the same words twice in one article: one source, two copies
		art("a", "Daily One", "2019-01-02", sessions, [2]string{"Jeff Sessions", said}, [2]string{"Jeff Sessions", said + "."}),
		art("b", "Daily Two", "2019-01-03", sessions, [2]string{"Jeff Sessions", said}),
		art("c", "Daily Two", "2019-01-04", bare, [2]string{"Sessions", "Not today"}),
	}
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	qs := tab.Quotes(arts, "Jeff Sessions")
	if len(qs) != 2 {
		t.Fatalf("%d statements, want 2: %+v", len(qs), qs)
	}
	sum := 0
	for _, q := range qs {
		sum += q.Copies
	}
	for _, p := range tab.People() {
		if p.Key == "jeff sessions" && p.Quotes != sum {
			t.Errorf("People counts %d quotes, the statements' copies sum to %d", p.Quotes, sum)
		}
	}
	if qs[0].Copies != 3 || len(qs[0].Sources) != 2 {
		t.Errorf("the repeated statement has %d copies in %d sources, want 3 in 2", qs[0].Copies, len(qs[0].Sources))
	}
}

// TestQuoteCopiesGenerated checks the same on generated articles, for
// everyone they name.
func TestQuoteCopiesGenerated(t *testing.T) {
	arts := genArticles(400, 7)
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	checked := 0
	for _, p := range tab.People() {
		if p.Quotes == 0 {
			continue
		}
		sum := 0
		for _, q := range tab.Quotes(arts, p.Key) {
			sum += q.Copies
		}
		if sum != p.Quotes {
			t.Errorf("%s: People counts %d quotes, the statements' copies sum to %d", p.Name, p.Quotes, sum)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no one quoted in the generated articles")
	}
}
