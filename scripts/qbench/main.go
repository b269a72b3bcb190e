// Command qbench times the benchmark's query set on an existing index,
// query by query, to find and profile the slow ones. It reads the set
// that `go run ./scripts/bench -phase queries` prints and adds the
// person: queries the bench's query phase draws from the people table.
//
//	go run ./scripts/bench -phase queries -arg '{"paths":["CORPUS"]}' > qs.json
//	go run ./scripts/qbench -index DIR -queries qs.json [-n 5] [-kind phrase] [-cpuprofile f]
//
// Each query runs once to warm up, then n times; the table gives per kind
// the p50/p99 of every timed run (wall clock, as the bench) and of each
// query's least CPU time (its own cost on a busy machine).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"storytui/internal/index"
)

type query struct {
	Kind string `json:"kind"`
	Q    string `json:"q"`
}

func main() {
	dir := flag.String("index", "", "index `DIR` (opened with its lock: use a copy of a shared one)")
	qfile := flag.String("queries", "", "`FILE` printed by the bench's queries phase")
	n := flag.Int("n", 5, "timed runs of each query")
	kind := flag.String("kind", "", "only queries of this kind")
	match := flag.String("q", "", "only queries containing this text")
	prof := flag.String("cpuprofile", "", "write a CPU profile of the timed runs to `FILE`")
	memProf := flag.String("memprofile", "", "write an allocation profile of the whole run to `FILE`")
	top := flag.Int("top", 15, "list this many slowest queries (by least CPU)")
	flag.Parse()
	if err := run(*dir, *qfile, *n, *kind, *match, *prof, *top); err != nil {
		fmt.Fprintln(os.Stderr, "qbench:", err)
		os.Exit(1)
	}
	if *memProf != "" {
		f, err := os.Create(*memProf)
		if err == nil {
			err = pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "qbench:", err)
			os.Exit(1)
		}
	}
}

func run(dir, qfile string, n int, kind, match, prof string, top int) error {
	var arg struct{ Queries []query }
	b, err := os.ReadFile(qfile)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &arg); err != nil {
		return err
	}
	ix, err := index.Open(dir)
	if err != nil {
		return err
	}
	defer ix.Close()
	ctx := context.Background()
	qs := arg.Queries
	// The same person: queries as the bench's query phase.
	ps, _, err := ix.People(ctx, index.Scope{})
	if err != nil {
		return err
	}
	topP := ps[:min(len(ps), 250)]
	for i := 0; i < 25 && len(topP) > 0; i++ {
		p := topP[i*len(topP)/25]
		if !strings.ContainsAny(p.Name, `"\`) {
			qs = append(qs, query{"person: filter", fmt.Sprintf("person:%q", p.Name)})
		}
	}
	qs = slices.DeleteFunc(qs, func(q query) bool {
		return (kind != "" && q.Kind != kind) || (match != "" && !strings.Contains(q.Q, match))
	})
	for _, q := range qs { // warm up
		if _, err := ix.Search(ctx, q.Q, 20); err != nil {
			return fmt.Errorf("%q: %w", q.Q, err)
		}
	}
	if prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			return err
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	type timed struct {
		query
		cpu  float64
		hits uint64
	}
	var all []timed
	wall := map[string][]float64{}
	cpu := map[string][]float64{}
	for r := range n {
		for i, q := range qs {
			t, c := time.Now(), cpuNow()
			res, err := ix.Search(ctx, q.Q, 20)
			if err != nil {
				return err
			}
			w, cc := ms(time.Since(t)), (cpuNow()-c)*1000
			wall[q.Kind] = append(wall[q.Kind], w)
			if r == 0 {
				all = append(all, timed{q, cc, res.Total})
			} else if cc < all[i].cpu {
				all[i].cpu = cc
			}
		}
	}
	for _, t := range all {
		cpu[t.Kind] = append(cpu[t.Kind], t.cpu)
	}
	var kinds []string
	for k := range wall {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	fmt.Printf("%-16s %5s %9s %9s %9s %9s\n", "kind", "n", "wall p50", "wall p99", "cpu p50", "cpu p99")
	var aw, ac []float64
	for _, k := range kinds {
		aw, ac = append(aw, wall[k]...), append(ac, cpu[k]...)
		fmt.Printf("%-16s %5d %9.2f %9.2f %9.2f %9.2f\n", k, len(cpu[k]), pct(wall[k], 50), pct(wall[k], 99), pct(cpu[k], 50), pct(cpu[k], 99))
	}
	fmt.Printf("%-16s %5d %9.2f %9.2f %9.2f %9.2f\n", "all", len(ac), pct(aw, 50), pct(aw, 99), pct(ac, 50), pct(ac, 99))
	slices.SortFunc(all, func(a, b timed) int { return int(math.Copysign(1, b.cpu-a.cpu)) })
	for _, t := range all[:min(top, len(all))] {
		fmt.Printf("%7.2f ms cpu  %7d hits  %-15s %s\n", t.cpu, t.hits, t.Kind, t.Q)
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

// cpuNow is this process's CPU time so far, in seconds.
func cpuNow() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// pct is the p-th percentile (nearest rank) of xs, as the bench takes it.
func pct(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}
