package index

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
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
	// newestDone brings the listing an update's rememberNewest works
	// out; nil when none is being worked out. Only the holder of build
	// touches it.
	newestDone chan *savedListing
	man        *manifest // files the index was built from; guarded by build

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
	// peopleIdx is held while the table is rebuilt from the index, which
	// Close must wait for; reading the people table it need not wait for, so a
	// short command does not pay for a table it never used. closed,
	// under peopleIdx, keeps a rebuild from starting after Close.
	peopleIdx sync.Mutex
	closed    bool

	stories *storyStore // see stories_store.go
	plog    peopleLog   // where the saved people table stands; see people_log.go

	opts Options

	lock    *dirLock    // of dir, held from Open to Close; nil in memory
	fault   *writeFault // the first failed write in the background; nil in memory
	rebuilt *Rebuilt    // why Open threw away what it found
	older   *OlderRules // what Open found read under other rules

	batchDocs int                             // documents per batch; tests make it small
	onCommit  func(n int, took time.Duration) // test hook, called after each commit, one call at a time
}

// ErrInUse is returned by Open when another process holds the index.
var ErrInUse = errors.New("index is in use by another process")

// bleveDir is the sub-directory of an index directory that bleve owns;
// nothing outside it is ever removed.
const bleveDir = "bleve"

// openWait bounds the wait for the lock of an on-disk index, so a
// second storytui on the same corpus fails instead of hanging; bleve's
// own lock (openTimeout), taken after it, normally never waits.
const (
	openWait    = 2 * time.Second
	openTimeout = "2s"
)

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
	ix := &Index{bi: guard(bi, dir), dir: dir, man: man, opts: opts, batchDocs: batchDocs, people: aggregate.NewTable(), peopleReady: ready, stories: newStoryStore(dir, opts)}
	ix.peopleDirty.Store(true) // until loaded from or saved to disk
	if dir != "" {
		ix.watchFaults()
	}
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
// (people.bin), so listing people never reads every article; a missing
// or damaged table is rebuilt from the stored extractions. An index built
// by another version of storytui, or one bleve cannot open, is rebuilt
// from nothing, and Rebuilt says why. Open takes the directory's lock
// before it looks at anything in it, and holds it until Close; another
// process holding it makes Open fail with ErrInUse after a short wait.
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
	// Rebuild throws away what the directory holds and starts an empty
	// index (--reindex, or the repair of an index found damaged in use).
	// It happens under the lock, so an index another process is using is
	// never thrown away.
	Rebuild bool
}

// Rebuilt says why Open threw away the index it found in a directory.
type Rebuilt struct {
	Dir    string
	Reason string // what was wrong with it
	Older  bool   // written by another version of storytui, not damaged
}

// String is the sentence a user is shown.
func (r *Rebuilt) String() string {
	if r.Older {
		return fmt.Sprintf("the index at %s was built by another version of storytui (%s); rebuilding it", r.Dir, r.Reason)
	}
	return fmt.Sprintf("the index at %s was damaged (%s); rebuilding it", r.Dir, r.Reason)
}

// Rebuilt is why Open started this index from nothing although it found
// one in the directory, or nil: a new directory, an index that opened
// whole, or a rebuild asked for with Options.Rebuild.
func (ix *Index) Rebuilt() *Rebuilt { return ix.rebuilt }

// OpenWith is Open with options.
func OpenWith(dir string, opts Options) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	lock, err := lockDir(dir, openWait)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	ix, err := openLocked(dir, opts)
	if err != nil {
		lock.unlock()
		return nil, err
	}
	ix.lock = lock
	return ix, nil
}

// openLocked opens the index in dir, whose lock the caller holds, or
// builds a new one.
func openLocked(dir string, opts Options) (*Index, error) {
	var why *Rebuilt
	if !opts.Rebuild {
		ix, reason, err := openExisting(dir, opts)
		if ix != nil || err != nil {
			return ix, err
		}
		why = reason
	}
	path := filepath.Join(dir, bleveDir)
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	man := newManifest()
	if err := man.save(dir); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	// The tables derived from the index thrown away go with it.
	for _, name := range []string{peopleName, legacyPeopleName, peopleLogName, storiesName, grouperName, storiesLogName, topName} {
		os.Remove(filepath.Join(dir, name))
	}
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, bleveConfig())
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("create index %s: %w", dir, ErrInUse)
		}
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	ix := newIndex(bi, dir, man, opts)
	ix.rebuilt = why
	if err := ix.saveState(); err != nil {
		ix.Close()
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	return ix, nil
}

// openExisting opens the index found in dir. When there is none it
// returns nothing at all; when there is one it cannot use, nothing but
// the reason to rebuild it.
func openExisting(dir string, opts Options) (*Index, *Rebuilt, error) {
	path := filepath.Join(dir, bleveDir)
	damaged := func(format string, a ...any) (*Index, *Rebuilt, error) {
		return nil, &Rebuilt{Dir: dir, Reason: fmt.Sprintf(format, a...)}, nil
	}
	man, err := loadManifest(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if _, serr := os.Stat(path); errors.Is(serr, os.ErrNotExist) {
			return nil, nil, nil // nothing was ever built here
		}
		return damaged("its manifest is missing")
	case err != nil:
		return damaged("%v", err)
	case man.Version != schemaVersion:
		return nil, &Rebuilt{Dir: dir, Older: true, Reason: fmt.Sprintf("index format %d, this one uses %d", man.Version, schemaVersion)}, nil
	}
	bi, err := openBleve(path)
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			// An older storytui, which takes no directory lock, has it.
			return nil, nil, fmt.Errorf("open index %s: %w", dir, ErrInUse)
		}
		return damaged("%v", err)
	}
	ix := newIndex(bi, dir, man, opts)
	ix.older = olderRules(man, opts)
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
	return ix, nil, nil
}

// openBleve opens the bleve index at path. Bleve panics on some damaged
// files instead of returning an error; that is an error here. And when
// the newest snapshot of the index cannot be loaded (a segment file
// truncated or gone), bleve falls back to an older one, saying so only
// through the standard logger: the index would then silently lack
// articles the manifest lists as indexed. So what bleve logs while it
// opens is collected: its snapshot-loading messages (all of which end in
// "continuing") mean the index is damaged; anything else logged meanwhile,
// by bleve or by other code of the process, is passed on unread.
func openBleve(path string) (bi bleve.Index, err error) {
	var said bytes.Buffer
	logMu.Lock()
	prev := log.Writer()
	log.SetOutput(&said)
	defer func() {
		log.SetOutput(prev)
		logMu.Unlock()
		if v := recover(); v != nil {
			bi, err = nil, fmt.Errorf("bleve: %v", v)
		}
		var fallback string
		for _, line := range strings.SplitAfter(said.String(), "\n") {
			if fallback == "" && strings.Contains(line, ", continuing") {
				fallback = line
			} else if line != "" {
				io.WriteString(prev, line)
			}
		}
		if err == nil && fallback != "" {
			bi.Close()
			bi, err = nil, fmt.Errorf("bleve: %s", bleveLogLine(fallback))
		}
	}()
	return bleve.OpenUsing(path, bleveConfig())
}

// logMu serialises openBleve's borrowing of the standard logger.
var logMu sync.Mutex

// bleveLogLine is the first line bleve logged, without the time stamp.
func bleveLogLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	if date, rest, ok := strings.Cut(line, " "); ok && strings.Count(date, "/") == 2 {
		if _, rest, ok := strings.Cut(rest, " "); ok {
			return rest
		}
	}
	return line
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

// Close releases the index and its directory's lock; closing again does
// nothing. Every commit is already on disk.
func (ix *Index) Close() error {
	ix.peopleIdx.Lock() // a rebuild of the table may still be reading the index
	again := ix.closed
	ix.closed = true
	ix.peopleIdx.Unlock()
	if again {
		// A deferred Close after an explicit one: nothing is left to
		// release, and the lock file was already let go.
		return nil
	}
	err := ix.bi.Close()
	ix.unwatchFaults()
	if lerr := ix.lock.unlock(); err == nil {
		err = lerr
	}
	return err
}
