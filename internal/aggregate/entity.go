package aggregate

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
	// a bare key is its own surname, and has its group
	return t.entityIn(id, t.lazyJoins(t.keyInfo(id).group)), true
}

// lazyJoins is groupJoins, kept until the table changes: the joins of
// a surname group are worked out from all its keys, and a listing looks
// up many people of a few common surnames.
func (t *Table) lazyJoins(g int32) *joins {
	if j, ok := t.lazyJ[g]; ok {
		return j
	}
	if t.lazyJ == nil {
		t.lazyJ = map[int32]*joins{}
	}
	j := t.groupJoins(g)
	t.lazyJ[g] = j
	return j
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
// names that join it and the bare surname it dominates, or a bare
// surname alone. The caller holds t.mu.
func (t *Table) personOf(e int32) Person {
	members := []int32{e}
	if ki := t.keyInfo(e); ki.full {
		j := t.lazyJoins(ki.group)
		members = append(members, j.from[e]...)
		// the bare surnames it dominates: its own, or a spelling of it
		for _, s := range t.byGroup[ki.group] {
			if t.raw.get(s) != nil && !t.keyInfo(s).full {
				if f, ok := t.dominant(t.bySurname[s], j); ok && f == e {
					members = append(members, s)
				}
			}
		}
	}
	return t.merge(e, members)
}
