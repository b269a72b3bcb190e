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

var (
	limitMu    sync.Mutex
	limitUsers int
	limitPrev  int64
)

// limitMemory sets buildMemoryLimit for the duration of a build, unless
// the process already runs under a limit (GOMEMLIMIT, or its own), and
// returns the function that lifts it. Nested and concurrent builds share
// one limit; the last to finish restores the previous one.
func limitMemory() (restore func()) {
	limitMu.Lock()
	defer limitMu.Unlock()
	if limitUsers == 0 {
		limitPrev = debug.SetMemoryLimit(-1)
		if limitPrev == math.MaxInt64 {
			debug.SetMemoryLimit(buildMemoryLimit)
		}
	}
	limitUsers++
	return func() {
		limitMu.Lock()
		defer limitMu.Unlock()
		limitUsers--
		if limitUsers == 0 {
			debug.SetMemoryLimit(limitPrev)
		}
	}
}
