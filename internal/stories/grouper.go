package stories

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
)

// Grouper groups articles incrementally: Add assigns new articles to the
// existing stories or makes new ones, without ever splitting or merging the
// stories it already made, so story ids stay valid across updates.
// A Grouper is not safe for concurrent use.
type Grouper struct {
	opt Options
	// names holds the feature names by id. There is no map back from
	// name to id: Add finds the ids of its docs' features in one pass
	// over names, which costs less than the map did to keep (a third of
	// decoding a saved Grouper, and tens of megabytes).
	names []string
	df    []int32 // feature id -> number of docs with it
	docs  []docInfo
	post  []postings // feature id -> docs with it
	// unbuilt marks, by feature id, the postings a decoded Grouper has
	// not built yet (see buildPostings); nil when all are built.
	unbuilt []bool
	left    int     // how many unbuilt holds
	scans   int     // partial builds so far
	story   []int32 // doc -> index in stories
	// central is, per doc, its summed similarity to the other members of
	// its story: the most central member gives the story its title.
	central []float64
	stories []storyState
	usedIDs map[string]bool // story ids given out, to keep them unique
	// live maps the id of every doc not removed to its index in docs.
	live map[string]int32
	// added counts the docs ever added, removed ones included: it is the
	// corpus size of the term weights, whose document frequencies are
	// never decremented (see Remove).
	added int
	// touched marks the stories Add or Remove changed since Touched was
	// last called.
	touched map[int32]bool
}

// docInfo is what the Grouper keeps of an added Doc.
type docInfo struct {
	id, title string
	source    string // the outlet, "" when unknown
	unix      int64  // seconds, for ordering members
	day       int32  // days since 1970, for the date window
	dated     bool
	gone      bool // removed; its vector and postings are dropped
	vec       []feat
}

// storyState is one story as the Grouper keeps it.
type storyState struct {
	id      string
	members []int32
}

// NewGrouper returns an empty Grouper using opt.
func NewGrouper(opt Options) *Grouper {
	return &Grouper{opt: opt, usedIDs: map[string]bool{}, live: map[string]int32{}, touched: map[int32]bool{}}
}

// Len reports how many docs the stories hold: added and not removed.
func (g *Grouper) Len() int { return len(g.live) }

// Has reports whether a doc with this id is in a story.
func (g *Grouper) Has(id string) bool {
	_, ok := g.live[id]
	return ok
}

// Options returns the options the Grouper was made with.
func (g *Grouper) Options() Options { return g.opt }

// Add groups docs into the stories made so far or into new ones. Docs are
// taken in date order, so the result does not depend on their order in the
// slice. Term weights use the statistics of every doc added up to now;
// earlier docs keep the weights they were given when added. A doc whose
// id is already in a story replaces it, as re-indexing an article does.
func (g *Grouper) Add(docs []Doc) {
	if len(docs) == 0 {
		return
	}
	var again []string
	for _, d := range docs {
		if g.Has(d.ID) {
			again = append(again, d.ID)
		}
	}
	g.Remove(again)
	docs = sortedByDate(docs)
	raws := g.countFeatures(docs)
	first := int32(len(g.docs))
	g.added += len(docs)
	n := g.added
	vecs := parallelMap(raws, func(raw []rawFeat) []feat { return vector(raw, g.names, g.df, n, g.opt) })
	for i, d := range docs {
		info := docInfo{id: d.ID, title: d.Title, source: d.Source, vec: vecs[i]}
		if !d.Date.IsZero() {
			info.dated = true
			info.unix = d.Date.Unix()
			info.day = int32(floorDiv(info.unix, 86400))
		}
		// Of docs sharing an id within one batch, each gets a story
		// but only the last can be removed by id.
		g.live[d.ID] = int32(len(g.docs))
		g.docs = append(g.docs, info)
	}
	g.buildPostings(first)
	g.index(first)
	edges := g.edges(first)
	g.cluster(first, edges)
}

// sortedByDate returns docs oldest first, undated last, ties by id; it
// copies so the caller's slice is left alone.
func sortedByDate(docs []Doc) []Doc {
	out := append([]Doc(nil), docs...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Date.IsZero() != b.Date.IsZero() {
			return b.Date.IsZero()
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.ID < b.ID
	})
	return out
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// cluster runs average-link over the existing stories (frozen) and the new
// docs first.. (one group each), then records the outcome.
func (g *Grouper) cluster(first int32, edges []edge) {
	nOld := len(g.stories)
	nNew := len(g.docs) - int(first)
	size := make([]int, nOld+nNew)
	frozen := make([]bool, nOld+nNew)
	sums := make([]map[int32]float64, nOld+nNew)
	for s := range g.stories {
		size[s] = len(g.stories[s].members)
		frozen[s] = true
	}
	for i := nOld; i < len(size); i++ {
		size[i] = 1
	}
	group := func(doc int32) int32 {
		if doc >= first {
			return int32(nOld) + doc - first
		}
		return g.story[doc]
	}
	apart := make([]map[int32]bool, nOld+nNew)
	for _, e := range edges {
		a, b := group(e.a), group(e.b)
		if a == b {
			continue
		}
		if e.s == apartEdge {
			for _, x := range [2]int32{a, b} {
				if apart[x] == nil {
					apart[x] = map[int32]bool{}
				}
			}
			apart[a][b], apart[b][a] = true, true
			continue
		}
		// Maps only for groups with links: an update of a few docs
		// must not cost a map per story.
		for _, x := range [2]int32{a, b} {
			if sums[x] == nil {
				sums[x] = map[int32]float64{}
			}
		}
		sums[a][b] += float64(e.s)
		sums[b][a] += float64(e.s)
	}
	root := averageLink(size, frozen, sums, apart, g.spans(first, nOld, sums), g.opt.Threshold, int32(g.opt.WindowDays))

	// Give every new group that survived a story; new docs join theirs.
	storyOf := map[int32]int32{}
	for i := nOld; i < nOld+nNew; i++ {
		r := root[i]
		if int(r) < nOld {
			continue
		}
		if _, ok := storyOf[r]; !ok {
			storyOf[r] = int32(len(g.stories))
			g.stories = append(g.stories, storyState{})
		}
	}
	for d := first; d < int32(len(g.docs)); d++ {
		r := root[group(d)]
		s := r
		if int(r) >= nOld {
			s = storyOf[r]
		}
		g.story = append(g.story, s)
		g.central = append(g.central, 0)
		st := &g.stories[s]
		st.members = append(st.members, d)
		g.touched[s] = true
		if st.id == "" {
			// Docs come oldest first, so the first member is the earliest.
			st.id = g.newStoryID(g.docs[d].id)
		}
	}
	for _, e := range edges {
		if e.s != apartEdge && g.story[e.a] == g.story[e.b] {
			g.central[e.a] += float64(e.s)
			g.central[e.b] += float64(e.s)
		}
	}
}

// storyID derives a story id from the id of its earliest member: short,
// stable across runs, and 48 bits make collisions unlikely even among
// hundreds of thousands of stories.
func storyID(docID string) string {
	h := sha1.Sum([]byte(docID))
	return "s" + hex.EncodeToString(h[:6])
}

// newStoryID returns storyID(docID), or when that is taken (the same doc
// id given twice, or a hash collision) the first free variant of it.
func (g *Grouper) newStoryID(docID string) string {
	id := storyID(docID)
	for n := 2; g.usedIDs[id]; n++ {
		id = fmt.Sprintf("%s-%d", storyID(docID), n)
	}
	g.usedIDs[id] = true
	return id
}

// Stories returns every story: largest first, then the most recent first,
// then by id. Members are oldest first.
func (g *Grouper) Stories() []Story {
	var rs []rankedStory
	for _, st := range g.stories {
		if len(st.members) > 0 {
			rs = append(rs, g.render(st))
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].before(rs[j]) })
	out := make([]Story, len(rs))
	for i, r := range rs {
		out[i] = r.Story
	}
	return out
}

// Touched returns the stories Add and Remove changed since the last call,
// as Stories gives them; a story they emptied comes with no members,
// before the others (its id may be given again to a new story). With
// them a caller keeps a copy of Stories up to date without listing every
// story after each change.
func (g *Grouper) Touched() []Story {
	var empty, full []Story
	for s := range g.touched {
		st := g.stories[s]
		if len(st.members) == 0 {
			empty = append(empty, Story{ID: st.id})
		} else {
			full = append(full, g.render(st).Story)
		}
	}
	clear(g.touched)
	sort.Slice(empty, func(i, j int) bool { return empty[i].ID < empty[j].ID })
	sort.Slice(full, func(i, j int) bool { return full[i].ID < full[j].ID })
	return append(empty, full...)
}

// rankedStory is a story with what orders it among the others.
type rankedStory struct {
	Story
	newest int64
	dated  bool
}

// before orders stories largest first, then the most recent first, then
// by id.
func (a rankedStory) before(b rankedStory) bool {
	if len(a.Members) != len(b.Members) {
		return len(a.Members) > len(b.Members)
	}
	if a.dated != b.dated {
		return a.dated
	}
	if a.newest != b.newest {
		return a.newest > b.newest
	}
	return a.ID < b.ID
}

// render gives one non-empty story as Stories lists it.
func (g *Grouper) render(st storyState) rankedStory {
	m := append([]int32(nil), st.members...)
	sort.Slice(m, func(i, j int) bool { return g.docBefore(m[i], m[j]) })
	best := m[0]
	for _, d := range m[1:] {
		if g.central[d] > g.central[best] {
			best = d
		}
	}
	ids := make([]string, len(m))
	for i, d := range m {
		ids[i] = g.docs[d].id
	}
	last := g.docs[m[len(m)-1]]
	// The newest dated member: undated ones sort last.
	for k := len(m) - 1; k >= 0 && !last.dated; k-- {
		last = g.docs[m[k]]
	}
	return rankedStory{Story{st.id, g.docs[best].title, ids}, last.unix, last.dated}
}

// docBefore orders docs oldest first, undated last, then by id.
func (g *Grouper) docBefore(i, j int32) bool {
	a, b := &g.docs[i], &g.docs[j]
	if a.dated != b.dated {
		return a.dated
	}
	if a.unix != b.unix {
		return a.unix < b.unix
	}
	if a.id != b.id {
		return a.id < b.id
	}
	return i < j
}

// featureIDs maps every feature name of raws to its id, or to -1 for a
// name no doc had before.
func (g *Grouper) featureIDs(raws []map[string]float64) map[string]int32 {
	ids := map[string]int32{}
	for _, raw := range raws {
		for k := range raw {
			ids[k] = -1
		}
	}
	for id, k := range g.names {
		if _, ok := ids[k]; ok {
			ids[k] = int32(id)
		}
	}
	return ids
}
