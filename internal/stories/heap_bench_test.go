package stories

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// BenchmarkGroupHeap groups 20,000 articles at once, as the first build
// of an index does, and reports the largest heap seen while it ran
// (sampled every 5 ms, after a collection before each run): what the
// grouping adds to a build's peak memory, which at 300k articles was
// mostly the features of every article counted at once.
func BenchmarkGroupHeap(b *testing.B) {
	docs := synthetic(20000)
	var peak uint64
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		stop, done := make(chan struct{}), make(chan uint64)
		go sampleHeap(stop, done)
		b.StartTimer()
		Group(docs)
		b.StopTimer()
		close(stop)
		peak = max(peak, <-done)
		b.StartTimer()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// sampleHeap sends the largest heap (live and not yet collected objects)
// it saw until stop is closed.
func sampleHeap(stop <-chan struct{}, done chan<- uint64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		metrics.Read(s)
		peak = max(peak, s[0].Value.Uint64())
		select {
		case <-stop:
			done <- peak
			return
		case <-t.C:
		}
	}
}
