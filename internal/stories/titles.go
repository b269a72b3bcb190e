package stories

import (
	"slices"
	"sort"
)

// rareTitleNames is how many of a headline's rarest names speak for it.
// Reports of one event name the same place, person or company, so one of
// them is nearly always somewhere in the other report; template headlines
// ("X Inc 3rd qtr net", "Y Corp 3rd qtr net") share the template and the
// common names ("Inc"), never the rare ones.
const rareTitleNames = 2

// titleName is one name in a headline: its feature id as a name and as a
// plain word, either of which in another doc counts as agreement.
type titleName struct{ name, word int32 }

// headline is what the veto reads of a doc's title.
type headline struct {
	names []titleName // the rarest names, see titleNames
	terms []int32     // every title term in the doc's vector
}

// headlineOf returns d's headline features. Its names are title words
// that d has as names (capitalised in a sentence-case headline or in the
// lead, so an ALL CAPS headline's names are known from its lead), fewest
// docs first, rareTitleNames of them and any as rare as the last. Words
// and names in no other doc, or too common to be in d's vector, are
// skipped.
func (g *Grouper) headlineOf(d *docInfo) headline {
	var h headline
	for _, w := range words(d.title, 0) {
		t := term(w.lower)
		if t == "" {
			continue
		}
		word, ok := g.ids[t]
		if !ok || !hasAny(d.vec, []int32{word}) {
			word = -1
		} else if !slices.Contains(h.terms, word) {
			h.terms = append(h.terms, word)
		}
		id, ok := g.ids[entityPrefix+t]
		if !ok || g.df[id] < 2 || !hasAny(d.vec, []int32{id}) {
			continue
		}
		if !slices.ContainsFunc(h.names, func(n titleName) bool { return n.name == id }) {
			h.names = append(h.names, titleName{id, word})
		}
	}
	out := h.names
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].name, out[j].name
		if g.df[a] != g.df[b] {
			return g.df[a] < g.df[b]
		}
		return a < b
	})
	// Names as rare as the last one kept count too: in a small corpus
	// many are in two docs, and which of them is "rarest" would be
	// chance.
	if len(out) > rareTitleNames {
		last := g.df[out[rareTitleNames-1].name]
		n := rareTitleNames
		for n < len(out) && g.df[out[n].name] == last {
			n++
		}
		h.names = out[:n]
	}
	return h
}

// titlesDisagree reports whether the headlines ha of a and hb of b are
// about different things, however much else the two share:
// when neither's title words are anywhere in the other (one column's
// boilerplate under two headlines), or when each names something rare and
// neither's rare names are in the other (two companies' quarterly results
// under one template).
func (g *Grouper) titlesDisagree(a *docInfo, ha headline, b *docInfo, hb headline) bool {
	if len(ha.terms) > 0 && len(hb.terms) > 0 && !hasAny(b.vec, ha.terms) && !hasAny(a.vec, hb.terms) {
		return true
	}
	return len(ha.names) > 0 && len(hb.names) > 0 && !mentions(b, ha.names) && !mentions(a, hb.names)
}

// mentions reports whether d has any of the names, as a name or a word.
func mentions(d *docInfo, names []titleName) bool {
	for _, n := range names {
		if hasAny(d.vec, []int32{n.name, n.word}) {
			return true
		}
	}
	return false
}

// hasAny reports whether the vector, sorted by id, has any of the ids.
func hasAny(vec []feat, ids []int32) bool {
	for _, id := range ids {
		i := sort.Search(len(vec), func(i int) bool { return vec[i].id >= id })
		if i < len(vec) && vec[i].id == id {
			return true
		}
	}
	return false
}
