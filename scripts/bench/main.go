// Command bench measures storytui's index at scale and prints one
// Markdown table: build, open and first frame, query latency, search as
// you type, incremental update and an interrupted build, each beside a
// baseline measured in the same run (bleve alone, sqlite3 FTS5, ripgrep
// or grep, the built-in corpus), because the machines it runs on are
// shared and noisy.
//
//	go run ./scripts/bench [-corpus PATH] [-scale 300000] [-quick] [-work DIR]
//	go run ./scripts/bench -frame INDEXDIR -corpus PATH   # first frame only
//
// Every build runs in a child process (the bench re-executes itself with
// -phase) so its peak RSS is that child's, read from wait4's rusage.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	var o opts
	flag.StringVar(&o.corpus, "corpus", "/work/shared/corpus/news-60k.jsonl.gz", "the real corpus `PATH` (JSON Lines, may be gzipped)")
	flag.IntVar(&o.scale, "scale", 300000, "articles in the generated large corpus (0 skips it)")
	flag.BoolVar(&o.quick, "quick", false, "development run: 5,000 real articles and 20,000 generated")
	flag.StringVar(&o.work, "work", "", "keep corpora and indexes in `DIR` (default: a new temporary directory, removed at the end)")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directory")
	flag.StringVar(&o.frame, "frame", "", "only time launch to first frame on the existing index `DIR` of -corpus")
	flag.StringVar(&o.phase, "phase", "", "internal: run one measurement in this child process")
	flag.StringVar(&o.arg, "arg", "", "internal: the phase's JSON argument")
	flag.Parse()

	if o.phase != "" {
		os.Exit(runPhase(o.phase, o.arg))
	}
	if o.quick {
		o.limit, o.scale = 5000, 20000
	}
	if err := run(&o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type opts struct {
	corpus      string
	scale       int
	quick, keep bool
	limit       int // articles of the real corpus used; 0 = all
	work        string
	frame       string // see frameOnly
	phase, arg  string
}

func run(o *opts) error {
	if o.work == "" {
		d, err := os.MkdirTemp("", "storytui-bench-")
		if err != nil {
			return err
		}
		o.work = d
		if !o.keep {
			defer os.RemoveAll(d)
		}
	}
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return err
	}
	if o.frame != "" {
		return frameOnly(o)
	}
	start := time.Now()
	logf("work directory %s", o.work)
	r := &report{started: start, quick: o.quick}
	if err := measureAll(o, r); err != nil {
		return err
	}
	r.took = time.Since(start)
	r.print(os.Stdout)
	return nil
}

// logf reports progress on stderr, so stdout holds only the table.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench %s: %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}
