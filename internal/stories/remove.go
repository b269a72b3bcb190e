package stories

import "slices"

// Remove takes the docs with these ids out of their stories and returns
// how many it found; unknown ids are ignored. Stories are never split or
// renamed by a removal, and one left empty is dropped, freeing its id for
// the same article should it come back (a file edited and read again).
// Term statistics are left as they were: weights already given to the
// other docs stay valid, and a few departed docs barely move them. The
// centrality of the remaining members keeps the links to removed ones,
// which only matters for which headline titles a story.
func (g *Grouper) Remove(ids []string) int {
	gone := map[int32]bool{}
	for _, id := range ids {
		if d, ok := g.live[id]; ok {
			delete(g.live, id)
			gone[d] = true
		}
	}
	if len(gone) == 0 {
		return 0
	}
	feats := map[int32]bool{}
	touched := map[int32]bool{}
	for d := range gone {
		info := &g.docs[d]
		info.gone = true
		for _, f := range info.vec {
			feats[f.id] = true
		}
		info.vec = nil
		touched[g.story[d]] = true
		g.central[d] = 0
	}
	// One pass per touched list, however many of its docs go.
	drop := func(p posting) bool { return gone[p.doc] }
	for f := range feats {
		if !g.built(f) {
			continue // built later from the docs left
		}
		p := &g.post[f]
		p.dated = slices.DeleteFunc(p.dated, drop)
		p.undated = slices.DeleteFunc(p.undated, drop)
	}
	for s := range touched {
		g.touched[s] = true
		st := &g.stories[s]
		st.members = slices.DeleteFunc(st.members, func(d int32) bool { return gone[d] })
		if len(st.members) == 0 {
			delete(g.usedIDs, st.id)
		}
	}
	return len(gone)
}
