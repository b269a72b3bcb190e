package aggregate

import (
	"maps"
	"slices"
)

// resolveAux is what reresolve needs beside the last resolution: per
// alias key, the entities that list it. Only the table, under its lock,
// reads or changes it.
type resolveAux struct {
	holders map[string][]string // alias key -> entity keys
}

// reresolve is resolveAll after the keys in t.changed changed, worked
// out from the last resolution old, which it leaves as it was (PeopleOf
// reads it unlocked). Adding or removing an article changes its keys'
// counts; an entity is made of a full name, the full names with middle
// words that join it and the bare surname it dominates, all of one
// surname, so only the entities holding a key of a changed key's
// surname (whose joins and dominant person may have changed) can
// differ. Those are merged again; every other entity, and its place in
// the order, stays. An alias goes to the best placed entity listing it,
// so the aliases of the redone entities are given out again among their
// holders. The result equals resolveAll's (TestReresolveMatchesFull).
func (t *Table) reresolve(old *resolved) *resolved {
	aux := t.aux
	surnames := map[int32]bool{} // surnames whose full names changed
	affected := map[int32]bool{} // keys whose entity may have changed
	for k := range t.changed {
		affected[k] = true
		if ki := t.keyInfo(k); ki.full {
			surnames[ki.surname] = true
		} else {
			surnames[k] = true // a bare key is its own surname
		}
	}
	// Two spellings of a name join across their surnames' group: every
	// surname of a changed one's group is redone.
	for s := range maps.Clone(surnames) {
		for _, o := range t.byGroup[t.keyInfo(s).group] {
			surnames[o] = true
		}
	}
	// A full name that left a surname's list changed itself: the list
	// now and the changed keys hold every full name it had before.
	for s := range surnames {
		affected[s] = true
		for _, f := range t.bySurname[s] {
			affected[f] = true
		}
	}

	// The entities to redo, as they were and as they are.
	goneEnts := map[string]bool{}
	for k := range affected {
		if e, ok := old.rawTo[t.pool[k]]; ok {
			goneEnts[e] = true
		}
	}
	// affected holds every counted full key of its surnames, all a
	// join depends on.
	jn := t.findJoins(func(yield func(int32) bool) {
		for k := range affected {
			if t.raw.get(k) != nil && t.keyInfo(k).full && !yield(k) {
				return
			}
		}
	})
	groups := map[int32][]int32{}
	for k := range affected {
		if t.raw.get(k) == nil {
			continue
		}
		e := t.entityIn(k, jn)
		if e == k {
			groups[e] = append([]int32{k}, groups[e]...)
		} else {
			groups[e] = append(groups[e], k)
		}
	}
	r := &resolved{
		rawTo:    maps.Clone(old.rawTo),
		alias:    maps.Clone(old.alias),
		surnames: maps.Clone(old.surnames),
	}
	for k := range affected {
		delete(r.rawTo, t.pool[k])
	}
	fresh := make([]Person, 0, len(groups))
	for e, members := range groups {
		p := t.merge(e, members)
		for _, m := range members {
			r.rawTo[t.pool[m]] = p.Key
		}
		fresh = append(fresh, p)
	}
	for s := range surnames {
		if fs := t.bySurname[s]; len(fs) > 0 {
			r.surnames[t.pool[s]] = t.surnameOf(fs, jn)
		} else {
			delete(r.surnames, t.pool[s])
		}
	}

	// The order: the untouched entities keep theirs, the redone ones
	// are merged in.
	slices.SortFunc(fresh, comparePeople)
	r.people = make([]Person, 0, len(old.people)-len(goneEnts)+len(fresh))
	aliasKeysToRedo := map[string]bool{}
	j := 0
	for _, p := range old.people {
		if goneEnts[p.Key] {
			for _, k := range aliasKeys(p) {
				aux.holders[k] = slices.DeleteFunc(aux.holders[k], func(e string) bool { return e == p.Key })
				aliasKeysToRedo[k] = true
			}
			continue
		}
		for j < len(fresh) && comparePeople(fresh[j], p) < 0 {
			r.people = append(r.people, fresh[j])
			j++
		}
		r.people = append(r.people, p)
	}
	r.people = append(r.people, fresh[j:]...)
	r.byKey = make(map[string]int, len(r.people))
	for i, p := range r.people {
		r.byKey[p.Key] = i
	}
	for _, p := range fresh {
		for _, k := range aliasKeys(p) {
			aux.holders[k] = append(aux.holders[k], p.Key)
			aliasKeysToRedo[k] = true
		}
	}
	for k := range aliasKeysToRedo {
		hs := aux.holders[k]
		if len(hs) == 0 {
			delete(aux.holders, k)
			delete(r.alias, k)
			continue
		}
		best := hs[0]
		for _, h := range hs[1:] {
			if r.byKey[h] < r.byKey[best] {
				best = h
			}
		}
		r.alias[k] = best
	}
	return r
}
