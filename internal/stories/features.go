package stories

import (
	"math"
	"sort"
	"strings"
)

// entityPrefix keeps names apart from plain words: the name "white house"
// is not the words "white" and "house", and the name "Bush" is evidence of
// its own beside the word "bush".
const entityPrefix = "e:"

// rawFeatures counts the features of one doc before any corpus statistics
// are known: title and lead terms, multi-word names in the lead and the
// people the extractor found.
func rawFeatures(d Doc, opt Options) map[string]float64 {
	c := map[string]float64{}
	title := words(d.Title, 0)
	for _, w := range title {
		if t := term(w.lower); t != "" {
			c[t] += opt.TitleWeight
		}
	}
	// In a sentence-case headline the capitals are names, as in a lead; in
	// Title Case or ALL CAPS they say nothing.
	if !titleCase(title) {
		for _, e := range entities(title) {
			c[entityPrefix+e]++
		}
	}
	lead := words(d.Text, opt.LeadWords)
	for _, w := range lead {
		if t := term(w.lower); t != "" {
			c[t]++
		}
	}
	for _, e := range entities(lead) {
		c[entityPrefix+e]++
	}
	for _, p := range d.People {
		if p = strings.ToLower(strings.TrimSpace(p)); p != "" {
			c[entityPrefix+p]++
		}
	}
	return c
}

// titleCase reports whether most content words of a headline are
// capitalised, as in "Obama Signs Health Bill" or "OBAMA SIGNS BILL".
func titleCase(ws []word) bool {
	var content, caps int
	for _, w := range ws {
		if !stopwords[w.lower] {
			content++
			if w.cap {
				caps++
			}
		}
	}
	return caps*4 >= content*3
}

// feat is one weighted feature of a doc vector.
type feat struct {
	id int32
	w  float32
}

// vector weights raw counts by sublinear tf times idf and drops features
// too common to tell events apart. Words and names are scaled separately
// so that the dot product of two vectors is the NameShare-weighted sum of
// their word cosine and name cosine; a doc without names has a unit word
// part, as its similarity can only come from words.
func vector(raw []rawFeat, names []string, df []int32, n int, opt Options) []feat {
	maxDF := max(opt.MaxDF*float64(n), minPrunedDF)
	v := make([]feat, 0, len(raw))
	var norm [2]float64 // words, names
	isName := make([]bool, 0, len(raw))
	for _, r := range raw {
		id, c := r.id, r.c
		d := float64(df[id])
		if d > maxDF {
			continue
		}
		tf := c
		if c >= 1 {
			tf = 1 + math.Log(c)
		}
		w := tf * math.Log(1+float64(n)/d)
		name := strings.HasPrefix(names[id], entityPrefix)
		if name {
			norm[1] += w * w
		} else {
			norm[0] += w * w
		}
		v = append(v, feat{id, float32(w)})
		isName = append(isName, name)
	}
	scale := [2]float64{0, 0}
	share := [2]float64{1 - opt.NameShare, opt.NameShare}
	if norm[1] == 0 || opt.NameShare <= 0 {
		share = [2]float64{1, 0}
	} else if norm[0] == 0 {
		share = [2]float64{0, 1}
	}
	for i := range scale {
		if norm[i] > 0 {
			scale[i] = math.Sqrt(share[i] / norm[i])
		}
	}
	out := v[:0]
	for i, f := range v {
		k := 0
		if isName[i] {
			k = 1
		}
		if scale[k] > 0 {
			f.w *= float32(scale[k])
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// minPrunedDF is the fewest articles a term must be in to be dropped as
// too common: a term in fewer may be the word of one big story, and in a
// small corpus every shared word is evidence, not noise.
const minPrunedDF = 1000
