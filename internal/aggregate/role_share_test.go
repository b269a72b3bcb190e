package aggregate

import (
	"fmt"
	"testing"

	"storytui/internal/extract"
)

// TestRoleShare checks that the people table shows a role only when
// enough of the person's articles give it.
func TestRoleShare(t *testing.T) {
	for _, tc := range []struct {
		name      string
		withRole  int // articles giving the role
		without   int // articles giving none
		wantRoled bool
	}{
		{"a role one article in sixty gives is dropped", 1, 59, false},
		{"a role one article in ten gives stays", 2, 18, true},
		{"a role the only article gives stays", 1, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var arts []Article
			for i := range tc.withRole + tc.without {
				p := person("Peter Hall", 1)
				if i < tc.withRole {
					p.Role = "Vice President"
				}
				arts = append(arts, art(fmt.Sprint(i), "CNN", "", []extract.Person{p}))
			}
			p, ok := find(People(arts), "peter hall")
			if !ok {
				t.Fatal("no Peter Hall")
			}
			if got := p.Role != ""; got != tc.wantRoled {
				t.Errorf("role = %q after %d of %d articles", p.Role, tc.withRole, tc.withRole+tc.without)
			}
		})
	}
}

// TestFieldShare checks that the affiliation, like the role, shows only
// when enough of the person's articles give it, while party and state,
// which few articles state, show as the most given.
func TestFieldShare(t *testing.T) {
	for _, tc := range []struct {
		name     string
		withIt   int
		without  int
		wantShow bool
	}{
		{"fields one article in sixty gives are dropped", 1, 59, false},
		{"fields one article in ten gives stay", 2, 18, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var arts []Article
			for i := range tc.withIt + tc.without {
				p := person("Peter Hall", 1)
				if i < tc.withIt {
					p.Affiliation, p.Party, p.State = "Acme Corp", "Republican", "Ohio"
				}
				arts = append(arts, art(fmt.Sprint(i), "CNN", "", []extract.Person{p}))
			}
			p, ok := find(People(arts), "peter hall")
			if !ok {
				t.Fatal("no Peter Hall")
			}
			if (p.Affiliation != "") != tc.wantShow {
				t.Errorf("affiliation = %q after %d of %d articles", p.Affiliation, tc.withIt, tc.withIt+tc.without)
			}
			if p.Party != "Republican" || p.State != "Ohio" {
				t.Errorf("party, state = %q, %q after %d of %d articles, want Republican, Ohio", p.Party, p.State, tc.withIt, tc.withIt+tc.without)
			}
		})
	}
}

// TestBorrowedRole checks that a person does not take the role of a far
// better known namesake of their surname from the titled bare surname
// ("President Ostrowski") an article gave them, while one named with
// the role in full keeps it.
func TestBorrowedRole(t *testing.T) {
	for _, tc := range []struct {
		name  string
		alias string // how the two articles giving Delia the role name her
		want  string
	}{
		{"a role lent by the bare surname goes", "President Ostrowski", "adviser"},
		{"a role given with the full name stays", "President Delia Ostrowski", "President"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var arts []Article
			add := func(p extract.Person) {
				arts = append(arts, art(fmt.Sprint(len(arts)), "CNN", "", []extract.Person{p}))
			}
			for range 21 {
				p := person("Harlan Ostrowski", 1)
				p.Role = "President"
				add(p)
			}
			for i := range 7 {
				p := person("Delia Ostrowski", 1)
				switch {
				case i < 2:
					p.Role, p.Aliases = "President", []string{tc.alias}
				case i == 2:
					p.Role = "adviser"
				}
				add(p)
			}
			p, ok := find(People(arts), "delia ostrowski")
			if !ok {
				t.Fatal("no Delia Ostrowski")
			}
			if p.Role != tc.want {
				t.Errorf("role = %q, want %q", p.Role, tc.want)
			}
			if h, _ := find(People(arts), "harlan ostrowski"); h.Role != "President" {
				t.Errorf("Harlan's role = %q", h.Role)
			}
		})
	}
}
