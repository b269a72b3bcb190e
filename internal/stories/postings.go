package stories

import "slices"

// fullBuildAfter is how many partial builds of the postings a decoded
// Grouper makes before it builds all that are left at once: each
// partial build reads every doc's vector, so an update that replays
// many small additions would otherwise pay for that many reads.
const fullBuildAfter = 4

// buildPostings builds, from the docs before from, the postings a
// decoded Grouper has not built yet of the features of the docs from
// from on: those that the grouping of these docs reads.
func (g *Grouper) buildPostings(from int32) {
	if g.unbuilt == nil {
		return
	}
	pick := make([]bool, len(g.unbuilt))
	var want []int32
	for d := int(from); d < len(g.docs); d++ {
		for _, f := range g.docs[d].vec {
			if int(f.id) < len(g.unbuilt) && g.unbuilt[f.id] && !pick[f.id] {
				pick[f.id] = true
				want = append(want, f.id)
			}
		}
	}
	g.build(want, pick, from)
}

// Prepare builds, in one partial build, the postings that adding docs
// would read: an update replays the additions of its log's records one
// by one, and each would otherwise read every article again (and the
// one past fullBuildAfter build every posting).
func (g *Grouper) Prepare(docs []Doc) {
	if g.unbuilt == nil || len(docs) == 0 {
		return
	}
	raws := parallelMap(docs, func(d Doc) map[string]float64 { return rawFeatures(d, g.opt) })
	pick := make([]bool, len(g.unbuilt))
	var want []int32
	for _, f := range g.featureIDs(raws) {
		if f >= 0 && int(f) < len(g.unbuilt) && g.unbuilt[f] && !pick[f] {
			pick[f] = true
			want = append(want, f)
		}
	}
	slices.Sort(want)
	g.build(want, pick, int32(len(g.docs)))
}

// build builds the postings want (marked in pick) from the docs before
// from, or every unbuilt one once this is a partial build past
// fullBuildAfter.
func (g *Grouper) build(want []int32, pick []bool, from int32) {
	if len(want) == 0 {
		// Nothing to build: no scan, and none counted, so that an
		// update replaying its log's additions of articles already seen
		// does not reach the full build for nothing.
		return
	}
	if g.scans++; g.scans > fullBuildAfter {
		want = want[:0]
		for f, un := range g.unbuilt {
			if un {
				pick[f] = true
				want = append(want, int32(f))
			}
		}
	}
	dated := make([]int32, len(pick))
	undated := make([]int32, len(pick))
	for d := range from {
		info := &g.docs[d]
		for _, f := range info.vec {
			if int(f.id) >= len(pick) || !pick[f.id] {
				continue // built, or new since decoding
			}
			if info.dated {
				dated[f.id]++
			} else {
				undated[f.id]++
			}
		}
	}
	// One array for all the lists, each cut to its size: a list that
	// grows later moves out, one that shrinks stays in its own part.
	total := 0
	for _, f := range want {
		total += int(dated[f] + undated[f])
	}
	all := make([]posting, total)
	off := 0
	for _, f := range want {
		d, u := int(dated[f]), int(undated[f])
		g.post[f] = postings{dated: all[off : off : off+d], undated: all[off+d : off+d : off+d+u]}
		off += d + u
	}
	for d := range from {
		info := &g.docs[d]
		for _, f := range info.vec {
			if int(f.id) >= len(pick) || !pick[f.id] {
				continue // built, or new since decoding
			}
			p := &g.post[f.id]
			if info.dated {
				p.dated = append(p.dated, posting{day: info.day, doc: d, w: f.w})
			} else {
				p.undated = append(p.undated, posting{doc: d, w: f.w})
			}
		}
	}
	for _, f := range want {
		if l := g.post[f].dated; !slices.IsSortedFunc(l, comparePostings) {
			slices.SortFunc(l, comparePostings)
		}
		g.unbuilt[f] = false
	}
	if g.left -= len(want); g.left == 0 {
		g.unbuilt = nil
	}
}

// built reports whether the postings of feature f are built.
func (g *Grouper) built(f int32) bool {
	return g.unbuilt == nil || int(f) >= len(g.unbuilt) || !g.unbuilt[f]
}
