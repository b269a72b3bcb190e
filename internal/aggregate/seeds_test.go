package aggregate

import (
	"slices"
	"testing"
)

// The two seed articles (ABC News and CNN on the same story) make one
// table: each person once, the quote both outlets carried once.
func TestSeeds(t *testing.T) {
	arts := seedArticles(t)
	people := People(arts)
	tab := NewTable()
	for _, a := range arts {
		tab.Add(a)
	}
	for _, name := range []string{"Jeff Sessions", "Al Franken", "Sergey Kislyak", "Donald Trump"} {
		p, ok := tab.Lookup(name)
		if !ok {
			t.Fatalf("Lookup(%q): not found", name)
		}
		if p.Name != name || p.Articles != 2 {
			t.Errorf("Lookup(%q) = %q in %d articles, want it in both", name, p.Name, p.Articles)
		}
	}
	if people[0].Key != "jeff sessions" {
		t.Errorf("first person %q, want Jeff Sessions (most articles, most mentions)", people[0].Name)
	}
	seen := map[string]bool{}
	for _, p := range people {
		if seen[p.Key] {
			t.Errorf("person %q listed twice", p.Key)
		}
		seen[p.Key] = true
	}
	if p, _ := tab.Lookup("Sessions"); p.Key != "jeff sessions" {
		t.Errorf("Lookup(Sessions) = %q, want jeff sessions", p.Key)
	}

	const never = "I never met with any Russian officials to discuss issues of the campaign"
	var found []Quote
	for _, q := range Quotes(arts, "jeff sessions") {
		if Fold(q.Text) == Fold(never) {
			found = append(found, q)
		}
		if q.Speaker != "Jeff Sessions" {
			t.Errorf("quote %q by %q in Sessions' quotes", q.Text, q.Speaker)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d entries for %q, want 1", len(found), never)
	}
	var outlets []string
	for _, s := range found[0].Sources {
		outlets = append(outlets, s.Outlet)
		if s.Context == "" || s.Start >= s.End {
			t.Errorf("source %s: no context or range: %+v", s.Outlet, s)
		}
	}
	slices.Sort(outlets)
	if !slices.Equal(outlets, []string{"ABC News", "CNN"}) {
		t.Errorf("outlets %v, want ABC News and CNN", outlets)
	}
}
