package index

import (
	"math"
	"runtime/debug"
	"sync"
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

var (
	limitMu    sync.Mutex
	limitUsers int
	limitPrev  int64
	gcPrev     int // GOGC to restore; 0 when the build left it alone
)

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
		}
	}
	limitUsers++
	return func() {
		limitMu.Lock()
		defer limitMu.Unlock()
		limitUsers--
		if limitUsers == 0 {
			debug.SetMemoryLimit(limitPrev)
			if gcPrev != 0 {
				debug.SetGCPercent(gcPrev)
			}
		}
	}
}
