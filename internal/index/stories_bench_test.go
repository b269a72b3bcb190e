package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkBuildStories builds a fresh on-disk index of a corpus with
// and without story grouping, alternating, and reports what grouping
// adds as the ratio of the two (wall and CPU time): the budget
// is 1.3x. The corpus is $STORYTUI_STORIES_CORPUS, by default the 60k
// real articles of ../shared/corpus; it is skipped when missing.
//
//	go test ./internal/index -run XXX -bench BuildStories -benchtime 1x -timeout 60m
func BenchmarkBuildStories(b *testing.B) {
	path := os.Getenv("STORYTUI_STORIES_CORPUS")
	if path == "" {
		path = "/work/shared/corpus/news-60k.jsonl.gz"
	}
	if _, err := os.Stat(path); err != nil {
		b.Skip(err)
	}
	var wall, cpu [2]time.Duration // [without, with]
	for i := range b.N {
		for _, with := range [2]bool{i%2 == 0, i%2 != 0} {
			w, c, n := buildOnce(b, path, with)
			j := 0
			if with {
				j = 1
			}
			wall[j] += w
			cpu[j] += c
			b.Logf("run %d, grouping %v: %d articles, %v wall, %v CPU", i, with, n, w.Round(time.Millisecond), c.Round(time.Millisecond))
		}
	}
	b.ReportMetric(wall[1].Seconds()/float64(b.N), "s-grouped/op")
	b.ReportMetric(wall[0].Seconds()/float64(b.N), "s-ungrouped/op")
	b.ReportMetric(wall[1].Seconds()/wall[0].Seconds(), "wall-ratio")
	b.ReportMetric(cpu[1].Seconds()/cpu[0].Seconds(), "cpu-ratio")
}

// buildOnce builds one index of path and returns its wall and CPU time
// (of the whole process, so nothing else may run) and article count.
func buildOnce(b *testing.B, path string, stories bool) (wall, cpu time.Duration, n uint64) {
	dir := filepath.Join(b.TempDir(), fmt.Sprint(stories))
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	ix.stories.off = !stories
	c0, t0 := cpuTime(), time.Now()
	if err := ix.Update(context.Background(), []string{path}, nil); err != nil {
		b.Fatal(err)
	}
	wall, cpu = time.Since(t0), cpuTime()-c0
	n, _ = ix.Count()
	if got := ix.stories.current(); stories && len(got.of) != int(n) {
		b.Fatalf("%d of %d articles in stories", len(got.of), n)
	}
	ix.Close()
	os.RemoveAll(dir)
	return wall, cpu, n
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
