package stories

import (
	"math"
	"sort"
	"strings"
)

// Feature name prefixes keep names apart from plain words: the entity
// "white house" is not the words "white" and "house".
const (
	entityPrefix = "e:"
	personPrefix = "p:"
)

// rawFeatures counts the features of one doc before any corpus statistics
// are known: title and lead terms, multi-word names in the lead and the
// people the extractor found.
func rawFeatures(d Doc, opt Options) map[string]float64 {
	c := map[string]float64{}
	for _, w := range words(d.Title, 0) {
		if t := term(w.lower); t != "" {
			c[t] += opt.TitleWeight
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
			c[personPrefix+p]++
		}
	}
	return c
}

// feat is one weighted feature of a doc vector.
type feat struct {
	id int32
	w  float32
}

// vector weights raw counts by sublinear tf times idf, drops features too
// common to tell events apart, and scales the result to unit length so the
// dot product of two vectors is their cosine.
func vector(raw map[string]float64, ids map[string]int32, df []int32, n int, opt Options) []feat {
	maxDF := math.Inf(1)
	if n >= minDocsForMaxDF {
		maxDF = opt.MaxDF * float64(n)
	}
	v := make([]feat, 0, len(raw))
	var norm float64
	for k, c := range raw {
		id := ids[k]
		d := float64(df[id])
		if d > maxDF {
			continue
		}
		tf := c
		if c >= 1 {
			tf = 1 + math.Log(c)
		}
		w := tf * math.Log(1+float64(n)/d)
		norm += w * w
		v = append(v, feat{id, float32(w)})
	}
	if norm == 0 {
		return nil
	}
	inv := float32(1 / math.Sqrt(norm))
	for i := range v {
		v[i].w *= inv
	}
	sort.Slice(v, func(i, j int) bool { return v[i].id < v[j].id })
	return v
}

// minDocsForMaxDF is the corpus size below which no term is dropped as too
// common: in a handful of articles, a shared word is evidence, not noise.
const minDocsForMaxDF = 200
