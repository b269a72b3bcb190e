package index

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"storytui/internal/aggregate"
	"storytui/internal/corpus"
	"storytui/internal/extract"
	"storytui/internal/stories"
)

// Batches are committed at whichever limit comes first: bleve's cost per
// batch is fixed, but one batch's documents are all held in memory.
const (
	batchDocs  = 300
	batchBytes = 4 << 20
)

// source is one unit of input: a file, or a whole fs.FS.
type source struct {
	path string
	read func(ctx context.Context, emit func(corpus.Article)) []corpus.Problem
	// skip, when set, names articles already in the index (a file whose
	// interrupted read is being resumed): they are counted, not indexed.
	skip func(id string) bool
}

// item is an article on its way through the pipeline, with the index of
// the source it came from.
type item struct {
	art *corpus.Article
	src int
}

type prepared struct {
	id   string
	doc  *bdoc
	res  *extract.Result // for the people table
	src  int
	size int
	line int

	// story is what grouping reads of the article; ID empty when the
	// index skips stories.
	story stories.Doc
}

// ingest reads every source, extracts on all cores and writes the
// articles in batches. done(i, n) is called once source i has been read
// to its end and all of its n articles are committed (or skipped), and
// afterCommit after every commit; both one call at a time. On cancellation the open batch is dropped: only whole
// batches reach the index, and a source whose articles are not all
// committed is never reported done.
func (ix *Index) ingest(ctx context.Context, srcs []source, st *tracker, done func(i, n int), afterCommit func()) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)

	items := make(chan item, 4*workers)
	// Room for a whole batch, so extraction goes on while bleve commits.
	docs := make(chan prepared, ix.batchDocs)

	// Readers: a few sources at a time, in order.
	var (
		endMu sync.Mutex
		ended = make(map[int]int) // source -> articles emitted, once read to its end
		total = make(map[int]int) // source -> articles emitted or skipped
	)
	next := make(chan int)
	var readers sync.WaitGroup
	for range min(workers, len(srcs)) {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := range next {
				n, skipped := 0, 0
				probs := srcs[i].read(ctx, func(a corpus.Article) {
					if ctx.Err() != nil {
						return
					}
					if srcs[i].skip != nil && srcs[i].skip(a.ID) {
						skipped++
						return
					}
					a.File = srcs[i].path
					select {
					case items <- item{&a, i}:
						n++
					case <-ctx.Done():
					}
				})
				if ctx.Err() != nil {
					return // a cut-short read is not done, and its problems are noise
				}
				st.addProblems(probs)
				endMu.Lock()
				ended[i] = n
				total[i] = n + skipped
				endMu.Unlock()
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range srcs {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		readers.Wait()
		close(items)
	}()

	// Extractors.
	var extractors sync.WaitGroup
	for range workers {
		extractors.Add(1)
		go func() {
			defer extractors.Done()
			for it := range items {
				p, prob := prepare(it, ix.opts.SkipExtraction, ix.stories.off)
				if prob != nil {
					st.addProblems([]corpus.Problem{*prob})
				}
				if p == nil {
					continue
				}
				select {
				case docs <- *p:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() {
		extractors.Wait()
		close(docs)
	}()

	// Writer, on this goroutine.
	err := ix.write(ctx, docs, st, func(committed map[int]int) {
		endMu.Lock()
		defer endMu.Unlock()
		for i, n := range ended {
			if committed[i] == n {
				delete(ended, i)
				done(i, total[i])
			}
		}
		afterCommit()
	})
	cancel()
	// Let every goroutine finish before returning so none outlives the
	// call; they all give up promptly once ctx is cancelled.
	for range docs {
	}
	readers.Wait()
	extractors.Wait()
	return err
}

// prepare extracts one article and lays it out for bleve. A panic in the
// extractor costs that article its extraction, not the whole build.
func prepare(it item, skipExtraction, skipStories bool) (p *prepared, prob *corpus.Problem) {
	a := it.art
	var r extract.Result
	func() {
		if skipExtraction {
			return
		}
		defer func() {
			if v := recover(); v != nil {
				prob = &corpus.Problem{File: a.File, Line: a.Line, Reason: fmt.Sprintf("extraction failed, indexed without it: %v", v)}
				r = extract.Result{}
			}
		}()
		r = extract.Extract(extract.Doc{Title: a.Title, Text: a.Text, Source: a.Source})
		detach(&r) // the people table and stories keep names, not texts
	}()
	d, err := toBdoc(a, &r)
	if err != nil {
		return nil, &corpus.Problem{File: a.File, Line: a.Line, Reason: "cannot index: " + err.Error()}
	}
	p = &prepared{id: a.ID, doc: d, res: &r, src: it.src, size: len(a.Text) + len(a.Title), line: a.Line}
	if !skipStories {
		p.story = storyDoc(a.ID, a.Title, a.Text, a.Source, a.Date, peopleNames(r.People))
	}
	return p, prob
}

// write commits the prepared documents in batches until docs is closed or
// ctx is cancelled. Several writers run at once: bleve analyses a batch on
// all cores but builds its segment on one, so a second writer keeps the
// other core busy. After each commit, check is given the running count of
// committed articles per source (under a lock: one call at a time).
func (ix *Index) write(ctx context.Context, docs <-chan prepared, st *tracker, check func(committed map[int]int)) error {
	var (
		mu        sync.Mutex
		committed = make(map[int]int)
		firstErr  error
		wg        sync.WaitGroup
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
		cancel()
	}
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Nothing recovers a panic on this goroutine but this: without
			// it, one would end the process in the middle of a build.
			defer func() {
				if v := recover(); v != nil {
					fail(fmt.Errorf("indexing into %s failed: %v", ix.dir, v))
				}
			}()
			if err := ix.writeBatches(ctx, docs, st, func(pending map[int]int, n int, took time.Duration) {
				mu.Lock()
				defer mu.Unlock()
				if n > 0 && ix.onCommit != nil {
					ix.onCommit(n, took)
				}
				for i, n := range pending {
					committed[i] += n
				}
				check(committed)
			}); err != nil {
				fail(err)
			}
		}()
	}
	wg.Wait()
	if firstErr != nil && !errors.Is(firstErr, context.Canceled) {
		return firstErr
	}
	return context.Cause(ctx)
}

// writers is the number of batches built at the same time.
const writers = 2

// writeBatches is one writer: it fills a batch from docs and commits it,
// then reports the articles committed per source.
func (ix *Index) writeBatches(ctx context.Context, docs <-chan prepared, st *tracker, committed func(pending map[int]int, n int, took time.Duration)) error {
	batch := ix.bi.NewBatch()
	pending := make(map[int]int)
	var people []aggregate.Article // the batch's, counted once it is committed
	var storyDocs []stories.Doc    // the batch's, grouped at the end of the update
	size := 0
	commit := func() error {
		n, took := batch.Size(), time.Duration(0)
		if n > 0 {
			t := time.Now()
			err := ix.commit(batch)
			ix.gen.Add(1)
			if err != nil {
				return err
			}
			took = time.Since(t)
			st.articles.Add(int64(n))
		}
		// Before the sources are reported done, so that a manifest saved
		// then never lists a file whose people the table lacks.
		for _, a := range people {
			ix.people.Add(a)
		}
		if len(people) > 0 {
			ix.peopleDirty.Store(true)
		}
		ix.stories.stage(storyDocs)
		storyDocs = storyDocs[:0]
		committed(pending, n, took)
		batch.Reset()
		clear(pending)
		clear(people)
		people = people[:0]
		size = 0
		return nil
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case p, ok := <-docs:
			if !ok {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return commit()
			}
			if err := batch.Index(p.id, p.doc); err != nil {
				st.addProblems([]corpus.Problem{{File: p.doc.File, Line: p.line, Reason: "cannot index: " + err.Error()}})
			} else {
				people = append(people, aggregate.Article{ID: p.id, Result: *p.res})
				if p.story.ID != "" {
					storyDocs = append(storyDocs, p.story)
				}
			}
			// Counted even when refused, so its source can still finish.
			pending[p.src]++
			size += p.size
			if batch.Size() >= ix.batchDocs || size >= batchBytes {
				if err := commit(); err != nil {
					return err
				}
			}
		}
	}
}
