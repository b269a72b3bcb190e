package stories

import (
	"slices"
	"strings"
)

// rawFeat is one feature count of a doc, by feature id: what Add keeps
// of a doc's features between counting them and weighting them. A map of
// names per doc cost about fifty bytes a feature, for every doc of the
// batch at once (about 200 MB for a first grouping of 60k articles, a
// gigabyte at 300k, on top of everything else a build holds then); this
// costs sixteen, and holds no pointer for the collector to scan.
type rawFeat struct {
	id int32
	c  float64
}

// countChunk is how many docs' features are counted as maps before they
// are turned into rawFeats, so that only one chunk's maps are alive at
// a time.
const countChunk = 4096

// countFeatures returns the raw features of docs by feature id, counted
// in df; names no doc had before get the next feature ids, in the order
// the docs first have them (each doc's in name order).
func (g *Grouper) countFeatures(docs []Doc) [][]rawFeat {
	local := map[string]int32{} // name -> index in names, this batch's own
	var names []string
	raws := make([][]rawFeat, len(docs))
	for lo := 0; lo < len(docs); lo += countChunk {
		hi := min(lo+countChunk, len(docs))
		// In name order, not a map's: new feature ids, and so the order
		// in which similarities are summed, do not change from run to run
		// (a story's title, its most central member, is often a tie that
		// the last bit of a sum decides).
		sorted := parallelMap(docs[lo:hi], func(d Doc) []namedCount { return byName(rawFeatures(d, g.opt)) })
		for i, cs := range sorted {
			r := make([]rawFeat, len(cs))
			for j, nc := range cs {
				l, ok := local[nc.name]
				if !ok {
					l = int32(len(names))
					local[nc.name] = l
					names = append(names, nc.name)
				}
				r[j] = rawFeat{l, nc.c}
			}
			raws[lo+i] = r
		}
	}
	// The batch's names to feature ids, in one pass over the names known
	// (see Grouper.names).
	ids := make([]int32, len(names))
	for l := range ids {
		ids[l] = -1
	}
	for id, k := range g.names {
		if l, ok := local[k]; ok {
			ids[l] = int32(id)
		}
	}
	for l, id := range ids {
		if id < 0 {
			ids[l] = int32(len(g.df))
			g.names = append(g.names, names[l])
			g.df = append(g.df, 0)
			g.post = append(g.post, postings{})
		}
	}
	for _, r := range raws {
		for j := range r {
			r[j].id = ids[r[j].id]
			g.df[r[j].id]++
		}
	}
	return raws
}

// namedCount is one feature count of a doc, by name.
type namedCount struct {
	name string
	c    float64
}

// byName lists the counts of m in name order.
func byName(m map[string]float64) []namedCount {
	out := make([]namedCount, 0, len(m))
	for k, c := range m {
		out = append(out, namedCount{k, c})
	}
	slices.SortFunc(out, func(a, b namedCount) int { return strings.Compare(a.name, b.name) })
	return out
}
