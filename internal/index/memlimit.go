package index

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// buildMemoryLimit is the soft limit on the Go heap while articles are
// indexed. Without it the heap grows to twice what is live before the
// garbage collector runs (GOGC=100): a 60k build peaked at 0.94 GB of
// heap for about 0.35 GB live. Near the limit the collector runs more
// often instead; it is soft, so a larger live heap (a much larger
// corpus) still fits, at the cost of more collections.
const buildMemoryLimit = 640 << 20

// buildGCPercent is GOGC while the limit above holds. A build's live
// heap is mostly the batches in flight, so with GOGC=100 the collector
// ran about every 250 MB allocated, well before the limit; with the limit
// as the cap it may wait longer. 20k real articles, alternating twice:
// 79.4 and 67.2 s CPU at 100, 75.9 and 63.3 s at 200, peak RSS 0.70 ->
// 0.75 GB.
const buildGCPercent = 200

// limitFor is the limit for a live heap of live bytes: buildMemoryLimit,
// or half as much again as the live heap when that is more. A soft limit
// at or below the live heap makes the collector run back to back (the
// runtime lets it take up to half the CPU), and what a large build keeps
// until its end (the people table, the staged stories, then the
// grouping of them all) passes 640 MiB. Rising with the heap, the limit
// never lets the collector run more often than GOGC=50 would, while a
// 60k build (live heap under ~430 MiB) keeps the fixed limit and its
// peak RSS. 150k generated articles, built side by side with the fixed
// limit: 986 against 1085 s of CPU, peak RSS 1.77 against 2.22 GB.
func limitFor(live uint64) int64 {
	live = min(live, math.MaxInt64/2)
	return max(buildMemoryLimit, int64(live+live/2))
}

// limitEvery is how often the live heap is looked at.
const limitEvery = 250 * time.Millisecond

var (
	limitMu    sync.Mutex
	limitUsers int
	limitPrev  int64
	gcPrev     int           // GOGC to restore; 0 when the build left it alone
	limitStop  chan struct{} // stops follow; nil when it is not running
	limitDone  chan struct{}
)

// follow raises (or lowers, never under buildMemoryLimit) the limit with
// the live heap until stop is closed.
func follow(stop, done chan struct{}) {
	defer close(done)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(limitEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			debug.SetMemoryLimit(limitFor(sample[0].Value.Uint64()))
		}
	}
}

// limitMemory sets buildMemoryLimit (and buildGCPercent under it) for the
// duration of a build, unless the process already runs under a limit
// (GOMEMLIMIT, or its own), and returns the function that lifts it.
// Nested and concurrent builds share one limit; the last to finish
// restores the previous one. A GOGC other than the default is kept.
func limitMemory() (restore func()) {
	limitMu.Lock()
	defer limitMu.Unlock()
	if limitUsers == 0 {
		limitPrev = debug.SetMemoryLimit(-1)
		gcPrev = 0
		if limitPrev == math.MaxInt64 {
			debug.SetMemoryLimit(buildMemoryLimit)
			if prev := debug.SetGCPercent(buildGCPercent); prev == 100 {
				gcPrev = prev
			} else {
				debug.SetGCPercent(prev) // the process's own choice
			}
			limitStop, limitDone = make(chan struct{}), make(chan struct{})
			go follow(limitStop, limitDone)
		}
	}
	limitUsers++
	return func() {
		limitMu.Lock()
		defer limitMu.Unlock()
		limitUsers--
		if limitUsers == 0 {
			if limitStop != nil {
				close(limitStop)
				<-limitDone
				limitStop, limitDone = nil, nil
			}
			debug.SetMemoryLimit(limitPrev)
			if gcPrev != 0 {
				debug.SetGCPercent(gcPrev)
			}
		}
	}
}
