// Command buildprof builds one index from the given corpus files and
// prints its wall and CPU time, optionally with a CPU profile: the
// quick way to see where a build's time goes, with extraction on or off
// (-skip, bleve alone). scripts/bench is the full benchmark.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"storytui/internal/index"
)

func main() {
	dir := flag.String("index", "", "index `DIR` (removed first)")
	skip := flag.Bool("skip", false, "skip extraction (bleve alone)")
	prof := flag.String("cpuprofile", "", "write a CPU profile to `FILE`")
	heap := flag.String("memprofile", "", "write heap profiles to `PREFIX`-<articles>k.prof every -memevery articles, and PREFIX-end.prof after the build")
	every := flag.Int("memevery", 20000, "articles between two heap profiles")
	flag.Parse()
	if *dir == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: buildprof -index DIR [-skip] [-cpuprofile FILE] [-memprofile PREFIX [-memevery N]] CORPUS...")
		os.Exit(2)
	}
	ph := &phases{started: cpuTime()}
	next := *every
	progress := func(p index.Progress) {
		ph.observe(p)
		if *heap == "" || p.Articles < next {
			return
		}
		next += *every
		writeHeap(fmt.Sprintf("%s-%dk.prof", *heap, p.Articles/1000))
	}
	if err := run(*dir, *skip, *prof, flag.Args(), progress, ph); err != nil {
		fmt.Fprintln(os.Stderr, "buildprof:", err)
		os.Exit(1)
	}
	if *heap != "" {
		// Its alloc_space counts the grouping after the articles too.
		writeHeap(*heap + "-end.prof")
	}
}

func run(dir string, skip bool, prof string, paths []string, progress func(index.Progress), ph *phases) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	start, cpu0 := time.Now(), cpuTime()
	ix, err := index.OpenWith(dir, index.Options{SkipExtraction: skip})
	if err != nil {
		return err
	}
	if err := ix.Update(context.Background(), paths, progress); err != nil {
		ix.Close()
		return err
	}
	ph.print()
	n, _ := ix.Count()
	if err := ix.Close(); err != nil {
		return err
	}
	wall, cpu := time.Since(start), cpuTime()-cpu0
	fmt.Printf("skip=%v articles=%d wall=%.1fs cpu=%.1fs size=%.1fMB peakRSS=%s\n", skip, n, wall.Seconds(), cpu.Seconds(), float64(dirSize(dir))/1e6, peakRSS())
	return nil
}

// writeHeap writes a heap profile after a collection, so in-use figures
// count live memory only.
func writeHeap(path string) {
	if f, err := os.Create(path); err == nil {
		runtime.GC()
		pprof.WriteHeapProfile(f)
		f.Close()
	}
}

// peakRSS is the process's VmHWM line, which counts the index files
// bleve maps as well as the heap.
func peakRSS() string {
	b, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.Join(strings.Fields(v), "")
		}
	}
	return "?"
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func dirSize(dir string) int64 {
	var n int64
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		p := dir + "/" + e.Name()
		if e.IsDir() {
			n += dirSize(p)
		} else if fi, err := e.Info(); err == nil {
			n += fi.Size()
		}
	}
	return n
}
