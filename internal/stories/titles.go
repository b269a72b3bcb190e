package stories

import (
	"math"
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
	// plain is every title term without a digit, sorted and unique,
	// whether or not the vector kept it: the wording a routine report
	// repeats (see routineRepeat).
	plain []string
	// figures are the numbers of the title as written ("2", "1.50"),
	// sorted and unique.
	figures []string
}

// headlineOf returns d's headline features. Its names are title words
// that d has as names (capitalised in a sentence-case headline or in the
// lead, so an ALL CAPS headline's names are known from its lead), fewest
// docs first, rareTitleNames of them and any as rare as the last. Words
// and names in no other doc, or too common to be in d's vector, are
// skipped.
func (g *Grouper) headlineOf(d *docInfo) headline {
	var h headline
	h.figures = figures(d.title)
	for _, w := range words(d.title, 0) {
		figure := hasDigit(w.lower)
		t := term(w.lower)
		if t == "" {
			continue
		}
		if !figure && !slices.Contains(h.plain, t) {
			h.plain = append(h.plain, t)
		}
		word := g.featureOf(d, t)
		if word >= 0 && !slices.Contains(h.terms, word) {
			h.terms = append(h.terms, word)
		}
		id := g.featureOf(d, entityPrefix+t)
		if id < 0 || g.df[id] < 2 {
			continue
		}
		if !slices.ContainsFunc(h.names, func(n titleName) bool { return n.name == id }) {
			h.names = append(h.names, titleName{id, word})
		}
	}
	slices.Sort(h.plain)
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
	if len(ha.names) > 0 && len(hb.names) > 0 && !mentions(b, ha.names) && !mentions(a, hb.names) {
		return true
	}
	return g.templateOnly(a, ha, b, hb)
}

// templateRatio is how many times more telling than anything the
// headlines share the words each leaves out must be for the two to be one
// template filled in twice.
const templateRatio = 1.5

// templateMinDF is the fewest docs a word must be in to be template: in
// a small corpus every word is rare and the ratio of two idfs is noise.
const templateMinDF = 50

// templateOnly reports whether all two headlines share are words far more
// common than the rarest word each has that the other article lacks: "NEW
// YORK TIMES CO 3RD QTR NET" and "DANAHER CORP 3RD QTR NET" share "3rd
// qtr net", found in thousands of reports, while "danaher" is in a few.
// It reads words, not names, for an ALL CAPS wire headline over a lead of
// figures has no names to read.
func (g *Grouper) templateOnly(a *docInfo, ha headline, b *docInfo, hb headline) bool {
	shared := int32(0) // the df of the rarest title word found in the other doc
	missA := g.rarestMissing(ha.terms, b, &shared)
	missB := g.rarestMissing(hb.terms, a, &shared)
	if shared < templateMinDF || missA == 0 || missB == 0 {
		return false
	}
	idf := func(df int32) float64 { return math.Log(1 + float64(g.added)/float64(df)) }
	return idf(max(missA, missB)) >= templateRatio*idf(shared)
}

// rarestMissing returns the df of the rarest of terms that d lacks (0 when
// it has them all), and lowers *shared to the df of any it has.
func (g *Grouper) rarestMissing(terms []int32, d *docInfo, shared *int32) int32 {
	var miss int32
	for _, t := range terms {
		df := g.df[t]
		if hasAny(d.vec, []int32{t}) {
			if *shared == 0 || df < *shared {
				*shared = df
			}
		} else if miss == 0 || df < miss {
			miss = df
		}
	}
	return miss
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

// featureOf returns the id of the feature named name in d's vector, or
// -1 when the vector lacks it.
func (g *Grouper) featureOf(d *docInfo, name string) int32 {
	for _, f := range d.vec {
		if g.names[f.id] == name {
			return f.id
		}
	}
	return -1
}
