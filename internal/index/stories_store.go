package index

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"storytui/internal/aggregate"
	"storytui/internal/binio"
	"storytui/internal/extract"
	"storytui/internal/stories"
)

// Stories are grouped at the end of every update that changed the index,
// all new articles in one Grouper.Add, so that a fresh build groups as
// well as grouping the whole corpus at once does. Two files keep them
// next to the people table:
//
//   - storiesName, the view every query reads: each story's id, title
//     and members, and per article its outlet, date and people. It is
//     read on first use (the explorer's first Stories call, a Cmd).
//   - grouperName, the Grouper itself (term statistics and article
//     vectors), larger: read only by the first update of a process that
//     has something to add or remove.
//
// Both carry the same stamp; a pair that disagrees, or a view whose
// article count is not the index's, is repaired by the next update from
// the stored articles, so an interrupted build, an index made before
// stories existed, or a lost file all heal without a schema change.
const (
	storiesName = "stories.gob"
	grouperName = "grouper.bin"
)

// storiesVersion changes with the layout of storiesName. Version 3 has
// the layout of 2 but may be followed by a delta log, which storytui
// versions reading 2 know nothing of: they must refuse it and regroup.
// Version 2 is still read (it has no log).
const storiesVersion = 3

// storyStore is an index's stories.
type storyStore struct {
	view atomic.Pointer[storyView]
	dir  string    // of the index; "" in memory
	load sync.Once // reads the saved view
	// loaded is set once load has run: until then an update that
	// changes nothing checks the saved view's head, not the view.
	loaded atomic.Bool
	// top is the saved first stories (topName), read once by the first
	// listing that fits in it; nil when unusable.
	topOnce sync.Once
	top     []aggregate.Story
	// topStale is set when the saved top was missing, or of another
	// save or build (see refreshTop).
	topStale atomic.Bool
	// last is the top this process saved last, nil before the first.
	last atomic.Pointer[savedTop]
	// off leaves new articles out of stories: Options.SkipExtraction,
	// and the benchmark of what grouping costs.
	off bool

	mu      sync.Mutex
	staged  map[string]stories.Doc // committed since the last grouping
	removed map[string]bool        // deleted since the last grouping

	// Only the update holding Index.build touches these.
	g     *stories.Grouper // nil when not in memory
	stamp uint64           // of the saved pair, 0 when none
	// early is the saved grouper being read since the update began (see
	// prefetch); nil when none.
	early <-chan savedGrouper
	// logBase is the stamp of the saved pair the delta log follows, and
	// logSize the log's valid length; 0 when the next save must be
	// whole (see stories_log.go).
	logBase uint64
	logSize int64
	logRecs int // records in the log
}

// storyView is one immutable state of the stories, swapped whole.
type storyView struct {
	list []storyEntry        // largest first, then newest, then by id
	byID map[string]int      // story id -> index in list
	of   map[string]int32    // article id -> index in list
	meta map[string]*artMeta // article id -> what listings show
}

type storyEntry struct {
	ID, Title string
	Members   []string // oldest first
	// newest is the Unix time of the newest dated member, when dated.
	newest int64
	dated  bool
}

// artMeta is what a story listing needs of an article without reading
// it.
type artMeta struct {
	Outlet string
	Date   time.Time // zero when unknown
	People []string  // names as the extractor gave them
}

func newStoryStore(dir string, opts Options) *storyStore {
	s := &storyStore{dir: dir, off: opts.SkipExtraction, staged: map[string]stories.Doc{}, removed: map[string]bool{}}
	s.view.Store(emptyView())
	return s
}

func emptyView() *storyView {
	return &storyView{byID: map[string]int{}, of: map[string]int32{}, meta: map[string]*artMeta{}}
}

// current returns the latest view, reading the saved one first if
// nothing has yet.
func (s *storyStore) current() *storyView {
	s.load.Do(s.loadSaved)
	return s.view.Load()
}

// stage records committed articles for the next grouping.
func (s *storyStore) stage(docs []stories.Doc) {
	if len(docs) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range docs {
		s.staged[d.ID] = d
		delete(s.removed, d.ID)
	}
}

// remove records deleted articles for the next grouping.
func (s *storyStore) remove(ids []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, id := range ids {
		s.removed[id] = true
		delete(s.staged, id)
	}
}

// storyDoc is what grouping keeps of an article: its lead, not its text.
func storyDoc(id, title, text, source string, date time.Time, people []string) stories.Doc {
	return storyOptions.Trim(stories.Doc{ID: id, Title: title, Text: text, Source: source, Date: date, People: people})
}

// peopleNames lists the names of an extraction's people.
func peopleNames(ps []extract.Person) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// storyOptions are the grouping options of every index; a saved Grouper
// made with others is rebuilt.
var storyOptions = stories.DefaultOptions()

// loadSaved reads the saved view. A missing or unreadable one leaves the
// view empty and the stamp 0, so the next update regroups every article.
func (s *storyStore) loadSaved() {
	defer s.loaded.Store(true)
	if s.dir == "" {
		return
	}
	b, err := os.ReadFile(filepath.Join(s.dir, storiesName))
	if err != nil {
		return
	}
	v, stamp, err := decodeView(b)
	if err != nil {
		return
	}
	s.logBase, s.logSize = stamp, 0
	if ds, valid, ok := readStoriesLog(s.dir, stamp); ok {
		v = v.withDeltas(ds)
		if len(ds) > 0 {
			stamp = ds[len(ds)-1].stamp
		}
		s.logSize, s.logRecs = valid, len(ds)
	}
	s.view.Store(v)
	s.stamp = stamp
}

// groupStories brings the stories in step with the index: removed
// articles leave their stories, committed ones are grouped, and any
// article the saved stories lack (an interrupted build, an older index)
// is read back from the index and grouped too. It runs under ix.build
// at the end of an update, and is cheap when nothing changed.
func (ix *Index) groupStories(ctx context.Context) error {
	s := ix.stories
	if s.off {
		return nil
	}
	if ix.upToDate() {
		return nil // the common launch: nothing changed, nothing read
	}
	s.mu.Lock()
	pending := len(s.staged) + len(s.removed)
	s.mu.Unlock()
	saved := s.early
	s.early = nil
	if saved == nil && (pending > 0 || !s.loaded.Load()) {
		saved = ix.readGrouper()
	}
	if saved != nil {
		// Every return below must let the reader finish first.
		defer func() {
			if saved != nil {
				<-saved
			}
		}()
	}
	v := s.current()
	s.mu.Lock()
	staged, removed := s.staged, s.removed
	s.staged, s.removed = map[string]stories.Doc{}, map[string]bool{}
	s.mu.Unlock()
	restore := func() {
		// Not grouped this time: keep them for the next update.
		s.mu.Lock()
		defer s.mu.Unlock()
		for id, d := range staged {
			if _, newer := s.staged[id]; !newer && !s.removed[id] {
				s.staged[id] = d
			}
		}
		for id := range removed {
			if _, newer := s.staged[id]; !newer {
				s.removed[id] = true
			}
		}
	}

	n, err := ix.bi.DocCount()
	if err != nil {
		restore()
		return err
	}
	have := len(v.of)
	for id := range removed {
		if _, ok := v.of[id]; ok {
			have--
		}
	}
	for id := range staged {
		if _, ok := v.of[id]; !ok || removed[id] {
			have++
		}
	}
	if len(staged) == 0 && len(removed) == 0 && uint64(have) == n && s.stamp != 0 {
		return nil
	}
	err = ix.loadGrouper(saved)
	saved = nil // consumed
	if err != nil {
		restore()
		return err
	}
	g := s.g
	// The grouper may be new (first build, lost file): then the view
	// is no guide to what it holds, and the pair is saved whole.
	fresh := g.Len() == 0
	gone := make([]string, 0, len(removed))
	for id := range removed {
		gone = append(gone, id)
	}
	g.Remove(gone)
	add := make([]stories.Doc, 0, len(staged))
	for _, d := range staged {
		add = append(add, d)
	}
	// Repair: the index holds articles the grouper lacks, or the other
	// way round.
	if uint64(g.Len()+countNew(g, staged)) != n {
		missing, extra, err := ix.storyDiff(ctx, g, staged)
		if err != nil {
			restore()
			return err
		}
		g.Remove(extra)
		gone = append(gone, extra...)
		add = append(add, missing...)
	}
	g.Add(add)
	d := &storyDelta{gone: gone, add: add, changed: g.Touched()}
	// The names whose answers from the people table may have changed.
	var changed []string
	for _, id := range gone {
		if m := v.meta[id]; m != nil {
			changed = append(changed, m.People...)
		}
	}
	for _, d := range add {
		changed = append(changed, d.People...)
	}
	if fresh || len(gone)+len(add) > storiesLogDocs {
		// Listing every story costs less than applying this many
		// changes one by one; and it is saved whole anyway.
		meta := make(map[string]*artMeta, int(n))
		if !fresh {
			for id, m := range v.meta {
				meta[id] = m
			}
		}
		for _, id := range gone {
			delete(meta, id)
		}
		for _, d := range add {
			meta[d.ID] = &artMeta{Outlet: d.Source, Date: d.Date, People: d.People}
		}
		nv := makeView(g.Stories(), meta)
		s.view.Store(nv)
		return ix.saveStories(nv, nil, changed)
	}
	nv := v.withDeltas([]*storyDelta{d})
	s.view.Store(nv)
	return ix.saveStories(nv, d, changed)
}

// prefetch starts reading the saved grouper, which grouping will need,
// as an update that changes the index begins: it is read while the
// people table loads and the articles are indexed, not after. It runs
// under ix.build.
func (ix *Index) prefetch() {
	s := ix.stories
	if s.off || ix.dir == "" || s.g != nil || s.early != nil {
		return
	}
	s.early = ix.readGrouper()
	// The view too: the update's syncs leave the cores idle now and
	// then, and the grouping needs it as much.
	go s.current()
}

// upToDate reports, without reading the saved view, that nothing is
// pending and the view saved on disk holds as many articles as the
// index.
func (ix *Index) upToDate() bool {
	s := ix.stories
	s.mu.Lock()
	pending := len(s.staged) + len(s.removed)
	s.mu.Unlock()
	if pending > 0 || s.loaded.Load() || ix.dir == "" {
		return false
	}
	stamp, saved := readViewHead(ix.dir)
	n, err := ix.bi.DocCount()
	return err == nil && stamp != 0 && saved == n
}

// viewHead is the size of the head of storiesName: the stamp and the
// number of articles, before the layout encodeView describes.
const viewHead = 16

// readViewHead reads the stamp and article count of the saved view,
// as its delta log left them, without the rest; both are 0 when it
// cannot be read.
func readViewHead(dir string) (stamp, articles uint64) {
	f, err := os.Open(filepath.Join(dir, storiesName))
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	var head [viewHead]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return 0, 0
	}
	stamp, articles = binary.LittleEndian.Uint64(head[:8]), binary.LittleEndian.Uint64(head[8:])
	b, err := os.ReadFile(filepath.Join(dir, storiesLogName))
	if err != nil {
		return stamp, articles
	}
	recs, _ := logRecords(b, stamp)
	for _, rec := range recs {
		// Each record opens with its version, stamp and count.
		r := binio.Reader{B: rec.payload}
		if r.Uvarint() != storiesLogVersion {
			break
		}
		st, n := r.Uvarint(), r.Uvarint()
		if r.Err != nil {
			break
		}
		stamp, articles = st, n
	}
	return stamp, articles
}

// countNew is how many of staged the grouper does not hold yet.
func countNew(g *stories.Grouper, staged map[string]stories.Doc) int {
	n := 0
	for id := range staged {
		if !g.Has(id) {
			n++
		}
	}
	return n
}

// loadGrouper puts the saved Grouper in memory (the one saved delivers,
// when its read has begun), or a new one when it is missing, damaged,
// made with other options or of another pair.
func (ix *Index) loadGrouper(saved <-chan savedGrouper) error {
	s := ix.stories
	if s.g != nil {
		return nil
	}
	if saved == nil {
		saved = ix.readGrouper()
	}
	s.g = stories.NewGrouper(storyOptions)
	if saved != nil {
		if sg := <-saved; sg.g != nil && s.stamp != 0 && sg.stamp == s.stamp {
			s.g = sg.g
			return nil
		}
	}
	s.logBase, s.logSize = 0, 0 // the log follows a grouper not in use
	return nil
}

// savedGrouper is the Grouper of grouperName with its stamp; g is nil
// when the file is missing, damaged or made with other options.
type savedGrouper struct {
	g     *stories.Grouper
	stamp uint64
}

// readGrouper decodes grouperName in the background, while the caller
// reads the view whose stamp it must match (they take about as long).
// It returns nil when the grouper is already in memory or there is no
// file to read.
func (ix *Index) readGrouper() <-chan savedGrouper {
	if ix.stories.g != nil || ix.dir == "" {
		return nil
	}
	out := make(chan savedGrouper, 1)
	go func() {
		var sg savedGrouper
		defer func() { out <- sg }()
		b, err := os.ReadFile(filepath.Join(ix.dir, grouperName))
		if err != nil || len(b) < 8 {
			return
		}
		g := stories.NewGrouper(storyOptions)
		if g.UnmarshalBinary(b[8:]) != nil || g.Options() != storyOptions {
			return
		}
		stamp := binary.LittleEndian.Uint64(b)
		b = nil // the grouper holds nothing of it: let it go
		ds, _, _ := readStoriesLog(ix.dir, stamp)
		var adds []stories.Doc
		for _, d := range ds {
			adds = append(adds, d.add...)
		}
		g.Prepare(adds)
		for _, d := range ds {
			g.Remove(d.gone)
			g.Add(d.add)
			stamp = d.stamp
		}
		g.Touched()
		sg = savedGrouper{g, stamp}
	}()
	return out
}

// storyDiff lists the articles of the index the grouper lacks (read
// back from the stored documents, a page at a time) and the ids it holds
// that the index does not.
func (ix *Index) storyDiff(ctx context.Context, g *stories.Grouper, staged map[string]stories.Doc) (missing []stories.Doc, extra []string, err error) {
	inIndex := map[string]bool{}
	var need []string
	var after []string
	const page = 2000
	for {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), page, 0, false)
		req.SortBy([]string{"_id"})
		req.Score = "none"
		if after != nil {
			req.SearchAfter = after
		}
		sr, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, nil, fmt.Errorf("list articles for stories: %w", err)
		}
		for _, h := range sr.Hits {
			inIndex[h.ID] = true
			if _, ok := staged[h.ID]; !ok && !g.Has(h.ID) {
				need = append(need, h.ID)
			}
		}
		if len(sr.Hits) < page {
			break
		}
		after = []string{sr.Hits[len(sr.Hits)-1].ID}
	}
	for _, st := range g.Stories() {
		for _, id := range st.Members {
			if !inIndex[id] {
				extra = append(extra, id)
			}
		}
	}
	for len(need) > 0 {
		ids := need[:min(len(need), 500)]
		need = need[len(ids):]
		req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
		req.Fields = []string{fDoc}
		req.Score = "none"
		sr, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, nil, fmt.Errorf("read articles for stories: %w", err)
		}
		for _, h := range sr.Hits {
			a, err := storedArticle(h.ID, h.Fields)
			if err != nil {
				return nil, nil, err
			}
			missing = append(missing, storyDoc(a.ID, a.Title, a.Text, a.Outlet, a.Date, peopleNames(a.Result.People)))
		}
	}
	return missing, extra, nil
}

// makeView indexes the stories for queries.
func makeView(list []stories.Story, meta map[string]*artMeta) *storyView {
	entries := make([]storyEntry, len(list))
	for i, st := range list {
		entries[i] = newEntry(st, meta)
	}
	return indexView(entries, meta)
}

// indexView makes the view of a ranked list.
func indexView(list []storyEntry, meta map[string]*artMeta) *storyView {
	v := &storyView{list: list, byID: make(map[string]int, len(list)), of: make(map[string]int32, len(meta)), meta: meta}
	for i, e := range list {
		v.byID[e.ID] = i
		for _, id := range e.Members {
			v.of[id] = int32(i)
		}
	}
	return v
}

// saveStories saves the stories: as the delta d appended to the log
// when there is one to append to (see stories_log.go), else the grouper
// whole, then the view with the same stamp, each write atomic, and a new
// log. The top goes last, with the stamp of the state saved (changed
// lists the names of the articles added and removed since the last
// save). The grouper stays in memory for the next update of this
// process (an explorer watching its files): reading it back costs more
// than keeping it.
func (ix *Index) saveStories(v *storyView, d *storyDelta, changed []string) error {
	s := ix.stories
	if ix.dir == "" {
		s.stamp = 1 // in memory: the grouper is kept, nothing to pair
		return nil
	}
	stamp := uint64(time.Now().UnixNano()) | 1
	prev := s.stamp
	if d != nil && s.logBase != 0 && s.logSize > 0 && s.logSize < storiesLogMax && s.logRecs < storiesLogRecs {
		d.stamp, d.articles = stamp, uint64(len(v.meta))
		if n, err := appendRecord(ix.dir, storiesLogName, s.logSize, encodeDelta(d)); err == nil {
			s.logSize = n
			s.logRecs++
			s.stamp = stamp
			return ix.saveTop(v, stamp, prev, changed)
		}
		// Saved whole below, which needs no log.
	}
	// The encodings take about as long each; side by side.
	var vb []byte
	done := make(chan struct{})
	go func() {
		defer close(done)
		vb = encodeView(v, stamp)
	}()
	gb, err := s.g.MarshalBinary()
	<-done
	if err != nil {
		return err
	}
	head := binary.LittleEndian.AppendUint64(make([]byte, 0, 8+len(gb)), stamp)
	if err := writeAtomic(ix.dir, grouperName, append(head, gb...)); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	if err := writeAtomic(ix.dir, storiesName, vb); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	s.stamp = stamp
	s.logBase, s.logSize, s.logRecs = stamp, 0, 0
	if startLog(ix.dir, storiesLogName, stamp) == nil {
		s.logSize = 8
	}
	return ix.saveTop(v, stamp, prev, changed)
}

// saveTop writes the top of the view saved with stamp. Without the
// people table there is none: listings read the view. A top older than
// the view carries another stamp and is not used. The answers of the
// people table saved with the top of prev, the state before, are used
// again but for the groups of the names in changed.
func (ix *Index) saveTop(v *storyView, stamp, prev uint64, changed []string) error {
	if ix.waitPeople() != nil {
		return nil
	}
	names := newNameCache(ix.lastNames(prev).without(changed))
	top := ix.topSummaries(v, names)
	if err := writeAtomic(ix.dir, topName, encodeTop(top, names, stamp)); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	names.prev = nil
	ix.stories.last.Store(&savedTop{view: v, stamp: stamp, stories: top, names: names})
	ix.stories.topStale.Store(false)
	return nil
}

// lastNames is the people table's answers saved with the top of the state
// stamped prev, from this process's last save or from the file; nil when
// there is none (another state, another build).
func (ix *Index) lastNames(prev uint64) *nameCache {
	if prev == 0 {
		return nil
	}
	if last := ix.stories.last.Load(); last != nil && last.stamp == prev {
		return last.names
	}
	b, err := os.ReadFile(filepath.Join(ix.dir, topName))
	if err != nil {
		return nil
	}
	_, names, stamp, err := decodeTop(b)
	if err != nil || stamp != prev {
		return nil
	}
	return names
}

// The layout of storiesName: a head of viewHead bytes (stamp, number of
// articles), the version, then as uvarint-prefixed strings and uvarints
// the articles (id, outlet, Unix seconds + 1 or 0 when undated, people)
// and the stories (id, title, members as article numbers). Written and
// read by hand: gob took three times as long on 60k articles.
func encodeView(v *storyView, stamp uint64) []byte {
	b := make([]byte, viewHead, viewHead+64*len(v.meta)+64*len(v.list))
	binary.LittleEndian.PutUint64(b, stamp)
	binary.LittleEndian.PutUint64(b[8:], uint64(len(v.meta)))
	b = binary.AppendUvarint(b, storiesVersion)
	num := map[string]int{}
	b = binary.AppendUvarint(b, uint64(len(v.meta)))
	for id, m := range v.meta {
		num[id] = len(num)
		b = binio.AppendStr(b, id)
		b = binio.AppendStr(b, m.Outlet)
		b = binary.AppendUvarint(b, unixSecs(m.Date))
		b = binio.AppendStrs(b, m.People)
	}
	b = binary.AppendUvarint(b, uint64(len(v.list)))
	for _, e := range v.list {
		b = binio.AppendStr(b, e.ID)
		b = binio.AppendStr(b, e.Title)
		b = binary.AppendUvarint(b, uint64(len(e.Members)))
		for _, id := range e.Members {
			b = binary.AppendUvarint(b, uint64(num[id]))
		}
	}
	return b
}

// minUnix offsets dates so that any year from 1 on encodes unsigned.
const minUnix = -62135596800

var (
	errStoriesVersion = errors.New("stories of another version")
	errStoriesDamaged = errors.New("stories: damaged")
)

func decodeView(b []byte) (*storyView, uint64, error) {
	if len(b) < viewHead {
		return nil, 0, errStoriesDamaged
	}
	stamp := binary.LittleEndian.Uint64(b)
	want := binary.LittleEndian.Uint64(b[8:])
	r := binio.Shared(b[viewHead:]) // ids, outlets and names: nearly all of it
	if v := r.Uvarint(); v != storiesVersion && v != 2 {
		return nil, 0, errStoriesVersion
	}
	n := r.Count()
	if uint64(n) != want {
		return nil, 0, errStoriesDamaged
	}
	ids := make([]string, n)
	metas := make([]artMeta, n)
	meta := make(map[string]*artMeta, n)
	for i := range n {
		ids[i] = r.Str()
		m := &metas[i]
		m.Outlet = r.Str()
		m.Date = fromUnixSecs(r.Uvarint())
		m.People = make([]string, r.Count())
		for j := range m.People {
			m.People[j] = r.Str()
		}
		meta[ids[i]] = m
	}
	list := make([]stories.Story, r.Count())
	for i := range list {
		st := &list[i]
		st.ID, st.Title = r.Str(), r.Str()
		st.Members = make([]string, r.Count())
		for j := range st.Members {
			k := r.Uvarint()
			if k >= uint64(n) {
				return nil, 0, errStoriesDamaged
			}
			st.Members[j] = ids[k]
		}
	}
	if r.Err != nil || len(r.B) != 0 {
		return nil, 0, errStoriesDamaged
	}
	return makeView(list, meta), stamp, nil
}
