package index

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestLimitMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tests := []struct {
		name               string
		before, during     int64
		gcBefore, gcDuring int
	}{
		{"no limit set", math.MaxInt64, buildMemoryLimit, 100, buildGCPercent},
		{"the process's own GOGC is kept", math.MaxInt64, buildMemoryLimit, 50, 50},
		{"the process's own limit is kept", 2 << 30, 2 << 30, 100, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.before)
			debug.SetGCPercent(tt.gcBefore)
			check := func(when string, limit int64, gc int) {
				t.Helper()
				if got := debug.SetMemoryLimit(-1); got != limit {
					t.Errorf("%s: limit %d, want %d", when, got, limit)
				}
				got := debug.SetGCPercent(gc)
				if got != gc {
					t.Errorf("%s: GOGC %d, want %d", when, got, gc)
				}
			}
			outer := limitMemory()
			inner := limitMemory() // a second build at the same time
			check("during the builds", tt.during, tt.gcDuring)
			inner()
			check("one build still running", tt.during, tt.gcDuring)
			outer()
			check("after", tt.before, tt.gcBefore)
		})
	}
}

func TestLimitFor(t *testing.T) {
	for _, tt := range []struct {
		live uint64
		want int64
	}{
		{0, buildMemoryLimit},
		{300 << 20, buildMemoryLimit}, // a 60k build: the fixed limit
		{buildMemoryLimit * 2 / 3, buildMemoryLimit},
		{1 << 30, 3 << 29}, // above it: half as much again
		{math.MaxUint64, math.MaxInt64/2 + math.MaxInt64/4},
	} {
		if got := limitFor(tt.live); got != tt.want {
			t.Errorf("limitFor(%d) = %d, want %d", tt.live, got, tt.want)
		}
	}
}
