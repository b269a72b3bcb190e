package aggregate

import (
	"slices"
	"testing"

	"storytui/internal/extract"
)

func TestPeopleOf(t *testing.T) {
	corpus := []Article{
		art("1", "CNN", "", []extract.Person{{Name: "Jeff Sessions", Role: "Attorney General", Mentions: 4}, person("Al Franken", 1)}),
		art("2", "ABC", "", []extract.Person{person("Sessions", 2), person("Franken", 1)}),
		art("3", "AP", "", []extract.Person{person("Sessions", 1), person("Kelly", 1)}),
	}
	tab := NewTable()
	for _, a := range corpus {
		tab.Add(a)
	}
	got := tab.PeopleOf(corpus[1:])
	want := []struct {
		key, name string
		articles  int
	}{{"jeff sessions", "Jeff Sessions", 2}, {"al franken", "Al Franken", 1}, {"kelly", "Kelly", 1}}
	if len(got) != len(want) {
		t.Fatalf("got %v", names(got))
	}
	for i, w := range want {
		p := got[i]
		if p.Key != w.key || p.Name != w.name || p.Articles != w.articles {
			t.Errorf("%d: %q %q %d, want %q %q %d", i, p.Key, p.Name, p.Articles, w.key, w.name, w.articles)
		}
	}
	if got[0].Role != "Attorney General" || !slices.Contains(got[0].Aliases, "Sessions") || slices.Contains(got[0].Aliases, "Jeff Sessions") {
		t.Errorf("Sessions in scope: %+v", got[0])
	}
	if len(tab.PeopleOf(nil)) != 0 {
		t.Errorf("people of no articles")
	}
}
