package index

import (
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
)

// The first screen of the explorer and `storytui stories --limit N` list
// the largest stories only, yet decoding the whole view costs a few
// hundred milliseconds at 60k articles. So every save also writes
// topName: the first topStories stories of the view with the metadata of
// their members, in the view's layout and with its stamp, a few hundred
// kilobytes. A listing that fits in it, asked for before anything has
// read the whole view, is answered from it.
const (
	topName    = "stories-top.bin"
	topStories = 500
)

// listing is the view to list the first limit stories (all when limit
// <= 0) from: the saved top when it holds them and the whole view has
// not been read, else the whole view.
func (s *storyStore) listing(limit int) *storyView {
	if limit > 0 && limit <= topStories && !s.loaded.Load() {
		s.topOnce.Do(s.readTop)
		if v := s.top; v != nil {
			// Queries and other panes need the whole view soon
			// after: read it while the first screen is drawn.
			go s.current()
			return v
		}
	}
	return s.current()
}

// readTop reads topName when its stamp is the saved view's.
func (s *storyStore) readTop() {
	if s.dir == "" {
		return
	}
	b, err := os.ReadFile(filepath.Join(s.dir, topName))
	if err != nil {
		return
	}
	v, stamp, err := decodeView(b)
	if err != nil || stamp == 0 || stamp != viewStamp(s.dir) {
		return
	}
	s.top = v
}

// viewStamp is the stamp of the saved view, 0 when it cannot be read.
func viewStamp(dir string) uint64 {
	f, err := os.Open(filepath.Join(dir, storiesName))
	if err != nil {
		return 0
	}
	defer f.Close()
	var head [viewHead]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return 0
	}
	return binary.LittleEndian.Uint64(head[:8])
}

// topView is the first topStories stories of v with their members'
// metadata.
func topView(v *storyView) *storyView {
	list := v.list[:min(len(v.list), topStories)]
	meta := map[string]*artMeta{}
	for _, e := range list {
		for _, id := range e.Members {
			if m := v.meta[id]; m != nil {
				meta[id] = m
			} else {
				meta[id] = &artMeta{} // numbered like the others
			}
		}
	}
	return &storyView{list: list, meta: meta}
}
