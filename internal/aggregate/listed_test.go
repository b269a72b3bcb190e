package aggregate

import (
	"slices"
	"testing"

	"storytui/internal/extract"
)

// TestListed checks which one-word entities the corpus table lists.
func TestListed(t *testing.T) {
	titled := person("Zorn", 1, "Mr. Zorn")
	roled := person("Ruiz", 1)
	roled.Role = "Senator"
	corpus := []Article{
		art("1", "CNN", "", []extract.Person{person("Politico", 1), person("Peter Hall", 1), person("Anna Hall", 1)}),
		art("2", "CNN", "", []extract.Person{person("Politico", 2), person("Hall", 1), titled}),
		art("3", "AP", "", []extract.Person{person("Politico", 1), roled}),
	}
	tab := NewTable()
	for _, a := range corpus {
		tab.Add(a)
	}
	var keys []string
	for _, p := range tab.People() {
		keys = append(keys, p.Key)
	}
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"politico", false}, // one word, never titled: an outlet as often as a person
		{"zorn", true},      // "Mr. Zorn"
		{"ruiz", true},      // a role
		{"hall", true},      // a surname two full names share
		{"peter hall", true},
	} {
		if got := slices.Contains(keys, c.key); got != c.want {
			t.Errorf("%s listed = %v, want %v (listed %q)", c.key, got, c.want, keys)
		}
	}
	if scope := tab.PeopleOf(corpus[:1]); !slices.ContainsFunc(scope, func(p Person) bool { return p.Key == "politico" }) {
		t.Errorf("a scope lists everyone it names: %v", names(scope))
	}
}
