package index

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"time"

	"storytui/internal/aggregate"
	"storytui/internal/binio"
	"storytui/internal/buildinfo"
)

// The first screen of the explorer and `storytui stories --limit N` list
// the largest stories only, yet reading the whole view and the people
// table their key people come from costs most of a second at 60k
// articles. So every save also writes topName: the first topStories
// stories of the view as listed (summary), with the view's stamp, some
// tens of kilobytes. A listing that fits in it, asked for before
// anything has read the whole view, is answered from it alone. The
// people table a summary resolves names with changes only with the
// articles, and then the stories are saved again.
//
// The key people of a summary are names the people table resolved, by
// the rules of the storytui that wrote the top; so the top carries that
// build's identity (topBuild), and another build's top is not used. The
// first listing that then reads the whole view writes the top again
// (refreshTop), so only the first launch after an upgrade pays for it.
const (
	topName    = "stories-top.bin"
	topStories = 200 // the explorer's Stories pane asks for as many
	topVersion = 3   // 2: the build identity after the version; 3: the names after the stories
)

// topBuild identifies the build that writes the top (a variable, so
// tests can play another build).
var topBuild = buildinfo.ID

// topListing is the saved first limit stories, or nil when the listing
// must come from the whole view: limit is 0 or more than the top holds,
// or the top is of another state than the view listings read (the whole
// view was read and the update since saved no top, or the saved top is
// missing or older than the saved view).
func (s *storyStore) topListing(limit int) []aggregate.Story {
	if limit <= 0 || limit > topStories {
		return nil
	}
	var top []aggregate.Story
	if last := s.last.Load(); last != nil && last.view == s.view.Load() {
		top = last.stories // this process's save of the view listed now
	} else if !s.loaded.Load() {
		s.topOnce.Do(s.readTop)
		top = s.top
	}
	if top == nil {
		return nil
	}
	out := make([]aggregate.Story, min(limit, len(top)))
	for i := range out {
		st := top[i]
		st.Outlets, st.People = slices.Clone(st.Outlets), slices.Clone(st.People)
		out[i] = st
	}
	return out
}

// savedTop is a top this process saved, with the view it lists and the
// people table's answers its summaries used.
type savedTop struct {
	view    *storyView
	stamp   uint64
	stories []aggregate.Story
	names   *nameCache
}

// readTop reads topName when its stamp is the saved view's.
func (s *storyStore) readTop() {
	if s.dir == "" {
		return
	}
	b, err := os.ReadFile(filepath.Join(s.dir, topName))
	if err != nil {
		s.topStale.Store(true)
		return
	}
	top, _, stamp, err := decodeTop(b)
	if err != nil || stamp == 0 {
		s.topStale.Store(true)
		return
	}
	if saved, _ := readViewHead(s.dir); stamp != saved {
		s.topStale.Store(true)
		return
	}
	s.top = top
}

// refreshTop writes the top of v, the listing's view, when the saved
// one was missing or could not be used, listed being the listing's
// first stories and names the answers they used; only when no update is
// running or has run (its save writes the top).
func (ix *Index) refreshTop(v *storyView, listed []aggregate.Story, names *nameCache) {
	s := ix.stories
	if s.dir == "" || !s.topStale.Load() || !ix.build.TryLock() {
		return
	}
	defer ix.build.Unlock()
	if saved, _ := readViewHead(s.dir); saved == 0 || saved != s.stamp || ix.stories.view.Load() != v {
		return
	}
	top := listed
	if len(top) < min(topStories, len(v.list)) {
		names = newNameCache(nil)
		top = ix.topSummaries(v, names)
	}
	top = top[:min(topStories, len(top))]
	// A top that cannot be written is only slower the next time.
	if writeAtomic(s.dir, topName, encodeTop(top, names, s.stamp)) == nil {
		s.topStale.Store(false)
		s.last.Store(&savedTop{view: v, stamp: s.stamp, stories: top, names: names})
	}
}

// topSummaries lists the first topStories stories of v as Stories lists
// them, asking the people table through names. The people table must be
// loaded.
func (ix *Index) topSummaries(v *storyView, names *nameCache) []aggregate.Story {
	out := make([]aggregate.Story, min(len(v.list), topStories))
	for i := range out {
		out[i] = ix.summary(v, &v.list[i], names)
	}
	return out
}

// The layout of topName: the stamp (8 bytes), the version, the build
// (topBuild), the number
// of stories, then per story as uvarint-prefixed strings and uvarints
// its id, title, articles, outlets, first and last dates (as in
// storiesName) and key people; then the answers of the people table the
// summaries used (appendNames).
func encodeTop(top []aggregate.Story, names *nameCache, stamp uint64) []byte {
	b := binary.LittleEndian.AppendUint64(make([]byte, 0, 256*len(top)), stamp)
	b = binary.AppendUvarint(b, topVersion)
	b = binio.AppendStr(b, topBuild)
	b = binary.AppendUvarint(b, uint64(len(top)))
	for _, st := range top {
		b = binio.AppendStr(b, st.ID)
		b = binio.AppendStr(b, st.Title)
		b = binary.AppendUvarint(b, uint64(st.Articles))
		b = binio.AppendStrs(b, st.Outlets)
		b = binary.AppendUvarint(b, unixSecs(st.First))
		b = binary.AppendUvarint(b, unixSecs(st.Last))
		b = binio.AppendStrs(b, st.People)
	}
	return appendNames(b, names)
}

func decodeTop(b []byte) ([]aggregate.Story, *nameCache, uint64, error) {
	if len(b) < 8 {
		return nil, nil, 0, errStoriesDamaged
	}
	stamp := binary.LittleEndian.Uint64(b)
	r := binio.Reader{B: b[8:]}
	if r.Uvarint() != topVersion || r.Str() != topBuild {
		return nil, nil, 0, errStoriesVersion
	}
	top := make([]aggregate.Story, r.Count())
	for i := range top {
		st := &top[i]
		st.ID, st.Title = r.Str(), r.Str()
		st.Articles = int(r.Uvarint())
		st.Outlets = r.Strs()
		st.First, st.Last = fromUnixSecs(r.Uvarint()), fromUnixSecs(r.Uvarint())
		st.People = r.Strs()
	}
	names := readNames(&r)
	if r.Err != nil || len(r.B) != 0 {
		return nil, nil, 0, errStoriesDamaged
	}
	return top, names, stamp, nil
}

// unixSecs encodes a date as storiesName does: Unix seconds from year 1,
// plus one; 0 for none.
func unixSecs(t time.Time) uint64 {
	if t.IsZero() {
		return 0
	}
	return uint64(t.Unix()-minUnix) + 1
}

func fromUnixSecs(secs uint64) time.Time {
	if secs == 0 {
		return time.Time{}
	}
	return time.Unix(int64(secs-1)+minUnix, 0).UTC()
}
