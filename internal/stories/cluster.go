package stories

import (
	"container/heap"
	"math"
)

// averageLink merges groups of a sparse similarity graph while the average
// similarity between two groups (the sum over their cross pairs, missing
// pairs counting as zero, divided by the product of their sizes) is at
// least threshold, best pair first. Frozen groups, the stories of earlier
// batches, may absorb new groups but never merge with each other, so an
// update never rewrites a story the user has already seen into another.
//
// Two groups whose dated members would together span more than maxSpan
// days never merge: follow-ups may join a story, but a chain of them must
// not stretch it over a year.
//
// Two groups with a pair of docs that must stay apart (apart, per group
// the groups it holds such a pair with; nil for none) never merge
// either, however similar the rest of them.
//
// sums holds, per group, the summed similarity to each neighbour group
// (nil for a group with none); it is consumed, and so are apart and
// span, each group's dates. The result maps every group to the group it
// ended up in.
func averageLink(size []int, frozen []bool, sums []map[int32]float64, apart []map[int32]bool, span []dateSpan, threshold float64, maxSpan int32) []int32 {
	n := len(size)
	root := make([]int32, n)
	ver := make([]uint32, n)
	for i := range root {
		root[i] = int32(i)
	}
	h := &pairHeap{}
	push := func(a, b int32) {
		if frozen[a] && frozen[b] || apart[a][b] || span[a].join(span[b]).days() > maxSpan {
			return
		}
		s := sums[a][b] / float64(size[a]*size[b])
		if s >= threshold {
			heap.Push(h, pair{s, a, b, ver[a], ver[b]})
		}
	}
	for a := range sums {
		for b := range sums[a] {
			if int32(a) < b {
				push(int32(a), b)
			}
		}
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		if root[p.a] != p.a || root[p.b] != p.b || ver[p.a] != p.va || ver[p.b] != p.vb {
			continue
		}
		keep, gone := p.a, p.b
		// The frozen side survives so its story keeps its identity;
		// otherwise merge the smaller map into the larger.
		if frozen[gone] || (!frozen[keep] && len(sums[gone]) > len(sums[keep])) {
			keep, gone = gone, keep
		}
		for c, s := range sums[gone] {
			delete(sums[c], gone)
			if c == keep {
				continue
			}
			sums[keep][c] += s
			sums[c][keep] += s
		}
		delete(sums[keep], gone)
		sums[gone] = nil
		for c := range apart[gone] {
			delete(apart[c], gone)
			if c == keep {
				continue // cannot be: they would not merge
			}
			if apart[keep] == nil {
				apart[keep] = map[int32]bool{}
			}
			apart[keep][c], apart[c][keep] = true, true
		}
		apart[gone] = nil
		size[keep] += size[gone]
		span[keep] = span[keep].join(span[gone])
		frozen[keep] = frozen[keep] || frozen[gone]
		root[gone] = keep
		ver[keep]++
		for c := range sums[keep] {
			push(keep, c)
		}
	}
	for i := range root {
		r := int32(i)
		for root[r] != r {
			r = root[r]
		}
		root[i] = r
	}
	return root
}

// dateSpan is the first and last day of a group's dated members; lo > hi
// when it has none.
type dateSpan struct{ lo, hi int32 }

// noDates is the span of a group without dated members.
var noDates = dateSpan{math.MaxInt32, math.MinInt32}

func (s dateSpan) join(t dateSpan) dateSpan {
	return dateSpan{min(s.lo, t.lo), max(s.hi, t.hi)}
}

// days is how many days the span covers beyond its first, 0 when empty.
func (s dateSpan) days() int32 {
	if s.lo > s.hi {
		return 0
	}
	return s.hi - s.lo
}

// spans returns the dates of the groups cluster hands to averageLink: the
// nOld stories, then one group per doc from first on. Stories with no
// links to the new docs cannot merge, so their dates are not looked up.
func (g *Grouper) spans(first int32, nOld int, sums []map[int32]float64) []dateSpan {
	out := make([]dateSpan, len(sums))
	for i := range out {
		out[i] = noDates
		if i < nOld && sums[i] == nil {
			continue
		}
		if i < nOld {
			for _, m := range g.stories[i].members {
				out[i] = out[i].join(g.docs[m].span())
			}
			continue
		}
		out[i] = g.docs[first+int32(i-nOld)].span()
	}
	return out
}

func (d *docInfo) span() dateSpan {
	if !d.dated {
		return noDates
	}
	return dateSpan{d.day, d.day}
}

// pair is a candidate merge; va and vb are the versions of the two groups
// when it was scored, so a pair made stale by a later merge is skipped.
type pair struct {
	s      float64
	a, b   int32
	va, vb uint32
}

// pairHeap pops the most similar pair first, ties broken by group index so
// that the merge order, and hence the result, is deterministic.
type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].s != h[j].s {
		return h[i].s > h[j].s
	}
	ai, bi := ordered(h[i].a, h[i].b)
	aj, bj := ordered(h[j].a, h[j].b)
	if ai != aj {
		return ai < aj
	}
	return bi < bj
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func ordered(a, b int32) (int32, int32) {
	if a > b {
		return b, a
	}
	return a, b
}
