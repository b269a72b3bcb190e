package index

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestLimitMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	tests := []struct {
		name   string
		before int64
		during int64
	}{
		{"no limit set", math.MaxInt64, buildMemoryLimit},
		{"the process's own limit is kept", 2 << 30, 2 << 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.before)
			outer := limitMemory()
			inner := limitMemory() // a second build at the same time
			if got := debug.SetMemoryLimit(-1); got != tt.during {
				t.Errorf("during the builds: %d, want %d", got, tt.during)
			}
			inner()
			if got := debug.SetMemoryLimit(-1); got != tt.during {
				t.Errorf("one build still running: %d, want %d", got, tt.during)
			}
			outer()
			if got := debug.SetMemoryLimit(-1); got != tt.before {
				t.Errorf("after: %d, want %d", got, tt.before)
			}
		})
	}
}
