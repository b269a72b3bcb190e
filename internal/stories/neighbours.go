package stories

import (
	"math"
	"runtime"
	"sort"
	"sync"
)

// postings lists the docs that have one feature, with the feature's weight
// in each. Dated docs are sorted by day so a date window is a binary
// search away; undated docs may match any date.
type postings struct {
	dated   []posting
	undated []posting
	sorted  bool // dated is in (day, doc) order
}

type posting struct {
	day int32
	doc int32
	w   float32
}

// maxEdges is how many links to earlier docs each doc keeps at most.
const maxEdges = 32

// edge is one similar pair of docs, or with weight apartEdge a pair
// that must not be in one story.
type edge struct {
	a, b int32
	s    float32
}

// index adds the docs from first on to the postings.
func (g *Grouper) index(first int32) {
	touched := map[int32]bool{}
	for d := first; d < int32(len(g.docs)); d++ {
		info := &g.docs[d]
		for _, f := range info.vec {
			p := &g.post[f.id]
			if !info.dated {
				p.undated = append(p.undated, posting{doc: d, w: f.w})
				continue
			}
			if n := len(p.dated); n > 0 && p.dated[n-1].day > info.day {
				touched[f.id] = true
			}
			p.dated = append(p.dated, posting{day: info.day, doc: d, w: f.w})
		}
	}
	// New docs are sorted by date, so only lists that older batches
	// reached past need sorting again.
	for id := range touched {
		l := g.post[id].dated
		sort.Slice(l, func(i, j int) bool {
			if l[i].day != l[j].day {
				return l[i].day < l[j].day
			}
			return l[i].doc < l[j].doc
		})
	}
}

// edges finds, for every doc from first on, the earlier-indexed docs whose
// date-damped cosine similarity is at least half the threshold: weaker
// pairs add next to nothing to an average-link score. Each pair is found
// once, from its later doc, by accumulating dot products through the
// postings of the doc's own features.
func (g *Grouper) edges(first int32) []edge {
	n := len(g.docs) - int(first)
	out := make([][]edge, n)
	batch := make([]int32, n)
	for i := range batch {
		batch[i] = first + int32(i)
	}
	heads := parallelMap(batch, func(d int32) headline { return g.headlineOf(&g.docs[d]) })
	workers := min(runtime.GOMAXPROCS(0), max(1, n/64))
	var wg sync.WaitGroup
	next := make(chan int32, workers)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := make([]float32, len(g.docs))
			var hit []int32
			// The headlines of earlier batches' docs, as each
			// worker meets them.
			older := map[int32]headline{}
			head := func(d int32) headline {
				if d >= first {
					return heads[d-first]
				}
				h, ok := older[d]
				if !ok {
					h = g.headlineOf(&g.docs[d])
					older[d] = h
				}
				return h
			}
			for d := range next {
				out[d-first], hit = g.neighbours(d, first, acc, hit[:0], head)
			}
		}()
	}
	for d := first; d < int32(len(g.docs)); d++ {
		next <- d
	}
	close(next)
	wg.Wait()
	var all []edge
	for _, es := range out {
		all = append(all, es...)
	}
	return all
}

// neighbours returns the edges from doc d to docs indexed before it, where
// first is the first doc of the batch being added; acc is a zeroed scratch
// array as long as the docs, hit a scratch list and head gives the
// headline of a doc.
func (g *Grouper) neighbours(d, first int32, acc []float32, hit []int32, head func(int32) headline) ([]edge, []int32) {
	me := &g.docs[d]
	add := func(ps []posting, w float32) {
		for _, p := range ps {
			if p.doc >= d {
				continue
			}
			if acc[p.doc] == 0 {
				hit = append(hit, p.doc)
			}
			acc[p.doc] += w * p.w
		}
	}
	win := int32(g.opt.WindowDays)
	// Within one batch, docs indexed before d are no newer than d; only
	// docs of earlier batches can be.
	ahead := win
	if first == 0 {
		ahead = 0
	}
	for _, f := range me.vec {
		p := &g.post[f.id]
		add(p.undated, f.w)
		l := p.dated
		if me.dated {
			lo := sort.Search(len(l), func(i int) bool { return l[i].day >= me.day-win })
			hi := sort.Search(len(l), func(i int) bool { return l[i].day > me.day+ahead })
			l = l[lo:max(lo, hi)] // empty when the window wraps around int32
		}
		add(l, f.w)
	}
	minSim := float32(g.opt.Threshold / 2)
	var es, apart []edge
	mine := head(d)
	for _, j := range hit {
		s := acc[j]
		acc[j] = 0
		// Decay only shrinks, so most candidates are out before it.
		if s < minSim {
			continue
		}
		// Two issues of a routine report are never in one story
		// (see routineRepeat), however far apart their days. Pairs
		// too unlike to link are not checked: issues share a
		// headline, and checking every pair that shares a word cost
		// more than the rest of grouping at 60k articles.
		if o := &g.docs[j]; otherIssue(me, o) && routineRepeat(me, mine, o, head(j)) {
			apart = append(apart, edge{d, j, apartEdge})
			continue
		}
		if s *= g.decay(me, &g.docs[j]); s < minSim {
			continue
		}
		if g.titlesDisagree(me, mine, &g.docs[j], head(j)) {
			continue
		}
		es = append(es, edge{d, j, s})
	}
	// Keep the strongest: a doc's weak links to a crowd of articles in a
	// busy week cost time and add nothing an average could use.
	sort.Slice(es, func(i, k int) bool {
		if es[i].s != es[k].s {
			return es[i].s > es[k].s
		}
		return es[i].b < es[k].b
	})
	if len(es) > maxEdges {
		es = es[:maxEdges]
	}
	return append(es, apart...), hit
}

// apartEdge is the weight of an edge that keeps its two docs apart.
const apartEdge = -1

// decay is the share of similarity left after the days between two docs:
// none is lost within the grace period, then half per half-life. A pair
// with an undated doc keeps three quarters, as if some days apart: no
// date says they are close, so it takes stronger text to link them.
func (g *Grouper) decay(a, b *docInfo) float32 {
	if !a.dated || !b.dated {
		return undatedDecay
	}
	days := a.day - b.day
	if days < 0 {
		days = -days
	}
	over := int(days) - g.opt.GraceDays
	if over <= 0 {
		return 1
	}
	return float32(math.Exp2(-float64(over) / float64(g.opt.HalfLifeDays)))
}

// undatedDecay is the share of similarity a pair keeps when a date is
// unknown.
const undatedDecay = 0.75

// parallelMap applies f to every element of in on all cores, keeping order.
func parallelMap[T, U any](in []T, f func(T) U) []U {
	out := make([]U, len(in))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(in)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(in); i += workers {
				out[i] = f(in[i])
			}
		}()
	}
	wg.Wait()
	return out
}
