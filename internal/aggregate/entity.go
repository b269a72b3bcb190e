package aggregate

import "slices"

// The entity of a name that is itself a counted key (nearly every name
// an article gives, since its own people are counted under their keys)
// depends only on the keys sharing its surname, so Lookup and Resolve
// work it out alone. The first story listing after an update, which
// looks up the people of two hundred stories, then need not resolve the
// whole table (half a second at 60k articles); names that are only
// aliases, or not counted at all, still need the whole resolution.

// entityOf is the pool id of the entity the counted key k belongs to, as
// resolveAll would group it; ok is false when k is not counted. The
// caller holds t.mu.
func (t *Table) entityOf(k string) (int32, bool) {
	id, ok := t.ids[k]
	if !ok {
		return 0, false
	}
	if t.raw.get(id) == nil {
		return 0, false
	}
	if t.keyInfo(id).full {
		short, middle := middleForm(k, nil)
		if middle == "" {
			if target, ok := t.nicknameTarget(id); ok {
				return target, true // "Jim Mattis" is James Mattis
			}
			return id, true // joins nothing; others may join it
		}
		if s, ok := t.ids[string(short)]; ok && t.raw.get(s) != nil && slices.Contains(t.joinersOf(s), id) {
			if target, ok := t.nicknameTarget(s); ok {
				return target, true
			}
			return s, true
		}
		return id, true
	}
	return t.entityIn(id, t.surnameJoins(id)), true
}

// lazyPerson is personOf, kept until the table changes: a listing looks
// up the same few thousand people many times.
func (t *Table) lazyPerson(e int32) Person {
	if p, ok := t.lazy[e]; ok {
		return p
	}
	if t.lazy == nil {
		t.lazy = map[int32]Person{}
	}
	p := t.personOf(e)
	t.lazy[e] = p
	return p
}

// personOf merges one entity as resolveAll does: a full name with the
// names with middle words that join it and the bare surname it
// dominates, or a bare surname alone. The caller holds t.mu.
func (t *Table) personOf(e int32) Person {
	members := []int32{e}
	if ki := t.keyInfo(e); ki.full {
		s := ki.surname
		members = append(members, t.joinersOf(e)...)
		for _, n := range t.nicknameJoinersOf(e) {
			members = append(members, n)
			members = append(members, t.joinersOf(n)...)
		}
		if t.raw.get(s) != nil && !t.keyInfo(s).full && t.dominates(members, t.bySurname[s]) {
			members = append(members, s)
		}
	}
	return t.merge(e, members)
}

// dominates reports whether the full keys members, one entity, are the
// one dominant picks among the full keys fs of their surname, without
// working out the joins of all fs: an entity with dominantShare of the
// articles leads every other, however they are joined.
func (t *Table) dominates(members, fs []int32) bool {
	n, sum := 0, 0
	for _, m := range members {
		n += t.raw.get(m).articles
	}
	for _, f := range fs {
		sum += t.raw.get(f).articles
	}
	return float64(n) >= dominantShare*float64(sum)
}
