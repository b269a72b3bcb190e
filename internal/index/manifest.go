package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"storytui/internal/corpus"
)

const manifestName = "manifest.json"

// manifest records, for each file whose articles are all committed to the
// index, the size and modification time it had when read. A file whose
// size and time still agree is not read again.
type manifest struct {
	Version int                  `json:"version"`
	Files   map[string]fileEntry `json:"files"`
	// Pending lists files being read when the manifest was written: if
	// the build was interrupted, some of their articles may be in the
	// index and must be deleted before the file is read again.
	Pending map[string]bool `json:"pending,omitempty"`
	// Partial holds the size and time of each pending file when its read
	// began: if they still agree, an interrupted read is resumed, keeping
	// the articles already committed (those in the people table).
	Partial map[string]fileEntry `json:"partial,omitempty"`
	// Newest is the listing of the empty query as the index stood when
	// the manifest was saved at the end of an update (nil while one is
	// under way), so the first screen of a launch does not sort every
	// article by date.
	Newest *savedListing `json:"newest,omitempty"`
}

// savedListing is the ids of the newest articles and the count of all.
type savedListing struct {
	IDs   []string `json:"ids"`
	Total uint64   `json:"total"`
}

type fileEntry struct {
	Size     int64     `json:"size"`
	ModTime  time.Time `json:"mtime"`
	Articles int       `json:"articles"`
	// Sum is the SHA-256 of the file's bytes as read, in hex; empty
	// when not known (an index made before it was kept).
	Sum string `json:"sha256,omitempty"`
	// Rules is the extract.RulesVersion its articles were read under;
	// 0 for an index made before it was kept, or one that skips
	// extraction.
	Rules int `json:"rules,omitempty"`
}

func newManifest() *manifest {
	return &manifest{Version: schemaVersion, Files: map[string]fileEntry{}, Pending: map[string]bool{}, Partial: map[string]fileEntry{}}
}

// resumable reports whether f's read was interrupted and f has not
// changed since it began.
func (m *manifest) resumable(f corpus.File) bool {
	e, ok := m.Partial[f.Path]
	return m.Pending[f.Path] && ok && e.Size == f.Size && e.ModTime.Equal(f.ModTime)
}

// fileState is what check finds of a file.
type fileState int

const (
	fileChanged   fileState = iota // to be read again
	fileUnchanged                  // size and time as recorded
	fileTouched                    // a new time on the same bytes
)

// check compares f with its record. Size and time are enough to know a
// file unchanged; when only the time differs, the file is read and its
// checksum compared, because copying, restoring or re-mounting a folder
// gives every file a new time, and indexing a large corpus again for
// that took minutes. A touched file's record takes the new time.
func (m *manifest) check(f corpus.File) fileState {
	e, ok := m.Files[f.Path]
	switch {
	case !ok || e.Size != f.Size:
		return fileChanged
	case e.ModTime.Equal(f.ModTime):
		return fileUnchanged
	case e.Sum == "" || fileSum(f.Path) != e.Sum:
		return fileChanged
	}
	e.ModTime = f.ModTime
	m.Files[f.Path] = e
	return fileTouched
}

// fileSum is the hex SHA-256 of the file at path, "" when it cannot be
// read.
func fileSum(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

func loadManifest(dir string) (*manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return nil, err
	}
	m := newManifest()
	m.Version = 0
	if err := json.Unmarshal(b, m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if m.Files == nil {
		m.Files = map[string]fileEntry{}
	}
	if m.Pending == nil {
		m.Pending = map[string]bool{}
	}
	if m.Partial == nil {
		m.Partial = map[string]fileEntry{}
	}
	return m, nil
}

// save writes the manifest atomically (a crash leaves the old or the new
// one, never half of one). An in-memory index (dir "") keeps it in memory.
func (m *manifest) save(dir string) error {
	if dir == "" {
		return nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return writeAtomic(dir, manifestName, b)
}

// writeAtomic replaces dir/name with b through a synced temporary file.
func writeAtomic(dir, name string, b []byte) error {
	tmp, err := os.CreateTemp(dir, name+".*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(b)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := firstErr(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, name))
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
