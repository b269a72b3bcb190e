package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"storytui/internal/corpus"
)

// Update brings the index in step with the files under paths. Files whose
// size and modification time match the manifest are not read; articles of
// removed or changed files are deleted; new and changed files are read,
// extracted on all cores and written in batches. progress (may be nil) is
// called about ten times a second and once at the end with Done set; the
// counts cover the files read in this run. Loading problems are reported
// in Progress.Problems, not as an error. When ctx is cancelled Update
// stops promptly and leaves a consistent index: the manifest lists only
// files whose articles were all committed, and the next Update finishes
// the job without duplicates.
func (ix *Index) Update(ctx context.Context, paths []string, progress func(Progress)) error {
	ix.build.Lock()
	defer ix.build.Unlock()
	defer limitMemory()() // see memlimit.go
	st := &tracker{start: time.Now()}
	stop := st.report(progress)
	err := ix.update(ctx, paths, st)
	if err == nil {
		st.setPhase(PhaseStories)
		err = ix.groupStories(ctx)
	}
	if serr := ix.saveNewest(); serr != nil && err == nil {
		err = fmt.Errorf("save manifest: %w", serr)
	}
	stop()
	if progress != nil {
		progress(st.snapshot(true))
	}
	return err
}

func (ix *Index) update(ctx context.Context, paths []string, st *tracker) error {
	files, probs := corpus.Discover(paths)
	st.addProblems(probs)

	seen := make(map[string]bool, len(files))
	var toRead []corpus.File
	touched := false
	for _, f := range files {
		seen[f.Path] = true
		if ix.man.Pending[f.Path] {
			toRead = append(toRead, f)
			continue
		}
		switch ix.man.check(f) {
		case fileChanged:
			toRead = append(toRead, f)
		case fileTouched:
			touched = true
		}
	}
	// Files whose old articles must go: gone, changed, or left half
	// written by an interrupted run. A file never seen before has none.
	var stale []string
	for p := range ix.man.Files {
		if !seen[p] {
			stale = append(stale, p)
		}
	}
	for p := range ix.man.Pending {
		if !seen[p] {
			stale = append(stale, p)
		}
	}
	resume := map[string]bool{}
	for _, f := range toRead {
		if ix.man.resumable(f) {
			resume[f.Path] = true
			continue
		}
		if _, known := ix.man.Files[f.Path]; known || ix.man.Pending[f.Path] {
			stale = append(stale, f.Path)
		}
	}
	if len(stale) > 0 || len(toRead) > 0 {
		ix.prefetch() // the stories' grouper, for the grouping at the end
		// The people table, read in the background since Open, changes
		// with the articles: a launch that finds nothing changed does not
		// wait for it.
		if err := ix.waitPeople(); err != nil {
			return err
		}
	}
	if err := ix.deleteFiles(ctx, stale, st); err != nil {
		return err
	}
	for _, p := range stale {
		delete(ix.man.Files, p)
		delete(ix.man.Pending, p)
		delete(ix.man.Partial, p)
	}
	if len(stale) == 0 && len(toRead) == 0 {
		// Nothing changed: the saved state is already right, and
		// rewriting the people table would only slow every launch.
		if touched {
			// Only new times on the same bytes: remember them, so the
			// next launch need not read the files to know.
			return ix.man.save(ix.dir)
		}
		return nil
	}
	if len(toRead) == 0 {
		ix.rememberNewest()
	} else {
		ix.man.Newest = nil // stale from the first commit on
	}
	for _, f := range toRead {
		ix.man.Pending[f.Path] = true
		ix.man.Partial[f.Path] = fileEntry{Size: f.Size, ModTime: f.ModTime}
	}
	if err := ix.saveState(); err != nil {
		return fmt.Errorf("save manifest: %w", err)
	}
	if len(toRead) == 0 {
		return nil
	}

	srcs := make([]source, len(toRead))
	sums := make([]string, len(toRead))
	for i, f := range toRead {
		st.filesTotal.Add(1)
		st.bytesTotal.Add(f.Size)
		srcs[i] = source{path: f.Path, read: fileReader(f.Path, &st.bytesDone, &sums[i])}
		if resume[f.Path] {
			// The people table holds exactly the articles committed
			// before it was last saved (it is saved after their batch
			// is durable); others are indexed again, replacing any
			// copy bleve kept.
			srcs[i].skip = ix.people.Has
		}
	}
	saver := newThrottledSaver(ix.saveState)
	ix.plog.setBusy(true)
	err := ix.ingest(ctx, srcs, st, func(i, n int) {
		f := toRead[i]
		ix.man.Files[f.Path] = fileEntry{Size: f.Size, ModTime: f.ModTime, Articles: n, Sum: sums[i], Rules: ix.rulesVersion()}
		delete(ix.man.Pending, f.Path)
		delete(ix.man.Partial, f.Path)
		st.filesDone.Add(1)
	}, saver.maybeSave)
	ix.rememberNewest()
	ix.plog.setBusy(false)
	if serr := saver.save(); serr != nil && err == nil {
		err = fmt.Errorf("save manifest: %w", serr)
	}
	return err
}

// rememberNewest works out the current listing of the empty query, for
// the manifest: on a goroutine, while the stories are grouped (a sorted
// search of every article, 50 ms at 60k, was most of what an add did after
// its articles were indexed); saveNewest puts it in the manifest. Until
// then the manifest holds none, which only costs the next launch that
// search.
func (ix *Index) rememberNewest() {
	ix.man.Newest = nil
	if ix.dir == "" || ix.newestDone != nil {
		return
	}
	done := make(chan *savedListing, 1)
	ix.newestDone = done
	go func() {
		ids, total, err := ix.newest(context.Background(), listingSize)
		if err != nil {
			done <- nil
			return
		}
		done <- &savedListing{IDs: ids, Total: total}
	}()
}

// saveNewest waits for the listing rememberNewest works out and saves
// the manifest with it.
func (ix *Index) saveNewest() error {
	if ix.newestDone == nil {
		return nil
	}
	l := <-ix.newestDone
	ix.newestDone = nil
	if l == nil {
		return nil
	}
	ix.man.Newest = l
	return ix.man.save(ix.dir)
}

// fileReader reads one file through corpus.Read, counting raw bytes for
// progress and failing the read as soon as ctx is cancelled. When the
// whole file was read it sets *sum to the file's checksum (see
// manifest.check); a reader that stops early leaves the rest to be read
// for it.
func fileReader(path string, counter *atomic.Int64, sum *string) func(context.Context, func(corpus.Article)) []corpus.Problem {
	return func(ctx context.Context, emit func(corpus.Article)) []corpus.Problem {
		f, err := os.Open(path)
		if err != nil {
			return []corpus.Problem{{File: path, Reason: err.Error()}}
		}
		defer f.Close()
		h := sha256.New()
		r := &ctxReader{ctx: ctx, r: io.TeeReader(f, h), n: counter}
		probs := corpus.Read(path, r, emit)
		if _, err := io.Copy(io.Discard, r); err == nil {
			*sum = hex.EncodeToString(h.Sum(nil))
		}
		return probs
	}
}

// ctxReader counts the bytes read and stops at cancellation.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
	n   *atomic.Int64
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// deleteFiles removes every article that was read from the given files.
func (ix *Index) deleteFiles(ctx context.Context, paths []string, st *tracker) error {
	if len(paths) == 0 {
		return nil
	}
	batch := ix.bi.NewBatch()
	var gone []string
	flush := func() error {
		if batch.Size() == 0 {
			return nil
		}
		err := ix.commit(batch)
		ix.gen.Add(1)
		if err != nil {
			return fmt.Errorf("delete old articles: %w", err)
		}
		for _, id := range gone {
			ix.people.Remove(id)
		}
		ix.stories.remove(gone)
		ix.peopleDirty.Store(true)
		gone = gone[:0]
		st.removed.Add(int64(batch.Size()))
		batch.Reset()
		return nil
	}
	for _, p := range paths {
		ids, err := ix.idsOfFile(ctx, p)
		if err != nil {
			return err
		}
		for _, id := range ids {
			batch.Delete(id)
		}
		gone = append(gone, ids...)
		if batch.Size() >= batchDocs {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// idsOfFile lists the ids of the articles read from path.
func (ix *Index) idsOfFile(ctx context.Context, path string) ([]string, error) {
	n, err := ix.bi.DocCount()
	if err != nil || n == 0 {
		return nil, err
	}
	q := query.NewTermQuery(path)
	q.SetField(fFile)
	req := bleve.NewSearchRequestOptions(q, int(n), 0, false)
	req.Score = "none"
	req.SortBy([]string{"_id"})
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("find articles of %s: %w", path, err)
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, nil
}

// AddFS indexes every article of an fs.FS (the embedded default corpus,
// data.FS). It keeps no manifest: an fs.FS has no modification times
// worth trusting, and it is read whole each time.
func (ix *Index) AddFS(ctx context.Context, fsys fs.FS, progress func(Progress)) error {
	ix.build.Lock()
	defer ix.build.Unlock()
	if err := ix.waitPeople(); err != nil {
		return err
	}
	st := &tracker{start: time.Now()}
	stop := st.report(progress)
	src := source{read: func(_ context.Context, emit func(corpus.Article)) []corpus.Problem {
		return corpus.ReadFS(fsys, emit)
	}}
	err := ix.ingest(ctx, []source{src}, st, func(int, int) {}, func() {})
	if err == nil {
		st.setPhase(PhaseStories)
		err = ix.groupStories(ctx)
	}
	if serr := ix.saveState(); serr != nil && err == nil {
		err = fmt.Errorf("save people table: %w", serr)
	}
	stop()
	if progress != nil {
		progress(st.snapshot(true))
	}
	return err
}

// throttledSaver writes the manifest (and the people table with it) now
// and then during a build: often enough that an interruption loses
// little, rarely enough that a large manifest does not slow the build
// (the pause grows with the save time).
type throttledSaver struct {
	write func() error
	last  time.Time
	gap   time.Duration
}

func newThrottledSaver(write func() error) *throttledSaver {
	return &throttledSaver{write: write, last: time.Now(), gap: 2 * time.Second}
}

func (s *throttledSaver) maybeSave() {
	if time.Since(s.last) < s.gap {
		return
	}
	_ = s.save() // a failed save only means re-reading a few files next time
}

func (s *throttledSaver) save() error {
	t := time.Now()
	err := s.write()
	took := time.Since(t)
	s.last = time.Now()
	s.gap = max(2*time.Second, 20*took)
	return err
}
