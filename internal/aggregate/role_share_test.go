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
