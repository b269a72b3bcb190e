package aggregate

import (
	"slices"
)

// PeopleOf is the people table of some articles (the hits of a query,
// one article) keyed as the whole table keys them: a bare "Sessions" in
// the scope is the corpus's Jeff Sessions, under that name, even when no
// article of the scope names him in full. Counts are the scope's own;
// a role or party the scope does not give comes from the corpus.
func (t *Table) PeopleOf(arts []Article) []Person {
	local := everyone(arts)
	t.mu.Lock()
	r := t.resolve() // never changed, only replaced: read unlocked
	t.mu.Unlock()
	at := map[string]int{}
	out := make([]Person, 0, len(local))
	for _, p := range local {
		k, ok := r.find(p.Key)
		if !ok {
			k = p.Key
		}
		if k != p.Key {
			c := r.people[r.byKey[k]]
			p.Aliases = appendNew(slices.Clone(p.Aliases), p.Name)
			p.Key, p.Name = k, c.Name
			p.Aliases = slices.DeleteFunc(p.Aliases, func(a string) bool { return a == c.Name })
		}
		if i, ok := r.byKey[k]; ok {
			c := &r.people[i]
			fillEmpty(&p.Role, c.Role)
			fillEmpty(&p.Affiliation, c.Affiliation)
			fillEmpty(&p.Party, c.Party)
			fillEmpty(&p.State, c.State)
			fillEmpty(&p.Gender, c.Gender)
		}
		i, seen := at[k]
		if !seen {
			at[k] = len(out)
			out = append(out, p)
			continue
		}
		// Two entities of the scope are one in the corpus (a bare surname
		// the scope could not place). Rarely both in one article, so the
		// sum of articles may count one twice.
		q := &out[i]
		q.Articles += p.Articles
		q.Mentions += p.Mentions
		q.Quotes += p.Quotes
		for _, a := range append([]string{p.Name}, p.Aliases...) {
			if a != q.Name {
				q.Aliases = appendNew(q.Aliases, a)
			}
		}
	}
	slices.SortFunc(out, comparePeople)
	return out
}
