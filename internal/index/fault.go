package index

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Why commits are made this way: bleve's own "safe" Batch waits until
// the batch is on disk, and when writing it fails (a full disk, a file
// size limit) it closes the batch's segment although the segment is
// already part of the live index. Every later use of that segment then
// panics ("assignment to entry in nil map"), in the next Batch or in
// one of bleve's own goroutines, where nothing can recover it. So
// storytui opens on-disk indexes with unsafe_batch (Batch returns once
// the batch is in memory, and never closes its segment) and waits for
// durability itself, through the batch's persisted callback and
// bleve's asynchronous error callback.

// asyncErrors is the name under which onAsyncError is registered with
// scorch; the runtime config of every on-disk index names it.
const asyncErrors = "storytui"

func init() {
	scorch.RegistryAsyncErrorCallbacks[asyncErrors] = onAsyncError
}

// faults maps the store directory bleve reports errors under to the
// writeFault of the index open on it.
var faults sync.Map

// writeFault records the first error bleve hit writing an index in the
// background. Once set it stays set: the index still answers searches
// from memory, but nothing more of it reaches the disk in this process.
type writeFault struct {
	once   sync.Once
	failed chan struct{} // closed when err is set
	err    error
}

func newWriteFault() *writeFault { return &writeFault{failed: make(chan struct{})} }

func (f *writeFault) set(err error) {
	f.once.Do(func() {
		f.err = err
		close(f.failed)
	})
}

// get is the recorded error, or nil.
func (f *writeFault) get() error {
	select {
	case <-f.failed:
		return f.err
	default:
		return nil
	}
}

// storePath is where bleve keeps the files of the index at path, the
// path it names in its asynchronous errors.
func storePath(path string) string { return filepath.Join(path, "store") }

// onAsyncError is called by scorch's persister, merger and introducer
// goroutines. A failed write is recorded for the index, and the
// goroutine that hit it is ended: left running it would retry the write
// in a tight loop for as long as the index stays open. Ending it is
// safe because no commit of storytui waits on bleve's own channels (see
// commit) and Close only waits for the goroutine to be gone. A panic a
// goroutine recovered is recorded too (it reports it on its way out).
// Failed clean-ups of old files only leave them behind; they are
// ignored.
func onAsyncError(err error, path string) {
	if errors.Is(err, scorch.ErrCleanup) {
		return
	}
	v, ok := faults.Load(filepath.Clean(path))
	if !ok {
		return
	}
	v.(*writeFault).set(err)
	if errors.Is(err, scorch.ErrPersist) {
		runtime.Goexit()
	}
}

// bleveConfig is the runtime configuration of an on-disk index.
func bleveConfig() map[string]any {
	return map[string]any{
		"bolt_timeout":           openTimeout,
		"unsafe_batch":           true, // durability is commit's job
		"asyncErrorCallbackName": asyncErrors,
	}
}

// watchFaults starts recording the background write errors of the
// on-disk index ix.
func (ix *Index) watchFaults() {
	ix.fault = newWriteFault()
	faults.Store(storePath(filepath.Join(ix.dir, bleveDir)), ix.fault)
}

// unwatchFaults stops recording them (at Close).
func (ix *Index) unwatchFaults() {
	if ix.fault != nil {
		faults.CompareAndDelete(storePath(filepath.Join(ix.dir, bleveDir)), ix.fault)
	}
}

// commit writes a batch and, for an on-disk index, waits until it is on
// disk: only then may the files it came from be called done. A write
// that failed, now or earlier in this process, is an error naming the
// index directory; the index on disk is then as the last commit left it.
func (ix *Index) commit(b *bleve.Batch) error {
	if ix.fault == nil { // in memory: nothing to wait for
		return ix.bi.Batch(b)
	}
	if err := ix.fault.get(); err != nil {
		return ix.writeError(err)
	}
	persisted := make(chan struct{})
	b.SetPersistedCallback(func(error) { close(persisted) })
	if err := ix.bi.Batch(b); err != nil {
		return ix.writeError(err)
	}
	select {
	case <-persisted:
		return nil
	case <-ix.fault.failed:
		return ix.writeError(ix.fault.err)
	}
}

// ErrWrite is wrapped by the errors of a failed write to the index (a
// full disk, a file size limit, a read-only file system).
var ErrWrite = errors.New("cannot write the index")

// writeError says which index could not be written and why.
func (ix *Index) writeError(err error) error {
	var se *scorch.ScorchError
	if errors.As(err, &se) {
		err = errors.New(se.ErrMsg) // without which goroutine of bleve's hit it
	}
	return fmt.Errorf("%w in %s: %v (the index stays as its last complete write left it; the next run goes on from there)", ErrWrite, ix.dir, err)
}
