package index

import (
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"storytui/internal/corpus"
)

// progressEvery is the shortest time between two progress reports.
const progressEvery = 100 * time.Millisecond

// tracker holds the counters of one build, updated from many goroutines
// and read by the reporter.
type tracker struct {
	start      time.Time
	filesTotal atomic.Int64
	filesDone  atomic.Int64
	bytesTotal atomic.Int64
	bytesDone  atomic.Int64
	articles   atomic.Int64
	removed    atomic.Int64
	phase      atomic.Pointer[string]

	mu       sync.Mutex
	problems []corpus.Problem
}

func (t *tracker) addProblems(p []corpus.Problem) {
	if len(p) == 0 {
		return
	}
	t.mu.Lock()
	t.problems = append(t.problems, p...)
	t.mu.Unlock()
}

func (t *tracker) snapshot(done bool) Progress {
	t.mu.Lock()
	probs := slices.Clone(t.problems)
	t.mu.Unlock()
	phase := t.phaseName()
	if done {
		phase = ""
	}
	return Progress{
		FilesTotal: int(t.filesTotal.Load()),
		FilesDone:  int(t.filesDone.Load()),
		BytesTotal: t.bytesTotal.Load(),
		BytesDone:  t.bytesDone.Load(),
		Articles:   int(t.articles.Load()),
		Removed:    int(t.removed.Load()),
		Elapsed:    time.Since(t.start),
		Done:       done,
		Problems:   probs,
		Phase:      phase,
	}
}

// setPhase names the work from now on (see Progress.Phase).
func (t *tracker) setPhase(name string) { t.phase.Store(&name) }

func (t *tracker) phaseName() string {
	if p := t.phase.Load(); p != nil {
		return *p
	}
	return ""
}

// report calls progress every progressEvery until stop is called; stop
// returns once the last call has finished, so the caller's final report
// never races with a periodic one.
func (t *tracker) report(progress func(Progress)) (stop func()) {
	if progress == nil {
		return func() {}
	}
	quit := make(chan struct{})
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		tick := time.NewTicker(progressEvery)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
				progress(t.snapshot(false))
			}
		}
	}()
	return func() {
		close(quit)
		<-exited
	}
}
