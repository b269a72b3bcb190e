package index

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/gob"
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
//     vectors), about ten times larger: read only by an update that has
//     something to add or remove, and dropped again once saved.
//
// Both carry the same stamp; a pair that disagrees, or a view whose
// article count is not the index's, is repaired by the next update from
// the stored articles, so an interrupted build, an index made before
// stories existed, or a lost file all heal without a schema change.
const (
	storiesName = "stories.gob"
	grouperName = "grouper.bin"
)

// storiesVersion changes with the layout of storiesName.
const storiesVersion = 1

// storyStore is an index's stories.
type storyStore struct {
	view atomic.Pointer[storyView]
	dir  string    // of the index; "" in memory
	load sync.Once // reads the saved view
	// loaded is set once load has run: until then an update that
	// changes nothing checks the saved view's head, not the view.
	loaded atomic.Bool
	// off leaves new articles out of stories: Options.SkipExtraction,
	// and the benchmark of what grouping costs.
	off bool

	mu      sync.Mutex
	staged  map[string]stories.Doc // committed since the last grouping
	removed map[string]bool        // deleted since the last grouping

	// Only the update holding Index.build touches these.
	g     *stories.Grouper // nil when not in memory
	stamp uint64           // of the saved pair, 0 when none
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
	if err := ix.loadGrouper(); err != nil {
		restore()
		return err
	}
	g := s.g
	meta := make(map[string]*artMeta, int(n))
	for id, m := range v.meta {
		meta[id] = m
	}
	// The grouper may be new (first build, lost file): then the view
	// is no guide to what it holds.
	if g.Len() == 0 {
		meta = map[string]*artMeta{}
	}
	gone := make([]string, 0, len(removed))
	for id := range removed {
		gone = append(gone, id)
		delete(meta, id)
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
		for _, id := range extra {
			delete(meta, id)
		}
		add = append(add, missing...)
	}
	for _, d := range add {
		meta[d.ID] = &artMeta{Outlet: d.Source, Date: d.Date, People: d.People}
	}
	g.Add(add)
	nv := makeView(g.Stories(), meta)
	s.view.Store(nv)
	return ix.saveStories(nv)
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
	f, err := os.Open(filepath.Join(ix.dir, storiesName))
	if err != nil {
		return false
	}
	defer f.Close()
	var head [viewHead]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return false
	}
	n, err := ix.bi.DocCount()
	return err == nil && binary.LittleEndian.Uint64(head[:8]) != 0 && binary.LittleEndian.Uint64(head[8:]) == n
}

// viewHead is the size of the head of storiesName: the stamp and the
// number of articles, then the gob of savedStories.
const viewHead = 16

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

// loadGrouper puts the saved Grouper in memory, or a new one when it is
// missing, damaged, made with other options or of another pair.
func (ix *Index) loadGrouper() error {
	s := ix.stories
	if s.g != nil {
		return nil
	}
	s.g = stories.NewGrouper(storyOptions)
	if ix.dir == "" || s.stamp == 0 {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(ix.dir, grouperName))
	if err != nil || len(b) < 8 || binary.LittleEndian.Uint64(b) != s.stamp {
		return nil
	}
	g := stories.NewGrouper(storyOptions)
	if g.UnmarshalBinary(b[8:]) == nil && g.Options() == storyOptions {
		s.g = g
	}
	return nil
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
	v := &storyView{list: make([]storyEntry, len(list)), byID: make(map[string]int, len(list)), of: make(map[string]int32, len(meta)), meta: meta}
	for i, st := range list {
		v.list[i] = storyEntry{ID: st.ID, Title: st.Title, Members: st.Members}
		v.byID[st.ID] = i
		for _, id := range st.Members {
			v.of[id] = int32(i)
		}
	}
	return v
}

// savedStories is the layout of storiesName.
type savedStories struct {
	Version int
	Stories []storyEntry
	IDs     []string // every article, then its metadata at the same index
	Meta    []artMeta
}

// saveStories writes the grouper, then the view with the same stamp, and
// lets the grouper go (an update reads it back when it needs it). Each
// write is atomic. An in-memory index keeps the grouper instead.
func (ix *Index) saveStories(v *storyView) error {
	s := ix.stories
	if ix.dir == "" {
		s.stamp = 1 // in memory: the grouper is kept, nothing to pair
		return nil
	}
	stamp := uint64(time.Now().UnixNano()) | 1
	gb, err := s.g.MarshalBinary()
	if err != nil {
		return err
	}
	head := binary.LittleEndian.AppendUint64(make([]byte, 0, 8+len(gb)), stamp)
	if err := writeAtomic(ix.dir, grouperName, append(head, gb...)); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	vb, err := encodeView(v, stamp)
	if err != nil {
		return err
	}
	if err := writeAtomic(ix.dir, storiesName, vb); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	s.stamp = stamp
	s.g = nil
	return nil
}

func encodeView(v *storyView, stamp uint64) ([]byte, error) {
	f := savedStories{Version: storiesVersion, Stories: v.list}
	f.IDs = make([]string, 0, len(v.meta))
	f.Meta = make([]artMeta, 0, len(v.meta))
	for id, m := range v.meta {
		f.IDs = append(f.IDs, id)
		f.Meta = append(f.Meta, *m)
	}
	var buf bytes.Buffer
	var head [viewHead]byte
	binary.LittleEndian.PutUint64(head[:8], stamp)
	binary.LittleEndian.PutUint64(head[8:], uint64(len(f.IDs)))
	buf.Write(head[:])
	if err := gob.NewEncoder(&buf).Encode(&f); err != nil {
		return nil, fmt.Errorf("save stories: %w", err)
	}
	return buf.Bytes(), nil
}

var errStoriesVersion = errors.New("stories of another version")

func decodeView(b []byte) (*storyView, uint64, error) {
	if len(b) < viewHead {
		return nil, 0, errors.New("stories: damaged")
	}
	stamp := binary.LittleEndian.Uint64(b)
	var f savedStories
	if err := gob.NewDecoder(bytes.NewReader(b[viewHead:])).Decode(&f); err != nil {
		return nil, 0, err
	}
	if f.Version != storiesVersion {
		return nil, 0, errStoriesVersion
	}
	if len(f.IDs) != len(f.Meta) || uint64(len(f.IDs)) != binary.LittleEndian.Uint64(b[8:]) {
		return nil, 0, errors.New("stories: damaged")
	}
	meta := make(map[string]*artMeta, len(f.IDs))
	for i, id := range f.IDs {
		meta[id] = &f.Meta[i]
	}
	list := make([]stories.Story, len(f.Stories))
	for i, e := range f.Stories {
		list[i] = stories.Story{ID: e.ID, Title: e.Title, Members: e.Members}
	}
	return makeView(list, meta), stamp, nil
}
