package index

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"storytui/internal/aggregate"
)

// Index is a searchable store of articles and their extraction, in memory
// or on disk. Searches may run while an Update is going on; Update and
// AddFS calls are serialised.
type Index struct {
	bi  bleve.Index
	dir string // "" for an in-memory index

	gen  atomic.Uint64 // bumped by every change to the index
	list listing       // the newest articles, for the empty query

	build sync.Mutex // held by Update and AddFS
	man   *manifest  // files the index was built from; guarded by build

	// people is the corpus-wide people table, updated as articles are
	// committed and deleted, and saved with the manifest. Open loads it
	// in the background so the first screen does not wait for it;
	// everything that reads or changes it waits on peopleReady first
	// (see waitPeople).
	people      *aggregate.Table
	peopleReady chan struct{}
	peopleErr   error
	// peopleDirty is set when the table changed since it was last saved;
	// saving it costs about half a second at 60k articles.
	peopleDirty atomic.Bool

	opts Options

	batchDocs int                             // documents per batch; tests make it small
	onCommit  func(n int, took time.Duration) // test hook, called after each commit, one call at a time
}

// ErrInUse is returned by Open when another process holds the index.
var ErrInUse = errors.New("index is in use by another process")

// bleveDir is the sub-directory of an index directory that bleve owns;
// nothing outside it is ever removed.
const bleveDir = "bleve"

// openTimeout bounds the wait for the lock of an on-disk index, so a
// second storytui on the same corpus fails instead of hanging.
const openTimeout = "2s"

// NewMemory makes an in-memory index (used for the embedded default
// corpus and tests).
func NewMemory() (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("new in-memory index: %w", err)
	}
	return newIndex(bi, "", newManifest(), Options{}), nil
}

// newIndex wraps an open bleve index whose people table is ready (empty).
func newIndex(bi bleve.Index, dir string, man *manifest, opts Options) *Index {
	ready := make(chan struct{})
	close(ready)
	ix := &Index{bi: bi, dir: dir, man: man, opts: opts, batchDocs: batchDocs, people: aggregate.NewTable(), peopleReady: ready}
	ix.peopleDirty.Store(true) // until loaded from or saved to disk
	return ix
}

// waitPeople waits until the people table is loaded and says whether
// that failed.
func (ix *Index) waitPeople() error {
	<-ix.peopleReady
	return ix.peopleErr
}

// Open opens or creates a persistent index in dir (creating dir). Next to
// the bleve files it keeps a manifest of the files it was built from, so
// Update reads only what changed, and the corpus-wide people table
// (people.gob), so listing people never reads every article; a missing
// or damaged table is rebuilt from the stored extractions. An index built
// by another version of storytui, or one bleve cannot open, is rebuilt
// from nothing.
func Open(dir string) (*Index, error) {
	return OpenWith(dir, Options{})
}

// Options changes how an on-disk index is built. The zero value is what
// storytui uses.
type Options struct {
	// SkipExtraction indexes articles without finding their people,
	// quotes and reactions: the index then costs what bleve alone costs,
	// the ceiling the benchmark (scripts/bench) measures the real build
	// against. Person, speaker, quote and stance searches find nothing.
	SkipExtraction bool
}

// OpenWith is Open with options.
func OpenWith(dir string, opts Options) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	path := filepath.Join(dir, bleveDir)
	man, err := loadManifest(dir)
	if err == nil && man.Version == schemaVersion {
		bi, oerr := bleve.OpenUsing(path, map[string]any{"bolt_timeout": openTimeout})
		if oerr == nil {
			ix := newIndex(bi, dir, man, opts)
			if n := man.Newest; n != nil && n.IDs != nil {
				ix.list.ids, ix.list.total = n.IDs, n.Total // gen 0: valid until a change
			}
			ix.peopleReady = make(chan struct{})
			go func() {
				defer close(ix.peopleReady)
				if err := ix.loadPeople(); err != nil {
					ix.peopleErr = fmt.Errorf("people table of %s: %w", dir, err)
				}
			}()
			return ix, nil
		}
		if strings.Contains(oerr.Error(), "timeout") {
			return nil, fmt.Errorf("open index %s: %w", dir, ErrInUse)
		}
		// Damaged: fall through and rebuild; it is only a cache.
	}
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	man = newManifest()
	if err := man.save(dir); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, map[string]any{"bolt_timeout": openTimeout})
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("create index %s: %w", dir, ErrInUse)
		}
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	ix := newIndex(bi, dir, man, opts)
	if err := ix.saveState(); err != nil {
		bi.Close()
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	return ix, nil
}

// DefaultDir is where the index for these input paths lives:
// os.UserCacheDir()/storytui/<short hash of the sorted absolute paths>.
func DefaultDir(paths []string) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("index directory: %w", err)
	}
	abs := make([]string, 0, len(paths))
	for _, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			return "", fmt.Errorf("index directory: %w", err)
		}
		abs = append(abs, filepath.Clean(a))
	}
	slices.Sort(abs)
	abs = slices.Compact(abs)
	sum := sha256.Sum256([]byte(strings.Join(abs, "\x00")))
	return filepath.Join(cache, "storytui", hex.EncodeToString(sum[:8])), nil
}

// Count is the number of articles in the index.
func (ix *Index) Count() (uint64, error) {
	return ix.bi.DocCount()
}

// Close releases the index; an on-disk index is flushed first.
func (ix *Index) Close() error {
	ix.waitPeople() // a rebuild of the table may still be reading the index
	return ix.bi.Close()
}
