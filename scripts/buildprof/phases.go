package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"storytui/internal/index"
)

// phases splits a build's CPU time and memory between its phases: the
// articles' indexing, and what follows (Progress.Phase, such as the
// stories' grouping), which a heap profile taken at an article count
// never sees. The anonymous RSS (the heap, without the index files bleve
// maps) is sampled at each progress report, about ten a second.
type phases struct {
	name     string        // the phase seen last
	started  time.Duration // process CPU time when it began
	cpu      []string      // "phase: CPU seconds" of each ended phase
	anonPeak int64         // kB, the largest sample of the phase
	anon     []string      // "phase: peak anonymous RSS" likewise
}

// observe records one progress report.
func (ph *phases) observe(p index.Progress) {
	if p.Phase != ph.name && !p.Done {
		ph.end(cpuTime())
		ph.name = p.Phase
	}
	ph.anonPeak = max(ph.anonPeak, statusKB("RssAnon:"))
}

// end closes the current phase at CPU time now.
func (ph *phases) end(now time.Duration) {
	name := ph.name
	if name == "" {
		name = "articles"
	}
	ph.cpu = append(ph.cpu, fmt.Sprintf("%s %.1fs", name, (now-ph.started).Seconds()))
	ph.anon = append(ph.anon, fmt.Sprintf("%s %dMB", name, ph.anonPeak/1024))
	ph.started, ph.anonPeak = now, 0
}

// print closes the last phase and prints the split.
func (ph *phases) print() {
	ph.end(cpuTime())
	fmt.Printf("phases cpu: %s; peak anonymous RSS sampled: %s\n", strings.Join(ph.cpu, ", "), strings.Join(ph.anon, ", "))
}

// statusKB is a kB figure of /proc/self/status, 0 when unknown.
func statusKB(field string) int64 {
	b, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
