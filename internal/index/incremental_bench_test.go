package index

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkIncremental opens the index at $STORYTUI_INCR_INDEX (a copy:
// it is changed and changed back) built from $STORYTUI_INCR_CORPUS, and
// times, in one process as the explorer does, an update that changes
// nothing, one that adds a file of one small article and one that takes
// the file away again; wall and CPU time of each are reported.
//
//	cp -a /work/idx/news60 /tmp/idx-copy
//	STORYTUI_INCR_INDEX=/tmp/idx-copy go test ./internal/index -run XXX -bench Incremental -benchtime 3x
func BenchmarkIncremental(b *testing.B) {
	dir := os.Getenv("STORYTUI_INCR_INDEX")
	corpus := os.Getenv("STORYTUI_INCR_CORPUS")
	if corpus == "" {
		corpus = "/work/shared/corpus/news-60k.jsonl.gz"
	}
	if dir == "" {
		b.Skip("STORYTUI_INCR_INDEX not set")
	}
	add := filepath.Join(b.TempDir(), "added.jsonl")
	if err := os.WriteFile(add, []byte(`{"id":"benchadded","title":"One more article","source":"Bench","date":"2020-01-02","text":"Senator Jane Roe said on Tuesday that the budget talks would go on. \"We will get it done,\" she said."}`+"\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	steps := []struct {
		name  string
		paths []string
	}{{"noop", []string{corpus}}, {"add", []string{corpus, add}}, {"remove", []string{corpus}}}
	var wall, cpu [3]time.Duration
	for range b.N {
		ix, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		for i, s := range steps {
			s0, c0, t0 := sysTime(), cpuTime(), time.Now()
			if err := ix.Update(ctx, s.paths, nil); err != nil {
				b.Fatal(err)
			}
			w, c, sys := time.Since(t0), cpuTime()-c0, sysTime()-s0
			wall[i] += w
			cpu[i] += c
			b.Logf("%s: %v wall, %v CPU (%v system)", s.name, w.Round(time.Millisecond), c.Round(time.Millisecond), sys.Round(time.Millisecond))
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
	for i, s := range steps {
		b.ReportMetric(wall[i].Seconds()*1000/float64(b.N), s.name+"-ms")
		b.ReportMetric(cpu[i].Seconds()*1000/float64(b.N), s.name+"-cpu-ms")
	}
}

// sysTime is the system part of cpuTime: page faults of a growing heap
// are a good part of a fresh process's update.
func sysTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Stime.Nano())
}
