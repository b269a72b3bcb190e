// Package watch reports changes to the files under a set of paths, a
// burst of changes at a time, so that storytui can index new and changed
// articles while the explorer is open. It wraps fsnotify, which watches
// one directory at a time: directories are added as they appear.
package watch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Options tune a Watcher.
type Options struct {
	// Quiet is how long the files must rest after a change before it is
	// reported, so that saving a page or unpacking a folder is reported
	// once (default 300ms).
	Quiet time.Duration
	// MaxDelay bounds the wait during a long stream of changes
	// (default 2s).
	MaxDelay time.Duration
	// Keep says which files matter (corpus.Supported, say); nil keeps
	// every file. Hidden files and directories never matter: editors and
	// downloaders write their temporary files under hidden names.
	Keep func(path string) bool
}

// Watcher watches files and directories (recursively) for changes.
type Watcher struct {
	fsw     *fsnotify.Watcher
	opts    Options
	roots   []string        // directories watched with all below them
	files   map[string]bool // files named explicitly
	changes chan []string
	errs    chan error
	done    chan struct{}
	wg      sync.WaitGroup
	once    sync.Once
}

// New starts watching paths: directories with everything below them, and
// files by name. Paths that do not exist yet are an error.
func New(paths []string, opts Options) (*Watcher, error) {
	if opts.Quiet <= 0 {
		opts.Quiet = 300 * time.Millisecond
	}
	if opts.MaxDelay < opts.Quiet {
		opts.MaxDelay = max(2*time.Second, opts.Quiet)
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{
		fsw: fsw, opts: opts, files: map[string]bool{},
		changes: make(chan []string), errs: make(chan error, 16), done: make(chan struct{}),
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err == nil {
			err = w.add(abs)
		}
		if err != nil {
			fsw.Close()
			return nil, err
		}
	}
	w.wg.Add(1)
	go w.loop()
	return w, nil
}

// Changes delivers the paths changed (created, written, removed or
// renamed) in one burst, sorted, once the burst is over. A path that
// stopped existing was removed or renamed away.
func (w *Watcher) Changes() <-chan []string { return w.changes }

// Errors delivers what went wrong while watching (a directory that could
// not be watched, an overflowing event queue); watching goes on.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Close stops watching. Changes is not closed: select on your own
// cancellation too.
func (w *Watcher) Close() error {
	var err error
	w.once.Do(func() {
		close(w.done)
		err = w.fsw.Close()
		w.wg.Wait()
	})
	return err
}

// add watches one root path.
func (w *Watcher) add(abs string) error {
	info, err := os.Stat(abs)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		w.files[abs] = true
		return w.fsw.Add(filepath.Dir(abs))
	}
	w.roots = append(w.roots, abs)
	_, err = w.addTree(abs)
	return err
}

// addTree watches dir and the directories below it, skipping hidden
// ones, and returns the files found in it: a directory that appears with
// files already in it (moved in, unpacked) reports them through its own
// creation, since no event will.
func (w *Watcher) addTree(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			w.report(err)
			return nil
		}
		if p != dir && hidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if err := w.fsw.Add(p); err != nil {
				if p == dir {
					return err
				}
				w.report(err)
			}
			return nil
		}
		if w.keep(p) {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// loop gathers events into bursts and hands each burst over when the files
// have rested for Quiet (or MaxDelay has passed since its first change).
// It never blocks on the reader: changes keep gathering until they are
// taken.
func (w *Watcher) loop() {
	defer w.wg.Done()
	pending := map[string]bool{}
	var first time.Time
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	ready := false
	for {
		var out chan []string
		var batch []string
		if ready && len(pending) > 0 {
			out = w.changes
			batch = sortedKeys(pending)
		}
		select {
		case <-w.done:
			timer.Stop()
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			changed := w.handle(ev)
			if len(changed) == 0 {
				continue
			}
			if len(pending) == 0 {
				first = time.Now()
			}
			for _, p := range changed {
				pending[p] = true
			}
			ready = false
			timer.Reset(min(w.opts.Quiet, max(w.opts.MaxDelay-time.Since(first), 0)))
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			w.report(err)
		case <-timer.C:
			ready = true
		case out <- batch:
			clear(pending)
			ready = false
		}
	}
}

// handle turns one event into the paths it changed, watching directories
// that appear.
func (w *Watcher) handle(ev fsnotify.Event) []string {
	if ev.Op == fsnotify.Chmod || !w.inScope(ev.Name) {
		return nil
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
			if !w.underRoot(ev.Name) {
				return nil
			}
			files, err := w.addTree(ev.Name)
			if err != nil {
				w.report(err)
			}
			return files
		}
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		// Gone: it may have been a directory, which Keep cannot judge by
		// its name; fsnotify drops the watch of a removed directory itself.
		if w.keep(ev.Name) || filepath.Ext(ev.Name) == "" {
			return []string{ev.Name}
		}
		return nil
	}
	if w.keep(ev.Name) {
		return []string{ev.Name}
	}
	return nil
}

// inScope reports whether a path is one of the named files or lies under
// a root, without a hidden component on the way.
func (w *Watcher) inScope(p string) bool {
	if w.files[p] {
		return true
	}
	return w.underRoot(p)
}

func (w *Watcher) underRoot(p string) bool {
	for _, r := range w.roots {
		rel, err := filepath.Rel(r, p)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		if rel == "." {
			return true
		}
		hid := false
		for _, part := range strings.Split(rel, string(filepath.Separator)) {
			if hidden(part) {
				hid = true
				break
			}
		}
		if !hid {
			return true
		}
	}
	return false
}

func (w *Watcher) keep(p string) bool {
	return w.opts.Keep == nil || w.opts.Keep(p)
}

// report passes an error on without ever blocking the watcher: when
// nobody reads them, later errors are dropped.
func (w *Watcher) report(err error) {
	if err == nil || errors.Is(err, fsnotify.ErrClosed) {
		return
	}
	select {
	case w.errs <- err:
	default:
	}
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
